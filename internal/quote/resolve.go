package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/text"
)

// mentionAt is a person named in the writer's text; subject marks the first person of
// a sentence.
type mentionAt struct {
	pos     int
	ent     *entity
	subject bool
}

// scanMentions registers the names in the writer's words of a paragraph.
func (f *finder) scanMentions(ts []token) []mentionAt {
	var out []mentionAt
	subject := true
	for k := datelineEnd(ts); k < len(ts); k++ {
		t := ts[k]
		if sentenceEnd(ts, k) {
			subject = true
		}
		var e *entity
		j := k + 1
		switch {
		case t.lower() == "the" && k+1 < len(ts) && titleWord(ts[k+1].lower()) && !ts[k+1].capitalized():
			for j = k + 1; j < len(ts) && titleWord(ts[j].lower()) && !ts[j].capitalized(); j++ {
			}
			e = f.pp.byTitle(strings.ToLower(joinTokens(ts[k+1 : j])))
		case t.punct || !t.capitalized() || (nonNames[t.lower()] && !titleWord(t.lower())):
			continue
		case k > 0 && ts[k-1].punct && isMark(firstRune(ts[k-1].text)):
			k = nameRun(ts, k) - 1 // a quoted title ("Paradise Villa") names no one
			continue
		default:
			j = nameRun(ts, k)
			if j == k+1 && opener(ts, k) {
				continue
			}
			if f.notPerson != nil && f.notPerson(joinTokens(trimPossessive(ts[k:j]))) {
				k = j - 1 // the story knows it for a company, a place or an outlet
				continue
			}
			if j < len(ts) && orgAfter[ts[j].lower()] && !isPossessive(ts[j-1]) {
				k = j // "the Saarbruecker Zeitung paper" names no person; "Smith's company" does
				continue
			}
			e = f.pp.resolve(ts[k:j], false)
		}
		if e != nil && !e.org {
			out = append(out, mentionAt{pos: t.pos, ent: e, subject: subject})
			subject = false
		}
		k = j - 1
	}
	return out
}

// orgAfter are nouns that make the name before them an organisation's.
var orgAfter = set(`paper newspaper magazine daily weekly network channel agency company firm group
station studio label`)

// opener reports whether the one capitalised word ts[k] opens a sentence as a common
// word, not a name: a role ("Critics"), a word a name is not followed by ("Noting
// that", "Referring to"), a participle before a preposition and no name ("Based on
// the"), or an adverb before its comma ("Ultimately,"). A known first name or a title
// is never such a word.
func opener(ts []token, k int) bool {
	if k > 0 && !sentenceEnd(ts, k-1) && !(ts[k-1].punct && isMark(firstRune(ts[k-1].text))) {
		return false
	}
	return commonWord(ts, k)
}

