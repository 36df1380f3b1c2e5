package extract

import (
	"strings"
	"unicode"
)

// Counts is one page's shingle match, normalised so that TP+FP+FN is 1 (all zero when
// both texts are empty), as the article-extraction benchmark scores a page.
type Counts struct {
	TP, FP, FN float64
}

// Scores are the benchmark's corpus figures: precision and recall are means over pages,
// F1 is computed from the two means.
type Scores struct {
	Pages     int
	Precision float64
	Recall    float64
	F1        float64
}

// shingleSize is the benchmark's n: texts are compared as bags of 4-token shingles.
const shingleSize = 4

// Tokens splits text into the benchmark's \w+ tokens, case kept. Python's Unicode \w is a
// letter (L*), a number (N*) or '_'; combining marks are not word characters there, so
// they split tokens here too.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWord(r) })
}

func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// shingles counts the n-token shingles of text. As in the benchmark, a text of fewer
// than n tokens (but at least one) yields a single shorter shingle made of all its tokens,
// and an empty text yields none.
func shingles(text string) map[string]int {
	toks := Tokens(text)
	out := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return out
	}
	last := max(1, len(toks)-shingleSize+1)
	for i := 0; i < last; i++ {
		end := min(i+shingleSize, len(toks))
		// \x00 cannot occur in a token, so joined keys are unambiguous.
		out[strings.Join(toks[i:end], "\x00")]++
	}
	return out
}

// Match compares a predicted article body with the true one by multiset overlap of their
// shingles and normalises the counts to sum 1.
func Match(truth, pred string) Counts {
	ts, ps := shingles(truth), shingles(pred)
	var c Counts
	for k, t := range ts {
		p := ps[k]
		c.TP += float64(min(t, p))
		c.FN += float64(max(0, t-p))
	}
	for k, p := range ps {
		c.FP += float64(max(0, p-ts[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Score averages per-page counts the way the benchmark does. A page's precision is 1
// when it has neither FP nor FN (both texts empty included) and 0 when it has neither TP
// nor FP; pages with TP+FP = 0 (an empty prediction) are left out of the precision mean,
// and pages with TP+FN = 0 out of the recall mean, exactly as evaluate.py filters them.
func Score(pages []Counts) Scores {
	s := Scores{Pages: len(pages)}
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			s.Precision += ratio(c, c.FP)
			np++
		}
		if c.TP+c.FN > 0 {
			s.Recall += ratio(c, c.FN)
			nr++
		}
	}
	if np > 0 {
		s.Precision /= float64(np)
	}
	if nr > 0 {
		s.Recall /= float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// ratio is TP/(TP+miss) with the benchmark's conventions for degenerate pages.
func ratio(c Counts, miss float64) float64 {
	if c.FP == 0 && c.FN == 0 {
		return 1
	}
	if c.TP == 0 && miss == 0 {
		return 0
	}
	return c.TP / (c.TP + miss)
}
