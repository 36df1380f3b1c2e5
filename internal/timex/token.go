package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a run of letters, a run of digits or one other non-space rune.
type token struct {
	start, end int    // byte offsets in the text
	low        string // lower-cased text
	kind       byte   // 'w' letters, 'd' digits, 'p' anything else
	upper      bool   // the first rune is upper case
}

// tokenize splits text into tokens; offsets always fall on rune boundaries.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isDigit(r):
			j := i + n
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			toks = append(toks, token{start: i, end: j, low: text[i:j], kind: 'd'})
			i = j
		case unicode.IsLetter(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{start: i, end: j, low: lower(text[i:j]), kind: 'w', upper: unicode.IsUpper(r)})
			i = j
		default:
			low := text[i : i+n]
			if r == '’' || r == '‘' {
				low = "'"
			}
			toks = append(toks, token{start: i, end: i + n, low: low, kind: 'p'})
			i += n
		}
	}
	return toks
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// lower lower-cases s, without allocating when it has no upper-case ASCII letter.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}
