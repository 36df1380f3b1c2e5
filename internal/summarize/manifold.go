package summarize

import (
	"math"

	"github.com/storyline-news/storyline/internal/news"
)

// Query-biased manifold ranking (Zhou et al. 2003, "Ranking on Data Manifolds"; for
// topic-focused summarization Wan, Yang and Xiao 2007, "Manifold-Ranking Based
// Topic-Focused Multi-Document Summarization"): a sentence is relevant to the focus if it is
// like the focus, or like sentences that are. Scores f solve f = a S f + (1-a) y, where y
// is each sentence's TF-IDF cosine with the focus and S the symmetrically normalised cosine
// similarity of sentences (no self-links). The similarity matrix is never built: with X
// the sentences' unit TF-IDF rows it is X Xᵀ, so S f costs two passes over the sentences'
// terms and the whole ranking stays linear in the size of the pile.

// termMatrix is the sentences' unit TF-IDF vectors in compressed rows.
type termMatrix struct {
	start []int     // row i is cols[start[i]:start[i+1]]
	cols  []int32   // term ids
	vals  []float64 // weights
	terms int       // number of distinct terms
	ids   map[string]int32
	idf   []float64
}

func newTermMatrix(sents []news.Sentence) *termMatrix {
	m := &termMatrix{start: make([]int, 1, len(sents)+1), ids: map[string]int32{}}
	var df []float64
	last := []int{}
	for i, s := range sents {
		for _, t := range s.Terms {
			id, ok := m.ids[t]
			if !ok {
				id = int32(len(df))
				m.ids[t] = id
				df, last = append(df, 0), append(last, -1)
			}
			if last[id] != i {
				last[id] = i
				df[id]++
			}
		}
	}
	m.terms = len(df)
	m.idf = make([]float64, len(df))
	for t, d := range df {
		m.idf[t] = math.Log(float64(len(sents)) / d)
	}
	tf := map[int32]float64{}
	for _, s := range sents {
		clear(tf)
		for _, t := range s.Terms {
			tf[m.ids[t]]++
		}
		m.appendRow(s.Terms, tf)
	}
	return m
}

// appendRow adds the unit TF-IDF vector of terms (counted in tf) as the next row, terms
// in their first-seen order so that sums, and so briefs, do not depend on map order.
func (m *termMatrix) appendRow(terms []string, tf map[int32]float64) {
	from := len(m.cols)
	norm := 0.0
	for _, t := range terms {
		id := m.ids[t]
		c := tf[id]
		if c == 0 {
			continue // already added
		}
		tf[id] = 0
		if w := c * m.idf[id]; w > 0 {
			m.cols, m.vals = append(m.cols, id), append(m.vals, w)
			norm += w * w
		}
	}
	for k := from; k < len(m.vals); k++ {
		m.vals[k] /= math.Sqrt(norm)
	}
	m.start = append(m.start, len(m.cols))
}

// rows is the number of sentences.
func (m *termMatrix) rows() int { return len(m.start) - 1 }

// similar computes out = (X Xᵀ - diag) v: for each sentence the v-weighted sum of its
// cosines with the other sentences. scratch has one entry per term.
func (m *termMatrix) similar(v, out, scratch []float64) {
	clear(scratch)
	for i := range m.rows() {
		for k := m.start[i]; k < m.start[i+1]; k++ {
			scratch[m.cols[k]] += m.vals[k] * v[i]
		}
	}
	for i := range m.rows() {
		s, self := 0.0, 0.0
		for k := m.start[i]; k < m.start[i+1]; k++ {
			s += m.vals[k] * scratch[m.cols[k]]
			self += m.vals[k] * m.vals[k]
		}
		out[i] = s - self*v[i]
	}
}

// focusCosine is each sentence's cosine with the focus terms' TF-IDF vector.
func (m *termMatrix) focusCosine(focus []string) []float64 {
	q := map[int32]float64{}
	var order []int32
	for _, t := range focus {
		if id, ok := m.ids[t]; ok {
			if q[id] == 0 {
				order = append(order, id)
			}
			q[id] += m.idf[id]
		}
	}
	norm := 0.0
	for _, id := range order {
		norm += q[id] * q[id]
	}
	y := make([]float64, m.rows())
	if norm == 0 {
		return y
	}
	for i := range y {
		for k := m.start[i]; k < m.start[i+1]; k++ {
			y[i] += m.vals[k] * q[m.cols[k]]
		}
		y[i] /= math.Sqrt(norm)
	}
	return y
}

// manifoldRanks scores every sentence's relevance to the focus by manifold ranking with
// spread a (0 < a < 1: the larger, the further relevance travels), scaled so the most
// relevant sentence scores 1. It returns nil when no sentence shares a term with the focus.
func manifoldRanks(sents []news.Sentence, focus []string, a float64, rounds int) []float64 {
	m := newTermMatrix(sents)
	y := m.focusCosine(focus)
	n, scratch := m.rows(), make([]float64, m.terms)
	ones := make([]float64, n)
	for i := range ones {
		ones[i] = 1
	}
	inv := make([]float64, n) // D^-1/2, 0 for a sentence like no other
	m.similar(ones, inv, scratch)
	for i, d := range inv {
		inv[i] = 0
		if d > 0 {
			inv[i] = 1 / math.Sqrt(d)
		}
	}
	f, g, h := append([]float64(nil), y...), make([]float64, n), make([]float64, n)
	for range rounds {
		for i := range g {
			g[i] = inv[i] * f[i]
		}
		m.similar(g, h, scratch)
		for i := range f {
			f[i] = a*inv[i]*h[i] + (1-a)*y[i]
		}
	}
	top := 0.0
	for _, x := range f {
		top = max(top, x)
	}
	if top <= 0 {
		return nil
	}
	for i := range f {
		f[i] /= top
	}
	return f
}
