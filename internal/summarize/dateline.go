package summarize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripDateline removes a wire dateline ("WASHINGTON —", "NEW YORK (AP) --", "LONDON,
// May 3 (Reuters) -", the New York Times wire's "WASHINGTON _") from the start of a sentence: in a brief the sentence no longer
// opens the article, and the citation says where it came from.
func stripDateline(s string) string {
	for _, dash := range []string{" — ", " -- ", " – ", " - ", " _ "} {
		i := strings.Index(s, dash)
		if i <= 0 || i > 60 {
			continue
		}
		if isDateline(s[:i]) {
			rest := strings.TrimSpace(s[i+len(dash):])
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r) {
				return rest
			}
		}
	}
	return s
}

// isDateline reports whether head looks like a dateline: a place in capitals, perhaps a
// date, perhaps an agency in brackets.
func isDateline(head string) bool {
	place, _, _ := strings.Cut(head, "(")
	place, _, _ = strings.Cut(place, ",")
	letters, upper := 0, 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 && upper == letters
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
