package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names returns the names a text mentions: runs of one to four capitalised words
// ("Jeff Sessions", "Oglala Sioux", "NATO"), in order, repeats kept. A run that is a
// single word opening a sentence is skipped, since there a capital says nothing;
// a possessive "'s" is dropped. This is the cheap, language-light entity signal of
// news clustering systems (cf. Miranda et al. 2018, who add entity features to
// TF-IDF); it needs no model.
func Names(text string) []string {
	var out []string
	var run []string
	runAtStart := false
	flush := func() {
		if len(run) > 1 || (len(run) == 1 && !runAtStart && utf8.RuneCountInString(run[0]) > 1) {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	sentence := true // the next word opens a sentence
	for i := 0; i < len(text); {
		gapStart := i
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			i += n
		}
		gap := text[gapStart:i]
		if strings.ContainsAny(gap, ".!?") {
			sentence = true
		}
		if strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
			flush()
		}
		if i >= len(text) {
			break
		}
		start := i
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-') {
				break
			}
			i += n
		}
		w := trimPossessive(text[start:i])
		if !capitalised(w) || len(run) == 4 {
			flush()
		}
		if capitalised(w) {
			if len(run) == 0 {
				runAtStart = sentence
			}
			run = append(run, w)
		}
		sentence = false
	}
	flush()
	return out
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// trimPossessive drops a final 's or ’s and stray apostrophes and hyphens.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, suf)
	}
	return strings.TrimRight(w, "'’-")
}

// displayNames maps the feature key of each name to the name as written.
func displayNames(names []string) map[string]string {
	m := make(map[string]string, len(names))
	for _, n := range names {
		m[nameKey(n)] = n
	}
	return m
}
