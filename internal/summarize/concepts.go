package summarize

import (
	"math"

	"github.com/storyline-news/storyline/internal/news"
)

// concepts holds the weighted units of information a brief tries to cover.
type concepts struct {
	weight []float64 // by concept id; 0 for concepts too rare to count
	sent   [][]int32 // the distinct concept ids of each sentence
	// relevance multiplies each sentence's gain: 1 without a focus, up to 1+FocusWeight
	// for a sentence that carries the focus's terms.
	relevance []float64
	// termWeight is the article frequency of each single term, for naming the story.
	termWeight map[string]float64
}

// buildConcepts turns each sentence's terms and adjacent term pairs into concepts weighted by the
// number of articles that contain them. It assumes, as the text stage makes them, that
// sentences come grouped by article.
func buildConcepts(articles []news.Article, sents []news.Sentence, opt Options) *concepts {
	cs := &concepts{sent: make([][]int32, len(sents)), termWeight: map[string]float64{}}
	ids := map[string]int32{}
	var df, lead []float64
	var lastArt, lastLead []int
	termLast := map[string]int{}
	for i, s := range sents {
		for _, t := range s.Terms {
			if last, ok := termLast[t]; !ok || last != s.Article+1 {
				cs.termWeight[t]++
				termLast[t] = s.Article + 1
			}
		}
		for _, key := range conceptKeys(s.Terms) {
			id, ok := ids[key]
			if !ok {
				id = int32(len(df))
				ids[key] = id
				df, lead = append(df, 0), append(lead, 0)
				lastArt, lastLead = append(lastArt, -1), append(lastLead, -1)
			}
			if !contains(cs.sent[i], id) {
				cs.sent[i] = append(cs.sent[i], id)
			}
			if lastArt[id] != s.Article {
				df[id]++
				lastArt[id] = s.Article
			}
			if s.Index < opt.LeadSentences && lastLead[id] != s.Article {
				lead[id]++
				lastLead[id] = s.Article
			}
		}
	}
	focus := focusTerms(opt)
	cs.relevance = relevance(sents, focus, opt.RelevanceWeight, opt.FocusTerms)
	minDF := minArticles(len(articles))
	if opt.MinArticles > 0 {
		minDF = float64(opt.MinArticles)
	}
	cs.weight = make([]float64, len(df))
	for key, id := range ids {
		if df[id] < minDF {
			continue
		}
		w := math.Pow(df[id], opt.DFExponent) + opt.LeadWeight*lead[id]
		if !isPair(key) {
			w *= opt.UnigramWeight
		}
		if len(focus) > 0 && pairHasAny(key, focus) {
			w *= 1 + opt.FocusWeight
		}
		cs.weight[id] = w
	}
	return cs
}

// minArticles is how many articles must share a concept before it counts: in a pile of
// several articles a pair of words used by one article only is that article's detail,
// not the story's.
func minArticles(n int) float64 {
	switch {
	case n <= 1:
		return 1
	case n <= 10:
		return 2
	default:
		return 3
	}
}

func focusTerms(opt Options) map[string]bool {
	if opt.Focus == "" || opt.Terms == nil {
		return nil
	}
	set := map[string]bool{}
	for _, t := range opt.Terms(opt.Focus) {
		set[t] = true
	}
	return set
}

// pairHasAny reports whether either term of the pair "a b" is in set.
func pairHasAny(pair string, set map[string]bool) bool {
	for i := 0; i < len(pair); i++ {
		if pair[i] == ' ' {
			return set[pair[:i]] || set[pair[i+1:]]
		}
	}
	return set[pair]
}

func contains(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// conceptKeys returns a sentence's concepts: each term alone and each pair of adjacent
// terms ("a b").
func conceptKeys(terms []string) []string {
	keys := make([]string, 0, 2*len(terms))
	for j, t := range terms {
		keys = append(keys, t)
		if j+1 < len(terms) {
			keys = append(keys, t+" "+terms[j+1])
		}
	}
	return keys
}

func isPair(key string) bool {
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' {
			return true
		}
	}
	return false
}

// relevance scores each sentence by the share of the focus terms it carries (all of them,
// or saturate, whichever is fewer, count as full relevance).
func relevance(sents []news.Sentence, focus map[string]bool, weight float64, saturate int) []float64 {
	rel := make([]float64, len(sents))
	full := float64(min(len(focus), max(saturate, 1)))
	for i, s := range sents {
		rel[i] = 1
		if len(focus) == 0 {
			continue
		}
		seen := map[string]bool{}
		for _, t := range s.Terms {
			if focus[t] {
				seen[t] = true
			}
		}
		rel[i] += weight * min(1, float64(len(seen))/full)
	}
	return rel
}
