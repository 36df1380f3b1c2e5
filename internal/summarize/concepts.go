package summarize

import (
	"math"

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

// buildConcepts turns each sentence's terms and adjacent term pairs into concepts weighted
// by the number of articles that contain them. It assumes, as the text stage makes them,
// that sentences come grouped by article. Terms are interned to integers so that a pair is
// one map key without building a string.
func buildConcepts(articles []news.Article, sents []news.Sentence, opt Options) *concepts {
	cs := &concepts{sent: make([][]int32, len(sents)), termWeight: map[string]float64{}}
	terms := map[string]int32{}
	var names []string
	ids := map[uint64]int32{}
	var keys []uint64
	var df, lead []float64
	var lastArt, lastLead []int
	for i, s := range sents {
		prev := int32(-1)
		for _, t := range s.Terms {
			id, ok := terms[t]
			if !ok {
				id = int32(len(names))
				terms[t] = id
				names = append(names, t)
			}
			for _, key := range [2]uint64{unigramKey(id), pairKey(prev, id)} {
				if key == noKey {
					continue
				}
				c, ok := ids[key]
				if !ok {
					c = int32(len(df))
					ids[key] = c
					keys = append(keys, key)
					df, lead = append(df, 0), append(lead, 0)
					lastArt, lastLead = append(lastArt, -1), append(lastLead, -1)
				}
				if !contains(cs.sent[i], c) {
					cs.sent[i] = append(cs.sent[i], c)
				}
				if lastArt[c] != s.Article {
					df[c]++
					lastArt[c] = s.Article
				}
				if s.Index < opt.LeadSentences && lastLead[c] != s.Article {
					lead[c]++
					lastLead[c] = s.Article
				}
			}
			prev = id
		}
	}
	focusSet := focusTerms(opt)
	focus := map[int32]bool{}
	for t := range focusSet {
		if id, ok := terms[t]; ok {
			focus[id] = true
		}
	}
	cs.relevance = relevance(sents, focusSet, opt.RelevanceWeight, opt.FocusTerms)
	minDF := minArticles(len(articles))
	if opt.MinArticles > 0 {
		minDF = float64(opt.MinArticles)
	}
	cs.weight = make([]float64, len(df))
	for c, key := range keys {
		a, b := int32(key>>32), int32(key&0xffffffff)
		if b == unigram {
			cs.termWeight[names[a]] = df[c]
		}
		if df[c] < minDF {
			continue
		}
		w := math.Pow(df[c], opt.DFExponent) + opt.LeadWeight*lead[c]
		if b == unigram {
			w *= opt.UnigramWeight
		}
		if focus[a] || (b != unigram && focus[b]) {
			w *= 1 + opt.FocusWeight
		}
		cs.weight[c] = w
	}
	return cs
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

func contains(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
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
