package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// storyCand is a recognised name with the index of its article in the story.
type storyCand struct {
	cand
	article int
	key     string
}

func (c *storyCand) surface() string {
	s := strings.TrimPrefix(joinLow(c.toks), "the ")
	if c.head != "" {
		s += " " + c.head
	}
	return s
}

// agree settles unsure kinds by the story: an unsure name takes the kind most of its
// sure mentions have, a single word that is the surname of a person named in full is
// that person, and a name guessed to be a person's that the story never shortens is not
// (see neverShort).
func agree(cs []storyCand) {
	votes := map[string]map[string]int{}
	surnames := map[string]bool{}
	placeFirst := placeFirstWords(cs)
	guessed := unsureMajority(cs)
	orgFirst := map[string]bool{} // first words of organisations named in full
	for _, c := range cs {
		if c.kind == Organization && c.sure && len(c.toks) > 1 {
			orgFirst[c.toks[0].low] = true
		}
	}
	for _, c := range cs {
		if c.kind == Person && len(c.toks) > 1 {
			surnames[lastName(c.toks)] = true
			// "Mao" of "Mao Zedong", but not "Chechnya" of "Chechnya Sergei Yastrzhembsky"
			// nor "Delphi" of "Delphi East" when "Delphi Automotive Systems" is named too
			if !isFirstName(c.toks[0].text) && !isPlace(c.toks[0].text) && !orgFirst[c.toks[0].low] {
				surnames[c.toks[0].low] = true
			}
		}
		if !c.sure {
			continue
		}
		s := c.surface()
		if votes[s] == nil {
			votes[s] = map[string]int{}
		}
		votes[s][c.kind]++
	}
	lx := lex()
	whole := neverShort(cs, 5)
	companies := companyFirstWords(cs)
	for k := range cs {
		c := &cs[k]
		if whole[c.surface()] {
			c.kind = Organization
			continue
		}
		if len(c.toks) == 1 && c.head == "" && !c.sure && companies[c.toks[0].low] && !surnames[c.toks[0].low] {
			c.kind = Organization // "DaimlerChrysler" of "DaimlerChrysler AG"
			continue
		}
		if len(c.toks) == 1 && c.head == "" && !c.sure && isFirstName(c.toks[0].text) {
			c.kind = Person
			continue
		}
		if len(c.toks) == 1 && c.head == "" && surnames[c.toks[0].low] && !lx.orgs[c.toks[0].low] && !lx.outlets[c.toks[0].low] && (c.kind != Place || !c.sure || !c.afterPrep) {
			c.kind = Person
			continue
		}
		if c.sure {
			continue
		}
		best, n := "", 0
		for kind, v := range votes[c.surface()] {
			if v > n || v == n && kind < best {
				best, n = kind, v
			}
		}
		if best != "" {
			c.kind = best
		} else if len(c.toks) == 1 && placeFirst[c.toks[0].low] {
			c.kind = Place
		} else if guessed[c.surface()] != "" {
			c.kind = guessed[c.surface()]
		}
	}
}

// neverShort returns the surfaces of the names guessed to be people that the story
// writes in full at least minFull times and hardly ever shortens: no word of them
// stands alone as a name once for every eight times the name is written in full. News
// names a person in full, then by surname; a name that is always written whole is a
// work's, an event's or a group's ("Star Wars", "Phantom Menace").
func neverShort(cs []storyCand, minFull int) map[string]bool {
	alone := map[string]int{}
	full := map[string]int{}
	for _, c := range cs {
		switch {
		case len(c.toks) == 1:
			alone[c.toks[0].low]++
		case c.kind == Person && !c.sure:
			full[c.surface()]++
		}
	}
	out := map[string]bool{}
	for _, c := range cs {
		s := c.surface()
		if len(c.toks) < 2 || c.kind != Person || c.sure || full[s] < minFull || out[s] {
			continue
		}
		short := false
		for _, t := range c.toks {
			short = short || 8*alone[t.low] >= full[s] // a stray "X" among 26 "Generation X" is no shortening
		}
		if !short {
			out[s] = true
		}
	}
	return out
}

