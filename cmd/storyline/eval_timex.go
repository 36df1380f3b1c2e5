package main

import (
	"context"
	"fmt"
)

// runEvalTimex is being written (issue 6); until then it says so.
func runEvalTimex(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval timex: not implemented yet")
	return exitFailed
}
