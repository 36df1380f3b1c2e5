package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// StripDateline removes a wire dateline (see Dateline) from the start of a sentence:
// shown in a brief, a timeline or a comparison the sentence no longer opens the article,
// and the citation says where it came from.
func StripDateline(s string) string {
	if d := Dateline(s); d != "" {
		return strings.TrimSpace(s[len(d):])
	}
	return s
}

// Dateline returns the wire dateline or slug that opens s, with its dash and the
// space after it ("WASHINGTON — ", "NEW YORK (AP) -- ", "LONDON, May 3 (Reuters) - ",
// the New York Times wire's "WASHINGTON _ ", a wire budget's "EDITORIAL-ELIAN _ ", and
// "(Undated) " alone), or
// "" when s opens with none. It is a place or slug in capitals, perhaps a date,
// perhaps an agency in brackets, within 60 bytes, then a dash and a sentence that
// starts with a capital, a digit or a quotation mark.
func Dateline(s string) string {
	// the wire's mark for a story of no one place, alone in brackets: "(Undated) Here's ..."
	if len(s) > 10 && strings.EqualFold(s[:10], "(undated) ") {
		if r, _ := utf8.DecodeRuneInString(s[10:]); unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r) {
			return s[:10]
		}
	}
	for _, dash := range []string{" — ", " -- ", " – ", " - ", " _ "} {
		i := strings.Index(s, dash)
		if i <= 0 || i > 60 || !placeInCapitals(s[:i]) {
			continue
		}
		rest := strings.TrimLeftFunc(s[i+len(dash):], unicode.IsSpace)
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'", r) {
			return s[:len(s)-len(rest)]
		}
	}
	return ""
}

// placeInCapitals reports whether head looks like the head of a dateline: a place in
// capitals, perhaps a date, perhaps an agency in brackets.
func placeInCapitals(head string) bool {
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

// Shown returns a sentence as a brief, a timeline or a comparison shows it: without its
// dateline (StripDateline), and out of the brackets that enclose the whole of it, which
// set it aside in its article but not in a list ("(Pesticides tend to keep flea beetles
// in check.)").
func Shown(s string) string {
	s = StripDateline(s)
	if len(s) < 3 || s[0] != '(' || s[len(s)-1] != ')' {
		return s
	}
	depth := 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 && i < len(s)-1 {
				return s // "(AP) ... (said)": the first bracket closes before the end
			}
		}
	}
	return strings.TrimSpace(s[1 : len(s)-1])
}
