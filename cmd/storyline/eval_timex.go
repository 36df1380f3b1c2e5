package main

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline-news/storyline/internal/timex"
)

// runEvalTimex scores time-expression recognition and normalisation on the TimeML files
// in DIR as TempEval-3 did: strict and relaxed span F1, and value F1 on relaxed matches.
// Each document is anchored at its creation time (DCT), which is not itself scored.
func runEvalTimex(ctx context.Context, e *env, args []string) int {
	args0, code := evalFlags("timex", e, args, false)
	if code != exitOK {
		return code
	}
	docs, err := timex.LoadDir(ctx, args0.dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval timex: %v\n", err)
		return exitFor(err)
	}
	start := time.Now()
	sc := timex.EvaluateAll(docs)
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "documents %d  gold %d  system %d\n", len(docs), sc.Gold, sc.System)
	for _, row := range []struct {
		name string
		prf  timex.PRF
	}{{"strict", sc.StrictPRF()}, {"relaxed", sc.RelaxedPRF()}, {"value", sc.ValuePRF()}} {
		fmt.Fprintf(e.stdout, "%-8s P %.4f  R %.4f  F1 %.4f\n", row.name, row.prf.P, row.prf.R, row.prf.F1)
	}
	fmt.Fprintf(e.stdout, "%.3f s\n", secs)
	if args0.asJSON {
		s, r, v := sc.StrictPRF(), sc.RelaxedPRF(), sc.ValuePRF()
		return evalJSON(e.stdout, map[string]any{
			"strict_precision": s.P, "strict_recall": s.R, "strict_f1": s.F1,
			"relaxed_precision": r.P, "relaxed_recall": r.R, "relaxed_f1": r.F1,
			"value_precision": v.P, "value_recall": v.R, "value_f1": v.F1,
			"documents": len(docs), "seconds": secs,
		})
	}
	return exitOK
}
