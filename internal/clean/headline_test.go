package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

func TestTidyTitle(t *testing.T) {
	body := []string{"The FBI said Bush's plan on the death penalty drew fire in Texas. Death came quickly, officials in the U.S. capital said.",
		"The plan is new to New York, New Jersey and New Mexico."}
	tests := []struct {
		name  string
		title string
		body  []string
		want  string
	}{
		{"wire codes dropped", "Beijing Bans Smoking (1)", nil, "Beijing Bans Smoking"},
		{"every wire code dropped", "Plants call in the pest control (DW) (FOR RELEASE THE WEEK OF MON., MAY 17, 1999)", nil, "Plants call in the pest control"},
		{"a note in lower case stays", "Senate votes (again)", nil, "Senate votes (again)"},
		{"a headline that is only a code stays", "(1)", nil, "(1)"},
		{"capitals written as the body writes the words", "CASES TO HIGHLIGHT BUSH'S DEATH PENALTY ROLE, FBI SAYS", body,
			"Cases to highlight Bush's death penalty role, FBI says"},
		{"abbreviations and quotes", "`DEATH' IN THE U.S. CAPITAL", body, "`Death' in the U.S. capital"},
		{"words the body lacks in lower case", "EGYPTAIR 990 CRASH SPREADS TO 2ND PLANT", body, "Egyptair 990 crash spreads to 2nd plant"},
		{"a common word, and in a name", "A NEW PLAN FOR NEW YORK AND NYC", body, "A new plan for New York and NYC"},
		{"a word written mostly in names, alone in lower case", "CONCORDE FLIGHT PUTS NEW PERSPECTIVE ON CRASH", []string{
			"The Concorde was bound for New York. Travel to New York and New Jersey resumed.",
			"In New York a new inquiry began, and Air France grounded the Concorde."},
			"Concorde flight puts new perspective on crash"},
		{"a word written only in names, 3 times, keeps its capital", "SAFETY REVIEW IN YORK", []string{"The review began in New York, West York and North York."},
			"Safety review in York"},
		{"a word written only in names, twice, is not a name", "BUG FOUND BY SCAN", []string{"The Virus Scan and Book Scan programs found the bug."},
			"Bug found by scan"},
		{"a possessive takes the form of its word", "EL NINO'S REACH AND NYC'S WATER", []string{"El Nino warms the sea. The reach of El Nino grows, and NYC water too."},
			"El Nino's reach and NYC's water"},
		{"a name after an abbreviation's full stop", "THE ROAD FROM ST. PETERSBURG, SAYS GEORGE W. BUSH", []string{
			"He left St. Petersburg in May. George W. Bush said the road was long."},
			"The road from St. Petersburg, says George W. Bush"},
		{"single letters stay as written, but a", "U.S. PLAN FOR A B-52 BASE", []string{"The u.s. plan is a plan for bases."},
			"U.S. plan for a B-52 base"},
		{"mixed case left alone", "FBI Takes Over Crash Investigation", body, "FBI Takes Over Crash Investigation"},
		{"capitals with a word of small letters", "STATE BOARD OKs PLAN FOR DEATH PENALTY", body, "State board OKs plan for death penalty"},
		{"capitals with a wire code", "MIAMI CALM(ER), BUSH'S PLAN", body, "Miami calm(er), Bush's plan"},
		{"empty", "", body, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tidyTitle(tc.title, tc.body); got != tc.want {
				t.Errorf("tidyTitle(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

// FuzzTidyTitle checks that tidying any headline against any body never panics, keeps
// valid UTF-8 valid, and changes letters only in case and by dropping trailing notes.
func FuzzTidyTitle(f *testing.F) {
	f.Add("CASES TO HIGHLIGHT BUSH'S ROLE (DW)", "Bush's role, the FBI said.")
	f.Add("'' ’’ U.S. (", "U.S. ’")
	f.Add("\xff\xfeABC", "abc")
	f.Fuzz(func(t *testing.T, title, body string) {
		got := tidyTitle(strings.TrimSpace(title), []string{body})
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Errorf("tidyTitle(%q) = %q: invalid UTF-8", title, got)
		}
		if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(title)), strings.ToLower(got)) && utf8.ValidString(title) {
			t.Errorf("tidyTitle(%q) = %q: not a prefix of the headline but for case", title, got)
		}
	})
}

// tidyTitle tidies one headline with tidyTitles, its article's body the pile.
func tidyTitle(title string, body []string) string {
	arts := []news.Article{{Title: title, Paragraphs: body}}
	tidyTitles(arts)
	return arts[0].Title
}
