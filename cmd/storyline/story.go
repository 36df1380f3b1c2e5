package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const storyUsage = `Usage: storyline story [flags] PATH|URL...

Shows the articles in PATH (files, folders read recursively, or - for standard input) and
URL as one story in full: the cited brief, then its people, organisations and places, its
quotations with their speakers, its timeline, and its outlets side by side (facts they
share, facts only one reports, and conflicts). Everything cites its articles.

Flags:
`

// runStory implements "storyline story".
func runStory(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("story", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	bf := addBriefFlags(fs, e)
	analysis := fs.Bool("analysis", true, "add entities, quotes, timeline and outlets side by side")
	fs.Usage = func() { fmt.Fprint(e.stderr, storyUsage); fs.PrintDefaults() }
	if !bf.parse(e, fs, args) {
		return exitUsage
	}
	cfg := bf.config(e, false, *analysis)
	arts, warns, err := pipeline.Read(ctx, cfg, fs.Args())
	res := news.Result{Warnings: warns}
	if err == nil && len(arts) == 0 {
		err = news.Errorf(news.Invalid, "", "no readable article in the input")
	}
	if err == nil {
		res.Stories = []news.Brief{pipeline.Summarize(arts, cfg)}
		addAnalyses(&res, cfg)
	}
	return finish(e, "story", *bf.format, res, err)
}

// addAnalyses gives every story of res its analysis when cfg asks for one and the
// pipeline has not already made it.
func addAnalyses(res *news.Result, cfg pipeline.Config) {
	if !cfg.Analyze {
		return
	}
	for i, b := range res.Stories {
		if b.Analysis == nil {
			res.Stories[i].Analysis = pipeline.Analyze(b.Articles, nil)
		}
	}
}
