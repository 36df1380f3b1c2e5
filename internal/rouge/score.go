package rouge

import (
	"slices"
	"strconv"
)

// gramKey packs up to four term ids (zero-padded) into two words.
type gramKey struct{ hi, lo uint64 }

func packKey(k [4]uint32) gramKey {
	return gramKey{uint64(k[0])<<32 | uint64(k[1]), uint64(k[2])<<32 | uint64(k[3])}
}

func cmpKey(a, b gramKey) int {
	switch {
	case a.hi < b.hi:
		return -1
	case a.hi > b.hi:
		return 1
	case a.lo < b.lo:
		return -1
	case a.lo > b.lo:
		return 1
	}
	return 0
}

// gram is one distinct n-gram of a summary and how often it occurs.
type gram struct {
	key gramKey
	n   int32
}

// term is the id of a unigram's term.
func (g gram) term() uint32 { return uint32(g.key.hi >> 32) }

// grams is a summary's n-gram multiset, sorted by id, and its total count.
type grams struct {
	list  []gram
	total int
}

// doc is a summary analysed once for every metric: ROUGE reads each file twice, as one
// text for the n-gram metrics and as sentences for ROUGE-L/W; both are kept.
type doc struct {
	tokens []uint32   // the whole text, for n-grams and unigram clipping
	sents  [][]uint32 // the sentences, for ROUGE-L and ROUGE-W
	ngrams []grams    // ngrams[n-1]
	skip   grams      // skip-bigrams (ROUGE-S)
	skipU  grams      // skip-bigrams with unigrams (ROUGE-SU)
	uni    []gram     // unigram counts, for clipping ROUGE-L/W hits
	maxID  uint32
}

func newDoc(a *analyzer, text string, sents []string, opt Options) *doc {
	d := &doc{tokens: a.termIDs(text)}
	for _, s := range sents {
		d.sents = append(d.sents, a.termIDs(s))
	}
	maxN := max(opt.N, 1)
	d.ngrams = make([]grams, maxN)
	for n := 1; n <= maxN; n++ {
		d.ngrams[n-1] = makeGrams(nGramKeys(d.tokens, n))
	}
	if opt.SkipBigram {
		if !opt.SkipUnigrams || opt.SkipBoth {
			d.skip = makeGrams(skipKeys(d.tokens, opt.SkipGap, false))
		}
		if opt.SkipUnigrams || opt.SkipBoth {
			d.skipU = makeGrams(skipKeys(d.tokens, opt.SkipGap, true))
		}
	}
	d.uni = d.ngrams[0].list
	for _, s := range d.sents {
		for _, t := range s {
			d.maxID = max(d.maxID, t)
		}
	}
	for _, t := range d.tokens {
		d.maxID = max(d.maxID, t)
	}
	return d
}

func nGramKeys(toks []uint32, n int) [][4]uint32 {
	keys := make([][4]uint32, 0, max(len(toks)-n+1, 0))
	for i := 0; i+n <= len(toks); i++ {
		var k [4]uint32
		if n <= 4 {
			copy(k[:], toks[i:i+n])
		} else {
			k = longKey(toks[i : i+n])
		}
		keys = append(keys, k)
	}
	return keys
}

// longKey folds an n-gram longer than four into a key; the fourth slot holds a hash of
// the tail, marked by the top bit so it never equals a plain term id.
func longKey(ts []uint32) [4]uint32 {
	h := uint32(2166136261)
	for _, t := range ts[3:] {
		h = (h ^ t) * 16777619
	}
	return [4]uint32{ts[0], ts[1], ts[2], h | 1<<31}
}

// skipKeys lists ROUGE-1.5.5's skip-bigrams: every ordered pair at most gap+1 apart
// (any distance when gap < 0); with unigrams, every token but the last is added too.
func skipKeys(toks []uint32, gap int, unigrams bool) [][4]uint32 {
	per := len(toks)
	if gap >= 0 {
		per = min(per, gap+2)
	}
	keys := make([][4]uint32, 0, len(toks)*per)
	for i := 0; i < len(toks)-1; i++ {
		if unigrams {
			keys = append(keys, [4]uint32{toks[i]})
		}
		for j := i + 1; j < len(toks) && (gap < 0 || j <= i+gap+1); j++ {
			keys = append(keys, [4]uint32{toks[i], toks[j]})
		}
	}
	return keys
}

func makeGrams(raw [][4]uint32) grams {
	keys := make([]gramKey, len(raw))
	for i, k := range raw {
		keys[i] = packKey(k)
	}
	slices.SortFunc(keys, cmpKey)
	var g grams
	g.total = len(keys)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		g.list = append(g.list, gram{keys[i], int32(j - i)})
		i = j
	}
	return g
}

// overlap is the clipped count of n-grams two multisets share.
func overlap(model, peer grams) int {
	hit := 0
	i, j := 0, 0
	for i < len(model.list) && j < len(peer.list) {
		m, p := &model.list[i], &peer.list[j]
		switch {
		case m.key.hi < p.key.hi || (m.key.hi == p.key.hi && m.key.lo < p.key.lo):
			i++
		case m.key != p.key:
			j++
		default:
			hit += int(min(m.n, p.n))
			i++
			j++
		}
	}
	return hit
}

// round5 is sprintf("%7.5f") read back as a number, as ROUGE stores every score.
func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}
