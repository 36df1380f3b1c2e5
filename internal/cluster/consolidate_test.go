package cluster

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/streamgen"
)

// strict keeps every article apart when it arrives, so that only consolidation can
// bring articles together.
var strict = Options{Threshold: 0.99, SoloThreshold: 0.99}

func TestConsolidate(t *testing.T) {
	late := func(o Options, v float64) Options { o.LateThreshold = v; return o }
	tests := []struct {
		name string
		opt  Options
		docs []Doc
		want [][]string
	}{
		{"a lone article joins the story it fits at flush", late(strict, 0.3), []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", 2, flood+" dam"),
		}, [][]string{{"a1", "a2"}, {"b1"}}},
		{"late joining off", late(strict, 1), []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", 2, flood+" dam"),
		}, [][]string{{"a1"}, {"a2"}, {"b1"}}},
		{"unrelated stories stay apart", late(strict, 0.3), []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("c1", 2, quake),
		}, [][]string{{"a1"}, {"b1"}, {"c1"}}},
		{"a story that went quiet closes before the next one starts", late(Options{Quiet: 48 * time.Hour, Threshold: 0.99, SoloThreshold: 0.99}, 0.3), []Doc{
			doc("a1", 0, flood), doc("a2", 100, flood),
		}, [][]string{{"a1"}, {"a2"}}},
		{"a quiet story joins an open one as it closes", late(Options{Quiet: 48 * time.Hour, Threshold: 0.99, SoloThreshold: 0.99}, 0.3), []Doc{
			doc("a1", 0, flood), doc("a2", 40, flood+" dam"), doc("b1", 60, vote),
		}, [][]string{{"a1", "a2"}, {"b1"}}},
		{"unrelated stories of several articles are not merged", late(Options{}, 0.01), []Doc{
			doc("a1", 0, flood), doc("a2", 1, flood), doc("b1", 2, vote), doc("b2", 3, vote),
		}, [][]string{{"a1", "a2"}, {"b1", "b2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, groups(t, tc.opt, tc.docs)); diff != "" {
				t.Errorf("stories (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConsolidateSeparation puts each theme's articles into two stories by edits and
// checks that consolidation merges the parts of a theme, and only those.
func TestConsolidateSeparation(t *testing.T) {
	for _, tc := range []struct {
		name string
		sep  float64
		want int
	}{{"on", 0, 2}, {"off", -1, 4}} {
		t.Run(tc.name, func(t *testing.T) {
			opt := strict
			opt.LateThreshold, opt.MergeSeparation = 1, tc.sep
			c := New(opt)
			ids := map[string]string{}
			for _, d := range themeDocs(2, 6, 12) {
				a, err := c.Add(d)
				if err != nil {
					t.Fatal(err)
				}
				ids[d.ID] = a.Story
			}
			for th := range 2 {
				for _, part := range [][]int{{0, 1, 2}, {3, 4, 5}} {
					for _, i := range part[1:] {
						if _, err := c.Merge(ids[fmt.Sprintf("t%d-%d", th, part[0])], ids[fmt.Sprintf("t%d-%d", th, i)]); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			c.Flush()
			got := c.TakeClosed()
			if len(got) != tc.want {
				t.Fatalf("%d stories, want %d", len(got), tc.want)
			}
			for _, s := range got {
				theme := strings.Split(s.Articles[0], "-")[0]
				for _, a := range s.Articles {
					if !strings.HasPrefix(a, theme+"-") {
						t.Errorf("story %s mixes themes: %v", s.ID, s.Articles)
						break
					}
				}
				bySep := 0
				for _, m := range s.Merges {
					if m.BySeparation {
						bySep++
						if m.Separation >= c.Options().MergeSeparation || m.Edit {
							t.Errorf("merge note %+v: want the separation that decided it", m)
						}
					}
				}
				if tc.sep == 0 && bySep != 1 {
					t.Errorf("story %s records %d merges by separation, want 1: %+v", s.ID, bySep, s.Merges)
				}
			}
		})
	}
}

// TestConsolidateRecords checks that the survivor of a consolidation keeps its id and
// explains the merge, and that an edit is recorded as one.
func TestConsolidateRecords(t *testing.T) {
	opt := strict
	opt.LateThreshold = 0.3
	c := New(opt)
	ids := map[string]string{}
	for _, d := range []Doc{doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", 2, flood+" dam"), doc("b2", 3, vote+" house")} {
		a, err := c.Add(d)
		if err != nil {
			t.Fatal(err)
		}
		ids[d.ID] = a.Story
	}
	if n := c.Consolidate(); n != 2 {
		t.Fatalf("Consolidate merged %d pairs, want 2", n)
	}
	if _, err := c.Merge(ids["b1"], ids["a1"]); err != nil {
		t.Fatal(err)
	}
	st := c.Stories()
	if len(st) != 1 || st[0].ID != ids["a1"] {
		t.Fatalf("stories %+v: want one, with a1's id %s", st, ids["a1"])
	}
	type note struct {
		Story    string
		Articles int
		Edit     bool
		Flood    bool
	}
	var got []note
	for _, m := range st[0].Merges {
		got = append(got, note{m.Story, m.Articles, m.Edit, slices.Contains(m.Shared, "flood")})
		if !m.Edit && m.Score < 0.3 {
			t.Errorf("merge of %s scored %.3f, below the late threshold", m.Story, m.Score)
		}
	}
	want := []note{{ids["a2"], 1, false, true}, {ids["b2"], 1, false, false}, {ids["b1"], 2, true, false}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("merge notes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a1", "b1", "a2", "b2"}, st[0].Articles); diff != "" {
		t.Errorf("articles not in arrival order after merges (-want +got):\n%s", diff)
	}
}

func TestMergeMembers(t *testing.T) {
	ms := func(seqs ...int) []member {
		var out []member
		for _, s := range seqs {
			out = append(out, member{seq: s})
		}
		return out
	}
	tests := []struct {
		name string
		a, b []member
		want []int
	}{
		{"after", ms(1, 2), ms(3, 4), []int{1, 2, 3, 4}},
		{"interleaved", ms(1, 4, 6), ms(2, 3, 7), []int{1, 2, 3, 4, 6, 7}},
		{"before", ms(5), ms(1, 2), []int{1, 2, 5}},
		{"empty", ms(1), nil, []int{1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, m := range mergeMembers(tc.a, tc.b) {
				got = append(got, m.seq)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("seqs (-want +got):\n%s", diff)
			}
		})
	}
}

// themeStory is a story of articles from..from+n-1 of a theme of themeDocs, with the
// given number of the theme's 40 words each, every article a unit vector over its
// words, summed as the clusterer sums them.
func themeStory(theme, from, n, words int) *story {
	s := &story{cent: emptyCentroid()}
	for _, d := range themeDocs(theme+1, from+n, words) {
		var i int
		if _, err := fmt.Sscanf(d.ID, fmt.Sprintf("t%d-%%d", theme), &i); err != nil || i < from {
			continue
		}
		vec := make([]feature, len(d.Terms))
		for k, t := range d.Terms {
			vec[k] = newFeature(t, 1/math.Sqrt(float64(len(d.Terms))))
		}
		s.members = append(s.members, member{id: d.ID, vec: vec})
		s.cent.add(vec, 1, Defaults(Options{}).CentroidTerms)
	}
	return s
}

func TestMayMerge(t *testing.T) {
	a, b := themeStory(0, 0, 8, 12), themeStory(0, 8, 6, 12)
	other := themeStory(1, 0, 6, 12)
	lone := themeStory(1, 0, 1, 12)
	few, nine, big := themeStory(1, 0, 3, 12), themeStory(1, 0, 9, 12), themeStory(0, 0, 20, 12)
	// Loose stories: each article has 3 of its theme's 40 words.
	looseA, looseB := themeStory(0, 0, 3, 3), themeStory(1, 0, 3, 3)
	tests := []struct {
		name string
		opt  Options
		s, o *story
		sim  float64
		want bool
	}{
		{"lone article at the late bar (dense space off)", Options{}, lone, a, 0.1, true},
		{"lone article below it", Options{}, a, lone, 0.099, false},
		{"lone article, dense space on", Options{DenseWeight: 0.25}, lone, a, 0.12, false},
		{"lone article, own bar", Options{LateThreshold: 0.2}, lone, a, 0.2, true},
		{"two parts of one theme", Options{}, a, b, 0.05, true},
		{"two themes", Options{}, a, other, 0.05, false},
		{"two loose stories of two themes: little separation, but no reach", Options{}, looseA, looseB, 0.01, false},
		{"two parts of one theme, separation off", Options{MergeSeparation: -1}, a, b, 0.05, false},
		{"two themes, merging by cosine on", Options{Threshold: 0.1, MergeThreshold: 0.5, MergeSeparation: -1}, a, other, 0.45, true},
		// The join bar of a story of 8 articles is 0.14 - 0.04/sqrt(8) = 0.126.
		{"a few articles at the larger story's join bar", Options{FoldMax: 8}, few, a, 0.13, true},
		{"a few articles below it", Options{FoldMax: 8}, a, few, 0.12, false},
		{"a few articles, folding off by default", Options{}, few, a, 0.13, false},
		{"more than FoldMax articles are not folded", Options{FoldMax: 8}, nine, big, 0.2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, sep := New(tc.opt).mayMerge(tc.s, tc.o, tc.sim)
			if got != tc.want {
				sep, reach := separation(&tc.s.cent, &tc.o.cent, len(tc.s.members), len(tc.o.members))
				t.Errorf("mayMerge = %v, want %v (separation %.3f, reach %.3f)", got, tc.want, sep, reach)
			}
			if bySep := strings.HasPrefix(tc.name, "two parts"); got && bySep == math.IsNaN(sep) {
				t.Errorf("separation %v returned for a merge decided by %s", sep, map[bool]string{true: "separation", false: "similarity"}[bySep])
			}
		})
	}
}

// TestSeparationEstimate checks the separation estimated from two centroids against
// the separation computed article by article.
func TestSeparationEstimate(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b *story
	}{
		{"one theme", themeStory(0, 0, 10, 12), themeStory(0, 10, 7, 12)},
		{"two themes", themeStory(0, 0, 10, 12), themeStory(1, 0, 7, 12)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var vecs [][]feature
			var side []int
			for k, s := range []*story{tc.a, tc.b} {
				for _, m := range s.members {
					vecs = append(vecs, m.vec)
					side = append(side, k)
				}
			}
			ca, cb := newCentroid(vecs, side, 0), newCentroid(vecs, side, 1)
			exact := 0.0
			for i, v := range vecs {
				own, other := &ca, &cb
				if side[i] == 1 {
					own, other = &cb, &ca
				}
				exact += own.cosineLess(v, v) - other.cosine(v)
			}
			exact /= float64(len(vecs))
			est, _ := separation(&tc.a.cent, &tc.b.cent, len(tc.a.members), len(tc.b.members))
			if math.Abs(est-exact) > 0.02 {
				t.Errorf("estimated separation %.4f, article by article %.4f", est, exact)
			}
		})
	}
}

var cmpApprox = cmp.Comparer(func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 })

// TestOpenOrder checks, after consolidations, that the open stories stay in the order
// they went quiet, which closing relies on.
func TestOpenOrder(t *testing.T) {
	opt := Options{Quiet: 30 * time.Hour, Threshold: 0.99, SoloThreshold: 0.99, LateThreshold: 0.2}
	c := New(opt)
	texts := []string{flood, vote, quake, flood + " dam", vote + " house", quake + " tsunami"}
	for i := range 60 {
		if _, err := c.Add(doc(string(rune('a'+i%26))+strings.Repeat("x", i/26), i*7, texts[i%len(texts)])); err != nil {
			t.Fatal(err)
		}
		c.TakeClosed()
		checkOpenOrder(t, c)
	}
}

func checkOpenOrder(t *testing.T, c *Clusterer) {
	t.Helper()
	var prev time.Time
	for e := c.open.Front(); e != nil; e = e.Next() {
		s := e.Value.(*story)
		if s.seen.Before(prev) {
			t.Fatalf("open story %s seen %v after one seen %v", s.id, s.seen, prev)
		}
		prev = s.seen
	}
}

// BenchmarkConsolidate measures consolidating 2,000 open stories of generated
// articles, most of them lone, as Flush does at the end of a pile.
func BenchmarkConsolidate(b *testing.B) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 5})
	var docs []Prepared
	opt := Options{Threshold: 0.3, SoloThreshold: 0.3, LateThreshold: 0.1}
	for range 2000 {
		a := gen.Next()
		text := strings.Join(a.Paragraphs, " ")
		docs = append(docs, Prepare(Doc{ID: a.ID, Time: a.Published, Terms: strings.Fields(strings.ToLower(text)), Names: Names(text)}, opt))
	}
	b.ReportAllocs()
	merged := 0
	for b.Loop() {
		b.StopTimer()
		c := New(opt)
		for _, d := range docs {
			if _, err := c.AddPrepared(d); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		merged += c.Consolidate()
	}
	b.ReportMetric(float64(merged)/float64(b.N), "merges/op")
}
