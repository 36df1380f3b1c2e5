package quote

import (
	"strings"

	"github.com/storyline-news/storyline/internal/text"
)

// gender is what a pronoun requires of its antecedent.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
	neuter // organizations: "it said"
	plural // groups: "they said"
	first  // I, we
)

// entity is one person or organization named in an article.
type entity struct {
	name   string // as first introduced, titles left out ("Jeff Sessions")
	first  string // first given name, lower case, or ""
	last   string // last word of the name, lower case
	title  string // lower-case title phrase seen before the name ("attorney general")
	gender gender
	org    bool
	refs   int // mentions resolved to it so far
}

// people is the registry of an article's named entities.
type people struct {
	ents []*entity
}

// nameTime are words of time that, capitalised after a name's first word, end the name
// itself ("Peace Now", "USA Today"): in running text they are written in lower case.
var nameTime = map[string]bool{"now": true, "today": true, "tonight": true}

// nameRun returns the end of the capitalized name run starting at ts[k]: capitalized
// words, with particles (de, van, bin) and "of" inside when a capitalized word follows.
func nameRun(ts []token, k int) int {
	j := k
	for j < len(ts) {
		t := ts[j]
		if t.punct || j > k && t.afterQuote {
			break // a quotation taken out between two words parts them: Sessions “weak,” Trump
		}
		if t.capitalized() {
			if j > k && nonNames[t.lower()] && !titleWord(t.lower()) && !nameTime[t.lower()] {
				break
			}
			j++
			if strings.HasSuffix(t.text, "’s") || strings.HasSuffix(t.text, "'s") {
				break
			}
			continue
		}
		if particle(t.lower()) && j+1 < len(ts) && ts[j+1].capitalized() && j > k &&
			(t.lower() != "of" || titleWord(ts[j-1].lower())) {
			j++
			continue
		}
		if t.lower() == "and" && j > k && j+1 < len(ts) && ts[j+1].capitalized() {
			// a body's name goes on over "and" to its head: "the Fish and Wildlife
			// Service"; "Bush and Vice President Dick Cheney" are two
			if e := nameRun(ts, j+1); orgWords[strings.TrimSuffix(strings.ToLower(ts[e-1].text), "’s")] {
				j = e
				continue
			}
		}
		break
	}
	return j
}

func particle(w string) bool {
	switch w {
	case "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "of", "dos", "st.":
		return true
	}
	return false
}

