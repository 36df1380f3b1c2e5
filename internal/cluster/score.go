package cluster

// Scores are the agreement of a clustering with the true one.
type Scores struct {
	// BCubed precision, recall and F1 average, over items, the share of an item's
	// predicted cluster that is in its true cluster and the share of its true cluster
	// that is in its predicted cluster (Bagga and Baldwin 1998).
	BCubedPrecision, BCubedRecall, BCubedF1 float64
	// PairwisePrecision, PairwiseRecall and PairwiseF1 count pairs of items put
	// together.
	PairwisePrecision, PairwiseRecall, PairwiseF1 float64
}

// Score compares a predicted clustering with the true one: truth[i] and pred[i] are
// item i's true and predicted cluster labels. Only items in keep are scored (all items
// when keep is nil), but clusters are counted in full, so a half of the data can be
// scored on its own within the whole clustering.
func Score(truth, pred []string, keep func(i int) bool) Scores {
	type pair struct{ t, p string }
	nt, np, nb := map[string]int{}, map[string]int{}, map[pair]int{}
	for i := range truth {
		nt[truth[i]]++
		np[pred[i]]++
		nb[pair{truth[i], pred[i]}]++
	}
	var s Scores
	n := 0
	var tp, predPairs, truePairs float64
	for i := range truth {
		if keep != nil && !keep(i) {
			continue
		}
		n++
		both := float64(nb[pair{truth[i], pred[i]}])
		s.BCubedPrecision += both / float64(np[pred[i]])
		s.BCubedRecall += both / float64(nt[truth[i]])
		tp += both - 1
		predPairs += float64(np[pred[i]] - 1)
		truePairs += float64(nt[truth[i]] - 1)
	}
	if n == 0 {
		return s
	}
	s.BCubedPrecision /= float64(n)
	s.BCubedRecall /= float64(n)
	s.BCubedF1 = f1(s.BCubedPrecision, s.BCubedRecall)
	if predPairs > 0 {
		s.PairwisePrecision = tp / predPairs
	}
	if truePairs > 0 {
		s.PairwiseRecall = tp / truePairs
	}
	s.PairwiseF1 = f1(s.PairwisePrecision, s.PairwiseRecall)
	return s
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
