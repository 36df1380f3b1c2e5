package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize folds every kind of white space (NBSP, tabs, line breaks, the other Unicode
// spaces) into single spaces, drops zero-width, format and control characters and invalid
// UTF-8, and trims the ends. Everything else, curly quotes included, is kept as it is.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			continue
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\uFFFD':
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fields splits s into words at spaces.
func fields(s string) []string { return strings.Fields(s) }

// wordCount is the number of space-separated words in s, counted without allocating.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// trimPunct strips punctuation and symbols from both ends of a word.
func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

// isCapitalized reports whether w starts with an upper-case letter.
func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(trimPunct(w))
	return unicode.IsUpper(r)
}

// hasDigit reports whether s contains a decimal digit.
func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// endsSentence reports whether s ends like a sentence: terminal punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]`, r)
	})
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") ||
		strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

// hasQuote reports whether s contains a quotation mark or speech verb, the signs of a
// reported quote that must never be treated as boilerplate.
func hasQuote(s string) bool {
	if strings.ContainsAny(s, "\"“”«»") || strings.Contains(s, "‘‘") || strings.Contains(s, "’’") {
		return true
	}
	l := strings.ToLower(s)
	return strings.Contains(l, " said") || strings.Contains(l, " says")
}

// titleCase reports whether most words of four letters or more are capitalised, the
// way headlines, names and outlet names are written.
func titleCase(s string) bool {
	long, caps := 0, 0
	for _, w := range fields(s) {
		w = trimPunct(w)
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if isCapitalized(w) {
			caps++
		}
	}
	return long > 0 && caps*5 >= long*4
}

// stopWords are English function words that carry no topic; they are left out when
// front-matter lines are compared with the body.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about after again against all also an and any are as at be
		because been before being between both but by can could did do does doing don don’t
		down during each few for from further had has have having he her here hers him his how
		i if in into is it its itself just like me more most my no nor not now of off on once
		only or other our out over own same she should so some such than that the their them
		then there these they this those through to too under until up very was we were what
		when where which while who whom why will with would you your yours one two new says
		said say get got make made us mr mrs ms`) {
		m[w] = true
	}
	return m
}()

// keyLen is the prefix length of truncation stemming: two words share a key when their
// first keyLen letters agree ("resign", "resignation"), after Paice's and Mayfield and
// McNamee's observation that fixed-length truncation is a fair stemmer for matching.
const keyLen = 5

// contentKeys returns the truncated, lower-cased keys of the content words of s.
func contentKeys(s string) []string {
	var keys []string
	for _, w := range fields(s) {
		w = strings.ToLower(trimPunct(w))
		w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		if utf8.RuneCountInString(w) < 3 || stopWords[w] || hasDigit(w) {
			continue
		}
		if r := []rune(w); len(r) > keyLen {
			w = string(r[:keyLen])
		}
		keys = append(keys, w)
	}
	return keys
}
