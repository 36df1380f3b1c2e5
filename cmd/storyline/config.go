package main

import "strconv"

// envString returns the environment variable name, or def when it is unset or empty.
func envString(e *env, name, def string) string {
	if v := e.getenv(name); v != "" {
		return v
	}
	return def
}

// envInt returns the environment variable name as an integer, or def when it is unset
// or not a number.
func envInt(e *env, name string, def int) int {
	if n, err := strconv.Atoi(e.getenv(name)); err == nil {
		return n
	}
	return def
}
