package quote

import "strings"

// cueKind is the form of a speaker expression.
type cueKind uint8

const (
	noCue cueKind = iota
	nameCue
	roleCue
	pronounCue
	// unnamedCue is an attribution that names no speaker: the subject heard the words
	// ("…," he was told).
	unnamedCue
)

// cue is a speech verb with its subject, found next to a quotation.
type cue struct {
	kind  cueKind
	words []token // the subject: a name run, a role phrase or a pronoun
	name  []token // for a role in apposition with a name ("the mayor, Bill de Blasio")
	verb  string
	pos   int // byte offset of the subject, for pronoun resolution
}

var determiners = set(`the a an one two three four several some many another his her their its our
your my this that these those other former senior top two-time`)

// objectVerbs take an object, not an inverted subject, after them ("told Heat Weekly").
var objectVerbs = set(`told tells telling asked asks asking urged urges warned warns called calling`)

var prepositions = set(`in on at after before during with for of to from by about outside inside
into over under without speaking asked when while as since until despite though although
like unlike among amid`)

// afterRole are the words other than prepositions that go on a role phrase right after
// its head noun ("people familiar with", "officials involved in").
var afterRole = set(`familiar close involved briefed knowledgeable aware opposed loyal present
directly personally`)

// stopRole ends a role phrase.
var stopRole = set(`who which that whose and but said says told added according while as when
on has had have is was were are would will could also later then in`)

// cueAfter reads a speaker cue in the words right after a quotation: "…," said the mayor;
// "…," Merkel said; "…," according to a senior official.
func cueAfter(w []token) cue {
	i := 0
	for i < len(w) && w[i].punct && !w[i].is(".", "!", "?") {
		i++
	}
	if i >= len(w) {
		return cue{}
	}
	if i+1 < len(w) && w[i].lower() == "according" && w[i+1].lower() == "to" {
		c := subjectNP(w[i+2:], false)
		c.verb = "according to"
		return c
	}
	if speechVerbs[w[i].lower()] && !w[i].capitalized() {
		// a capital opens the next sentence: "…." Asked whether…, he said
		c := subjectNP(w[i+1:], true)
		c.verb = w[i].lower()
		return c
	}
	limit := min(len(w), i+16)
	for v := i + 1; v < limit; v++ {
		if w[v].is(".", "!", "?", ";") {
			break
		}
		if speechVerbs[w[v].lower()] && !w[v].capitalized() {
			if passive(w, v) {
				if v <= i+3 {
					return cue{kind: unnamedCue, pos: w[v].pos} // "…," he was told: someone else spoke
				}
				continue // "That changed after he was told that…": another sentence's news
			}
			if c, ok := quotedAs(w, i, v); ok {
				return c
			}
			c := subjectNP(w[i:v], false)
			if c.kind == noCue {
				c = thing(w[i:v])
			}
			c.verb = w[v].lower()
			return c
		}
	}
	return cue{}
}

// passive reports whether the speech verb at v is passive ("he was told", "she was
// asked"): its subject heard the words, someone else said them.
func passive(w []token, v int) bool {
	return v > 0 && (w[v].lower() == "told" || w[v].lower() == "asked") &&
		be[w[v-1].lower()]
}

var be = set(`was were is are been being be`)

// quotedAs reads "Interfax quoted Maskhadov as saying" and "Grant was quoted by Reuters
// as saying": the speaker is the one quoted, not the source that quotes. The verb at v
// is "saying" after "as", and a form of "quote" comes between from and it.
func quotedAs(w []token, from, v int) (cue, bool) {
	if v < 2 || w[v].lower() != "saying" || w[v-1].lower() != "as" {
		return cue{}, false
	}
	for q := v - 2; q >= from; q-- {
		if l := w[q].lower(); l == "quoted" || l == "quotes" || l == "quoting" {
			var c cue
			if q > from && be[w[q-1].lower()] {
				c = subjectNP(w[from:q-1], false) // "Grant was quoted by Reuters as saying"
			} else {
				c = subjectNP(w[q+1:v-1], true)
			}
			c.verb = "said"
			return c, c.kind != noCue
		}
	}
	return cue{}, false
}

// thing reads a subject that names no person: a determiner and a common noun or two
// ("the ad", "the statement", "a new report"). Such a source is the speaker, so that
// the quotation is not given to a name that follows ("...," the ad stated. The ad
// thanks Lott ...).
func thing(w []token) cue {
	if len(w) < 2 || len(w) > 3 || !determiners[w[0].lower()] {
		return cue{}
	}
	for _, t := range w[1:] {
		if t.punct || t.capitalized() {
			return cue{}
		}
	}
	return cue{kind: roleCue, words: w, pos: w[0].pos}
}

