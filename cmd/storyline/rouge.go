package main

import (
	"context"
	"fmt"
)

// runRouge is being written (issue 3); until then it says so.
func runRouge(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline rouge: not implemented yet")
	return exitFailed
}
