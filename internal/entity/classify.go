package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity kinds.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Outlet       = "outlet"
)

// extraPlaces are places the generated tables lack: regions, continents and the short
// forms news writes for countries.
var extraPlaces = map[string]bool{"u.s.": true, "us": true, "usa": true, "u.k.": true,
	"uk": true, "britain": true, "great britain": true, "england": true, "scotland": true,
	"wales": true, "europe": true, "asia": true, "africa": true, "middle east": true,
	"latin america": true, "south america": true, "north america": true, "gaza": true,
	"west bank": true, "crimea": true, "donbas": true, "kashmir": true, "silicon valley": true,
	"wall street": true, "d.c.": true, "capitol hill": true, "washington": true, "russia": true,
	"iran": true, "syria": true, "north korea": true, "south korea": true, "taiwan": true,
	"vietnam": true, "bolivia": true, "venezuela": true, "tanzania": true, "moldova": true,
	"the hague": true, "hong kong": true, "new york": true, "new york city": true,
	"los angeles": true, "brooklyn": true, "manhattan": true, "queens": true, "bronx": true,
	"pacific": true, "turkey": true, "brussels": true, "damascus": true, "mumbai": true,
	"ahmedabad": true, "kyiv": true, "kiev": true, "beirut": true, "tehran": true, "baghdad": true,
	"kabul": true, "riyadh": true, "dubai": true, "doha": true, "ankara": true, "istanbul": true,
	"sochi": true, "geneva": true, "davos": true, "atlantic": true, "mediterranean": true, "balkans": true, "baltics": true, "soviet union": true}

// classify names the kind of toks[i:j]. role is a title found before the name.
func classify(para int, toks []token, i, j int, role string, lx *lexicon) cand {
	run := toks[i:j]
	c := cand{para: para, start: run[0].start, end: run[len(run)-1].end, toks: run, role: role, sure: true, first: i}
	c.afterPrep = i > 0 && lx.placePreps[toks[i-1].low]
	c.afterArt = i > 0 && article(toks[i-1].low)
	// "in the Cotswolds", but not "from the Galileo spacecraft"
	c.placed = i > 0 && locatives[toks[i-1].low] || c.afterArt && i > 1 && locatives[toks[i-2].low]
	c.typed = thingBefore(toks, i) ||
		j < len(toks) && toks[j].word && !toks[j].capital && namedThings[toks[j].low] && !toks[j-1].possessive
	full := joinLow(run)
	last := run[len(run)-1].low
	prevLow := ""
	if i > 0 {
		prevLow = toks[i-1].low
	}
	c.src = sourceCue(toks, i, j)
	switch {
	case lx.outlets[full] || (prevLow == "the" && lx.outlets["the "+full]):
		c.kind = Outlet
	case c.src && (lx.sourceOutlets[full] || prevLow == "the" && lx.sourceOutlets["the "+full]):
		c.kind = Outlet
	case lx.orgs[full]:
		c.kind = Organization
	case run[len(run)-1].possessive && lx.orgs[full+"'s"]:
		c.kind, c.end = Organization, run[len(run)-1].pend
	case lx.outletHeads[lastPart(last)] && len(run) > 1 && !lx.orgHeads[run[0].low], outletOf(run, lx):
		c.kind = Outlet
	case role != "" || (lx.titles[prevLow] && lx.heads[prevLow] && !toks[i-1].possessive && !loneHead(toks, i, lx) || lowerRole(toks, i, lx) != "") && !knownPlace(run, full):
		// (a lower-case title word before a known place is a verb: "to whip Russia into shape")
		// (a title's possessive owns the name after it: "the Governor's Mansion")
		c.kind = Person
		if role == "" {
			c.role = lowerRole(toks, i, lx)
		}
	case len(run) > 1 && isFirstName(run[0].text) && j < len(toks) && lx.personVerbs[toks[j].low] && !lx.orgHeads[last]:
		c.kind, c.byFirst = Person, true // a first name and a verb of persons: "Malcolm Field said"
	// a gazetteer's place; a compass word and one ("South Florida"); a dateline
	// ("GONESSE, France (AP)")
	case knownPlace(run, full) || celestial[full] || lx.states[full] || shoutedPlace(run) || placeCity(run),
		len(run) == 2 && compass[run[0].low] && (isPlace(run[1].text) || extraPlaces[run[1].low]),
		shouted(run) && placeComma(toks, j, lx):
		c.kind = Place
	case len(run) > 1 && placeHeads[last] && !(run[0].possessive && possWords[run[0].low]) && !personAppositive(toks, j, lx), j < len(toks) && !toks[j].capital && lowerPlaceNouns[toks[j].low], placeOfPlace(run):
		c.kind = Place
	case lx.orgHeads[last] || strings.Contains(full, "&") || hasOrgStart(run, lx) || hasCorporate(run),
		len(run) > 1 && (run[0].low == "centre" || run[0].low == "center"):
		c.kind = Organization
	case acronym(run), bodyOfPlace(run, lx):
		c.kind = Organization
	case isFirstName(run[0].text) && len(run) > 1 && (prevLow != "in" || possessiveEnd(toks, j)) || hasParticle(run, lx) || len(run) > 1 && lx.suffixes[last]:
		// (but "in Ann Arbor" is left to guess, which places it)
		c.kind, c.byFirst = Person, true
	default:
		c.kind, c.sure = guess(toks, i, j, lx), false
	}
	if j < len(toks) && lx.lowerOrgHeads[toks[j].low] && !toks[j].capital && !run[len(run)-1].possessive && c.kind != Outlet && c.kind != Place {
		c.kind, c.sure, c.end, c.head = Organization, true, toks[j].end, toks[j].low
		return c
	}
	c.orgCue, c.sportCue = orgCue(toks, i, j, lx), sportCue(toks, i, j)
	return c
}

