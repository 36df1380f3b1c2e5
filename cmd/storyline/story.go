package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const storyUsage = `Usage: storyline story [flags] PATH|URL...

Shows one story of the articles in PATH (files, folders read recursively, or - for
standard input) and URL in full: the cited brief, then its people, organisations and
places, its quotations with their speakers, its timeline, and its outlets side by side
(facts they share, facts only one reports, and conflicts). Everything cites its
articles.

A pile that holds several stories is grouped as "storyline stories" groups it; the
biggest story is shown unless --id names another (ids as "storyline stories" prints
them, with the same tuning flags), and standard error says which was shown.

Flags:
`

// runStory implements "storyline story".
func runStory(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("story", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	bf := addBriefFlags(fs, e)
	analysis := fs.Bool("analysis", true, "add entities, quotes, timeline and outlets side by side")
	id := fs.String("id", "", "the story to show, by its id in \"storyline stories\" (default: the biggest)")
	opt := storyFlags(fs)
	fs.Usage = func() { fmt.Fprint(e.stderr, storyUsage); fs.PrintDefaults() }
	if !bf.parse(e, fs, args) {
		return exitUsage
	}
	cfg := bf.config(e, false, *analysis)
	one, err := pipeline.StoryOf(ctx, cfg, opt(), fs.Args(), *id)
	if err != nil && *id != "" && len(one.Stories) > 0 {
		fmt.Fprintf(e.stderr, "storyline story: %v\n", err) // an id the pile does not hold
		return exitUsage
	}
	if err == nil {
		sayShown(e.stderr, one, *id)
		addAnalyses(&one.Result, cfg)
	}
	return finish(e, "story", *bf.format, one.Result, err)
}

// sayShown tells, on w, which story of a pile of several was shown and how to see
// another; a pile of one story says nothing.
func sayShown(w io.Writer, one pipeline.OneStory, id string) {
	if len(one.Stories) < 2 {
		return
	}
	why := "the biggest"
	if id != "" {
		why = "chosen with --id"
	}
	fmt.Fprintf(w, "storyline story: the input holds %d stories; showing %s, %s (%s): %s\n",
		len(one.Stories), one.Shown.ID, why, articles(one.Shown.Size()), oneLine(one.Shown.Title))
	var others []string
	for _, st := range one.Stories {
		if st.ID != one.Shown.ID {
			others = append(others, fmt.Sprintf("%s (%s)", st.ID, articles(st.Size())))
		}
	}
	const maxListed = 8
	if len(others) > maxListed {
		others = append(others[:maxListed], fmt.Sprintf("%d more", len(others)-maxListed))
	}
	fmt.Fprintf(w, "storyline story: not shown: %s; choose one with --id ID\n", strings.Join(others, ", "))
}

// articles is "1 article" or "n articles".
func articles(n int) string { return fmt.Sprintf("%d %s", n, nouns(n, "article")) }

// nouns is noun, or its plural with an s, as n asks.
func nouns(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

// oneLine folds the white space of s into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

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