// cueBefore reads a speaker cue in the writer's words before a quotation in the same
// sentence: Merkel said: "…"; the mayor called the plan "a disaster"; according to X, "…".
func cueBefore(w []token) cue {
	for v := len(w) - 1; v >= 0; v-- {
		l := w[v].lower()
		if l == "according" && v+1 < len(w) && w[v+1].lower() == "to" {
			c := subjectNP(w[v+2:], false)
			c.verb = "according to"
			return c
		}
		if (!speechVerbs[l] && !partialVerbs[l]) || w[v].capitalized() && v > 0 {
			continue
		}
		if passive(w, v) {
			continue
		}
		if c, ok := quotedAs(w, clauseStart(w, v), v); ok {
			return c
		}
		var c cue
		switch {
		case v+2 < len(w) && w[v+1].lower() == "by":
			c = subjectNP(w[v+2:], true) // described by forecasters as "…"
		case v > 0:
			c = subjectNP(w[clauseStart(w, v):v], false)
			if c.kind == noCue {
				c = subjectNP(w[:v], false)
			}
		}
		if c.kind == noCue && v+1 < len(w) && (v == 0 || w[v-1].punct) && !objectVerbs[l] {
			c = subjectNP(w[v+1:], true) // said Smith: "…"
		}
		if c.kind != noCue {
			c.verb = l
			return c
		}
	}
	return cue{}
}

// clauseStart returns where the clause holding the verb at v begins: after the last
// ", and" or ", but" (or semicolon) before it, so that the subject of a second clause
// is not taken from the first ("He talked to staff, and Scaramucci said that…").
func clauseStart(w []token, v int) int {
	for k := v - 1; k > 0; k-- {
		if w[k].is(";") {
			return k + 1
		}
		if l := w[k].lower(); (l == "and" || l == "but") && w[k-1].is(",") {
			return k + 1
		}
	}
	return 0
}

// subjectNP finds the first speaker expression in w: a pronoun, a name (with titles) or
// a role phrase. Introductory phrases ("In a statement,", "After the game,") are skipped.
// After a verb (inverted), only the phrase at the start counts.
func subjectNP(w []token, inverted bool) cue {
	for k := 0; k < len(w); k++ {
		t := w[k]
		l := t.lower()
		j := k // the end of the name t opens, if any
		if t.capitalized() {
			j = nameRun(w, k)
		}
		switch {
		case t.punct:
			continue
		case prepositions[l] && !inverted:
			k = skipPhrase(w, k)
			continue
		case pronounGender[l] != 0:
			return cue{kind: pronounCue, words: w[k : k+1], pos: t.pos}
		case k == 0 && j == 1 && commonWord(w, k) && !roleNouns[l]:
			continue // "Noting that ..., he said"
		case t.capitalized() && (!nonNames[l] || titleWord(l)) && !determiners[l] && !(roleNouns[l] && !titleWord(l) && j == k+1):
			// "Critics" opening a sentence is the role below, not a name
			if j < len(w) && !w[j].capitalized() && (roleNouns[w[j].lower()] || titleWord(w[j].lower())) {
				if c := roleOrName(w, k, inverted); c.kind != noCue {
					return c // Arsenal manager Mikel Arteta; Bus riders
				}
			}
			if j > k && isRoleTitleOnly(w[k:j]) && j < len(w) && !w[j].punct {
				return roleOrName(w, k, inverted)
			}
			if m := laterName(w, j); j == k+1 && m > 0 {
				k = m - 1 // "Opera singer Placido Domingo", "American film director John Waters"
				continue
			}
			if j == k+1 && officeAnd(w, j) {
				k = j // "Housing and Urban Development Secretary Andrew Cuomo": the office's name
				continue
			}
			c := cue{kind: nameCue, words: w[k:j], pos: t.pos}
			if !isPossessive(w[j-1]) && !(j < len(w) && w[j].is("’", "'")) {
				return c
			}
			if c := roleOrName(w, k, inverted); c.kind != noCue {
				return c
			}
			k = j - 1
		case l == "the" && k+1 < len(w) && epithet(w, k+1):
			return cue{kind: roleCue, words: w[k : k+2], pos: t.pos} // said the Spaniard
		case determiners[l] || roleNouns[l] || isPossessive(t):
			c := roleOrName(w, k, inverted)
			if c.kind != noCue {
				return c
			}
		}
		if inverted && k >= 2 {
			break
		}
	}
	return cue{}
}

// officeAnd reports whether w[j] is an "and" that joins the word before it to the rest of
// an office's name, a title and the holder's name: "Housing and Urban Development
// Secretary Andrew Cuomo". A title right after "and" starts a second person ("Bush and
// Vice President Dick Cheney").
func officeAnd(w []token, j int) bool {
	if j+1 >= len(w) || w[j].lower() != "and" || !w[j+1].capitalized() || titleWord(w[j+1].lower()) {
		return false
	}
	return modifiedTitle(w[j+1:nameRun(w, j+1)]) > 0
}