// possessiveEnd reports whether the name ending before toks[j] is a possessive,
// "Gonzalez's" or "Williams'".
func possessiveEnd(toks []token, j int) bool {
	return toks[j-1].possessive || j < len(toks) && (toks[j].text == "'" || toks[j].text == "’") && strings.HasSuffix(toks[j-1].low, "s")
}

// knownPlace reports whether the gazetteers know a run, written as full, as a place.
func knownPlace(run []token, full string) bool { return isPlace(joinText(run)) || extraPlaces[full] }

// placeOfPlace reports whether a name is a place's formal name: a word such as
// "Republic" or "Kingdom", "of", and a place ("People's Republic of China", "Kingdom of
// Saudi Arabia", "City of London"). A judicial district is its court's.
func placeOfPlace(run []token) bool {
	for k := 1; k+1 < len(run); k++ {
		if run[k].low == "of" && placeStarts[run[k-1].low] && run[k-1].low != "district" { // a court's "Southern District of New York"
			return isPlace(joinText(run[k+1:]))
		}
	}
	return false
}

// locatives put a name where something is ("in the Cotswolds"), unlike "from" and
// "to", which also come before things ("data from the Galileo spacecraft").
var locatives = map[string]bool{"in": true, "at": true, "near": true, "across": true, "inside": true,
	"outside": true, "throughout": true, "around": true}

// thingBefore reports whether the words before toks[i] say that a thing's name follows:
// a noun of things ("the painkiller Dolvarex", "the film Titanic"), one and "called" or
// "named" ("a widely used medicine called Adderall"), or its plural and "such as",
// "like" or "including" ("drugs such as Ritalin").
func thingBefore(toks []token, i int) bool {
	lower := func(k int) string {
		if k < 0 || !toks[k].word || toks[k].capital {
			return ""
		}
		return toks[k].low
	}
	plural := func(w string) bool { return strings.HasSuffix(w, "s") && thingNouns[w[:len(w)-1]] }
	switch prev := lower(i - 1); {
	case thingNouns[prev]:
		return true
	case prev == "called" || prev == "named":
		return thingNouns[lower(i-2)] || thingNouns[lower(i-3)] && lower(i-2) != ""
	case prev == "as" && lower(i-2) == "such":
		return plural(lower(i - 3))
	case prev == "like" || prev == "including":
		return plural(lower(i - 2))
	}
	return false
}

