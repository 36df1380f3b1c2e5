package cluster

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Basis maps features into a dense space of latent semantic analysis (Deerwester et
// al. 1990): the top right singular vectors of a window's TF-IDF document-term
// matrix, each dimension scaled by the inverse of its singular value, so that an
// article's dense vector is its row of U in A = U S V^T. Articles of one theme that
// share few rare words still share directions there. The singular vectors come from a
// randomized range finder with power iterations (Halko, Martinsson and Tropp 2011).
type Basis struct {
	dims int
	// rows hold each feature's column of B = Q^T A (Q the range found), and mix the
	// l x dims map from that sketch to V S^-1: an article a lands at (a B^T) mix.
	rows map[string][]float32
	mix  [][]float32
}

// Dims returns the number of dimensions of the dense space (0 for an empty basis).
func (b *Basis) Dims() int {
	if b == nil {
		return 0
	}
	return b.dims
}

// fitOversample and fitPower are the extra columns and the power iterations of the
// randomized range finder.
const (
	fitOversample = 10
	fitPower      = 2
)

// FitBasis fits a dense basis of opt.DenseDims dimensions to the documents, weighting
// them as the clusterer does (TF-IDF over these documents, top TopTerms features).
// Only features in two or more documents take part, since no other can link two
// articles. It returns nil when the documents are too few to fit it. The cost is a
// few passes over the documents' features times DenseDims.
func FitBasis(docs []Prepared, opt Options) *Basis {
	opt = Defaults(opt)
	rows, vocab := fitRows(docs, opt)
	k := opt.DenseDims
	if len(vocab) <= k || len(rows) <= k {
		return nil
	}
	l := min(k+fitOversample, len(vocab), len(rows))
	q := rangeFinder(rows, len(vocab), l)
	z := make([][]float64, len(vocab)) // B^T = A^T Q
	for j := range z {
		z[j] = make([]float64, l)
	}
	for i, row := range rows {
		for _, e := range row {
			axpy(z[e.j], e.w, q[i])
		}
	}
	// C = B B^T = Q^T (A B^T), an l x l matrix whose eigenvalues are S^2.
	cm := make([][]float64, l)
	for a := range cm {
		cm[a] = make([]float64, l)
	}
	y := make([]float64, l)
	for i, row := range rows {
		clear(y)
		for _, e := range row {
			axpy(y, e.w, z[e.j])
		}
		for a := range l {
			axpy(cm[a], q[i][a], y)
		}
	}
	for a := range l { // symmetrize away rounding
		for b := a + 1; b < l; b++ {
			m := (cm[a][b] + cm[b][a]) / 2
			cm[a][b], cm[b][a] = m, m
		}
	}
	vals, vecs := jacobi(cm)
	return newBasis(vocab, z, vals, vecs, k)
}

// newBasis keeps the sketch rows and the map to the top k dimensions, each scaled by
// the inverse square of its singular value (V S^-1 = B^T W S^-2).
func newBasis(vocab []string, z [][]float64, vals []float64, vecs [][]float64, k int) *Basis {
	l := len(vals)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpDesc(vals[a], vals[b]) })
	b := &Basis{dims: k, rows: make(map[string][]float32, len(vocab)), mix: make([][]float32, l)}
	for a := range l {
		b.mix[a] = make([]float32, k)
		for d := range k {
			if e := order[d]; vals[e] > 1e-12 {
				b.mix[a][d] = float32(vecs[a][e] / vals[e])
			}
		}
	}
	for j, key := range vocab {
		r := make([]float32, l)
		for a, x := range z[j] {
			r[a] = float32(x)
		}
		b.rows[key] = r
	}
	return b
}

// entry is one weight of a sparse row, by feature number.
type entry struct {
	j int
	w float64
}

