package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// Speaker kinds.
const (
	Named     = "named"     // a person or organization named in the article
	Anonymous = "anonymous" // an unnamed source described by a role ("a senior official") or what it is ("the report")
	Unknown   = "unknown"   // no speaker could be told
)

// Quote is one direct quotation of an article.
type Quote struct {
	// Text is the quoted words, without the marks; the pieces of a quotation that runs
	// over several paragraphs are joined with a space.
	Text string
	// Speaker is the full name as first introduced ("Bill de Blasio"), the role phrase
	// of an unnamed source ("a senior official"), or "" when unknown.
	Speaker string
	// SpeakerKind is Named, Anonymous or Unknown.
	SpeakerKind string
	// Verb is the speech verb that attributes the quotation ("said", "added",
	// "according to"), or the one it inherits from the quotation it continues.
	Verb string
	// Partial marks a fragment quoted inside the writer's own sentence.
	Partial bool
	// ArticleID is the ID of the article the quotation comes from.
	ArticleID string
	// Paragraph is the index of the paragraph where the quotation starts.
	Paragraph int
	// Start is the byte offset of the quoted text in paragraph Paragraph; End is the
	// byte offset of its end in paragraph EndParagraph (the same paragraph unless the
	// quotation runs on).
	Start, End   int
	EndParagraph int
}

// Options tell Find what the rest of the story knows.
type Options struct {
	// NotPerson reports whether a name, as written, is the story's name of an
	// organisation, a place or an outlet (see the entity package): such a name is no
	// person a pronoun or an uncued quotation may stand for. Nil knows none.
	NotPerson func(name string) bool
}

// Find returns the quotations of one article, in order.
func Find(a news.Article) []Quote { return FindWith(a, Options{}) }

// FindWith is Find with what the story knows.
func FindWith(a news.Article, opt Options) []Quote {
	f := &finder{id: a.ID, notPerson: opt.NotPerson}
	for pi, p := range a.Paragraphs {
		cont := pi+1 < len(a.Paragraphs) && opensWithQuote(a.Paragraphs[pi+1])
		f.paragraph(pi, p, cont)
	}
	f.flush()
	return f.quotes
}

// speaker is a resolved speaker with what pronouns need to know of it.
type speaker struct {
	kind, name, verb string
	g                gender
}

// finder carries the state of one article's scan.
type finder struct {
	id       string
	pp       people
	quotes   []Quote
	last     *speaker // the most recent speaker
	lastPara int
	mentions []*entity // persons mentioned in the writer's text, most recent last
	subject  *entity   // the first person of a sentence since the last speaker, if any
	open     int       // index in quotes of a quotation that runs on, or -1 when none
	hasOpen  bool
	// notPerson is Options.NotPerson.
	notPerson func(string) bool
}

// paragraph finds the quotations of paragraph pi.
func (f *finder) paragraph(pi int, p string, cont bool) {
	spans := dropNamed(p, quoteSpans(p, cont))
	ts, at := outside(p, spans)
	mi := 0
	ments := f.scanMentions(ts)
	label := transcriptLabel(ts)
	// A name inside an attribution ("said a Sessions ally") is not the subject that an
	// uncued quotation after it continues: that is the attribution's speaker.
	var inCue, prev cue // prev: the cue of the span before, in this paragraph
	mention := func(m mentionAt) {
		if inCue.kind != noCue && len(inCue.words) > 0 && m.pos >= inCue.words[0].pos && m.pos <= inCue.words[len(inCue.words)-1].pos {
			f.touch(m.ent)
			return
		}
		f.mention(m)
	}
	for i, s := range spans {
		if s.start > s.end || s.end > len(p) {
			continue
		}
		if i == 0 && f.hasOpen && strings.TrimSpace(p[:s.open]) == "" {
			f.extend(pi, p, s, ts[at[i]:end(ts, at, i)])
			continue
		}
		f.flush()
		if isTitle(p[s.start:s.end]) || nickname(p, s) {
			continue // a title or a name in quotation marks, not speech
		}
		before, after := ts[start(ts, at, i):at[i]], ts[at[i]:end(ts, at, i)]
		if closesSentence(p[s.start:s.end]) && !attribution(after) {
			after = nil // "…." A woman who claimed…: the next sentence names no speaker of it
		}
		partial := isPartial(p, s, before)
		var c cue
		if partial && isTerm(p[s.start:s.end]) {
			if c = termCue(before, ts[sentenceStart(ts, at[i]):at[i]], after); c.kind == noCue {
				continue // a scare quote: the writer's term, not speech
			}
		} else if partial && i > 0 && prev.kind != noCue && start(ts, at, i) == at[i-1] {
			// X said he had the "A" and that he plans "B": one sentence, one speaker,
			// unless the words before B name another
			if c = cueBefore(before); c.kind == noCue {
				c = prev
			}
		} else {
			c = pickCue(before, after, partial)
		}
		prev = c
		if c.kind == noCue && label != nil {
			c = cue{kind: nameCue, words: label, pos: label[0].pos, verb: "said"}
		}
		for ; mi < len(ments) && (c.kind == noCue || ments[mi].pos < c.pos); mi++ {
			mention(ments[mi])
		}
		if c.kind != noCue {
			inCue = c
		}
		sp, ok := f.resolve(c, pi)
		if !ok && (partial || s.end-s.start < 2) {
			continue
		}
		f.add(pi, p, s, sp, partial)
	}
	for ; mi < len(ments); mi++ {
		mention(ments[mi])
	}
}

