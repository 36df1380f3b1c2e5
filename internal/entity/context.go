package entity

import "strings"

// Context cues. A name's own words can mislead: "Morgan Pierce" looks like a person and
// is an asset manager, "Valencia" is a city and a club, "Variety" is a word and a
// magazine. The words around one mention often settle it ("Morgan Pierce chief
// executive", "drew 1-1 with Valencia", "told Variety"), and the story then settles its
// other mentions, in the document-centred spirit of Mikheev et al.

// orgCue reports whether the words around toks[i:j] show an organisation: a company
// role after it ("Dalton Reed chief executive"), an appositive ("Morgan Pierce, the
// asset manager,"), or an organisation noun before it ("rival McDonald's").
func orgCue(toks []token, i, j int, lx *lexicon) bool {
	if j < len(toks) && !toks[j].capital {
		switch toks[j].low {
		case "chief", "ceo", "shares", "stock", "executives", "employees", "headquarters":
			return true
		}
	}
	if j+1 < len(toks) && toks[j].text == "," && article(toks[j+1].low) {
		for k := j + 2; k < len(toks) && k < j+6 && toks[k].word && !toks[k].capital; k++ {
			if toks[k].possessive || lx.function[toks[k].low] {
				break // "Janet Nudelman, a director at the company": her company, not her
			}
			if lx.orgNouns[toks[k].low] && (k+1 == len(toks) || !toks[k+1].word || placedBody(toks, k)) {
				return true
			}
		}
	}
	if i > 0 && !toks[i-1].capital && lx.orgNouns[toks[i-1].low] && !lx.titles[toks[i-1].low] {
		return true
	}
	if i > 0 {
		switch toks[i-1].low {
		case "buy", "buys", "bought", "buying", "acquire", "acquired", "acquiring", "acquisition", "merge":
			return true
		}
	}
	return i > 1 && toks[i-1].low == "of" && toks[i-2].low == "shares"
}

// placedBody reports whether the organisation noun toks[k] of an appositive is placed
// ("an adoption agency in Canada", "a charity based in Ottawa"), unless a person may be
// one ("a bookstore owner in Mill Valley").
func placedBody(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k+1].low == "in" || toks[k+1].low == "based") && !personLike[toks[k].low]
}

// personLike are organisation nouns that may also name a person.
var personLike = map[string]bool{"owner": true, "manager": true, "developer": true, "contractor": true,
	"supplier": true, "publisher": true, "rival": true, "maker": true, "lender": true}

// sportCue reports whether toks[i:j] is a team playing: a score or a result verb next
// to it ("Valencia 2-1", "beat Everton", "drew 1-1 with Valencia"), or a team word
// after it ("Chicago coach", "England's game").
// sportWords come before "against" when a team is played.
var sportWords = map[string]bool{"game": true, "match": true, "play": true, "playing": true, "played": true,
	"win": true, "won": true, "lost": true, "loss": true, "victory": true, "defeat": true, "draw": true,
	"goal": true, "goals": true, "scored": true, "final": true, "semifinal": true, "opener": true, "fixture": true}

func sportCue(toks []token, i, j int) bool {
	if i > 0 && toks[i-1].low == "of" {
		return false // "Novak Djokovic of Serbia beat ..."
	}
	if j < len(toks) {
		switch n := toks[j].low; {
		case scoreAt(toks, j):
			return true
		case n == "beat" || n == "beats" || n == "drew" || n == "defeated" || n == "edged" || n == "thrashed",
			n == "manager" || n == "coach" || n == "boss" || n == "fans" || n == "game" || n == "match" || n == "squad":
			return true
		case (n == "have" || n == "has") && j+1 < len(toks) && (toks[j+1].low == "won" || toks[j+1].low == "lost"),
			n == "won" && scoreAt(toks, j+1):
			return true
		}
	}
	if i == 0 {
		return false
	}
	prev2 := ""
	if i > 1 {
		prev2 = toks[i-2].low
	}
	switch toks[i-1].low {
	case "beat", "beats", "beating", "defeated", "face", "faces", "vs", "v", "v.":
		return true
	case "against": // "the game against Everton", but "air strikes against Chechnya"
		return sportWords[prev2]
	case "with", "to":
		return scoreEnds(toks, i-1) || prev2 == "draw" || prev2 == "lost"
	case "for":
		return prev2 == "scored" || prev2 == "equalised" || prev2 == "equalized" || prev2 == "signed"
	}
	return false
}

