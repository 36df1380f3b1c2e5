package main

import "github.com/storyline-news/storyline/internal/news"

// Exit statuses, documented in the README.
const (
	exitOK      = 0 // everything was read and the command did its job
	exitPartial = 1 // the job was done, but some inputs were skipped with a warning
	exitFailed  = 2 // nothing usable was produced (no readable input, or an internal error)
	exitUsage   = 3 // the command line itself is wrong
)

// exitFor maps an error's code to the exit status of a command that could not do its job.
func exitFor(err error) int {
	switch news.ErrorCode(err) {
	case "":
		return exitOK
	default:
		return exitFailed
	}
}