// thingNouns name kinds of things; a name right after one is a thing's ("the
// painkiller Dolvarex", "the film Titanic").
var thingNouns = map[string]bool{"drug": true, "painkiller": true, "medication": true, "medicine": true,
	"stimulant": true, "antidepressant": true, "anti-depressant": true, "antibiotic": true,
	"tranquilizer": true, "sedative": true, "steroid": true,
	"pill": true, "vaccine": true, "probe": true, "spacecraft": true, "satellite": true, "rocket": true,
	"orbiter": true, "lander": true, "rover": true, "telescope": true, "submarine": true, "ship": true,
	"vessel": true, "tanker": true, "aircraft": true, "airliner": true, "jet": true, "plane": true,
	"virus": true, "worm": true, "software": true, "hurricane": true, "typhoon": true, "cyclone": true,
	"storm": true, "film": true, "movie": true, "novel": true, "album": true, "song": true, "sedan": true}

// namedThings are things whose name comes before them too ("the Melissa virus", "the
// Kursk submarine"), unlike a maker's or an author's ("the Boeing jet", "the Spielberg
// film").
var namedThings = map[string]bool{"virus": true, "worm": true, "probe": true, "spacecraft": true,
	"submarine": true, "hurricane": true, "typhoon": true, "cyclone": true, "prescriptions": true,
	"tablets": true, "capsules": true, "pills": true}

// romanceArticles open names of places, weather and papers, not of people ("El Nino",
// "La Nina", "Le Monde").
var romanceArticles = map[string]bool{"el": true, "la": true, "los": true, "las": true, "le": true, "les": true}

// guess decides an unknown name's kind from the words around it.
func guess(toks []token, i, j int, lx *lexicon) string {
	prev, next := "", ""
	if i > 0 {
		prev = toks[i-1].low
	}
	if j < len(toks) {
		next = toks[j].low
	}
	// (a preposition before a possessive governs the thing owned: "outside Lazaro
	// Gonzalez's home")
	// (a first name after "in" opens a place's name: "a school in Ann Arbor")
	afterPrep := (lx.placePreps[prev] || prev == "the" && i > 1 && lx.placePreps[toks[i-2].low]) &&
		(j-i == 1 || (!isFirstName(toks[i].text) || prev == "in") && !possessiveEnd(toks, j))
	switch {
	case (article(prev) && j-i == 1 || lx.demonyms[toks[i].low] || j-i > 1 && romanceArticles[toks[i].low]) && !afterPrep:
		return Organization // "the Concorde's", "British Concordes": a person is named without an article, and not by a nationality
	case lx.personVerbs[next] || toks[j-1].possessive && j-i == 1 && next != "",
		kin[prev] || prev == "," && i > 1 && kin[toks[i-2].low]:
		return Person // "his wife, Bina,", "her son Parker"
	case afterPrep, townOf(toks, i, j), placeComma(toks, j, lx) && !isFirstName(toks[i].text), placeAppositive(toks, j):
		return Place
	case j-i > 1 && demonymPlural(toks[j-1], lx):
		return Organization // "Log Cabin Republicans", "San Manuel Indians": a group
	case j-i > 1 && (instruments[toks[j-1].low] || schemes[toks[i].low]):
		return Organization // "Hague Convention", "Clean Water Act", "Project Exile": no person
	case j-i > 1 && (lx.demonyms[toks[j-1].low] && !compass[toks[j-1].low] && toks[j-1].low != "new" || lx.orgs[toks[i].low]):
		return Organization // "House Republican leaders"; "Microsoft Outlook": a company's
	case j-i > 1 && !anyPlace(toks[i:j]) && !(shouted(toks[j-1:j]) && !lx.suffixes[toks[j-1].low]):
		return Person // but "Continental DC", "Concorde Flight AF" end in a code
	}
	return Organization
}

// instruments end the names of laws and treaties, and schemes open the names of
// programmes and operations; neither names a person.
var (
	instruments = map[string]bool{"convention": true, "treaty": true, "accord": true, "accords": true,
		"act": true, "amendment": true, "protocol": true, "agreement": true, "charter": true,
		"declaration": true, "doctrine": true, "plan": true, "initiative": true}
	schemes = map[string]bool{"project": true, "operation": true, "program": true, "programme": true}
)

// placeCity reports whether a name is a place and "City" ("Oklahoma City", "Quebec
// City"): the city, unless the story shows a team ("Manchester City beat Chelsea", which
// the sports cues settle).
func placeCity(run []token) bool {
	return len(run) > 1 && run[len(run)-1].low == "city" && isPlace(joinText(run[:len(run)-1]))
}

