package dedupe

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// words makes a deterministic text of n distinct-ish terms from a seed word.
func words(seed string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s%d", seed, (i*7919)%1000)
	}
	return out
}

func TestCollapse(t *testing.T) {
	base := words("a", 200)
	other := words("b", 200)
	reworded := append([]string(nil), base...)
	for i := 0; i < len(reworded); i += 25 {
		reworded[i] = "changed"
	}
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		docs [][]string
		want []Group
	}{
		{"exact copy", [][]string{base, base}, []Group{{Original: 0, Copies: []Copy{{Index: 1, Containment: 1, Resemblance: 1}}}}},
		{"distinct texts", [][]string{base, other}, []Group{{Original: 0}, {Original: 1}}},
		{"trimmed ending", [][]string{base, base[:110]}, []Group{{Original: 0, Copies: []Copy{{Index: 1}}}}},
		{"boilerplate added", [][]string{base, append(append(words("z", 20), base...), words("y", 20)...)}, []Group{{Original: 0, Copies: []Copy{{Index: 1}}}}},
		{"light rewording", [][]string{base, reworded}, []Group{{Original: 0, Copies: []Copy{{Index: 1}}}}},
		{"too short to judge", [][]string{base[:5], base[:5]}, []Group{{Original: 0}, {Original: 1}}},
		{"empty text", [][]string{nil, base}, []Group{{Original: 0}, {Original: 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := make([]Doc, len(tc.docs))
			for i, d := range tc.docs {
				docs[i] = Doc{ID: fmt.Sprint(i), Time: day.Add(time.Duration(i) * time.Hour), Terms: d}
			}
			got := Collapse(docs, Options{})
			// Only the grouping is compared; estimates are checked for exact copies.
			for gi := range got {
				for ci := range got[gi].Copies {
					if tc.want[gi].Copies[ci].Containment == 0 {
						got[gi].Copies[ci].Containment, got[gi].Copies[ci].Resemblance = 0, 0
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Collapse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIndexWindow(t *testing.T) {
	text := words("w", 100)
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		gap     time.Duration
		maxKept int
		filler  int // distinct texts added between the original and the copy
		wantDup bool
		start   time.Time // of the original; 2024-05-01 if zero
	}{
		{"inside the window", 24 * time.Hour, 0, 0, true, time.Time{}},
		{"after the window", 15 * 24 * time.Hour, 0, 0, false, time.Time{}},
		{"undated copy reads as newest", 0, 0, 0, true, time.Time{}},
		{"pushed out by the cap", time.Hour, 3, 5, false, time.Time{}},
		{"kept under the cap", time.Hour, 10, 5, true, time.Time{}},
		// Unix time in nanoseconds ends on 2262-04-11, inside this window's span: the
		// window must still hold (hostile or mistyped dates reach the index).
		{"after the window, across 2262-04-11", 30 * 24 * time.Hour, 0, 0, false, time.Date(2262, 4, 1, 0, 0, 0, 0, time.UTC)},
		{"inside the window, year 9000", 24 * time.Hour, 0, 0, true, time.Date(9000, 5, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			day := day
			if !tc.start.IsZero() {
				day = tc.start
			}
			ix := NewIndex(Options{MaxKept: tc.maxKept})
			opt := ix.Options()
			ix.Add("orig", day, Sign(text, opt))
			for i := range tc.filler {
				ix.Add(fmt.Sprint("f", i), day, Sign(words(fmt.Sprint("f", i, "x"), 100), opt))
			}
			at := day.Add(tc.gap)
			if tc.gap == 0 {
				at = time.Time{}
			}
			m, dup := ix.Add("copy", at, Sign(text, opt))
			if dup != tc.wantDup || (dup && m.ID != "orig") {
				t.Errorf("Add = %+v, %v; want dup %v of orig", m, dup, tc.wantDup)
			}
			if tc.maxKept > 0 && ix.Len() > tc.maxKept {
				t.Errorf("index holds %d, cap %d", ix.Len(), tc.maxKept)
			}
		})
	}
}

func TestContainment(t *testing.T) {
	opt := Defaults(Options{})
	base := words("c", 300)
	tests := []struct {
		name     string
		a, b     []string
		min, max float64
	}{
		{"same", base, base, 1, 1},
		{"half", base, base[:150], 0.8, 1},
		{"disjoint", base, words("d", 300), 0, 0.1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := Containment(Sign(tc.a, opt), Sign(tc.b, opt))
			if c < tc.min || c > tc.max {
				t.Errorf("Containment = %.3f, want in [%.2f, %.2f]", c, tc.min, tc.max)
			}
		})
	}
}

func FuzzSign(f *testing.F) {
	f.Add("the senate passed the bill on tuesday after a long debate over the budget")
	f.Add("")
	f.Add("a a a a a a a a a a a a")
	f.Fuzz(func(t *testing.T, s string) {
		opt := Defaults(Options{})
		terms := strings.Fields(s)
		sig := Sign(terms, opt)
		if len(terms) >= opt.Shingle && len(sig.Mins) != opt.Bands*opt.Rows {
			t.Fatalf("signature of %d values, want %d", len(sig.Mins), opt.Bands*opt.Rows)
		}
		if c := Containment(sig, sig); sig.Shingles > 0 && c != 1 {
			t.Fatalf("self containment %v", c)
		}
		ix := NewIndex(opt)
		ix.Add("a", time.Time{}, sig)
		ix.Add("b", time.Time{}, sig)
	})
}

func BenchmarkSign(b *testing.B) {
	text := words("s", 600)
	opt := Defaults(Options{})
	b.ReportAllocs()
	for b.Loop() {
		Sign(text, opt)
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	opt := Defaults(Options{MaxKept: 5000})
	sigs := make([]Signature, 1000)
	for i := range sigs {
		sigs[i] = Sign(words(fmt.Sprint("t", i, "-"), 300), opt)
	}
	ix := NewIndex(opt)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ix.Add(fmt.Sprint(i), day.Add(time.Duration(i)*time.Second), sigs[i%len(sigs)])
		i++
	}
}
