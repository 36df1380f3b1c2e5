package timex

import (
	"fmt"
	"time"
)

// clock reads a clock time at i: "3 p.m.", "3:30 pm", "15:00", "noon", "midnight",
// "9 o'clock", with an optional time zone. It returns "HH:MM" and the index after it.
func (s *scanner) clock(i int) (string, int, bool) {
	switch s.tok(i) {
	case "noon", "midday":
		return "12:00", i + 1, true
	case "midnight":
		return "24:00", i + 1, true
	}
	h, ok := s.digits(i, 2)
	if !ok || h > 24 {
		return "", i, false
	}
	mm, j := 0, i+1
	hasMin := false
	if s.tok(j) == ":" && s.joined(i) {
		if v, ok := s.digits(j+1, 2); ok && len(s.toks[j+1].low) == 2 && v < 60 {
			mm, j, hasMin = v, j+2, true
		} else {
			return "", i, false
		}
	}
	ampm, k := s.meridiem(j)
	switch {
	case ampm != 0 && h >= 1 && h <= 12:
		if ampm > 0 && h < 12 {
			h += 12
		} else if ampm < 0 && h == 12 {
			h = 0
		}
		j = k
	case s.is(j, "o", "'", "clock") && h <= 12:
		j += 3
	case !hasMin:
		return "", i, false
	}
	switch s.tok(j) {
	case "est", "edt", "et", "gmt", "utc", "pst", "pdt", "pt", "cst", "cdt", "ct", "bst", "cet":
		if s.toks[j].upper {
			j++
		}
	}
	return fmt.Sprintf("%02d:%02d", h, mm), j, true
}

// meridiem reads "a.m.", "pm", "p.m" at j: -1 morning, +1 afternoon, 0 none.
func (s *scanner) meridiem(j int) (int, int) {
	w, e := s.tok(j), j+1
	switch w {
	case "am", "pm":
	case "a", "p":
		if s.tok(j+1) != "." || s.tok(j+2) != "m" {
			return 0, j
		}
		e = j + 3
		if s.tok(e) == "." && s.joined(e-1) {
			e++
		}
	default:
		return 0, j
	}
	if w[0] == 'a' {
		return -1, e
	}
	return 1, e
}

// ruleTime: a clock time, with a day before or after it when there is one
// ("3 p.m. Tuesday", "noon on Friday"); otherwise on the anchor day.
func (s *scanner) ruleTime(i int) (match, bool) {
	hm, j, ok := s.clock(i)
	if !ok {
		return match{}, false
	}
	m := match{start: i, end: j, typ: "TIME", gran: "time"}
	k := j
	if s.tok(k) == "on" || s.tok(k) == "," {
		k++
	}
	for _, r := range []rule{(*scanner).ruleWeekday, (*scanner).ruleDeictic, (*scanner).ruleMonthDate} {
		if d, ok := r(s, k); ok && d.gran == "day" {
			m.end, m.value, m.ref = d.end, d.value+"T"+hm, d.ref
			return m, true
		}
	}
	m.value = "XXXX-XX-XXT" + hm
	if s.known {
		t := s.anchor
		if s.refTok >= 0 && s.sameSentence(s.refTok, i) {
			t = s.ref
		}
		m.value = dayValue(t) + "T" + hm
	}
	return m, true
}

// attachTime extends a day match with a following clock time: "Tuesday at 3 p.m.".
func (s *scanner) attachTime(m match) match {
	k := m.end
	if s.tok(k) == "," {
		k++
	}
	if s.tok(k) == "at" {
		k++
	}
	if hm, e, ok := s.clock(k); ok {
		m.end, m.typ, m.value, m.gran = e, "TIME", m.value+"T"+hm, "time"
	}
	return m
}

// holidays with a fixed date.
var holidays = map[string][2]int{
	"christmas": {12, 25}, "halloween": {10, 31}, "boxing": {12, 26},
}

// ruleHoliday: "Christmas", "Christmas Eve", "New Year's Day", "Independence Day",
// "Valentine's Day", "Thanksgiving".
func (s *scanner) ruleHoliday(i int) (match, bool) {
	if i >= len(s.toks) || !s.toks[i].upper {
		return match{}, false
	}
	mon, d, j := time.Month(0), 0, i+1
	switch {
	case s.is(i, "christmas", "eve"):
		mon, d, j = 12, 24, i+2
	case s.is(i, "new", "year", "'", "s", "day"):
		mon, d, j = 1, 1, i+5
	case s.is(i, "new", "year", "'", "s", "eve"):
		mon, d, j = 12, 31, i+5
	case s.is(i, "valentine", "'", "s", "day"):
		mon, d, j = 2, 14, i+4
	case s.is(i, "independence", "day") && s.toks[i+1].upper:
		mon, d, j = 7, 4, i+2
	case s.tok(i) == "thanksgiving":
		mon = 11
	default:
		f, ok := holidays[s.tok(i)]
		if !ok || s.tok(i) == "boxing" && s.tok(i+1) != "day" {
			return match{}, false
		}
		mon, d = time.Month(f[0]), f[1]
	}
	if s.tok(j) == "day" && s.toks[j].upper {
		j++
	}
	m := match{start: i, end: j, typ: "DATE", gran: "day", value: fmt.Sprintf("XXXX-%02d-%02d", int(mon), d)}
	y := 0
	if y2, e, ok := s.yearSpec(j); ok && s.tok(j) != "the" {
		y, m.end = y2, e
	} else if s.known {
		y = s.pickYear(mon, max(d, 22), s.tense(i, j))
	} else {
		return m, true
	}
	if d == 0 { // Thanksgiving: the fourth Thursday of November
		first := day(y, 11, 1)
		d = 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 21
	}
	t := day(y, mon, d)
	m.value, m.ref = dayValue(t), t
	return m, true
}
