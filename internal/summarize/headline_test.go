package summarize

import (
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

func TestHeadline(t *testing.T) {
	byLength := func(title string) float64 { return float64(len(title)) }
	tests := []struct {
		name  string
		arts  []news.Article
		score func(string) float64
		want  string
	}{
		{"highest score", []news.Article{{Title: "Short"}, {Title: "A longer headline"}}, byLength, "A longer headline"},
		{"earliest on ties", []news.Article{{Title: "One"}, {Title: "Two"}}, byLength, "One"},
		{"no score: earliest", []news.Article{{Title: ""}, {Title: "First given"}, {Title: "Second given"}}, nil, "First given"},
		{"given headline before one taken from the body",
			[]news.Article{{Title: "A very long first sentence taken from the body…", TitleFromBody: true}, {Title: "Given"}}, byLength, "Given"},
		{"taken from the body when nothing else",
			[]news.Article{{Title: "First sentence of the body…", TitleFromBody: true}, {}}, byLength, "First sentence of the body…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Headline(tc.arts, tc.score); got != tc.want {
				t.Errorf("Headline = %q, want %q", got, tc.want)
			}
		})
	}
}
