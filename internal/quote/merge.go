package quote

import (
	"slices"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/internal/news"
)

// Variant is one wording of a quotation and the articles that carry it.
type Variant = news.Variant

// StoryQuote is one quotation of a story with every article that carries it.
type StoryQuote struct {
	// Quote is the first occurrence, with the best speaker any article gave (a named
	// speaker over an anonymous one over none).
	Quote
	// Articles are the IDs of the articles that carry the quotation, in input order.
	Articles []string
	// Variants are the distinct wordings, first the one of Quote.
	Variants []Variant
	// Differs marks a quotation whose wording differs between outlets beyond one being
	// an excerpt of the other.
	Differs bool
}

// nearMatch is the token similarity (1 - edit distance / longer length) from which two
// wordings are the same quotation.
const nearMatch = 0.75

// Merge groups the quotations of a story's articles: identical wording (normalised)
// becomes one StoryQuote citing every article; near-identical wording is the same
// quotation flagged as Differs; a wording of five words or more found whole inside a
// longer one joins it as an excerpt.
func Merge(quotes []Quote) []StoryQuote {
	var out []StoryQuote
	var books []groupBook
	var keys, sortedKeys [][]string
	byKey := map[string]int{}
	ix := wordIndex{}
	for _, q := range quotes {
		ws := normWords(q.Text)
		if len(ws) == 0 {
			continue
		}
		k := strings.Join(ws, " ")
		i, ok := byKey[k]
		sorted := sortedCopy(ws)
		if !ok {
			i = findNear(keys, sortedKeys, ws, sorted, ix.candidates(sorted))
		}
		if i < 0 {
			byKey[k] = len(out)
			ix.add(sorted, len(keys))
			keys = append(keys, ws)
			sortedKeys = append(sortedKeys, sorted)
			out = append(out, StoryQuote{Quote: q, Articles: []string{q.ArticleID},
				Variants: []Variant{{Text: q.Text, Articles: []string{q.ArticleID}}}})
			books = append(books, groupBook{variants: map[string]int{k: 0}, articles: map[string]bool{q.ArticleID: true},
				varArticles: []map[string]bool{{q.ArticleID: true}}})
			continue
		}
		byKey[k] = i
		books[i].add(&out[i], q, k, ws, keys[i])
	}
	return out
}

// groupBook indexes one group's wordings and articles, so that a quotation carried by
// hundreds of articles joins its group in constant time, not by a scan of the group.
type groupBook struct {
	variants    map[string]int    // normalised wording -> index in Variants
	articles    map[string]bool   // IDs in Articles
	varArticles []map[string]bool // IDs in each variant's Articles
}

// add joins a quotation, of normalised wording key (words ws), to the group sq whose
// first wording is first.
func (b *groupBook) add(sq *StoryQuote, q Quote, key string, ws, first []string) {
	if !b.articles[q.ArticleID] {
		b.articles[q.ArticleID] = true
		sq.Articles = append(sq.Articles, q.ArticleID)
	}
	if rank(q.SpeakerKind) > rank(sq.SpeakerKind) {
		sq.Speaker, sq.SpeakerKind, sq.Verb = q.Speaker, q.SpeakerKind, q.Verb
	}
	if v, ok := b.variants[key]; ok {
		if !b.varArticles[v][q.ArticleID] {
			b.varArticles[v][q.ArticleID] = true
			sq.Variants[v].Articles = append(sq.Variants[v].Articles, q.ArticleID)
		}
		return
	}
	b.variants[key] = len(sq.Variants)
	b.varArticles = append(b.varArticles, map[string]bool{q.ArticleID: true})
	sq.Variants = append(sq.Variants, Variant{Text: q.Text, Articles: []string{q.ArticleID}})
	if !contains(first, ws) && !contains(ws, first) {
		sq.Differs = true
	}
}

func rank(kind string) int {
	switch kind {
	case Named:
		return 2
	case Anonymous:
		return 1
	}
	return 0
}

