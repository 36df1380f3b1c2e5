package compare

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// conflicts checks each pair of nearly identical sentences of different outlets for a
// slot they fill differently, then adds the quotations worded differently by different
// outlets. A conflict between the same two values is listed once.
func conflicts(st *story, near [][2]int, slots []Slots, quotes []news.Quote) []news.OutletConflict {
	sort.Slice(near, func(i, j int) bool {
		if near[i][0] != near[j][0] {
			return near[i][0] < near[j][0]
		}
		return near[i][1] < near[j][1]
	})
	seen := map[string]bool{}
	var out []news.OutletConflict
	add := func(slot string, a, b int, va, vb string) {
		key := slot + "\x00" + min(va, vb) + "\x00" + max(va, vb)
		if seen[key] || len(out) >= maxConflicts {
			return
		}
		seen[key] = true
		out = append(out, news.OutletConflict{Slot: slot, Sides: []news.ConflictSide{st.side(a, va), st.side(b, vb)}})
	}
	get := func(i int) Slots {
		if i < len(slots) {
			return slots[i]
		}
		return Slots{}
	}
	for _, p := range near {
		a, b := p[0], p[1]
		sa, sb := get(a), get(b)
		if va, vb, ok := numberConflict(st.sents[a].Text, st.sents[b].Text, sa.Times, sb.Times); ok {
			add("number", a, b, va, vb)
		}
		if va, vb, ok := dateConflict(sa.Times, sb.Times); ok {
			add("date", a, b, va, vb)
		}
		if va, vb, ok := nameConflict(sa.Names, sb.Names); ok {
			add("name", a, b, va, vb)
		}
	}
	for _, q := range quotes {
		if len(out) >= maxConflicts {
			break
		}
		if c, ok := st.quoteConflict(q); ok {
			out = append(out, c)
		}
	}
	return out
}

// side is one telling of a conflict: sentence i and its article's outlet.
func (st *story) side(i int, value string) news.ConflictSide {
	a := st.sents[i].Article
	return news.ConflictSide{Value: value, Text: text.Shown(st.sents[i].Text), Articles: []string{st.arts[a].ID}, Outlets: []string{st.label[a]}}
}

// dateConflict reports two dates of the same granularity that disagree, one from each
// sentence, when neither sentence gives the other's date. Resolved values are compared
// only with resolved ones, unresolved with unresolved: "Thursday" in an undated article
// neither confirms nor contradicts a dated July 27.
func dateConflict(a, b []news.TimeExpr) (string, string, bool) {
	da, db := dates(a), dates(b)
	for _, x := range da {
		if has(db, x) {
			continue
		}
		for _, y := range db {
			if has(da, y) || x.Granularity != y.Granularity || x.Resolved() != y.Resolved() {
				continue
			}
			return x.Text + " (" + x.Value + ")", y.Text + " (" + y.Value + ")", true
		}
	}
	return "", "", false
}

func dates(exprs []news.TimeExpr) []news.TimeExpr {
	var out []news.TimeExpr
	for _, e := range exprs {
		if (e.Type == "DATE" || e.Type == "TIME") && e.Granularity != "ref" && e.Value != "" {
			out = append(out, e)
		}
	}
	return out
}

func has(exprs []news.TimeExpr, e news.TimeExpr) bool {
	for _, x := range exprs {
		if x.Value == e.Value {
			return true
		}
	}
	return false
}

// nameConflict reports a person, organisation or place that only one sentence names
// while the other names a different one of the same kind in its place.
func nameConflict(a, b []Name) (string, string, bool) {
	for _, x := range a {
		if x.Kind == "outlet" || hasName(b, x) {
			continue
		}
		for _, y := range b {
			if y.Kind == x.Kind && !hasName(a, y) {
				return x.Name, y.Name, true
			}
		}
	}
	return "", "", false
}

func hasName(names []Name, n Name) bool {
	for _, x := range names {
		if x.Name == n.Name {
			return true
		}
	}
	return false
}

// quoteConflict turns a quotation worded differently by different outlets into a
// conflict between its first wording and the first other wording another outlet gives.
func (st *story) quoteConflict(q news.Quote) (news.OutletConflict, bool) {
	if !q.Differs || len(q.Variants) < 2 {
		return news.OutletConflict{}, false
	}
	first := q.Variants[0]
	fo := st.outletsOf(first.Articles)
	for _, v := range q.Variants[1:] {
		vo := st.outletsOf(v.Articles)
		if strings.Join(vo, "\x00") == strings.Join(fo, "\x00") {
			continue
		}
		return news.OutletConflict{Slot: "quote", Sides: []news.ConflictSide{
			{Value: first.Text, Text: first.Text, Articles: first.Articles, Outlets: fo},
			{Value: v.Text, Text: v.Text, Articles: v.Articles, Outlets: vo},
		}}, true
	}
	return news.OutletConflict{}, false
}

// outletsOf returns the outlet labels of some article IDs, in story order.
func (st *story) outletsOf(ids []string) []string {
	var labels []string
	for _, id := range ids {
		if i, ok := st.index[id]; ok {
			labels = append(labels, st.label[i])
		}
	}
	return st.inOrder(labels)
}
