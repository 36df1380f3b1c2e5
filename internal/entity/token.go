package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a paragraph, located by byte offsets.
type token struct {
	text       string
	low        string
	start, end int
	word       bool // letters or digits, as opposed to punctuation
	capital    bool // starts with an upper-case letter
	sentStart  bool // first word of a sentence, a quotation or a title-case line
	possessive bool // followed directly by 's or ’s, which is not part of the token
	pend       int  // end of the possessive 's when possessive
}

// tokenize splits a paragraph into tokens. Abbreviations that the word lists know
// ("Sen.", "Inc.", "U.S.") and initials ("F.") keep their full stop.
func tokenize(p string, lx *lexicon) []token {
	toks := make([]token, 0, len(p)/5+4) // about one token in five bytes of news text
	start := true
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, poss := wordEnd(p, i, lx)
			t := token{text: p[i:j], start: i, end: j, word: true, sentStart: start, possessive: poss}
			t.low = strings.ToLower(t.text)
			t.capital = unicode.IsUpper(r) || particleCapital(t.text)
			toks = append(toks, t)
			start = false
			i = j
			if poss {
				i = skipPossessive(p, j)
				toks[len(toks)-1].pend = i
			}
		default:
			toks = append(toks, token{text: p[i : i+n], low: p[i : i+n], start: i, end: i + n})
			switch r {
			case '.', '!', '?', ':', ';', '"', '“', '(', '—', '–', '|', '•':
				start = true
			case '”', '’', '\'', ')', ',':
			default:
				if r != '&' && r != '-' || strings.HasPrefix(p[i:], "--") {
					start = true // a dash, also written "--" ("(Xinhua) -- Spacecraft Galileo")
				}
			}
			i += n
		}
	}
	return toks
}

// wordEnd returns the end of the word starting at i and whether it is followed by a
// possessive 's. Apostrophes, hyphens, ampersands and full stops inside a word are kept
// ("O'Brien", "Coca-Cola", "AT&T", "U.S.").
func wordEnd(p string, i int, lx *lexicon) (int, bool) {
	j := i
	for j < len(p) {
		r, n := utf8.DecodeRuneInString(p[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\u0301' {
			j += n
			continue
		}
		if r == '\'' || r == '’' {
			rest := p[j+n:]
			if (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) && !letterAt(rest, 1) {
				return j, true
			}
			if letterAt(rest, 0) {
				j += n
				continue
			}
			return j, false
		}
		if (r == '-' || r == '&') && letterAt(p, j+n) {
			j += n
			continue
		}
		if r == '.' {
			return abbrevEnd(p, i, j, lx), false
		}
		return j, false
	}
	return j, false
}

// abbrevEnd decides whether the full stop at j belongs to the word p[i:j].
func abbrevEnd(p string, i, j int, lx *lexicon) int {
	w := p[i:j]
	// U.S., U.N., a.m.: single letters separated by full stops.
	k := j
	for k+2 <= len(p) && p[k] == '.' && letterAt(p, k+1) && (k+2 == len(p) || p[k+2] == '.') {
		k += 2
	}
	if k > j && k < len(p) && p[k] == '.' {
		return k + 1
	}
	low := strings.ToLower(w) + "."
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return j + 1
	}
	if lx.titles[low] || lx.orgHeads[low] || lx.suffixes[low] || lx.abbrevs[low] || lx.states[low] || lx.function[low] || low == "st." || low == "mt." || low == "ft." {
		return j + 1
	}
	return j
}

func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func skipPossessive(p string, j int) int {
	_, n := utf8.DecodeRuneInString(p[j:])
	return j + n + 1
}

// titleCase reports whether most words of a paragraph are capitalised, as in a headline.
// A long line that ends a sentence is prose full of names, not a headline.
func titleCase(toks []token) bool {
	if n := len(toks); n > 12 && (toks[n-1].text == "." || toks[n-1].text == "\"" || toks[n-1].text == "”") {
		return false
	}
	words, caps := 0, 0
	for _, t := range toks {
		if t.word && len(t.low) > 3 {
			words++
			if t.capital {
				caps++
			}
		}
	}
	return words >= 5 && caps*10 >= words*8
}

// particleCapital reports whether a word is an Arabic surname written with a joined
// lower-case article ("al-Assad", "el-Sisi"), which is part of a name as a capital is.
func particleCapital(w string) bool {
	pre, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !unicode.IsUpper(rune(rest[0])) {
		return false
	}
	switch pre {
	case "al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "ben", "bint":
		return true
	}
	return false
}
