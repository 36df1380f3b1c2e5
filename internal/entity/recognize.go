package entity

import (
	"strings"
	"unicode"
)

// cand is one recognised name in a paragraph, before mentions are merged.
type cand struct {
	para       int
	start, end int // byte offsets in the paragraph
	toks       []token
	kind       string
	sure       bool   // the kind came from a gazetteer, a title or a head word
	role       string // title seen with a person
	head       string // lower-case head noun that made the name an organisation
	afterPrep  bool   // the name follows "in", "from" or another place preposition
	afterArt   bool   // the name follows "the", "a" or "an"
	placed     bool   // the name follows a place preposition, with or without "the"
	typed      bool   // a noun of things stands right before or after it ("the drug X", "the X virus")
	first      int    // index of the name's first token in the paragraph
	byFirst    bool   // the kind person came only from a first name
	orgCue     bool   // the context shows an organisation (orgCue)
	sportCue   bool   // the context shows a team playing (sportCue)
	src        bool   // the context cites the name as a source (sourceCue)
}

// placeStarts open a place's name that continues with "of" ("Gulf of Mexico").
var placeStarts = map[string]bool{"republic": true, "kingdom": true, "gulf": true, "bay": true,
	"isle": true, "city": true, "state": true, "sea": true, "strait": true, "cape": true,
	"port": true, "lake": true, "mount": true, "county": true, "district": true, "province": true}

// recognize finds the names of one paragraph. lowCount counts the words the story also
// writes in lower case, which marks a capitalised sentence opener as a common word, and
// midCount those it capitalises inside a sentence.
func recognize(para int, toks []token, lowCount, midCount map[string]int, lx *lexicon) []cand {
	headline := titleCase(toks)
	quoted := titleQuotes(toks)
	var out []cand
	for i := 0; i < len(toks); {
		if !startsName(toks, i, headline, lowCount, lx) {
			i++
			continue
		}
		j := runEnd(toks, i, lx)
		if headline {
			j = headlineEnd(toks, i, j, lowCount)
		}
		if namesNothing(toks, i, j, lx) || quoted != nil && quoted[i] && !knownRun(toks[i:j], lx) {
			i = j
			continue
		}
		if j == i+1 && (len(toks[i].text) == 1 || numbered(toks, i) || commonOutletWord(toks, i, lowCount, midCount, lx) || pairModifier(toks, i) ||
			lx.demonyms[toks[i].low] || placeAdjective(toks[i].text) || lx.abbrevs[toks[i].low] || lx.titles[toks[i].low] && !lx.orgs[toks[i].low] ||
			toks[i].sentStart && !known(toks[i]) && midCount[toks[i].low] == 0 && !subject(toks, j, lx) && !(shouted(toks[i:j]) && placeComma(toks, j, lx)) ||
			shoutedWord(toks[i], lowCount)) {
			i = j
			continue
		}
		if product(toks, i, j) {
			i = j // "a Boeing 767", "an Airbus A340": a product, no entity
			continue
		}
		next := j
		if codeEnd(toks, i, j) {
			j-- // "a Swissair MD-11": the airline
		}
		_, office := officeOfThe(toks, i, j, lx) // (splitRun takes such an office as the role)
		if f, titled := descriptorLead(toks[i:j], lowCount, lx); f > 0 && !office {
			switch _, b := roleSpan(toks[i:j], lx); {
			case !titled:
				i += f // "Wine Brat Jeff Bundschu", "Freshman Billy McClure": words before the name
			case b < 0:
				// "Police Commissioner Robert Manumba": an office without a head title
				out = append(out, classify(para, toks, i+f, j, joinText(toks[i:i+f]), lx))
				i = next
				continue
			}
		}
		for _, c := range suffixWhole(splitRun(para, toks, i, j, lx), para, toks, i, j, lx) {
			if n := capitalEnd(c.toks); n < len(c.toks) {
				// a joiner left by the split: "the Cabinet of Prime Minister ..."
				c = classify(para, toks, c.first, c.first+n, c.role, lx)
			}
			if k := fieldLead(toks, c, lowCount); k > 0 {
				// the rest of an office's field: "Assistant Secretary of State for Near
				// Eastern Affairs Martin Indyk", "Minister of Natural Resources Ralph Goodale"
				office := c.role
				if office == "" { // the office before "of" went with the split: take it back
					s := c.first - 1
					for s > 0 && s > c.first-6 && (toks[s-1].word && toks[s-1].capital || toks[s-1].low == "of") {
						s--
					}
					office = joinText(toks[s:c.first])
				}
				role := strings.TrimSpace(office + " " + joinText(c.toks[:k]))
				c = classify(para, toks, c.first+k, c.first+len(c.toks), role, lx)
			} else if !c.toks[0].capital && !lx.particles[c.toks[0].low] {
				continue // "for Refugees": a field's words, no name ("Ms. de la Puente" is one)
			}
			if last := c.toks[len(c.toks)-1]; c.kind == Person && !c.sure && len(c.toks) > 1 && lowCount[last.low] > 0 && !isFirstName(c.toks[0].text) {
				c.kind = Organization // "Phantom Menace", "Climate Change": the story writes the last word in lower case
			}
			out = append(out, c)
		}
		i = next
	}
	listPlaces(out, toks)
	return out
}

