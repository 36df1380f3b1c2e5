// Package dateparser finds an absolute calendar date in a short text. It stands in for
// github.com/markusmobius/go-dateparser in Storyline's build (see README.md) and provides
// the subset of that module's API that go-htmldate uses.
package dateparser

import (
	"errors"
	"strings"
	"time"
	"unicode"
)

// ParserType names a parsing strategy. Only CustomFormat and AbsoluteTime do anything
// here; the others are accepted and ignored.
type ParserType uint8

// Parsing strategies.
const (
	Timestamp ParserType = iota
	NegativeTimestamp
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says which way to resolve an incomplete date.
type PreferredDateSource uint8

// Preferred date sources.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// PreferredDayOfMonth says which day an incomplete date takes.
type PreferredDayOfMonth uint8

// Preferred days of month.
const (
	Current PreferredDayOfMonth = iota
	First
	Last
)

// DateOrder is the order of day, month and year in an all-numeric date: "DMY", "MDY" or
// "YMD". Empty means "MDY" for dates written with slashes and "DMY" otherwise.
type DateOrder string

// Date orders.
const (
	DMY DateOrder = "DMY"
	MDY DateOrder = "MDY"
	YMD DateOrder = "YMD"
)

// Configuration steers Parse.
type Configuration struct {
	DateOrder           DateOrder
	CurrentTime         time.Time
	PreferredDateSource PreferredDateSource
	PreferredDayOfMonth PreferredDayOfMonth
	StrictParsing       bool
	DefaultTimezone     *time.Location
}

// Parser finds dates in text.
type Parser struct {
	ParserTypes []ParserType
}

// Date is a parsed date.
type Date struct {
	Time time.Time
}

// IsZero reports whether no date was found.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// ErrNoDate is returned when the text holds no complete absolute date.
var ErrNoDate = errors.New("no complete date found")

// Parse returns the first complete date (day, month and year) in str. Go layouts given
// in formats are tried on the whole string first.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (Date, error) {
	if cfg == nil {
		cfg = &Configuration{}
	}
	loc := cfg.DefaultTimezone
	if loc == nil {
		loc = time.UTC
	}
	s := strings.TrimSpace(str)
	for _, f := range formats {
		if t, err := time.ParseInLocation(f, s, loc); err == nil {
			return Date{t}, nil
		}
	}
	toks := tokenize(s)
	if y, m, d, ok := findDate(toks, cfg.DateOrder); ok {
		return Date{time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)}, nil
	}
	return Date{}, ErrNoDate
}

// token is a run of letters or of digits, with the separator that follows it.
type token struct {
	text  string
	digit bool
	sep   string // the non-space punctuation after the token, if any
}

func tokenize(s string) []token {
	var toks []token
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsDigit(r) || unicode.IsLetter(r):
			j := i
			digit := unicode.IsDigit(r)
			for j < len(rs) && (digit && unicode.IsDigit(rs[j]) || !digit && unicode.IsLetter(rs[j]) && !isCJKDateMark(rs[j])) {
				j++
			}
			if j == i { // a CJK date mark on its own
				j = i + 1
			}
			toks = append(toks, token{text: string(rs[i:j]), digit: digit})
			i = j
		case unicode.IsSpace(r):
			i++
		default:
			if n := len(toks); n > 0 && toks[n-1].sep == "" {
				toks[n-1].sep = string(r)
			}
			i++
		}
	}
	return toks
}

func isCJKDateMark(r rune) bool {
	return r == '年' || r == '月' || r == '日' || r == '일' || r == '년' || r == '월'
}
