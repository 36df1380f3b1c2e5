package rouge

import "sync"

// lcsScratch holds the dynamic-programming tables, reused across sentence pairs.
type lcsScratch struct {
	c     []int32
	cw    []float64
	l     []int32
	mask  []bool
	mu    []int32    // model unigram counts left, by term id
	pu    []int32    // peer unigram counts left, by term id
	pow   []float64  // pow[k] = k^weight
	pw    *powCache  // x^w
	pinv  *powCache  // x^(1/w)
	pairs *pairCache // shared by the goroutines of one Evaluate
}

// pairKey names one model-peer comparison; jackknifed configurations repeat each pair
// in several evaluations, and its LCS result depends on nothing else.
type pairKey struct {
	model, peer *doc
	weighted    bool
}

type pairCache struct {
	mu sync.Mutex
	m  map[pairKey]*pairResult
}

// pairResult is computed once; goroutines asking for the same pair wait for it.
type pairResult struct {
	once      sync.Once
	hit, base float64
}

// cachedLCSHits is lcsHits memoised per model-peer pair.
func (s *lcsScratch) cachedLCSHits(model, peer *doc, weighted bool, wf float64) (hit, base float64) {
	if s.pairs == nil {
		return s.lcsHits(model, peer, weighted, wf)
	}
	k := pairKey{model, peer, weighted}
	s.pairs.mu.Lock()
	r, ok := s.pairs.m[k]
	if !ok {
		r = &pairResult{}
		s.pairs.m[k] = r
	}
	s.pairs.mu.Unlock()
	r.once.Do(func() { r.hit, r.base = s.lcsHits(model, peer, weighted, wf) })
	return r.hit, r.base
}

// newLCSScratch returns scratch space for ROUGE-L and ROUGE-W with weight w.
func newLCSScratch(w float64) *lcsScratch {
	if w <= 0 {
		w = 1
	}
	return &lcsScratch{pw: newPowCache(w), pinv: newPowCache(1 / w), pairs: &pairCache{m: map[pairKey]*pairResult{}}}
}

func (s *lcsScratch) weight(k int, _ float64) float64 {
	for len(s.pow) <= k {
		s.pow = append(s.pow, s.pw.pow(float64(len(s.pow))))
	}
	return s.pow[k]
}

// markLCS marks in mask the model positions of one longest common subsequence of model
// and peer, traced back from the end with ROUGE-1.5.5's tie rule (diagonal on a match,
// else up when the cell above is not smaller, else left).
func (s *lcsScratch) markLCS(model, peer []uint32, mask []bool) {
	m, n := len(model), len(peer)
	if m == 0 || n == 0 {
		return
	}
	w := n + 1
	if cap(s.c) < (m+1)*w {
		s.c = make([]int32, (m+1)*w)
	}
	c := s.c[:(m+1)*w]
	clear(c[:w])
	for i := 1; i <= m; i++ {
		row, prev := c[i*w:(i+1)*w], c[(i-1)*w:i*w]
		row[0] = 0
		x := model[i-1]
		left := int32(0)
		for j, y := range peer {
			up := prev[j+1]
			switch {
			case x == y:
				left = prev[j] + 1
			case up >= left:
				left = up
			}
			row[j+1] = left
		}
	}
	traceBack(model, peer, c, w, mask)
}

// traceBack marks in mask the model positions of the common subsequence recorded in the
// table c (rows of width w), from the end, with ROUGE-1.5.5's tie rule.
func traceBack[T int32 | float64](model, peer []uint32, c []T, w int, mask []bool) {
	for i, j := len(model), len(peer); i > 0 && j > 0; {
		switch {
		case model[i-1] == peer[j-1]:
			i--
			j--
			mask[i] = true
		case c[(i-1)*w+j] >= c[i*w+j-1]:
			i--
		default:
			j--
		}
	}
}

// markWLCS is markLCS for the weighted LCS: a match extending a run of k consecutive
// matches adds (k+1)^w - k^w.
func (s *lcsScratch) markWLCS(model, peer []uint32, mask []bool, wf float64) {
	m, n := len(model), len(peer)
	if m == 0 || n == 0 {
		return
	}
	w := n + 1
	if cap(s.cw) < (m+1)*w {
		s.cw = make([]float64, (m+1)*w)
		s.l = make([]int32, (m+1)*w)
	}
	c, l := s.cw[:(m+1)*w], s.l[:(m+1)*w]
	clear(c[:w])
	clear(l[:w])
	s.weight(min(m, n)+1, wf)
	pw := s.pow
	for i := 1; i <= m; i++ {
		row, prev := c[i*w:(i+1)*w], c[(i-1)*w:i*w]
		lrow, lprev := l[i*w:(i+1)*w], l[(i-1)*w:i*w]
		row[0], lrow[0] = 0, 0
		x := model[i-1]
		left := 0.0
		for j, y := range peer {
			up := prev[j+1]
			k := int32(0)
			switch {
			case x == y:
				k = lprev[j]
				left = prev[j] + pw[k+1] - pw[k]
				k++
			case up >= left:
				left = up
			}
			row[j+1], lrow[j+1] = left, k
		}
	}
	traceBack(model, peer, c, w, mask)
}

// lcsHits is ROUGE-1.5.5's summary-level LCS of a model against a peer: for every model
// sentence, the union of its LCS with each peer sentence, each hit clipped by the
// unigram counts left in both summaries. It returns the hit (weighted for ROUGE-W) and
// the base (model length, or the sum of sentence lengths to the power w).
func (s *lcsScratch) lcsHits(model, peer *doc, weighted bool, wf float64) (hit, base float64) {
	if n := int(max(model.maxID, peer.maxID)) + 1; len(s.mu) < n {
		s.mu, s.pu = make([]int32, 2*n), make([]int32, 2*n)
	}
	mu, pu := s.mu, s.pu
	for _, g := range model.uni {
		mu[g.term()] = g.n
	}
	for _, g := range peer.uni {
		pu[g.term()] = g.n
	}
	defer func() {
		for _, g := range model.uni {
			mu[g.term()] = 0
		}
		for _, g := range peer.uni {
			pu[g.term()] = 0
		}
	}()
	for _, ms := range model.sents {
		if cap(s.mask) < len(ms) {
			s.mask = make([]bool, len(ms))
		}
		mask := s.mask[:len(ms)]
		clear(mask)
		if weighted {
			base += s.weight(len(ms), wf)
		} else {
			base += float64(len(ms))
		}
		for _, ps := range peer.sents {
			if weighted {
				s.markWLCS(ms, ps, mask, wf)
			} else {
				s.markLCS(ms, ps, mask)
			}
		}
		hit = s.clipHits(hit, ms, mask, mu, pu, weighted, wf)
	}
	return hit, base
}

// clipHits counts the marked tokens still available in both unigram tables; for ROUGE-W
// it weights each run as ROUGE-1.5.5 does (a run ends at an unmarked position or at the
// end of the sentence; a marked but clipped token neither extends nor ends it). Each
// run is added to the running total hit, in ROUGE's order, so float sums agree.
func (s *lcsScratch) clipHits(hit float64, ms []uint32, mask []bool, mu, pu []int32, weighted bool, wf float64) float64 {
	run := 0
	for j, t := range ms {
		if !mask[j] || mu[t] <= 0 || pu[t] <= 0 {
			continue
		}
		mu[t]--
		pu[t]--
		if !weighted {
			hit++
			continue
		}
		run++
		if (j+1 < len(ms) && !mask[j+1]) || j+1 == len(ms) {
			hit += s.weight(run, wf)
			run = 0
		}
	}
	return hit
}