// fieldLead returns how many words open a person's name that belong to the office
// before it: words of a field after "of" or "for", each one the story also writes in
// lower case unless a joiner opens the run, up to a first name ("of Natural Resources Ralph Goodale", "for Near Eastern
// Affairs Martin Indyk"), or 0. ("Karla Faye Tucker" keeps her first name: the story
// never writes "karla".)
func fieldLead(toks []token, c cand, lowCount map[string]int) int {
	opensOnField := !c.toks[0].capital || c.first > 0 && (toks[c.first-1].low == "of" || toks[c.first-1].low == "for")
	if !opensOnField || c.kind != Person || isFirstName(c.toks[0].text) {
		return 0
	}
	// After a head title and its "of" the words are surely a field's ("Minister of
	// Natural Resources", "Director of Operations").
	office := c.first > 1 && lex().heads[toks[c.first-2].low]
	for k := 1; k+1 < len(c.toks); k++ {
		// (after a joiner in lower case the run is surely a field's)
		if t := c.toks[k-1]; c.toks[0].capital && t.capital && lowCount[t.low] == 0 && !(office && k <= 3) {
			return 0
		}
		if isFirstName(c.toks[k].text) && c.toks[k].capital {
			return k
		}
	}
	return 0
}

// suffixWhole undoes a split that leaves a name's suffix alone: in "Martin Luther King
// Jr." the title word was a surname, and the run is one person's name. A lone suffix
// without a role is dropped.
func suffixWhole(cs []cand, para int, toks []token, i, j int, lx *lexicon) []cand {
	for k, c := range cs {
		if len(c.toks) != 1 || !lx.suffixes[c.toks[0].low] {
			continue
		}
		if c.role != "" {
			return []cand{classify(para, toks, i, j, "", lx)}
		}
		return append(cs[:k:k], cs[k+1:]...)
	}
	return cs
}

// listPlaces makes an unsure single name a place when it ends a list of places
// ("from Modesto and Riverbank").
func listPlaces(cs []cand, toks []token) {
	for k := 1; k < len(cs); k++ {
		c, p := &cs[k], cs[k-1]
		if c.sure || len(c.toks) != 1 || p.kind != Place || c.first < 2 {
			continue
		}
		if sep := toks[c.first-1].low; (sep == "and" || sep == "or" || sep == ",") && toks[c.first-2].end == p.end {
			c.kind = Place
		}
	}
}

// startsName reports whether toks[i] can open a name.
func startsName(toks []token, i int, headline bool, lowCount map[string]int, lx *lexicon) bool {
	t := toks[i]
	if !t.word || !t.capital || notName(t.low) || lx.plurals[t.low] || describing(t.text) || scaleLetter(toks, i) {
		return false
	}
	if demonymPlural(t, lx) && !(i+1 < len(toks) && toks[i+1].capital) {
		return false // "Canadians", "Americans": people of a nation, not a name
	}
	if numberWords[t.low] && (i+1 >= len(toks) || !toks[i+1].capital || demonymPlural(toks[i+1], lx)) {
		return false // "Thirty percent", "Thirty Texans"
	}
	if lx.function[t.low] && !(i+1 < len(toks) && toks[i+1].capital && (t.low == "new" || extraPlaces[t.low+" "+toks[i+1].low] || lx.orgs[t.low+" "+toks[i+1].low] || ordinalOrg(toks, i, lx))) {
		return false
	}
	if (t.sentStart || headline) && lowCount[t.low] > 0 && !known(t) && !particleStart(toks, i, lx) &&
		!(i+1 < len(toks) && shoutedPlace(toks[i:i+2])) { // a dateline's "NEW YORK"
		return false
	}
	return true
}

// known reports whether a single token is in a gazetteer.
func known(t token) bool {
	lx := lex()
	return isFirstName(t.text) || isPlace(t.text) || lx.orgs[t.low] || lx.outlets[t.low] ||
		lx.titles[t.low] || len(t.text) > 3 && shoutedPlace([]token{t}) // a dateline's "WASHINGTON"
}

// runEnd extends a name from toks[i] over capitalised words and the joiners that
// organisation, place and person names contain.
func runEnd(toks []token, i int, lx *lexicon) int {
	j := i + 1
	for j < len(toks) && (!toks[j-1].possessive || possJoins(toks, i, j, lx)) {
		t := toks[j]
		if strings.Count(toks[j-1].text, ".") > 1 && !lx.orgHeads[t.low] && !possOrgAhead(toks, j, lx) {
			break
		}
		if hyphenAdjective(toks[j-1].low) {
			break // "the Hong Kong-based Information Center"
		}
		if j-1 > i && lx.corporate[toks[j-1].low] && !lx.orgHeads[t.low] {
			break // a company's name ends at its suffix: "Intel Corp. Delphi ..."
		}
		if lx.states[toks[j-1].low] && !lx.orgHeads[toks[capsEnd(toks, j)-1].low] {
			// a state's abbreviation ends a place ("Farmington Hills, Mich. Robinet's
			// firm") unless an institution's name goes on ("N.C. State University")
			break
		}
		if t.word && t.capital && !(lx.function[t.low] && !lx.titles[t.low] && t.low != "the" && !lx.orgHeads[t.low]) {
			j++
			continue
		}
		if j+2 < len(toks) && lx.particles[toks[j].low] && lx.particles[toks[j+1].low] && toks[j+2].capital {
			j += 3
			continue
		}
		if j+1 < len(toks) && toks[j+1].capital && toks[j+1].word && joins(toks, i, j, lx) {
			j += 2
			continue
		}
		break
	}
	return j
}

