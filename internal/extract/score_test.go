package extract

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"ascii", "Hello, world_1!", []string{"Hello", "world_1"}},
		{"unicode letters", "Müller’s café", []string{"Müller", "s", "café"}},
		{"combining marks split as in Python", "नमस्ते", []string{"नमस", "त"}},
		{"empty", " -- ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokens(tt.in), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Tokens (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	approx := cmpopts.EquateApprox(0, 1e-9)
	tests := []struct {
		name, truth, pred string
		want              Counts
	}{
		{"identical", "a b c d e", "a b c d e", Counts{TP: 1}},
		{"both empty", "", "", Counts{}},
		{"empty prediction", "a b c d e", "", Counts{FN: 1}},
		{"short texts are one shingle", "a b", "a b", Counts{TP: 1}},
		{"short mismatch", "a b", "a c", Counts{FP: 0.5, FN: 0.5}},
		{"extra tail", "a b c d", "a b c d e", Counts{TP: 0.5, FP: 0.5}},
		{"multiset", "a b c d a b c d", "a b c d", Counts{TP: 1.0 / 5, FN: 4.0 / 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Match(tt.truth, tt.pred), approx); diff != "" {
				t.Errorf("Match (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScore(t *testing.T) {
	got := Score([]Counts{{TP: 1}, {TP: 0.5, FP: 0.5}, {FN: 1}, {}})
	// Precision over pages with TP+FP > 0: (1 + 0.5) / 2; recall over TP+FN > 0: (1+1+0)/3.
	want := Scores{Pages: 4, Precision: 0.75, Recall: 2.0 / 3}
	want.F1 = 2 * want.Precision * want.Recall / (want.Precision + want.Recall)
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Score (-want +got):\n%s", diff)
	}
}

// TestExtractionBar runs the article-extraction benchmark when ../shared is present and
// holds the project's bar (F1 >= 0.965) on all pages and both halves.
func TestExtractionBar(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark run skipped in -short mode")
	}
	pages, err := LoadExtractionSet(evalDir(t, "extraction"))
	if err != nil {
		t.Fatal(err)
	}
	halves := map[string][]Counts{}
	for _, p := range pages {
		a, _ := Page(context.Background(), p.ID, p.HTML, Options{URL: p.URL})
		c := Match(p.Body, strings.Join(a.Paragraphs, "\n\n"))
		halves[Half(p.ID)] = append(halves[Half(p.ID)], c)
		halves["all"] = append(halves["all"], c)
	}
	for h, cs := range halves {
		s := Score(cs)
		t.Logf("%s: %+v", h, s)
		if h == "all" && (s.Pages != 181 || s.F1 < 0.965) {
			t.Errorf("all pages: %d pages, F1 %.4f, want 181 pages and F1 >= 0.965", s.Pages, s.F1)
		}
	}
}

// TestDatesBar runs the htmldate benchmark when ../shared is present and holds the bar
// (day accuracy >= 0.90 on all pages).
func TestDatesBar(t *testing.T) {
	if testing.Short() {
		t.Skip("benchmark run skipped in -short mode")
	}
	pages, err := LoadDateSet(evalDir(t, "htmldate"))
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, p := range pages {
		d, err := Date(context.Background(), p.ID, p.HTML, Options{URL: p.URL})
		day := ""
		if err == nil && !d.IsZero() {
			day = d.Format(time.DateOnly)
		}
		if day == p.Date {
			right++
		}
	}
	acc := float64(right) / float64(len(pages))
	t.Logf("dates: %d of %d right (%.4f)", right, len(pages), acc)
	if len(pages) != 200 || acc < 0.90-1e-9 || math.IsNaN(acc) {
		t.Errorf("accuracy %.4f on %d pages, want >= 0.90 on 200", acc, len(pages))
	}
}
