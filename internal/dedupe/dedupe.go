// Package dedupe owns copy detection: it recognises exact and near-duplicate article
// texts (syndicated wire copy, reposts under a new headline or with a trimmed ending,
// the same page fetched twice) so that the pipeline can collapse them into one article
// that keeps every outlet and URL that carried it.
//
// Method. An article body, given as its content terms (the pipeline passes stemmed,
// stop-word-free terms), is cut into overlapping shingles of Shingle terms (Broder
// 1997, "On the resemblance and containment of documents"). Its MinHash signature of
// Hashes values, one minimum per random linear permutation of 64-bit shingle hashes
// (Broder 1997; Broder, Charikar, Frieze and Mitzenmacher 2000), estimates the Jaccard
// resemblance J of two shingle sets as the fraction of equal minima. Candidate pairs
// come from locality-sensitive hashing over bands of the signature (Indyk and Motwani
// 1998; the banding of Leskovec, Rajaraman and Ullman, Mining of Massive Datasets,
// ch. 3): two signatures that agree on every row of some band are compared. A pair is
// a copy when its estimated containment, |A∩B| / min(|A|,|B|) = J(|A|+|B|) / ((1+J)
// min(|A|,|B|)), reaches Containment: containment rather than resemblance is what keeps
// a copy with a trimmed ending or added boilerplate a copy. SimHash (Charikar 2002) was
// not chosen because its Hamming distance tracks cosine similarity of the whole text,
// which a trimmed copy loses, and it has no containment estimate.
//
// The Index is online and bounded: it remembers articles for Window of publication time
// (and at most MaxKept of them), so memory follows the window, not the stream.
package dedupe

import (
	"math/bits"
	"slices"
	"time"
)

// Options tune signatures and the copy test. The zero value of a field means its
// default (see Defaults).
type Options struct {
	// Shingle is the number of consecutive terms in a shingle (default 3).
	Shingle int
	// Bands and Rows shape the LSH index; the signature has Bands*Rows values
	// (default 32 bands of 2 rows).
	Bands, Rows int
	// Containment is the least estimated containment of the shorter text in the longer
	// for a pair to be copies (default 0.5).
	Containment float64
	// MinShingles is the least number of shingles a text needs to be compared at all:
	// shorter texts are never called copies (default 8).
	MinShingles int
	// Window is how long, in publication time, an article stays findable as the
	// original of later copies (default 14 days).
	Window time.Duration
	// MaxKept caps the number of articles the index remembers (default 200,000).
	MaxKept int
}

// Defaults returns opt with every zero field set to its default.
func Defaults(opt Options) Options {
	if opt.Shingle <= 0 {
		opt.Shingle = 3
	}
	if opt.Bands <= 0 || opt.Rows <= 0 {
		opt.Bands, opt.Rows = 32, 2
	}
	if opt.Containment <= 0 {
		opt.Containment = 0.5
	}
	if opt.MinShingles <= 0 {
		opt.MinShingles = 8
	}
	if opt.Window <= 0 {
		opt.Window = 14 * 24 * time.Hour
	}
	if opt.MaxKept <= 0 {
		opt.MaxKept = 200_000
	}
	return opt
}

// Signature is the MinHash sketch of one text.
type Signature struct {
	// Mins holds one minimum per permutation.
	Mins []uint32
	// Shingles is the number of distinct shingles the text had (estimated from the
	// shingle count when the text repeats itself).
	Shingles int
}

// Sign returns the MinHash signature of a text given as its terms. opt must come from
// Defaults. A text with fewer than Shingle terms has no shingles and an empty signature.
func Sign(terms []string, opt Options) Signature {
	n := len(terms) - opt.Shingle + 1
	if n <= 0 {
		return Signature{}
	}
	hashes := make([]uint64, len(terms))
	for i, t := range terms {
		hashes[i] = hashString(t)
	}
	k := opt.Bands * opt.Rows
	mins := make([]uint32, k)
	shingles := make([]uint64, n)
	for i := range shingles {
		h := uint64(0x9e3779b97f4a7c15)
		for _, x := range hashes[i : i+opt.Shingle] {
			h = mix(bits.RotateLeft64(h, 23) ^ x)
		}
		shingles[i] = h
	}
	slices.Sort(shingles)
	shingles = slices.Compact(shingles)
	for j, p := range permutations(k) {
		m := ^uint32(0)
		for _, h := range shingles {
			if v := uint32((p.a*h + p.b) >> 32); v < m {
				m = v
			}
		}
		mins[j] = m
	}
	return Signature{Mins: mins, Shingles: len(shingles)}
}

// Resemblance estimates the Jaccard resemblance of the shingle sets of a and b.
func Resemblance(a, b Signature) float64 {
	if len(a.Mins) == 0 || len(a.Mins) != len(b.Mins) {
		return 0
	}
	eq := 0
	for i, v := range a.Mins {
		if v == b.Mins[i] {
			eq++
		}
	}
	return float64(eq) / float64(len(a.Mins))
}

// Containment estimates |A∩B| / min(|A|,|B|) for the shingle sets of a and b from their
// resemblance and sizes: how much of the shorter text the longer one carries.
func Containment(a, b Signature) float64 {
	j := Resemblance(a, b)
	small := min(a.Shingles, b.Shingles)
	if j == 0 || small == 0 {
		return 0
	}
	c := j * float64(a.Shingles+b.Shingles) / ((1 + j) * float64(small))
	return min(c, 1)
}

// hashString is FNV-1a, 64 bits, finished with mix so that short terms spread well.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// mix is the splitmix64 finaliser (Steele, Lea and Flood 2014).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// perm is one hash function of the signature: a multiply-shift permutation
// (Dietzfelbinger et al. 1997) h -> (a*h + b) >> 32 with a odd.
type perm struct{ a, b uint64 }

// permutations returns k hash functions derived from fixed seeds, so signatures are
// comparable across runs and processes.
func permutations(k int) []perm {
	ps := make([]perm, k)
	for j := range ps {
		ps[j] = perm{a: mix(uint64(j)*0x9e3779b97f4a7c15+1) | 1, b: mix(uint64(j) + 0x632be59bd9b4e019)}
	}
	return ps
}
