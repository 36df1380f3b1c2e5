// Package timeline owns a story's timeline: the sentences that carry a time expression
// become events, the same event told by several articles becomes one event citing all of
// them, and the events are sorted by the time they name.
//
// The time expressions come normalised to TIMEX3 values (Pustejovsky et al., "TimeML:
// Robust Specification of Event and Temporal Expressions in Text", 2003) against each
// article's publication time, as package timex writes them. A sentence's event is dated
// by its finest resolved DATE or TIME expression. Two sentences of different articles are
// one event when their values agree and they say the same thing by the test summarize
// uses for citations: the shorter sentence shares at least half of its distinct content
// terms (and three) with the other, carrying at least half of its idf-weighted term mass.
// A sentence whose value is unresolved ("Thursday" in an article with no date,
// XXXX-WXX-4) joins a dated event only when it says the same thing and its value fits the
// dated one digit for digit; otherwise it is listed apart, never placed by guess.
//
// Events are sorted by the start of the span their value names (a month at its first
// day, a week at its Monday), coarser values first when spans start together, then in
// article order.
package timeline

import (
	"github.com/storyline-news/storyline/internal/sentsim"
	"sort"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// Build returns the events of a story: dated ones in time order, and apart, in article
// order, those whose time could not be resolved. times[i] holds the time expressions of
// sents[i], normalised against the publication time of its article; sentences without
// one are not events. Every event cites every article that tells it.
func Build(arts []news.Article, sents []news.Sentence, times [][]news.TimeExpr) (dated, undated []news.Event) {
	var cands []candidate
	var chosen []int
	for i, s := range sents {
		if i >= len(times) || s.Words < minWords || s.Article < 0 || s.Article >= len(arts) {
			continue
		}
		if e, ok := pick(times[i]); ok {
			start, resolved := spanStart(e)
			cands = append(cands, candidate{sent: i, time: e, start: start, resolved: resolved})
			chosen = append(chosen, i)
		}
	}
	ts := sentsim.New(sents, chosen)
	u := sentsim.NewUnionFind(len(cands))
	keep := func(a, b int) bool {
		ca, cb := cands[a], cands[b]
		return sents[ca.sent].Article != sents[cb.sent].Article && sameTime(ca, cb) && u.Find(a) != u.Find(b)
	}
	for _, b := range blocks(cands) {
		ts.PairsIn(b, pairBounds, keep, func(a, b int, _ float64) { u.Union(a, b) })
	}
	groups := map[int][]int{}
	var roots []int
	for k := range cands {
		r := u.Find(k)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], k)
	}
	for _, r := range roots {
		ev, ok := event(arts, sents, cands, groups[r])
		if ok {
			dated = append(dated, ev)
		} else {
			undated = append(undated, ev)
		}
	}
	sortEvents(dated)
	return dated, undated
}

// pairBounds bound the pairwise test within a block of candidates that may name the
// same time: a term in more than 400 of them proposes no pairs, and each sentence is
// compared in full with at most 64 others (those sharing the most terms with it).
var pairBounds = sentsim.Bounds{MaxPosting: 400, MaxCandidates: 64}

// minWords leaves out fragments (bylines, "Updated July 26") that carry a date but tell
// no event.
const minWords = 5

type candidate struct {
	sent     int
	time     news.TimeExpr
	start    time.Time
	resolved bool
}

// event makes one event of a group of candidates: the text and time of its first dated
// member (else its first member), citing every member's article in story order.
func event(arts []news.Article, sents []news.Sentence, cands []candidate, members []int) (news.Event, bool) {
	rep := members[0]
	for _, k := range members {
		if cands[k].resolved {
			rep = k
			break
		}
	}
	c := cands[rep]
	s := sents[c.sent]
	ev := news.Event{Time: c.time, Start: c.start, Text: text.Shown(s.Text), From: arts[s.Article].ID}
	idx := make([]int, 0, len(members))
	for _, k := range members {
		idx = append(idx, sents[cands[k].sent].Article)
	}
	sort.Ints(idx)
	for n, a := range idx {
		if n == 0 || a != idx[n-1] {
			ev.Articles = append(ev.Articles, arts[a].ID)
		}
	}
	return ev, c.resolved
}

// sameTime reports whether two candidates may be one event: equal values, or an
// unresolved value that fits a resolved one of the same granularity.
func sameTime(a, b candidate) bool {
	if a.time.Value == b.time.Value {
		return true
	}
	if a.resolved == b.resolved || a.time.Granularity != b.time.Granularity {
		return false
	}
	if !a.resolved {
		a, b = b, a
	}
	return fits(b.time.Value, a.time.Value)
}

// fits reports whether an unresolved value (X for unknown digits) may name the same time
// as a resolved one: digit for digit, or a weekday of an unknown week ("XXXX-WXX-2",
// Tuesday) against a date that falls on that weekday, with the same time of day.
func fits(pattern, value string) bool {
	if len(pattern) == len(value) && sameDigits(pattern, value) {
		return true
	}
	pd, pc, _ := strings.Cut(pattern, "T")
	vd, vc, _ := strings.Cut(value, "T")
	wd, ok := strings.CutPrefix(pd, "XXXX-WXX-")
	if !ok || len(wd) != 1 || pc != vc || strings.Count(vd, "-") != 2 {
		return false
	}
	t, ok := dateStart(vd)
	return ok && int(t.Weekday()+6)%7+1 == int(wd[0]-'0')
}

func sameDigits(pattern, value string) bool {
	for i := range len(pattern) {
		if pattern[i] != 'X' && pattern[i] != value[i] {
			return false
		}
	}
	return true
}

// pick chooses the expression that dates a sentence: resolved over unresolved, then the
// finest granularity, then the first. Durations, sets and references ("now") date
// nothing, and neither does a year that modifies a noun past the sentence's opening
// words: "Sessions recused himself in March from the inquiry into the 2016 election"
// happened in March, even when March is unresolved, and "he has not voted since the
// 1996 election" did not happen in 1996. Nor does a time after "since" ("46 fatal
// incidents since 1965").
func pick(exprs []news.TimeExpr) (news.TimeExpr, bool) {
	best, ok := news.TimeExpr{}, false
	for _, e := range exprs {
		if (e.Type != "DATE" && e.Type != "TIME") || rank(e.Granularity) < 0 || e.Value == "" || e.Attributive || e.Since {
			continue
		}
		if !ok || better(e, best) {
			best, ok = e, true
		}
	}
	return best, ok
}

func better(e, than news.TimeExpr) bool {
	er, tr := resolvable(e), resolvable(than)
	if er != tr {
		return er
	}
	return rank(e.Granularity) > rank(than.Granularity)
}

func resolvable(e news.TimeExpr) bool {
	_, ok := spanStart(e)
	return ok
}

// sortEvents orders dated events by span start, coarser first on ties; the sort is
// stable so events of equal time keep article order.
func sortEvents(evs []news.Event) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return rank(a.Time.Granularity) < rank(b.Time.Granularity)
	})
}
