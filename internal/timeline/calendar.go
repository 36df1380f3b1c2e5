package timeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// granularities from coarse to fine; an expression of another granularity (duration,
// set, ref) dates no event.
var granularities = []string{"century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time"}

// rank is the position of g in granularities, or -1.
func rank(g string) int {
	for i, x := range granularities {
		if x == g {
			return i
		}
	}
	return -1
}

// spanStart returns the first instant of the span a resolved TIMEX3 value names, in UTC:
// "2017" is 2017-01-01, "2017-W30" the Monday of ISO week 30, "2017-Q3" July 1,
// "2017-07-27TEV" 18:00 that day. It reports false for unresolved or unknown values.
func spanStart(e news.TimeExpr) (time.Time, bool) {
	if !e.Resolved() {
		return time.Time{}, false
	}
	date, clock, hasClock := strings.Cut(e.Value, "T")
	t, ok := dateStart(date)
	if !ok {
		return time.Time{}, false
	}
	if hasClock {
		d, ok := clockOffset(clock)
		if !ok {
			return time.Time{}, false
		}
		t = t.Add(d)
	}
	return t, true
}

func dateStart(v string) (time.Time, bool) {
	parts := strings.Split(v, "-")
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return time.Time{}, false
	}
	switch len(parts[0]) {
	case 2: // century
		y *= 100
	case 3: // decade
		y *= 10
	case 4:
	default:
		return time.Time{}, false
	}
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	if len(parts) == 1 {
		return jan1, true
	}
	if len(parts[0]) != 4 {
		return time.Time{}, false
	}
	p := parts[1]
	switch {
	case len(parts) == 2 && p == "SP":
		return jan1.AddDate(0, 2, 0), true
	case len(parts) == 2 && p == "SU":
		return jan1.AddDate(0, 5, 0), true
	case len(parts) == 2 && p == "FA":
		return jan1.AddDate(0, 8, 0), true
	case len(parts) == 2 && p == "WI":
		return jan1.AddDate(0, 11, 0), true
	case len(p) == 2 && (p[0] == 'Q' || p[0] == 'H'):
		n, err := strconv.Atoi(p[1:])
		if err != nil || n < 1 || (p[0] == 'Q' && n > 4) || (p[0] == 'H' && n > 2) || len(parts) != 2 {
			return time.Time{}, false
		}
		months := 3
		if p[0] == 'H' {
			months = 6
		}
		return jan1.AddDate(0, (n-1)*months, 0), true
	case len(p) == 3 && p[0] == 'W':
		return weekStart(y, p[1:], parts[2:])
	}
	m, err := strconv.Atoi(p)
	if err != nil || m < 1 || m > 12 || len(p) != 2 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	if len(parts) == 2 {
		return t, true
	}
	d, err := strconv.Atoi(parts[2])
	if err != nil || len(parts) != 3 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	return t.AddDate(0, 0, d-1), true
}

// weekStart returns the Monday of ISO week w of year y, or its Saturday for "-WE", or
// the numbered day ("-4" is Thursday).
func weekStart(y int, w string, rest []string) (time.Time, bool) {
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 53 || len(rest) > 1 {
		return time.Time{}, false
	}
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
	if len(rest) == 0 {
		return monday, true
	}
	if rest[0] == "WE" {
		return monday.AddDate(0, 0, 5), true
	}
	d, err := strconv.Atoi(rest[0])
	if err != nil || d < 1 || d > 7 {
		return time.Time{}, false
	}
	return monday.AddDate(0, 0, d-1), true
}

// partsOfDay are where the TIMEX3 parts of the day begin, by convention.
var partsOfDay = map[string]time.Duration{"MO": 6 * time.Hour, "MI": 12 * time.Hour, "AF": 12 * time.Hour, "EV": 18 * time.Hour, "NI": 21 * time.Hour, "DT": 9 * time.Hour}

func clockOffset(c string) (time.Duration, bool) {
	if d, ok := partsOfDay[c]; ok {
		return d, true
	}
	fields := strings.Split(c, ":")
	if len(fields) > 3 {
		return 0, false
	}
	var d time.Duration
	limits := []int{24, 60, 60}
	units := []time.Duration{time.Hour, time.Minute, time.Second}
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || len(f) != 2 || n < 0 || n >= limits[i] {
			return 0, false
		}
		d += time.Duration(n) * units[i]
	}
	return d, true
}
