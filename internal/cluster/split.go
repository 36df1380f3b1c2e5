package cluster

import (
	"math"

	"github.com/storyline-news/storyline/internal/news"
)

// splitStories tries to split each of the given open stories in two (see split), and
// the parts again, and returns the number of splits.
func (c *Clusterer) splitStories(stories []*story) int {
	n := 0
	for _, s := range stories {
		n += c.split(s)
	}
	return n
}

// split splits s in two when its articles fall into two groups that are each much
// closer to their own centre than to the other's, and then tries each part again. It
// returns the number of splits. The part with the story's first article keeps its id;
// the other part is a new story that records the split.
func (c *Clusterer) split(s *story) int {
	if c.opt.SplitMin < 0 || !s.open || len(s.members) < 2*c.opt.SplitMin {
		return 0
	}
	moved, kept, sep := c.bisect(s)
	if min(len(moved), kept) < c.opt.SplitMin || sep < c.opt.SplitSeparation {
		return 0
	}
	ns := c.splitOff(s, moved, news.SplitNote{Story: s.id, Separation: sep})
	c.requeue(ns)
	return 1 + c.split(s) + c.split(ns)
}

// bisect divides the members of s that keep their vectors into two groups by
// spherical 2-means. It returns the ids of the group without the earliest of them,
// the size of the other group, and the groups' separation: the mean, over the
// members, of the cosine to their own group's centre (without themselves) less the
// cosine to the other's.
func (c *Clusterer) bisect(s *story) (moved map[string]bool, kept int, sep float64) {
	var vecs [][]feature
	var ids []string
	for _, m := range s.members {
		if len(m.vec) > 0 {
			vecs = append(vecs, unitOf(m.vec))
			ids = append(ids, m.id)
		}
	}
	if len(vecs) < 2*c.opt.SplitMin {
		return nil, 0, 0
	}
	all := newCentroid(vecs, nil, -1)
	// Seeds: the member least like the whole, then the member least like that one.
	a := argMin(len(vecs), func(i int) float64 { return all.cosine(vecs[i]) })
	seed := newCentroid(vecs[a:a+1], nil, -1)
	b := argMin(len(vecs), func(i int) float64 { return seed.cosine(vecs[i]) })
	side := make([]int, len(vecs))
	side[b] = 1
	ca, cb := seed, newCentroid(vecs[b:b+1], nil, -1)
	for range 10 {
		changed := false
		for i, v := range vecs {
			k := 0
			if cb.cosine(v) > ca.cosine(v) {
				k = 1
			}
			if k != side[i] {
				side[i], changed = k, true
			}
		}
		ca, cb = newCentroid(vecs, side, 0), newCentroid(vecs, side, 1)
		if !changed || ca.norm2 == 0 || cb.norm2 == 0 {
			break
		}
	}
	if ca.norm2 == 0 || cb.norm2 == 0 {
		return nil, 0, 0
	}
	moved = map[string]bool{}
	for i, v := range vecs {
		own, other := ca, cb
		if side[i] == 1 {
			own, other = cb, ca
		}
		sep += own.cosineLess(v, v) - other.cosine(v)
		if side[i] != side[0] {
			moved[ids[i]] = true
		}
	}
	return moved, len(vecs) - len(moved), sep / float64(len(vecs))
}

// newCentroid sums the vectors whose side is want (all of them when side is nil).
func newCentroid(vecs [][]feature, side []int, want int) centroid {
	ce := emptyCentroid()
	for i, v := range vecs {
		if side == nil || side[i] == want {
			ce.add(v, 1, math.MaxInt/4)
		}
	}
	return ce
}

// unitOf returns vec scaled to unit length (vec itself when it has no length).
func unitOf(vec []feature) []feature {
	n := 0.0
	for _, f := range vec {
		n += f.w * f.w
	}
	if n == 0 {
		return vec
	}
	out := make([]feature, len(vec))
	for i, f := range vec {
		out[i] = feature{f.key, f.h, f.w / math.Sqrt(n)}
	}
	return out
}

// argMin returns the i in [0, n) with the least f(i), the first on ties.
func argMin(n int, f func(int) float64) int {
	best, bv := 0, math.Inf(1)
	for i := range n {
		if v := f(i); v < bv {
			best, bv = i, v
		}
	}
	return best
}
