package rouge

import "strconv"

type metricKind int

const (
	kindN metricKind = iota
	kindL
	kindW
	kindS
	kindSU
)

// method is one reported ROUGE variant, such as ROUGE-2 or ROUGE-SU4.
type method struct {
	kind metricKind
	n    int
	name string
}

func formatNum(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// methods lists the variants in ROUGE-1.5.5's report order: ROUGE-1..N, L, W, then S/SU.
func methods(opt Options) []method {
	var ms []method
	for n := 1; n <= opt.N; n++ {
		ms = append(ms, method{kindN, n, "ROUGE-" + strconv.Itoa(n)})
	}
	if !opt.NoLCS {
		ms = append(ms, method{kind: kindL, name: "ROUGE-L"})
	}
	if opt.WeightW > 0 {
		ms = append(ms, method{kind: kindW, name: "ROUGE-W-" + formatNum(opt.WeightW)})
	}
	if opt.SkipBigram {
		gap := strconv.Itoa(opt.SkipGap)
		if opt.SkipGap < 0 {
			gap = "*"
		}
		if !opt.SkipUnigrams {
			ms = append(ms, method{kind: kindS, name: "ROUGE-S" + gap})
		}
		if opt.SkipUnigrams || opt.SkipBoth {
			ms = append(ms, method{kind: kindSU, name: "ROUGE-SU" + gap})
		}
	}
	return ms
}

// modelCounts is one peer-model comparison: hits, the model's and the peer's counts, and
// the score ROUGE uses to pick the best model under -f B.
type modelCounts struct{ hit, model, peer, score float64 }

func (m method) compare(s *lcsScratch, model, peer *doc, opt Options) modelCounts {
	switch m.kind {
	case kindL, kindW:
		w := opt.WeightW
		hit, base := s.cachedLCSHits(model, peer, m.kind == kindW, w)
		pc := float64(peer.ngrams[0].total)
		c := modelCounts{hit: hit, model: base, peer: pc}
		if base > 0 {
			c.score = hit / base
		}
		if m.kind == kindW {
			c.model, c.peer = s.pw.pow(base), s.pw.pow(pc)
			if base > 0 && opt.ModelBest {
				c.score = s.pinv.pow(hit / base)
			}
		}
		return c
	}
	var mg, pg grams
	switch m.kind {
	case kindN:
		mg, pg = model.ngrams[m.n-1], peer.ngrams[m.n-1]
	case kindS:
		mg, pg = model.skip, peer.skip
	default:
		mg, pg = model.skipU, peer.skipU
	}
	c := modelCounts{hit: float64(overlap(mg, pg)), model: float64(mg.total), peer: float64(pg.total)}
	if mg.total != 0 {
		c.score = round5(c.hit / c.model)
	}
	return c
}

// score is one peer's result on one evaluation: R, P, F rounded to five decimals for
// UnitSentence; the model count, peer count and hits for the other units.
func (m method) score(s *lcsScratch, peer *doc, models []*doc, opt Options) [3]float64 {
	var total modelCounts
	best := -1.0
	for _, md := range models {
		c := m.compare(s, md, peer, opt)
		if !opt.ModelBest {
			total.hit += c.hit
			total.model += c.model
			total.peer += c.peer
		} else if c.score > best {
			best, total = c.score, c
		}
	}
	if opt.Unit != UnitSentence {
		return [3]float64{total.model, total.peer, total.hit}
	}
	ratio := func(h, n float64) float64 {
		if n == 0 {
			return 0
		}
		if m.kind == kindW {
			return s.rootRounded(h / n)
		}
		return round5(h / n)
	}
	r, p := ratio(total.hit, total.model), ratio(total.hit, total.peer)
	return [3]float64{r, p, fMeasure(r, p, opt.Alpha, true)}
}

// fMeasure is van Rijsbergen's weighted harmonic mean, as ROUGE computes it.
func fMeasure(r, p, alpha float64, round bool) float64 {
	d := (1-alpha)*p + alpha*r
	if d <= 0 {
		return 0
	}
	if round {
		return round5(p * r / d)
	}
	return r * p / d
}