// namesNothing reports whether the run toks[i:j] names no entity: titles alone, a word
// that ends no name (or ends it before a Roman numeral), a quoted title, an adjective
// ("Hong Kong-based"), a legislator's party and state ("R-N.Y."), weather ("El Nino"), a disease ("Lyme disease"), "the Third World",
// a label with a rank ("Public Enemy No. 1"), or a disease or holiday named after
// someone ("Parkinson's disease", "Mother's Day").
func namesNothing(toks []token, i, j int, lx *lexicon) bool {
	return allTitles(toks[i:j], lx) || nationalTitle(toks[i:j], lx) || notEntity[toks[j-1].low] ||
		j-i > 1 && romanNumeral(toks[j-1].text) && (notEntity[toks[j-2].low] || j-i == 2 && numberedNouns[toks[i].low]) || // "World War II", "Super Bowl XXX", "Schedule II"
		quotedTitle(toks, i, j) || phenomena[joinLow(toks[i:j])] || ranked(toks, i, j) ||
		hyphenAdjective(toks[j-1].low) || partyTag(toks[i:j]) || j-i == 1 && hyphenDemonym(toks[i].low, lx) ||
		j < len(toks) && toks[j].word && !toks[j].capital && eponymous[toks[j].low] || // "Lyme disease"
		j-i == 1 && phraseNoun(toks, i) || fromTo(toks[i:j]) ||
		toks[j-1].possessive && j < len(toks) && (eponymous[toks[j].low] || toks[j].capital && notEntity[toks[j].low])
}

// commonOutletWord reports whether toks[i], a lone word opening a sentence or quotation,
// is an outlet's name that is also a common word the story writes in lower case and
// never capitalises inside a sentence: "Time will tell" is no mention of Time, while
// "Time magazine said" and "Time reported" are.
func commonOutletWord(toks []token, i int, lowCount, midCount map[string]int, lx *lexicon) bool {
	t := toks[i]
	if !t.sentStart || !lx.outlets[t.low] || lowCount[t.low] == 0 || midCount[t.low] > 0 || isFirstName(t.text) || isPlace(t.text) ||
		i > 0 && toks[i-1].text == "(" { // a credit: "(Xinhua)"
		return false
	}
	return !(i+1 < len(toks) && (outletCue[toks[i+1].low] || subject(toks, i+1, lx)))
}

// outletCue are the words after a name that make it an outlet's.
var outletCue = map[string]bool{"magazine": true, "newspaper": true, "reported": true, "reports": true,
	"quoted": true, "published": true}

// pairModifier reports whether toks[i] is two names hyphened before a lower-case word,
// the first a place: "the Russia-Trump investigations", "Israel-Syria talks" describe
// the noun and name no entity of their own. A place's name with a hyphen
// ("Guinea-Bissau") and names whose first part is no place ("Rolls-Royce") are kept.
func pairModifier(toks []token, i int) bool {
	t := toks[i]
	a, b, ok := strings.Cut(t.text, "-")
	if !ok || a == "" || b == "" || strings.Contains(b, "-") || !unicode.IsUpper([]rune(b)[0]) {
		return false
	}
	return isPlace(a) && !isPlace(t.text) && i+1 < len(toks) && toks[i+1].word && !toks[i+1].capital &&
		toks[i+1].low != "region" // "the Asia-Pacific region" is a place
}

// nationalTitle reports whether a run is a nation's adjective and title words only
// ("the Chinese Ambassador", "the Russian Foreign Minister"): an office, no one named.
func nationalTitle(run []token, lx *lexicon) bool {
	if len(run) < 2 || !lx.demonyms[run[0].low] && !placeAdjective(run[0].text) {
		return false
	}
	for _, t := range run[1:] {
		if !lx.titles[t.low] {
			return false
		}
	}
	return true
}

// placeAdjective reports whether word is the adjective of a place the gazetteer knows,
// made the usual ways: "Mongolian" (Mongolia), "Egyptian" (Egypt), "Chilean" (Chile),
// "Japanese" (Japan), "Iraqi" (Iraq). Alone it names no entity, as a demonym does not.
func placeAdjective(word string) bool {
	for _, suf := range []string{"n", "ian", "an", "ese", "i"} {
		if stem, ok := strings.CutSuffix(word, suf); ok && len(stem) > 2 && isPlace(stem) {
			return true
		}
	}
	return false
}

// partyTag reports whether a run is a legislator's party and state ("R-N.Y.", "D-Calif."),
// which names no entity.
func partyTag(run []token) bool {
	if len(run) != 1 {
		return false
	}
	t := run[0].text
	if len(t) <= 2 || t[0] != 'R' && t[0] != 'D' && t[0] != 'I' || t[1] != '-' {
		return false
	}
	st := strings.ToLower(t[2:])
	return lex().states[st] || lex().states[st+"."] // "R-Fla." is written with its full stop apart

}

// eponymous are the nouns after a name's possessive that make it the name of a thing,
// not a mention of the person ("Parkinson's disease"); "law" is left out: "China's law"
// and "Lazio's law" are the country's and the congressman's.
var eponymous = map[string]bool{"disease": true, "syndrome": true, "theorem": true,
	"paradox": true, "palsy": true, "sarcoma": true}

// fromTo reports whether a run holds a word hyphened over "to", the adjective of a route
// or a span ("London-to-New York", "Coast-to-Coast"): no entity.
func fromTo(run []token) bool {
	for _, t := range run {
		if strings.Contains(t.low, "-to-") {
			return true
		}
	}
	return false
}

// phraseNoun reports whether the lone word toks[i] ends a phrase that names nothing:
// "the Third World", "the State of the Union".
func phraseNoun(toks []token, i int) bool {
	switch toks[i].low {
	case "world":
		return i > 0 && (toks[i-1].low == "first" || toks[i-1].low == "third" || toks[i-1].low == "fourth")
	case "union":
		return i > 2 && toks[i-3].low == "state" && toks[i-2].low == "of" && toks[i-1].low == "the"
	}
	return false
}

