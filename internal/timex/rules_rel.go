package timex

import (
	"fmt"
	"time"
)

// ruleWeekday: "Tuesday", "last Tuesday", "next Friday", "Tuesday morning",
// "Tuesday, March 12, 2019".
func (s *scanner) ruleWeekday(i int) (match, bool) {
	dir, strict, j := 0, false, i
	switch s.tok(i) {
	case "last", "past":
		dir, strict, j = -1, true, i+1
	case "next", "coming":
		dir, strict, j = 1, true, i+1
	case "this":
		j = i + 1
	}
	wd, ok := weekdayNames[s.tok(j)]
	if !ok || !s.toks[j].upper || len(s.tok(j)) < 6 {
		return match{}, false
	}
	k := j + 1
	if s.tok(k) == "," {
		if m, ok := s.ruleMonthDate(k + 1); ok && m.gran == "day" {
			m.start = i
			return m, true
		}
	}
	if m, ok := s.ruleMonthDate(k); ok && m.gran == "day" {
		m.start = i
		return m, true
	}
	if dir == 0 {
		if dir = s.tense(i, k); dir == 0 {
			dir = -1
		}
		strict = dir > 0
	}
	v, t := s.weekday(wd, dir, strict)
	m := match{start: i, end: k, typ: "DATE", value: v, gran: "day", ref: t}
	return s.dayPart(m), true
}

// dayPart extends a day match with "morning", "afternoon", "evening" or "night".
func (s *scanner) dayPart(m match) match {
	if p, ok := dayParts[s.tok(m.end)]; ok {
		m.end++
		m.typ, m.value, m.gran = "TIME", m.value+"T"+p, "time"
	}
	return m
}

// ruleDeictic: "today", "yesterday", "tomorrow", "tonight", "this morning", "last night",
// "the day before yesterday".
func (s *scanner) ruleDeictic(i int) (match, bool) {
	n, j := 0, i+1
	switch {
	case s.is(i, "the", "day", "before", "yesterday"):
		n, j = -2, i+4
	case s.is(i, "the", "day", "after", "tomorrow"):
		n, j = 2, i+4
	case s.tok(i) == "today":
	case s.tok(i) == "yesterday":
		n = -1
	case s.tok(i) == "tomorrow":
		n = 1
	case s.tok(i) == "tonight":
		m := s.dayShift(i, i+1, 0)
		m.typ, m.value, m.gran = "TIME", m.value+"TNI", "time"
		return m, true
	case s.tok(i) == "this" && dayParts[s.tok(i+1)] != "":
		m := s.dayShift(i, i+1, 0)
		return s.dayPart(m), true
	case s.is(i, "last", "night"):
		m := s.dayShift(i, i+1, -1)
		return s.dayPart(m), true
	default:
		return match{}, false
	}
	return s.dayPart(s.dayShift(i, j, n)), true
}

// dayShift is a match for the day n days from the anchor.
func (s *scanner) dayShift(start, end, n int) match {
	v, g, t := s.shift("day", n)
	return match{start: start, end: end, typ: "DATE", value: v, gran: g, ref: t}
}

