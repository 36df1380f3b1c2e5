package main

import (
	"context"
	"fmt"
)

// runStory is being written (issue 6); until then it says so.
func runStory(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline story: not implemented yet")
	return exitFailed
}
