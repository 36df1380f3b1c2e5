package sentsim

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func sentences(texts ...string) []news.Sentence {
	out := make([]news.Sentence, len(texts))
	for i, t := range texts {
		out[i] = news.Sentence{Article: i, Text: t, Terms: strings.Fields(t)}
	}
	return out
}

// councilAndRain is five sentences of two stories: three on a council vote (0, 1 and
// 3) and two on the weather (2 and 4).
func councilAndRain() []news.Sentence {
	return sentences(
		"council approved stadium budget monday evening vote",
		"council approved stadium budget monday after long debate",
		"rain expected across region weekend forecasters warned",
		"council stadium vote",
		"forecasters warned heavy rain region weekend flooding",
	)
}

func TestPairs(t *testing.T) {
	sents := councilAndRain()
	chosen := []int{0, 1, 2, 3, 4}
	for _, b := range []Bounds{{}, {MaxPosting: 2, MaxCandidates: 1}} {
		ts := New(sents, chosen)
		var got [][2]int
		ts.Pairs(b, func(a, b int) bool { return true }, func(a, b int, sym float64) {
			if sym <= 0 || sym > 1 {
				t.Errorf("pair %d-%d: similarity %v out of (0, 1]", a, b, sym)
			}
			got = append(got, [2]int{a, b})
		})
		// 0 and 1 report the same vote, 2 and 4 the same forecast; 3, the shorter, has all
		// three of its terms in 0 but only two in 1.
		want := [][2]int{{0, 1}, {0, 3}, {2, 4}}
		if diff := cmp.Diff(want, sortPairs(got)); diff != "" {
			t.Errorf("bounds %+v: pairs (-want +got):\n%s", b, diff)
		}
	}
}

func sortPairs(ps [][2]int) [][2]int {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j][0] < ps[j-1][0] || ps[j][0] == ps[j-1][0] && ps[j][1] < ps[j-1][1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
	return ps
}

func TestSimilarNeedsThreeSharedTerms(t *testing.T) {
	ts := New(sentences("time will tell trump", "trump said time will tell again today"), []int{0, 1})
	if ok, _ := ts.Similar(0, 1); !ok {
		t.Error("a sentence contained in another should match")
	}
	ts = New(sentences("trump tell", "trump said tell again today"), []int{0, 1})
	if ok, _ := ts.Similar(0, 1); ok {
		t.Error("two shared common words are not the same fact")
	}
}

func TestUnionFind(t *testing.T) {
	u := NewUnionFind(5)
	u.Union(0, 3)
	u.Union(3, 4)
	if u.Find(4) != u.Find(0) || u.Find(1) == u.Find(0) {
		t.Errorf("groups wrong: %v", u)
	}
}

func TestPairsIn(t *testing.T) {
	sents := councilAndRain()
	ts := New(sents, []int{0, 1, 2, 3, 4})
	tests := []struct {
		name  string
		block []int
		want  [][2]int
	}{
		{"the vote", []int{0, 1, 3}, [][2]int{{0, 1}, {0, 3}}},
		{"one of each", []int{1, 2, 3}, nil},
		{"the forecast", []int{2, 4}, [][2]int{{2, 4}}},
		{"empty", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got [][2]int
			ts.PairsIn(tc.block, Bounds{}, func(a, b int) bool { return true }, func(a, b int, _ float64) {
				got = append(got, [2]int{a, b})
			})
			if diff := cmp.Diff(tc.want, sortPairs(got)); diff != "" {
				t.Errorf("pairs (-want +got):\n%s", diff)
			}
		})
	}
}
