package summarize

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// Headline names a story after one of its articles' headlines and returns it tidied
// for display (see tidyTitle): the headline score rates highest among those the
// articles were given, the earliest on ties. A headline taken from an article's first
// sentence (see news.Article) is used only when no article has another. score may be
// nil, and then the earliest headline wins.
func Headline(arts []news.Article, score func(title string) float64) string {
	best, bestScore, bestGiven := "", math.Inf(-1), false
	for _, a := range arts {
		t := strings.TrimSpace(a.Title)
		if t == "" || bestGiven && a.TitleFromBody {
			continue
		}
		s := 0.0
		if score != nil {
			s = score(t)
		}
		if best == "" || s > bestScore || !bestGiven && !a.TitleFromBody {
			best, bestScore, bestGiven = t, s, !a.TitleFromBody
		}
	}
	return tidyTitle(best, arts)
}

// meanWeight scores a headline by the mean weight of its content terms, 0 for one
// without any.
func meanWeight(title string, terms func(string) []string, weight func(string) float64) float64 {
	ts := terms(title)
	if len(ts) == 0 {
		return 0
	}
	sum := 0.0
	for _, t := range ts {
		sum += weight(t)
	}
	return sum / float64(len(ts))
}

// wireCode matches a parenthesised note without lower-case letters at the end of a
// headline: an agency's part number or desk code, "(1)", "(2-2)", "(DW)", "(FOR
// RELEASE THE WEEK OF MON., MAY 17, 1999)".
var wireCode = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\s*\(([^()\p{Ll}]*)\)\s*$`)
})

// tidyTitle makes a headline fit to name a story: without trailing wire codes, and
// when it is written in capitals, written as the articles write its words.
func tidyTitle(t string, arts []news.Article) string {
	for {
		s := wireCode().ReplaceAllString(t, "")
		if s == t || strings.IndexFunc(s, unicode.IsLetter) < 0 {
			break
		}
		t = s
	}
	if !shouted(t) {
		return t
	}
	return recase(t, arts)
}

// shouted reports whether a headline is written in capitals: it has at least two
// letters and no lower-case one.
func shouted(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// recase writes each word of a headline in capitals as the articles' bodies write it
// where it does not start a sentence. A pair of words the bodies write with a
// capital more often than without is a name and keeps their form ("New York"). Any
// other word takes its most frequent form ("Bush's", "FBI", "death"), but lower case
// if the bodies use that at least a third as often ("new") or never use the word.
// Uses next to another capitalised word count only for a word never written
// otherwise: "New" in "New York" says nothing of "new" elsewhere.
// A word they never use stays as written if it is a single letter (the "S" of
// "U.S.", which follows a full stop) or letters without a vowel, like most acronyms
// ("NYC"). The first word starts with a capital.
func recase(t string, arts []news.Article) string {
	type span struct {
		start, end int
		low        string
	}
	var spans []span
	forEachWordAt(t, func(start, end int) {
		spans = append(spans, span{start, end, strings.ToLower(t[start:end])})
	})
	// How the bodies write each word of the headline and each pair of neighbours.
	forms := map[string]map[string]int{}
	for i, sp := range spans {
		forms[sp.low] = map[string]int{}
		if i > 0 {
			forms[spans[i-1].low+" "+sp.low] = map[string]int{}
		}
	}
	// A capital on a word next to another capitalised word may belong to the name
	// they make ("New York") rather than to the word: such uses count only for a word
	// the bodies never write alone.
	inName := map[string]map[string]int{}
	type use struct {
		w      string
		starts bool
	}
	var uses []use
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			uses = uses[:0]
			forEachWord(p, func(w string, starts bool) { uses = append(uses, use{w, starts}) })
			for i, u := range uses {
				if u.starts { // a capital that starts a sentence says nothing of a name
					continue
				}
				low := strings.ToLower(u.w)
				if f, ok := forms[low]; ok {
					named := u.w != low && (i > 0 && !uses[i-1].starts && capitalised(uses[i-1].w) ||
						i+1 < len(uses) && !uses[i+1].starts && capitalised(uses[i+1].w))
					if named {
						if inName[low] == nil {
							inName[low] = map[string]int{}
						}
						f = inName[low]
					}
					f[u.w]++
				}
				if i > 0 && !uses[i-1].starts {
					pair := uses[i-1].w + " " + u.w
					if f, ok := forms[strings.ToLower(pair)]; ok {
						f[pair]++
					}
				}
			}
		}
	}
	for low, f := range inName {
		if len(forms[low]) == 0 {
			forms[low] = f
		}
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		form, n := mostFrequent(forms[sp.low])
		switch {
		case form == "" && (utf8.RuneCountInString(sp.low) == 1 || acronym(sp.low)):
			form = t[sp.start:sp.end]
		case form == "" || 3*forms[sp.low][sp.low] >= n:
			form = sp.low
		}
		out[i] = form
	}
	for i := 1; i < len(spans); i++ {
		pair := forms[spans[i-1].low+" "+spans[i].low]
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
		last = sp.end
	}
	b.WriteString(t[last:])
	return b.String()
}

// capitalised reports whether a word starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// acronym reports whether a lower-cased word is letters without a vowel ("nyc").
func acronym(w string) bool {
	return !strings.ContainsAny(w, "aeiou") && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
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
// the first word, or follows . ! ? or a colon).
func forEachWord(s string, f func(w string, startsSentence bool)) {
	starts, last := true, 0
	forEachWordAt(s, func(start, end int) {
		if strings.ContainsAny(s[last:start], ".!?:") {
			starts = true
		}
		f(s[start:end], starts)
		starts, last = false, end
	})
}
