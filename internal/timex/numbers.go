package timex

import "strconv"

// digits returns the value of token i if it is a run of at most maxLen digits.
func (s *scanner) digits(i, maxLen int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != 'd' || len(s.toks[i].low) > maxLen {
		return 0, false
	}
	n, err := strconv.Atoi(s.toks[i].low)
	return n, err == nil
}

// number reads a cardinal at i: "3", "twelve", "twenty-one", "twenty one", "two hundred".
// It returns the value and the index after it.
func (s *scanner) number(i int) (int, int, bool) {
	if n, ok := s.digits(i, 6); ok {
		if s.tok(i+1) == "," && s.joined(i) && s.toks[i+1].end < len(s.text) {
			if _, ok := s.digits(i+2, 3); ok && s.joined(i+1) {
				return 0, i, false // 1,500: a count, never a date part
			}
		}
		return n, i + 1, true
	}
	n, ok := numberWords[s.tok(i)]
	if !ok {
		return 0, i, false
	}
	j := i + 1
	if n >= 20 && n%10 == 0 {
		k := j
		if s.tok(k) == "-" {
			k++
		}
		if u, ok := numberWords[s.tok(k)]; ok && u < 10 {
			n += u
			j = k + 1
		}
	}
	if s.tok(j) == "hundred" {
		n *= 100
		j++
	}
	return n, j, true
}

// count reads the number of units in a duration: a cardinal, "a"/"an" (1), or a vague
// quantity ("several", "a few", "a couple of"), which gives -1.
func (s *scanner) count(i int) (int, int, bool) {
	if n, j, ok := s.number(i); ok {
		return n, j, n > 0
	}
	w := s.tok(i)
	switch {
	case (w == "a" || w == "an") && vagueCounts[s.tok(i+1)]:
		j := i + 2
		if s.tok(j) == "of" {
			j++
		}
		return -1, j, true
	case w == "a" || w == "an" || w == "one":
		return 1, i + 1, true
	case vagueCounts[w] && w != "couple":
		return -1, i + 1, true
	}
	return 0, i, false
}

// ordinal reads "third", "3rd", "twenty-first" or "last" (returned as -1) at i.
func (s *scanner) ordinal(i int) (int, int, bool) {
	if n, ok := s.digits(i, 2); ok && s.joined(i) {
		switch s.tok(i + 1) {
		case "st", "nd", "rd", "th":
			return n, i + 2, true
		}
		return 0, i, false
	}
	w := s.tok(i)
	if w == "last" || w == "final" {
		return -1, i + 1, true
	}
	if n, ok := ordinalWords[w]; ok {
		return n, i + 1, true
	}
	if n, ok := numberWords[w]; ok && n >= 20 && s.tok(i+1) == "-" {
		if o, ok := ordinalWords[s.tok(i+2)]; ok && o < 10 {
			return n + o, i + 3, true
		}
	}
	return 0, i, false
}

// dayOfMonth reads a day number 1..31 ("15", "15th", "fifteenth") at i.
func (s *scanner) dayOfMonth(i int) (int, int, bool) {
	if n, j, ok := s.ordinal(i); ok && n >= 1 && n <= 31 {
		return n, j, true
	}
	if n, ok := s.digits(i, 2); ok && n >= 1 && n <= 31 {
		if s.joined(i) && s.toks[i+1].kind == 'w' {
			return 0, i, false
		}
		return n, i + 1, true
	}
	return 0, i, false
}

// year4 reads a four-digit year at i that is not part of a larger number.
func (s *scanner) year4(i int) (int, int, bool) {
	y, ok := s.digits(i, 4)
	if !ok || len(s.toks[i].low) != 4 || y < 1000 || y > 2199 {
		return 0, i, false
	}
	if i > 0 && s.joined(i-1) && (s.toks[i-1].kind == 'w' || s.toks[i-1].low == "$" ||
		(s.toks[i-1].low == "," || s.toks[i-1].low == ".") && i > 1 && s.toks[i-2].kind == 'd' && s.joined(i-2)) {
		return 0, i, false
	}
	if s.joined(i) {
		switch s.tok(i + 1) {
		case "%":
			return 0, i, false
		case ",", ".":
			if _, ok := s.digits(i+2, 3); ok && s.joined(i+1) {
				return 0, i, false
			}
		}
		if s.toks[i+1].kind == 'w' && s.tok(i+1) != "s" {
			return 0, i, false
		}
	}
	return y, i + 1, true
}
