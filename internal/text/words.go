package text

import (
	"unicode"
	"unicode/utf8"
)

// Words returns the word tokens of s: runs of letters and digits joined by internal
// apostrophes (' and ’), hyphens, periods, ampersands between letters ("AT&T") and
// commas between digits ("1,250"). A final period is kept when the token already has
// an internal period and ends in a single letter, as in "U.S.", "a.m." and "R-S.C.".
// Punctuation is never a word.
func Words(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		start, end := nextWord(s, i)
		if start < 0 {
			break
		}
		out = append(out, s[start:end])
		i = end
	}
	return out
}

// WordCount counts words as a summary word budget counts them: whitespace-separated
// tokens that contain at least one letter or digit.
func WordCount(s string) int {
	n := 0
	counted := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		if isSpace(r) {
			counted = false
			continue
		}
		if !counted && isAlnum(r) {
			n++
			counted = true
		}
	}
	return n
}

// Terms returns the content terms of s: its Words lower-cased (with ’ read as '),
// stop words dropped, and the rest stemmed with Stem. Tokens with a digit ("3.5",
// "1990s", "covid-19") are kept whole, unstemmed.
func Terms(s string) []string {
	var out []string
	var low, stem [64]byte
	for i := 0; ; {
		w, digit, next := nextLower(low[:0], s, i)
		if next < 0 {
			return out
		}
		i = next
		if _, stop := stopwords[string(w)]; stop {
			continue
		}
		t := termOf(stem[:0], w, digit)
		if _, stop := stopwords[string(t)]; stop {
			continue
		}
		out = append(out, string(t))
	}
}

// nextLower appends to dst the first word of s at or after byte i, lower-cased by
// lowerWord, and returns it, whether it has a digit, and the byte after it (-1 when
// there is no word left).
func nextLower(dst []byte, s string, i int) ([]byte, bool, int) {
	start, end := nextWord(s, i)
	if start < 0 {
		return dst, false, -1
	}
	w, digit := lowerWord(dst, s[start:end])
	return w, digit, end
}

// termOf appends to dst the term of a lower-cased word: the word itself when it has a
// digit or is too long to stem, its stem otherwise.
func termOf(dst, w []byte, digit bool) []byte {
	if digit || len(w) > cap(dst) {
		return w
	}
	return appendStem(dst, string(w))
}

// lowerWord appends the lower-cased word to dst, mapping ’ to ', and reports whether
// it has a digit.
func lowerWord(dst []byte, w string) ([]byte, bool) {
	digit := false
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			digit = digit || (r >= '0' && r <= '9')
			dst = append(dst, byte(r))
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		default:
			digit = digit || unicode.IsDigit(r)
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst, digit
}

// nextWord returns the bounds of the first word at or after byte i, or -1, -1.
func nextWord(s string, i int) (int, int) {
	for i < len(s) {
		r, size := decode(s, i)
		if isAlnum(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		return -1, -1
	}
	start := i
	dots := false
	for i < len(s) {
		r, size := decode(s, i)
		if isAlnum(r) {
			i += size
			continue
		}
		if i+size < len(s) && joins(s, i, r, size) {
			dots = dots || r == '.'
			i += size
			continue
		}
		break
	}
	if dots && i < len(s) && s[i] == '.' && singleLetterTail(s[start:i]) {
		i++
	}
	return start, i
}

// joins reports whether the joiner r at byte i, of the given size, sits inside a word.
func joins(s string, i int, r rune, size int) bool {
	next, _ := decode(s, i+size)
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '\'', '’', '-', '.':
		return isAlnum(next)
	case '&':
		return unicode.IsUpper(prev) && unicode.IsUpper(next)
	case ',':
		return isDigit(prev) && isDigit(next) && i+size+3 <= len(s) && digitsGroup(s[i+size:])
	}
	return false
}

// digitsGroup reports whether s starts with exactly three digits (a thousands group).
func digitsGroup(s string) bool {
	if len(s) < 3 || !isDigit(rune(s[0])) || !isDigit(rune(s[1])) || !isDigit(rune(s[2])) {
		return false
	}
	return len(s) == 3 || !isDigit(rune(s[3]))
}

// singleLetterTail reports whether w ends in a single letter after a period or hyphen.
func singleLetterTail(w string) bool {
	r, size := utf8.DecodeLastRuneInString(w)
	if !unicode.IsLetter(r) || len(w) == size {
		return false
	}
	c := w[len(w)-size-1]
	return c == '.' || c == '-'
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9')
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}
