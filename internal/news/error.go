package news

import (
	"errors"
	"fmt"
)

// Code classifies an error for the user: the CLI maps it to an exit status and the HTTP
// API to a status code, each in one place.
type Code string

// Error codes. Every error a user sees carries one of them.
const (
	Invalid     Code = "invalid"     // the input is malformed, empty, binary or too large
	NotFound    Code = "not_found"   // the input does not exist
	Denied      Code = "denied"      // the input exists but may not be read or fetched
	Unsupported Code = "unsupported" // the input is of a kind Storyline does not read
	Conflict    Code = "conflict"    // the request contradicts the stored state
	Internal    Code = "internal"    // a bug or an unexpected failure
)

// Error is an error with a code and the input it concerns.
type Error struct {
	Code   Code
	Source string // the file, URL or item the error is about, if any
	Err    error
}

// Errorf returns an *Error with the given code and source and a formatted reason.
func Errorf(code Code, source, format string, args ...any) *Error {
	return &Error{Code: code, Source: source, Err: fmt.Errorf(format, args...)}
}

func (e *Error) Error() string {
	if e.Source == "" {
		return e.Err.Error()
	}
	return e.Source + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the code of the first *Error in err's chain, Internal for any other
// non-nil error, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// Reason returns the error's message without its source, for a Warning's reason.
func Reason(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Err.Error()
	}
	return err.Error()
}

// WarningFrom turns an error about source into a Warning.
func WarningFrom(source string, err error) Warning {
	var e *Error
	if errors.As(err, &e) && e.Source != "" {
		source = e.Source
	}
	return Warning{Source: source, Reason: Reason(err)}
}