// commonWord reports whether the one capitalised word ts[k], at the start of a sentence
// or clause, is a common word by the test opener describes.
func commonWord(ts []token, k int) bool {
	l := ts[k].lower()
	if text.IsCommonFirstName(l) || titleWord(l) {
		return false
	}
	if roleNouns[l] {
		return true
	}
	if k+1 >= len(ts) {
		return false
	}
	next := ts[k+1]
	switch {
	case next.is(","):
		return adverb(l)
	case next.punct || next.capitalized():
	case openerNext[next.lower()]:
		return true
	case (prepositions[next.lower()] || particles[next.lower()]) && (strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed")):
		// "Based on the", "Talking with reporters", "Summing up", but "Trump on Tuesday"
		return k+2 < len(ts) && !ts[k+2].capitalized()
	case prepositions[next.lower()] && adverb(l):
		return true // "Shortly after", "Early in"
	}
	return false
}

// openerNext are words that follow a sentence's first word when it is a participle or
// a preposition ("Noting that", "Referring to", "Based on"), and never a name alone.
var openerNext = set(`that to about into the a an his her their its this these those upon onto
toward towards`)

// particles follow a participle opening a sentence ("Summing up", "Fleshing out").
var particles = set(`up out down off back away`)

// adverb reports whether the lower-case word l ends as an adverb does.
func adverb(l string) bool {
	for _, suf := range adverbEnds {
		if strings.HasSuffix(l, suf) && len(l) >= len(suf)+2 {
			return true
		}
	}
	return false
}

// adverbEnds end adverbs that open a sentence before a comma ("Ultimately,").
var adverbEnds = []string{"ally", "ately", "ently", "antly", "ously", "ibly", "ably", "ingly", "edly", "ortly", "arly"}

// mention records a mention: the person becomes the most recent, and the subject that
// an uncued quotation or a pronoun may refer to.
func (f *finder) mention(m mentionAt) {
	f.touch(m.ent)
	switch {
	case !m.subject:
	case f.last != nil && f.last.name == m.ent.name:
		f.subject = nil // the last speaker is again the subject: f.last stands for it
	default:
		f.subject = m.ent
	}
}

// touch moves a person to the front of the mentions list.
func (f *finder) touch(e *entity) {
	for i, m := range f.mentions {
		if m == e {
			f.mentions = append(f.mentions[:i], f.mentions[i+1:]...)
			break
		}
	}
	f.mentions = append(f.mentions, e)
}

// resolve turns a cue into a speaker. Without a cue, a quotation continues the last
// speaker of this paragraph or the previous one; ok is false when there was no cue.
func (f *finder) resolve(c cue, pi int) (speaker, bool) {
	var sp speaker
	switch c.kind {
	case noCue:
		if f.subject != nil {
			return speaker{kind: Named, name: f.subject.name, g: f.subject.gender}, false
		}
		if f.last != nil && f.lastPara >= pi-1 {
			return *f.last, false
		}
		return speaker{kind: Unknown}, false
	case nameCue:
		sp = f.named(c.words)
	case roleCue:
		sp = f.role(c)
	case pronounCue:
		sp = f.pronoun(pronounGender[c.words[0].lower()])
	case unnamedCue:
		// the words that follow, uncued, are the same unnamed speaker's
		sp = speaker{kind: Unknown}
		f.last, f.lastPara, f.subject = &sp, pi, nil
		return sp, true
	}
	sp.verb = c.verb
	if sp.kind != Unknown {
		f.last, f.lastPara, f.subject = &sp, pi, nil
	}
	return sp, true
}

// named resolves a name run to the entity's full name.
func (f *finder) named(run []token) speaker {
	e := f.pp.resolve(run, true)
	if e == nil {
		return speaker{kind: Anonymous, name: joinTokens(run)}
	}
	if !e.org {
		f.touch(e)
	}
	return speaker{kind: Named, name: e.name, g: e.gender}
}

// role resolves a role phrase: to the name in apposition, to a person introduced with
// that title ("the attorney general"), or else to an anonymous source.
func (f *finder) role(c cue) speaker {
	desc := joinTokens(c.words)
	if len(c.name) > 0 {
		if e := f.pp.resolve(c.name, true); e != nil {
			if e.title == "" {
				e.title = strings.ToLower(strings.Join(strings.Fields(desc)[1:], " "))
			}
			f.touch(e)
			return speaker{kind: Named, name: e.name, g: e.gender}
		}
	}
	ws := strings.Fields(strings.ToLower(desc))
	if len(ws) == 2 && ws[0] == "the" && (strings.HasSuffix(ws[1], "-year-old") || !roleNouns[ws[1]] && c.words[1].capitalized()) {
		if e := f.recent(); e != nil {
			return speaker{kind: Named, name: e.name, g: e.gender}
		}
	}
	if len(ws) >= 2 && len(ws) <= 4 && (ws[0] == "the" || ws[0] == "former") {
		if e := f.pp.byTitle(strings.Join(ws[1:], " ")); e != nil {
			f.touch(e)
			return speaker{kind: Named, name: e.name, g: e.gender}
		}
	}
	return speaker{kind: Anonymous, name: plainRole(c.words, desc), g: roleGender(ws)}
}

// plainRole writes a role phrase that opened a sentence as it reads mid-sentence: "The
// official" is "the official"; a phrase with a capitalised word after the first is left
// alone ("The Associated Press").
func plainRole(words []token, desc string) string {
	if len(words) < 2 || !determiners[words[0].lower()] || !words[0].capitalized() {
		return desc
	}
	for _, t := range words[1:] {
		if t.capitalized() {
			return desc
		}
	}
	return words[0].lower() + desc[len(words[0].text):]
}

// roleGender tells what pronoun may stand for a role phrase.
func roleGender(ws []string) gender {
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		if !roleNouns[w] {
			continue
		}
		if g := titles[w]; g == male || g == female {
			return g
		}
		switch w {
		case "mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece", "widow", "girlfriend":
			return female
		case "father", "husband", "son", "brother", "grandfather", "uncle", "nephew", "widower", "boyfriend":
			return male
		case "police", "people", "staff", "authorities", "spokespeople":
			return plural
		case "company", "agency", "department", "ministry", "government", "administration",
			"campaign", "team", "club", "firm", "group", "committee", "council", "court", "board", "union":
			return neuter
		}
		if strings.HasSuffix(w, "s") && w != "boss" {
			return plural
		}
		return unknownGender
	}
	return unknownGender
}