// pickCue tries the cue before the quotation first when the writer introduces it or
// quotes a fragment, and the one after it otherwise.
func pickCue(before, after []token, partial bool) cue {
	if partial || introduced(before) {
		if c := cueBefore(before); c.kind != noCue {
			return c
		}
		return cueAfter(after)
	}
	if c := cueAfter(after); c.kind != noCue {
		return c
	}
	return cueBefore(before)
}

// add records a new quotation.
func (f *finder) add(pi int, p string, s span, sp speaker, partial bool) {
	q := Quote{
		Text: p[s.start:s.end], Speaker: sp.name, SpeakerKind: sp.kind, Verb: sp.verb,
		Partial: partial, ArticleID: f.id, Paragraph: pi, Start: s.start, End: s.end, EndParagraph: pi,
	}
	f.quotes = append(f.quotes, q)
	if s.unclosed {
		f.open, f.hasOpen = len(f.quotes)-1, true
	}
}

// extend adds the next paragraph's piece to a quotation that runs on, and takes a
// speaker from the cue after it when the quotation had none.
func (f *finder) extend(pi int, p string, s span, after []token) {
	q := &f.quotes[f.open]
	q.Text += " " + p[s.start:s.end]
	q.End, q.EndParagraph = s.end, pi
	if !s.unclosed {
		f.hasOpen = false
	}
	if q.SpeakerKind == Unknown {
		if sp, ok := f.resolve(cueAfter(after), pi); ok {
			q.Speaker, q.SpeakerKind, q.Verb = sp.name, sp.kind, sp.verb
		}
	}
}

// flush forgets a quotation that was left open when the next paragraph does not go on.
func (f *finder) flush() { f.hasOpen = false }

// outside tokenizes the writer's text of p (everything outside the spans); at[i] is the
// index of the first token after span i's opening mark.
func outside(p string, spans []span) ([]token, []int) {
	var ts []token
	at := make([]int, len(spans))
	from := 0
	for i, s := range spans {
		if s.open >= from {
			ts = append(ts, tokenize(p, from, s.open)...)
		}
		at[i] = len(ts)
		from = max(from, s.close)
	}
	ts = append(ts, tokenize(p, min(from, len(p)), len(p))...)
	for i, k := range at {
		if k < len(ts) && !nickname(p, spans[i]) {
			ts[k].afterQuote = true
		}
	}
	return ts, at
}

