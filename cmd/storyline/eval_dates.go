package main

import (
	"cmp"
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/extract"
)

// runEvalDates scores publication-date extraction on the htmldate benchmark in DIR
// (gold.json and html/): the share of pages whose extracted day, in the page's own time
// zone, is the gold day. Pages where extraction fails or finds no date count as wrong.
func runEvalDates(ctx context.Context, e *env, args []string) int {
	args0, code := evalFlags("dates", e, args, true)
	if code != exitOK {
		return code
	}
	pages, err := extract.LoadDateSet(args0.dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval dates: %v\n", err)
		return exitFailed
	}
	start := time.Now()
	right, total := map[string]int{}, map[string]int{}
	var misses []string // of the dev half
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			fmt.Fprintf(e.stderr, "storyline eval dates: %v\n", err)
			return exitFailed
		}
		day := ""
		if t, err := extract.Date(ctx, p.ID, p.HTML, extract.Options{URL: p.URL}); err == nil && !t.IsZero() {
			day = t.Format(time.DateOnly)
		}
		h := extract.Half(p.ID)
		total[h]++
		total["all"]++
		if day == p.Date {
			right[h]++
			right["all"]++
		} else if h == "dev" {
			misses = append(misses, fmt.Sprintf("  found %-10s  true %s  %s  %s", cmp.Or(day, "none"), p.Date, p.ID, p.URL))
		}
	}
	secs := time.Since(start).Seconds()
	for _, h := range []string{"dev", "held-out", "all"} {
		fmt.Fprintf(e.stdout, "%-9s pages %3d  accuracy %.4f\n", h, total[h], evalShare(right[h], total[h]))
	}
	fmt.Fprintf(e.stdout, "%.1f s\n", secs)
	if args0.errors {
		fmt.Fprintf(e.stdout, "dev pages dated wrong:\n%s\n", strings.Join(misses, "\n"))
	}
	if args0.asJSON {
		return evalJSON(e.stdout, map[string]any{
			"pages": total["all"], "accuracy": evalShare(right["all"], total["all"]), "seconds": secs,
		})
	}
	return exitOK
}

func evalShare(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
