package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Forms counts, for a chosen set of terms (as Terms makes them), the lower-cased
// words that became each one, so that a stem can be shown as a word a reader knows:
// "armi" as "army", "citi" as "city". It also counts how prose writes each of those
// words where a sentence does not start, so that a name or an acronym is shown with
// its capitals: "Navajo", "FBI".
type Forms struct {
	counts map[string]map[string]int
	first  [256]bool                 // first bytes of the terms: stemming keeps a word's first letter
	terms  map[string]string         // the term of each lower-cased word met, "" if not chosen
	lower  map[string]int            // uses of each lower-cased word written in lower case
	cased  map[string]map[string]int // uses of each lower-cased word written with capitals, by form
}

// NewForms returns Forms that count the words of the given terms only.
func NewForms(terms []string) *Forms {
	f := &Forms{counts: make(map[string]map[string]int, len(terms)), terms: map[string]string{},
		lower: map[string]int{}, cased: map[string]map[string]int{}}
	for _, t := range terms {
		f.counts[t] = nil
		if t != "" {
			f.first[t[0]] = true
		}
	}
	return f
}

// Add counts the words of prose s whose term is one of the chosen terms, and how
// each is written where no sentence starts.
func (f *Forms) Add(s string) { f.add(s, true) }

// AddHeadline counts the words of a headline, as Add does, but not their capitals,
// which a headline uses for other reasons.
func (f *Forms) AddHeadline(s string) { f.add(s, false) }

func (f *Forms) add(s string, prose bool) {
	var low, stem [64]byte
	prevStart, prevEnd := -1, 0 // the previous word's bounds
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start < 0 {
			return
		}
		i = end
		raw := s[start:end]
		w, digit := lowerWord(low[:0], raw)
		ps, pe := prevStart, prevEnd
		prevStart, prevEnd = start, end
		if !f.first[w[0]] {
			continue
		}
		term, seen := f.terms[string(w)]
		if !seen {
			if t := termOf(stem[:0], w, digit); f.chosen(t) {
				term = string(t)
			}
			f.terms[string(w)] = term
		}
		if term == "" {
			continue
		}
		words := f.counts[term]
		if words == nil {
			words = map[string]int{}
			f.counts[term] = words
		}
		words[string(w)]++
		// Capitals count in prose, where no sentence starts, and not in a run of
		// shouted words.
		skipCase := !prose || ps < 0 || strings.ContainsAny(s[pe:start], ".!?:") ||
			shouted(raw) && (shouted(s[ps:pe]) || nextShouted(s, end))
		switch {
		case skipCase:
		case strings.IndexFunc(raw, unicode.IsUpper) < 0:
			f.lower[string(w)]++
		default:
			c := f.cased[string(w)]
			if c == nil {
				c = map[string]int{}
				f.cased[string(w)] = c
			}
			c[raw]++
		}
	}
}

// shouted reports whether a word is written in capitals: two letters or more, none
// in lower case.
func shouted(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// nextShouted reports whether the word after byte i of s is shouted.
func nextShouted(s string, i int) bool {
	start, end := nextWord(s, i)
	return start >= 0 && shouted(s[start:end])
}

// chosen reports whether t is one of the terms counted.
func (f *Forms) chosen(t []byte) bool {
	_, ok := f.counts[string(t)]
	return ok
}

// Word returns the commonest word counted for term (the shortest, then the first in
// alphabetical order, among equals), or term itself when none was. The word is in
// lower case unless prose writes it with capitals more often than without, where no
// sentence starts: then it is written as prose writes it most ("Navajo", "FBI").
func (f *Forms) Word(term string) string {
	best, bestN := term, 0
	for w, n := range f.counts[term] {
		if n > bestN || n == bestN && (len(w) < len(best) || len(w) == len(best) && w < best) {
			best, bestN = w, n
		}
	}
	form, capitals := "", 0
	for w, n := range f.cased[best] {
		capitals += n
		if form == "" || n > f.cased[best][form] || n == f.cased[best][form] && w > form {
			form = w
		}
	}
	if capitals > f.lower[best] && utf8.ValidString(form) {
		return form
	}
	return best
}

// Words returns Word of each term.
func (f *Forms) Words(terms []string) []string {
	if terms == nil {
		return nil
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = f.Word(t)
	}
	return out
}