// unsureMajority returns, for each name that no mention classifies surely, the kind most
// of its guessed mentions have, when they are not evenly split: "near Gonesse" and
// "in Gonesse" make a place of the "Gonesse" that opens a sentence.
func unsureMajority(cs []storyCand) map[string]string {
	votes := map[string]map[string]int{}
	sure := map[string]bool{}
	for _, c := range cs {
		s := c.surface()
		if c.sure {
			sure[s] = true
			continue
		}
		if votes[s] == nil {
			votes[s] = map[string]int{}
		}
		votes[s][c.kind]++
	}
	out := map[string]string{}
	for s, v := range votes {
		if sure[s] {
			continue
		}
		best, n, tie := "", 0, false
		for kind, k := range v {
			switch {
			case k > n:
				best, n, tie = kind, k, false
			case k == n:
				tie = true
			}
		}
		if !tie {
			out[s] = best
		}
	}
	return out
}

// dropThings takes off the names of things: a single capitalised word that the story
// writes after an article at least twice, and in at least a quarter of its mentions
// ("the Concorde", "a Concorde"), or once next to a noun of things ("the painkiller
// Dolvarex", "the Melissa virus"). It keeps such a word when
//   - the gazetteers know it ("the Pentagon", "the Russia investigation"), or a mention
//     of it is surely a place, an outlet or an organisation;
//   - a third of its mentions after an article follow a place preposition ("in the
//     Cotswolds"; "in the Concorde" once among many does not count);
//   - it is the surname of a person named in full at least once for every eight times
//     it stands alone ("the Fitzpatrick sisters": news names a person in full in each
//     article, while "Air France Concorde" taken once for a person does not count).
//
// A thing after a company's name is the company's product ("Air France Concorde" is Air
// France), and a person's name neither opens nor ends with it ("Concorde Flight AF4590").
func dropThings(cs []storyCand) []storyCand {
	type tally struct {
		all, art, placed, typed int
		known                   bool // a mention is surely a place, an outlet or an organisation
	}
	n := map[string]*tally{}
	for _, c := range cs {
		if len(c.toks) != 1 || c.head != "" {
			continue
		}
		t := n[c.toks[0].low]
		if t == nil {
			t = &tally{}
			n[c.toks[0].low] = t
		}
		t.all++
		if c.afterArt {
			t.art++
		}
		t.known = t.known || c.sure && c.kind != Person || isPlace(c.toks[0].text)
		if c.placed {
			t.placed++
		}
		if c.typed {
			t.typed++
		}
	}
	lx := lex()
	people := map[string]int{} // surname -> mentions of people named in full with it
	for _, c := range cs {
		if c.kind == Person && len(c.toks) > 1 {
			people[lastName(c.toks)]++
		}
	}
	things := map[string]bool{}
	written := map[string]bool{}
	for _, c := range cs {
		written[c.toks[len(c.toks)-1].text] = true
	}
	for _, c := range cs {
		// an acronym in the plural is a common noun's ("SUVs", "NSAIDs", "CDs"), and so is
		// the story's singular of it ("the SUV"); not when the story also writes it in
		// capitals ("AIDs" beside "AIDS")
		if w := c.toks[len(c.toks)-1].text; pluralAcronym(w) && !written[strings.ToUpper(w)] {
			stem := strings.ToLower(w[:len(w)-1])
			if !lx.orgs[stem] && !lx.outlets[stem] {
				things[stem], things[stem+"s"] = true, true
			}
		}
	}
	for w, t := range n {
		thing := t.art >= 2 && 4*t.art >= t.all && 3*t.placed < t.art || t.typed > 0
		if thing && 8*people[w] < t.all && !t.known && !lx.orgs[w] && !lx.outlets[w] && !lx.sourceOutlets[w] {
			things[w], things[w+"s"] = true, true // "Concordes"
		}
	}
	if len(things) == 0 {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		first, last := c.toks[0].low, c.toks[len(c.toks)-1].low
		switch {
		case c.head != "": // named by its head noun: "Concorde campaign"
		case len(c.toks) == 1 && things[first]:
			continue
		case things[first] && len(c.toks) > 2 && isFirstName(c.toks[1].text):
			c.toks = c.toks[1:] // "WB James Wolfensohn"
			c.start = c.toks[0].start
		case c.kind == Person && things[first] && c.role == "":
			continue // but "the astronomer Galileo Galilei" beside the Galileo spacecraft
		case len(c.toks) > 1 && things[last]:
			if c.kind == Person {
				continue
			}
			c.toks = c.toks[:capitalEnd(c.toks[:len(c.toks)-1])] // and the joiner before the thing
			c.end = c.toks[len(c.toks)-1].end
		}
		out = append(out, c)
	}
	return out
}

