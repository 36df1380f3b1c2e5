package cluster

import (
	"math"
	"slices"
	"strings"
	"time"
)

// feature is one weighted dimension of a vector: a stemmed term, or a name as "@" and
// its lower-cased text. h is the key's hash (keyHash), by which the document
// frequencies, centroids and postings look features up: a 64-bit number is hashed and
// compared faster than a string, and two keys of one stream sharing a hash is as
// likely as a stream of ten million distinct features drawing the same two of 2^64
// numbers (about one in 10^6); it would add their weights together.
type feature struct {
	key string
	h   uint64
	w   float64
}

// newFeature returns the feature of key with weight w.
func newFeature(key string, w float64) feature { return feature{key, keyHash(key), w} }

// keyHash is the 64-bit FNV-1a hash of a feature's key.
func keyHash(key string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(key); i++ {
		h ^= uint64(key[i])
		h *= 1099511628211
	}
	return h
}

// docFreq counts, for every feature, how many of the last size documents have it.
type docFreq struct {
	size   int
	counts map[uint64]int32 // by key hash
	ring   [][]uint64       // key hashes of each remembered document
	next   int
	n      int
}

func newDocFreq(size int) *docFreq {
	return &docFreq{size: size, counts: map[uint64]int32{}, ring: make([][]uint64, size)}
}

// add remembers a document's distinct features (by key hash), forgetting the oldest
// document when the window is full.
func (d *docFreq) add(keys []uint64) {
	if old := d.ring[d.next]; d.n == d.size {
		for _, k := range old {
			if d.counts[k] <= 1 {
				delete(d.counts, k)
			} else {
				d.counts[k]--
			}
		}
	} else {
		d.n++
	}
	for _, k := range keys {
		d.counts[k]++
	}
	d.ring[d.next] = keys
	d.next = (d.next + 1) % d.size
}

// idf is ln(1 + N/df) over the window, for the feature whose key hashes to h.
func (d *docFreq) idf(h uint64) float64 {
	df := max(d.counts[h], 1)
	return math.Log(1 + float64(d.n)/float64(df))
}

// counts returns the weighted feature counts of a document.
func counts(doc Doc, opt Options) map[string]float64 {
	c := make(map[string]float64, len(doc.Terms)/2+len(doc.Names))
	for _, t := range doc.Terms {
		c[t]++
	}
	for _, t := range doc.Title {
		c[t] += opt.TitleWeight
	}

	for _, n := range doc.Names {
		if n = strings.TrimSpace(n); n != "" {
			c[nameKey(n)] += opt.NameWeight
		}
	}
	return c
}

// Prepared is a document reduced to its distinct features and their sublinear term
// frequencies, ready for AddPrepared. Prepare makes it from the document alone, so a
// caller may prepare documents on many goroutines and add them in order on one.
type Prepared struct {
	ID    string
	Time  time.Time
	Names []string
	keys  []string
	hash  []uint64  // keyHash of each key
	tf    []float64 // 1 + ln(weighted count)
}

// Prepare reduces doc to its features under opt (zero fields take their defaults;
// pass the clusterer's Options to match it).
func Prepare(doc Doc, opt Options) Prepared {
	opt = Defaults(opt)
	cnt := counts(doc, opt)
	p := Prepared{ID: doc.ID, Time: doc.Time, Names: doc.Names, keys: make([]string, 0, len(cnt)),
		hash: make([]uint64, 0, len(cnt)), tf: make([]float64, 0, len(cnt))}
	for k, n := range cnt {
		p.keys = append(p.keys, k)
		p.hash = append(p.hash, keyHash(k))
		p.tf = append(p.tf, 1+math.Log(n))
	}
	return p
}

// nameKey is the feature key of a name.
func nameKey(n string) string { return "@" + strings.ToLower(n) }

// vectorize turns counts into the document's unit TF-IDF vector of its top features,
// heaviest first, after counting the document in the document frequencies.
func (c *Clusterer) vectorize(p Prepared) []feature {
	c.df.add(p.hash)
	return unitVector(p, c.df.idf, c.opt.TopTerms)
}

// unitVector weights a document's features by term frequency times idf, keeps the top
// heaviest and scales them to unit length.
func unitVector(p Prepared, idf func(uint64) float64, top int) []feature {
	vec := make([]feature, len(p.keys))
	for i, k := range p.keys {
		vec[i] = feature{k, p.hash[i], p.tf[i] * idf(p.hash[i])}
	}
	slices.SortFunc(vec, byWeight)
	if len(vec) > top {
		vec = vec[:top:top]
	}
	norm := 0.0
	for _, f := range vec {
		norm += f.w * f.w
	}
	if norm == 0 {
		return vec
	}
	norm = math.Sqrt(norm)
	for i := range vec {
		vec[i].w /= norm
	}
	return vec
}

// byWeight orders features heaviest first, then by key so that order is deterministic.
func byWeight(a, b feature) int {
	switch {
	case a.w > b.w:
		return -1
	case a.w < b.w:
		return 1
	}
	return strings.Compare(a.key, b.key)
}

