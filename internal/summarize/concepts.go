package summarize

import (
	"math"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/internal/news"
)

// concepts holds the weighted units of information a brief tries to cover.
type concepts struct {
	weight []float64 // by concept id; 0 for concepts too rare to count
	sent   [][]int32 // the distinct concept ids of each sentence
	// relevance multiplies each sentence's gain: 1 without a focus, up to 1+FocusWeight
	// for a sentence that carries the focus's terms.
	relevance []float64
	// termWeight is the article frequency of each single term, for naming the story.
	termWeight map[string]float64
}

// buildConcepts turns each sentence's content terms, and the pairs of words near each
// other in it (see Options.PairSpan), into concepts weighted by the number of articles that contain
// them. It assumes, as the text stage makes them, that sentences come grouped by article.
// Words are interned to integers so that a pair is one map key without building a string,
// and each distinct word goes through opt.Terms once. A pair is only counted when both
// its words occur in enough articles for the pair to (see minDF): most pairs do not, and
// not building them keeps the concept table, and the memory it touches, small.
func buildConcepts(articles []news.Article, sents []news.Sentence, opt Options) *concepts {
	cs := &concepts{sent: make([][]int32, len(sents)), termWeight: map[string]float64{}}
	cb := conceptBuilder{terms: opt.Terms, memo: make(map[string][]word, 1024),
		words: make(map[string]int32, 1024), lead: opt.LeadSentences}
	var toks []word
	bounds := make([]int, len(sents)+1)
	for i, s := range sents {
		toks = cb.split(toks, s.Text)
		bounds[i+1] = len(toks)
	}
	minDF := minDF(len(articles), opt)
	cb.countWords(sents, toks, bounds, minDF)
	cb.reserve(toks, max(opt.PairSpan, 1))
	for i, s := range sents {
		from := len(cb.carried)
		cb.sentence(i, s, toks[bounds[i]:bounds[i+1]], max(opt.PairSpan, 1))
		cs.sent[i] = cb.carried[from:len(cb.carried):len(cb.carried)]
	}
	focus := focusTerms(opt)
	cs.weight = weigh(cs, &cb, minDF, focus, opt)
	cs.relevance = sentenceRelevance(sents, focus, opt)
	return cs
}

// spreadRounds is how many rounds manifold ranking iterates; the scores' order settles
// well within them for spreads up to 0.95.
const spreadRounds = 30

// sentenceRelevance scores each sentence's relevance to the focus: by manifold ranking
// when Spread is set, else by the share of the focus terms it carries.
func sentenceRelevance(sents []news.Sentence, focus map[string]bool, opt Options) []float64 {
	if opt.Spread > 0 && len(focus) > 0 {
		if ranks := manifoldRanks(sents, opt.Terms(opt.Focus), opt.Spread, spreadRounds); ranks != nil {
			rel := make([]float64, len(sents))
			for i, r := range ranks {
				rel[i] = 1 + opt.RelevanceWeight*r
			}
			return rel
		}
	}
	return relevance(sents, focus, opt.RelevanceWeight, opt.FocusTerms)
}

// weigh gives each concept its weight: the number of articles it occurs in (to the power
// DFExponent), raised for focus terms; 0 below the minimum number of articles.
func weigh(cs *concepts, cb *conceptBuilder, minDF float64, focusSet map[string]bool, opt Options) []float64 {
	terms, names, keys := cb.words, cb.names, cb.keys
	focus := map[int32]bool{}
	for t := range focusSet {
		if id, ok := terms[contentPrefix+t]; ok {
			focus[id] = true
		}
	}
	weight := make([]float64, len(keys))
	for c, key := range keys {
		df, lead := float64(cb.stats[c].df), float64(cb.stats[c].leadDF)
		a, b := int32(key>>32), int32(key&0xffffffff)
		if b == unigram {
			cs.termWeight[names[a][1:]] = df
		}
		if df < minDF {
			continue
		}
		w := math.Pow(df, opt.DFExponent) + opt.LeadWeight*lead
		if b == unigram {
			w *= opt.UnigramWeight
		}
		if focus[a] || (b != unigram && focus[b]) {
			w *= 1 + opt.FocusWeight
		}
		weight[c] = w
	}
	return weight
}

