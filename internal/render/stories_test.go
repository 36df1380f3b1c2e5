package render

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/news"
)

// TestStoriesMoved checks that an article moved, before its story closed, from the
// story it joined on arrival to one it fits better is reported on the article, in
// text and in JSON. (The clusterer's tests check when articles move.)
func TestStoriesMoved(t *testing.T) {
	moved := news.StoryArticle{Article: news.Article{ID: "a2", Title: "Flood rescue teams sent to\nearthquake"},
		Shared: []string{"earthquake", "rubble"}, Names: []string{"Sendai"}, Score: 0.4123,
		Moved: &news.Move{From: "s000000000001", Own: 0.0817}}
	res := news.Stories{Stories: []news.Story{{ID: "s000000000002", Title: "Earthquake",
		Articles: []news.StoryArticle{{Article: news.Article{ID: "a1", Title: "Earthquake"}}, moved}}}}
	for _, tc := range []struct {
		write func(io.Writer, news.Stories) error
		want  []string
	}{
		{func(w io.Writer, res news.Stories) error { return writeStoriesText(w, res, false) }, []string{`    moved in: "Flood rescue teams sent to earthquake" from s000000000001, similarity 0.412 against 0.082 there, sharing Sendai, earthquake, rubble` + "\n"}},
		{writeStoriesJSON, []string{`"moved_from": {
            "story": "s000000000001",
            "own_score": 0.082
          }`, `"score": 0.412`}},
	} {
		var b strings.Builder
		if err := tc.write(&b, res); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("output lacks %q:\n%s", w, b.String())
			}
		}
		if n := strings.Count(b.String(), "s000000000001"); n != 1 {
			t.Errorf("the story moved from is named %d times, want once (only the moved article):\n%s", n, b.String())
		}
	}
}

// TestStoriesTextArticles checks the article lines of "stories --articles": each
// article with its id, date and outlet and why it is in the story, its copies under it,
// and a moved article once, on its own line.
func TestStoriesTextArticles(t *testing.T) {
	day := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	res := news.Stories{Stories: []news.Story{{ID: "s000000000002", Title: "Dam opens", First: day, Last: day,
		Articles: []news.StoryArticle{
			{Article: news.Article{ID: "a1", Title: "Dam opens", Outlet: "Wire", Published: day},
				Copies: []news.Article{{ID: "a1-copy", Outlet: "Herald", Published: day}}},
			{Article: news.Article{ID: "a2"}, Shared: []string{"dam", "valley"}, Score: 0.2514},
			{Article: news.Article{ID: "a3", Title: "Dam power"}, Shared: []string{"turbines"}, Score: 0.3,
				Moved: &news.Move{From: "s000000000001", Own: 0.01}},
		}}}}
	var b strings.Builder
	if err := writeStoriesText(&b, res, true); err != nil {
		t.Fatal(err)
	}
	want := `s000000000002    4 articles  2024-03-01 .. 2024-03-01  Dam opens
    outlets: Wire, Herald
    a1  2024-03-01  Wire  "Dam opens"  started a story
      copy: a1-copy  2024-03-01  Herald
    a2  undated     -  (untitled)  joined at 0.251, sharing dam, valley
    a3  undated     -  "Dam power"  moved in from s000000000001, similarity 0.300 against 0.010 there, sharing turbines
1 story
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("stories --articles (-want +got):\n%s", diff)
	}
}
