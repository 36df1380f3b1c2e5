package summarize

import (
	"strings"
	"unicode"
)

// wordCount counts the white-space separated tokens of s that hold a letter or a digit,
// as the text stage counts words.
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}
