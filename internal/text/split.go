package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a sentence as byte offsets into its paragraph, already trimmed.
type span struct{ start, end int }

// Split returns the sentences of a paragraph, each exactly as written in the
// paragraph and trimmed of surrounding white space. The conventions are those of the
// package comment.
func Split(paragraph string) []string {
	spans := splitSpans(paragraph, nil)
	if len(spans) == 0 {
		return nil
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = paragraph[sp.start:sp.end]
	}
	return out
}

// splitSpans appends the sentence spans of p to dst.
func splitSpans(p string, dst []span) []span {
	start := 0
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '.' || c == '?' || c == '!' || (c == 0xE2 && strings.HasPrefix(p[i:], "…")):
			end, ok := boundaryAfter(p, start, i)
			if ok {
				dst = addSpan(dst, p, start, end)
				start = end
			}
			i = end
		case c == '\n' && itemStartsAfter(p, i+1):
			dst = addSpan(dst, p, start, i)
			start = i
			i++
		case c == 0xE2 && strings.HasPrefix(p[i:], "•") && i > 0 && p[i-1] == ' ':
			dst = addSpan(dst, p, start, i)
			start = i
			i += len("•")
		default:
			i++
		}
	}
	return addSpan(dst, p, start, len(p))
}

// addSpan appends p[start:end] trimmed, unless it is only white space.
func addSpan(dst []span, p string, start, end int) []span {
	for start < end {
		r, size := decode(p, start)
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(p[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	if start == end {
		return dst
	}
	return append(dst, span{start, end})
}

// bullets open the items of a list when a space follows them.
var bullets = [...]string{"•", "·", "▪", "■", "*", "-", "–", "—"}

// itemStartsAfter reports whether the line starting at byte i of p begins a new item:
// it is blank (a paragraph break inside the paragraph) or starts with a bullet or a
// list number ("- ", "* ", "• ", "3. ", "3) ").
func itemStartsAfter(p string, i int) bool {
	for i < len(p) && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r') {
		i++
	}
	if i >= len(p) {
		return false
	}
	if p[i] == '\n' {
		return true
	}
	for _, b := range bullets {
		if strings.HasPrefix(p[i:], b) {
			j := i + len(b)
			return j < len(p) && p[j] == ' '
		}
	}
	j := i
	for j < len(p) && j-i < 3 && isDigit(rune(p[j])) {
		j++
	}
	return j > i && j+1 < len(p) && (p[j] == '.' || p[j] == ')') && p[j+1] == ' '
}

// run describes the terminal punctuation found at a candidate position.
type run struct {
	end      int  // byte after the punctuation and any closing quotes or brackets
	question bool // contains ? or !
	ellipsis bool // contains … or two or more periods
	quoted   bool // closed by a quotation mark
}

// scanRun reads the terminal punctuation starting at i and the closers after it.
func scanRun(p string, i int) run {
	var r run
	dots := 0
	j := i
	for j < len(p) {
		switch {
		case p[j] == '.':
			dots++
			j++
		case p[j] == '?' || p[j] == '!':
			r.question = true
			j++
		case strings.HasPrefix(p[j:], "…"):
			r.ellipsis = true
			j += len("…")
		case p[j] == ' ' && dots > 0 && strings.HasPrefix(p[j:], " . "),
			p[j] == ' ' && dots > 1 && strings.HasPrefix(p[j:], " ."):
			j++ // spaced ellipsis ". . ."
		default:
			goto closers
		}
	}
closers:
	r.ellipsis = r.ellipsis || dots > 1
	for j < len(p) {
		switch {
		case p[j] == '"' || p[j] == '\'':
			r.quoted = true
			j++
		case strings.HasPrefix(p[j:], "”") || strings.HasPrefix(p[j:], "’"):
			r.quoted = true
			j += len("”")
		case p[j] == ')' || p[j] == ']':
			j++
		case strings.HasPrefix(p[j:], "»"):
			r.quoted = true
			j += len("»")
		default:
			r.end = j
			return r
		}
	}
	r.end = j
	return r
}

// boundaryAfter decides the candidate at byte i of the sentence that starts at byte
// start: it returns the end of the punctuation run and whether a sentence ends there.
func boundaryAfter(p string, start, i int) (int, bool) {
	r := scanRun(p, i)
	if r.end >= len(p) {
		return r.end, false
	}
	if c, _ := decode(p, r.end); !isSpace(c) {
		return r.end, false
	}
	k := skipOpeners(p, skipSpace(p, r.end))
	if k >= len(p) {
		return r.end, false
	}
	next, _ := decode(p, k)
	if unicode.IsLower(next) {
		return r.end, false
	}
	switch {
	case r.question:
		return r.end, !(r.quoted && attribution(p, k))
	case r.ellipsis:
		return r.end, true
	}
	return r.end, periodEnds(p, start, i, k, next)
}

// periodEnds decides a single period at byte i followed by the word at byte k whose
// first character is next (not lower case); the sentence began at byte start.
func periodEnds(p string, start, i, k int, next rune) bool {
	tok, lineStart := wordBefore(p, i)
	if tok == "" {
		return true
	}
	if (tok == "Q" || tok == "A") && strings.TrimSpace(p[start:i-1]) == "" {
		return false // a transcript label: "Q. Where were you?"
	}
	cls := classify(tok)
	nextWord := wordAt(p, k)
	if isDigit(next) || next == '$' || next == '#' {
		if cls != notAbbrev {
			return false
		}
		return !(lineStart && isListNumber(tok))
	}
	if lineStart && isListNumber(tok) {
		return false
	}
	switch cls {
	case title, never:
		return false
	case place:
		// "ST. PAUL, Minn. (AP) —" is a dateline, not a sentence end.
		return !(k > 0 && p[k-1] == '(' && isUpperWord(nextWord))
	case weak:
		if initialFollows(p, k, nextWord) {
			return false
		}
		if _, ok := starters[nextWord]; ok {
			return true
		}
		// A title after "Jr." or "Calif." starts a name, so a new sentence; after
		// "U.S." or an initial it is part of the same name ("U.S. Sen. Graham").
		return abbrevs[nextWord] == title && isWordAbbrev(p, k, nextWord) && !strings.Contains(tok, ".") && utf8.RuneCountInString(tok) > 1
	}
	return true
}

// isWordAbbrev reports whether the word at byte k is followed by a period.
func isWordAbbrev(p string, k int, word string) bool {
	n := k + len(word)
	return n < len(p) && p[n] == '.'
}

// classify returns how a period after tok (without the period) is read.
func classify(tok string) abbrevClass {
	if i := strings.LastIndexAny(tok, "-–—/"); i >= 0 && i+1 < len(tok) {
		tok = tok[i+1:]
	}
	if c, ok := abbrevs[tok]; ok {
		return c
	}
	if len(tok) <= 5 && isUpperWord(tok) {
		if c, ok := abbrevs[tok[:1]+strings.ToLower(tok[1:])]; ok {
			return c
		}
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && unicode.IsUpper(r) {
		return weak // an initial, as in "George W. Bush"
	}
	if strings.Contains(tok, ".") && shortSegments(tok) {
		return weak // "U.S", "a.m", "J.K", "Ph.D"
	}
	return notAbbrev
}

// shortSegments reports whether every period-separated part of tok is one or two
// letters, as in abbreviations written with periods.
func shortSegments(tok string) bool {
	for part := range strings.SplitSeq(tok, ".") {
		n := utf8.RuneCountInString(part)
		if n == 0 || n > 2 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// isListNumber reports whether tok is a list number such as "1" or "12".
func isListNumber(tok string) bool {
	if tok == "" || len(tok) > 2 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if !isDigit(rune(tok[i])) {
			return false
		}
	}
	return true
}

// wordBefore returns the token that ends at byte i, without opening quotes or
// brackets, and whether only white space precedes it on its line.
func wordBefore(p string, i int) (string, bool) {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:j])
		if isSpace(r) {
			break
		}
		j -= size
	}
	tok := p[j:i]
	for tok != "" {
		r, size := utf8.DecodeRuneInString(tok)
		if !isOpener(r) {
			break
		}
		tok = tok[size:]
	}
	lineStart := true
	for k := j - 1; k >= 0 && p[k] != '\n'; k-- {
		if p[k] != ' ' && p[k] != '\t' && p[k] != '\r' {
			lineStart = false
			break
		}
	}
	return tok, lineStart
}

// wordAt returns the letters (and internal periods) of the word at byte k.
func wordAt(p string, k int) string {
	j := k
	for j < len(p) {
		r, size := decode(p, j)
		if !unicode.IsLetter(r) && r != '\'' {
			break
		}
		j += size
	}
	return p[k:j]
}

// initialFollows reports whether the next word is itself an initial ("J. A. Smith").
func initialFollows(p string, k int, word string) bool {
	n := k + len(word)
	return utf8.RuneCountInString(word) == 1 && n < len(p) && p[n] == '.'
}

// attribution reports whether the words at byte k attribute a quote: up to four
// capitalised words (a name, perhaps with a title) followed by a speech verb.
func attribution(p string, k int) bool {
	for n := 0; n < 5 && k < len(p); n++ {
		w := wordAt(p, k)
		if w == "" {
			return false
		}
		if _, ok := speechVerbs[w]; ok {
			return n > 0
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		k += len(w)
		if k < len(p) && p[k] == '.' {
			k++
		}
		if k >= len(p) || p[k] != ' ' {
			return false
		}
		k++
	}
	return false
}

func skipSpace(p string, k int) int {
	for k < len(p) {
		r, size := decode(p, k)
		if !isSpace(r) {
			break
		}
		k += size
	}
	return k
}

func skipOpeners(p string, k int) int {
	for k < len(p) {
		r, size := decode(p, k)
		if !isOpener(r) {
			break
		}
		k += size
	}
	return k
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '`', '«':
		return true
	}
	return false
}
