package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the writer's text, with its byte offset in
// the paragraph.
type token struct {
	text       string
	pos        int
	punct      bool
	afterQuote bool // a quotation stood right before it and was taken out (outside)
}

func (t token) lower() string { return strings.ToLower(t.text) }

// capitalized reports whether the token starts with an upper-case letter.
func (t token) capitalized() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// is reports whether the token is one of the given punctuation strings.
func (t token) is(ps ...string) bool {
	for _, p := range ps {
		if t.text == p {
			return true
		}
	}
	return false
}

// tokenize splits p[from:to] into tokens. A word keeps inner apostrophes, hyphens and
// periods (U.S., Mr., O’Brien); a final period stays on the word only for abbreviations
// and initials, so that sentence ends are punctuation tokens.
func tokenize(p string, from, to int) []token {
	var out []token
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(p[i:to])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(p, i, to)
			out = append(out, token{text: p[i:j], pos: i})
			i = j
		default:
			out = append(out, token{text: p[i : i+n], pos: i, punct: true})
			i += n
		}
	}
	return out
}

// wordEnd returns the end of the word starting at p[i].
func wordEnd(p string, i, to int) int {
	j := i
	for j < to {
		r, n := utf8.DecodeRuneInString(p[j:to])
		if isWordRune(r) {
			j += n
			continue
		}
		if strings.ContainsRune("'’-.&", r) && isWordRune(runeAfter(p[:to], j+n)) {
			j += n
			continue
		}
		break
	}
	if j < to && p[j] == '.' && isAbbrev(p[i:j]) {
		j++
	}
	return j
}

// abbrevs are words that take a period without ending a sentence.
var abbrevs = set("mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr rev gov no vs inc co corp ltd" +
	" jan feb mar apr aug sept sep oct nov dec pres supt det insp atty u.s u.k a.m p.m e.g i.e mt ft")

func isAbbrev(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial: J. Edgar Hoover
	}
	return abbrevs[strings.ToLower(w)] || strings.Contains(w, ".")
}

// sentenceEnd reports whether token k of ts ends a sentence: . ! or ? followed by the
// end of the text or a capitalized word.
func sentenceEnd(ts []token, k int) bool {
	if !ts[k].is(".", "!", "?") {
		return false
	}
	return k+1 >= len(ts) || ts[k+1].capitalized() || ts[k+1].punct
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
