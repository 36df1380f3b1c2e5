package rouge

// MetricScore is one ROUGE variant's recall, precision and F, rounded to five decimals
// as ROUGE-1.5.5 reports a single evaluation.
type MetricScore struct {
	Name    string // "ROUGE-1", "ROUGE-L", "ROUGE-W-1.2", "ROUGE-SU4", ...
	R, P, F float64
}

// Scores are the results of Score in ROUGE-1.5.5's report order.
type Scores []MetricScore

// Get returns the score named name.
func (s Scores) Get(name string) (MetricScore, bool) {
	for _, m := range s {
		if m.Name == name {
			return m, true
		}
	}
	return MetricScore{}, false
}

// Score compares one peer summary with model summaries, each given as its sentences,
// exactly as ROUGE-1.5.5 scores one evaluation of SPL files (the -l/-b cut-offs, stop
// words and stemming of opt apply; Unit, resampling and the report options do not).
func Score(peer []string, models [][]string, opt Options) Scores {
	opt.Unit = UnitSentence
	a := newAnalyzer(opt)
	load := func(sents []string) *doc {
		lower := make([]string, 0, len(sents))
		for _, s := range sents {
			if s != "" {
				lower = append(lower, asciiLower(s))
			}
		}
		return newDoc(a, cutText(lower, opt.LengthWords, opt.LengthBytes), cutSentences(lower, opt.LengthWords, opt.LengthBytes), opt)
	}
	pd := load(peer)
	mds := make([]*doc, len(models))
	for i, m := range models {
		mds[i] = load(m)
	}
	s := newLCSScratch(opt.WeightW)
	var out Scores
	for _, m := range methods(opt) {
		v := m.score(s, pd, mds, opt)
		out = append(out, MetricScore{Name: m.name, R: v[0], P: v[1], F: v[2]})
	}
	return out
}
