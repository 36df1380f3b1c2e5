package main

import (
	"context"
	"fmt"
	"sort"
)

// evalCommands are the benchmarks "storyline eval" runs; each lives in its own file.
func evalCommands() map[string]command {
	return map[string]command{
		"stories": {"score story clustering on folders whose subfolders are the true stories", runEvalStories},
		"timex":   {"score time-expression recognition and normalisation on TimeML files", runEvalTimex},
		"extract": {"score article-body extraction on a folder of pages with a ground truth", runEvalExtract},
		"duc":     {"summarise and score a DUC-layout set (topics, documents, human summaries) with ROUGE", runEvalDuc},
		"dates":   {"score publication-date extraction on a folder of pages with gold dates", runEvalDates},
	}
}

// runEval dispatches "storyline eval NAME ARGS...".
func runEval(ctx context.Context, e *env, args []string) int {
	cmds := evalCommands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "Usage: storyline eval NAME [flags] DIR\n\nBenchmarks:")
		names := make([]string, 0, len(cmds))
		for n := range cmds {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-8s %s\n", n, cmds[n].summary)
		}
		return exitUsage
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "storyline eval: unknown benchmark %q\n", args[0])
		return exitUsage
	}
	return c.run(ctx, e, args[1:])
}
