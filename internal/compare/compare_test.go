package compare

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

var stop = map[string]bool{"the": true, "a": true, "on": true, "in": true, "of": true, "to": true, "and": true, "was": true, "for": true, "by": true, "at": true}

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

// line is one sentence of a test story and what the pipeline found in it.
type line struct {
	art   int
	text  string
	slots Slots
}

// pile is a test story of three outlets: "Daily" (articles d1 and d2), "Herald" (h1)
// and an article with no outlet, labelled by its file name.
func pile(lines []line) ([]news.Article, []news.Sentence, []Slots) {
	arts := []news.Article{
		{ID: "d1", Outlet: "Daily", Source: "in/d1.txt"},
		{ID: "h1", Outlet: "Herald", Source: "in/h1.txt"},
		{ID: "x1", Source: "in/notes/x1.txt"},
		{ID: "d2", Outlet: "Daily", Source: "in/d2.txt"},
	}
	var sents []news.Sentence
	var slots []Slots
	for i, l := range lines {
		sents = append(sents, news.Sentence{Article: l.art, Index: i, Text: l.text, Words: len(strings.Fields(l.text)), Terms: terms(l.text)})
		slots = append(slots, l.slots)
	}
	return arts, sents, slots
}

const (
	flood   = "Floodwater forced the closure of the main river bridge early yesterday morning."
	flood2  = "The main river bridge was closed early yesterday morning by floodwater."
	rescue  = "Volunteers pulled three stranded hikers from the flooded gorge trail."
	mayor   = "Mayor Ines Carr promised emergency funds for flooded homeowners downtown."
	schools = "All schools across the valley district will remain shut until Friday afternoon."
)

func TestCompareFacts(t *testing.T) {
	arts, sents, slots := pile([]line{
		{0, flood, Slots{}},
		{0, "RIVERTON (AP) -- " + rescue, Slots{}}, // shown without its dateline
		{1, flood2, Slots{}},
		{1, mayor, Slots{}},
		{2, flood, Slots{}},
		{2, schools, Slots{}},
		{3, mayor, Slots{}},
	})
	got := Compare(arts, sents, slots, nil)
	wantOutlets := []news.OutletView{
		{Outlet: "Daily", Articles: []string{"d1", "d2"}, Facts: 3, Unique: 1},
		{Outlet: "Herald", Articles: []string{"h1"}, Facts: 2, Unique: 0},
		{Outlet: "x1.txt", Articles: []string{"x1"}, Facts: 2, Unique: 1},
	}
	if diff := cmp.Diff(wantOutlets, got.Outlets); diff != "" {
		t.Errorf("outlets (-want +got):\n%s", diff)
	}
	common := []news.Fact{{Text: flood, From: "d1", Articles: []string{"d1", "h1", "x1"}, Outlets: []string{"Daily", "Herald", "x1.txt"}}}
	if diff := cmp.Diff(common, got.Common); diff != "" {
		t.Errorf("common (-want +got):\n%s", diff)
	}
	coverage := append(common, news.Fact{Text: mayor, From: "h1", Articles: []string{"h1", "d2"}, Outlets: []string{"Daily", "Herald"}})
	if diff := cmp.Diff(coverage, got.Coverage); diff != "" {
		t.Errorf("coverage (-want +got):\n%s", diff)
	}
	unique := []news.Fact{
		{Text: rescue, From: "d1", Articles: []string{"d1"}, Outlets: []string{"Daily"}},
		{Text: schools, From: "x1", Articles: []string{"x1"}, Outlets: []string{"x1.txt"}},
	}
	if diff := cmp.Diff(unique, got.Unique); diff != "" {
		t.Errorf("unique (-want +got):\n%s", diff)
	}
	if len(got.Conflicts) != 0 {
		t.Errorf("got conflicts %+v, want none", got.Conflicts)
	}
}

// TestCompareUniqueStandsAlone checks that what an outlet alone reports is listed only
// when its sentence reads alone, though every fact counts.
func TestCompareUniqueStandsAlone(t *testing.T) {
	ifSo := "If so, the valley schools will stay shut for another week or more."
	arts, sents, slots := pile([]line{
		{0, flood, Slots{}},
		{1, flood2, Slots{}},
		{1, ifSo, Slots{}},
		{1, mayor, Slots{}},
	})
	got := Compare(arts, sents, slots, nil)
	unique := []news.Fact{{Text: mayor, From: "h1", Articles: []string{"h1"}, Outlets: []string{"Herald"}}}
	if diff := cmp.Diff(unique, got.Unique); diff != "" {
		t.Errorf("unique (-want +got):\n%s", diff)
	}
	if h := got.Outlets[1]; h.Outlet != "Herald" || h.Unique != 2 {
		t.Errorf("Herald view %+v, want 2 facts of its own", h)
	}
}

func date(text, value string) news.TimeExpr {
	return news.TimeExpr{Text: text, Type: "DATE", Value: value, Granularity: "day"}
}