// hyphenDemonym reports whether a word is nationalities joined by hyphens
// ("African-American", "Cuban-Americans"): a demonym, which names no entity.
func hyphenDemonym(low string, lx *lexicon) bool {
	if !strings.Contains(low, "-") {
		return false
	}
	for part := range strings.SplitSeq(strings.TrimSuffix(low, "s"), "-") { // "Cuban-Americans"
		if !lx.demonyms[part] {
			return false
		}
	}
	return true
}

// hyphenAdjective reports whether a name's last word is hyphened to a suffix that makes
// the whole an adjective ("Hong Kong-based", "Obama-era", "U.S.-led"): no entity is
// named, as a demonym names none.
func hyphenAdjective(low string) bool {
	tail, ok := hyphenTail(low)
	return ok && hyphenSuffixes[tail]
}

// hyphenTail returns what follows the last hyphen inside a word, if one does.
func hyphenTail(w string) (string, bool) {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) {
		return "", false
	}
	return w[k+1:], true
}

// describing reports whether a capitalised word is a compound adjective whose second
// part is a participle in lower case ("Dark-haired", "French-speaking", "Volvo-looking"):
// it describes a name and opens none.
func describing(text string) bool {
	tail, ok := hyphenTail(text)
	return ok && tail == strings.ToLower(tail) && (strings.HasSuffix(tail, "ed") || strings.HasSuffix(tail, "ing"))
}

var hyphenSuffixes = map[string]bool{"based": true, "born": true, "led": true, "backed": true,
	"owned": true, "run": true, "made": true, "style": true, "era": true, "bound": true,
	"funded": true, "sponsored": true, "controlled": true, "dominated": true, "area": true, "linked": true,
	"positive": true, "negative": true, "related": true, "size": true, "sized": true, "like": true, "shaped": true}

// calendarWords are days and months, which a name never continues into.
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true}

// joins reports whether toks[j], a lower-case word or "&", may join the name toks[i:j]
// to the capitalised word after it.
func joins(toks []token, i, j int, lx *lexicon) bool {
	t, prev := toks[j], toks[j-1]
	switch {
	case t.text == "&":
		return true
	case t.low == "and":
		end := capsEnd(toks, j+1)
		if end > j+1 && end-j-1 <= 2 && officeOf(toks[i:j], lx) && !isFirstName(toks[j+1].text) && !lx.titles[toks[j+1].low] &&
			!isPlace(joinText(toks[j+1:end])) && !extraPlaces[joinLow(toks[j+1:end])] {
			return true // "Centers for Disease Control and Prevention", "Department of Housing and Urban Development"
		}
		return end > j+1 && lx.orgHeads[toks[end-1].low] && !lx.orgHeads[prev.low] &&
			!isPlace(joinText(toks[i:j])) && !extraPlaces[joinLow(toks[i:j])]
	case t.low == "of" && t.word:
		return lx.orgStarts[prev.low] || lx.orgHeads[prev.low] || lx.titles[prev.low] || placeStarts[prev.low] ||
			lx.outletHeads[prev.low] // "Journal of Medicine", "Times of India"
	case t.low == "for" || t.low == "on":
		// "Committee on Foreign Relations", but not "Administration on Tuesday"
		return (lx.orgHeads[prev.low] || lx.orgStarts[toks[i].low]) && !calendarWords[toks[j+1].low]
	case lx.particles[t.low] && !t.capital:
		return !(j+2 < len(toks) && lx.particles[toks[j+1].low]) || toks[j+2].capital
	}
	return false
}

// officeOf reports whether a run is a body named "of" or "for" its field ("Department of
// Housing", "Centers for Disease Control"): such a name may go on with "and" and the
// field's second part.
func officeOf(run []token, lx *lexicon) bool {
	for k := 1; k+1 < len(run); k++ {
		if (run[k].low == "of" || run[k].low == "for") && (lx.orgStarts[run[k-1].low] || lx.orgHeads[run[k-1].low]) {
			return true
		}
	}
	return false
}

// splitRun separates a run into a role, a leading organisation and the name proper, and
// classifies the name.
func splitRun(para int, toks []token, i, j int, lx *lexicon) []cand {
	run := toks[i:j]
	full := joinLow(run)
	if k := titledOrg(run, lx); k > 0 {
		return []cand{classify(para, toks, i+k, j, "", lx)} // "Deputy White House"
	}
	if lx.orgs[full] || lx.outlets[full] || lx.orgHeads[run[len(run)-1].low] || isPlace(joinText(run)) ||
		len(run) > 2 && placeHeads[run[len(run)-1].low] && lowerRole(toks, i, lx) == "" || // "Queen Elizabeth Hotel": a building, not the queen (but "chairman Sir Malcolm Field")
		run[0].possessive && lx.titles[run[0].low] { // "the Governor's Mansion", "Publisher's Weekly"
		return []cand{classify(para, toks, i, j, "", lx)}
	}
	if role, ok := officeOfThe(toks, i, j, lx); ok {
		return []cand{classify(para, toks, i+1, j, role, lx)} // "Secretary of the Interior Bruce Babbitt"
	}
	a, b := roleSpan(run, lx)
	if b < 0 || b >= len(run) {
		if first := run[0]; len(run) > 1 && first.sentStart && !known(first) && len(first.low) > 5 &&
			(strings.HasSuffix(first.low, "ing") || strings.HasSuffix(first.low, "ly")) {
			return splitRun(para, toks, i+1, j, lx) // "Somehow Callisto", "Struggling Sudan"
		}
		if len(run) > 1 && shoutedPlace(run[:1]) && !shouted(run[1:2]) {
			return append(splitRun(para, toks, i, i+1, lx), splitRun(para, toks, i+1, j, lx)...) // "LONDON Stephen Lawrence"
		}
		if len(run) > 2 && strings.HasSuffix(run[0].low, "-year-old") {
			return []cand{classify(para, toks, i+1, j, "", lx)} // "Nine-year-old Kaemmerle Fitzpatrick"
		}
		if f := demonymLead(run, lx); f > 0 {
			return []cand{classify(para, toks, i+f, j, "", lx)} // "Republican Matt Fong"
		}
		if p := orgPrefix(run, lx); p > 0 && i > 0 && article(toks[i-1].low) && !placeHeads[run[len(run)-1].low] {
			// "a British Airways Concorde": the company, then its product, which is
			// no entity.
			return []cand{classify(para, toks, i, i+p, "", lx)}
		}
		return []cand{classify(para, toks, i, j, "", lx)}
	}
	if run[b-1].low == "of" {
		return []cand{classify(para, toks, i+b, j, "", lx)} // "President of Chechnya" names the place
	}
	if b == len(run)-1 && (placeHeads[run[b].low] || lx.orgHeads[run[b].low]) {
		return []cand{classify(para, toks, i, j, "", lx)} // "King County": no king, and no one named County
	}
	var out []cand
	role := joinText(run[:b])
	if a > 1 && run[a-1].low == "of" {
		role = joinText(run[a:b]) // "the Cabinet of Prime Minister Brian Mulroney": his office is the title
	}
	if i > 0 && toks[i-1].low == "former" && toks[i-1].word {
		role = "former " + role // "former FBI Director James Comey" is not the director
	}
	if a > 0 && !allDemonyms(run[:a], lx) {
		out = append(out, classify(para, toks, i, i+a, "", lx))
	}
	c := classify(para, toks, i+b, j, role, lx)
	return append(out, c)
}

