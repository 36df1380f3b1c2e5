package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// wireCode matches a parenthesised note without lower-case letters at the end of a
// headline: an agency's part number or desk code, "(1)", "(2-2)", "(DW)", "(FOR
// RELEASE THE WEEK OF MON., MAY 17, 1999)".
var wireCode = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*\(([^()\p{Ll}]*)\)\s*$`)
})

// tidyTitles makes every article's headline fit to show: without trailing wire codes,
// and, when it is written in capitals, written as the bodies write its words (see
// casing). The words are counted over all the articles' bodies: one article may
// never write a word of its own headline outside it, or write it only in a name.
func tidyTitles(arts []news.Article) {
	var shouting []int
	for i := range arts {
		arts[i].Title = dropWireCodes(arts[i].Title)
		if shoutedHeadline(arts[i].Title) {
			shouting = append(shouting, i)
		}
	}
	if len(shouting) == 0 {
		return
	}
	titles := make([]string, len(shouting))
	for j, i := range shouting {
		titles[j] = arts[i].Title
	}
	c := newCasing(titles)
	for _, a := range arts {
		c.count(a.Paragraphs)
	}
	for _, i := range shouting {
		arts[i].Title = c.recase(arts[i].Title)
	}
}

// dropWireCodes removes the wire codes at the end of a headline, unless nothing
// else is left.
func dropWireCodes(t string) string {
	for {
		s := wireCode().ReplaceAllString(t, "")
		if s == t || strings.IndexFunc(s, unicode.IsLetter) < 0 {
			return t
		}
		t = s
	}
}

// shouted reports whether a headline is written in capitals: it has at least two
// letters and no lower-case one.
func shouted(t string) bool {
	letters, lower := letterCase(t)
	return letters >= 2 && lower == 0
}

// shoutedHeadline reports whether a headline is written in capitals, allowing a word
// of its own small letters ("STATE BOARD OKs SCIENCE STANDARDS"): at least two letters,
// and at most one in twenty of them in lower case.
func shoutedHeadline(t string) bool {
	letters, lower := letterCase(t)
	return letters >= 2 && 20*lower <= letters
}

// letterCase counts the letters of t and those of them in lower case.
func letterCase(t string) (letters, lower int) {
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsLower(r) {
			lower++
		}
	}
	return letters, lower
}

// casing counts how prose writes the words of some headlines in capitals, and each
// pair of neighbours among them, where no sentence starts.
type casing struct {
	forms map[string]map[string]int // by lower-cased word or pair: the forms written
	// inName counts the capitalised uses of a word next to another capitalised word:
	// the capital may belong to the name they make ("New York") rather than to the
	// word, so they count only for a word never written alone.
	inName map[string]map[string]int
	uses   []use
}

// use is one word of prose, and whether it starts a sentence.
type use struct {
	w      string
	starts bool
}

// span is one word of a headline: its bytes and its lower-cased form, without a
// possessive "'s" (the possessive takes the form of its word: "Nino's" as "Nino").
type span struct {
	start, end int
	low, poss  string
}

// headlineWords returns the words of a headline.
func headlineWords(t string) []span {
	var spans []span
	forEachWordAt(t, func(start, end int) {
		low, n := cutPossessive(strings.ToLower(t[start:end]))
		spans = append(spans, span{start, end, low, t[end-n : end]})
	})
	return spans
}

// cutPossessive returns w without a final possessive "'s" or "’s", and the number of
// bytes cut (0 when there is none, or nothing would be left).
func cutPossessive(w string) (string, int) {
	for _, p := range []string{"'s", "’s"} {
		if base, ok := strings.CutSuffix(w, p); ok && base != "" {
			return base, len(p)
		}
	}
	return w, 0
}

// newCasing returns a casing that counts the words of the given headlines.
func newCasing(titles []string) *casing {
	c := &casing{forms: map[string]map[string]int{}, inName: map[string]map[string]int{}}
	for _, t := range titles {
		spans := headlineWords(t)
		for i, sp := range spans {
			c.forms[sp.low] = map[string]int{}
			if i > 0 {
				c.forms[spans[i-1].low+" "+sp.low] = map[string]int{}
			}
		}
	}
	return c
}

// count adds the uses in one body's paragraphs.
func (c *casing) count(body []string) {
	for _, p := range body {
		c.uses = c.uses[:0]
		forEachWord(p, func(w string, starts bool) {
			w, _ = cutPossessive(w)
			c.uses = append(c.uses, use{w, starts})
		})
		uses := c.uses
		prevLow := ""
		for i, u := range uses {
			low := lower(u.w)
			f, ok := c.forms[low]
			if u.starts || !ok { // a capital that starts a sentence says nothing of a name
				prevLow = ""
				if ok {
					prevLow = low
				}
				continue
			}
			named := u.w != low && (i > 0 && !uses[i-1].starts && capitalised(uses[i-1].w) ||
				i+1 < len(uses) && !uses[i+1].starts && capitalised(uses[i+1].w))
			if named {
				if c.inName[low] == nil {
					c.inName[low] = map[string]int{}
				}
				f = c.inName[low]
			}
			f[u.w]++
			// Both words of a pair are headline words: only then can the pair be one.
			if prevLow != "" && !uses[i-1].starts {
				if pf, ok := c.forms[prevLow+" "+low]; ok {
					pf[uses[i-1].w+" "+u.w]++
				}
			}
			prevLow = low
		}
	}
}

// recase writes each word of a headline in capitals as the counted prose writes it.
// A pair of words written with a capital more often than without is a name and keeps
// their form ("New York"). Any other word takes its most frequent form ("Bush's",
// "FBI", "death"), but lower case if prose uses that at least a third as often
// ("new") or never uses the word. Uses next to another capitalised word count only
// for a word never written otherwise, and used so at least 3 times: "New" in "New
// York" says nothing of "new" elsewhere. A single letter other than "a" stays as
// written (the "S" of "U.S.", which follows a full stop, so prose never shows its
// case), and so does a word never used that is letters without a vowel, like most
// acronyms ("NYC"). A word with small letters of its own keeps them ("OKs"). The
// first word starts with a capital.
func (c *casing) recase(t string) string {
	spans := headlineWords(t)
	forms := func(low string) map[string]int {
		if f := c.forms[low]; len(f) > 0 {
			return f
		}
		if _, n := mostFrequent(c.inName[low]); n >= 3 {
			return c.inName[low]
		}
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		f := forms(sp.low)
		form, n := mostFrequent(f)
		switch {
		case strings.IndexFunc(t[sp.start:sp.end], unicode.IsLower) >= 0:
			form = t[sp.start : sp.end-len(sp.poss)] // written with its own small letters: "OKs"
		case utf8.RuneCountInString(sp.low) == 1 && sp.low != "a", form == "" && acronym(sp.low):
			form = t[sp.start : sp.end-len(sp.poss)]
		case form == "" || 3*f[sp.low] >= n:
			form = sp.low
		}
		out[i] = form
	}
	for i := 1; i < len(spans); i++ {
		pair := c.forms[spans[i-1].low+" "+spans[i].low]
		if form, n := mostFrequent(pair); n > pair[strings.ToLower(form)] && form != strings.ToLower(form) {
			out[i-1], out[i], _ = strings.Cut(form, " ")
		}
	}
	var b strings.Builder
	last := 0
	for i, sp := range spans {
		b.WriteString(t[last:sp.start])
		if i == 0 {
			out[i] = capitalise(out[i])
		}
		b.WriteString(out[i])
		b.WriteString(strings.ToLower(sp.poss))
		last = sp.end
	}
	b.WriteString(t[last:])
	return b.String()
}

// lower is w in lower case, without a copy when it already is.
func lower(w string) string {
	if strings.IndexFunc(w, unicode.IsUpper) < 0 {
		return w
	}
	return strings.ToLower(w)
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym reports whether a lower-cased word is letters without a vowel ("nyc"),
// but not a word whose vowel is a final y ("by", "sky").
func acronym(w string) bool {
	return !strings.ContainsAny(w, "aeiou") && !strings.HasSuffix(w, "y") &&
		!strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// mostFrequent returns the form counted most often, the first in byte order on ties.
func mostFrequent(counts map[string]int) (string, int) {
	form, n := "", 0
	for f, c := range counts {
		if c > n || c == n && f < form {
			form, n = f, c
		}
	}
	return form, n
}

// capitalise upper-cases the first letter of w.
func capitalise(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// isWordRune reports whether r belongs to a word: letters, digits and apostrophes
// inside one ("Bush's"); hyphens separate words ("GEN-X").
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’'
}

// forEachWordAt calls f with the byte span of every word of s, without the
// apostrophes at its ends (a quote in 'single marks' is not part of the word).
func forEachWordAt(s string, f func(start, end int)) {
	word := func(start, end int) {
		core := strings.Trim(s[start:end], "'’")
		if core != "" {
			start += strings.Index(s[start:end], core)
			f(start, start+len(core))
		}
	}
	start := -1
	for i, r := range s {
		switch {
		case isWordRune(r) && start < 0:
			start = i
		case !isWordRune(r) && start >= 0:
			word(start, i)
			start = -1
		}
	}
	if start >= 0 {
		word(start, len(s))
	}
}

// forEachWord calls f with every word of s and whether it starts a sentence (it is
// the first word, or follows . ! ? or a colon, but not the full stop of an
// abbreviation: "St. Petersburg", "George W. Bush").
func forEachWord(s string, f func(w string, startsSentence bool)) {
	starts, first, last := true, 0, 0
	forEachWordAt(s, func(start, end int) {
		gap := s[last:start]
		if strings.ContainsAny(gap, ".!?:") && !(strings.TrimSpace(gap) == "." && abbreviation(s, first, last)) {
			starts = true
		}
		f(s[start:end], starts)
		starts, first, last = false, start, end
	})
}

// abbreviation reports whether the word s[start:end], followed by a full stop, is an
// abbreviation's: a word in title case of two or three letters ("St", "Mr", "Gen"),
// or a single capital after a space ("W" in "George W. Bush", not the "S" of "U.S.").
func abbreviation(s string, start, end int) bool {
	w := s[start:end]
	switch n := utf8.RuneCountInString(w); {
	case n == 1:
		return capitalised(w) && start > 0 && s[start-1] == ' '
	case n <= 3:
		return capitalised(w) && strings.ToLower(w[1:]) == w[1:]
	}
	return false
}
