//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system together, or 0
// where it cannot be read. The stream bench reports it per block. It leaves out time
// spent waiting for a core, but on a shared virtual machine it still moves with the
// neighbours' load, which slows the cores themselves (BENCHMARKS.md).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