func TestCompareConflicts(t *testing.T) {
	side := func(value, text, art, outlet string) news.ConflictSide {
		return news.ConflictSide{Value: value, Text: text, Articles: []string{art}, Outlets: []string{outlet}}
	}
	tests := []struct {
		name   string
		lines  []line
		quotes []news.Quote
		want   []news.OutletConflict
	}{
		{
			name: "number",
			lines: []line{
				{0, "Rescuers said 12 people died when the old river bridge collapsed on the highway.", Slots{}},
				{1, "Rescuers said 14 people died when the old river bridge collapsed on the highway.", Slots{}},
			},
			want: []news.OutletConflict{{Slot: "number", Sides: []news.ConflictSide{
				side("12 people", "Rescuers said 12 people died when the old river bridge collapsed on the highway.", "d1", "Daily"),
				side("14 people", "Rescuers said 14 people died when the old river bridge collapsed on the highway.", "h1", "Herald"),
			}}},
		},
		{
			name: "spelled number against digits is the same number",
			lines: []line{
				{0, "Rescuers said three people died when the old river bridge collapsed on the highway.", Slots{}},
				{1, "Rescuers said 3 people died when the old river bridge collapsed on the highway.", Slots{}},
			},
		},
		{
			name: "date",
			lines: []line{
				{0, "The old river bridge on the coastal highway collapsed on Tuesday after heavy rain.", Slots{Times: []news.TimeExpr{date("Tuesday", "2024-03-12")}}},
				{1, "The old river bridge on the coastal highway collapsed on Wednesday after heavy rain.", Slots{Times: []news.TimeExpr{date("Wednesday", "2024-03-13")}}},
			},
			want: []news.OutletConflict{{Slot: "date", Sides: []news.ConflictSide{
				side("Tuesday (2024-03-12)", "The old river bridge on the coastal highway collapsed on Tuesday after heavy rain.", "d1", "Daily"),
				side("Wednesday (2024-03-13)", "The old river bridge on the coastal highway collapsed on Wednesday after heavy rain.", "h1", "Herald"),
			}}},
		},
		{
			name: "dates in numbers are not counts; a coarser date is no conflict",
			lines: []line{
				{0, "The old river bridge on the coastal highway collapsed on March 12 after heavy rain.", Slots{Times: []news.TimeExpr{date("March 12", "2024-03-12")}}},
				{1, "The old river bridge on the coastal highway collapsed in March after heavy rain.", Slots{Times: []news.TimeExpr{{Text: "March", Type: "DATE", Value: "2024-03", Granularity: "month"}}}},
			},
		},
		{
			name: "name",
			lines: []line{
				{0, "Mayor Ines Carr ordered the evacuation of the flooded riverside district overnight.", Slots{Names: []Name{{"Ines Carr", "person"}}}},
				{2, "Mayor Paul Dorsey ordered the evacuation of the flooded riverside district overnight.", Slots{Names: []Name{{"Paul Dorsey", "person"}}}},
			},
			want: []news.OutletConflict{{Slot: "name", Sides: []news.ConflictSide{
				side("Ines Carr", "Mayor Ines Carr ordered the evacuation of the flooded riverside district overnight.", "d1", "Daily"),
				side("Paul Dorsey", "Mayor Paul Dorsey ordered the evacuation of the flooded riverside district overnight.", "x1", "x1.txt"),
			}}},
		},
		{
			name: "same outlet never conflicts with itself",
			lines: []line{
				{0, "Rescuers said 12 people died when the old river bridge collapsed on the highway.", Slots{}},
				{3, "Rescuers said 14 people died when the old river bridge collapsed on the highway.", Slots{}},
			},
		},
		{
			name: "quote wording",
			quotes: []news.Quote{
				{Text: "We will rebuild this bridge", Speaker: "Ines Carr", Differs: true, Variants: []news.Variant{
					{Text: "We will rebuild this bridge", Articles: []string{"d1", "d2"}},
					{Text: "We will rebuild the bridge", Articles: []string{"h1"}},
				}},
				{Text: "Same words", Variants: []news.Variant{{Text: "Same words", Articles: []string{"d1", "h1"}}}},
			},
			want: []news.OutletConflict{{Slot: "quote", Sides: []news.ConflictSide{
				{Value: "We will rebuild this bridge", Text: "We will rebuild this bridge", Articles: []string{"d1", "d2"}, Outlets: []string{"Daily"}},
				{Value: "We will rebuild the bridge", Text: "We will rebuild the bridge", Articles: []string{"h1"}, Outlets: []string{"Herald"}},
			}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts, sents, slots := pile(tc.lines)
			got := Compare(arts, sents, slots, tc.quotes).Conflicts
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("conflicts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCompareEmpty(t *testing.T) {
	got := Compare(nil, nil, nil, nil)
	if diff := cmp.Diff(news.Comparison{Outlets: []news.OutletView{}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