// findNear returns the first group whose wording is near ws or contains it (or is
// contained in it) as an excerpt of five words or more, or -1. sortedKeys and sorted are
// the same word lists sorted: their overlap bounds both tests from above in linear time,
// so most groups are passed over without the quadratic edit distance.
func findNear(keys, sortedKeys [][]string, ws, sorted []string, cands candidateList) int {
	for _, c := range cands.groups {
		i := c.group
		k := keys[i]
		short, long := len(k), len(ws)
		if short > long {
			short, long = long, short
		}
		// An excerpt (five words or more) shares all the shorter wording's words; a
		// near wording, all but one per edit, and it may differ by at most
		// (1-nearMatch)*long edits, so it is at least nearMatch*long words long. The
		// index's count bounds the overlap from above before it is computed.
		near := short >= 4 && float64(short) >= nearMatch*float64(long)
		need := short
		switch {
		case near:
			need = short - int((1-nearMatch)*float64(long))
		case short < 5:
			continue
		}
		if c.bound+cands.common < need || overlap(sortedKeys[i], sorted) < need {
			continue
		}
		if short >= 5 && (contains(k, ws) || contains(ws, k)) {
			return i
		}
		if !near {
			continue
		}
		if 1-float64(editDistance(k, ws))/float64(long) >= nearMatch {
			return i
		}
	}
	return -1
}

// contains reports whether the word sequence sub occurs whole in ws.
func contains(ws, sub []string) bool {
	if len(sub) == 0 || len(sub) > len(ws) {
		return false
	}
	for i := 0; i+len(sub) <= len(ws); i++ {
		if equalWords(ws[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance between two word sequences.
func editDistance(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// normWords lower-cases a quotation and keeps its words, with apostrophes dropped so
// that curly and straight ones compare equal.
func normWords(s string) []string {
	s = strings.NewReplacer("’", "", "'", "", "‘", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func sortedCopy(ws []string) []string {
	c := append([]string(nil), ws...)
	slices.Sort(c)
	return c
}

// overlap counts the words two sorted word lists share, with multiplicity.
func overlap(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// commonAt is how many groups a word may be in before it stops finding candidates: a
// word that common ("the", "said") says nothing about which quotation this is.
const commonAt = 64

// wordIndex lists, for each word, the groups whose first wording holds it.
type wordIndex map[string][]int

func (ix wordIndex) add(sorted []string, group int) {
	for i, w := range sorted {
		if i == 0 || w != sorted[i-1] {
			ix[w] = append(ix[w], group)
		}
	}
}

// candidateList is the groups that may match a wording, in ascending order, each with
// an upper bound of its overlap with the wording: the words of the wording (counted with
// repeats) that it holds among those the index counts, plus common, the words of the
// wording too common to count, which any group may hold.
type candidateList struct {
	groups []candidate
	common int
}

type candidate struct{ group, bound int }

// candidates returns the groups that share a word with the sorted wording that is in at
// most commonAt groups. Near wordings and excerpts of five words or more share such a
// word unless they are made of common words only; for such a wording, the first rareCap
// groups holding its rarest word are the candidates (every wording it is an excerpt of
// holds that word), so a pile of them costs a bounded amount each rather than a pass
// over every group.
func (ix wordIndex) candidates(sorted []string) candidateList {
	bound := map[int]int{}
	var out candidateList
	var order []int
	rare := false
	for i := 0; i < len(sorted); {
		w, n := sorted[i], 1
		for i+n < len(sorted) && sorted[i+n] == w {
			n++
		}
		i += n
		groups := ix[w]
		if len(groups) > commonAt {
			out.common += n
			continue
		}
		rare = true
		for _, g := range groups {
			if _, ok := bound[g]; !ok {
				order = append(order, g)
			}
			bound[g] += n
		}
	}
	if !rare {
		for _, g := range ix.rarest(sorted) {
			out.groups = append(out.groups, candidate{group: g})
		}
		out.common = len(sorted)
		return out
	}
	slices.Sort(order)
	out.groups = make([]candidate, len(order))
	for k, g := range order {
		out.groups[k] = candidate{g, bound[g]}
	}
	return out
}

// rareCap bounds the candidates of a wording made of common words only.
const rareCap = 4 * commonAt

// rarest returns the first rareCap groups of the sorted wording's least used word.
func (ix wordIndex) rarest(sorted []string) []int {
	var best []int
	for i, w := range sorted {
		if g := ix[w]; i == 0 || len(g) < len(best) {
			best = g
		}
	}
	return best[:min(len(best), rareCap)]
}
