package text

// Forms counts, for a chosen set of terms (as Terms makes them), the lower-cased
// words that became each one, so that a stem can be shown as a word a reader knows:
// "armi" as "army", "citi" as "city".
type Forms struct {
	counts map[string]map[string]int
	first  [256]bool         // first bytes of the terms: stemming keeps a word's first letter
	terms  map[string]string // the term of each lower-cased word met, "" if not chosen
}

// NewForms returns Forms that count the words of the given terms only.
func NewForms(terms []string) *Forms {
	f := &Forms{counts: make(map[string]map[string]int, len(terms)), terms: map[string]string{}}
	for _, t := range terms {
		f.counts[t] = nil
		if t != "" {
			f.first[t[0]] = true
		}
	}
	return f
}

// Add counts the words of s whose term is one of the chosen terms.
func (f *Forms) Add(s string) {
	var low, stem [64]byte
	for i := 0; ; {
		w, digit, next := nextLower(low[:0], s, i)
		if next < 0 {
			return
		}
		i = next
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
	}
}

// chosen reports whether t is one of the terms counted.
func (f *Forms) chosen(t []byte) bool {
	_, ok := f.counts[string(t)]
	return ok
}

// Word returns the commonest word counted for term (the shortest, then the first in
// alphabetical order, among equals), or term itself when none was.
func (f *Forms) Word(term string) string {
	best, bestN := term, 0
	for w, n := range f.counts[term] {
		if n > bestN || n == bestN && (len(w) < len(best) || len(w) == len(best) && w < best) {
			best, bestN = w, n
		}
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
