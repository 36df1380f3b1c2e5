package main

import (
	"context"
	"fmt"
)

// runExtract is being written (issue 4); until then it says so.
func runExtract(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline extract: not implemented yet")
	return exitFailed
}

// runFetch is being written (issue 4); until then it says so.
func runFetch(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline fetch: not implemented yet")
	return exitFailed
}

// runWatch is being written (issue 4); until then it says so.
func runWatch(ctx context.Context, e *env, args []string) int {
	fmt.Fprintln(e.stderr, "storyline watch: not implemented yet")
	return exitFailed
}
