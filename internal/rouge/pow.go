package rouge

import (
	"math"
	"math/big"
	"sync"
)

// ROUGE-W's scores depend on float ties between sums of k^w terms in its LCS table, so
// x^y must be rounded exactly as the C library's pow rounds it (correctly, for these
// arguments); math.Pow can be one unit in the last place off and flip those ties.
// exactPow evaluates exp(y*ln x) with 160-bit big.Float arithmetic and rounds once.

const powPrec = 160

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

func newBig() *big.Float { return new(big.Float).SetPrec(powPrec) }

// atanhSeries returns 2*atanh(z) = 2*(z + z^3/3 + z^5/5 + ...), for |z| < 1/2.
func atanhSeries(z *big.Float) *big.Float {
	sum := newBig().Set(z)
	z2 := newBig().Mul(z, z)
	term := newBig().Set(z)
	eps := newBig().SetMantExp(big.NewFloat(1), -powPrec-8)
	for n := int64(3); ; n += 2 {
		term.Mul(term, z2)
		q := newBig().Quo(term, newBig().SetInt64(n))
		if q.Sign() == 0 || newBig().Abs(q).Cmp(eps) < 0 {
			break
		}
		sum.Add(sum, q)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

func ln2() *big.Float {
	ln2Once.Do(func() {
		ln2Big = atanhSeries(newBig().Quo(newBig().SetInt64(1), newBig().SetInt64(3)))
	})
	return ln2Big
}

// bigLog is the natural logarithm of x > 0.
func bigLog(x float64) *big.Float {
	m := newBig()
	e := newBig().SetFloat64(x).MantExp(m) // x = m * 2^e, m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.Mul(m, big.NewFloat(2))
		e--
	}
	num := newBig().Sub(m, big.NewFloat(1))
	den := newBig().Add(m, big.NewFloat(1))
	l := atanhSeries(num.Quo(num, den))
	return l.Add(l, newBig().Mul(ln2(), newBig().SetInt64(int64(e))))
}

// bigExp returns exp(t) rounded to a float64.
func bigExp(t *big.Float) float64 {
	q := newBig().Quo(t, ln2())
	qf, _ := q.Float64()
	n := math.Round(qf)
	r := newBig().Sub(t, newBig().Mul(ln2(), newBig().SetFloat64(n)))
	sum := newBig().SetInt64(1)
	term := newBig().SetInt64(1)
	eps := newBig().SetMantExp(big.NewFloat(1), -powPrec-8)
	for k := int64(1); k < 200; k++ {
		term.Mul(term, r)
		term.Quo(term, newBig().SetInt64(k))
		sum.Add(sum, term)
		if term.Sign() == 0 || newBig().Abs(term).Cmp(eps) < 0 {
			break
		}
	}
	sum.SetMantExp(sum, int(n))
	f, _ := sum.Float64()
	return f
}

// exactPow is x^y correctly rounded for x >= 0; it falls back to math.Pow elsewhere.
func exactPow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case x == 0 && y > 0:
		return 0
	case x < 0 || math.IsNaN(x) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0):
		return math.Pow(x, y)
	case y == 1:
		return x
	}
	t := bigLog(x)
	return bigExp(t.Mul(t, newBig().SetFloat64(y)))
}

// powCache memoises exactPow for one exponent; it is safe for concurrent use.
type powCache struct {
	y  float64
	mu sync.Mutex
	m  map[float64]float64
}

func newPowCache(y float64) *powCache { return &powCache{y: y, m: map[float64]float64{}} }

func (c *powCache) pow(x float64) float64 {
	c.mu.Lock()
	v, ok := c.m[x]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = exactPow(x, c.y)
	c.mu.Lock()
	c.m[x] = v
	c.mu.Unlock()
	return v
}

// rootRounded is round5(x^(1/w)) for ROUGE-W's scores. math.Pow is within a few units in
// the last place, which only matters when the result sits on a rounding boundary of the
// fifth decimal; only then is the exact power computed.
func (s *lcsScratch) rootRounded(x float64) float64 {
	v := math.Pow(x, s.pinv.y)
	scaled := v * 1e5
	if frac := scaled - math.Floor(scaled); math.Abs(frac-0.5) > 1e-6 {
		return round5(v)
	}
	return round5(exactPow(x, s.pinv.y))
}
