package cluster

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/streamgen"
)

// themeDocs returns n articles per theme; each draws words of its theme's 40 words at
// random, so that two articles of a theme may share no word at all and meet only
// through the others.
func themeDocs(themes, n, words int) []Doc {
	r := rand.New(rand.NewPCG(7, 7))
	var docs []Doc
	for i := range n {
		for t := range themes {
			var terms []string
			for _, w := range r.Perm(40)[:words] {
				terms = append(terms, fmt.Sprintf("t%dw%d", t, w))
			}
			docs = append(docs, Doc{ID: fmt.Sprintf("t%d-%d", t, i), Time: day0, Terms: terms})
		}
	}
	return docs
}

func prepareAll(docs []Doc, opt Options) []Prepared {
	out := make([]Prepared, len(docs))
	for i, d := range docs {
		out[i] = Prepare(d, opt)
	}
	return out
}

func TestFitBasis(t *testing.T) {
	small := Options{DenseDims: 4}
	tests := []struct {
		name     string
		docs     []Doc
		wantNil  bool
		wantDims int
	}{
		{"too few articles", themeDocs(2, 2, 8), true, 0},
		{"just enough articles", themeDocs(1, 5, 8), false, 4},
		{"two themes", themeDocs(2, 40, 8), false, 4},
		{"no shared word", []Doc{doc("a", 0, "x y"), doc("b", 0, "z w")}, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := FitBasis(prepareAll(tt.docs, small), small)
			if got := b == nil; got != tt.wantNil {
				t.Fatalf("FitBasis nil = %v, want %v", got, tt.wantNil)
			}
			if diff := cmp.Diff(tt.wantDims, b.Dims()); diff != "" {
				t.Errorf("Dims (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEmbedThemes checks the point of the dense space: two articles of one theme that
// share no word are close there, two of different themes are not.
func TestEmbedThemes(t *testing.T) {
	opt := Defaults(Options{DenseDims: 2})
	b := FitBasis(prepareAll(themeDocs(2, 40, 8), opt), opt)
	if b == nil {
		t.Fatal("FitBasis returned nil")
	}
	vec := func(words ...string) []float32 {
		var fs []feature
		for _, w := range words {
			fs = append(fs, newFeature(w, 1))
		}
		return b.embed(fs)
	}
	tests := []struct {
		name     string
		a, b     []float32
		min, max float64
	}{
		{"same theme, no shared word", vec("t0w0", "t0w1", "t0w2"), vec("t0w20", "t0w21", "t0w22"), 0.5, 1.0001},
		{"other theme", vec("t0w0", "t0w1", "t0w2"), vec("t1w0", "t1w1", "t1w2"), -0.3, 0.3},
		{"unknown words", vec("zzz"), vec("t0w1"), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := denseCos(tt.a, tt.b)
			if got < tt.min || got > tt.max {
				t.Errorf("dense cosine = %.3f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
		})
	}
}

func TestJacobi(t *testing.T) {
	tests := []struct {
		name string
		m    [][]float64
		want []float64
	}{
		{"diagonal", [][]float64{{3, 0}, {0, 1}}, []float64{1, 3}},
		{"two by two", [][]float64{{2, 1}, {1, 2}}, []float64{1, 3}},
		{"three by three", [][]float64{{4, 1, 0}, {1, 3, 1}, {0, 1, 2}}, []float64{3 - math.Sqrt(3), 3, 3 + math.Sqrt(3)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			orig := make([][]float64, len(tt.m))
			for i := range tt.m {
				orig[i] = slices.Clone(tt.m[i])
			}
			vals, vecs := jacobi(tt.m)
			got := slices.Clone(vals)
			slices.Sort(got)
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })); diff != "" {
				t.Errorf("eigenvalues (-want +got):\n%s", diff)
			}
			for e := range vals { // M v = lambda v
				for i := range orig {
					mv := 0.0
					for j := range orig {
						mv += orig[i][j] * vecs[j][e]
					}
					if math.Abs(mv-vals[e]*vecs[i][e]) > 1e-9 {
						t.Fatalf("eigenvector %d is not one: row %d gives %g, want %g", e, i, mv, vals[e]*vecs[i][e])
					}
				}
			}
		})
	}
}

// TestDenseFitting checks when the clusterer fits its basis: after FitWindow
// articles, never when the dense space is off, and at once on Fit; open stories get
// dense vectors when it comes.
func TestDenseFitting(t *testing.T) {
	docs := themeDocs(2, 40, 8)
	tests := []struct {
		name      string
		opt       Options
		fitFirst  bool
		wantBasis bool
	}{
		{"fitted after the window", Options{DenseWeight: 0.25, DenseDims: 4, FitWindow: 60}, false, true},
		{"window not reached", Options{DenseWeight: 0.25, DenseDims: 4, FitWindow: 500}, false, false},
		{"off by default", Options{DenseDims: 4, FitWindow: 60}, false, false},
		{"turned off", Options{DenseDims: 4, FitWindow: 60, DenseWeight: -1}, false, false},
		{"fitted by the caller", Options{DenseWeight: 0.25, DenseDims: 4, FitWindow: 500}, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := New(tt.opt)
			if tt.fitFirst {
				c.Fit(prepareAll(docs, c.Options()))
			}
			for _, d := range docs {
				if _, err := c.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			if got := c.Basis() != nil; got != tt.wantBasis {
				t.Fatalf("basis fitted = %v, want %v", got, tt.wantBasis)
			}
			for e := c.open.Front(); e != nil; e = e.Next() {
				s := e.Value.(*story)
				if got := s.dense != nil; got != tt.wantBasis {
					t.Fatalf("story %s has a dense vector = %v, want %v", s.id, got, tt.wantBasis)
				}
			}
		})
	}
}

// TestDenseJoinsTheme checks that the dense space lets articles of one theme that
// share few words meet: at a bar too high for their few shared words, the two themes
// end in fewer stories with it than without, and no story mixes them. (An article
// that shares no word with a story is never scored against it: candidates come from
// the shared heaviest features.)
func TestDenseJoinsTheme(t *testing.T) {
	docs := themeDocs(2, 40, 3)
	count := func(w float64) (stories int, mixed bool) {
		c := New(Options{DenseDims: 2, DenseWeight: w, Threshold: 0.3, SoloThreshold: 0.3, LateThreshold: 0.3})
		c.Fit(prepareAll(docs, c.Options()))
		for _, d := range docs {
			if _, err := c.Add(d); err != nil {
				t.Fatal(err)
			}
		}
		c.Flush()
		for _, s := range c.TakeClosed() {
			stories++
			for _, a := range s.Articles {
				mixed = mixed || a[:2] != s.Articles[0][:2]
			}
		}
		return stories, mixed
	}
	off, _ := count(-1)
	on, mixed := count(0.5)
	t.Logf("stories: %d with the dense space, %d without", on, off)
	if on >= off {
		t.Errorf("with the dense space %d stories, without %d: want fewer with it", on, off)
	}
	if mixed {
		t.Errorf("a story mixes the two themes")
	}
}

// FuzzDense runs odd streams through a clusterer that fits its dense space every few
// articles: every article must end in one story and no dense vector may hold NaN.
func FuzzDense(f *testing.F) {
	f.Add("a b c|b c d|c d e|x y z|y z w|a b|c d|z w|a c|b d|x z", uint8(2))
	f.Add("a|a|a|a|a|a|a|a|a|a|a|a", uint8(1))
	f.Add("||||||||", uint8(3))
	f.Fuzz(func(t *testing.T, s string, dims uint8) {
		c := New(Options{DenseDims: int(dims%6) + 1, FitWindow: 8, Refit: 5, DenseWeight: 0.5})
		added := 0
		for i, part := range strings.Split(s, "|") {
			if _, err := c.Add(Doc{ID: fmt.Sprint(i), Time: day0, Terms: strings.Fields(part)}); err == nil {
				added++
			} else if news.ErrorCode(err) != news.Invalid {
				t.Fatalf("Add: %v", err)
			}
			for e := c.open.Front(); e != nil; e = e.Next() {
				for _, x := range e.Value.(*story).dense {
					if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
						t.Fatalf("story dense vector holds %v", x)
					}
				}
			}
		}
		c.Flush()
		n := 0
		for _, st := range c.TakeClosed() {
			n += len(st.Articles)
		}
		if n != added {
			t.Fatalf("%d articles added, %d in the stories", added, n)
		}
	})
}

func BenchmarkFitBasis(b *testing.B) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 3})
	opt := Defaults(Options{})
	docs := make([]Prepared, opt.FitWindow)
	for i := range docs {
		a := gen.Next()
		text := strings.Join(a.Paragraphs, " ")
		docs[i] = Prepare(Doc{ID: a.ID, Terms: strings.Fields(strings.ToLower(text)), Names: Names(text)}, opt)
	}
	b.ReportAllocs()
	for b.Loop() {
		if FitBasis(docs, opt) == nil {
			b.Fatal("no basis")
		}
	}
}
