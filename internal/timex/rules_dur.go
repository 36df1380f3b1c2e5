package timex

import (
	"fmt"
	"strconv"
)

// durValue formats n units as a TIMEX3 duration; n < 0 is an unknown number (PXY).
func durValue(n int, u unitInfo) string {
	prefix := "P"
	if u.clock {
		prefix = "PT"
	}
	if n < 0 {
		switch u.name {
		case "decade":
			return "PXDE"
		case "century":
			return "PXCE"
		}
		return prefix + "X" + u.letter
	}
	return prefix + strconv.Itoa(n*u.mult) + u.letter
}

// durationPrefixes are words kept inside a duration's span.
var durationPrefixes = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"up", "to"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"}, {"approximately"},
	{"the", "past"}, {"the", "last"}, {"the", "next"}, {"the", "first"}, {"the", "coming"},
	{"the", "previous"}, {"the", "final"}, {"the", "following"}, {"the", "better", "part", "of"},
	{"another"}, {"the"},
}

// durationAdjectives may stand between a number and its unit: "three straight years".
var durationAdjectives = map[string]bool{
	"straight": true, "consecutive": true, "full": true, "long": true, "more": true,
	"additional": true, "good": true, "difficult": true, "successive": true, "whole": true,
	"extra": true, "hard": true, "short": true, "busy": true,
}

// ruleDuration: "two years", "six months", "a decade", "the past five years",
// "more than three weeks", "a two-year", "for years".
func (s *scanner) ruleDuration(i int) (match, bool) {
	j := i
	for _, p := range durationPrefixes {
		if s.is(i, p...) {
			j = i + len(p)
			break
		}
	}
	if u, ok := units[s.tok(j)]; ok && j == i && u.name != s.tok(j) && u.name != "quarter" {
		switch s.tok(i - 1) {
		case "for", "over":
			return match{start: i, end: i + 1, typ: "DURATION", value: durValue(-1, u), gran: "duration"}, true
		}
		return match{}, false
	}
	n, k, ok := s.count(j)
	if !ok || (s.tok(j-1) == "the" && (s.tok(j) == "a" || s.tok(j) == "an")) {
		return match{}, false
	}
	half := n > 0 && s.is(k, "and", "a", "half")
	if half {
		k += 3
	}
	if s.tok(k) == "-" && s.joined(k-1) {
		k++
	} else if durationAdjectives[s.tok(k)] && n != 1 {
		k++
	}
	u, ok := units[s.tok(k)]
	if !ok || s.tok(k+1) == "old" || s.is(k+1, "-", "old") || (u.name == "quarter" && j == i) ||
		(u.name == "second" && s.tok(k) == "second" && s.tok(j) != "one") || (u.name == "year" && s.perAmount(j)) {
		return match{}, false
	}
	if n == 1 && s.tok(j) == "one" && s.toks[j].upper && s.tok(k) == "day" {
		return match{}, false // "One day, ..."
	}
	end := k + 1
	value := durValue(n, u)
	if s.is(end, "and", "a", "half") && n > 0 && !u.clock {
		end, half = end+3, true
	}
	if half {
		value = halfMore(n, u)
	}
	return match{start: i, end: end, typ: "DURATION", value: value, gran: "duration"}, true
}

// perAmount reports whether the "a" at j follows an amount, as in "$5 billion a year".
func (s *scanner) perAmount(j int) bool {
	if s.tok(j) != "a" {
		return false
	}
	switch p := s.tok(j - 1); p {
	case "million", "billion", "trillion", "thousand", "hundred", "percent", "%", "cents", "dollars", "euros", "pounds", "times":
		return true
	default:
		return j > 0 && s.toks[j-1].kind == 'd'
	}
}

// halfMore formats n and a half units in the next smaller unit where there is one.
func halfMore(n int, u unitInfo) string {
	switch u.name {
	case "year":
		return fmt.Sprintf("P%dY6M", n)
	case "day":
		return fmt.Sprintf("PT%dH", 24*n+12)
	case "week":
		return fmt.Sprintf("P%dD", 7*n+3)
	}
	return durValue(n, u)
}

