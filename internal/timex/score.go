package timex

// Score holds the TempEval-3 counts for time-expression recognition and normalisation.
// Matching is one to one: each system expression is paired with at most one gold one.
type Score struct {
	Gold, System int // expressions in the truth and in the system output
	Strict       int // pairs with identical spans
	Relaxed      int // pairs whose spans overlap
	Value        int // relaxed pairs whose TIMEX3 value is identical
}

// PRF is a precision, recall and F1.
type PRF struct{ P, R, F1 float64 }

// Add returns the sum of two scores.
func (s Score) Add(o Score) Score {
	return Score{s.Gold + o.Gold, s.System + o.System, s.Strict + o.Strict, s.Relaxed + o.Relaxed, s.Value + o.Value}
}

// StrictPRF is span detection with exact boundaries.
func (s Score) StrictPRF() PRF { return s.prf(s.Strict) }

// RelaxedPRF is span detection where any overlap counts.
func (s Score) RelaxedPRF() PRF { return s.prf(s.Relaxed) }

// ValuePRF is normalisation: the value right on relaxed matches, over system and gold counts.
func (s Score) ValuePRF() PRF { return s.prf(s.Value) }

func (s Score) prf(n int) PRF {
	var r PRF
	if s.System > 0 {
		r.P = float64(n) / float64(s.System)
	}
	if s.Gold > 0 {
		r.R = float64(n) / float64(s.Gold)
	}
	if r.P+r.R > 0 {
		r.F1 = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// Evaluate scores the system's expressions for doc against its gold annotations.
// An exact-span pair is preferred; otherwise the gold expression overlapping most.
func Evaluate(doc Document, sys []Expr) Score {
	sc := Score{Gold: len(doc.Timexes), System: len(sys)}
	used := make([]bool, len(doc.Timexes))
	for _, e := range sys {
		best, bestOverlap := -1, 0
		for g, x := range doc.Timexes {
			if used[g] {
				continue
			}
			if x.Start == e.Start && x.End == e.End {
				best = g
				break
			}
			if o := min(x.End, e.End) - max(x.Start, e.Start); o > bestOverlap {
				best, bestOverlap = g, o
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		x := doc.Timexes[best]
		sc.Relaxed++
		if x.Start == e.Start && x.End == e.End {
			sc.Strict++
		}
		if x.Value == e.Value {
			sc.Value++
		}
	}
	return sc
}

// EvaluateAll runs Find on every document, anchored at its DCT, and sums the scores.
func EvaluateAll(docs []Document) Score {
	var total Score
	for _, d := range docs {
		total = total.Add(Evaluate(d, Find(d.Text, d.DCT)))
	}
	return total
}
