package timex

import (
	"fmt"
	"strconv"
	"time"
)

// dayMatch is a match naming one calendar day.
func dayMatch(start, end int, y int, m time.Month, d int) match {
	t := day(y, m, d)
	return match{start: start, end: end, typ: "DATE", value: dayValue(t), gran: "day", ref: t}
}

// ruleNumericDate: 2019-03-15, 3/15/2019, 3/15/19, 15.03.2019.
func (s *scanner) ruleNumericDate(i int) (match, bool) {
	a, ok := s.digits(i, 4)
	if !ok || !s.joined(i) || !s.joined(i+1) || !s.joined(i+2) {
		return match{}, false
	}
	sep := s.tok(i + 1)
	if s.tok(i+3) != sep || (sep != "-" && sep != "/" && sep != ".") {
		return match{}, false
	}
	b, ok1 := s.digits(i+2, 2)
	c, ok2 := s.digits(i+4, 4)
	if !ok1 || !ok2 || (s.joined(i+4) && s.toks[i+5].kind != 'p') {
		return match{}, false
	}
	y, m, d := 0, 0, 0
	switch {
	case sep == "-" && len(s.toks[i].low) == 4:
		y, m, d = a, b, c
	case sep == "/" && a <= 12:
		y, m, d = c, a, b
	case sep == "/" || sep == ".":
		y, m, d = c, b, a
	default:
		return match{}, false
	}
	if len(s.toks[i+4].low) == 2 && sep != "-" {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	if !validDay(y, time.Month(m), d) || y < 1000 {
		return match{}, false
	}
	return dayMatch(i, i+5, y, time.Month(m), d), true
}

// month reads a month name at i: full names capitalised, abbreviations only when asked.
func (s *scanner) month(i int, abbrevOK bool) (time.Month, int, bool) {
	if i >= len(s.toks) || !s.toks[i].upper {
		return 0, i, false
	}
	if m, ok := monthNames[s.tok(i)]; ok {
		return m, i + 1, true
	}
	if m, ok := monthAbbrevs[s.tok(i)]; ok && abbrevOK {
		if s.tok(i+1) == "." && s.joined(i) {
			return m, i + 2, true
		}
		return m, i + 1, true
	}
	return 0, i, false
}

// ruleMonthDate: "March 15, 2019", "15 March", "the 15th of March", "March 2019", "March".
func (s *scanner) ruleMonthDate(i int) (match, bool) {
	if m, ok := s.dayFirst(i); ok {
		return m, true
	}
	mon, j, ok := s.month(i, true)
	if !ok {
		return match{}, false
	}
	if d, k, ok := s.dayOfMonth(j); ok && s.tok(k) != ":" && !s.unitAt(k) {
		return s.withYear(i, k, mon, d), true
	}
	k := j
	if s.tok(k) == "of" || s.tok(k) == "," {
		k++
	}
	if y, e, ok := s.year4(k); ok && !s.joinedWord(e-1) {
		return match{start: i, end: e, typ: "DATE", value: monthValue(y, mon), gran: "month"}, true
	}
	if _, full := monthNames[s.tok(i)]; !full || !s.monthAlone(i) {
		return match{}, false
	}
	return s.monthOnly(i, j, mon), true
}

// dayFirst: "15 March 2019", "15th of March", "the 15th of March".
func (s *scanner) dayFirst(i int) (match, bool) {
	j := s.skipThe(i)
	d, k, ok := s.dayOfMonth(j)
	if !ok {
		return match{}, false
	}
	if s.tok(k) == "of" {
		k++
	} else if j != i {
		return match{}, false
	}
	mon, e, ok := s.month(k, true)
	if !ok {
		return match{}, false
	}
	return s.withYear(i, e, mon, d), true
}

// withYear finishes a month-and-day date, reading an optional year after it or else
// choosing the year from the anchor and the tense.
func (s *scanner) withYear(start, end int, mon time.Month, d int) match {
	// A range of days in one month ("Oct. 12-13, 1992") is dated by its first day.
	if s.tok(end) == "-" && s.joined(end-1) && s.joined(end) {
		if d2, e, ok := s.dayOfMonth(end + 1); ok && d2 > d {
			end = e
		}
	}
	k := end
	if s.tok(k) == "," {
		k++
	}
	if y, e, ok := s.year4(k); ok && !s.joinedWord(e-1) && validDay(y, mon, d) {
		return dayMatch(start, e, y, mon, d)
	}
	if !s.known {
		return match{start: start, end: end, typ: "DATE", value: fmt.Sprintf("XXXX-%02d-%02d", int(mon), d), gran: "day"}
	}
	tense := s.tense(start, end)
	if tense == 0 && s.chronologyItem(start, end) {
		tense = -1 // "Dec. 10 -- Lazaro Gonzalez applies for asylum": a chronology tells the past
	}
	y := s.pickYear(mon, d, tense)
	if !validDay(y, mon, d) {
		return match{start: start, end: end, typ: "DATE", value: fmt.Sprintf("%04d-%02d-%02d", y, int(mon), d), gran: "day"}
	}
	return dayMatch(start, end, y, mon, d)
}

// chronologyItem reports whether the date at tokens [start, end) opens a sentence and a
// dash follows it, as the items of a chronology are written ("Nov. 25 -- Elian is
// rescued at sea."), in the present tense of headlines.
func (s *scanner) chronologyItem(start, end int) bool {
	if start > 0 && !s.sentenceEnd(start-1) {
		return false
	}
	switch s.tok(end) {
	case "-", "--", "—", "–", "_":
		return true
	}
	return false
}

// joinedWord reports whether token i is glued to a following word ("1990s").
func (s *scanner) joinedWord(i int) bool {
	return s.joined(i) && s.toks[i+1].kind == 'w'
}

// unitAt reports whether token k is a word that makes a preceding number a quantity.
func (s *scanner) unitAt(k int) bool {
	w := s.tok(k)
	_, u := units[w]
	return u || yearStoppers[w] || w == "%"
}

// monthAlone guards a bare month name: "May" and "March" are also common words, so they
// need a preposition or modifier before them.
func (s *scanner) monthAlone(i int) bool {
	w := s.tok(i)
	if w != "may" && w != "march" {
		return true
	}
	switch s.tok(i - 1) {
	case "in", "of", "since", "until", "by", "early", "late", "mid", "-", "last", "next",
		"this", "through", "from", "to", "during", "before", "after", "between", "and",
		"till", "or", "on", "that", "end", "beginning", "start", "middle":
		return true
	}
	if y, _, ok := s.year4(i + 1); ok && y > 0 {
		return true
	}
	return false
}

// monthOnly resolves a bare month to the nearest such month (past or future by tense).
func (s *scanner) monthOnly(start, end int, mon time.Month) match {
	m := match{start: start, end: end, typ: "DATE", gran: "month"}
	if !s.known {
		m.value = fmt.Sprintf("XXXX-%02d", int(mon))
		return m
	}
	m.value = monthValue(s.pickYear(mon, 0, s.tense(start, end)), mon)
	return m
}

// ruleYear: "1998", "the year 2000", "fiscal 2019", "fiscal year 2019".
func (s *scanner) ruleYear(i int) (match, bool) {
	j := i
	switch {
	case s.is(i, "the", "year"):
		j = i + 2
	case s.is(i, "fiscal", "year"):
		j = i + 2
	case s.tok(i) == "fiscal" || s.tok(i) == "fy":
		j = i + 1
	}
	y, e, ok := s.year4(j)
	if !ok || s.joinedWord(j) || yearBlockers[s.tok(j-1)] || s.unitAt(e) {
		return match{}, false
	}
	if y < 1800 && s.tok(j-1) != "in" && s.tok(j-1) != "since" {
		return match{}, false
	}
	return match{start: i, end: e, typ: "DATE", value: yearValue(y), gran: "year"}, true
}

var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// ruleDecade: "the 1990s", "1990s", "the '90s", "the nineties", "the 1800s" (a century).
func (s *scanner) ruleDecade(i int) (match, bool) {
	j := s.skipThe(i)
	m := match{start: i, typ: "DATE", gran: "year"}
	if y, ok := s.digits(j, 4); ok && len(s.toks[j].low) == 4 && y%10 == 0 && s.joined(j) && s.tok(j+1) == "s" {
		m.end = j + 2
		if y%100 == 0 && y != 2000 {
			m.value = strconv.Itoa(y / 100)
		} else {
			m.value = strconv.Itoa(y / 10)
		}
		return m, true
	}
	if s.tok(j) == "'" && s.joined(j) {
		if y, ok := s.digits(j+1, 2); ok && len(s.toks[j+1].low) == 2 && y%10 == 0 && s.joined(j+1) && s.tok(j+2) == "s" {
			m.end, m.value = j+3, fmt.Sprintf("19%d", y/10)
			return m, true
		}
	}
	if d, ok := decadeWords[s.tok(j)]; ok && j != i {
		m.end, m.value = j+1, fmt.Sprintf("19%d", d)
		return m, true
	}
	return match{}, false
}

// ruleCentury: "the 20th century", "the twenty-first century".
func (s *scanner) ruleCentury(i int) (match, bool) {
	j := s.skipThe(i)
	n, k, ok := s.ordinal(j)
	if !ok || n < 1 || n > 30 || (s.tok(k) != "century") {
		return match{}, false
	}
	return match{start: i, end: k + 1, typ: "DATE", value: fmt.Sprintf("%02d", n-1), gran: "year"}, true
}
