package cluster

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

// TestMoves checks that an article which joined a story before the story it belongs
// to existed is moved there before the stories close, with a note that explains it,
// and that articles which fit their own story stay.
func TestMoves(t *testing.T) {
	// The bridge shares four words with the flood story, which is all there is when
	// it arrives, and seven with the earthquake story that follows; the flood story is
	// big enough that the bridge does not pull the earthquake articles in after it.
	bridge := "flood water river rescue earthquake magnitude tremor building collapse rubble aftershock"
	var bridged []Doc
	for i := range 15 {
		bridged = append(bridged, doc(fmt.Sprintf("f%02d", i), i, flood))
	}
	bridged = append(bridged, doc("x", 15, bridge))
	for i := range 6 {
		bridged = append(bridged, doc(fmt.Sprintf("q%d", i), 16+i, quake))
	}
	tests := []struct {
		name      string
		opt       Options
		docs      []Doc
		wantMoves []string // articles moved, in any story
		with      string   // an article x must end up with
	}{
		{"a bridging article moves to the story it fits", Options{}, bridged, []string{"x"}, "q0"},
		{"moves off", Options{MoveMargin: -1}, bridged, nil, "f00"},
		{"articles that fit their own story stay", Options{}, themeDocs(3, 12, 12), nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.opt)
			for _, d := range tc.docs {
				if _, err := c.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			// Before the flush, x is with the floods: the move is a correction.
			if tc.with != "" {
				for _, s := range c.Stories() {
					if slices.Contains(s.Articles, "x") && !slices.Contains(s.Articles, "f00") {
						t.Fatalf("x joined %v on arrival; the test needs it with the floods", s.Articles)
					}
				}
			}
			c.Flush()
			var moved []string
			for _, s := range c.TakeClosed() {
				for _, m := range s.Moves {
					moved = append(moved, m.Article)
					if !slices.Contains(s.Articles, m.Article) {
						t.Errorf("story %s notes a move of %s, which it does not hold", s.ID, m.Article)
					}
					if m.Score < m.Own+c.Options().MoveMargin || m.From == s.ID || len(m.Shared) == 0 {
						t.Errorf("move note %+v: want a score at least MoveMargin above Own, another story and shared terms", m)
					}
				}
				if tc.with != "" && slices.Contains(s.Articles, "x") != slices.Contains(s.Articles, tc.with) {
					t.Errorf("story %v: x belongs with %s", s.Articles, tc.with)
				}
			}
			if !slices.Equal(moved, tc.wantMoves) {
				t.Errorf("moved %v, want %v", moved, tc.wantMoves)
			}
		})
	}
}

// TestCosineLess checks the cosine with a centroid less one article's vector against
// the centroid rebuilt without it.
func TestCosineLess(t *testing.T) {
	s := themeStory(0, 0, 6, 12)
	m := s.members[2]
	rest := emptyCentroid()
	for i, x := range s.members {
		if i != 2 {
			rest.add(x.vec, 1, 1000)
		}
	}
	v := unitOf(m.vec)
	if got, want := s.cent.cosineLess(v, m.vec), rest.cosine(v); math.Abs(got-want) > 1e-9 {
		t.Errorf("cosineLess = %.6f, want %.6f (the centroid rebuilt without the article)", got, want)
	}
}

// TestVectorsBounded checks that a story keeps the vectors of at most keepVectors
// articles after a merge, as it does while it grows, so that a story that never goes
// quiet does not grow without bound.
func TestVectorsBounded(t *testing.T) {
	c := New(Options{MergeSeparation: -1, LateThreshold: 1})
	docs := themeDocs(2, keepVectors+20, 30)
	for _, d := range docs {
		if _, err := c.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	all := c.Stories()
	if len(all) != 2 {
		t.Fatalf("%d stories of two themes, want 2", len(all))
	}
	id, err := c.Merge(all[0].ID, all[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range c.held[id].members {
		if m.vec != nil {
			n++
		}
	}
	if got := len(c.held[id].members); n > keepVectors || got != len(docs) {
		t.Errorf("%d articles, %d with vectors: want %d articles and at most %d vectors", got, n, len(docs), keepVectors)
	}
}
