//go:build !unix

package main

import "time"

// cpuTime is unknown here (see cputime_unix.go).
func cpuTime() time.Duration { return 0 }
