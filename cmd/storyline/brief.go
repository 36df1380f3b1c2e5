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
	words := fs.Int("words", envInt(e, "STORYLINE_WORDS", 150), "word budget of the brief (env STORYLINE_WORDS)")
	focus := fs.String("focus", "", "an information need that steers the brief, in plain words")
	format := fs.String("format", envString(e, "STORYLINE_FORMAT", "text"), "output format: text, markdown or json (env STORYLINE_FORMAT)")
	maxBytes := fs.Int64("max-bytes", 64<<20, "largest input file to read, in bytes")
	fetchLinked := fs.Bool("fetch-linked", false, "fetch the pages that summary-only items of local feed files link to")
	analysis := fs.Bool("analysis", false, "add entities, quotes, timeline and outlets side by side to each brief")
	minArticles := fs.Int("min-articles", 1, "skip stories of fewer distinct articles (copies not counted)")
	web := addWebFlags(fs, e)
	fs.Usage = func() { fmt.Fprint(e.stderr, briefUsage); fs.PrintDefaults() }
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *words <= 0 {
		fmt.Fprintf(e.stderr, "storyline brief: --words must be positive, got %d\n", *words)
		return exitUsage
	}
	if err := web.check(); err != nil {
		fmt.Fprintf(e.stderr, "storyline brief: %v\n", err)
		return exitUsage
	}
	cfg := pipeline.Config{Words: *words, Focus: *focus, MaxBytes: *maxBytes, Stdin: e.stdin,
		Web: web.web(web.client(nil), *fetchLinked), Analyze: *analysis}
	res, err := pipeline.BriefStories(ctx, cfg, pipeline.StoryOptions{MinArticles: *minArticles}, fs.Args())
	addAnalyses(&res, cfg)
	return finish(e, "brief", *format, res, err)
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
