// Package summarize writes a brief: an extractive multi-document summary in which every
// sentence cites every article that reports it.
//
// The method is concept coverage under a word budget, after Gillick and Favre (2009), "A
// Scalable Global Model for Summarization": concepts are content terms (stemmed) and pairs of
// words at most four apart in a sentence of which at least one is a content term (the
// skip-bigrams of ROUGE-SU4, Lin 2004, "ROUGE: A Package for Automatic Evaluation of
// Summaries", so a stop word next to a term keeps the articles' phrasing: "the senate",
// "voted to"), each weighted by the number of articles that contain it, so a fact that many
// outlets report weighs more; a concept counts once however many chosen sentences carry
// it, so the objective itself punishes repetition. The objective is monotone
// submodular, and we maximise it with the lazy greedy algorithm on gain per word (Lin and
// Bilmes, 2010, "Multi-document Summarization via Budgeted Maximization of Submodular
// Functions"), which runs in close to linear time in the number of sentences. A focus text
// raises the weight of concepts that share its terms, and the gain of sentences by their
// relevance to it, scored by query-biased manifold ranking (Wan, Yang and Xiao 2007, see
// manifold.go) so that relevance reaches sentences like the relevant ones (query-focused
// summarization as in DUC 2005-2007). Sentences that cannot stand alone in a brief are never candidates (see
// text.StandsAlone); the chosen sentences cite every article with a sentence that says the same
// (support.go) and are ordered as a story (order.go).
package summarize

import (
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// Options steer a brief. The zero value is not useful: start from Defaults().
type Options struct {
	// Words is the word budget: the brief never has more words than this.
	Words int
	// Focus is an information need in plain words; "" writes a generic brief.
	Focus string
	// Terms turns text into content terms the way sentences' Terms were made; the focus
	// text and titles go through it. Required.
	Terms func(string) []string
	// FocusWeight multiplies the weight of concepts that contain a focus term by
	// (1 + FocusWeight).
	FocusWeight float64
	// RelevanceWeight multiplies a sentence's gain by up to (1 + RelevanceWeight) by its
	// relevance to the focus: its manifold-ranking score when Spread is set (see
	// manifold.go), else the share of the focus's terms it carries, FocusTerms of them
	// counting as all.
	RelevanceWeight float64
	FocusTerms      int
	// Spread is manifold ranking's a: how much of a sentence's relevance comes from the
	// sentences like it rather than from its own likeness to the focus (0: off).
	Spread float64
	// DFExponent raises a concept's article count to this power before weighting
	// (1: linear; more favours what most articles say).
	DFExponent float64
	// MinWords and MaxWords bound a candidate sentence's length; MinTerms is the fewest
	// distinct content terms a candidate must carry to be worth its words.
	MinWords, MaxWords, MinTerms int
	// A sentence with fewer than MinTerms distinct terms is still a candidate when it has
	// at least DenseTerms and they make DenseShare of its words: short and dense.
	DenseTerms int
	DenseShare float64
	// LengthExponent r divides a sentence's gain by words^r when choosing greedily.
	LengthExponent float64
	// MinSupport is the similarity from which another article's sentence counts as
	// reporting the same thing (see support.go).
	MinSupport float64
	// Redundancy is the similarity above which a candidate is dropped as repeating a
	// sentence already chosen.
	Redundancy float64
	// MinArticles is how many articles must share a concept for it to count; 0 chooses
	// by the size of the pile (see minArticles).
	MinArticles int
	// UnigramWeight scales the weight of single-term concepts against word pairs.
	UnigramWeight float64
	// PairSpan is how far apart (in words) two words of a sentence may be and still make
	// a pair concept: 1 pairs neighbours only; 5, the default, pairs the words that
	// ROUGE-SU4 pairs (at most four words between them).
	PairSpan int
	// LeadWeight adds to a concept's weight for each article in whose first LeadSentences
	// sentences it occurs: news puts the central facts first.
	LeadWeight    float64
	LeadSentences int
}

// Defaults returns the options a brief uses unless told otherwise.
func Defaults(terms func(string) []string) Options {
	return Options{
		Words:           150,
		Terms:           terms,
		FocusWeight:     2,
		RelevanceWeight: 2,
		FocusTerms:      4,
		Spread:          0.95,
		DFExponent:      1,
		MinWords:        8,
		MaxWords:        40,
		MinTerms:        8,
		DenseTerms:      6,
		DenseShare:      0.45,
		LengthExponent:  0.8,
		MinSupport:      0.5,
		Redundancy:      0.5,
		UnigramWeight:   1,
		PairSpan:        5,
		LeadWeight:      0,
		LeadSentences:   3,
	}
}

// Summarize writes the brief of one story from its articles and their sentences (as
// made by the text stage: Sentence.Article indexes articles).
func Summarize(articles []news.Article, sents []news.Sentence, opt Options) news.Brief {
	b := news.Brief{Articles: articles}
	if len(sents) == 0 || opt.Words <= 0 {
		b.Title = Headline(articles, nil)
		return b
	}
	cs := buildConcepts(articles, sents, opt)
	chosen := selectSentences(sents, cs, opt)
	ix := newIndex(sents)
	for rank, i := range chosen {
		s := sents[i]
		shown := text.Shown(s.Text)
		b.Sentences = append(b.Sentences, news.BriefSentence{
			Text:      shown,
			From:      articles[s.Article].ID,
			Citations: support(articles, sents, ix, i, opt.MinSupport),
			Rank:      rank + 1,
		})
		b.Words += s.Words - (text.WordCount(s.Text) - text.WordCount(shown))
	}
	orderBrief(&b, articles, sents, chosen)
	b.Title = Headline(articles, func(title string) float64 {
		if opt.Terms == nil {
			return 0
		}
		return meanWeight(title, opt.Terms, func(t string) float64 { return cs.termWeight[t] })
	})
	return b
}
