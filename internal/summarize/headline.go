package summarize

import (
	"math"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Headline names a story after one of its articles' headlines: the one score rates
// highest among those the articles were given, the earliest on ties. (The clean stage
// has already tidied every headline for display: no wire codes, no capitals.) A headline taken from an article's first
// sentence (see news.Article) is used only when no article has another. score may be
// nil, and then the earliest headline wins.
func Headline(arts []news.Article, score func(title string) float64) string {
	best, bestScore, bestGiven := "", math.Inf(-1), false
	for _, a := range arts {
		t := strings.TrimSpace(a.Title)
		if t == "" || bestGiven && a.TitleFromBody {
			continue
		}
		s := 0.0
		if score != nil {
			s = score(t)
		}
		if best == "" || s > bestScore || !bestGiven && !a.TitleFromBody {
			best, bestScore, bestGiven = t, s, !a.TitleFromBody
		}
	}
	return best
}

// meanWeight scores a headline by the mean weight of its content terms, 0 for one
// without any.
func meanWeight(title string, terms func(string) []string, weight func(string) float64) float64 {
	ts := terms(title)
	if len(ts) == 0 {
		return 0
	}
	sum := 0.0
	for _, t := range ts {
		sum += weight(t)
	}
	return sum / float64(len(ts))
}
