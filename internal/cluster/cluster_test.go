package cluster

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/streamgen"
)

var day0 = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

// doc builds a document from a space-separated text of terms.
func doc(id string, hours int, terms string) Doc {
	d := Doc{ID: id, Terms: strings.Fields(terms)}
	if hours >= 0 {
		d.Time = day0.Add(time.Duration(hours) * time.Hour)
	}
	return d
}

const (
	flood = "river flood water levee town rain evacuate rescue boat flood water river"
	vote  = "senate vote budget bill tax spending senator debate vote budget"
	quake = "earthquake magnitude tremor building collapse rescue rubble aftershock quake"
)

// groups runs docs through a clusterer and returns, per story, the ids of its
// articles, in story start order.
func groups(t *testing.T, opt Options, docs []Doc) [][]string {
	t.Helper()
	c := New(opt)
	for _, d := range docs {
		if _, err := c.Add(d); err != nil {
			t.Fatalf("Add(%s): %v", d.ID, err)
		}
	}
	c.Flush()
	var out [][]string
	for _, s := range c.TakeClosed() {
		out = append(out, s.Articles)
	}
	slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	return out
}

func TestAdd(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		docs []Doc
		want [][]string
	}{
		{"two interleaved stories", Options{}, []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", 2, flood+" dam"), doc("b2", 3, vote+" house"),
		}, [][]string{{"a1", "a2"}, {"b1", "b2"}}},
		{"three stories", Options{}, []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("c1", 2, quake), doc("c2", 3, quake), doc("a2", 4, flood),
		}, [][]string{{"a1", "a2"}, {"b1"}, {"c1", "c2"}}},
		{"a quiet story closes and the topic starts again", Options{Quiet: 48 * time.Hour}, []Doc{
			doc("a1", 0, flood), doc("a2", 10, flood), doc("a3", 100, flood),
		}, [][]string{{"a1", "a2"}, {"a3"}}},
		{"an undated article joins by content", Options{}, []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", -1, flood),
		}, [][]string{{"a1", "a2"}, {"b1"}}},
		{"names alone can join", Options{}, []Doc{
			{ID: "n1", Time: day0, Names: []string{"Jeff Sessions", "Justice Department"}},
			{ID: "n2", Time: day0, Names: []string{"Jeff Sessions", "Justice Department"}},
		}, [][]string{{"n1", "n2"}}},
		{"open cap closes the quietest", Options{MaxOpen: 1}, []Doc{
			doc("a1", 0, flood), doc("b1", 1, vote), doc("a2", 2, flood),
		}, [][]string{{"a1"}, {"a2"}, {"b1"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, groups(t, tc.opt, tc.docs)); diff != "" {
				t.Errorf("stories (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAddRefusesEmpty(t *testing.T) {
	c := New(Options{})
	_, err := c.Add(Doc{ID: "empty", Time: day0})
	if news.ErrorCode(err) != news.Invalid {
		t.Fatalf("Add(empty) error = %v, want an Invalid error", err)
	}
	if c.OpenCount() != 0 {
		t.Errorf("an empty article opened a story")
	}
}

func TestAssignmentExplains(t *testing.T) {
	c := New(Options{})
	first, _ := c.Add(Doc{ID: "a1", Time: day0, Terms: strings.Fields(flood), Names: []string{"Green River"}})
	c.Add(doc("b1", 1, vote))
	got, _ := c.Add(Doc{ID: "a2", Time: day0.Add(2 * time.Hour), Terms: strings.Fields(flood), Names: []string{"Green River"}})
	if !first.New || got.New || got.Story != first.Story {
		t.Fatalf("assignments %+v then %+v: want a2 to join a1's story", first, got)
	}
	if first.Size != 1 || got.Size != 2 {
		t.Errorf("sizes %d then %d: want 1 then 2", first.Size, got.Size)
	}
	if got.Score < c.Options().Threshold {
		t.Errorf("score %.3f below the threshold", got.Score)
	}
	if !slices.Contains(got.Shared, "flood") || !slices.Contains(got.Names, "Green River") {
		t.Errorf("Shared = %v, Names = %v; want flood and Green River", got.Shared, got.Names)
	}
	// A new story says how near the nearest story it did not join came.
	near, _ := c.Add(doc("a3", 3, "flood insurance premium homeowner policy claim adjuster deductible payout broker"))
	if !near.New || near.Score <= 0 || near.Score >= c.Options().Threshold {
		t.Errorf("a3: %+v; want a new story with the flood story's score, above 0 and below the bar", near)
	}
}

func TestMergeSplit(t *testing.T) {
	c := New(Options{})
	for _, d := range []Doc{doc("a1", 0, flood), doc("b1", 1, vote), doc("b2", 2, vote)} {
		c.Add(d)
	}
	ids := map[string]string{}
	for _, s := range c.Stories() {
		ids[s.Articles[0]] = s.ID
	}
	merged, err := c.Merge(ids["b1"], ids["a1"])
	if err != nil || merged != ids["a1"] {
		t.Fatalf("Merge = %q, %v; want the earlier story %q to remain", merged, err, ids["a1"])
	}
	split, err := c.Split(merged, []string{"b1", "b2"})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, s := range c.Stories() {
		got = append(got, append([]string{s.ID}, s.Articles...))
	}
	want := [][]string{{ids["a1"], "a1"}, {split, "b1", "b2"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("after merge and split (-want +got):\n%s", diff)
	}
	if split != ids["b1"] {
		t.Errorf("split story id %q, want %q: ids derive from the first article", split, ids["b1"])
	}
	errs := []struct {
		name string
		err  error
		code news.Code
	}{
		{"merge unknown", second(c.Merge("nope", merged)), news.NotFound},
		{"split unknown", second(c.Split("nope", nil)), news.NotFound},
		{"split all", second(c.Split(merged, []string{"a1"})), news.Invalid},
	}
	for _, e := range errs {
		if news.ErrorCode(e.err) != e.code {
			t.Errorf("%s: error %v, want code %s", e.name, e.err, e.code)
		}
	}
}

func second(_ string, err error) error { return err }

func TestScore(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred []string
		want        Scores
	}{
		{"perfect", []string{"x", "x", "y"}, []string{"1", "1", "2"}, Scores{1, 1, 1, 1, 1, 1}},
		// B-cubed: items x,x,y all in cluster 1: precision (2/3+2/3+1/3)/3 = 5/9; recall 1.
		{"all in one", []string{"x", "x", "y"}, []string{"1", "1", "1"}, Scores{5.0 / 9, 1, 2 * 5.0 / 9 / (5.0/9 + 1), 1.0 / 3, 1, 0.5}},
		{"all apart", []string{"x", "x"}, []string{"1", "2"}, Scores{1, 0.5, 2.0 / 3, 0, 0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Score(tc.truth, tc.pred, nil)
			if diff := cmp.Diff(tc.want, got, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 })); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStreamFlat runs 20,000 generated articles through the clusterer and checks that
// memory stays flat, open stories stay bounded, and no story changes id as it grows.
func TestStreamFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("20,000 articles")
	}
	gen := streamgen.New(nil, streamgen.Options{Seed: 7, PerDay: 5000, Active: 200})
	c := New(Options{Quiet: 24 * time.Hour, DFWindow: 2000})
	firstID := map[string]string{} // first article of a story -> id given at that time
	var heap []uint64
	checked := 0
	check := func(ss []Story) {
		for _, s := range ss {
			if want, ok := firstID[s.Articles[0]]; ok && want != s.ID {
				t.Errorf("story started by %s has id %s, was %s", s.Articles[0], s.ID, want)
			}
			delete(firstID, s.Articles[0])
			checked++
		}
	}
	for i := 1; i <= 20_000; i++ {
		a := gen.Next()
		terms := strings.Fields(strings.ToLower(strings.Join(a.Paragraphs, " ")))
		as, err := c.Add(Doc{ID: a.ID, Time: a.Published, Terms: terms, Title: strings.Fields(strings.ToLower(a.Title))})
		if err != nil {
			t.Fatal(err)
		}
		if as.New {
			firstID[a.ID] = as.Story
		}
		check(c.TakeClosed())
		if i%5000 == 0 {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			heap = append(heap, ms.HeapAlloc)
		}
	}
	if checked == 0 {
		t.Fatal("no story closed in a day-windowed stream of four days")
	}
	// The open window fills in about 13,000 articles (a story lives about a day and a
	// half, then stays open a day); after that the heap must stay level.
	if heap[3] > heap[2]*13/10+4<<20 {
		t.Errorf("heap grew from %d MB at 15,000 articles to %d MB at 20,000", heap[2]>>20, heap[3]>>20)
	}
	if c.OpenCount() > 2000 {
		t.Errorf("%d stories open", c.OpenCount())
	}
	t.Logf("heap after each 5,000 articles: %v MB; %d stories closed", mb(heap), checked)
}

func mb(xs []uint64) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = x >> 20
	}
	return out
}

func FuzzAdd(f *testing.F) {
	f.Add("river flood water|senate vote budget|river flood", int64(3600))
	f.Add("||", int64(0))
	f.Add("a|a|a|a", int64(-100))
	f.Fuzz(func(t *testing.T, s string, step int64) {
		c := New(Options{Quiet: time.Hour, MaxOpen: 3, LateThreshold: 0.05})
		added, n := 0, 0
		count := func(ss []Story) {
			for _, st := range ss {
				n += len(st.Articles)
			}
		}
		for i, part := range strings.Split(s, "|") {
			d := Doc{ID: fmt.Sprint(i), Time: day0.Add(time.Duration(step) * time.Duration(i)), Terms: strings.Fields(part), Names: Names(part)}
			_, err := c.Add(d)
			switch {
			case err == nil:
				added++
			case news.ErrorCode(err) != news.Invalid:
				t.Fatalf("Add: %v", err)
			}
			checkOpenOrder(t, c)
			count(c.TakeClosed())
		}
		c.Flush()
		count(c.TakeClosed())
		if c.OpenCount() != 0 || len(c.Stories()) != 0 {
			t.Fatalf("stories left after Flush and TakeClosed")
		}
		if n != added {
			t.Fatalf("%d articles added, %d in the stories", added, n)
		}
	})
}

func FuzzNames(f *testing.F) {
	f.Add("Attorney General Jeff Sessions met President Trump in Washington.")
	f.Add("PINE RIDGE, S.D. (AP) -- ")
	f.Add("l'Élysée Emmanuel Macron’s")
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range Names(s) {
			if n == "" || !capitalised(n) || len(strings.Fields(n)) > 4 {
				t.Fatalf("Names(%q) gave %q", s, n)
			}
		}
	})
}

func BenchmarkAdd(b *testing.B) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 3})
	docs := make([]Doc, 20_000)
	for i := range docs {
		a := gen.Next()
		docs[i] = Doc{ID: a.ID, Time: a.Published, Terms: strings.Fields(strings.ToLower(strings.Join(a.Paragraphs, " "))), Names: Names(strings.Join(a.Paragraphs, " "))}
	}
	c := New(Options{Quiet: 24 * time.Hour})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		c.Add(docs[i%len(docs)])
		c.TakeClosed()
		i++
	}
}