// recent returns the sentence subject, else the most recently mentioned person.
func (f *finder) recent() *entity {
	if f.subject != nil {
		return f.subject
	}
	if n := len(f.mentions); n > 0 {
		return f.mentions[n-1]
	}
	return nil
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// pronoun resolves he, she, it or they: the last speaker when compatible, else the most
// recently mentioned compatible person.
func (f *finder) pronoun(g gender) speaker {
	if g == first {
		return speaker{kind: Unknown}
	}
	for _, exact := range []bool{true, false} {
		if e := f.subject; e != nil && compatible(e.gender, g) && (!exact || e.gender == g) {
			if e.gender == unknownGender {
				e.gender = g
			}
			return speaker{kind: Named, name: e.name, g: e.gender}
		}
		if f.last != nil && compatible(f.last.g, g) && (!exact || f.last.g == g) {
			return *f.last
		}
	}
	if g == male || g == female {
		for i := len(f.mentions) - 1; i >= 0; i-- {
			if e := f.mentions[i]; compatible(e.gender, g) {
				return speaker{kind: Named, name: e.name, g: e.gender}
			}
		}
	}
	return speaker{kind: Unknown}
}

// compatible reports whether an antecedent of gender have may be called by a pronoun of
// gender want.
func compatible(have, want gender) bool {
	if have == want {
		return true
	}
	return have == unknownGender && (want == male || want == female)
}

// datelineEnd returns the index of the first token after a wire dateline that opens a
// paragraph ("ULAN BATOR, January 15 (Xinhua) --", "NEW YORK (AP) _", "CAIRO, Egypt
// --"), or 0. The place in capitals names no speaker.
func datelineEnd(ts []token) int {
	k := 0
	for k < len(ts) && !ts[k].punct && allCaps(ts[k].text) {
		k++
	}
	if k == 0 {
		return 0
	}
	if k < len(ts) && ts[k].is(",") { // a state, a country or a date
		for j := k + 1; j < len(ts) && j <= k+4 && !ts[j].punct; j++ {
			if r, _ := utf8.DecodeRuneInString(ts[j].text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return 0
			}
			k = j
		}
		k++
	}
	if k+2 < len(ts) && ts[k].is("(") && !ts[k+1].punct && ts[k+2].is(")") { // the agency
		k += 3
	}
	n := k
	for n < len(ts) && ts[n].is("_", "-", "—", "–") {
		n++
	}
	if n == k {
		return 0
	}
	return n
}

// allCaps reports whether a word has two letters or more, all of them capitals.
func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}
