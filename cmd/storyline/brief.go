package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/render"
)

const briefUsage = `Usage: storyline brief [flags] PATH|URL...

Writes a short brief of the articles in PATH (files, folders read recursively, or - for
standard input) and URL (web pages, feeds, OPML lists) in which every sentence cites
every article that reports it.

Flags:
`

// runBrief implements "storyline brief".
func runBrief(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("brief", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	bf := addBriefFlags(fs, e)
	fetchLinked := fs.Bool("fetch-linked", false, "fetch the pages that summary-only items of local feed files link to")
	analysis := fs.Bool("analysis", false, "add entities, quotes, timeline and outlets side by side to each brief")
	minArticles := fs.Int("min-articles", 1, "skip stories of fewer distinct articles (copies not counted)")
	fs.Usage = func() { fmt.Fprint(e.stderr, briefUsage); fs.PrintDefaults() }
	if !bf.parse(e, fs, args) {
		return exitUsage
	}
	cfg := bf.config(e, *fetchLinked, *analysis)
	res, err := pipeline.BriefStories(ctx, cfg, pipeline.StoryOptions{MinArticles: *minArticles}, fs.Args())
	addAnalyses(&res, cfg)
	return finish(e, "brief", *bf.format, res, err)
}

// finish prints a result (even a partial one) and its warnings, and returns the exit
// status: 0 when all input was used, 1 when some was skipped, 2 when nothing came out.
func finish(e *env, cmd, format string, res news.Result, err error) int {
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	for _, w := range res.Warnings {
		log.Warn("skipped input", slog.String("source", w.Source), slog.String("reason", w.Reason))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline %s: %v\n", cmd, err)
		if format == "json" {
			_ = render.Write(e.stdout, format, res)
		}
		return exitFor(err)
	}
	if werr := render.Write(e.stdout, format, res); werr != nil {
		fmt.Fprintf(e.stderr, "storyline %s: %v\n", cmd, werr)
		if news.ErrorCode(werr) == news.Invalid {
			return exitUsage
		}
		return exitFailed
	}
	if len(res.Warnings) > 0 {
		return exitPartial
	}
	return exitOK
}
