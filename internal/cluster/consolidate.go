package cluster

import (
	"container/heap"
	"math"

	"github.com/storyline-news/storyline/internal/news"
)

// pair is a proposed merge of two open stories and their centroid similarity; gens
// are the stories' versions when it was scored, so a pair made stale by a later
// merge is recognised.
type pair struct {
	a, b       *story
	sim        float64
	sep        float64 // the separation that decided the merge, NaN if the cosine did
	agen, bgen int
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].sim != h[j].sim {
		return h[i].sim > h[j].sim
	}
	return h[i].a.members[0].seq < h[j].a.members[0].seq
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Consolidate merges open stories whose centroids agree, best pair first, until no
// pair reaches its bar (LateThreshold when one story is a lone article, MergeThreshold
// otherwise), and returns the number of merges. Each merge keeps the id of the story
// that started first and is recorded on it. Stories about to close and Flush are
// consolidated anyway; a caller may also consolidate the open stories at any time.
// Each story is compared only with the Shortlist open stories that share most of its
// heaviest features, so the cost follows the number of open stories, not the stream.
func (c *Clusterer) Consolidate() int {
	var all []*story
	for e := c.open.Front(); e != nil; e = e.Next() {
		all = append(all, e.Value.(*story))
	}
	return c.consolidate(all)
}

// consolidate merges each of the given stories, best pair first, with the open story
// it agrees with most, and the survivors again, until no pair reaches its bar.
func (c *Clusterer) consolidate(stories []*story) int {
	if c.opt.LateThreshold >= 1 && c.opt.FoldMax < 2 && c.opt.MergeThreshold >= 1 && c.opt.MergeSeparation <= 0 {
		return 0
	}
	h := &pairHeap{}
	for _, s := range stories {
		c.pushBest(h, s)
	}
	merged := 0
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		switch {
		case !p.a.open:
			continue
		case !p.b.open || p.a.gen != p.agen || p.b.gen != p.bgen:
			c.pushBest(h, p.a)
			continue
		}
		merged++
		why := news.MergeNote{Score: p.sim}
		if !math.IsNaN(p.sep) {
			why.Separation, why.BySeparation = p.sep, true
		}
		c.pushBest(h, c.merge(p.a, p.b, why))
	}
	return merged
}

// pushBest pushes s's best merge partner, if any reaches the bar.
func (c *Clusterer) pushBest(h *pairHeap, s *story) {
	if !s.open {
		return
	}
	short := c.shortlist(s.cent.top(c.opt.Probe), s)
	best, bestSim, bestSep := (*story)(nil), 0.0, math.NaN()
	for _, cd := range short {
		sim := c.storySim(s, cd.s)
		if sim <= bestSim {
			continue
		}
		if ok, sep := c.mayMerge(s, cd.s, sim); ok {
			best, bestSim, bestSep = cd.s, sim, sep
		}
	}
	if best != nil {
		heap.Push(h, pair{a: s, b: best, sim: bestSim, sep: bestSep, agen: s.gen, bgen: best.gen})
	}
}

// mayMerge reports whether consolidation may merge stories s and o whose centroid
// cosine is sim: a lone article when sim reaches LateThreshold; stories of several
// articles when sim reaches the merge bar (if MergeThreshold is below 1), when their
// articles are hardly closer to their own story's centre than to the other's and yet
// close to the other's (see separation), or, the smaller having at most FoldMax
// articles, when sim reaches the larger's join bar, as an article joining it would.
// sep is the separation when it decided, NaN otherwise.
func (c *Clusterer) mayMerge(s, o *story, sim float64) (ok bool, sep float64) {
	n, m := len(s.members), len(o.members)
	switch {
	case min(n, m) == 1:
		return sim >= c.opt.LateThreshold, math.NaN()
	case c.opt.MergeThreshold < 1 && sim >= c.mergeBar(min(n, m)):
		return true, math.NaN()
	}
	if sim > 0 && c.opt.MergeSeparation > 0 {
		if sep, reach := separation(&s.cent, &o.cent, n, m); sep < c.opt.MergeSeparation && reach >= c.opt.MergeReach {
			return true, sep
		}
	}
	return min(n, m) <= c.opt.FoldMax && sim >= c.bar(max(n, m)), math.NaN()
}

// separation estimates, from two stories' centroids of n and m articles, the mean
// over their articles of the cosine to their own story's centre without themselves
// less the cosine to the other story's centre, the measure split uses, and reach, the
// ratio of the second sum to the first. It takes every article of a story as equally
// close to its centre, and the unpruned lengths of the centres from what the
// centroids keep for it. Two loose stories have a small separation whether or not
// they are one; reach tells them apart.
func separation(a, b *centroid, n, m int) (sep, reach float64) {
	if a.norm2 <= 0 || b.norm2 <= 0 || n < 2 || m < 2 {
		return math.Inf(1), 0
	}
	// Over a's articles v, the sum of cos(v, B) is a.B/|B| = cos(a, b)*|A|.
	cross := a.similarity(b) * (math.Sqrt(a.norm2) + math.Sqrt(b.norm2))
	own := float64(n)*a.cohesion(n) + float64(m)*b.cohesion(m)
	if own <= 0 {
		return math.Inf(1), 0
	}
	return (own - cross) / float64(n+m), cross / own
}

// cohesion estimates, for a centroid of n articles, the mean over its articles of the
// cosine to the centroid without themselves. Over the articles v, the sum of
// cos(v, C-v) is sum(v.C - v.v)/|C-v|, with sum(v.C) = |C|^2 and |C-v|^2 = |C|^2 - 2 v.C
// + v.v taken at its mean; |C| is the unpruned length the centroid tracks.
func (ce *centroid) cohesion(n int) float64 {
	if n < 2 {
		return 0
	}
	k := float64(n)
	full := ce.sq + 2*ce.cross
	return (full - ce.sq) / math.Sqrt(max(full*(1-2/k)+ce.sq/k, 1e-9)) / k
}

// merge moves the articles of whichever of a and b started later into the other,
// records the merge on the survivor with why's reason (its Score, Edit, BySeparation
// and Separation; merge fills in the rest) and returns the survivor.
func (c *Clusterer) merge(a, b *story, why news.MergeNote) *story {
	if b.members[0].seq < a.members[0].seq {
		a, b = b, a
	}
	note := why
	note.Story, note.Articles = b.id, len(b.members)
	note.Shared, note.Names = a.cent.shared(b.cent.top(c.opt.CentroidTerms), c.opt.Explain, nil)
	a.cent.addCentroid(&b.cent, c.opt.CentroidTerms)
	c.addDense(a, b.dense, 1)
	a.members = mergeMembers(a.members, b.members)
	defer forgetOldVectors(a) // after repost, which probes the vectors of b's members
	a.first, a.last = earliest(a.first, b.first), latest(a.last, b.last)
	a.merges = append(append(a.merges, b.merges...), note)
	a.gen++
	seen := a.seen
	a.seen = latest(a.seen, b.seen)
	c.retire(b)
	switch {
	case b.open && !a.open:
		c.reopen(a)
	case a.open:
		c.repost(a, b.members)
		if a.seen != seen {
			c.requeue(a)
		}
	}
	return a
}

// mergeMembers merges two member lists, each in arrival order, into one.
func mergeMembers(a, b []member) []member {
	if len(b) == 0 || b[0].seq > a[len(a)-1].seq {
		return append(a, b...)
	}
	out := make([]member, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].seq < b[0].seq {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}
