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
