package timex

import (
	"fmt"
	"time"
)

// yearSpec reads an explicit year after "of"/"in": "2019", "last year", "this year",
// "next year", "fiscal 2019", "the year". It returns the year (0 when the anchor is
// unknown) and the index after it.
func (s *scanner) yearSpec(i int) (int, int, bool) {
	if y, e, ok := s.year4(i); ok && !s.joinedWord(i) {
		return y, e, true
	}
	if m, ok := s.ruleYear(i); ok {
		y, _ := s.digits(m.end-1, 4)
		return y, m.end, true
	}
	n := 0
	switch {
	case s.is(i, "last", "year") || s.is(i, "the", "previous", "year") || s.is(i, "the", "prior", "year"):
		n = -1
	case s.is(i, "next", "year") || s.is(i, "the", "following", "year"):
		n = 1
	case s.is(i, "this", "year") || s.is(i, "the", "year") || s.is(i, "the", "current", "year"):
	default:
		return 0, i, false
	}
	e := i + 2
	if s.tok(i) == "the" && s.tok(i+1) != "year" {
		e = i + 3
	}
	if !s.known {
		return 0, e, true
	}
	return s.anchor.Year() + n, e, true
}

// ruleQuarter: "the third quarter", "the first quarter of 2018", "Q3 2019",
// "the first half of the year", "the fourth fiscal quarter".
func (s *scanner) ruleQuarter(i int) (match, bool) {
	j := s.skipThe(i)
	n, k, ok := 0, j, false
	if s.tok(j) == "q" && s.joined(j) {
		if n, ok = s.digits(j+1, 1); ok {
			k = j + 2
		}
	} else {
		n, k, ok = s.ordinal(j)
		if s.tok(k) == "fiscal" || s.tok(k) == "calendar" {
			k++
		}
	}
	unit := s.tok(k)
	if !ok || (unit != "quarter" && unit != "half") {
		return match{}, false
	}
	max, code := 4, "Q"
	if unit == "half" {
		max, code = 2, "H"
	}
	if n == 0 || n > max {
		return match{}, false
	}
	if s.tok(k) == "quarter" || s.tok(k) == "half" {
		k++
	}
	m := match{start: i, end: k, typ: "DATE", gran: unit}
	if n < 0 && code == "Q" {
		m.value, _, _ = s.shift("quarter", -1)
		return m, true
	} else if n < 0 {
		n = max
	}
	e := k
	if s.tok(e) == "of" || s.tok(e) == "in" || s.tok(e) == "," {
		e++
	}
	if y, e2, ok := s.yearSpec(e); ok {
		m.end, m.value = e2, periodValue(y, code, n, s.known)
		return m, true
	}
	if code == "Q" && s.tok(i) != "the" && s.tok(i) != "q" {
		return match{}, false
	}
	if !s.known {
		m.value = periodValue(0, code, n, false)
		return m, true
	}
	y := s.anchor.Year()
	startMonth := time.Month((n-1)*(12/max) + 1)
	if startMonth > s.anchor.Month() && s.tense(i, k) <= 0 {
		y--
	}
	m.value = periodValue(y, code, n, true)
	return m, true
}

func periodValue(y int, code string, n int, known bool) string {
	if !known {
		return fmt.Sprintf("XXXX-%s%d", code, n)
	}
	return fmt.Sprintf("%04d-%s%d", y, code, n)
}

var seasonIndex = map[string]int{"SP": 0, "SU": 1, "FA": 2, "WI": 3}

// ruleSeason: "this summer", "last winter", "the fall of 2019", "in the spring".
func (s *scanner) ruleSeason(i int) (match, bool) {
	dir, strict, j := 0, true, i+1
	switch s.tok(i) {
	case "this", "the":
	case "last", "past":
		dir = -1
	case "next", "coming":
		dir = 1
	default:
		j = i
	}
	code, ok := seasons[s.tok(j)]
	if !ok {
		return match{}, false
	}
	k := j + 1
	if s.tok(k) == "of" || s.tok(k) == "," {
		k++
	}
	if y, e, ok := s.yearSpec(k); ok {
		return match{start: i, end: e, typ: "DATE", value: seasonValue(y, code, s.known), gran: "season"}, true
	}
	if s.tok(j+1) == "of" || (j == i && !s.seasonContext(i)) || (j == i+1 && s.tok(i) == "the" && !s.seasonContext(i)) {
		return match{}, false
	}
	m := match{start: i, end: j + 1, typ: "DATE", gran: "season"}
	if !s.known {
		m.value = seasonValue(0, code, false)
		return m, true
	}
	if dir == 0 {
		dir, strict = s.tense(i, j+1), false
	}
	m.value = seasonValue(s.seasonYear(code, dir, strict), code, true)
	return m, true
}

// seasonContext reports whether the token before i makes a season word temporal.
func (s *scanner) seasonContext(i int) bool {
	switch s.tok(i - 1) {
	case "in", "since", "until", "by", "during", "through", "early", "late", "mid", "this", "last", "next", "over", "before", "after":
		return true
	}
	return false
}

// seasonYear picks the year of a season: the current one, or the previous (dir < 0) or
// next (dir > 0) one when the current one does not fit. January and February belong to
// the previous year's winter.
func (s *scanner) seasonYear(code string, dir int, strict bool) int {
	a := s.anchor
	y, cur := a.Year(), 0
	switch {
	case a.Month() <= 2:
		y, cur = y-1, 3
	default:
		cur = (int(a.Month()) - 3) / 3
	}
	idx := seasonIndex[code]
	switch {
	case dir < 0 && (idx > cur || strict && idx == cur):
		return y - 1
	case dir > 0 && (idx < cur || strict && idx == cur):
		return y + 1
	}
	return y
}

func seasonValue(y int, code string, known bool) string {
	if !known {
		return "XXXX-" + code
	}
	return fmt.Sprintf("%04d-%s", y, code)
}

// ruleOrdinalWeek: "the first week of May", "the last week of March 2019".
func (s *scanner) ruleOrdinalWeek(i int) (match, bool) {
	j := s.skipThe(i)
	n, k, ok := s.ordinal(j)
	if !ok || n > 5 || s.tok(k) != "week" || s.tok(k+1) != "of" {
		return match{}, false
	}
	mon, e, ok := s.month(k+2, false)
	if !ok {
		return match{}, false
	}
	m := match{start: i, end: e, typ: "DATE", gran: "week", value: "XXXX-WXX"}
	y := 0
	if y2, e2, ok := s.yearSpec(e); ok {
		y, m.end = y2, e2
	} else if s.known {
		y = s.pickYear(mon, 0, s.tense(i, e))
	} else {
		return m, true
	}
	t := day(y, mon, 1).AddDate(0, 0, 7*(n-1))
	if n < 0 {
		t = day(y, mon+1, 0).AddDate(0, 0, -3)
	}
	m.value = weekValue(t)
	return m, true
}