// personAppositive reports whether the name before toks[j] is followed by a description
// of a person: a comma, an article and, within four words, a title, a word of family or
// a noun of people ("Won Park, a watercolor artist who flew in"). Such a name is no
// park or street, whatever its last word.
func personAppositive(toks []token, j int, lx *lexicon) bool {
	if j+2 >= len(toks) || toks[j].text != "," || !article(toks[j+1].low) {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6 && toks[k].word && !toks[k].capital; k++ {
		if l := toks[k].low; lx.titles[l] || kin[l] || peopleNouns[l] {
			return true
		}
	}
	return false
}

// peopleNouns are nouns of people that are no titles.
var peopleNouns = map[string]bool{"artist": true, "student": true, "resident": true, "worker": true,
	"teacher": true, "farmer": true, "writer": true, "author": true, "activist": true, "lawyer": true,
	"scientist": true, "researcher": true, "analyst": true, "expert": true, "man": true, "woman": true,
	"boy": true, "girl": true, "volunteer": true, "fan": true} // (player, veteran: titles)

// kin are the words of family before a relative's name ("his wife, Bina").
var kin = map[string]bool{"wife": true, "husband": true, "son": true, "daughter": true,
	"mother": true, "father": true, "brother": true, "sister": true, "widow": true,
	"grandson": true, "granddaughter": true, "nephew": true, "niece": true, "cousin": true,
	"fiancee": true, "fiance": true, "girlfriend": true, "boyfriend": true, "partner": true}

// settlements name a place in "the town of Gonesse" or "the counties of Miyun and
// Shunyi".
var settlements = map[string]bool{"town": true, "city": true, "village": true, "suburb": true,
	"hamlet": true, "port": true, "township": true, "municipality": true, "borough": true,
	"community": true, "county": true, "province": true, "prefecture": true, "towns": true, "cities": true,
	"villages": true, "suburbs": true, "counties": true, "provinces": true, "townships": true}

// townOf reports whether the name toks[i:j] follows "town of", "village of" and the like,
// itself or as a later name of a list after one ("the counties of Miyun and Shunyi"). A
// name after a comma is in a list only when another follows it ("the provinces of
// Shanxi, Hebei and Jilin", but not "the city of Arusha Thursday, Adadi Rajabu, director").
func townOf(toks []token, i, j int) bool {
	k := i
	joiner := func(t token) bool { return t.word && t.low == "and" || !t.word && t.text == "," }
	if k > 1 && !toks[k-1].word && joiner(toks[k-1]) && !(j+1 < len(toks) && joiner(toks[j]) && toks[j+1].capital) {
		return false
	}
	for n := 0; n < 4 && k > 1 && joiner(toks[k-1]); n++ {
		m := k - 1
		for m > 0 && toks[m-1].word && toks[m-1].capital {
			m--
		}
		if m == k-1 {
			return false // no name before the "and"
		}
		k = m
	}
	return k > 1 && toks[k-1].low == "of" && (settlements[toks[k-2].low] || compassWords[toks[k-2].low])
}

// compassWords place a name in "four miles east of Shiprock".
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true}

// placeAppositive reports whether the name before toks[j] is followed by a comma, an
// article and, within four words, a noun of settlements that heads the phrase ("Xi'an, a
// grimy industrial city that ..."; not "Won Park, a former airport worker").
func placeAppositive(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," || !article(toks[j+1].low) {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6 && toks[k].word && !toks[k].capital; k++ {
		if !settlements[toks[k].low] && !(lowerPlaceNouns[toks[k].low] && !strings.HasSuffix(toks[k].low, "s")) {
			continue
		}
		return k+1 == len(toks) || !toks[k+1].word || phraseEnds[toks[k+1].low]
	}
	return false
}

// phraseEnds are words after which a noun phrase has ended: relatives and prepositions.
var phraseEnds = map[string]bool{"that": true, "which": true, "where": true, "whose": true,
	"of": true, "in": true, "on": true, "near": true, "with": true, "famed": true,
	"known": true, "famous": true, "located": true, "about": true, "some": true}

