package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/watch"
)

const watchUsage = `Usage: storyline watch [flags] --feeds FILE --out DIR

Polls the feeds in FILE (an OPML list, or feed URLs one per line) every --interval,
turns new items into articles (fetching the pages of summary-only items) and appends
them as JSON Lines to DIR/YYYY-MM-DD.jsonl. Items already written are remembered in
DIR/.state, so a restart writes no duplicates. Interrupt stops it between polls.

Flags:
`

// runWatch implements "storyline watch".
func runWatch(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	feeds := fs.String("feeds", envString(e, "STORYLINE_FEEDS", ""), "OPML file or list of feed URLs (env STORYLINE_FEEDS)")
	out := fs.String("out", envString(e, "STORYLINE_OUT", ""), "folder for the JSON Lines files and the state (env STORYLINE_OUT)")
	interval := fs.Duration("interval", envDuration(e, "STORYLINE_INTERVAL", 15*time.Minute), "time between polls (env STORYLINE_INTERVAL)")
	once := fs.Bool("once", false, "poll once and exit")
	web := addWebFlags(fs, e)
	fs.Usage = func() { fmt.Fprint(e.stderr, watchUsage); fs.PrintDefaults() }
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 0 || *feeds == "" || *out == "" || *interval <= 0 || web.check() != nil {
		fs.Usage()
		return exitUsage
	}
	urls, err := readFeedList(*feeds)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline watch: %v\n", err)
		return exitFor(err)
	}
	client, _, err := web.dirClient(*out)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline watch: %v\n", err)
		return exitFailed
	}
	longRun(e)
	w := web.web(client, true)
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	opt := watch.Options{
		Dir: *out, Feeds: urls, Poll: w.Entries, Interval: *interval, Once: *once,
		Record: func(a news.Article) any { return recordOf(a) },
	}
	warned := false
	err = watch.Run(ctx, opt, func(r watch.Report) {
		warnAll(log, r.Warnings)
		warned = warned || len(r.Warnings) > 0
		log.Info("poll", slog.Time("started", r.Started), slog.Int("new", r.New), slog.Int("seen", r.Seen), slog.Int("warnings", len(r.Warnings)))
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline watch: %v\n", err)
		return exitFailed
	}
	if warned && *once {
		return exitPartial
	}
	return exitOK
}

func readFeedList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, news.Errorf(news.NotFound, path, "read feed list: %v", err)
	}
	return pipeline.FeedList(path, data)
}
