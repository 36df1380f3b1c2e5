package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestSentences(t *testing.T) {
	articles := []news.Article{
		{ID: "a", Paragraphs: []string{"WASHINGTON (AP) --", "Senators voted Tuesday. The bill passed.", "", "Mr. Smith objected."}},
		{ID: "b", Paragraphs: []string{"Fires burned."}},
		{ID: "c"},
	}
	want := []news.Sentence{
		{Article: 0, Paragraph: 1, Index: 0, Text: "WASHINGTON (AP) -- Senators voted Tuesday.", Words: 5, Terms: []string{"washington", "ap", "senat", "vote", "tuesday"}},
		{Article: 0, Paragraph: 1, Index: 1, Text: "The bill passed.", Words: 3, Terms: []string{"bill", "pass"}},
		{Article: 0, Paragraph: 3, Index: 2, Text: "Mr. Smith objected.", Words: 3, Terms: []string{"smith", "object"}},
		{Article: 1, Paragraph: 0, Index: 0, Text: "Fires burned.", Words: 2, Terms: []string{"fire", "burn"}},
	}
	if diff := cmp.Diff(want, Sentences(articles)); diff != "" {
		t.Errorf("Sentences mismatch (-want +got):\n%s", diff)
	}
}

func TestIsDateline(t *testing.T) {
	for in, want := range map[string]bool{
		"WASHINGTON (AP) --":          true,
		"NEW YORK (Reuters) -":        true,
		"ST. LOUIS, Mo. (AP) —":       true,
		"LONDON —":                    true,
		"The vote was close --":       false,
		"WASHINGTON (AP) -- The vote": false,
		"":                            false,
	} {
		if got := isDateline(in); got != want {
			t.Errorf("isDateline(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestSentencesUnbullet checks that a list bullet opening a sentence is not part of its
// text, and that a list number, a lone dash and a dash inside a sentence stay.
func TestSentencesUnbullet(t *testing.T) {
	tests := []struct{ para, want string }{
		{"-- Nov. 29, 1962: The governments sign an agreement.", "Nov. 29, 1962: The governments sign an agreement."},
		{"• Hire more inspectors.", "Hire more inspectors."},
		{"— The first test flight takes place.", "The first test flight takes place."},
		{"3) A third point.", "3) A third point."},
		{"The vote -- close as it was -- passed.", "The vote -- close as it was -- passed."},
		{"--", "--"},
	}
	for _, tc := range tests {
		got := Sentences([]news.Article{{ID: "a", Paragraphs: []string{tc.para}}})
		if len(got) != 1 || got[0].Text != tc.want {
			t.Errorf("Sentences(%q) = %+v, want one sentence %q", tc.para, got, tc.want)
		}
	}
}
