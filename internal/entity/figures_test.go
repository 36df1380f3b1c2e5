package entity

import "testing"

// TestFigures scores the labelled sets and holds each to a floor a little below the
// figures measured when the rules were frozen. Run with -v to see the figures.
func TestFigures(t *testing.T) {
	tests := []struct {
		name         string
		pattern      string
		exactF1, b3F float64
	}{
		{"dev", "dev-*.txt", 0.96, 0.98},
		{"held-out", "held-*.txt", 0.88, 0.97},
		{"seeds", "seed-*.txt", 0.90, 0.98},
		{"dev 2", "dev2-*.txt", 0.82, 0.96},
		{"held-out 3", "held3-*.txt", 0.74, 0.95},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := evaluate(t, tc.pattern)
			t.Logf("%s:\n%v", tc.name, rep)
			p, r := ratio(rep.all.tp, rep.all.sys), ratio(rep.all.tp, rep.all.gold)
			if got := f1(p, r); got < tc.exactF1 {
				t.Errorf("exact span+kind F1 = %.3f, want >= %.3f", got, tc.exactF1)
			}
			if got := f1(rep.b3p, rep.b3r); got < tc.b3F {
				t.Errorf("B-cubed F1 = %.3f, want >= %.3f", got, tc.b3F)
			}
		})
	}
}
