package main

import (
	"context"
	"fmt"
)

// runBrief is being written (issue 2).
func runBrief(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline brief: not implemented yet")
	return exitFailed
}