// scoreAt reports whether a score such as "2-0" or "112-104" starts at toks[k]; the
// tokenizer splits it into number, hyphen, number.
func scoreAt(toks []token, k int) bool {
	return k+2 < len(toks) && digits(toks[k].text) && toks[k+1].text == "-" && digits(toks[k+2].text)
}

// scoreEnds reports whether a score ends just before toks[k].
func scoreEnds(toks []token, k int) bool { return k >= 3 && scoreAt(toks, k-3) }

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// sourceCue reports whether toks[i:j] is cited as a source: "told (the) X",
// "according to (the) X", "reported by X", "published in X", "X reported".
func sourceCue(toks []token, i, j int) bool {
	k := i
	if k > 0 && toks[k-1].low == "the" {
		k--
	}
	at := func(n int) string {
		if k-n < 0 {
			return ""
		}
		return toks[k-n].low
	}
	switch {
	case at(1) == "told", at(1) == "to" && at(2) == "according":
		return true
	case at(1) == "by" && (at(2) == "reported" || at(2) == "published"),
		at(1) == "in" && (at(2) == "published" || at(2) == "reported" || at(2) == "wrote"):
		return true
	}
	return j < len(toks) && (toks[j].low == "reported" || toks[j].low == "reports")
}

// applyCues settles kinds from context cues across the story. It runs before agree, so
// that a person-looking name the story shows to be a company does not lend its surname
// to the person rule.
func applyCues(cs []storyCand) {
	lx := lex()
	surnames := map[string]bool{} // and names that a title shows to be people
	for _, c := range cs {
		if c.kind == Person && len(c.toks) > 1 && !c.orgCue && !c.sportCue {
			surnames[lastName(c.toks)] = true
		}
		if c.kind == Person && c.role != "" {
			surnames[c.toks[len(c.toks)-1].low] = true
		}
	}
	orgs, teams, outs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for k := range cs {
		c := &cs[k]
		s := c.surface()
		free := c.role == "" && c.head == ""
		switch {
		case c.src && free && !c.sure && !surnames[c.toks[len(c.toks)-1].low] && !(len(c.toks) > 1 && isFirstName(c.toks[0].text)),
			c.src && free && c.kind == Organization && acronym(c.toks) && !lx.orgs[s]:
			c.kind, c.sure, outs[s] = Outlet, true, true
		case c.sportCue && free && (c.kind == Place || !c.sure || c.kind == Person && !c.byFirst):
			c.kind, c.sure, teams[s] = Organization, true, true
		case c.orgCue && free && c.kind == Person:
			c.kind, c.sure, orgs[s] = Organization, true, true
		}
	}
	orgLast := map[string]bool{}
	for s := range orgs {
		if f := strings.Fields(s); len(f) > 1 && !surnames[f[len(f)-1]] {
			orgLast[f[len(f)-1]] = true
		}
	}
	for k := range cs {
		c := &cs[k]
		s := c.surface()
		switch {
		case c.role != "" || c.head != "":
		case orgs[s] && c.kind == Person, teams[s] && c.kind == Place && !c.afterPrep:
			c.kind, c.sure = Organization, true
		case outs[s] && !c.sure:
			c.kind, c.sure = Outlet, true
		case len(c.toks) == 1 && orgLast[s] && c.kind == Person:
			c.kind, c.sure = Organization, true
		}
	}
}
