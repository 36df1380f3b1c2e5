package rouge

import (
	"math"
	"sort"
)

// drand48 is the 48-bit linear congruential generator behind Perl's rand (Perl's own
// since 5.20, the C library's before): srand(s) sets the state to s<<16 + 0x330E.
type drand48 struct{ x uint64 }

func (r *drand48) seed(s uint32) { r.x = uint64(s)<<16 + 0x330E }

func (r *drand48) next() float64 {
	r.x = (r.x*0x5DEECE66D + 0xB) & (1<<48 - 1)
	return math.Ldexp(float64(r.x), -48)
}

// intn is Perl's int(rand(n)).
func (r *drand48) intn(n int) int { return int(r.next() * float64(n)) }

// average is ROUGE-1.5.5's computeAverages for one peer and method: vals are the
// per-evaluation triples in the byte order of their test IDs. For UnitSentence and
// UnitToken the reported point value is the mean of the bootstrap means, and the
// interval is read off the sorted resamples; for UnitRaw the counts are summed.
type average struct {
	avg, low, high, sum [3]float64
}

func computeAverage(vals [][3]float64, opt Options) average {
	var a average
	for _, v := range vals {
		for k := range 3 {
			a.sum[k] += v[k]
		}
	}
	if opt.Unit == UnitRaw {
		return a
	}
	if opt.Resamples <= 0 {
		a.avg = pointAverage(a.sum, len(vals), opt)
		a.low, a.high = a.avg, a.avg
		return a
	}
	samples := resample(vals, opt)
	ciDelta := float64(opt.Resamples) * ((100 - opt.Confidence) / 2.0) / 100.0
	ua := int(float64(opt.Resamples) - ciDelta - 1)
	la := int(ciDelta)
	ratio := float64(opt.Resamples) - ciDelta - 1 - float64(ua)
	for k := range 3 {
		s := samples[k]
		sort.Float64s(s)
		total := 0.0
		for _, x := range s {
			total += x
		}
		at := func(i int) float64 {
			if i < 0 || i >= len(s) {
				return 0
			}
			return s[i]
		}
		a.avg[k] = round5(total / float64(len(s)))
		a.low[k] = round5(at(la) + (at(la+1)-at(la))*ratio)
		a.high[k] = round5(at(ua) + (at(ua+1)-at(ua))*ratio)
	}
	return a
}

// pointAverage is the plain mean (or pooled ratio) used when no resampling is asked for.
func pointAverage(sum [3]float64, n int, opt Options) [3]float64 {
	if opt.Unit == UnitToken {
		return poolRatios(sum, opt)
	}
	if n == 0 {
		return [3]float64{}
	}
	return [3]float64{round5(sum[0] / float64(n)), round5(sum[1] / float64(n)), round5(sum[2] / float64(n))}
}

func poolRatios(sum [3]float64, opt Options) [3]float64 {
	var r, p float64
	if sum[0] > 0 {
		r = sum[2] / sum[0]
	}
	if sum[1] > 0 {
		p = sum[2] / sum[1]
	}
	return [3]float64{r, p, fMeasure(r, p, opt.Alpha, false)}
}

// resample draws opt.Resamples bootstrap samples, sample i from srand(i), each of
// len(vals) draws with replacement, summed in draw order as ROUGE does.
func resample(vals [][3]float64, opt Options) [3][]float64 {
	var out [3][]float64
	for k := range out {
		out[k] = make([]float64, opt.Resamples)
	}
	n := len(vals)
	var rng drand48
	for i := 0; i < opt.Resamples; i++ {
		rng.seed(uint32(i))
		var s [3]float64
		for range n {
			v := vals[rng.intn(n)]
			s[0] += v[0]
			s[1] += v[1]
			s[2] += v[2]
		}
		switch {
		case opt.Unit == UnitToken:
			s = poolRatios(s, opt)
		case n > 0:
			s[0] /= float64(n)
			s[1] /= float64(n)
			s[2] /= float64(n)
		}
		out[0][i], out[1][i], out[2][i] = s[0], s[1], s[2]
	}
	return out
}
