// Package sentsim decides which sentences of a story say the same thing, for the stages
// that group them (compare's facts, timeline's events). Two sentences match when the
// shorter shares at least half its distinct terms (and three) with the other, carrying at
// least half its idf-weighted weight: the support test of the brief's citations
// (internal/summarize). Pairs are found through an inverted index of terms, with the work
// per sentence bounded, so the cost grows with the story, not with its square. It imports
// only internal/news.
package sentsim

import (
	"math"
	"sort"

	"github.com/storyline-news/storyline/internal/news"
)

// MinShare is the idf-weighted share of the shorter sentence's terms that the other
// sentence must contain for the two to say the same thing, as summarize's support test.
const MinShare = 0.5

// Sets holds the distinct terms of some sentences and their inverse sentence
// frequency over the whole story.
type Sets struct {
	sets   [][]string  // distinct terms, rarest first
	sorted [][]string  // the same, in byte order, for merging
	weight [][]float64 // the idf of each term of sorted
	idf    map[string]float64
}

// New keeps the distinct terms of the chosen sentences, weighted by their
// inverse frequency over all of the story's sentences.
func New(sents []news.Sentence, chosen []int) *Sets {
	df := map[string]int{}
	seen := map[string]bool{}
	for _, s := range sents {
		clear(seen)
		for _, t := range s.Terms {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	ts := &Sets{sets: make([][]string, len(chosen)), sorted: make([][]string, len(chosen)), weight: make([][]float64, len(chosen)), idf: make(map[string]float64, len(df))}
	n := float64(len(sents))
	for t, d := range df {
		ts.idf[t] = math.Log(1 + n/float64(d))
	}
	for k, i := range chosen {
		set := Distinct(sents[i].Terms)
		sort.Slice(set, func(a, b int) bool {
			if df[set[a]] != df[set[b]] {
				return df[set[a]] < df[set[b]]
			}
			return set[a] < set[b]
		})
		ts.sets[k] = set
		ts.sorted[k] = append([]string(nil), set...)
		sort.Strings(ts.sorted[k])
		for _, t := range ts.sorted[k] {
			ts.weight[k] = append(ts.weight[k], ts.idf[t])
		}
	}
	return ts
}

// Bounds caps the work of Pairs per sentence: a term in more than MaxPosting sentences
// proposes no pairs, and each sentence compares in full at most MaxCandidates others
// (those sharing the most terms with it); 0 means no cap.
type Bounds struct {
	MaxPosting, MaxCandidates int
}

// MinShared is how many terms two sentences must share, from the shorter's length: half
// of them and at least three, so a few common words are not the same fact.
func MinShared(short int) int { return max(3, (short+1)/2) }

// Similar reports whether sets a and b report the same thing: the shorter shares at
// least MinShared of its terms with the other, carrying at least MinShare of its weight.
// It also returns the shared weight over the larger set's weight, which is near 1 only
// when the two sentences say nearly the same thing in nearly the same words.
func (ts *Sets) Similar(a, b int) (bool, float64) {
	short, total := len(ts.sets[a]), 0.0
	shared, weight, wa, wb := ts.overlap(a, b)
	switch {
	case len(ts.sets[a]) < len(ts.sets[b]):
		total = wa
	case len(ts.sets[b]) < len(ts.sets[a]):
		short, total = len(ts.sets[b]), wb
	default:
		total = max(wa, wb)
	}
	if short == 0 || shared < MinShared(short) || total == 0 || weight/total < MinShare {
		return false, 0
	}
	return true, weight / max(wa, wb)
}

// overlap merges the byte-ordered terms of sets a and b: the number of terms they share
// and those terms' weight, with each set's own weight.
func (ts *Sets) overlap(a, b int) (shared int, weight, wa, wb float64) {
	x, y := ts.sorted[a], ts.sorted[b]
	xw, yw := ts.weight[a], ts.weight[b]
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch {
		case x[i] < y[j]:
			wa += xw[i]
			i++
		case x[i] > y[j]:
			wb += yw[j]
			j++
		default:
			shared, weight, wa, wb = shared+1, weight+xw[i], wa+xw[i], wb+yw[j]
			i, j = i+1, j+1
		}
	}
	for ; i < len(x); i++ {
		wa += xw[i]
	}
	for ; j < len(y); j++ {
		wb += yw[j]
	}
	return shared, weight, wa, wb
}

// Pairs calls fn for every pair (a < b) of sets that pass keep and are similar, with
// their symmetric similarity.
// Each set, as the shorter of a pair, counts the terms it shares with every longer set
// through an inverted index, and only sets that may share MinShared terms are compared
// in full; so the work grows with the pile and the length of its postings, not with the
// square of the pile. A term in more than Bounds.MaxPosting sentences is not counted (in a very
// large pile, sentences that share only such common words are not the same), and the
// count assumes it shared, so no pair is lost to it that its other terms would allow.
func (ts *Sets) Pairs(bounds Bounds, keep func(a, b int) bool, fn func(a, b int, sym float64)) {
	all := make([]int, len(ts.sets))
	for k := range all {
		all[k] = k
	}
	ts.PairsIn(all, bounds, keep, fn)
}

// PairsIn is Pairs among the sets of one block (indexes into the sets, ascending,
// without repeats): a caller that knows which sets can pair at all (the same date, say) runs
// it once per block, so postings and the work hold only what may pair. Bounds apply
// within the block.
func (ts *Sets) PairsIn(block []int, bounds Bounds, keep func(a, b int) bool, fn func(a, b int, sym float64)) {
	post := map[string][]int32{}
	for k, set := range block {
		for _, t := range ts.sets[set] {
			post[t] = append(post[t], int32(k))
		}
	}
	count := make([]int32, len(block))
	var touched []int32
	for _, a := range block {
		set := ts.sets[a]
		common := 0
		for _, t := range set {
			if bounds.MaxPosting > 0 && len(post[t]) > bounds.MaxPosting {
				common++
				continue
			}
			for _, kb := range post[t] {
				b := block[kb]
				if n := len(ts.sets[b]); b == a || n < len(set) || (n == len(set) && b < a) {
					continue
				}
				if count[kb] == 0 {
					touched = append(touched, kb)
				}
				count[kb]++
			}
		}
		need := MinShared(len(set)) - common
		if bounds.MaxCandidates > 0 {
			touched = mostShared(touched, count, bounds.MaxCandidates, need)
		}
		for _, kb := range touched {
			b, n := block[kb], int(count[kb])
			count[kb] = 0
			if n < need || !keep(min(a, b), max(a, b)) {
				continue
			}
			if ok, sym := ts.Similar(a, b); ok {
				fn(min(a, b), max(a, b), sym)
			}
		}
		touched = touched[:0]
	}
}

// mostShared keeps, of the touched sets, at most k of those sharing at least need terms,
// the ones sharing the most first (ties by index); the counts of those dropped are reset.
func mostShared(touched []int32, count []int32, k, need int) []int32 {
	if len(touched) <= k {
		return touched
	}
	kept := touched[:0]
	for _, b := range touched {
		if int(count[b]) >= need {
			kept = append(kept, b)
		} else {
			count[b] = 0
		}
	}
	touched = kept
	if len(touched) <= k {
		return touched
	}
	sort.Slice(touched, func(i, j int) bool {
		ci, cj := count[touched[i]], count[touched[j]]
		if ci != cj {
			return ci > cj
		}
		return touched[i] < touched[j]
	})
	for _, b := range touched[k:] {
		count[b] = 0
	}
	return touched[:k]
}

// Distinct returns the terms without repeats, in first-seen order.
func Distinct(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := make([]string, 0, len(terms))
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// UnionFind groups items joined by pairs.
type UnionFind []int

// NewUnionFind returns n items, each in a group of its own.
func NewUnionFind(n int) UnionFind {
	u := make(UnionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// Find returns the representative of i's group.
func (u UnionFind) Find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

// Union joins the groups of a and b.
func (u UnionFind) Union(a, b int) {
	ra, rb := u.Find(a), u.Find(b)
	if ra < rb {
		u[rb] = ra
	} else if rb < ra {
		u[ra] = rb
	}
}