// roleSpan finds the title inside a run: run[a:b] are title words with a head title
// among them, and a name follows. It returns b = -1 when there is none.
func roleSpan(run []token, lx *lexicon) (int, int) {
	for a := 0; a < len(run); a++ {
		if !lx.titles[run[a].low] || run[a].low == "of" {
			continue
		}
		b, head := a, false
		for b < len(run) && (lx.titles[run[b].low] || run[b].low == "of") {
			head = head || lx.heads[run[b].low]
			b++
		}
		// After "of", a title word names a field ("Bureau of Justice Statistics") unless a
		// first name follows ("Cabinet of Prime Minister Brian Mulroney").
		if a > 0 && run[a-1].low == "of" && !(b < len(run) && isFirstName(run[b].text)) {
			continue // a later title of the span may still open a role
		}
		if head && b < len(run) && !(b-a == 1 && commonTitles[run[a].low] && !isFirstName(run[b].text)) && !shoutedHonorific(run[a:b], run[b]) {
			return a, b
		}
		a = b
	}
	return 0, -1
}

// shoutedHonorific reports whether a role is "MS", "MR" or "DR" in capitals before a
// name that is not, which is no honorific but an acronym ("MS Word"); in a line in
// capitals ("MR SMITH") it is the honorific.
func shoutedHonorific(role []token, next token) bool {
	if len(role) != 1 {
		return false
	}
	t := role[0].text
	return (t == "MS" || t == "MR" || t == "DR" || t == "MRS") && strings.ToUpper(next.text) != next.text
}

// commonTitles are roles that are also common nouns opening the names of things: alone
// before a name they are its role only when a known first name follows ("Star George
// Clooney", but "Star Wars Celebration", "Guard Tower", "Veteran Affairs").
var commonTitles = map[string]bool{"star": true, "guard": true, "forward": true, "champion": true,
	"player": true, "rookie": true, "veteran": true, "boss": true, "whip": true, "parent": true,
	"owner": true, "designer": true, "producer": true, "publisher": true, "banker": true,
	"investor": true, "promoter": true, "nurse": true, "doctor": true}

// officeOfThe reports whether a run follows a title, "of" and "the" and opens with the
// rest of the office before a first name ("Secretary of the Interior Bruce Babbitt",
// whose run is "Interior Bruce Babbitt"), and returns the office.
func officeOfThe(toks []token, i, j int, lx *lexicon) (string, bool) {
	if i < 3 || j-i < 3 || toks[i-1].low != "the" || toks[i-2].low != "of" || !lx.titles[toks[i-3].low] ||
		!isFirstName(toks[i+1].text) || isFirstName(toks[i].text) {
		return "", false
	}
	return joinText(toks[i-3 : i+1]), true
}

// descriptorLead returns how many capitalised words that describe a person open a run
// before a first name and a surname ("Wine Brat" of "Wine Brat Jeff Bundschu",
// "Freshman" of "Freshman Billy McClure", "Police Commissioner" of "Police Commissioner
// Robert Manumba"), or 0, and whether a title is among them (the words are then the
// person's role). Each must be a title or a word the story also writes in lower case
// (or its plural: "wine brats"), and no first name or particle: "San Luis Obispo" and
// "Avin Mark Domnitz" are no such runs.
func descriptorLead(run []token, lowCount map[string]int, lx *lexicon) (int, bool) {
	if last := run[len(run)-1].low; placeHeads[last] || lx.orgHeads[last] || lowerPlaceNouns[last] {
		return 0, false // "White House Rose Garden"
	}
	titled := false
	for f := 1; f+1 < len(run); f++ {
		t := run[f-1]
		if !t.capital || lx.orgHeads[t.low] {
			return 0, false // "National Research Center for Marine ...": an organisation's name
		}
		if lx.titles[t.low] {
			titled = true
		} else if isFirstName(t.text) || lx.particles[t.low] || strings.HasSuffix(t.text, ".") || known(t) ||
			lowCount[t.low] == 0 && lowCount[t.low+"s"] == 0 {
			return 0, false
		}
		if isFirstName(run[f].text) {
			return f, titled
		}
	}
	return 0, false
}