// centroid is a story's summed article vectors, pruned to its heaviest features.
// Besides the pruned sum it keeps what pruning would lose for separation: sq, the
// summed squared lengths of the vectors added, and cross, the summed dot products of
// every pair of them (each taken against the pruned sum when the later was added), so
// that sq + 2*cross estimates the squared length of the unpruned sum.
type centroid struct {
	w         map[uint64]weight // by key hash
	norm2     float64
	sq, cross float64
}

// weight is a centroid's weight of one feature, with the feature's key.
type weight struct {
	key string
	w   float64
}

// emptyCentroid returns a centroid with nothing added.
func emptyCentroid() centroid { return centroid{w: map[uint64]weight{}} }

// add adds vec to the centroid (scale 1) or takes it out (scale -1).
func (ce *centroid) add(vec []feature, scale float64, keep int) {
	dot, vv := 0.0, 0.0
	for _, f := range vec {
		old := ce.w[f.h].w
		dot += old * f.w
		vv += f.w * f.w
		nw := old + scale*f.w
		ce.norm2 += nw*nw - old*old
		if nw <= 1e-9 {
			delete(ce.w, f.h)
		} else {
			ce.w[f.h] = weight{f.key, nw}
		}
	}
	if scale > 0 {
		ce.cross += dot
		ce.sq += vv
	} else {
		ce.cross -= dot - vv
		ce.sq -= vv
	}
	if len(ce.w) > 2*keep {
		ce.prune(keep)
	}
}

// addCentroid adds another centroid's weights to this one.
func (ce *centroid) addCentroid(o *centroid, keep int) {
	dot := 0.0
	for h, x := range o.w {
		old, w := ce.w[h].w, x.w
		dot += old * w
		ce.w[h] = weight{x.key, old + w}
		ce.norm2 += (old+w)*(old+w) - old*old
	}
	ce.cross += o.cross + dot
	ce.sq += o.sq
	if len(ce.w) > 2*keep {
		ce.prune(keep)
	}
}

// prune keeps the keep heaviest features and recomputes the norm.
func (ce *centroid) prune(keep int) {
	top := ce.top(keep)
	clear(ce.w)
	ce.norm2 = 0
	for _, f := range top {
		ce.w[f.h] = weight{f.key, f.w}
		ce.norm2 += f.w * f.w
	}
}

// top returns the n heaviest features of the centroid.
func (ce *centroid) top(n int) []feature {
	all := make([]feature, 0, len(ce.w))
	for h, x := range ce.w {
		all = append(all, feature{x.key, h, x.w})
	}
	slices.SortFunc(all, byWeight)
	return all[:min(n, len(all))]
}

// cosine returns the cosine of vec (a unit vector) and the centroid, and the
// contribution of each of vec's features to it.
func (ce *centroid) cosine(vec []feature) float64 {
	if ce.norm2 <= 0 {
		return 0
	}
	dot := 0.0
	for _, f := range vec {
		dot += f.w * ce.w[f.h].w
	}
	return dot / math.Sqrt(ce.norm2)
}

// cosineLess is the cosine of the unit vector v with the centroid less raw, the
// vector that was added to it for the same article (v is raw scaled to unit length;
// raw is v itself when v was added).
func (ce *centroid) cosineLess(v, raw []feature) float64 {
	dot, rdot, rr := 0.0, 0.0, 0.0
	for i, f := range raw {
		w := ce.w[f.h].w
		dot += v[i].w * (w - f.w)
		rdot += f.w * w
		rr += f.w * f.w
	}
	n2 := ce.norm2 - 2*rdot + rr
	if n2 <= 1e-9 {
		return 0
	}
	return dot / math.Sqrt(n2)
}

// similarity is the cosine of two centroids.
func (ce *centroid) similarity(o *centroid) float64 {
	if ce.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	a, b := ce, o
	if len(b.w) < len(a.w) {
		a, b = b, a
	}
	dot := 0.0
	for h, x := range a.w {
		dot += x.w * b.w[h].w
	}
	return dot / math.Sqrt(ce.norm2*o.norm2)
}

// shared returns the n terms and the n/2 names of vec that contribute most to its
// cosine with the centroid, heaviest first; names are shown as display has them.
func (ce *centroid) shared(vec []feature, n int, display map[string]string) (terms, names []string) {
	var parts []feature
	for _, f := range vec {
		if w := ce.w[f.h].w; w > 0 {
			parts = append(parts, feature{f.key, f.h, f.w * w})
		}
	}
	slices.SortFunc(parts, byWeight)
	for _, p := range parts {
		switch {
		case strings.HasPrefix(p.key, "@") && len(names) < max(1, n/2):
			names = append(names, label(p.key, display))
		case !strings.HasPrefix(p.key, "@") && len(terms) < n:
			terms = append(terms, p.key)
		}
	}
	return terms, names
}

// label is how a feature is shown: a term as it is, a name in its original case.
func label(key string, display map[string]string) string {
	if d, ok := display[key]; ok {
		return d
	}
	return strings.TrimPrefix(key, "@")
}
