package summarize

import (
	"math"
	"sort"

	"github.com/storyline-news/storyline/internal/news"
)

// index finds, for a brief's sentence, the sentences of other articles that share its terms.
type index struct {
	postings map[string][]int32 // term -> sentences containing it, ascending
	idf      map[string]float64
}

func newIndex(sents []news.Sentence) *index {
	ix := &index{postings: map[string][]int32{}, idf: map[string]float64{}}
	for i, s := range sents {
		for _, t := range s.Terms {
			p := ix.postings[t]
			if len(p) == 0 || p[len(p)-1] != int32(i) {
				ix.postings[t] = append(p, int32(i))
			}
		}
	}
	n := float64(len(sents))
	for t, p := range ix.postings {
		ix.idf[t] = math.Log(1 + n/float64(len(p)))
	}
	return ix
}

// support returns a citation for every article with a sentence that reports what sentence
// i says: the article's best sentence contains at least minSupport of sentence i's term
// weight (idf-weighted containment, so an exact copy scores 1 and a longer sentence that
// includes the same fact scores high). The sentence's own article is always cited.
// Citations come in the order of the articles.
func support(articles []news.Article, sents []news.Sentence, ix *index, i int, minSupport float64) []news.Citation {
	terms := distinct(sents[i].Terms)
	total := 0.0
	for _, t := range terms {
		total += ix.idf[t]
	}
	type overlap struct {
		weight float64
		terms  int
	}
	shared := map[int32]overlap{}
	for _, t := range terms {
		for _, j := range ix.postings[t] {
			o := shared[j]
			shared[j] = overlap{o.weight + ix.idf[t], o.terms + 1}
		}
	}
	// A few common words in common ("time", "tell", "Trump") are not the same fact:
	// a supporting sentence must also share at least half of the terms, and three.
	minTerms := max(3, (len(terms)+1)/2)
	best := map[int]float64{sents[i].Article: 1}
	for j, o := range shared {
		a := sents[j].Article
		if a == sents[i].Article || total == 0 || o.terms < minTerms {
			continue
		}
		if sim := o.weight / total; sim >= minSupport && sim > best[a] {
			best[a] = sim
		}
	}
	arts := make([]int, 0, len(best))
	for a := range best {
		arts = append(arts, a)
	}
	sort.Ints(arts)
	cites := make([]news.Citation, 0, len(arts))
	for _, a := range arts {
		cites = append(cites, news.Citation{ArticleID: articles[a].ID, Similarity: math.Min(1, best[a])})
	}
	return cites
}

func distinct(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := terms[:0:0]
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
