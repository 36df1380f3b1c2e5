package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMerge(t *testing.T) {
	q := func(id, text, speaker, kind string) Quote {
		return Quote{Text: text, Speaker: speaker, SpeakerKind: kind, ArticleID: id}
	}
	type view struct {
		Text, Speaker string
		Articles      []string
		Variants      int
		Differs       bool
	}
	tests := []struct {
		name string
		in   []Quote
		want []view
	}{
		{"identical wording once normalised",
			[]Quote{q("ap", "This is a serious and dangerous storm,", "", Unknown), q("nyt", "this is a serious and dangerous storm", "Bill de Blasio", Named)},
			[]view{{"This is a serious and dangerous storm,", "Bill de Blasio", []string{"ap", "nyt"}, 1, false}}},
		{"near wording differs",
			[]Quote{q("ap", "If you are in Zone A, you need to leave tonight.", "Bill de Blasio", Named), q("nyt", "If you live in Zone A, you need to leave tonight.", "Bill de Blasio", Named)},
			[]view{{"If you are in Zone A, you need to leave tonight.", "Bill de Blasio", []string{"ap", "nyt"}, 2, true}}},
		{"excerpt joins without differing",
			[]Quote{q("uk", "We have learned the hard way. Prepare for the worst and hope for the best.", "Andrew Cuomo", Named), q("ap", "Prepare for the worst and hope for the best.", "Andrew Cuomo", Named)},
			[]view{{"We have learned the hard way. Prepare for the worst and hope for the best.", "Andrew Cuomo", []string{"uk", "ap"}, 2, false}}},
		{"different quotes stay apart",
			[]Quote{q("a", "We will win the game tonight.", "X", Named), q("b", "They played much better than us.", "Y", Named), q("c", "", "", Unknown)},
			[]view{{"We will win the game tonight.", "X", []string{"a"}, 1, false}, {"They played much better than us.", "Y", []string{"b"}, 1, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gotV []view
			for _, s := range Merge(tt.in) {
				gotV = append(gotV, view{s.Text, s.Speaker, s.Articles, len(s.Variants), s.Differs})
			}
			if diff := cmp.Diff(tt.want, gotV); diff != "" {
				t.Errorf("Merge mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMergeStory merges the quotations of the three storm articles of the dev set.
func TestMergeStory(t *testing.T) {
	var qs []Quote
	for _, n := range []string{"01_ap_storm", "02_nyt_storm", "03_uk_storm"} {
		qs = append(qs, Find(readArticle(t, "testdata/quotes/dev/"+n+".txt"))...)
	}
	shared, differs := 0, 0
	for _, s := range Merge(qs) {
		if len(s.Articles) > 1 {
			shared++
		}
		if s.Differs {
			differs++
		}
	}
	if diff := cmp.Diff([]int{5, 1}, []int{shared, differs}); diff != "" {
		t.Errorf("shared and differing quotations (-want +got):\n%s", diff)
	}
}