// demonymLead returns how many words of nationality or party ("South African",
// "Republican") open a run before a first name and a surname, or 0.
func demonymLead(run []token, lx *lexicon) int {
	f := 0
	for f < len(run) && (lx.demonyms[run[f].low] || placeAdjective(run[f].text) || compass[run[f].low] && f+1 < len(run) && lx.demonyms[run[f+1].low]) {
		f++
	}
	if f == 0 || f+1 >= len(run) || !isFirstName(run[f].text) {
		return 0
	}
	return f
}

var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// allDemonyms reports whether the words before a role only qualify it: nationalities
// and title words ("Russian", "Acting Russian" of "Acting Russian President Vladimir
// Putin"), no organisation of their own.
func allDemonyms(ts []token, lx *lexicon) bool {
	for _, t := range ts {
		if !lx.demonyms[t.low] && !placeAdjective(t.text) && !(lx.titles[t.low] && t.low != "of") {
			return false
		}
	}
	return true
}

func joinText(ts []token) string {
	var b strings.Builder
	for k, t := range ts {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func joinLow(ts []token) string { return strings.ToLower(joinText(ts)) }

// capitalEnd returns the length of a name's tokens without the joiners in lower case a
// cut left at its end ("Centers for Disease Control and"); the first token always stays.
func capitalEnd(ts []token) int {
	n := len(ts)
	for n > 1 && !ts[n-1].capital {
		n--
	}
	return n
}

// headlineEnd cuts a run of a title-case line at the first word the story also writes
// in lower case.
func headlineEnd(toks []token, i, j int, lowCount map[string]int) int {
	for k := i + 1; k < j; k++ {
		if lowCount[toks[k].low] > 0 && !known(toks[k]) {
			return i + capitalEnd(toks[i:k]) // a joiner left at the end: "Control and"
		}
	}
	return j
}

// notName reports whether a capitalised word cannot be part of a name: a contraction
// ("Won't", "I'm"), an adjective compound ("Obama-era") or a temperature scale.
func notName(low string) bool {
	if strings.HasSuffix(low, "n't") || strings.HasSuffix(low, "n’t") ||
		strings.HasPrefix(low, "i'") || strings.HasPrefix(low, "i’") {
		return true
	}
	return hyphenAdjective(low) || temperatureScales[low]
}

// temperatureScales are units, never names ("75 degrees Fahrenheit").
var temperatureScales = map[string]bool{"fahrenheit": true, "celsius": true, "centigrade": true}

// numberedNouns label a numbered part or measure ("Proposition 187", "Section 8",
// "Schedule II", "Chapter 11"): with its number it names a law, a rule or a part of a
// text, which this package does not annotate.
var numberedNouns = map[string]bool{"proposition": true, "section": true, "schedule": true,
	"title": true, "article": true, "chapter": true, "amendment": true, "measure": true,
	"initiative": true, "phase": true, "stage": true, "level": true, "category": true,
	"class": true, "grade": true, "type": true, "rule": true, "exhibit": true}

// numbered reports whether toks[i] is one of numberedNouns before a number.
func numbered(toks []token, i int) bool {
	if !numberedNouns[toks[i].low] || i+1 >= len(toks) {
		return false
	}
	next := toks[i+1].text
	return digits(next) || len(next) <= 4 && romanNumeral(next)
}

// numberWords are numbers written out, which open no name unless a capitalised word
// other than a people's follows ("Thirty percent", "Thirty Texans").
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true,
	"six": true, "seven": true, "eight": true, "nine": true, "ten": true, "eleven": true,
	"twelve": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	"sixty": true, "seventy": true, "eighty": true, "ninety": true, "hundred": true,
	"thousand": true, "million": true, "billion": true, "dozens": true, "hundreds": true,
	"thousands": true, "millions": true}

// scaleLetter reports whether toks[i] is the letter of a temperature scale after a
// number or "degrees" ("30 C", "86 degrees F").
func scaleLetter(toks []token, i int) bool {
	t := toks[i].text
	if t != "C" && t != "F" || i == 0 {
		return false
	}
	prev := toks[i-1].low
	return prev == "degrees" || prev == "degree" || prev != "" && prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9'
}

// capsEnd returns the end of the run of capitalised words from toks[k], across
// possessives ("State's Attorney's Office").
func capsEnd(toks []token, k int) int {
	for k < len(toks) && toks[k].word && toks[k].capital {
		k++
	}
	return k
}

// possWords may end in a possessive inside an organisation's name ("Women's Tennis
// Association", "Alzheimer's Association"); so may title words ("U.S. Attorney's
// Office") and a saint's name ("St. Mary's Church").
var possWords = map[string]bool{"women": true, "men": true, "children": true, "people": true,
	"veterans": true, "workers": true, "farmers": true, "alzheimer": true, "parkinson": true,
	"writers": true, "teachers": true, "states": true}

// possJoins reports whether the possessive toks[j-1] is inside an organisation's name:
// a title word or one of possWords, followed by capitalised words ending in an
// organisation head.
func possJoins(toks []token, i, j int, lx *lexicon) bool {
	w := toks[j-1].low
	saint := toks[i].low == "st." || toks[i].low == "saint"
	if !lx.titles[w] && !possWords[w] && !saint {
		return false
	}
	end := capsEnd(toks, j)
	if end > j && possWords[w] && j-1 == i && i > 0 && toks[i-1].low == "the" {
		return true // "the Children's Bridge", "the People's Daily"
	}
	last := toks[max(end-1, 0)].low
	return end > j && (lx.orgHeads[last] || lx.titles[w] && (lx.outletHeads[last] || placeHeads[last]) || // "Publisher's Weekly", "the Governor's Mansion"
		w == "people" && toks[j].low == "republic") // "People's Republic of China"
}

// ordinalOrg reports whether toks[i] is an ordinal opening an organisation's name
// ("Third Circuit", "First Lutheran Church").
func ordinalOrg(toks []token, i int, lx *lexicon) bool {
	switch toks[i].low {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh":
		end := capsEnd(toks, i+1)
		return end > i+1 && lx.orgHeads[toks[end-1].low]
	}
	return false
}

// subject reports whether toks[j] is a verb that a person does ("Beyoncé thanked"), so
// that a lone capitalised word opening a sentence is kept as a name. Plurals
// ("Analysts said") are common nouns.
func subject(toks []token, j int, lx *lexicon) bool {
	return j < len(toks) && lx.personVerbs[toks[j].low] && !strings.HasSuffix(toks[j-1].low, "s")
}

// ranked reports whether a name is followed by a rank ("Public Enemy No. 1"): a label,
// not an entity.
func ranked(toks []token, i, j int) bool {
	for k := i + 1; k <= j && k < len(toks); k++ {
		if toks[k].text != "No." && toks[k].text != "No" {
			continue
		}
		if isPlace(joinText(toks[i:k])) {
			return false // "the Beijing No. 4 Middle School"
		}
		n := k + 1
		if n < len(toks) && toks[n].text == "." {
			n++
		}
		return n < len(toks) && toks[n].text[0] >= '0' && toks[n].text[0] <= '9'
	}
	return false
}

// phenomena are capitalised words this package does not annotate: none is a person, an
// organisation, a place or an outlet. They are names of weather, the names of God and
// of scriptures, acronyms of diseases and of common things, time zones, the wire's end
// mark, and words written capitalised by custom ("the Net", "T-shirts").
var phenomena = map[string]bool{"el nino": true, "la nina": true, "el niño": true, "la niña": true,
	"god": true, "allah": true, "bible": true, "koran": true, "quran": true, "torah": true,
	"aids": true, "hiv": true, "dna": true, "rna": true, "adhd": true, "sars": true, "ptsd": true,
	"mri": true, "gdp": true, "edt": true, "est": true, "pst": true, "pdt": true, "cst": true,
	"cdt": true, "gmt": true, "nnnn": true, "ok": true, "p.o.": true, "net": true, "web": true,
	"t-shirt": true, "t-shirts": true, "world wide web": true, "world wide": true}

// romanNumeral reports whether w is a Roman numeral in capitals ("II", "XXXIV").
func romanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}