// laterName returns where a name starts after the one capitalised word before w[j] and
// up to three lower-case words describing the person ("Opera singer Placido Domingo"),
// or 0 when none does, or a function word or what reads as a verb comes between.
func laterName(w []token, j int) int {
	for m := j; m < len(w) && m <= j+3; m++ {
		t := w[m]
		l := t.lower()
		switch {
		case t.capitalized():
			if m > j && !nonNames[l] {
				return m
			}
			return 0
		case t.punct || prepositions[l] || stopRole[l] || speechVerbs[l] || determiners[l] || fillers[l],
			strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss"), strings.HasSuffix(l, "ed"), strings.HasSuffix(l, "ing"):
			return 0 // a verb ("Qian appreciates Mongolia's stand"), not a description
		}
	}
	return 0
}

// skipPhrase skips an introductory prepositional phrase starting at w[k]: to its comma
// when one follows, else over a determiner and one word.
func skipPhrase(w []token, k int) int {
	for j := k + 1; j < len(w); j++ {
		if w[j].is(",") {
			return j
		}
		if speechVerbs[w[j].lower()] {
			break
		}
	}
	j := k + 1
	if j < len(w) && determiners[w[j].lower()] {
		j++
	}
	return j
}

// roleOrName reads a role phrase starting at w[k] ("a senior official", "an ally of the
// governor", "Sessions’ chief of staff") and a name in apposition after it.
func roleOrName(w []token, k int, inverted bool) cue {
	j := k
	head := false
	named := k // the end of a name opening the phrase, whose "and" stops nothing ("Fish and Wildlife Service spokeswoman")
	if w[k].capitalized() {
		named = nameRun(w, k)
	}
	for j < len(w) && !w[j].is(",", ".", ";", ":", "!", "?", "(", ")", "—", "–") {
		l := w[j].lower()
		if j > k && j >= named && (stopRole[l] || speechVerbs[l] || fillers[l]) && !(l == "of" || l == "for" || l == "to" || l == "with" || l == "close" || l == "at") {
			break
		}
		if head && w[j].capitalized() && !w[j-1].capitalized() && !prepositions[w[j-1].lower()] && !determiners[w[j-1].lower()] {
			e := nameRun(w, j) // Barrett's co-star Gemma Lowe
			if !describes(w, e) {
				return cue{kind: nameCue, words: w[j:e], pos: w[j].pos}
			}
			j = e - 1 // "a 24-year-old Navajo gang member": an adjective of the description
		}
		if head && roleNouns[w[j-1].lower()] && !w[j].capitalized() && !roleNouns[l] && !prepositions[l] && !afterRole[l] {
			break // "Critics point to ...": a verb after the role's head
		}
		if roleNouns[l] || strings.HasSuffix(l, "-year-old") {
			head = true
		}
		j++
	}
	if !head {
		return cue{}
	}
	c := cue{kind: roleCue, words: trimRole(w[k:j]), pos: w[k].pos}
	if j+1 < len(w) && w[j].is(",") && w[j+1].capitalized() && !nonNames[w[j+1].lower()] {
		e := nameRun(w, j+1)
		c.name = w[j+1 : e]
	}
	return c
}

// describes reports whether the capitalised words before w[e] go on into a description
// in lower case whose head is a role noun within two words ("Navajo gang member"),
// which makes them its adjective, not a name ("Robert Black defended ...").
func describes(w []token, e int) bool {
	for k := e; k < len(w) && k < e+2; k++ {
		if w[k].punct || w[k].capitalized() {
			return false
		}
		if roleNouns[w[k].lower()] {
			return true
		}
	}
	return false
}

// trimRole drops trailing words that are not part of the description.
func trimRole(ws []token) []token {
	for len(ws) > 1 {
		l := ws[len(ws)-1].lower()
		if !(fillers[l] || prepositions[l] || determiners[l]) {
			break
		}
		ws = ws[:len(ws)-1]
	}
	return ws
}

// epithet reports whether w[k] is a lone capitalized nationality word standing for a
// person just named ("the Spaniard", "the Frenchman"), not an adjective that names a
// people ("the British", "the Chinese"; "The British authorities said" names the
// authorities).
func epithet(w []token, k int) bool {
	l := w[k].lower()
	if !w[k].capitalized() || titleWord(l) || (k+1 < len(w) && w[k+1].capitalized()) {
		return false
	}
	for _, adj := range []string{"ch", "i", "ic", "sh", "ese"} {
		if strings.HasSuffix(l, adj) {
			return false
		}
	}
	return demonym(l)
}

func isPossessive(t token) bool {
	return strings.HasSuffix(t.text, "’s") || strings.HasSuffix(t.text, "'s")
}

// isRoleTitleOnly reports whether a capitalized run is only title words ("White House
// Chief", "Police"), which may begin a role phrase rather than a name.
func isRoleTitleOnly(run []token) bool {
	for _, t := range run {
		if !titleWord(t.lower()) && !orgWords[t.lower()] {
			return false
		}
	}
	return true
}
