package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// hostile is text an article could carry: a terminal escape, a bidirectional override,
// HTML and a Markdown link.
const hostile = "Evil \x1b[31mred\u202e <script>alert(1)</script> [click](javascript:x) *bold*"

func analysed() news.Result {
	res := sample()
	ev := news.Event{Time: news.TimeExpr{Text: "Friday", Type: "DATE", Value: "2020-05-01", Granularity: "day"},
		Start: time.Date(2020, 5, 1, 0, 0, 0, 0, time.UTC), Text: hostile, From: "a", Articles: []string{"a", "b"}}
	fact := news.Fact{Text: hostile, From: "a", Articles: []string{"a", "b"}, Outlets: []string{"Daily Planet", hostile}}
	res.Stories[0].Analysis = &news.Analysis{
		Entities: []news.Entity{{Name: hostile, Kind: "person", Roles: []string{hostile}, PerArticle: []news.Count{{Key: "b", N: 2}, {Key: "a", N: 1}}, PerOutlet: []news.Count{{Key: hostile, N: 2}, {Key: "Daily Planet", N: 1}}}},
		Quotes:   []news.Quote{{Text: hostile, Speaker: hostile, SpeakerKind: "named", Verb: "said", From: "a", Articles: []string{"a", "c"}, Differs: true, Variants: []news.Variant{{Text: hostile, Articles: []string{"a"}}, {Text: "other", Articles: []string{"c"}}}}},
		Timeline: []news.Event{ev},
		Undated:  []news.Event{{Time: news.TimeExpr{Text: hostile, Type: "DATE", Value: "XXXX-WXX-1", Granularity: "day"}, Text: hostile, From: "c", Articles: []string{"c"}}},
		Outlets: news.Comparison{
			Outlets:   []news.OutletView{{Outlet: "Daily Planet", Articles: []string{"a"}, Facts: 1}, {Outlet: hostile, Articles: []string{"b"}, Facts: 1}},
			Common:    []news.Fact{fact},
			Coverage:  []news.Fact{fact},
			Unique:    []news.Fact{{Text: hostile, From: "c", Articles: []string{"c"}, Outlets: []string{"c.txt"}}},
			Conflicts: []news.OutletConflict{{Slot: "number", Sides: []news.ConflictSide{{Value: hostile, Text: hostile, Articles: []string{"a"}, Outlets: []string{"Daily Planet"}}, {Value: "14", Text: "x", Articles: []string{"b"}, Outlets: []string{hostile}}}}},
		},
	}
	return res
}

func TestAnalysisEscaped(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, analysed()); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, bad := range []string{"\x1b", "\u202e"} {
				if strings.Contains(out, bad) {
					t.Errorf("output keeps %q", bad)
				}
			}
			if format == "markdown" {
				for _, bad := range []string{"<script>", "[click](", " *bold*"} {
					if strings.Contains(out, bad) {
						t.Errorf("markdown keeps %q", bad)
					}
				}
			}
		})
	}
}

func TestAnalysisTextCites(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "text", analysed()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// The brief's first sentence cites a and b, so a is [1], b [2] and c [3].
	for _, want := range []string{
		"- 2020-05-01 (day, “Friday”): Evil [31mred",
		"*bold* [1][2]\n",
		"by article [1] 1, [2] 2",
		"Not placed on the timeline",
		"- number: “Evil",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
}

func TestAnalysisJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "json", analysed()); err != nil {
		t.Fatal(err)
	}
	var res JSONResult
	if err := json.Unmarshal(buf.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	st := res.Stories[0]
	start := "2020-05-01T00:00:00Z"
	want := &JSONTimeline{
		Events:  []JSONEvent{{Time: JSONTime{Text: "Friday", Type: "DATE", Value: "2020-05-01", Granularity: "day"}, Start: &start, Text: safe(hostile), From: "a", Articles: []string{"a", "b"}}},
		Undated: []JSONEvent{{Time: JSONTime{Text: safe(hostile), Type: "DATE", Value: "XXXX-WXX-1", Granularity: "day"}, Text: safe(hostile), From: "c", Articles: []string{"c"}}},
	}
	if diff := cmp.Diff(want, st.Timeline); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	if len(st.Entities) != 1 || st.Entities[0].Mentions != 3 {
		t.Errorf("entities %+v, want one with 3 mentions", st.Entities)
	}
	if st.Outlets == nil || len(st.Outlets.Conflicts) != 1 || st.Outlets.Conflicts[0].Slot != "number" {
		t.Errorf("outlets %+v, want one number conflict", st.Outlets)
	}
	// Without an analysis the fields are absent.
	buf.Reset()
	if err := Write(&buf, "json", sample()); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{`"entities"`, `"quotes"`, `"timeline"`, `"outlets"`} {
		if strings.Contains(buf.String(), f) {
			t.Errorf("JSON without analysis has %s", f)
		}
	}
}

