package clean

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// pile builds n titled articles, each with its own body, the given outlet, and the
// extra line placed at position pos (0 first, -1 last) in the first k of them.
func pile(n, k int, outlet func(i int) string, extra string, pos int) []news.Article {
	var arts []news.Article
	for i := range n {
		ps := []string{
			fmt.Sprintf("Story %d begins with a long paragraph about the vote, the nominee and the fight that came before it, as senators said.", i),
			fmt.Sprintf("Story %d goes on with more detail about the hearing, the questions asked and the answers given by the nominee on Tuesday.", i),
			fmt.Sprintf("Story %d adds reaction from both parties, with leaders saying the result would shape the coming session of Congress.", i),
			fmt.Sprintf("Story %d closes with the next steps for the nominee, who is expected to be sworn in within days of the vote.", i),
		}
		if i < k {
			switch pos {
			case 0:
				ps = append([]string{extra}, ps...)
			case -1:
				ps = append(ps, extra)
			default:
				ps = append(ps[:pos], append([]string{extra}, ps[pos:]...)...)
			}
		}
		arts = append(arts, news.Article{ID: fmt.Sprint(i), Title: "T", Outlet: outlet(i), Paragraphs: ps})
	}
	return arts
}

func TestRepetition(t *testing.T) {
	same := func(int) string { return "Daily Planet" }
	differ := func(i int) string { return fmt.Sprintf("Outlet %d", i) }
	unknown := func(int) string { return "" }
	wire := "The White House did not respond to a request for comment on the vote."
	tests := []struct {
		name    string
		n, k    int
		outlet  func(int) string
		line    string
		pos     int
		removed bool
	}{
		{"short heading in three documents", 4, 3, unknown, "The Planet Morning Edition", 0, true},
		{"short heading in two documents", 4, 2, unknown, "The Planet Morning Edition", 0, false},
		{"site footer sentence at the end", 4, 3, same, "Our journalism is funded by readers like you.", -1, true},
		{"wire sentence across outlets", 6, 3, differ, wire, 2, false},
		{"wire sentence at the edge across outlets", 4, 4, differ, wire, -1, false},
		{"wire sentence mid-article, one outlet", 4, 4, same, wire, 2, false},
		{"sentence below the share", 10, 3, same, "Our journalism is funded by readers like you.", -1, false},
		{"shared quote", 4, 4, unknown, "“We will win this fight,” the senator said.", 0, false},
		{"short quote heading", 4, 4, unknown, "“Time will tell”", 0, false},
		{"long shared paragraph", 4, 4, same, joinWords(35, "shared"), -1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, rep := Clean(pile(tc.n, tc.k, tc.outlet, tc.line, tc.pos), Options{})
			var want []Removal
			if tc.removed {
				for i := range tc.k {
					want = append(want, Removal{ArticleID: fmt.Sprint(i), Text: tc.line, Reason: reasonRepeated})
				}
			}
			if diff := cmp.Diff(want, rep.Removed); diff != "" {
				t.Errorf("removals (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOptionsDefaults(t *testing.T) {
	want := Options{MinRepeat: 3, MinShare: 0.5, ShortWords: 12, MaxBoilerWords: 30, EdgeLines: 2}
	if diff := cmp.Diff(want, Options{}.withDefaults()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	custom := Options{MinRepeat: 5, MinShare: 0.2, ShortWords: 4, MaxBoilerWords: 9, EdgeLines: 1}
	if diff := cmp.Diff(custom, custom.withDefaults()); diff != "" {
		t.Errorf("custom options changed (-want +got):\n%s", diff)
	}
}
