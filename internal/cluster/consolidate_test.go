package cluster

import (
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
		{"stories of several articles are not merged when MergeThreshold is off", late(Options{}, 0.01), []Doc{
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

func TestConsolidateBar(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		n, m int
		want float64
	}{
		{"lone article (dense space off by default)", Options{}, 1, 30, 0.1},
		{"lone article, dense space on", Options{DenseWeight: 0.25}, 1, 30, 0.14},
		{"lone article, own bar", Options{LateThreshold: 0.2}, 30, 1, 0.2},
		{"two stories, merging off", Options{}, 2, 30, 2},
		{"two stories, merging on", Options{Threshold: 0.1, MergeThreshold: 0.5}, 2, 2, 0.3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := New(tc.opt).consolidateBar(tc.n, tc.m)
			if diff := cmp.Diff(tc.want, got, cmpApprox); diff != "" {
				t.Errorf("bar (-want +got):\n%s", diff)
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
