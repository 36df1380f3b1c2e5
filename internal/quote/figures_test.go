package quote

import (
	"path/filepath"
	"testing"
)

// floors are the figures measured when the rules were frozen, minus 0.02. Measured:
// dev (17 articles, 152 quotations): spans P 1.000 R 0.993, pairs P 0.993 R 0.987;
// held-out (19 articles written after the freeze, 151 quotations): spans P 0.993
// R 0.980, pairs P 0.805 R 0.795; since quoted terms need their own attribution and a
// second clause its own subject: spans P 0.993 R 0.987, pairs P 0.807 R 0.801; since
// a title with a modifier before it ("Jackson Mayor") and party or role labels
// ("Democrat", "Parent") are split from names: pairs P 0.847 R 0.841 (those two rules
// were found by reading held-out errors, so the held-out pairs figure now flatters them).
// heldout2 (18 invented articles, 166 quotations: 146 named, 20 anonymous; labelled and
// committed before Find was first run on them, 2026-11-23): spans P 0.975 R 0.946,
// pairs P 0.876 R 0.849 (gold 166, pred 161, spans 157, pairs 141). Do not tune on it.
var floors = map[string]struct{ spanP, spanR, pairP, pairR float64 }{
	"dev":      {0.98, 0.97, 0.97, 0.96},
	"heldout":  {0.97, 0.96, 0.78, 0.77},
	"heldout2": {0.955, 0.925, 0.855, 0.829},
}

// TestFigures scores Find on the labelled articles and checks that precision and recall
// of quotation spans and of (quotation, speaker) pairs stay above their floors.
func TestFigures(t *testing.T) {
	for _, name := range []string{"dev", "heldout", "heldout2"} {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join("testdata", "quotes", name)
			s := evalDir(t, dir, dir)
			t.Logf("%s: %s", name, s)
			// as the story analysis finds them, knowing the article's other entities
			t.Logf("%s with entities: %s", name, evalDirWith(t, dir, dir, true))
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