// TestWhen checks how a timeline time is written for a reader: decades and centuries
// in words a reader knows, every other value as TIMEX3 writes it.
func TestWhen(t *testing.T) {
	tests := []struct {
		value, gran, label, grain string
	}{
		{"199", "year", "1990s", "decade"},
		{"18", "year", "1800s", "century"},
		{"1998", "year", "1998", "year"},
		{"1962-11-29", "day", "1962-11-29", "day"},
		{"XXXX-WXX-4", "day", "XXXX-WXX-4", "day"},
	}
	for _, tc := range tests {
		label, grain := when(news.TimeExpr{Value: tc.value, Granularity: tc.gran})
		if label != tc.label || grain != tc.grain {
			t.Errorf("when(%q, %q) = %q, %q; want %q, %q", tc.value, tc.gran, label, grain, tc.label, tc.grain)
		}
	}
}

// TestAlsoNamed checks that the text and Markdown analyses list the most mentioned
// entities in full and name every other one on a line of its own, escaped, while JSON
// keeps them all.
func TestAlsoNamed(t *testing.T) {
	res := analysed()
	an := res.Stories[0].Analysis
	an.Entities = nil
	for i := range shownEntities + 2 {
		name := fmt.Sprintf("Person %02d", i)
		if i == shownEntities+1 {
			name = hostile
		}
		an.Entities = append(an.Entities, news.Entity{Name: name, Kind: "person",
			Mentions: make([]news.Mention, 1), PerArticle: []news.Count{{Key: "a", N: 1}}})
	}
	for _, tc := range []struct{ format, full, also string }{
		{"text", "- Person 24, person", "Also named: Person 25 (person, 1), Evil"},
		{"markdown", "| Person 24 | person |", "Also named: Person 25 (person, 1), Evil"},
		{"json", `"name": "Person 24"`, `"name": "Person 25"`},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, tc.format, res); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, tc.full) || !strings.Contains(out, tc.also) {
			t.Errorf("%s: want %q and %q in:\n%s", tc.format, tc.full, tc.also, out)
		}
		if tc.format != "json" && (strings.Contains(out, "- Person 25") || strings.Contains(out, "| Person 25 |") || strings.Contains(out, "\x1b")) {
			t.Errorf("%s lists a 26th entity in full or keeps an escape:\n%s", tc.format, out)
		}
	}
}

// TestAnalysisTextWraps checks that a long conflict of quotations is folded at the text
// width like the rest of the analysis.
func TestAnalysisTextWraps(t *testing.T) {
	res := analysed()
	long := strings.Repeat("we are concentrating our efforts on the evidence ", 6)
	res.Stories[0].Analysis.Outlets.Conflicts = []news.OutletConflict{{Slot: "quote", Sides: []news.ConflictSide{
		{Value: long, Articles: []string{"a"}}, {Value: long + "and the recorder", Articles: []string{"b"}}}}}
	var buf bytes.Buffer
	if err := Write(&buf, "text", res); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	start, end := strings.Index(out, "\nConflicts\n"), strings.Index(out, "\nSources\n")
	if start < 0 || end < start {
		t.Fatalf("no conflicts section in:\n%s", out)
	}
	for _, line := range strings.Split(out[start:end], "\n") {
		if n := len([]rune(line)); n > textWidth {
			t.Errorf("line of %d runes, over %d: %q", n, textWidth, line)
		}
	}
}