// placeComma reports whether the name ending before toks[j] is followed by a comma and
// a country or state the gazetteers know, then no more name: "GONESSE, France (AP)",
// "Peach Springs, Ariz.", but not "Joe Barton, Texas Republican".
func placeComma(toks []token, j int, lx *lexicon) bool {
	if j+1 >= len(toks) || toks[j].text != "," || !toks[j+1].capital {
		return false
	}
	if !isPlace(toks[j+1].text) && !lx.states[toks[j+1].low] {
		return false
	}
	return j+2 >= len(toks) || !toks[j+2].capital
}

// lowerRole returns the lower-case title words just before toks[i] ("chief executive"
// in "chief executive Tim Cook"), or "".
func lowerRole(toks []token, i int, lx *lexicon) string {
	k := i
	for k > 0 && i-k < 4 && toks[k-1].word && !toks[k-1].capital && lx.titles[toks[k-1].low] && toks[k-1].low != "of" {
		k--
	}
	if k == i || !lx.heads[toks[i-1].low] || toks[i-1].possessive { // "the president's Office of Management and Budget"
		return ""
	}
	if loneHead(toks, i, lx) {
		return ""
	}
	return joinText(toks[k:i])
}

// demonymPlural reports whether a token is a plural of nationality or party
// ("Republicans", "Indians", "Canadians", "Tanzanians") or of a place's people
// ("Quebecers", "Londoners"; the singular "New Yorker" is a magazine).
func demonymPlural(t token, lx *lexicon) bool {
	n := len(t.low)
	if n <= 4 || t.low[n-1] != 's' {
		return false
	}
	stem, ers := strings.CutSuffix(t.text, "ers")
	// ("Texans", "Kansans": a place in -s and its people in -ns)
	ans, ns := strings.CutSuffix(t.text, "ns")
	return lx.demonyms[t.low[:n-1]] || placeAdjective(t.text[:len(t.text)-1]) || ers && len(stem) > 3 && isPlace(stem) ||
		ns && len(ans) > 3 && isPlace(ans+"s")
}

// loneHead reports whether the word before toks[i] is "general" or "head" without a
// title before it: "the general El Nino forecast", but "attorney general Jeff Sessions".
func loneHead(toks []token, i int, lx *lexicon) bool {
	if i == 0 || toks[i-1].low != "general" && toks[i-1].low != "head" {
		return false
	}
	return i < 2 || !lx.titles[toks[i-2].low] || toks[i-2].low == "of"
}

// outletOf reports whether a publication's head comes before an "of" in the name
// ("Journal of Ethnopharmacology", "The Times of Trenton").
func outletOf(run []token, lx *lexicon) bool {
	for k := 0; k+2 < len(run); k++ {
		if lx.outletHeads[run[k].low] && run[k+1].low == "of" {
			return true
		}
	}
	return false
}

// hasOrgStart reports whether an organisation word comes before an "of" in the name
// ("Bank of America", "Press Trust of India").
func hasOrgStart(run []token, lx *lexicon) bool {
	for k := 1; k+1 < len(run); k++ {
		if (run[k].low == "of" || run[k].low == "for" || run[k].low == "on") && (lx.orgStarts[run[k-1].low] || lx.orgHeads[run[k-1].low]) {
			return true
		}
	}
	return false
}

// placeHeads end the name of a street, park, region or body of water.
var placeHeads = map[string]bool{"avenue": true, "road": true, "street": true, "park": true,
	"hemisphere": true, "garden": true, "gardens": true, "mansion": true,
	"sea": true, "ocean": true, "river": true, "lake": true, "mountains": true, "island": true,
	"islands": true, "bridge": true, "square": true, "county": true, "valley": true,
	"boulevard": true, "highway": true, "stadium": true, "airport": true, "province": true,
	"peninsula": true, "bay": true, "coast": true, "desert": true, "heights": true, "nou": true,
	"parkway": true, "glacier": true, "crater": true, "field": true, "palace": true, "grove": true,
	"hills": true, "springs": true, "falls": true, "beach": true, "creek": true, "ridge": true,
	"mountain": true, "canyon": true, "forest": true, "lane": true, "drive": true, "plaza": true,
	"hotel": true, "cathedral": true, "mosque": true, "temple": true, "basilica": true,
	"chapel": true, "castle": true, "tower": true}

