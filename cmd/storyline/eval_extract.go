package main

import (
	"context"
	"fmt"
)

// runEvalExtract is being written (issue 4).
func runEvalExtract(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval extract: not implemented yet")
	return exitFailed
}

// runEvalDates is being written (issue 4).
func runEvalDates(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval dates: not implemented yet")
	return exitFailed
}
