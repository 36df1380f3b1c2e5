package dateparser

import (
	"strconv"
	"time"
)

// findDate returns the first complete date in the tokens: all-numeric forms first, then
// forms with a month name, then CJK forms (2019年3月5日).
func findDate(toks []token, order DateOrder) (y, m, d int, ok bool) {
	for i := range toks {
		if y, m, d, ok = numericAt(toks, i, order); ok {
			return
		}
		if y, m, d, ok = namedAt(toks, i); ok {
			return
		}
		if y, m, d, ok = cjkAt(toks, i); ok {
			return
		}
	}
	return 0, 0, 0, false
}

// numericAt reads "2019-03-05", "2019/3/5", "05.03.2019", "3/5/2019" starting at i: three
// digit runs joined by one and the same separator.
func numericAt(toks []token, i int, order DateOrder) (y, m, d int, ok bool) {
	if i+2 >= len(toks) || !toks[i].digit || !toks[i+1].digit || !toks[i+2].digit {
		return
	}
	sep := toks[i].sep
	if sep != "-" && sep != "/" && sep != "." || toks[i+1].sep != sep {
		return
	}
	a, b, c := toks[i].text, toks[i+1].text, toks[i+2].text
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2:
		return validate(num(a), num(b), num(c))
	case len(a) <= 2 && len(b) <= 2 && (len(c) == 4 || len(c) == 2):
		year := fullYear(c)
		first, second := num(a), num(b)
		switch {
		case first > 12:
			return validate(year, second, first)
		case second > 12:
			return validate(year, first, second)
		case order == MDY || order == "" && sep == "/":
			return validate(year, first, second)
		default:
			return validate(year, second, first)
		}
	}
	return
}

// namedAt reads a date with a month name at toks[i]: "5 March 2019", "March 5, 2019",
// "2019 March 5", with fillers and ordinal suffixes allowed.
func namedAt(toks []token, i int) (y, m, d int, ok bool) {
	month, isMonth := monthNames[toks[i].text]
	if !isMonth {
		return
	}
	day := func(j int) (int, bool) {
		if j < 0 || j >= len(toks) || !toks[j].digit || len(toks[j].text) > 2 {
			return 0, false
		}
		return num(toks[j].text), true
	}
	year := func(j int) (int, bool) {
		if j < 0 || j >= len(toks) || !toks[j].digit || len(toks[j].text) != 4 {
			return 0, false
		}
		return num(toks[j].text), true
	}
	before := skipBack(toks, i-1)
	after := skipForward(toks, i+1)
	if dd, ok1 := day(before); ok1 { // 5 March 2019
		if yy, ok2 := year(skipForward(toks, i+1)); ok2 {
			return validate(yy, month, dd)
		}
	}
	if dd, ok1 := day(after); ok1 { // March 5, 2019 / 2019 March 5
		if yy, ok2 := year(skipForward(toks, after+1)); ok2 {
			return validate(yy, month, dd)
		}
		if yy, ok2 := year(before); ok2 {
			return validate(yy, month, dd)
		}
	}
	return
}

// skipBack returns the index of the token before j that is not a filler or an ordinal
// suffix.
func skipBack(toks []token, j int) int {
	for j >= 0 && (fillers[toks[j].text] || ordinalSuffixes[toks[j].text]) {
		j--
	}
	return j
}

func skipForward(toks []token, j int) int {
	for j < len(toks) && (fillers[toks[j].text] || ordinalSuffixes[toks[j].text]) {
		j++
	}
	return j
}

// cjkAt reads "2019年3月5日" and the Korean "2019년 3월 5일".
func cjkAt(toks []token, i int) (y, m, d int, ok bool) {
	if i+5 >= len(toks) || !toks[i].digit || len(toks[i].text) != 4 {
		return
	}
	marks := toks[i+1].text + toks[i+3].text + toks[i+5].text
	if (marks == "年月日" || marks == "년월일") && toks[i+2].digit && toks[i+4].digit {
		return validate(num(toks[i].text), num(toks[i+2].text), num(toks[i+4].text))
	}
	return
}

func num(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// fullYear reads a two-digit year as the nearest past century's ("19" is 2019, "98" 1998).
func fullYear(s string) int {
	n := num(s)
	if len(s) == 4 || n < 0 {
		return n
	}
	if n <= time.Now().Year()%100 {
		return 2000 + n
	}
	return 1900 + n
}

func validate(y, m, d int) (int, int, int, bool) {
	if y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	if time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d {
		return 0, 0, 0, false // 31 April
	}
	return y, m, d, true
}