// lowerPlaceNouns after a name make it a place ("the Marmolada glacier").
// Facilities named after people count too ("Charles de Gaulle airport", "Kennedy
// stadium").
var lowerPlaceNouns = map[string]bool{"glacier": true, "river": true, "mountain": true,
	"island": true, "islands": true, "lake": true, "valley": true, "volcano": true,
	"region": true, "province": true, "crater": true, "peninsula": true, "desert": true,
	"airport": true, "stadium": true, "station": true, "bridge": true, "tunnel": true,
	"square": true, "highway": true, "freeway": true, "expressway": true, "canal": true,
	"dam": true, "reservoir": true, "arena": true, "harbor": true, "harbour": true}

// corporate words inside a name make it a company ("Warner Bros. Discovery").
var corporate = map[string]bool{"inc.": true, "corp.": true, "bros.": true, "co.": true,
	"ltd": true, "ltd.": true, "plc": true, "llc": true, "holdings": true}

func hasCorporate(run []token) bool {
	for _, t := range run[:len(run)-1] {
		if corporate[t.low] {
			return true
		}
	}
	return false
}

func hasParticle(run []token, lx *lexicon) bool {
	for _, t := range run[1:] {
		if lx.particles[t.low] && !t.capital {
			return !bodyOfPlace(run, lx)
		}
	}
	return false
}

// bodyOfPlace reports whether a particle inside the run is followed by a known place:
// "Petroleos de Venezuela", "Banco de Mexico" name bodies, not people ("Charles de
// Gaulle").
func bodyOfPlace(run []token, lx *lexicon) bool {
	for k := 1; k+1 < len(run); k++ {
		if lx.particles[run[k].low] && !run[k].capital {
			return isPlace(joinText(run[k+1:]))
		}
	}
	return false
}

// acronym reports whether the name is a single all-capital word such as "NATO".
func acronym(run []token) bool {
	if len(run) != 1 {
		return false
	}
	letters := 0
	for _, r := range run[0].text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// anyPlace reports whether a word of the name is a place ("Oakdale Unified").
func anyPlace(run []token) bool {
	for _, t := range run {
		if isPlace(t.text) || extraPlaces[t.low] {
			return true
		}
	}
	return false
}

// lastPart returns the part of a hyphenated word after its last hyphen
// ("journal-register" gives "register").
func lastPart(w string) string {
	return w[strings.LastIndexByte(w, '-')+1:]
}

// shouted reports whether every word of a run is in capitals, as datelines and
// wire-service slugs write names ("ALBUQUERQUE, N.M."), so that the gazetteers are
// asked for the name as it is normally written.
func shouted(run []token) bool {
	for _, t := range run {
		if !t.word || strings.ToUpper(t.text) != t.text || len(t.text) < 2 {
			return false
		}
	}
	return true
}

// shoutedPlace reports whether a run in capitals is a place the gazetteers know as
// normally written ("WASHINGTON", "ALBUQUERQUE").
func shoutedPlace(run []token) bool {
	if !shouted(run) {
		return false
	}
	_, ok := gazetteerSpelling(joinText(run))
	return ok
}

// gazetteerSpelling returns a shouted name as the gazetteer writes the place, if it
// knows one: each word with a capital ("PEACH SPRINGS" is "Peach Springs"), or else
// with its inner particles and "of" in lower case ("DAR ES SALAAM" is "Dar es Salaam").
func gazetteerSpelling(s string) (string, bool) {
	t := titledText(s)
	if isPlace(t) {
		return t, true
	}
	lx := lex()
	words := strings.Split(t, " ")
	for k := 1; k < len(words)-1; k++ {
		if w := strings.ToLower(words[k]); lx.particles[w] || w == "of" {
			words[k] = w
		}
	}
	t = strings.Join(words, " ")
	return t, len(words) > 2 && isPlace(t)
}

// titledText writes the words of s with a capital and lower-case letters.
func titledText(s string) string {
	words := strings.Split(s, " ")
	for k, w := range words {
		_, n := utf8.DecodeRuneInString(w)
		words[k] = w[:n] + strings.ToLower(w[n:])
	}
	return strings.Join(words, " ")
}
