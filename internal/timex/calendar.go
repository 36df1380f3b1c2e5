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
	a := s.anchor
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
	a := s.anchor
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

// tense guesses the tense of the clause around tokens [i, j): -1 past, +1 future, 0 unknown.
// The nearest marker within the sentence decides; "said" and other -ed forms count only
// when nothing else does.
func (s *scanner) tense(i, j int) int {
	weak := 0
	open := [2]bool{true, true}
	for d := 1; d <= 10; d++ {
		for side, k := range [2]int{i - d, j - 1 + d} {
			if !open[side] || k < 0 || k >= len(s.toks) {
				continue
			}
			if s.sentenceEnd(k) {
				open[side] = false
				continue
			}
			if t, strong := s.marker(k); strong {
				return t
			} else if weak == 0 {
				weak = t
			}
		}
	}
	return weak
}

// marker classifies token k as a tense marker: strong markers decide at once.
func (s *scanner) marker(k int) (tense int, strong bool) {
	w := s.tok(k)
	switch {
	case w == "won" && s.tok(k+1) == "'":
		return 1, true
	case futureWords[w]:
		return 1, true
	case pastWords[w]:
		return -1, true
	case w == "said" || (len(w) > 4 && w[len(w)-2:] == "ed" && !notPastEd[w]):
		return -1, false
	}
	return 0, false
}

// sentenceEnd reports whether token k ends a sentence.
func (s *scanner) sentenceEnd(k int) bool {
	switch s.tok(k) {
	case "!", "?", ";":
		return true
	case ".":
		return k+1 >= len(s.toks) || s.toks[k+1].upper || s.toks[k+1].kind == 'p'
	}
	return false
}
