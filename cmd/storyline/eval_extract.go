package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/extract"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

// evalArgs are the arguments of an eval benchmark.
type evalArgs struct {
	dir    string
	asJSON bool
	errors bool // list the dev half's misses
}

// evalFlags parses "[--json] [--errors] DIR" for an eval benchmark; --errors is offered
// only where the data set has a dev half (withErrors).
func evalFlags(name string, e *env, args []string, withErrors bool) (evalArgs, int) {
	var a evalArgs
	fs := flag.NewFlagSet("storyline eval "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.BoolVar(&a.asJSON, "json", false, "end with one JSON line of the figures")
	usage := "[--json] DIR"
	if withErrors {
		fs.BoolVar(&a.errors, "errors", false, "list the misses of the dev half, worst first (the held-out half's stay unseen)")
		usage = "[--json] [--errors] DIR"
	}
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: storyline eval %s %s\n", name, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(evalReorder(args)); err != nil {
		return a, exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return a, exitUsage
	}
	a.dir = fs.Arg(0)
	return a, exitOK
}

// evalReorder moves flags before the positional arguments so "DIR --json" works too.
func evalReorder(args []string) []string {
	var flags, rest []string
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			flags = append(flags, a)
		} else {
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}

// runEvalExtract scores article-body extraction on the article-extraction benchmark
// in DIR (html/<id>.html.gz and ground-truth.json) with the benchmark's shingle metric,
// for the dev half, the held-out half and all pages. It scores what storyline extract
// prints, the extracted article cleaned as brief reads it, and reports the extraction
// alone on one more line.
func runEvalExtract(ctx context.Context, e *env, args []string) int {
	args0, code := evalFlags("extract", e, args, true)
	if code != exitOK {
		return code
	}
	pages, err := extract.LoadExtractionSet(args0.dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval extract: %v\n", err)
		return exitFailed
	}
	start := time.Now()
	halves := map[string][]extract.Counts{} // what storyline extract prints: extracted, then cleaned
	alone := []extract.Counts{}             // the extraction alone, before cleaning
	var misses []pageMiss                   // of the dev half
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(e.stderr, "storyline eval extract: %v\n", err)
			return exitFailed
		}
		a, _ := extract.Page(ctx, p.ID, p.HTML, extract.Options{URL: p.URL})
		alone = append(alone, extract.Match(p.Body, strings.Join(a.Paragraphs, "\n\n")))
		text := ""
		if cleaned, _ := pipeline.Clean([]news.Article{a}); len(cleaned) > 0 {
			text = strings.Join(cleaned[0].Paragraphs, "\n\n")
		}
		c := extract.Match(p.Body, text)
		h := extract.Half(p.ID)
		if h == "dev" && c.FP+c.FN > 0 {
			misses = append(misses, pageMiss{url: p.URL, id: p.ID, fp: c.FP, fn: c.FN})
		}
		halves[h] = append(halves[h], c)
		halves["all"] = append(halves["all"], c)
	}
	secs := time.Since(start).Seconds()
	for _, h := range []string{"dev", "held-out", "all"} {
		s := extract.Score(halves[h])
		fmt.Fprintf(e.stdout, "%-9s pages %3d  F1 %.4f  precision %.4f  recall %.4f\n", h, s.Pages, s.F1, s.Precision, s.Recall)
	}
	s := extract.Score(alone)
	fmt.Fprintf(e.stdout, "all, extraction alone (before cleaning): F1 %.4f  precision %.4f  recall %.4f\n", s.F1, s.Precision, s.Recall)
	fmt.Fprintf(e.stdout, "%.1f s, %.1f pages/s\n", secs, float64(len(pages))/secs)
	if args0.errors {
		printPageMisses(e, misses)
	}
	all := extract.Score(halves["all"])
	if args0.asJSON {
		return evalJSON(e.stdout, map[string]any{
			"pages": all.Pages, "f1": all.F1, "precision": all.Precision, "recall": all.Recall, "seconds": secs,
		})
	}
	return exitOK
}

// pageMiss is how far the text extracted from one dev page is from its truth: the share
// of its shingles that are extra (fp) and missing (fn).
type pageMiss struct {
	url, id string
	fp, fn  float64
}

// maxMisses is how many dev pages --errors lists.
const maxMisses = 25

// printPageMisses lists the dev pages furthest from their truth, worst first.
func printPageMisses(e *env, misses []pageMiss) {
	sort.SliceStable(misses, func(i, j int) bool { return misses[i].fp+misses[i].fn > misses[j].fp+misses[j].fn })
	fmt.Fprintf(e.stdout, "dev pages furthest from their truth (extra, missing share of shingles):\n")
	for _, m := range misses[:min(len(misses), maxMisses)] {
		fmt.Fprintf(e.stdout, "  extra %.3f  missing %.3f  %s  %s\n", m.fp, m.fn, m.id, m.url)
	}
}

// evalJSON prints v as one line.
func evalJSON(w io.Writer, v any) int {
	b, err := json.Marshal(v)
	if err != nil {
		return exitFailed
	}
	fmt.Fprintln(w, string(b))
	return exitOK
}