// Concept keys: a term id in the high 32 bits, and the next term's id, or unigramMark for
// a single term, in the low 32.
const (
	unigram     = int32(-1)
	unigramMark = uint64(0xffffffff)
	noKey       = ^uint64(0)
)

func unigramKey(id int32) uint64 { return uint64(uint32(id))<<32 | unigramMark }

func pairKey(a, b int32) uint64 {
	if a < 0 {
		return noKey
	}
	return uint64(uint32(a))<<32 | uint64(uint32(b))
}

// minDF is how many articles must carry a concept for it to weigh anything:
// opt.MinArticles, or by the size of the pile.
func minDF(articles int, opt Options) float64 {
	if opt.MinArticles > 0 {
		return float64(opt.MinArticles)
	}
	return minArticles(articles)
}

// minArticles is how many articles must share a concept before it counts: in a pile of
// several articles a pair of words used by one article only is that article's detail,
// not the story's.
func minArticles(n int) float64 {
	switch {
	case n <= 1:
		return 1
	case n <= 10:
		return 2
	default:
		return 3
	}
}

func focusTerms(opt Options) map[string]bool {
	if opt.Focus == "" || opt.Terms == nil {
		return nil
	}
	set := map[string]bool{}
	for _, t := range opt.Terms(opt.Focus) {
		set[t] = true
	}
	return set
}

// relevance scores each sentence by the share of the focus terms it carries (all of them,
// or saturate, whichever is fewer, count as full relevance).
func relevance(sents []news.Sentence, focus map[string]bool, weight float64, saturate int) []float64 {
	rel := make([]float64, len(sents))
	full := float64(min(len(focus), max(saturate, 1)))
	for i, s := range sents {
		rel[i] = 1
		if len(focus) == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, t := range s.Terms {
			if focus[t] {
				seen[t] = true
			}
		}
		rel[i] += weight * min(1, float64(len(seen))/full)
	}
	return rel
}

// word is one word of a sentence: the id of its content term, or of its lower-cased
// surface form when it is a stop word.
type word struct {
	id   int32
	stop bool
}

// Interned word keys: content terms and stop words live in one table, told apart by a
// prefix so that a term never meets a stop word spelt the same.
const (
	contentPrefix = "t"
	stopPrefix    = "s"
)