// dropEponyms drops a one-word name in the possessive that the story also writes before
// "disease" or "syndrome": "with Parkinson's" is the disease, as "Parkinson's disease"
// is (recognize drops that one).
func dropEponyms(cs []storyCand, eponyms map[string]bool) []storyCand {
	return dropLone(cs, func(t token) bool { return t.possessive && eponyms[t.low] })
}

// dropModels drops a one-word name that the story writes as a car maker's model
// ("Chevrolet Corvette" makes a lone "Corvette" the car): a product, no entity.
func dropModels(cs []storyCand, models map[string]bool) []storyCand {
	return dropLone(cs, func(t token) bool { return models[t.low] && !known(t) })
}

// dropLone drops the one-word names whose word drop reports.
func dropLone(cs []storyCand, drop func(token) bool) []storyCand {
	out := cs[:0]
	for _, c := range cs {
		if len(c.toks) == 1 && drop(c.toks[0]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// pluralAcronym reports whether w is two or more capitals and a plural "s" ("SUVs").
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// dropCommonWords drops the unsure one-word names that are common words: the story
// writes the word in lower case at least twice as often as it capitalises it inside a
// sentence (Xinhua's "reduction in Malaria cases" beside "malaria" everywhere else).
// A word the gazetteers know, or a word of a longer name in the story ("Wetlands" of
// "Beihai Wetlands", a surname), stays.
func dropCommonWords(cs []storyCand, lowCount, midCount map[string]int) []storyCand {
	inNames := map[string]bool{} // the words of the story's longer names
	for _, c := range cs {
		if len(c.toks) > 1 {
			for _, t := range c.toks {
				inNames[t.low] = true
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if len(c.toks) == 1 && !c.sure && c.head == "" && c.role == "" {
			w := c.toks[0].low
			if lowCount[w] >= 2*max(midCount[w], 1) && !inNames[w] && !known(c.toks[0]) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// placeFirstWords returns the unknown first words of organisations and outlets named
// for a place ("Oakdale" of "Oakdale City Council" and "Oakdale Ledger"): alone, such a
// word is most likely the place.
func placeFirstWords(cs []storyCand) map[string]bool {
	lx := lex()
	out := map[string]bool{}
	for _, c := range cs {
		if !c.sure || len(c.toks) < 2 || c.kind != Organization && c.kind != Outlet {
			continue
		}
		t := c.toks[0]
		last := c.toks[len(c.toks)-1].low
		if (lx.orgHeads[last] || lx.outletHeads[last]) && t.capital && !isFirstName(t.text) && !lx.orgs[t.low] &&
			!lx.outlets[t.low] && !lx.titles[t.low] && !lx.function[t.low] && !lx.orgStarts[t.low] && !lx.demonyms[t.low] {
			out[t.low] = true
		}
	}
	return out
}

// companyFirstWords returns the first words of the companies the story names with a
// corporate suffix ("DaimlerChrysler AG", "Visteon Corp."): alone, such a word is the
// company.
func companyFirstWords(cs []storyCand) map[string]bool {
	lx := lex()
	out := map[string]bool{}
	for _, c := range cs {
		if c.kind != Organization || len(c.toks) < 2 || !companyEnd(c.toks[len(c.toks)-1].low) {
			continue
		}
		if t := c.toks[0]; !isFirstName(t.text) && !isPlace(t.text) && !lx.function[t.low] && !lx.titles[t.low] {
			out[t.low] = true
		}
	}
	return out
}

// companyEnd reports whether a word ends a company's name: a corporate suffix ("Inc.",
// "Corp.") or one of companyEnds.
func companyEnd(low string) bool { return lex().corporate[low] || companyEnds[low] }

// companyEnds end companies' names besides the corporate suffixes.
var companyEnds = map[string]bool{"ag": true, "sa": true, "s.a.": true, "nv": true, "n.v.": true,
	"spa": true, "s.p.a.": true, "co": true, "cos.": true, "corporation": true, "company": true}

// lastName returns a person's surname, lower-cased, skipping "Jr." and the like.
func lastName(ts []token) string {
	lx := lex()
	for k := len(ts) - 1; k > 0; k-- {
		if !lx.suffixes[ts[k].low] {
			return ts[k].low
		}
	}
	return ts[0].low
}

// fullFirst returns the full form of a short first name ("bob" gives "robert"), or the
// name itself.
func fullFirst(low string) string {
	if full, ok := nicknames[low]; ok {
		return full
	}
	return low
}

// cluster gives every candidate an entity key and builds the entities.
func cluster(cs []storyCand, articles []news.Article) []Entity {
	full := newKeyIndex()
	gender := map[string]byte{} // person key -> the gender of its first name, when known
	for k := range cs {
		c := &cs[k]
		c.key = c.kind + "|" + c.surface()
		if c.kind == Organization || c.kind == Outlet {
			c.key = strings.ReplaceAll(c.key, "isation", "ization") // "World Health Organisation"
		}
		if field, head := department(c.toks); field != "" {
			// "Justice Department", "Department of Justice", "U.S. Department of Justice"
			// and "DOJ" are one body
			c.key = Organization + "|" + head + " of " + field
			full.add(Organization+"|"+head[:1]+"o"+field[:1], c.key)
		}
		if len(c.toks) < 2 {
			continue
		}
		switch c.kind {
		case Person:
			c.key = Person + "|" + fullFirst(givenName(c.toks)) + " " + lastName(c.toks)
			if g := nameGender(c.toks); g != text.UnknownGender {
				gender[c.key] = g
			}
			full.add(Person+"|"+lastName(c.toks), c.key)
			full.add(Person+"|first:"+c.toks[0].low, c.key)
			if !isFirstName(c.toks[0].text) {
				full.add(Person+"|"+c.toks[0].low, c.key)
			}
		case Organization, Outlet:
			full.add(c.kind+"|"+initials(c.toks), c.key)
			if len(c.toks) > 2 && c.toks[0].low == "u.s." {
				full.add(c.kind+"|"+initials(c.toks[1:]), c.key) // "CDC" of "U.S. Centers for Disease Control"
			}
			full.add(c.kind+"|"+c.toks[len(c.toks)-1].low, c.key)
			if companyEnd(c.toks[len(c.toks)-1].low) {
				full.add(c.kind+"|"+c.toks[0].low, c.key) // "DaimlerChrysler" of "DaimlerChrysler AG"
			}
		}
	}
	for k := range cs {
		c := &cs[k]
		if len(c.toks) != 1 || c.head != "" {
			continue
		}
		w := strings.ReplaceAll(c.toks[0].low, ".", "")
		if keys := full.keys[c.kind+"|"+w]; len(keys) > 0 && !(c.kind == Organization && w == "house") {
			// (the House alone is the legislature, not the White House)
			if k := sameGender(keys, gender, c.role); k != "" {
				c.key = k
			}
		} else if keys := full.keys[Person+"|first:"+w]; c.kind == Person && len(keys) == 1 {
			c.key = keys[0]
		}
	}
	mendTypos(cs, full)
	return build(cs, articles)
}

// typoShare is how many times more often a person must be named than an unsure word
// that misspells the surname for the word to be read as the person.
const typoShare = 10

// mendTypos gives to a person an unsure one-word name, written once or twice, that misses
// or adds the final "s" of the person's surname, when the story names the person at
// least typoShare times as often ("dubbed Session his mentor" in a story that names Jeff
// Sessions 78 times). A first name is left alone ("Robert" is no typo of Roberts).
func mendTypos(cs []storyCand, full keyIndex) {
	count := map[string]int{}
	for _, c := range cs {
		count[c.key]++
	}
	for k := range cs {
		c := &cs[k]
		if len(c.toks) != 1 || c.sure || c.head != "" || count[c.key] > 2 || isFirstName(c.toks[0].text) {
			continue
		}
		w := c.toks[0].low
		alt := w + "s"
		if strings.HasSuffix(w, "s") {
			alt = w[:len(w)-1]
		}
		keys := full.keys[Person+"|"+alt]
		if len(keys) == 1 && count[keys[0]] >= typoShare*count[c.key] {
			c.kind, c.key = Person, keys[0]
		}
	}
}

// department returns the field and the head of a government department or ministry
// named either way ("Justice Department", "Department of Justice", with or without
// "U.S." before it), or "" for any other name.
func department(ts []token) (field, head string) {
	if len(ts) > 2 && ts[0].low == "u.s." {
		ts = ts[1:]
	}
	switch {
	case len(ts) == 2 && (ts[1].low == "department" || ts[1].low == "ministry") && ts[0].capital:
		return ts[0].low, ts[1].low
	case len(ts) == 3 && (ts[0].low == "department" || ts[0].low == "ministry") && ts[1].low == "of" && ts[2].capital:
		return ts[2].low, ts[0].low
	}
	return "", ""
}

// sameGender returns the first of the full names in keys (person keys) that the title
// before a surname alone may stand for: "Ms. Beck" is not Gary Beck, whether or not
// Victoria Beck is named too, and "Mr. Lee" is Jordan Lee, whose first name is a man's,
// before Kim Lee, whose first name is of no known gender. Without a title of gender it is
// the first of them; "" when none fits. gender holds the gender of each key's first name,
// when known.
func sameGender(keys []string, gender map[string]byte, role string) string {
	var want byte
	switch strings.ToLower(role) {
	case "mr.", "mr":
		want = text.Male
	case "ms.", "ms", "mrs.", "mrs", "miss":
		want = text.Female
	default:
		return keys[0]
	}
	for _, k := range keys {
		if gender[k] == want {
			return k
		}
	}
	for _, k := range keys {
		if gender[k] == text.UnknownGender {
			return k
		}
	}
	return ""
}

// givenName returns a full name's first given name past a leading initial ("George" of
// "K. George Thampy", who is the George Thampy of another article), lower-cased.
func givenName(toks []token) string {
	if len(toks) > 2 && len(toks[0].low) == 2 && strings.HasSuffix(toks[0].low, ".") {
		return toks[1].low
	}
	return toks[0].low
}

// nameGender is the gender of a full name's given name (see givenName), when the name
// lists know it.
func nameGender(toks []token) byte { return text.FirstNameGender(fullFirst(givenName(toks))) }

// keyIndex maps a surname or acronym to the keys of the full forms that have it, in
// the order first seen, without repeats.
type keyIndex struct {
	keys map[string][]string
	seen map[[2]string]bool
}

func newKeyIndex() keyIndex {
	return keyIndex{keys: map[string][]string{}, seen: map[[2]string]bool{}}
}

// add lists v under k once; the set keeps a common surname's list from being scanned
// on every mention.
func (ix keyIndex) add(k, v string) {
	if !ix.seen[[2]string{k, v}] {
		ix.seen[[2]string{k, v}] = true
		ix.keys[k] = append(ix.keys[k], v)
	}
}

// initials returns the lower-case initials of a name's capitalised words ("fbi").
func initials(ts []token) string {
	var b strings.Builder
	for _, t := range ts {
		if t.capital {
			b.WriteString(t.low[:1])
		}
	}
	return b.String()
}

// build turns keyed candidates into entities.
func build(cs []storyCand, articles []news.Article) []Entity {
	index := map[string]int{}
	var ents []Entity
	for _, c := range cs {
		k, ok := index[c.key]
		if !ok {
			k = len(ents)
			index[c.key] = k
			ents = append(ents, Entity{Kind: c.kind, PerArticle: map[string]int{}})
		}
		e := &ents[k]
		art := articles[c.article]
		text := art.Paragraphs[c.para][c.start:c.end]
		e.Mentions = append(e.Mentions, Mention{ArticleID: art.ID, Paragraph: c.para, Start: c.start, End: c.end, Text: text})
		e.PerArticle[art.ID]++
		if c.role != "" && !slices.Contains(e.Roles, c.role) {
			e.Roles = append(e.Roles, c.role)
		}
	}
	for k := range ents {
		name(&ents[k])
	}
	return ents
}

// name picks the canonical name and lists the other surface forms as aliases. A
// person's is the full name (a first name and a surname, suffixes not counted) the
// story writes most often: "George W. Bush", not the rare "George W. Bush Jr."; other
// entities take the form with most words, then the longest ("Federal Bureau of
// Investigation" over "FBI"), then the most frequent.
func name(e *Entity) {
	count := map[string]int{}
	for _, m := range e.Mentions {
		count[m.Text]++
	}
	forms := make([]string, 0, len(count))
	for f := range count {
		forms = append(forms, f)
	}
	lx := lex()
	full := func(f string) bool {
		n := 0
		for _, w := range strings.Fields(f) {
			if !lx.suffixes[strings.ToLower(w)] {
				n++
			}
		}
		return n >= 2
	}
	slices.SortFunc(forms, func(a, b string) int {
		if e.Kind == Person {
			if fa, fb := full(a), full(b); fa != fb {
				return cmp.Compare(b2i(fb), b2i(fa))
			}
			if d := count[b] - count[a]; d != 0 {
				return d
			}
		}
		if d := len(strings.Fields(b)) - len(strings.Fields(a)); d != 0 {
			return d
		}
		if d := len(b) - len(a); d != 0 {
			return d
		}
		if sa, sb := allCaps(a), allCaps(b); sa != sb {
			return cmp.Compare(b2i(sa), b2i(sb)) // "Washington" over a dateline's "WASHINGTON"
		}
		if d := count[b] - count[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	e.Name = forms[0]
	if len(forms) > 1 {
		e.Aliases = forms[1:]
	}
	// A place known only from a dateline ("WASHINGTON") is written as the gazetteer
	// writes it; the shouted form stays an alias.
	if t, ok := gazetteerSpelling(e.Name); e.Kind == Place && allCaps(e.Name) && t != e.Name && ok {
		e.Aliases = append(e.Aliases, e.Name)
		e.Name = t
	}
	slices.Sort(e.Aliases)
}

// allCaps reports whether s has letters and none of them in lower case.
func allCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addNominals adds "the chancellor" or "the attorney general" as an alias of the one
// person whose role ends in those words, when the story uses the phrase.
func addNominals(ents []Entity, docs [][][]token) {
	byTitle := map[string][]int{}
	for k, e := range ents {
		for _, r := range e.Roles {
			f := strings.Fields(strings.ToLower(r))
			for n := 1; n <= 2 && n <= len(f); n++ {
				t := strings.Join(f[len(f)-n:], " ")
				if !slices.Contains(byTitle[t], k) {
					byTitle[t] = append(byTitle[t], k)
				}
			}
		}
	}
	if len(byTitle) == 0 {
		return
	}
	seen := map[string]bool{}
	for _, doc := range docs {
		for _, toks := range doc {
			for i := 1; i < len(toks); i++ {
				if toks[i-1].low != "the" || toks[i].capital {
					continue
				}
				phrase := toks[i].low
				if i+1 < len(toks) && !toks[i+1].capital && len(byTitle[phrase+" "+toks[i+1].low]) == 1 {
					phrase += " " + toks[i+1].low
				}
				if len(byTitle[phrase]) != 1 || seen[phrase] {
					continue
				}
				seen[phrase] = true
				e := &ents[byTitle[phrase][0]]
				e.Aliases = append(e.Aliases, "the "+phrase)
			}
		}
	}
}
