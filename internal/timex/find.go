package timex

import (
	"strings"
	"time"
)

// Expr is one time expression found in a text.
type Expr struct {
	Text        string // as in the text
	Start, End  int    // byte offsets in the input
	Type        string // DATE, TIME, DURATION, SET (TIMEX3 types)
	Value       string // TIMEX3 value: 2019-03-12, 2019-03, 2019-W11, 2019-Q1, P2Y, PRESENT_REF, ...
	Granularity string // century to time (as news.TimeExpr lists them), duration, set or ref
	// Attributive marks a year written as a modifier of the noun after it, past the
	// opening words of its sentence ("he has not voted since the 2016 presidential
	// election"): it dates a thing the sentence names rather than what the sentence tells.
	Attributive bool
	// Since marks an expression right after "since" ("46 fatal incidents since 1965",
	// "ever since March"): it starts a state the sentence tells, it is not its time.
	Since bool
}

// Find returns the time expressions of text, normalised against anchor (the article's
// publication time; the zero time leaves relative expressions unresolved, e.g. XXXX-XX-XX).
// Expressions do not overlap and come in text order.
func Find(text string, anchor time.Time) []Expr {
	s := newScanner(text, anchor)
	var out []Expr
	for i := 0; i < len(s.toks); {
		s.at = i
		m, ok := s.best(i, true)
		if !ok {
			i++
			continue
		}
		if !m.ref.IsZero() {
			s.ref, s.refTok = m.ref, m.end
		}
		a, b := s.toks[m.start].start, s.toks[m.end-1].end
		out = append(out, Expr{Text: text[a:b], Start: a, End: b, Type: m.typ, Value: m.value, Granularity: m.gran,
			Attributive: attributive(text, a, b), Since: afterSince(text, a)})
		i = m.end
	}
	return out
}

// attributive reports whether text[a:b] is a bare year between a determiner (or a
// possessive) and a word in lower case, past the opening words of its sentence: "he
// has not voted since the 1996 election", "they read its 1998 report", but not "Russia's
// 2018 vote was close".
func attributive(text string, a, b int) bool {
	year := text[a:b]
	if len(year) != 4 || strings.Trim(year, "0123456789") != "" {
		return false
	}
	before := strings.TrimRight(text[:a], " \t\n")
	after := strings.TrimLeft(text[b:], " ")
	if before == "" || after == "" || after[0] < 'a' || after[0] > 'z' {
		return false
	}
	prev := strings.ToLower(before[strings.LastIndexAny(before, " \t\n")+1:])
	if !determiners[prev] && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
		return false
	}
	// Opening the sentence, the thing it dates is what the sentence tells about ("A 1997
	// study showed", "The 1996 withdrawal was a mistake"); deeper in, it is not ("he has
	// not voted since the 1996 election").
	sentence := before[max(strings.LastIndex(before, ". "), strings.LastIndex(before, "? "), strings.LastIndex(before, "! "))+1:]
	return len(strings.Fields(sentence)) >= leadWords
}

// afterSince reports whether the word before text[a:] is "since", an article between
// them allowed ("since the 1990s").
func afterSince(text string, a int) bool {
	before, last := lastWord(text[:a])
	if strings.EqualFold(last, "the") || strings.EqualFold(last, "early") || strings.EqualFold(last, "late") {
		_, last = lastWord(before)
	}
	return strings.EqualFold(last, "since")
}

// lastWord splits s into what comes before its last word and that word, without the
// white space between them.
func lastWord(s string) (before, word string) {
	s = strings.TrimRight(s, " \t\n")
	i := strings.LastIndexAny(s, " \t\n")
	return s[:i+1], s[i+1:]
}

// leadWords is how many words may come before a year that modifies a noun for it to
// open its sentence's subject.
const leadWords = 4

// determiners open a noun phrase whose year is a modifier.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true,
	"her": true, "their": true, "our": true, "this": true, "that": true, "whose": true}

// match is a rule's result: a token span and its normalisation.
type match struct {
	start, end int // token indices, end exclusive
	typ        string
	value      string
	gran       string
	ref        time.Time // the day the expression names, for later "the next day"
}

// scanner holds a text's tokens and the anchor they are normalised against.
type scanner struct {
	text   string
	toks   []token
	known  bool      // the anchor is set
	anchor time.Time // the anchor's day at noon UTC
	ref    time.Time // the last day named, for "the next day"; the anchor at first
	refTok int       // the token after the last day named; -1 before any
	at     int       // the token being matched
}

func newScanner(text string, anchor time.Time) *scanner {
	s := &scanner{text: text, toks: tokenize(text), known: !anchor.IsZero(), refTok: -1}
	if s.known {
		y, m, d := anchor.Date()
		s.anchor = time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
		s.ref = s.anchor
	}
	return s
}

type rule func(s *scanner, i int) (match, bool)

// coreRules are tried at every token; the longest match wins, the earlier rule on a tie.
var coreRules = []rule{
	(*scanner).ruleNumericDate,
	(*scanner).ruleMonthDate,
	(*scanner).ruleYear,
	(*scanner).ruleDecade,
	(*scanner).ruleCentury,
	(*scanner).ruleWeekday,
	(*scanner).ruleDeictic,
	(*scanner).ruleRelativeDay,
	(*scanner).ruleUnitRelative,
	(*scanner).ruleAgo,
	(*scanner).ruleQuarter,
	(*scanner).ruleSeason,
	(*scanner).ruleHoliday,
	(*scanner).ruleOrdinalWeek,
	(*scanner).ruleTime,
	(*scanner).ruleDuration,
	(*scanner).ruleSet,
	(*scanner).ruleRef,
}

// best returns the longest match starting at token i; withMods also tries modifiers such
// as "early" or "the end of" in front of a core expression.
func (s *scanner) best(i int, withMods bool) (match, bool) {
	var best match
	found := false
	for _, r := range coreRules {
		if m, ok := r(s, i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if withMods {
		if m, ok := s.ruleModified(i); ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	if found && best.gran == "day" {
		best = s.attachTime(best)
	}
	return best, found
}

// tok returns the lower-cased token i, or "" past the end.
func (s *scanner) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

// is reports whether the tokens from i on are words, in order.
func (s *scanner) is(i int, words ...string) bool {
	for k, w := range words {
		if s.tok(i+k) != w {
			return false
		}
	}
	return true
}

// joined reports whether tokens i and i+1 touch (no space between them).
func (s *scanner) joined(i int) bool {
	return i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start
}

// skipThe returns i+1 when token i is "the", else i.
func (s *scanner) skipThe(i int) int {
	if s.tok(i) == "the" {
		return i + 1
	}
	return i
}