// split appends the words of text to dst, split at every character that is neither a
// letter nor a digit, as ROUGE splits them ("U.S." is two words, "don't" too). A word for
// which Terms gives no term is a stop word; otherwise each of its terms is a content word.
func (b *conceptBuilder) split(dst []word, text string) []word {
	start := -1
	for i, r := range text {
		switch {
		case !notAlnum(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			dst = b.appendWord(dst, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		dst = b.appendWord(dst, text[start:])
	}
	return dst
}

// appendWord appends the interned words of one alphanumeric run f.
func (b *conceptBuilder) appendWord(dst []word, f string) []word {
	ws, ok := b.memo[f]
	if !ok {
		ws = b.wordsOf(f)
		b.memo[f] = ws
	}
	return append(dst, ws...)
}

func (b *conceptBuilder) wordsOf(f string) []word {
	var ts []string
	if b.terms != nil {
		ts = b.terms(f)
	}
	if len(ts) == 0 {
		return []word{{b.intern(stopPrefix + strings.ToLower(f)), true}}
	}
	ws := make([]word, len(ts))
	for k, t := range ts {
		ws[k] = word{b.intern(contentPrefix + t), false}
	}
	return ws
}

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// conceptBuilder interns words and concepts and counts the articles (and the articles'
// leads) each concept occurs in.
type conceptBuilder struct {
	terms func(string) []string
	memo  map[string][]word // a word as it appears -> its interned words
	words map[string]int32
	names []string
	ids   map[uint64]int32
	keys  []uint64
	stats []conceptStat // by concept id
	// carried holds every sentence's concept ids one after another; each sentence's
	// list is a slice of it.
	carried []int32
	lead    int
	// rare marks, by word id, the words in too few articles for a pair with them to
	// count; nil counts every pair.
	rare []bool
}

// reserve sizes the concept table for the concepts toks can make at most, so that it is
// not grown and copied while it fills: each word that is not rare makes itself and up
// to span pairs, of which a third or so are new.
func (b *conceptBuilder) reserve(toks []word, span int) {
	n := 0
	for _, w := range toks {
		if !b.rare[w.id] {
			n += 1 + span
		}
	}
	n /= 3
	b.ids = make(map[uint64]int32, n)
	b.keys = make([]uint64, 0, n)
	b.stats = make([]conceptStat, 0, n)
	b.carried = make([]int32, 0, n+n/2)
}

// countWords marks the words that occur in fewer than minDF articles, given every
// sentence's words (toks[bounds[i]:bounds[i+1]] for sentence i).
func (b *conceptBuilder) countWords(sents []news.Sentence, toks []word, bounds []int, minDF float64) {
	df := make([]int32, len(b.names))
	last := make([]int32, len(b.names)) // the last article that counted it, plus 1
	for i, s := range sents {
		art := int32(s.Article + 1)
		for _, w := range toks[bounds[i]:bounds[i+1]] {
			if last[w.id] != art {
				last[w.id] = art
				df[w.id]++
			}
		}
	}
	b.rare = make([]bool, len(b.names))
	for id, n := range df {
		b.rare[id] = float64(n) < minDF
	}
}

// conceptStat counts the articles, and the articles' leads, that carry one concept.
// The last* fields are the last article or sentence that counted it, plus 1, so that the
// zero value is a fresh concept.
type conceptStat struct {
	df, leadDF                  int32
	lastArt, lastLead, lastSent int32
}

func (b *conceptBuilder) intern(w string) int32 {
	id, ok := b.words[w]
	if !ok {
		id = int32(len(b.names))
		b.words[w] = id
		b.names = append(b.names, w)
	}
	return id
}

// sentence records the concepts of sentence i, s, whose words are toks: its content terms
// and every pair of words at most span apart, unless both are stop words. With span 5 these
// are the word pairs ROUGE-SU4 counts (Lin 2004). Pairs with one stop word are concepts
// too ("the senate", "voted to"): they carry how the articles phrase a fact, and a brief
// that keeps that phrasing is closer to what people write about it; pairs of two stop
// words ("of the") say nothing about the story.
func (b *conceptBuilder) sentence(i int, s news.Sentence, toks []word, span int) {
	sent, art := int32(i+1), int32(s.Article+1)
	lead := s.Index < b.lead
	for k, t := range toks {
		if !t.stop {
			b.add(unigramKey(t.id), sent, art, lead)
		}
		if b.rare != nil && b.rare[t.id] {
			continue // no pair with t can reach the minimum
		}
		for d := 1; d <= span && d <= k; d++ {
			if p := toks[k-d]; (!p.stop || !t.stop) && (b.rare == nil || !b.rare[p.id]) {
				b.add(pairKey(p.id, t.id), sent, art, lead)
			}
		}
	}
}

// add records that sentence sent of article art (both counted from 1) carries concept
// key; lead says whether the sentence is among its article's first.
func (b *conceptBuilder) add(key uint64, sent, art int32, lead bool) {
	c, ok := b.ids[key]
	if !ok {
		c = int32(len(b.stats))
		b.ids[key] = c
		b.keys = append(b.keys, key)
		b.stats = append(b.stats, conceptStat{})
	}
	st := &b.stats[c]
	if st.lastSent != sent {
		st.lastSent = sent
		b.carried = append(b.carried, c)
	}
	if st.lastArt != art {
		st.df++
		st.lastArt = art
	}
	if lead && st.lastLead != art {
		st.leadDF++
		st.lastLead = art
	}
}
