package summarize

import (
	"container/heap"
	"math"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// selectSentences chooses sentences by lazy greedy maximisation of concept coverage per
// word, within the word budget. It returns indexes into sents in the order chosen (most
// important first). If no sentence passes the stand-alone checks, it tries again without
// them, so that a pile of fragments still gets a brief.
func selectSentences(sents []news.Sentence, cs *concepts, opt Options) []int {
	chosen := greedy(sents, cs, opt, true)
	if len(chosen) == 0 {
		chosen = greedy(sents, cs, opt, false)
	}
	return chosen
}

func greedy(sents []news.Sentence, cs *concepts, opt Options, strict bool) []int {
	covered := make([]bool, len(cs.weight))
	h := &gainHeap{}
	for i, s := range sents {
		if s.Words < 1 || s.Words > opt.Words || (strict && !candidate(s, opt)) {
			continue
		}
		if g := gain(cs, covered, i); g > 0 {
			h.items = append(h.items, scored{i, g / cost(s.Words, opt)})
		}
	}
	heap.Init(h)
	var chosen []int
	left := opt.Words
	for h.Len() > 0 {
		top := heap.Pop(h).(scored)
		s := sents[top.i]
		if s.Words > left {
			continue
		}
		g := gain(cs, covered, top.i)
		if g <= 0 {
			continue
		}
		score := g / cost(s.Words, opt)
		if h.Len() > 0 && score < h.items[0].score {
			heap.Push(h, scored{top.i, score}) // stale bound: re-queue with the true gain
			continue
		}
		if redundant(sents, chosen, top.i, opt.Redundancy) {
			continue
		}
		for _, c := range cs.sent[top.i] {
			covered[c] = true
		}
		chosen = append(chosen, top.i)
		left -= s.Words
	}
	return chosen
}

func candidate(s news.Sentence, opt Options) bool {
	return s.Words >= opt.MinWords && (opt.MaxWords <= 0 || s.Words <= opt.MaxWords) &&
		dense(s, opt) && text.StandsAlone(s.Text)
}

func gain(cs *concepts, covered []bool, i int) float64 {
	g := 0.0
	for _, c := range cs.sent[i] {
		if !covered[c] {
			g += cs.weight[c]
		}
	}
	return g * cs.relevance[i]
}

func cost(words int, opt Options) float64 {
	return math.Pow(float64(words), opt.LengthExponent)
}

// redundant reports whether sentence i shares so many terms with a chosen sentence that
// it would repeat it.
func redundant(sents []news.Sentence, chosen []int, i int, limit float64) bool {
	for _, j := range chosen {
		if termCosine(sents[i].Terms, sents[j].Terms) >= limit {
			return true
		}
	}
	return false
}

// termCosine is the cosine of two sentences' term sets.
func termCosine(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	set := make(map[string]bool, len(a))
	for _, t := range a {
		set[t] = true
	}
	inB := make(map[string]bool, len(b))
	shared := 0
	for _, t := range b {
		if set[t] && !inB[t] {
			shared++
		}
		inB[t] = true
	}
	return float64(shared) / math.Sqrt(float64(len(set))*float64(len(inB)))
}

type scored struct {
	i     int
	score float64
}

// gainHeap is a max-heap of candidate sentences by their (possibly stale) score; ties go
// to the earlier sentence so results do not depend on heap internals.
type gainHeap struct{ items []scored }

func (h *gainHeap) Len() int { return len(h.items) }
func (h *gainHeap) Less(a, b int) bool {
	if h.items[a].score != h.items[b].score {
		return h.items[a].score > h.items[b].score
	}
	return h.items[a].i < h.items[b].i
}
func (h *gainHeap) Swap(a, b int) { h.items[a], h.items[b] = h.items[b], h.items[a] }
func (h *gainHeap) Push(x any)    { h.items = append(h.items, x.(scored)) }
func (h *gainHeap) Pop() any {
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return last
}

// distinctCount counts the distinct terms of a sentence without allocating.
func distinctCount(terms []string) int {
	n := 0
	for i, t := range terms {
		seen := false
		for _, u := range terms[:i] {
			if u == t {
				seen = true
				break
			}
		}
		if !seen {
			n++
		}
	}
	return n
}

// dense reports whether a sentence carries enough distinct terms to be worth its words:
// MinTerms, or fewer in a short sentence made mostly of them.
func dense(s news.Sentence, opt Options) bool {
	d := distinctCount(s.Terms)
	return d >= opt.MinTerms || (opt.DenseTerms > 0 && d >= opt.DenseTerms && float64(d) >= opt.DenseShare*float64(s.Words))
}
