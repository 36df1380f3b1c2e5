package timeline

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// line is one sentence of a test story: its article, text and time expressions.
type line struct {
	art   int
	text  string
	times []news.TimeExpr
}

var stop = map[string]bool{"the": true, "a": true, "on": true, "in": true, "of": true, "to": true, "and": true, "was": true, "for": true}

// terms is a stand-in for text.Terms: lower-cased words without stop words.
func terms(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		if !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

func story(lines []line) ([]news.Article, []news.Sentence, [][]news.TimeExpr) {
	arts := []news.Article{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	var sents []news.Sentence
	var times [][]news.TimeExpr
	for i, l := range lines {
		sents = append(sents, news.Sentence{Article: l.art, Index: i, Text: l.text, Words: len(strings.Fields(l.text)), Terms: terms(l.text)})
		times = append(times, l.times)
	}
	return arts, sents, times
}

func day(text, value string) news.TimeExpr {
	return news.TimeExpr{Text: text, Type: "DATE", Value: value, Granularity: "day"}
}

// brief is what a test compares of an event.
type brief struct {
	Value    string
	Text     string
	Articles []string
}

func briefs(evs []news.Event) []brief {
	var out []brief
	for _, e := range evs {
		out = append(out, brief{e.Time.Value, e.Text, e.Articles})
	}
	return out
}

func TestBuild(t *testing.T) {
	vote := "The council voted Tuesday to close the harbour bridge for repairs."
	vote2 := "On Tuesday the council voted to close the harbour bridge for urgent repairs."
	fire := "A fire broke out Monday at the old mill near the river."
	month := news.TimeExpr{Text: "March", Type: "DATE", Value: "2024-03", Granularity: "month"}
	tests := []struct {
		name           string
		lines          []line
		dated, undated []brief
	}{
		{
			name: "same event in two articles is one event citing both",
			lines: []line{
				{0, vote, []news.TimeExpr{day("Tuesday", "2024-03-12")}},
				{1, vote2, []news.TimeExpr{day("Tuesday", "2024-03-12")}},
			},
			dated: []brief{{"2024-03-12", vote, []string{"a", "b"}}},
		},
		{
			name: "same words on different days stay apart",
			lines: []line{
				{0, vote, []news.TimeExpr{day("Tuesday", "2024-03-12")}},
				{1, vote2, []news.TimeExpr{day("Tuesday", "2024-03-19")}},
			},
			dated: []brief{{"2024-03-12", vote, []string{"a"}}, {"2024-03-19", vote2, []string{"b"}}},
		},
		{
			name: "same day, different events stay apart",
			lines: []line{
				{0, vote, []news.TimeExpr{day("Tuesday", "2024-03-12")}},
				{1, "Two climbers were rescued Tuesday from the north face of the peak.", []news.TimeExpr{day("Tuesday", "2024-03-12")}},
			},
			dated: []brief{
				{"2024-03-12", vote, []string{"a"}},
				{"2024-03-12", "Two climbers were rescued Tuesday from the north face of the peak.", []string{"b"}},
			},
		},
		{
			name: "sorted by span start, coarser first, year before its days",
			lines: []line{
				{0, fire, []news.TimeExpr{day("Monday", "2024-03-11")}},
				{0, "The mill had been empty since it closed in March of that year.", []news.TimeExpr{month}},
				{1, "The mill was built in 1910 by a local family of weavers.", []news.TimeExpr{{Text: "1910", Type: "DATE", Value: "1910", Granularity: "year"}}},
				{2, "Firefighters said in week 11 that the cause was unknown to them.", []news.TimeExpr{{Text: "week 11", Type: "DATE", Value: "2024-W11", Granularity: "week"}}},
			},
			dated: []brief{
				{"1910", "The mill was built in 1910 by a local family of weavers.", []string{"b"}},
				{"2024-03", "The mill had been empty since it closed in March of that year.", []string{"a"}},
				{"2024-W11", "Firefighters said in week 11 that the cause was unknown to them.", []string{"c"}},
				{"2024-03-11", fire, []string{"a"}},
			},
		},
		{
			name: "unresolved time that fits joins the dated event; the date comes from the dated article",
			lines: []line{
				{0, vote, []news.TimeExpr{day("Tuesday", "XXXX-WXX-2")}},
				{1, vote2, []news.TimeExpr{day("Tuesday", "2024-W11-2")}},
			},
			dated: []brief{{"2024-W11-2", vote2, []string{"a", "b"}}},
		},
		{
			name: "unresolved time alone is listed apart, never placed",
			lines: []line{
				{0, vote, []news.TimeExpr{day("Tuesday", "XXXX-WXX-2")}},
				{1, fire, []news.TimeExpr{day("Monday", "2024-03-11")}},
			},
			dated:   []brief{{"2024-03-11", fire, []string{"b"}}},
			undated: []brief{{"XXXX-WXX-2", vote, []string{"a"}}},
		},
		{
			name: "durations, sets and references date nothing; resolved beats finer unresolved",
			lines: []line{
				{0, "The bridge has been closed for three weeks now and again every summer.", []news.TimeExpr{
					{Text: "three weeks", Type: "DURATION", Value: "P3W", Granularity: "duration"},
					{Text: "now", Type: "DATE", Value: "PRESENT_REF", Granularity: "ref"},
					{Text: "every summer", Type: "SET", Value: "XXXX-SU", Granularity: "set"}}},
				{1, "The works that began Monday should end in 2025 at the latest.", []news.TimeExpr{day("Monday", "XXXX-WXX-1"), {Text: "2025", Type: "DATE", Value: "2025", Granularity: "year"}}},
			},
			dated: []brief{{"2025", "The works that began Monday should end in 2025 at the latest.", []string{"b"}}},
		},
		{
			name: "a year that modifies a noun deep in a sentence dates nothing",
			lines: []line{
				{0, "The mayor resigned in March over the 2019 harbour contract.", []news.TimeExpr{
					{Text: "March", Type: "DATE", Value: "XXXX-03", Granularity: "month"},
					{Text: "2019", Type: "DATE", Value: "2019", Granularity: "year", Attributive: true}}},
				{1, "The 2019 harbour contract was signed by the council.", []news.TimeExpr{
					{Text: "2019", Type: "DATE", Value: "2019", Granularity: "year"}}},
				{2, "Crews still work on the bridge under the 2019 harbour contract.", []news.TimeExpr{
					{Text: "2019", Type: "DATE", Value: "2019", Granularity: "year", Attributive: true}}},
			},
			dated:   []brief{{"2019", "The 2019 harbour contract was signed by the council.", []string{"b"}}},
			undated: []brief{{"XXXX-03", "The mayor resigned in March over the 2019 harbour contract.", []string{"a"}}},
		},
		{
			name: "a time after 'since' starts a state and dates nothing",
			lines: []line{
				{0, "The jet has had 46 fatal incidents since 1965.", []news.TimeExpr{
					{Text: "1965", Type: "DATE", Value: "1965", Granularity: "year", Since: true}}},
				{1, "The jet first flew in 1965.", []news.TimeExpr{
					{Text: "1965", Type: "DATE", Value: "1965", Granularity: "year"}}},
			},
			dated: []brief{{"1965", "The jet first flew in 1965.", []string{"b"}}},
		},
		{
			name:  "a wire dateline is not shown: the citation says where the sentence came from",
			lines: []line{{0, "GONESSE, France (AP) -- " + fire, []news.TimeExpr{day("Monday", "2024-03-11")}}},
			dated: []brief{{"2024-03-11", fire, []string{"a"}}},
		},
		{
			name:  "fragments are not events",
			lines: []line{{0, "Updated March 12, 2024", []news.TimeExpr{day("March 12, 2024", "2024-03-12")}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dated, undated := Build(story(tc.lines))
			if diff := cmp.Diff(tc.dated, briefs(dated)); diff != "" {
				t.Errorf("dated (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.undated, briefs(undated)); diff != "" {
				t.Errorf("undated (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildStartAndTies(t *testing.T) {
	arts, sents, times := story([]line{
		{0, "Officials met on the morning of March 12 to discuss the bridge.", []news.TimeExpr{{Text: "the morning of March 12", Type: "TIME", Value: "2024-03-12TMO", Granularity: "time"}}},
		{1, "The council voted on March 12 to close the harbour bridge.", []news.TimeExpr{day("March 12", "2024-03-12")}},
	})
	dated, _ := Build(arts, sents, times)
	var got []time.Time
	for _, e := range dated {
		got = append(got, e.Start)
	}
	want := []time.Time{time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 12, 6, 0, 0, 0, time.UTC)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("starts (-want +got):\n%s", diff)
	}
}

func TestSpanStart(t *testing.T) {
	tests := []struct {
		value string
		want  string // RFC 3339, "" when not resolvable
	}{
		{"2017", "2017-01-01T00:00:00Z"},
		{"199", "1990-01-01T00:00:00Z"},
		{"20", "2000-01-01T00:00:00Z"},
		{"2017-07", "2017-07-01T00:00:00Z"},
		{"2017-07-26", "2017-07-26T00:00:00Z"},
		{"2017-07-26T19:30", "2017-07-26T19:30:00Z"},
		{"2017-07-26TEV", "2017-07-26T18:00:00Z"},
		{"2017-W30", "2017-07-24T00:00:00Z"},
		{"2017-W30-WE", "2017-07-29T00:00:00Z"},
		{"2017-W30-4", "2017-07-27T00:00:00Z"},
		{"2020-W01", "2019-12-30T00:00:00Z"},
		{"2017-Q3", "2017-07-01T00:00:00Z"},
		{"2017-H2", "2017-07-01T00:00:00Z"},
		{"2017-SU", "2017-06-01T00:00:00Z"},
		{"XXXX-07-26", ""},
		{"PRESENT_REF", ""},
		{"2017-13", ""},
		{"2017-07-26T25:00", ""},
		{"2017-Q5", ""},
		{"P3D", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.value, func(t *testing.T) {
			got := ""
			if s, ok := spanStart(news.TimeExpr{Value: tc.value}); ok {
				got = s.Format(time.RFC3339)
			}
			if got != tc.want {
				t.Errorf("spanStart(%q) = %q, want %q", tc.value, got, tc.want)
			}
		})
	}
}

// BenchmarkBuild times a story of 2,000 dated sentences of 15 words drawn from a
// 3,000-word vocabulary, a tenth of them retold by a second article.
func BenchmarkBuild(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	var lines []line
	for i := range 2000 {
		var words []string
		for range 15 {
			words = append(words, fmt.Sprintf("w%d", r.IntN(3000)))
		}
		l := line{i % 20, strings.Join(words, " "), []news.TimeExpr{day("Tuesday", fmt.Sprintf("2024-03-%02d", 1+r.IntN(28)))}}
		lines = append(lines, l)
		if i%10 == 0 {
			l.art = (l.art + 1) % 20
			lines = append(lines, l)
		}
	}
	arts, sents, times := story(lines)
	for i := range 20 {
		arts = append(arts[:min(len(arts), i)], news.Article{ID: fmt.Sprint(i)})
	}
	b.ReportAllocs()
	for b.Loop() {
		Build(arts, sents, times)
	}
}

func TestFits(t *testing.T) {
	tests := []struct {
		pattern, value string
		want           bool
	}{
		{"XXXX-07-26", "2017-07-26", true},
		{"XXXX-07-26", "2017-07-27", false},
		{"XXXX-WXX-2", "2024-03-12", true},
		{"XXXX-WXX-3", "2024-03-12", false},
		{"XXXX-WXX-2", "2024-W11-2", true},
		{"XXXX-WXX-2TMO", "2024-03-12TMO", true},
		{"XXXX-WXX-2TMO", "2024-03-12TEV", false},
		{"XXXX-WXX-2", "2024-03", false},
		{"XXXX", "2024-03", false},
	}
	for _, tc := range tests {
		if got := fits(tc.pattern, tc.value); got != tc.want {
			t.Errorf("fits(%q, %q) = %v, want %v", tc.pattern, tc.value, got, tc.want)
		}
	}
}