// demonym reports whether a word looks like a nationality or a place adjective
// (German, French, Spaniard, Texan).
func demonym(w string) bool {
	for _, s := range []string{"an", "ese", "ish", "ch", "ard", "man", "woman", "i", "ic"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

func titleWord(w string) bool { _, ok := titles[w]; return ok }

// splitTitle separates leading title words from the name proper:
// "Attorney General Jeff Sessions" -> "attorney general", ["Jeff", "Sessions"].
func splitTitle(ws []token) (string, []token) {
	k := 0
	if len(ws) > 2 && !titleWord(ws[0].lower()) && titleWord(ws[1].lower()) && demonym(ws[0].lower()) {
		k = 1 // German Chancellor Olaf Scholz
	}
	for k < len(ws)-1 && (titleWord(ws[k].lower()) || (k > 0 && ws[k].lower() == "of")) {
		k++
	}
	if k == len(ws)-1 && titleWord(ws[k].lower()) {
		k = len(ws)
	}
	k += modifiedTitle(ws[k:])
	var tl []string
	for _, t := range ws[:k] {
		tl = append(tl, strings.ToLower(t.text))
	}
	return strings.Join(tl, " "), ws[k:]
}

// modifiedTitle returns how many words of a name run are a title with a modifier before
// it, a place or an office ("Jackson Mayor", "Saudi Energy Minister Prince"): the
// words up to the last title word that a name of no title words follows; 0 when there
// is none.
func modifiedTitle(ws []token) int {
	for k := len(ws) - 2; k >= 1; k-- {
		if titleWord(ws[k].lower()) {
			return k + 1
		}
	}
	return 0
}

// resolve finds or adds the entity for a capitalized run. create says whether an unknown
// single word may start a new entity (it may when it is a speech verb's subject).
func (pp *people) resolve(run []token, create bool) *entity {
	run = trimPossessive(run)
	if len(run) == 0 {
		return nil
	}
	title, name := splitTitle(run)
	if len(name) == 0 {
		if e := pp.byTitle(title); e != nil || !isOrg(run) {
			return e
		}
		return pp.org(run)
	}
	words := make([]string, len(name))
	for i, t := range name {
		words[i] = t.text
	}
	last := strings.ToLower(words[len(words)-1])
	firstName := ""
	if len(words) > 1 && !particle(strings.ToLower(words[0])) {
		firstName = strings.ToLower(words[0])
	}
	org := isOrg(name)
	if e := pp.find(firstName, last, org); e != nil {
		pp.learn(e, title, firstName, words)
		e.refs++
		return e
	}
	if !create && len(words) == 1 && title == "" && !org {
		return nil
	}
	e := &entity{name: strings.Join(words, " "), last: last, org: org}
	if org {
		e.name = joinTokens(run)
		e.gender = neuter
	}
	pp.learn(e, title, firstName, words)
	e.refs++
	pp.ents = append(pp.ents, e)
	return e
}

// org finds or adds an organization named only with title words ("White House").
func (pp *people) org(run []token) *entity {
	name := joinTokens(run)
	for _, e := range pp.ents {
		if e.org && e.name == name {
			return e
		}
	}
	e := &entity{name: name, last: strings.ToLower(run[len(run)-1].text), org: true, gender: neuter}
	pp.ents = append(pp.ents, e)
	return e
}

// find returns the entity with the given last name (and first name when both have
// one), preferring one of the same kind: the most recent, except that a bare surname
// two people share ("Trump" once "Ivanka Trump" is named) goes to the one the article
// has referred to most, as news style names a relative in full and the principal by
// surname.
func (pp *people) find(firstName, last string, org bool) *entity {
	var best *entity
	for i := len(pp.ents) - 1; i >= 0; i-- {
		e := pp.ents[i]
		if e.org != org || e.last != last {
			continue
		}
		if firstName != "" && e.first != "" && e.first != firstName {
			continue
		}
		if firstName != "" || org {
			return e
		}
		if best == nil || e.refs > best.refs {
			best = e
		}
	}
	if best != nil {
		return best
	}
	if firstName == "" && !org {
		for i := len(pp.ents) - 1; i >= 0; i-- {
			if e := pp.ents[i]; !e.org && e.first == last {
				return e
			}
		}
	}
	return nil
}

// learn adds what a mention tells about an entity: a fuller name, a title, a gender.
func (pp *people) learn(e *entity, title, firstName string, words []string) {
	if e.first == "" && firstName != "" && !e.org {
		e.first = firstName
		if len(words) > len(strings.Fields(e.name)) {
			e.name = strings.Join(words, " ")
		}
	}
	if title != "" && e.title == "" {
		e.title = title
	}
	if e.gender == unknownGender {
		e.gender = genderOf(title, e.first)
	}
}

// genderOf tells a gender from a title or a first name.
func genderOf(title, firstName string) gender {
	for _, w := range strings.Fields(title) {
		if g := titles[w]; g == male || g == female {
			return g
		}
	}
	switch text.FirstNameGender(firstName) {
	case text.Male:
		return male
	case text.Female:
		return female
	}
	return unknownGender
}

// byTitle returns the most recent entity whose title ends with the given one
// ("the attorney general" -> Attorney General Jeff Sessions).
func (pp *people) byTitle(title string) *entity {
	title = strings.TrimPrefix(title, "former ")
	if title == "" {
		return nil
	}
	for i := len(pp.ents) - 1; i >= 0; i-- {
		if e := pp.ents[i]; e.title != "" && (e.title == title || strings.HasSuffix(e.title, " "+title)) {
			return e
		}
	}
	return nil
}

func isOrg(run []token) bool {
	for _, t := range run {
		if orgWords[t.lower()] {
			return true
		}
	}
	return false
}

// trimPossessive drops a trailing possessive ending: "Sessions’s" -> "Sessions".
func trimPossessive(run []token) []token {
	if len(run) == 0 {
		return run
	}
	t := run[len(run)-1]
	for _, s := range []string{"’s", "'s"} {
		if strings.HasSuffix(t.text, s) && len(t.text) > len(s) {
			out := append([]token(nil), run...)
			out[len(out)-1].text = strings.TrimSuffix(t.text, s)
			return out
		}
	}
	return run
}

func joinTokens(ts []token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && !t.punct {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}