// ruleSet: "every week", "each year", "every other month", "every Tuesday", "daily",
// "annually", "twice a year", "three times a week".
func (s *scanner) ruleSet(i int) (match, bool) {
	w := s.tok(i)
	if v, ok := setAdverbs[w]; ok {
		return match{start: i, end: i + 1, typ: "SET", value: v, gran: "set"}, true
	}
	if w == "every" || w == "each" {
		j, n := i+1, 1
		if s.tok(j) == "other" {
			j, n = j+1, 2
		} else if c, k, ok := s.number(j); ok {
			j, n = k, c
		}
		if wd, ok := weekdayNames[s.tok(j)]; ok && n == 1 {
			return match{start: i, end: j + 1, typ: "SET", value: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), gran: "set"}, true
		}
		if p, ok := dayParts[s.tok(j)]; ok && n == 1 {
			return match{start: i, end: j + 1, typ: "SET", value: "XXXX-XX-XXT" + p, gran: "set"}, true
		}
		if c, ok := seasons[s.tok(j)]; ok && n == 1 {
			return match{start: i, end: j + 1, typ: "SET", value: "XXXX-" + c, gran: "set"}, true
		}
		if u, ok := units[s.tok(j)]; ok {
			return match{start: i, end: j + 1, typ: "SET", value: durValue(n, u), gran: "set"}, true
		}
		return match{}, false
	}
	j := i
	switch {
	case w == "once" || w == "twice":
		j = i + 1
	case s.tok(i+1) == "times":
		if _, k, ok := s.number(i); ok && k == i+1 {
			j = i + 2
		}
	}
	if j == i || (s.tok(j) != "a" && s.tok(j) != "per" && s.tok(j) != "an" && s.tok(j) != "each") {
		return match{}, false
	}
	if u, ok := units[s.tok(j+1)]; ok && u.name == s.tok(j+1) {
		return match{start: i, end: j + 2, typ: "SET", value: durValue(1, u), gran: "set"}, true
	}
	return match{}, false
}

// ruleRef: "now", "currently", "recently", "the past", "the future", "these days".
func (s *scanner) ruleRef(i int) (match, bool) {
	v, j := "", i+1
	switch w := s.tok(i); {
	case w == "right" && s.tok(i+1) == "now":
		v, j = "PRESENT_REF", i+2
	case w == "now" && !(s.tok(i+1) == "-" && s.joined(i)):
		v = "PRESENT_REF"
	case w == "currently" || w == "presently" || w == "nowadays":
		v = "PRESENT_REF"
	case s.is(i, "these", "days"):
		v, j = "PRESENT_REF", i+2
	case w == "recently" || w == "lately":
		v = "PAST_REF"
	case s.is(i, "the", "past") && s.tok(i-1) != "over":
		v, j = "PAST_REF", i+2
	case w == "recent" && (s.tok(i+1) == "years" || s.tok(i+1) == "months" || s.tok(i+1) == "weeks" || s.tok(i+1) == "days"):
		v, j = "PAST_REF", i+2
	case (s.is(i, "the", "coming") || s.is(i, "the", "upcoming")) && plural(s.tok(i+2)):
		v, j = "FUTURE_REF", i+3
	case s.is(i, "the", "future"):
		v, j = "FUTURE_REF", i+2
	case s.is(i, "the", "near", "future"):
		v, j = "FUTURE_REF", i+3
	default:
		return match{}, false
	}
	return match{start: i, end: j, typ: "DATE", value: v, gran: "ref"}, true
}

// modifierPrefixes are words kept in the span of the date they modify.
var modifierPrefixes = [][]string{
	{"early"}, {"late"}, {"mid", "-"}, {"mid"}, {"the", "early"}, {"the", "late"},
	{"the", "mid", "-"}, {"the", "mid"}, {"earlier"}, {"later"},
	{"the", "end", "of"}, {"the", "beginning", "of"}, {"the", "start", "of"},
	{"the", "middle", "of"}, {"the", "rest", "of"}, {"the", "remainder", "of"},
	{"the", "turn", "of"}, {"the", "close", "of"}, {"end", "of"}, {"beginning", "of"},
	{"start", "of"}, {"the", "latter", "part", "of"}, {"the", "early", "part", "of"},
}

// ruleModified: a date with a modifier kept in its span: "early next year", "mid-1990s",
// "earlier this week", "the end of the year", "late March".
func (s *scanner) ruleModified(i int) (match, bool) {
	for _, p := range modifierPrefixes {
		if !s.is(i, p...) {
			continue
		}
		k := i + len(p)
		if (p[0] == "earlier" || p[0] == "later") && !s.is(k, "this") && !s.is(k, "last") && !s.is(k, "next") && !s.is(k, "that") {
			return match{}, false
		}
		if p[len(p)-1] == "of" && s.tok(k) == "the" {
			if u, ok := units[s.tok(k+1)]; ok && u.name == s.tok(k+1) && !u.clock && u.name != "day" {
				v, g, t := s.shift(u.name, 0)
				return match{start: i, end: k + 2, typ: "DATE", value: v, gran: g, ref: t}, true
			}
		}
		m, ok := s.best(k, false)
		if !ok || m.start != k || (m.typ != "DATE" && m.typ != "TIME") || m.gran == "ref" {
			continue
		}
		m.start = i
		return m, true
	}
	return match{}, false
}

// plural reports whether w is a plural calendar unit such as "weeks".
func plural(w string) bool {
	u, ok := units[w]
	return ok && w != u.name
}