// fitRows returns the documents' unit TF-IDF rows over the features in two or more of
// them, and those features.
func fitRows(docs []Prepared, opt Options) ([][]entry, []string) {
	df := map[uint64]int{} // by key hash
	for _, d := range docs {
		for _, h := range d.hash {
			df[h]++
		}
	}
	index := map[string]int{}
	var vocab []string
	rows := make([][]entry, 0, len(docs))
	n := float64(len(docs))
	idf := func(h uint64) float64 { return math.Log(1 + n/float64(df[h])) }
	for _, d := range docs {
		var row []entry
		for _, f := range unitVector(d, idf, opt.TopTerms) {
			if df[f.h] < 2 || f.w == 0 {
				continue
			}
			j, ok := index[f.key]
			if !ok {
				j = len(vocab)
				index[f.key] = j
				vocab = append(vocab, f.key)
			}
			row = append(row, entry{j, f.w})
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
	}
	return rows, vocab
}

// rangeFinder returns an orthonormal n x l basis Q of the range of A (given by rows
// over nv features), from a seeded Gaussian sketch refined by power iterations.
func rangeFinder(rows [][]entry, nv, l int) [][]float64 {
	r := rand.New(rand.NewPCG(1, 2))
	z := make([][]float64, nv)
	for j := range z {
		z[j] = make([]float64, l)
		for c := range z[j] {
			z[j][c] = r.NormFloat64()
		}
	}
	y := make([][]float64, len(rows))
	for i := range y {
		y[i] = make([]float64, l)
	}
	for it := 0; ; it++ {
		for i, row := range rows { // Y = A Z
			clear(y[i])
			for _, e := range row {
				axpy(y[i], e.w, z[e.j])
			}
		}
		orthonormalize(y)
		if it == fitPower {
			return y
		}
		for j := range z { // Z = A^T Y
			clear(z[j])
		}
		for i, row := range rows {
			for _, e := range row {
				axpy(z[e.j], e.w, y[i])
			}
		}
	}
}

// axpy adds a*x to y.
func axpy(y []float64, a float64, x []float64) {
	for i := range y {
		y[i] += a * x[i]
	}
}

// orthonormalize makes the columns of m orthonormal (Gram-Schmidt, applied twice for
// stability); a column that vanishes is left zero.
func orthonormalize(m [][]float64) {
	l := len(m[0])
	for c := range l {
		for range 2 {
			for p := range c {
				dot := 0.0
				for _, row := range m {
					dot += row[c] * row[p]
				}
				for _, row := range m {
					row[c] -= dot * row[p]
				}
			}
		}
		n := 0.0
		for _, row := range m {
			n += row[c] * row[c]
		}
		if n = math.Sqrt(n); n > 1e-12 {
			for _, row := range m {
				row[c] /= n
			}
		} else {
			for _, row := range m {
				row[c] = 0
			}
		}
	}
}

// jacobi returns the eigenvalues of the symmetric matrix a and its eigenvectors (as
// columns), by cyclic Jacobi rotations; a is overwritten.
func jacobi(a [][]float64) ([]float64, [][]float64) {
	n := len(a)
	v := make([][]float64, n)
	for i := range v {
		v[i] = make([]float64, n)
		v[i][i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		off, diag := 0.0, 0.0
		for p := range n {
			diag += a[p][p] * a[p][p]
			for q := p + 1; q < n; q++ {
				off += a[p][q] * a[p][q]
			}
		}
		if off <= 1e-24*diag || off == 0 {
			break
		}
		for p := range n {
			for q := p + 1; q < n; q++ {
				if a[p][q] != 0 {
					rotate(a, v, p, q)
				}
			}
		}
	}
	vals := make([]float64, n)
	for i := range vals {
		vals[i] = a[i][i]
	}
	return vals, v
}

// rotate applies the Jacobi rotation that zeroes a[p][q].
func rotate(a, v [][]float64, p, q int) {
	theta := (a[q][q] - a[p][p]) / (2 * a[p][q])
	t := math.Copysign(1, theta) / (math.Abs(theta) + math.Sqrt(theta*theta+1))
	c := 1 / math.Sqrt(t*t+1)
	s := t * c
	for k := range a {
		akp, akq := a[k][p], a[k][q]
		a[k][p], a[k][q] = c*akp-s*akq, s*akp+c*akq
	}
	for k := range a {
		apk, aqk := a[p][k], a[q][k]
		a[p][k], a[q][k] = c*apk-s*aqk, s*apk+c*aqk
	}
	for k := range v {
		vkp, vkq := v[k][p], v[k][q]
		v[k][p], v[k][q] = c*vkp-s*vkq, s*vkp+c*vkq
	}
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// embed returns the unit dense vector of a weighted feature list, or nil when none of
// its features is in the basis.
func (b *Basis) embed(vec []feature) []float32 {
	if b == nil {
		return nil
	}
	sketch := make([]float32, len(b.mix))
	found := false
	for _, f := range vec {
		if r, ok := b.rows[f.key]; ok {
			found = true
			w := float32(f.w)
			for a, x := range r {
				sketch[a] += w * x
			}
		}
	}
	if !found {
		return nil
	}
	out := make([]float32, b.dims)
	for a, x := range sketch {
		if x != 0 {
			for d, m := range b.mix[a] {
				out[d] += x * m
			}
		}
	}
	if !unit(out) {
		return nil
	}
	return out
}

// unit scales v to unit length and reports whether it could.
func unit(v []float32) bool {
	n := 0.0
	for _, x := range v {
		n += float64(x) * float64(x)
	}
	if n <= 0 || math.IsNaN(n) || math.IsInf(n, 0) {
		return false
	}
	s := float32(1 / math.Sqrt(n))
	for i := range v {
		v[i] *= s
	}
	return true
}

// denseCos is the cosine of two dense vectors, 0 when either is missing or zero.
func denseCos(a, b []float32) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	var dot, na, nb float64
	for i, x := range a {
		y := float64(b[i])
		dot += float64(x) * y
		na += float64(x) * float64(x)
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// fitState is what the clusterer keeps to fit its basis: the last FitWindow prepared
// articles, in a ring, and the number of articles since the last fit.
type fitState struct {
	basis *Basis
	ring  []Prepared
	next  int
	since int
	given bool // Fit was called: the first automatic fit waits for Refit articles
}

// Fit fits the clusterer's dense basis to docs (an even sample of at most FitWindow
// of them), as a caller that holds a whole pile does before adding it, and re-embeds
// the open stories. The next automatic fit comes Refit articles later.
func (c *Clusterer) Fit(docs []Prepared) {
	if c.opt.DenseWeight <= 0 {
		return
	}
	if n := c.opt.FitWindow; len(docs) > n {
		sample := make([]Prepared, n)
		for i := range sample {
			sample[i] = docs[i*len(docs)/n]
		}
		docs = sample
	}
	c.setBasis(FitBasis(docs, c.opt))
	c.fit.given, c.fit.since = true, 0
}

// Basis returns the clusterer's current dense basis, nil before the first fit.
func (c *Clusterer) Basis() *Basis { return c.fit.basis }

// remember keeps doc for the next fit and refits when it is due: first when FitWindow
// articles have arrived, then every Refit articles.
func (c *Clusterer) remember(doc Prepared) {
	if c.opt.DenseWeight <= 0 {
		return
	}
	f := &c.fit
	if len(f.ring) < c.opt.FitWindow {
		f.ring = append(f.ring, doc)
	} else {
		f.ring[f.next] = doc
		f.next = (f.next + 1) % len(f.ring)
	}
	f.since++
	due := f.since >= c.opt.Refit
	if f.basis == nil && !f.given {
		due = len(f.ring) >= c.opt.FitWindow
	}
	if due {
		c.setBasis(FitBasis(f.ring, c.opt))
		f.since = 0
	}
}

// setBasis installs a new basis and re-embeds every open story from its centroid, so
// that all dense vectors live in the same space.
func (c *Clusterer) setBasis(b *Basis) {
	if b == nil {
		return
	}
	c.fit.basis = b
	for e := c.open.Front(); e != nil; e = e.Next() {
		s := e.Value.(*story)
		s.dense = c.embedStory(s)
	}
}

// embed returns an article's unit dense vector, nil without a basis.
func (c *Clusterer) embed(vec []feature) []float32 {
	if c.opt.DenseWeight <= 0 {
		return nil
	}
	return c.fit.basis.embed(vec)
}

// embedStory returns a story's dense vector computed from its centroid, scaled by
// its size as if summed over its articles; nil, without ranking the centroid's
// features, when there is no basis to embed in.
func (c *Clusterer) embedStory(s *story) []float32 {
	if s.cent.w == nil || c.opt.DenseWeight <= 0 || c.fit.basis == nil {
		return nil
	}
	v := c.embed(s.cent.top(c.opt.CentroidTerms))
	for i := range v {
		v[i] *= float32(len(s.members))
	}
	return v
}

// addDense adds scale times v to the story's dense vector.
func (c *Clusterer) addDense(s *story, v []float32, scale float32) {
	if v == nil || c.fit.basis == nil || len(v) != c.fit.basis.dims {
		return
	}
	if len(s.dense) != len(v) {
		s.dense = c.embedStory(s)
		return // the centroid already holds the article
	}
	for i, x := range v {
		s.dense[i] += scale * x
	}
}

// mix combines a TF-IDF cosine with the dense cosine of a and b.
func (c *Clusterer) mix(sparse float64, a, b []float32) float64 {
	w := c.opt.DenseWeight
	if w <= 0 || len(a) == 0 || len(a) != len(b) {
		return sparse
	}
	return (1-w)*sparse + w*denseCos(a, b)
}

// storySim is the similarity of two stories: their centroids' cosine, mixed with
// their dense vectors' cosine.
func (c *Clusterer) storySim(a, b *story) float64 {
	return c.mix(a.cent.similarity(&b.cent), a.dense, b.dense)
}
