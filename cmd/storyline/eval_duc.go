package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/storyline-news/storyline/internal/duc"
)

// runEvalDuc implements "storyline eval duc DIR".
func runEvalDuc(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval duc", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "end with one JSON line of the figures")
	out := fs.String("out", "", "folder to write the scored summaries to (default: a temporary folder)")
	words := fs.Int("words", 250, "summary length in words")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "Usage: storyline eval duc [flags] DIR\n\nSummarises every topic of a DUC-layout folder (docs/, topics.sgml, models/,\nrougejk.in, official/) with its title and narrative as the focus, and scores the\nsummaries as NIST scored DUC 2006.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	res, err := duc.Run(ctx, fs.Arg(0), duc.Options{Words: *words, Out: *out})
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval duc: %v\n", err)
		return exitFor(err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(e.stderr, "warning: %s: %s\n", w.Source, w.Reason)
	}
	w := e.stdout
	fmt.Fprintf(w, "DUC evaluation of %s: %d topics, %d-word focused briefs, summaries in %s\n", fs.Arg(0), res.Topics, *words, res.Out)
	fmt.Fprintf(w, "ROUGE-2   recall %.5f (95%%-conf.int. %.5f - %.5f)  rank %d of %d systems (best %.5f)\n",
		res.Rouge2.Recall, res.Rouge2.Low, res.Rouge2.High, res.Rank2, res.Systems, res.Best2)
	fmt.Fprintf(w, "ROUGE-SU4 recall %.5f (95%%-conf.int. %.5f - %.5f)  rank %d of %d systems (best %.5f)\n",
		res.RougeSU4.Recall, res.RougeSU4.Low, res.RougeSU4.High, res.RankSU4, res.Systems, res.BestSU4)
	for _, h := range []string{"dev", "test"} {
		if s, ok := res.Halves[h]; ok {
			fmt.Fprintf(w, "%-4s half (%d topics): ROUGE-2 %.5f  ROUGE-SU4 %.5f\n", h, s.Topics, s.Rouge2, s.RougeSU4)
		}
	}
	fmt.Fprintf(w, "%.1f s\n", res.Seconds)
	if *asJSON {
		line, _ := json.Marshal(map[string]any{
			"topics": res.Topics, "rouge_2": res.Rouge2.Recall, "rouge_su4": res.RougeSU4.Recall,
			"rouge_2_ci": []float64{res.Rouge2.Low, res.Rouge2.High}, "rouge_su4_ci": []float64{res.RougeSU4.Low, res.RougeSU4.High},
			"rank": res.Rank2, "rank_su4": res.RankSU4, "systems": res.Systems, "seconds": res.Seconds,
			"halves": res.Halves, "out": res.Out,
		})
		fmt.Fprintln(w, string(line))
	}
	if len(res.Warnings) > 0 {
		return exitPartial
	}
	return exitOK
}