// notEntity are the last words of names this package does not annotate: prizes, events,
// trophies, currencies, wars and eras ("Pritzker Prize", "Super Bowl", "U.S. Dollars",
// "Cold War", "Industrial Revolution", "Ice Age").
var notEntity = map[string]bool{"prize": true, "prizes": true, "award": true, "awards": true,
	"bowl": true, "cup": true, "trophy": true, "medal": true, "championship": true,
	"championships": true, "olympics": true, "games": true, "war": true, "wars": true,
	"revolution": true, "age": true, "dollars": true, "dollar": true, "euros": true,
	"day": true} // holidays: "Labor Day", "Mother's Day"

// allTitles reports whether a run is only title words ("Assistant State"), unless it is
// a known organisation ("Labour").
func allTitles(run []token, lx *lexicon) bool {
	if lx.orgs[joinLow(run)] {
		return false
	}
	for _, t := range run {
		if !lx.titles[t.low] {
			return false
		}
	}
	return len(run) > 1
}

// shoutedWord reports whether a word in capitals is a common word shouted, not an
// acronym: the story also writes it in lower case ("ART IS AVAILABLE WITH EVERY STORY",
// "RECRUITING THE YOUNG"), and the word lists do not know it.
func shoutedWord(t token, lowCount map[string]int) bool {
	return len(t.text) >= 4 && strings.ToUpper(t.text) == t.text && lowCount[t.low] > 0 && !known(t)
}

// titleQuotes marks the tokens inside quotation marks whose words are written as a
// title is, each of four letters or more capitalised (a quoted headline, "Flawed Trials
// Lead to Death Chamber; Bush Confident in System", or a book's title), or returns nil
// when the paragraph has none. In such a title every word is capitalised, so its runs
// of capitals are no names unless known (knownRun).
func titleQuotes(toks []token) []bool {
	var marks []bool
	open := -1
	for k, t := range toks {
		switch {
		case t.text == "“" || t.text == "\"" && open < 0:
			open = k
		case (t.text == "”" || t.text == "\"") && open >= 0:
			if titleLike(toks[open+1 : k]) {
				if marks == nil {
					marks = make([]bool, len(toks))
				}
				for m := open + 1; m < k; m++ {
					marks[m] = true
				}
			}
			open = -1
		}
	}
	return marks
}

// titleLike reports whether a quotation's words read as a title: at least three words
// of four letters or more, all capitalised.
func titleLike(toks []token) bool {
	long := 0
	for _, t := range toks {
		if t.word && len(t.low) > 3 {
			if !t.capital {
				return false
			}
			long++
		}
	}
	return long >= 3
}

// knownRun reports whether a run is a name the word lists know: a place (or a place's
// formal name, "Bolivarian Republic of Venezuela"), an organisation or an outlet, or a
// person's first name and more.
func knownRun(run []token, lx *lexicon) bool {
	full := joinLow(run)
	return isPlace(joinText(run)) || extraPlaces[full] || placeOfPlace(run) || lx.orgs[full] || lx.outlets[full] ||
		len(run) > 1 && isFirstName(run[0].text)
}

