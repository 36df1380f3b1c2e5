package timex

import (
	"fmt"
	"strconv"
	"time"
)

// Value formatting. Every function returns the X-filled form when the anchor is unknown.

func dayValue(t time.Time) string { return t.Format("2006-01-02") }

func monthValue(y int, m time.Month) string { return fmt.Sprintf("%04d-%02d", y, int(m)) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func yearValue(y int) string { return fmt.Sprintf("%04d", y) }

func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// day returns the day y-m-d at noon UTC, normalising overflow.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a real calendar day.
func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return day(y, m, d).Day() == d
}

// shift moves the anchor by n units and formats the result at the unit's granularity.
func (s *scanner) shift(unit string, n int) (value, gran string, ref time.Time) {
	return s.shiftFrom(s.anchor, unit, n)
}

// shiftFrom moves day a by n units and formats the result at the unit's granularity.
func (s *scanner) shiftFrom(a time.Time, unit string, n int) (value, gran string, ref time.Time) {
	if !s.known {
		switch unit {
		case "day", "hour", "minute", "second":
			return "XXXX-XX-XX", "day", time.Time{}
		case "week":
			return "XXXX-WXX", "week", time.Time{}
		case "month":
			return "XXXX-XX", "month", time.Time{}
		case "quarter":
			return "XXXX-QX", "quarter", time.Time{}
		}
		return "XXXX", "year", time.Time{}
	}
	switch unit {
	case "second", "minute", "hour":
		return dayValue(a), "day", a
	case "day":
		t := a.AddDate(0, 0, n)
		return dayValue(t), "day", t
	case "week":
		return weekValue(a.AddDate(0, 0, 7*n)), "week", time.Time{}
	case "month":
		t := day(a.Year(), a.Month()+time.Month(n), 1)
		return monthValue(t.Year(), t.Month()), "month", time.Time{}
	case "quarter":
		q := a.Year()*4 + quarterOf(a.Month()) - 1 + n
		return fmt.Sprintf("%04d-Q%d", q/4, q%4+1), "quarter", time.Time{}
	case "decade":
		return strconv.Itoa((a.Year() + 10*n) / 10), "year", time.Time{}
	case "century":
		return strconv.Itoa((a.Year() + 100*n) / 100), "year", time.Time{}
	}
	return yearValue(a.Year() + n), "year", time.Time{}
}

// weekday resolves a weekday name: dir < 0 is the latest one on or before the anchor,
// dir > 0 the first on or after it; strict excludes the anchor day itself.
func (s *scanner) weekday(wd time.Weekday, dir int, strict bool) (string, time.Time) {
	if !s.known {
		return fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), time.Time{}
	}
	diff := int(wd) - int(s.anchor.Weekday())
	if dir < 0 {
		if diff > 0 || (strict && diff == 0) {
			diff -= 7
		}
	} else if diff < 0 || (strict && diff == 0) {
		diff += 7
	}
	t := s.anchor.AddDate(0, 0, diff)
	return dayValue(t), t
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// pickYear chooses the year of a month (and day, 0 if none) that the text leaves out:
// the past one for past tense, the future one for future tense, else the nearest.
func (s *scanner) pickYear(m time.Month, d int, tense int) int {
	a := s.base()
	if !a.Equal(s.anchor) && tense < 0 {
		tense = 0 // in a narrative the tense is relative to the anchor, not to the base
	}
	y := a.Year()
	cand := func(y int) time.Time {
		if d == 0 {
			if y == a.Year() && m == a.Month() {
				return a
			}
			return day(y, m, 15)
		}
		return day(y, m, d)
	}
	t := cand(y)
	switch {
	case tense < 0 && t.After(a):
		return y - 1
	case tense > 0 && t.Before(a):
		return y + 1
	case tense == 0:
		best, bestGap := y, gap(t, a)
		for _, c := range []int{y - 1, y + 1} {
			if g := gap(cand(c), a); g < bestGap {
				best, bestGap = c, g
			}
		}
		return best
	}
	return y
}

func gap(a, b time.Time) time.Duration {
	d := a.Sub(b)
	if d < 0 {
		return -d
	}
	return d
}

// tense guesses the tense of the clause around tokens [i, j): -1 past, +1 future, 0 unknown
// or present. The nearest marker within the sentence and ten words decides; "said" counts
// only when there is no other.
func (s *scanner) tense(i, j int) int {
	said := 0
	l, r := i-1, j
	for d := 0; d < 10 && (l >= 0 || r < len(s.toks)); d++ {
		for side := 0; side < 2; side++ {
			k := &l
			step := -1
			if side == 1 {
				k, step = &r, 1
			}
			for *k >= 0 && *k < len(s.toks) && s.toks[*k].kind != 'w' {
				if s.sentenceEnd(*k) {
					*k = -2
					break
				}
				*k += step
			}
			if *k < 0 || *k >= len(s.toks) {
				continue
			}
			t, kind := s.marker(*k)
			*k += step
			if kind == 2 || kind == 1 && d <= 1 && side == 0 {
				return t
			} else if kind == 1 && said == 0 {
				said = t
			}
		}
	}
	return said
}

// marker classifies token k as a tense marker: kind 2 decides, kind 1 ("said") counts
// only when nothing else is found, kind 0 is no marker.
func (s *scanner) marker(k int) (tense, kind int) {
	w := s.tok(k)
	switch {
	case w == "won" && s.tok(k+1) == "'":
		return 1, 2
	case futureWords[w]:
		return 1, 2
	case pastWords[w] && s.tok(k-1) != "be":
		return -1, 2 // but "should be sent": the modal before it tells
	case presentWords[w]:
		return 0, 2
	case w == "said" || w == "told":
		return -1, 1
	case len(w) > 4 && w[len(w)-2:] == "ed" && !notPastEd[w] && s.tok(k-1) != "be":
		return -1, 2
	}
	return 0, 0
}

// sentenceEnd reports whether token k ends a sentence.
func (s *scanner) sentenceEnd(k int) bool {
	switch s.tok(k) {
	case "!", "?", ";":
		return true
	case ".":
		if k > 0 && s.joined(k-1) {
			p := s.tok(k - 1)
			if len(p) == 1 || abbrevs[p] || monthAbbrevs[p] != 0 {
				return false
			}
		}
		return k+1 >= len(s.toks) || s.toks[k+1].upper || s.toks[k+1].kind == 'p'
	}
	return false
}

// base is the day that underspecified dates are resolved against: the last day the text
// named when it was named in the last few sentences (a narrative), else the anchor.
func (s *scanner) base() time.Time {
	if s.refTok >= 0 && s.at-s.refTok <= refReach {
		return s.ref
	}
	return s.anchor
}

// sameSentence reports whether no sentence ends between tokens a and b.
func (s *scanner) sameSentence(a, b int) bool {
	for k := max(a, 0); k < b && k < len(s.toks); k++ {
		if s.sentenceEnd(k) {
			return false
		}
	}
	return true
}

// refReach is how many tokens a named day stays the reference for later expressions.
const refReach = 40
