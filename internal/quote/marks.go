package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mark is one quotation mark found in a paragraph.
type mark struct {
	pos, end int  // byte range of the mark
	double   bool // a double mark (" “ ” `` '' ‘‘ ’’) rather than a single one
	open     bool // it may open a quotation
	close    bool // it may close a quotation
}

// span is one quoted passage of a paragraph: the bytes between its marks.
type span struct {
	open, start, end, close int // opening mark, text start, text end, end of closing mark
	double                  bool
	unclosed                bool // runs to the end of the paragraph without a closing mark
}

// scanMarks lists the quotation marks of p in order, with what each may do. Apostrophes
// (don't, O’Brien, ’90s) are left out.
func scanMarks(p string) []mark {
	var ms []mark
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case strings.HasPrefix(p[i:], "``"), strings.HasPrefix(p[i:], "‘‘"):
			n = len("``")
			if r == '‘' {
				n = len("‘‘")
			}
			ms = append(ms, mark{pos: i, end: i + n, double: true, open: true})
		case strings.HasPrefix(p[i:], "''"), strings.HasPrefix(p[i:], "’’"):
			n = len("''")
			if r == '’' {
				n = len("’’")
			}
			ms = append(ms, mark{pos: i, end: i + n, double: true, close: true})
		case r == '“' || r == '„' || r == '«':
			ms = append(ms, mark{pos: i, end: i + n, double: true, open: true})
		case r == '”' || r == '»':
			ms = append(ms, mark{pos: i, end: i + n, double: true, close: true})
		case r == '"':
			o, c := sides(p, i, i+n)
			ms = append(ms, mark{pos: i, end: i + n, double: true, open: o, close: c})
		case r == '‘' || r == '`':
			if !between(p, i, i+n) {
				ms = append(ms, mark{pos: i, end: i + n, open: true})
			}
		case r == '’' || r == '\'':
			if m, ok := singleMark(p, i, i+n, r == '\''); ok {
				ms = append(ms, m)
			}
		}
		i += n
	}
	return ms
}

// singleMark classifies a ’ or ' at p[i:j]: an apostrophe (not a mark), or a mark that
// may close (and, for the straight ', open) a quotation.
func singleMark(p string, i, j int, straight bool) (mark, bool) {
	before, after := runeBefore(p, i), runeAfter(p, j)
	if between(p, i, j) || unicode.IsDigit(after) {
		return mark{}, false // don't, O’Brien, ’90s
	}
	o, c := sides(p, i, j)
	if !straight {
		o = false
		if isWordRune(after) && !isWordRune(before) {
			return mark{}, false // ’em, ’tis: an elision, never an opening mark
		}
	}
	if !o && !c {
		return mark{}, false
	}
	return mark{pos: i, end: j, open: o, close: c}, true
}

// sides reports whether a symmetric mark at p[i:j] may open and may close a quotation,
// from the characters around it: space before and a word after opens, a word before and
// space or punctuation after closes.
func sides(p string, i, j int) (open, close bool) {
	before, after := runeBefore(p, i), runeAfter(p, j)
	spaceBefore := before == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-/:;,", before) || isMark(before)
	spaceAfter := after == 0 || unicode.IsSpace(after) || strings.ContainsRune(".,;:!?)]}—–-", after) || isMark(after)
	switch {
	case spaceBefore && !spaceAfter:
		return true, false
	case !spaceBefore && spaceAfter:
		return false, true
	case spaceBefore && spaceAfter:
		return true, true
	}
	return false, false // a"b: inside a word
}

// between reports whether p[i:j] sits between two word characters.
func between(p string, i, j int) bool {
	return isWordRune(runeBefore(p, i)) && isWordRune(runeAfter(p, j))
}

func isWordRune(r rune) bool { return r != 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func isMark(r rune) bool { return strings.ContainsRune("\"'“”‘’`«»„", r) }

func runeBefore(p string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return r
}

func runeAfter(p string, j int) rune {
	if j >= len(p) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p[j:])
	return r
}

// frame is an open quotation waiting for its closing mark.
type frame struct {
	m      mark
	double bool
}

// quoteSpans pairs the marks of p into outermost quoted spans. A quotation of the other
// kind inside one (UK 'single' outside, "double" inside, or the reverse) stays part of
// it. A double quotation still open at the end of the paragraph runs to the end, as does
// any quotation that the next paragraph continues (cont).
func quoteSpans(p string, cont bool) []span {
	var out []span
	var stack []frame
	for _, m := range scanMarks(p) {
		if k := findFrame(stack, m); k >= 0 && m.close {
			if k == 0 {
				out = append(out, makeSpan(p, stack[0].m, m.pos, m.end, stack[0].double))
			}
			stack = stack[:k]
			continue
		}
		if !m.open {
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1].double != m.double {
			stack = append(stack, frame{m: m, double: m.double})
		}
	}
	if len(stack) > 0 && (stack[0].double || cont) {
		s := makeSpan(p, stack[0].m, len(p), len(p), stack[0].double)
		s.unclosed = true
		out = append(out, s)
	}
	return out
}

// findFrame returns the index of the innermost open frame that m may close, or -1.
func findFrame(stack []frame, m mark) int {
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].double == m.double {
			if stack[k].m.pos == m.pos {
				return -1
			}
			return k
		}
	}
	return -1
}

// makeSpan trims white space and a trailing comma off the text between an opening mark
// and the position where the quotation ends.
func makeSpan(p string, open mark, end, closeEnd int, double bool) span {
	s, e := open.end, end
	for s < e && isSpaceByte(p[s]) {
		s++
	}
	for e > s && (isSpaceByte(p[e-1]) || p[e-1] == ',') {
		e--
	}
	return span{open: open.pos, start: s, end: e, close: closeEnd, double: double}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// opensWithQuote reports whether paragraph p begins with an opening quotation mark, the
// news-style sign that the previous paragraph's quotation goes on.
func opensWithQuote(p string) bool {
	t := strings.TrimLeft(p, " \t")
	ms := scanMarks(t)
	return len(ms) > 0 && ms[0].pos == 0 && ms[0].open
}