// quotedTitle reports whether toks[i:j] lies inside a quoted title such as
// "Killers of the Flower Moon" or "The Untouchables": the name ends at the closing
// quote, and only capitalised or function words lie between it and the opening quote.
func quotedTitle(toks []token, i, j int) bool {
	if j >= len(toks) || (toks[j].text != "\"" && toks[j].text != "”") {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch t := toks[k]; {
		case t.text == "\"" || t.text == "“":
			return true
		case !t.word || !t.capital && len(t.low) > 3:
			return false
		}
	}
	return false
}

// particleStart reports whether toks[i] is a name particle opening a surname
// ("Von der Leyen" at the start of a sentence).
func particleStart(toks []token, i int, lx *lexicon) bool {
	return lx.particles[toks[i].low] && i+1 < len(toks) && (toks[i+1].capital || lx.particles[toks[i+1].low])
}

// possOrgAhead reports whether the capitalised words from toks[j] make an organisation
// with a possessive inside ("U.S. Attorney's Office").
func possOrgAhead(toks []token, j int, lx *lexicon) bool {
	end := capsEnd(toks, j)
	for k := j; k < end-1; k++ {
		if toks[k].possessive {
			return lx.orgHeads[toks[end-1].low]
		}
	}
	return false
}

// product reports whether the name toks[i:j], after an article, is followed by a model
// number or code ("a Boeing 767", "an Airbus A340", "the Long March 3B"), or ends in a
// code before one ("a Swissair MD-11").
func product(toks []token, i, j int) bool {
	if carModel(toks[i:j]) {
		return true // "Plymouth Neon", "the 1996 Isuzu Trooper II"
	}
	if i == 0 || !article(toks[i-1].low) {
		return false
	}
	if modelCode(toks[j-1].text) && j-i > 1 {
		return true // "an Airbus A340"
	}
	return j < len(toks) && modelCode(toks[j].text)
}

// carMakers are makers of cars whose name before another capitalised word names a model
// ("Toyota Corolla", "Jeep Grand Cherokee"), unless that word makes a body or a place of
// it ("Ford Motor Co.", "Ford Foundation", "Lincoln Center").
// Makers whose name is also a given name (Lincoln Chafee, Mercedes Ruehl, Chevy Chase)
// are left out.
var carMakers = map[string]bool{"ford": true, "toyota": true, "honda": true, "nissan": true,
	"chevrolet": true, "dodge": true, "jeep": true, "plymouth": true, "chrysler": true,
	"buick": true, "cadillac": true, "pontiac": true, "oldsmobile": true, "mazda": true,
	"mitsubishi": true, "subaru": true, "suzuki": true, "isuzu": true, "kia": true,
	"hyundai": true, "volkswagen": true, "audi": true, "bmw": true, "mercedes-benz": true,
	"porsche": true, "volvo": true, "saab": true, "lexus": true, "acura": true, "infiniti": true}

// carModel reports whether a run is a car maker and a model: a product, no entity.
func carModel(run []token) bool {
	if len(run) < 2 || len(run) > 4 || !carMakers[run[0].low] {
		return false
	}
	lx := lex()
	for _, t := range run[1:] {
		if lx.orgHeads[t.low] || lx.corporate[t.low] || placeHeads[t.low] || notModels[t.low] || isPlace(t.text) || lx.suffixes[t.low] && len(run) == 2 {
			return false
		}
	}
	return !lx.orgs[joinLow(run)] && !isFirstName(run[1].text)
}

// notModels make a maker's name a company's or a place's ("Volvo Cars", "Nissan North
// America", "Plymouth Colony").
var notModels = map[string]bool{"cars": true, "trucks": true, "north": true, "south": true,
	"america": true, "american": true, "colony": true, "credit": true, "financial": true}

// codeEnd reports whether a run ends in a short code in capitals that a number follows
// after a hyphen ("Swissair MD" of "a Swissair MD-11"): the code and the number are the
// product, the words before it its maker.
func codeEnd(toks []token, i, j int) bool {
	last := toks[j-1]
	return j-i > 1 && shouted(toks[j-1:j]) && len(last.text) <= 3 && j+1 < len(toks) && toks[j].text == "-" && digits(toks[j+1].text)
}

// modelCode reports whether w is a model number or code: three digits or more but not
// a year ("767", not "1984"), or letters and digits mixed ("A340", "3B", "DC10").
func modelCode(w string) bool {
	if len(w) == 4 && (w[0] == '1' || w[0] == '2') && digits(w) {
		return false
	}
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		case r != '-':
			return false
		}
	}
	return digits >= 3 && letters == 0 || digits > 0 && letters > 0 && letters <= 3
}

// article reports whether a lower-cased word is an article.
func article(low string) bool { return low == "a" || low == "an" || low == "the" }

// orgPrefix returns the length of the company a run opens with when one word follows
// it: a company whose name ends in a word of companies ("British Airways" of "British
// Airways Concorde", "Continental Airlines" of "Continental Airlines DC10"), or 0. The
// caller asks only after an article ("a British Airways Concorde", but "Warner Bros.
// Discovery"). A known organisation is not enough: "the White House Rose Garden".
func orgPrefix(run []token, lx *lexicon) int {
	p := len(run) - 1
	if p >= 2 && lx.orgHeads[run[p-1].low] && !lx.orgHeads[run[p].low] {
		return p
	}
	return 0
}

// titledOrg returns how many title words open a run that is otherwise a known
// organisation ("Deputy White House" in "Deputy White House press secretary"), or 0.
func titledOrg(run []token, lx *lexicon) int {
	for k := 0; k < len(run)-1 && lx.titles[run[k].low]; k++ {
		if lx.orgs[joinLow(run[k+1:])] {
			return k + 1
		}
	}
	return 0
}
