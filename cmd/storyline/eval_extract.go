package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/extract"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

// evalFlags parses "[--json] DIR" for an eval benchmark.
func evalFlags(name string, e *env, args []string) (dir string, asJSON bool, code int) {
	fs := flag.NewFlagSet("storyline eval "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.BoolVar(&asJSON, "json", false, "end with one JSON line of the figures")
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: storyline eval %s [--json] DIR\n", name)
		fs.PrintDefaults()
	}
	if err := fs.Parse(evalReorder(args)); err != nil {
		return "", false, exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return "", false, exitUsage
	}
	return fs.Arg(0), asJSON, exitOK
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
	dir, asJSON, code := evalFlags("extract", e, args)
	if code != exitOK {
		return code
	}
	pages, err := extract.LoadExtractionSet(dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval extract: %v\n", err)
		return exitFailed
	}
	start := time.Now()
	halves := map[string][]extract.Counts{} // what storyline extract prints: extracted, then cleaned
	alone := []extract.Counts{}             // the extraction alone, before cleaning
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
	all := extract.Score(halves["all"])
	if asJSON {
		return evalJSON(e.stdout, map[string]any{
			"pages": all.Pages, "f1": all.F1, "precision": all.Precision, "recall": all.Recall, "seconds": secs,
		})
	}
	return exitOK
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