// ruleUnitRelative: "this week", "last month", "next year", "the previous quarter",
// "this past weekend", "last March"; "the past year" is a duration (P1Y).
func (s *scanner) ruleUnitRelative(i int) (match, bool) {
	n, j, dur, from := 0, i+1, false, s.anchor
	switch {
	case s.is(i, "this", "past"):
		n, j = -1, i+2
	case s.is(i, "the", "current"):
		j = i + 2
	case s.tok(i) == "this" || s.tok(i) == "current":
	case s.tok(i) == "last":
		n = -1
	case s.tok(i) == "next":
		n = 1
	case s.is(i, "the", "previous") || s.is(i, "the", "prior") || s.is(i, "the", "preceding"):
		n, j, from = -1, i+2, s.base()
	case s.is(i, "the", "following"):
		n, j, from = 1, i+2, s.base()
	case s.is(i, "the", "past") || s.is(i, "the", "last") || s.is(i, "the", "next") || s.is(i, "the", "coming"):
		j, dur = i+2, true
	default:
		return match{}, false
	}
	w := s.tok(j)
	if mon, k, ok := s.month(j, false); ok && !dur && n != 0 {
		return s.relativeMonth(i, k, mon, n), true
	}
	u, ok := units[w]
	if w == "weekend" {
		u, ok = unitInfo{name: "weekend"}, true
	}
	if !ok || w != u.name || u.clock || (u.name == "day" && !dur) {
		return match{}, false
	}
	if dur {
		return match{start: i, end: j + 1, typ: "DURATION", value: durValue(1, u), gran: "duration"}, true
	}
	if u.name == "weekend" {
		v, _, _ := s.shift("week", n)
		return match{start: i, end: j + 1, typ: "DATE", value: v + "-WE", gran: "week"}, true
	}
	v, g, t := s.shiftFrom(from, u.name, n)
	return match{start: i, end: j + 1, typ: "DATE", value: v, gran: g, ref: t}, true
}

// relativeMonth resolves "last March" (the latest March before this month) and
// "next March" (the first after it).
func (s *scanner) relativeMonth(start, end int, mon time.Month, n int) match {
	m := match{start: start, end: end, typ: "DATE", gran: "month", value: fmt.Sprintf("XXXX-%02d", int(mon))}
	if !s.known {
		return m
	}
	y := s.anchor.Year()
	if n < 0 && mon >= s.anchor.Month() {
		y--
	}
	if n > 0 && mon <= s.anchor.Month() {
		y++
	}
	m.value = monthValue(y, mon)
	return m
}

// ruleAgo: "two years ago", "three days earlier", "a week later", "six months from now".
func (s *scanner) ruleAgo(i int) (match, bool) {
	n, j, ok := s.count(i)
	if !ok {
		return match{}, false
	}
	u, ok := units[s.tok(j)]
	if !ok {
		return match{}, false
	}
	dir, k := 0, j+1
	switch {
	case s.tok(k) == "ago" || s.tok(k) == "earlier" || s.tok(k) == "before" && s.sentenceEnd(k+1):
		dir = -1
	case s.tok(k) == "later" || s.tok(k) == "hence":
		dir = 1
	case s.is(k, "from", "now"):
		dir, k = 1, k+1
	default:
		return match{}, false
	}
	m := match{start: i, end: k + 1, typ: "DATE"}
	if n < 0 {
		m.value, m.gran = "PAST_REF", "ref"
		if dir > 0 {
			m.value = "FUTURE_REF"
		}
		return m, true
	}
	if u.name == "day" && s.tok(k) != "ago" && s.known {
		t := s.ref.AddDate(0, 0, dir*n)
		m.value, m.gran, m.ref = dayValue(t), "day", t
		return m, true
	}
	m.value, m.gran, m.ref = s.shift(u.name, dir*n*u.mult)
	if u.mult > 1 {
		m.value, m.gran, _ = s.shift("year", dir*n*u.mult)
	}
	return m, true
}

// ruleRelativeDay: "the next day", "the following day", "the day before", "that day",
// resolved against the last day the text named.
func (s *scanner) ruleRelativeDay(i int) (match, bool) {
	n, j := 0, i+3
	switch {
	case s.is(i, "the", "next", "day") || s.is(i, "the", "following", "day"):
		n = 1
	case s.is(i, "the", "previous", "day") || s.is(i, "the", "day", "before") && !s.is(i+3, "yesterday"):
		n = -1
	case s.is(i, "the", "same", "day"):
	case s.is(i, "that", "day"):
		j = i + 2
	default:
		return match{}, false
	}
	m := match{start: i, end: j, typ: "DATE", value: "XXXX-XX-XX", gran: "day"}
	if s.known {
		t := s.ref.AddDate(0, 0, n)
		m.value, m.ref = dayValue(t), t
	}
	return m, true
}
