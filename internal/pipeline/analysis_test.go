package pipeline

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func readSample(tb testing.TB) []news.Article {
	tb.Helper()
	arts, _, err := Read(context.Background(), Config{}, []string{"../../examples/sessions"})
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

func TestAnalyzeSample(t *testing.T) {
	arts := readSample(t)
	an := Analyze(arts, nil)
	ids := map[string]bool{}
	for _, a := range arts {
		ids[a.ID] = true
	}
	if len(an.Entities) == 0 || an.Entities[0].Name != "Jeff Sessions" || an.Entities[0].Kind != "person" {
		t.Fatalf("first entity %+v, want Jeff Sessions, person", an.Entities[:min(1, len(an.Entities))])
	}
	if len(an.Quotes) < 10 {
		t.Errorf("got %d quotes, want at least 10", len(an.Quotes))
	}
	// Only one article is dated: its events are placed, every other relative time is not.
	dated := arts[0].ID
	for _, e := range an.Timeline {
		if e.Start.IsZero() || !e.Time.Resolved() {
			t.Errorf("dated event %+v has no start", e)
		}
		if e.Time.Value != "2016" && e.From != dated {
			t.Errorf("event %q (%s) placed from undated article %s", e.Time.Text, e.Time.Value, e.From)
		}
	}
	for i := 1; i < len(an.Timeline); i++ {
		if an.Timeline[i].Start.Before(an.Timeline[i-1].Start) {
			t.Errorf("timeline out of order at %d: %v before %v", i, an.Timeline[i].Start, an.Timeline[i-1].Start)
		}
	}
	for _, e := range an.Undated {
		if e.Time.Resolved() {
			t.Errorf("undated event %q has resolved value %s", e.Time.Text, e.Time.Value)
		}
	}
	if len(an.Undated) == 0 {
		t.Error("no undated events; the four undated articles have relative times")
	}
	if got := len(an.Outlets.Outlets); got != 5 {
		t.Errorf("got %d outlets, want 5 (two named, three by file name)", got)
	}
	cited := func(where string, list []string) {
		for _, id := range list {
			if !ids[id] {
				t.Errorf("%s cites unknown article %q", where, id)
			}
		}
	}
	for _, q := range an.Quotes {
		cited("quote", q.Articles)
	}
	for _, e := range append(an.Timeline, an.Undated...) {
		cited("event", e.Articles)
	}
	for _, f := range append(an.Outlets.Coverage, an.Outlets.Unique...) {
		cited("fact", f.Articles)
	}
}

func TestAnalyzeUndatedStaysUnresolved(t *testing.T) {
	para := "The council voted on Tuesday to close the harbour bridge for urgent repairs."
	arts := []news.Article{
		{ID: "a", Outlet: "Daily", Paragraphs: []string{para}, Source: "a.txt"},
		{ID: "b", Outlet: "Herald", Paragraphs: []string{para}, Source: "b.txt", Published: time.Date(2024, 3, 14, 9, 0, 0, 0, time.UTC)},
	}
	an := Analyze(arts, nil)
	type ev struct {
		Value    string
		Articles []string
	}
	var got []ev
	for _, e := range an.Timeline {
		got = append(got, ev{e.Time.Value, e.Articles})
	}
	want := []ev{{"2024-03-12", []string{"a", "b"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if len(an.Undated) != 0 {
		t.Errorf("undated %+v, want none: the dated article places the event", an.Undated)
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	an := Analyze(nil, nil)
	if an == nil || len(an.Entities)+len(an.Quotes)+len(an.Timeline)+len(an.Undated) != 0 {
		t.Errorf("Analyze(nil) = %+v, want an empty analysis", an)
	}
}

// BenchmarkAnalyzeSample is the analysis of the five-article sample pile, its sentences
// split as the brief splits them (the split is in the brief's time already).
func BenchmarkAnalyzeSample(b *testing.B) {
	arts := readSample(b)
	sents := sentences(arts)
	b.ReportAllocs()
	for b.Loop() {
		Analyze(arts, sents)
	}
}

// BenchmarkAnalyze is the analysis of the first n DUC 2006 articles as one story; the
// "outlets" cases give every article an outlet of its own, as a pile of saved pages
// from many sites has, so that work per outlet shows.
func BenchmarkAnalyze(b *testing.B) {
	docs := filepath.Join(sharedDir(b), "eval", "duc2006", "docs")
	all, _, err := Read(context.Background(), Config{}, []string{docs})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{50, 100, 200, 400, 800} {
		if n > len(all) {
			break
		}
		arts := all[:n]
		sents := sentences(arts)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Analyze(arts, sents)
			}
		})
	}
	for _, n := range []int{200, 800} {
		if n > len(all) {
			break
		}
		arts := append([]news.Article(nil), all[:n]...)
		for i := range arts {
			arts[i].Outlet = fmt.Sprintf("Outlet %d", i)
		}
		sents := sentences(arts)
		b.Run(fmt.Sprintf("%d-outlets", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Analyze(arts, sents)
			}
		})
	}
}

// TestAnalyzePlaceIsNoSpeaker checks that a quotation the quote finder gives to a name
// that entity finding knows as a place keeps no speaker, while one given to a person
// keeps theirs.
func TestAnalyzePlaceIsNoSpeaker(t *testing.T) {
	arts := []news.Article{{ID: "a", Title: "Ferries", Paragraphs: []string{
		"The ferries crossed from Dar es Salaam to Zanzibar on Monday, and Barents Sea ice closed the northern route.",
		"“We will run every hour,” Barents Sea. The port reopened.",
		"“The crossing is safe,” said John Mwita, the harbour master.",
	}}}
	an := Analyze(arts, nil)
	got := map[string]string{}
	for _, q := range an.Quotes {
		got[q.Text] = q.SpeakerKind + ":" + q.Speaker
	}
	want := map[string]string{"We will run every hour": "unknown:", "The crossing is safe": "named:John Mwita"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// TestAnalyzeSpeakerNames checks that a speaker is written as the people list names the
// person, across articles, and that a name the list does not know is left as written.
func TestAnalyzeSpeakerNames(t *testing.T) {
	tests := []struct {
		name  string
		paras [][]string
		want  map[string]string
	}{
		{"a surname is the person's full name",
			[][]string{
				{"President Donald Trump spoke on Monday.", "“I am very disappointed,” Trump said."},
				{"“Time will tell,” Trump said of his attorney general."},
			},
			map[string]string{"I am very disappointed": "Donald Trump", "Time will tell": "Donald Trump"}},
		{"a short first name is the full one's",
			[][]string{{"Robert Mueller was appointed special counsel.", "“We will follow the facts,” said Bob Mueller."}},
			map[string]string{"We will follow the facts": "Robert Mueller"}},
		{"a capitalised role the quote finder kept before the name goes",
			[][]string{{"Douglas Brinkley wrote a book on the president.", "“He is a man of faith,” said Historian Douglas Brinkley."}},
			map[string]string{"He is a man of faith": "Douglas Brinkley"}},
		{"a speaker cut at the 'and' of a body's name is the body",
			[][]string{{"A statement released by the Office of Management and Budget said the surplus was “the largest since 1948.”"}},
			map[string]string{"the largest since 1948.": "Office of Management and Budget"}},
		{"a name no person of the story has stays as written",
			[][]string{{"Officials met on Monday.", "“We flew together,” Kelly said."}},
			map[string]string{"We flew together": "Kelly"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var arts []news.Article
			for k, p := range tc.paras {
				arts = append(arts, news.Article{ID: string(rune('a' + k)), Title: "T", Paragraphs: p})
			}
			got := map[string]string{}
			for _, q := range Analyze(arts, nil).Quotes {
				got[q.Text] = q.Speaker
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}
