package compare

import (
	"math"
	"sort"

	"github.com/storyline-news/storyline/internal/news"
)

// minShare is the idf-weighted share of the shorter sentence's terms that the other
// sentence must contain for the two to report the same fact, as summarize's support test.
const minShare = 0.5

// termSets holds the distinct terms of some sentences and their inverse sentence
// frequency over the whole story.
type termSets struct {
	sets [][]string // distinct terms, rarest first
	idf  map[string]float64
}

// newTermSets keeps the distinct terms of the chosen sentences, weighted by their
// inverse frequency over all of the story's sentences.
func newTermSets(sents []news.Sentence, chosen []int) termSets {
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
	ts := termSets{sets: make([][]string, len(chosen)), idf: make(map[string]float64, len(df))}
	n := float64(len(sents))
	for t, d := range df {
		ts.idf[t] = math.Log(1 + n/float64(d))
	}
	for k, i := range chosen {
		set := distinct(sents[i].Terms)
		sort.Slice(set, func(a, b int) bool {
			if df[set[a]] != df[set[b]] {
				return df[set[a]] < df[set[b]]
			}
			return set[a] < set[b]
		})
		ts.sets[k] = set
	}
	return ts
}

// minShared is how many terms two sentences must share, from the shorter's length: half
// of them and at least three, so a few common words are not the same fact.
func minShared(short int) int { return max(3, (short+1)/2) }

// similar reports whether sets a and b report the same thing: the shorter shares at
// least minShared of its terms with the other, carrying at least minShare of its weight.
// It also returns the shared weight over the larger set's weight, which is near 1 only
// when the two sentences say nearly the same thing in nearly the same words.
func (ts termSets) similar(a, b int) (bool, float64) {
	x, y := ts.sets[a], ts.sets[b]
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) == 0 {
		return false, 0
	}
	in := make(map[string]bool, len(y))
	totalY := 0.0
	for _, t := range y {
		in[t] = true
		totalY += ts.idf[t]
	}
	shared, total, weight := 0, 0.0, 0.0
	for _, t := range x {
		total += ts.idf[t]
		if in[t] {
			shared++
			weight += ts.idf[t]
		}
	}
	if shared < minShared(len(x)) || total == 0 || weight/total < minShare {
		return false, 0
	}
	return true, weight / max(total, totalY)
}

// pairs calls fn for every pair (a < b) of sets that pass keep and are similar, with
// their symmetric similarity. It
// probes an inverted index with the rarest terms of each set only (prefix filtering:
// a pair sharing m of the shorter set's n terms shares one of its n-m+1 rarest), so
// the work grows with the pile, not with its square.
func (ts termSets) pairs(keep func(a, b int) bool, fn func(a, b int, sym float64)) {
	post := map[string][]int{}
	for k, set := range ts.sets {
		for _, t := range set {
			post[t] = append(post[t], k)
		}
	}
	tried := map[int]bool{}
	for a, set := range ts.sets {
		clear(tried)
		prefix := len(set) - minShared(len(set)) + 1
		for _, t := range set[:max(0, min(prefix, len(set)))] {
			for _, b := range post[t] {
				if b == a || tried[b] || len(ts.sets[b]) < len(set) || (len(ts.sets[b]) == len(set) && b < a) {
					continue
				}
				tried[b] = true
				if !keep(min(a, b), max(a, b)) {
					continue
				}
				if ok, sym := ts.similar(a, b); ok {
					fn(min(a, b), max(a, b), sym)
				}
			}
		}
	}
}

func distinct(terms []string) []string {
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

// unionFind groups items joined by pairs.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra < rb {
		u[rb] = ra
	} else if rb < ra {
		u[ra] = rb
	}
}