// nickname reports whether span s is a nickname inside a name (Wayne “Rusty” Drugan):
// one or two capitalised words, right after a capitalised word and before another.
func nickname(p string, s span) bool {
	if s.start > s.end || s.end > len(p) || s.close > len(p) {
		return false
	}
	words := strings.Fields(p[s.start:s.end])
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		for k, r := range w {
			if k == 0 && !unicode.IsUpper(r) || !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	before := strings.TrimRight(p[:s.open], " ")
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	after := p[s.close:]
	if prev == "" || !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(prev)
	n, _ := utf8.DecodeRuneInString(after[1:])
	last, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsUpper(r) && unicode.IsLetter(last) && unicode.IsUpper(n)
}

// start returns where the sentence holding span i begins among the tokens before it.
func start(ts []token, at []int, i int) int {
	lo := 0
	if i > 0 {
		lo = at[i-1]
	}
	for k := at[i] - 1; k >= lo; k-- {
		if sentenceEnd(ts, k) {
			return k + 1
		}
	}
	return lo
}

// sentenceStart returns where the sentence holding token k begins, over earlier spans.
func sentenceStart(ts []token, k int) int {
	for j := k - 1; j >= 0; j-- {
		if sentenceEnd(ts, j) {
			return j + 1
		}
	}
	return 0
}

// end returns where the words after span i stop: the sentence end or the next span.
func end(ts []token, at []int, i int) int {
	hi := len(ts)
	if i+1 < len(at) {
		hi = at[i+1]
	}
	for k := at[i]; k < hi; k++ {
		if ts[k].is(".", "!", "?") && k > at[i] {
			return k
		}
	}
	return hi
}

// closesSentence reports whether a quotation ends its sentence inside the marks.
func closesSentence(q string) bool {
	q = strings.TrimRight(q, " ")
	return strings.HasSuffix(q, ".") || strings.HasSuffix(q, "!") || strings.HasSuffix(q, "?")
}

// attribution reports whether the words after a quotation that closes its sentence
// still attribute it: they go on in lower case ("…?" he asked), or a short subject and
// its speech verb open them ("…." Smith said; "…." The official added), or "according
// to" does. A clause or a relative pronoun before the verb ("A man who claimed") tells
// of someone else.
func attribution(after []token) bool {
	if len(after) == 0 || !after[0].capitalized() || after[0].lower() == "according" {
		return true
	}
	for k := 1; k < len(after) && k < 8; k++ {
		l := after[k].lower()
		if after[k].punct && !after[k].is("’", "'") || l == "who" || l == "which" || l == "that" {
			return false
		}
		if speechVerbs[l] && !after[k].capitalized() {
			return true
		}
	}
	return false
}

// introduced reports whether the writer's words lead into the quotation: "said:",
// "told reporters,", "said that".
func introduced(before []token) bool {
	if len(before) == 0 {
		return false
	}
	t := before[len(before)-1]
	return t.is(":", ",") || speechVerbs[t.lower()] || t.lower() == "that"
}

// dropNamed drops the quotations that the word right before makes a name or a scare
// quote ("so-called 'travel ban'", "the film 'Dunkirk'"); they stay writer's text.
func dropNamed(p string, spans []span) []span {
	out := spans[:0]
	from := 0
	for _, s := range spans {
		ts := tokenize(p, from, s.open)
		for len(ts) > 0 && ts[len(ts)-1].is(",", ":") {
			ts = ts[:len(ts)-1]
		}
		if len(ts) > 0 && namingWords[ts[len(ts)-1].lower()] {
			continue
		}
		out = append(out, s)
		from = s.close
	}
	return out
}

// transcriptLabel returns the speaker label that opens a broadcast transcript paragraph
// ("MARSH (on tape):"), title-cased, or nil.
func transcriptLabel(ts []token) []token {
	k := 0
	for k < len(ts) && !ts[k].punct && ts[k].text == strings.ToUpper(ts[k].text) && ts[k].capitalized() {
		k++
	}
	if k == 0 || k > 3 {
		return nil
	}
	j := k
	if j < len(ts) && ts[j].is("(") {
		for j < len(ts) && !ts[j].is(")") {
			j++
		}
		j++
	}
	if j >= len(ts) || !ts[j].is(":") {
		return nil
	}
	out := make([]token, k)
	for i, t := range ts[:k] {
		out[i] = token{text: t.text[:1] + strings.ToLower(t.text[1:]), pos: t.pos}
	}
	return out
}

// isPartial reports whether a quotation is a fragment inside the writer's sentence.
func isPartial(p string, s span, before []token) bool {
	r, _ := utf8.DecodeRuneInString(p[s.start:s.end])
	if unicode.IsLower(r) {
		return true
	}
	if len(before) == 0 {
		return false
	}
	t := before[len(before)-1]
	if t.punct || speechVerbs[t.lower()] || t.lower() == "that" {
		return false
	}
	return !strings.ContainsAny(lastRune(p[s.start:s.end]), ".!?")
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
