package cluster

import "math"

// NearestTrue assigns each document to the true story whose centre is nearest and
// returns the assignment: truth[i] is document i's true story. A story's centre is
// the sum of its documents' unit TF-IDF vectors (their TopTerms heaviest features,
// document frequencies counted over all the documents, as for a pile read whole),
// without the document itself when it is the document's own story. It measures what
// the clusterer's representation allows: a clusterer that compares articles with
// story centres could do no better on these documents than knowing every story's
// articles in advance, and this assignment knows them. A document stays in its own
// story on ties, as when it shares no feature with any story; the document of a story
// of one has no centre to compare with but its own, so it goes to any story it shares
// a feature with.
func NearestTrue(docs []Prepared, truth []string, opt Options) []string {
	opt = Defaults(opt)
	df := newDocFreq(max(1, len(docs)))
	for _, d := range docs {
		df.add(d.hash)
	}
	vecs := make([][]feature, len(docs))
	cents := map[string]*centroid{}
	var order []string // stories in order of first appearance, for deterministic ties
	for i, d := range docs {
		vecs[i] = unitVector(d, df.idf, opt.TopTerms)
		if cents[truth[i]] == nil {
			ce := emptyCentroid()
			cents[truth[i]] = &ce
			order = append(order, truth[i])
		}
		cents[truth[i]].add(vecs[i], 1, math.MaxInt/4)
	}
	pred := make([]string, len(docs))
	for i, v := range vecs {
		// Its own story first, so that it stays there on ties (no shared feature at all).
		best, bestSim := truth[i], cents[truth[i]].cosineLess(v, v)
		for _, st := range order {
			if st == truth[i] {
				continue
			}
			if sim := cents[st].cosine(v); sim > bestSim {
				best, bestSim = st, sim
			}
		}
		pred[i] = best
	}
	return pred
}
