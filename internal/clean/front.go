package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// Front matter. The leading lines of a plain-text article, up to the first body
// paragraph, may hold a section name, a kicker, the headline, a dek and caption jokes.
// The headline is the first of them that shares content words with the body (a kicker
// or section name usually shares none); lines before it are kickers, lines after it are
// the dek when they share words with the body and front matter when they do not.

// datelineRE matches a dateline opening a body paragraph: "WASHINGTON —", "LONDON (Reuters)
// -", and the wire's "SALINAS, Calif. _". Its runs are unbounded, which keeps the
// expression small; isDateline bounds them.
var datelineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([\p{Lu}][\p{Lu}\p{M} .,'’-]+(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?)(\([\p{L} ]+\))?\s*(?:[—–-]{1,2}|_)\s`)
})

// isDateline reports whether line opens with a dateline: a place of at most 41
// characters, perhaps an agency in brackets of at most 30, and a dash.
func isDateline(line string) bool {
	m := datelineRE().FindStringSubmatchIndex(line)
	if m == nil || utf8.RuneCountInString(line[m[2]:m[3]]) > 41 {
		return false
	}
	return m[4] < 0 || utf8.RuneCountInString(line[m[4]:m[5]]) <= 32
}

// maxDekWords is the longest dek taken from before a leading photo.
const maxDekWords = 45

// isBody reports whether line reads as body prose rather than a heading: long, or a
// sentence of eight words or more, and not a short title-case headline.
func isBody(line string) bool {
	n := wordCount(line)
	switch {
	case isDateline(line):
		return true
	case titleCase(line) && n <= 25:
		return false
	case n >= 20:
		return true
	}
	return n >= 8 && endsSentence(line)
}

// markFront finds the title of an article without one and marks the front matter. For
// an article with a title it only removes a first line that repeats the title.
func markFront(a *news.Article, paras, reasons []string) {
	kept := keptIndexes(reasons)
	if len(kept) == 0 {
		return
	}
	if a.Title != "" {
		if lineKey(paras[kept[0]]) == lineKey(a.Title) {
			reasons[kept[0]] = reasonTitleRepeat
		}
		return
	}
	nf := 0
	for nf < len(kept) && !isBody(paras[kept[nf]]) {
		nf++
	}
	front, rest := kept[:nf], kept[nf:]
	switch {
	case len(front) == 0:
		a.Title, a.TitleFromBody = firstSentence(paras[kept[0]]), true
		return
	case len(rest) == 0:
		a.Title = paras[front[0]]
		reasons[front[0]] = reasonTitle
		return
	}
	body := keySet(paras, rest)
	h := pickHeadline(paras, front, body)
	a.Title = paras[front[h]]
	reasons[front[h]] = reasonTitle
	for i, idx := range front {
		switch {
		case i < h:
			reasons[idx] = reasonKicker
		case i > h && shared(paras[idx], body) > 0:
			reasons[idx] = reasonDek
		case i > h:
			reasons[idx] = reasonFrontMatter
		}
	}
	if h == len(front)-1 && dekBeforePhoto(paras, reasons, rest) {
		reasons[rest[0]] = reasonDek
	}
}

// dekBeforePhoto reports whether the first body candidate is really a dek: a line of at
// most maxDekWords, without a dateline, followed directly by a photo credit line.
func dekBeforePhoto(paras, reasons []string, rest []int) bool {
	i := rest[0]
	if len(rest) < 2 || wordCount(paras[i]) > maxDekWords || isDateline(paras[i]) {
		return false
	}
	return i+1 < len(paras) && reasons[i+1] == reasonCredit
}

// pickHeadline returns the position in front of the headline: the first line of three
// words or more sharing two content words with the body; failing that the line sharing
// most; failing that the first line of three words or more; failing that the first.
func pickHeadline(paras []string, front []int, body map[string]bool) int {
	best, bestShared, firstLong := -1, 0, -1
	for i, idx := range front {
		n, s := wordCount(paras[idx]), shared(paras[idx], body)
		if n >= 3 && s >= 2 {
			return i
		}
		if s > bestShared {
			best, bestShared = i, s
		}
		if n >= 3 && firstLong < 0 {
			firstLong = i
		}
	}
	switch {
	case best >= 0:
		return best
	case firstLong >= 0:
		return firstLong
	}
	return 0
}

// keptIndexes lists the lines no rule has removed.
func keptIndexes(reasons []string) []int {
	var kept []int
	for i, r := range reasons {
		if r == "" {
			kept = append(kept, i)
		}
	}
	return kept
}

// keySet is the set of content keys of the given lines.
func keySet(paras []string, idx []int) map[string]bool {
	set := map[string]bool{}
	for _, i := range idx {
		for _, k := range contentKeys(paras[i]) {
			set[k] = true
		}
	}
	return set
}

// shared counts the distinct content keys of line found in set.
func shared(line string, set map[string]bool) int {
	seen := map[string]bool{}
	for _, k := range contentKeys(line) {
		if set[k] && !seen[k] {
			seen[k] = true
		}
	}
	return len(seen)
}

// maxFallbackTitleWords caps a title taken from the first body sentence.
const maxFallbackTitleWords = 20

// firstSentence returns the first sentence of p without its dateline, cut to
// maxFallbackTitleWords words; it is the title of an article that starts straight with
// its body.
func firstSentence(p string) string {
	if isDateline(p) {
		// A dateline starts the sentence that follows it: "NASA - the agency - said" has none.
		if rest := p[datelineRE().FindStringIndex(p)[1]:]; !startsLower(rest) {
			p = rest
		}
	}
	f := fields(p)
	for len(f) > 1 && leadDashes[f[0]] {
		f = f[1:] // "_ The TV show ...": a later take's dash, or a list bullet
	}
	for i, w := range f {
		if i >= 2 && endsSentence(w) && len([]rune(trimPunct(w))) > 1 {
			f = f[:i+1]
			break
		}
	}
	if len(f) > maxFallbackTitleWords {
		return strings.Join(f[:maxFallbackTitleWords], " ") + "…"
	}
	return strings.Join(f, " ")
}

// leadDashes open a paragraph as a dash or a bullet, not as a word.
var leadDashes = map[string]bool{"_": true, "-": true, "--": true, "—": true, "–": true, "•": true, "*": true}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
