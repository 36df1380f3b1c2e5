package summarize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

func TestHeadline(t *testing.T) {
	body := []string{"The FBI said Bush's plan on the death penalty drew fire in Texas. Death came quickly, officials in the U.S. capital said.",
		"The plan is new to New York, New Jersey and New Mexico."}
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
		{"wire codes dropped", []news.Article{{Title: "Beijing Bans Smoking (1)"}}, nil, "Beijing Bans Smoking"},
		{"every wire code dropped", []news.Article{{Title: "Plants call in the pest control (DW) (FOR RELEASE THE WEEK OF MON., MAY 17, 1999)"}}, nil, "Plants call in the pest control"},
		{"a note in lower case stays", []news.Article{{Title: "Senate votes (again)"}}, nil, "Senate votes (again)"},
		{"a headline that is only a code stays", []news.Article{{Title: "(1)"}}, nil, "(1)"},
		{"capitals written as the bodies write the words",
			[]news.Article{{Title: "CASES TO HIGHLIGHT BUSH'S DEATH PENALTY ROLE, FBI SAYS", Paragraphs: body}}, nil,
			"Cases to highlight Bush's death penalty role, FBI says"},
		{"abbreviations and quotes",
			[]news.Article{{Title: "`DEATH' IN THE U.S. CAPITAL", Paragraphs: body}}, nil, "`Death' in the U.S. capital"},
		{"words the bodies lack in lower case",
			[]news.Article{{Title: "EGYPTAIR 990 CRASH SPREADS TO 2ND PLANT", Paragraphs: body}}, nil, "Egyptair 990 crash spreads to 2nd plant"},
		{"a common word, and in a name",
			[]news.Article{{Title: "A NEW PLAN FOR NEW YORK AND NYC", Paragraphs: body}}, nil, "A new plan for New York and NYC"},
		{"a word written mostly in names, alone in lower case",
			[]news.Article{{Title: "CONCORDE FLIGHT PUTS NEW PERSPECTIVE ON CRASH", Paragraphs: []string{
				"The Concorde was bound for New York. Travel to New York and New Jersey resumed.",
				"In New York a new inquiry began, and Air France grounded the Concorde."}}}, nil,
			"Concorde flight puts new perspective on crash"},
		{"a word written only in names keeps its capital",
			[]news.Article{{Title: "SAFETY REVIEW IN YORK", Paragraphs: []string{"The review began in New York and West York."}}}, nil,
			"Safety review in York"},
		{"mixed case left alone", []news.Article{{Title: "FBI Takes Over Crash Investigation", Paragraphs: body}}, nil, "FBI Takes Over Crash Investigation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Headline(tc.arts, tc.score); got != tc.want {
				t.Errorf("Headline = %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzHeadline checks that tidying any headline against any body never panics, keeps
// valid UTF-8 valid, and changes letters only in case and by dropping trailing notes.
func FuzzHeadline(f *testing.F) {
	f.Add("CASES TO HIGHLIGHT BUSH'S ROLE (DW)", "Bush's role, the FBI said.")
	f.Add("'' ’’ U.S. (", "U.S. ’")
	f.Add("\xff\xfeABC", "abc")
	f.Fuzz(func(t *testing.T, title, body string) {
		got := Headline([]news.Article{{Title: title, Paragraphs: []string{body}}}, nil)
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Errorf("Headline(%q) = %q: invalid UTF-8", title, got)
		}
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(title)), strings.ToLower(got)) && utf8.ValidString(title) {
			t.Errorf("Headline(%q) = %q: not a prefix of the headline but for case", title, got)
		}
	})
}
