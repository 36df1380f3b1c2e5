package clean

import (
	"math"
	"strings"
	"unicode"
)

// Cross-document repetition. Site boilerplate (menus, section headings, sign-off lines,
// footers) repeats across the articles of one site, but so do wire sentences and quotes
// across outlets, and those are what a brief cites. A normalised line seen in d distinct
// articles of a pile of n is therefore boilerplate only when d >= MinRepeat and either
//
//	(a) it is short (at most ShortWords words) and not a sentence: no terminal
//	    punctuation and no quote, as headings, labels and menus are; or
//	(b) it is at most MaxBoilerWords words, holds no quote or speech verb, sits within
//	    the first or last EdgeLines lines of every article that carries it, appears in at
//	    least MinShare of the pile, and the articles carrying it that name an outlet all
//	    name the same one.
//
// Longer lines are never removed for repetition: a body-length paragraph repeated across
// documents is shared copy, not chrome.

// lineKey is the comparison form of a line: lower case, letters and digits only.
func lineKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = true
	}
	return b.String()
}

// lineStats is what the pile says about one line key.
type lineStats struct {
	docs    int
	offEdge bool            // seen away from the edges of some article
	outlets map[string]bool // the outlets of the articles that carry it
}

// repetition counts, for every line key, the articles that carry it.
type repetition struct {
	lines map[string]*lineStats
	n     int
	opt   Options
}

// countRepeats builds the repetition table over normalised paragraphs.
func countRepeats(paras [][]string, outlets []string, opt Options) *repetition {
	rep := &repetition{lines: map[string]*lineStats{}, n: len(paras), opt: opt}
	for d, ps := range paras {
		seen := map[string]bool{}
		for i, p := range ps {
			k := lineKey(p)
			if k == "" {
				continue
			}
			st := rep.lines[k]
			if st == nil {
				st = &lineStats{outlets: map[string]bool{}}
				rep.lines[k] = st
			}
			if i >= opt.EdgeLines && i < len(ps)-opt.EdgeLines {
				st.offEdge = true
			}
			if !seen[k] {
				seen[k] = true
				st.docs++
				if outlets[d] != "" {
					st.outlets[strings.ToLower(outlets[d])] = true
				}
			}
		}
	}
	return rep
}

// boilerplate reports whether line is site boilerplate by the rule above.
func (rep *repetition) boilerplate(line string) bool {
	st := rep.lines[lineKey(line)]
	if st == nil || st.docs < rep.opt.MinRepeat {
		return false
	}
	n := wordCount(line)
	if hasQuote(line) {
		return false
	}
	if n <= rep.opt.ShortWords && !endsSentence(line) {
		return true
	}
	share := int(math.Ceil(rep.opt.MinShare * float64(rep.n)))
	return n <= rep.opt.MaxBoilerWords && !st.offEdge && st.docs >= share && len(st.outlets) <= 1
}
