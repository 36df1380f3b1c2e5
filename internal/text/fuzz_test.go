package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"WASHINGTON (AP) -- Sen. Lindsey Graham (R-S.C.) said the U.S. would act. \"Why now?\" he asked.",
	"It rose 2.5% to $3.5 billion... Analysts at J.P. Morgan Chase & Co. were surprised.",
	"‘‘I quit.’’ He left. “Fine.” (She stayed.) Q. Why? A. No.",
	"Facts:\n- One\n• Two.\n3) Three\n\nEnd . . . Really…",
	"", ".", "...", "?!\"", "Mr.", "a. b. C. D", "\xff\xfe. A", "U.S.' \"", "1. 2. 3.",
}

// FuzzSplit checks that Split never panics, that its sentences are trimmed, non-empty
// and valid UTF-8 when the input is, and that they re-join to the paragraph modulo
// white space.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		parts := Split(p)
		for _, s := range parts {
			if s == "" || strings.TrimSpace(s) != s {
				t.Fatalf("Split(%q) gave an empty or untrimmed part %q", p, s)
			}
			if utf8.ValidString(p) && !utf8.ValidString(s) {
				t.Fatalf("Split(%q) gave invalid UTF-8 %q", p, s)
			}
		}
		if got, want := squeeze(strings.Join(parts, "")), squeeze(p); got != want {
			t.Fatalf("Split(%q) parts do not re-join: %q vs %q", p, got, want)
		}
	})
}

// squeeze drops all white space.
func squeeze(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), "")
}

// FuzzTerms checks that Terms never panics and gives non-empty, valid UTF-8 terms with
// no white space, none of them a stop word, each shown by Forms as a non-empty word.
func FuzzTerms(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, term := range Terms(s) {
			if term == "" || strings.ContainsFunc(term, isSpace) || IsStopword(term) {
				t.Fatalf("Terms(%q) gave bad term %q", s, term)
			}
			if utf8.ValidString(s) && !utf8.ValidString(term) {
				t.Fatalf("Terms(%q) gave invalid UTF-8 %q", s, term)
			}
		}
		terms := Terms(s)
		forms := NewForms(terms)
		forms.Add(s)
		for _, term := range terms {
			if w := forms.Word(term); w == "" || (utf8.ValidString(s) && !utf8.ValidString(w)) {
				t.Fatalf("Forms of %q: term %q shown as %q", s, term, w)
			}
		}
		if n := WordCount(s); n < 0 || n > len(s) {
			t.Fatalf("WordCount(%q) = %d", s, n)
		}
	})
}

// FuzzStandsAlone checks that StandsAlone, which reads article text, never panics and
// that a sentence that does not end as a statement never stands alone.
func FuzzStandsAlone(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range []string{"A. Yes, he said.", "He's here.", "8. Item one.", "An official denied the report.", "“It’s over,” she said."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if StandsAlone(s) && !endsSentence(strings.TrimSpace(s)) {
			t.Fatalf("StandsAlone(%q) is true for text that does not end a sentence", s)
		}
	})
}
