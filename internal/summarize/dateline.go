package summarize

import (
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/internal/text"
)

// stripDateline removes a wire dateline (see text.Dateline) from the start of a
// sentence: in a brief the sentence no longer opens the article, and the citation says
// where it came from.
func stripDateline(s string) string {
	if d := text.Dateline(s); d != "" {
		return strings.TrimSpace(s[len(d):])
	}
	return s
}

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
