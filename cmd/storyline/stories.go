package main

import (
	"context"
	"fmt"
)

// runStories is being written (issue 5); until then it says so.
func runStories(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline stories: not implemented yet")
	return exitFailed
}

// runEvalStories is being written (issue 5); until then it says so.
func runEvalStories(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline eval stories: not implemented yet")
	return exitFailed
}
