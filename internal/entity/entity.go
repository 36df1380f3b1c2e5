// Package entity owns named-entity recognition and in-story coreference: it finds the
// people, organisations, places and news outlets of a story's articles and merges their
// mentions, so that "German Chancellor Angela Merkel", "Angela Merkel" and "Merkel" are
// one person with the role "German Chancellor".
//
// The recogniser is rule-based, in the tradition of capitalisation-and-gazetteer systems
// such as Mikheev, Moens and Grover, "Named Entity Recognition without Gazetteers"
// (EACL 1999), whose document-centred idea it borrows: a capitalised word is a name when
// the story never writes it in lower case, and a name's kind is agreed across all its
// mentions in the story. Candidates are maximal runs of capitalised words (joined over
// "of", "&" and name particles); titles, abbreviated ones too ("AG", "Sen."), are split
// off as roles and are never names alone, nor are name and company suffixes ("Jr.",
// "Inc."); abbreviated U.S. states and capitalised datelines are looked up as places; kinds come from
// gazetteers generated from hand-written lists and Debian's public-domain tzdata
// (gazetteer_gen.go; sources in SOURCES.gazetteer), word lists of titles, organisation
// heads and outlets, and context. Mentions of a person are
// merged by surname, organisations by acronym, outlets by their last word ("the Post"),
// and ambiguous kinds are settled by majority over the story (cross-article agreement).
package entity

//go:generate go run ./internal/gazgen gazetteer_gen.go

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/storyline-news/storyline/internal/news"
)

// Entity is one person, organisation, place or outlet of a story, with every mention.
type Entity struct {
	// Name is the canonical form: the longest full form seen ("Angela Merkel").
	Name string
	// Kind is Person, Organization, Place or Outlet.
	Kind string
	// Aliases are the other surface forms seen ("Merkel", "the chancellor").
	Aliases []string
	// Roles are the titles seen with a person ("German Chancellor").
	Roles []string
	// Mentions are the named mentions, in article, paragraph and offset order. A
	// nominal alias such as "the chancellor" is listed in Aliases but not here.
	Mentions []Mention
	// PerArticle counts mentions by article ID.
	PerArticle map[string]int
}

// Mention is one occurrence of an entity (the domain type): Start and End are byte
// offsets in the article's paragraph, and Text is the paragraph's text between them.
type Mention = news.Mention

// Find returns the entities of a story's articles with their mentions merged across
// articles, most mentioned first.
func Find(articles []news.Article) []Entity {
	lx := lex()
	docs := make([][][]token, len(articles))
	// how often the story writes each word in lower case, and capitalised inside a sentence
	lowCount, midCount := map[string]int{}, map[string]int{}
	eponyms := map[string]bool{} // names the story writes before "'s disease" and the like
	models := map[string]bool{}  // car models the story names after their maker ("Corvette")
	for a, art := range articles {
		docs[a] = make([][]token, len(art.Paragraphs))
		for p, text := range art.Paragraphs {
			toks := tokenize(text, lx)
			docs[a][p] = toks
			if titleCase(toks) {
				continue
			}
			for k, t := range toks {
				if t.possessive && k+1 < len(toks) && eponymous[toks[k+1].low] {
					eponyms[t.low] = true
				}
				if carMakers[t.low] && k+1 < len(toks) && carModel(toks[k:min(k+2, len(toks))]) {
					models[toks[k+1].low] = true
				}
				if t.word && !t.capital && !inAddress(toks, k) {
					lowCount[t.low]++
				}
				if t.capital && !t.sentStart {
					midCount[t.low]++
				}
			}
		}
	}
	var cands []storyCand
	for a := range articles {
		for p, toks := range docs[a] {
			for _, c := range recognize(p, toks, lowCount, midCount, lx) {
				cands = append(cands, storyCand{cand: c, article: a})
			}
		}
	}
	markOutlets(cands, articles)
	cands = dropThings(cands)
	cands = dropEponyms(cands, eponyms)
	cands = dropModels(cands, models)
	cands = dropCommonWords(cands, lowCount, midCount)
	applyCues(cands)
	agree(cands)
	ents := cluster(cands, articles)
	addNominals(ents, docs)
	slices.SortStableFunc(ents, func(x, y Entity) int {
		return cmp.Or(cmp.Compare(len(y.Mentions), len(x.Mentions)), cmp.Compare(x.Name, y.Name))
	})
	return ents
}

// inAddress reports whether toks[k] is a piece of a web or mail address ("cert" of
// "www.cert.org", "aaas" of "info@aaas.org"): a word joined without a space to a full
// stop, a slash or an at sign that joins it to another word.
func inAddress(toks []token, k int) bool {
	joiner := func(t token) bool { return t.text == "." || t.text == "/" || t.text == "@" }
	t := toks[k]
	if k > 0 && toks[k-1].end == t.start && joiner(toks[k-1]) && k > 1 && toks[k-2].end == toks[k-1].start {
		return true
	}
	return k+2 < len(toks) && toks[k+1].start == t.end && joiner(toks[k+1]) && toks[k+2].start == toks[k+1].end && toks[k+2].word
}

// markOutlets makes an outlet of every name that is the outlet of one of the story's
// articles ("TPM Livewire" in the line that names it): the pile says what it is.
func markOutlets(cs []storyCand, articles []news.Article) {
	own := map[string]bool{}
	for _, a := range articles {
		if o := strings.ToLower(strings.TrimPrefix(a.Outlet, "The ")); o != "" {
			own[o] = true
		}
	}
	if len(own) == 0 {
		return
	}
	for k := range cs {
		if c := &cs[k]; own[strings.TrimPrefix(joinLow(c.toks), "the ")] {
			c.kind, c.sure = Outlet, true
		}
	}
}

// NotPeople returns a test of whether a name, as written (any case), is the name or an
// alias of one of the entities that is an organisation, a place or an outlet and of none
// that is a person, or names what this package annotates as nothing (weather, wars,
// holidays: "El Nino", "Fan Day"). Quote finding uses it: such a name is no one a
// pronoun stands for.
func NotPeople(ents []Entity) func(name string) bool {
	people := map[string]bool{}
	for _, e := range ents {
		if e.Kind == Person {
			people[strings.ToLower(e.Name)] = true
			for _, a := range e.Aliases {
				people[strings.ToLower(a)] = true
			}
		}
	}
	// other holds the forms lower-cased and asWritten as written: a name is looked up as
	// written, which needs no allocation, and lower-cased only when it is in capitals.
	other, asWritten := map[string]bool{}, map[string]bool{}
	for _, e := range ents {
		if e.Kind == Person {
			continue
		}
		for _, form := range append([]string{e.Name}, e.Aliases...) {
			if f := strings.ToLower(form); !people[f] {
				other[f], asWritten[form] = true, true
			}
		}
	}
	return func(name string) bool {
		if asWritten[name] || noEntityName(name) {
			return true // weather, a war or a holiday is no entity, and no person either
		}
		if strings.ContainsFunc(name, unicode.IsLower) {
			return false // written as the story writes names; only a shouted one differs
		}
		return other[strings.ToLower(name)]
	}
}

// noEntityName reports whether a name, as written, is one of phenomena or ends in a word
// that ends no entity's name (see notEntity).
func noEntityName(name string) bool {
	low := strings.ToLower(name)
	return phenomena[low] || notEntity[low[strings.LastIndexByte(low, ' ')+1:]]
}

// PerOutlet counts an entity's mentions by the outlet of each article; articles with
// no outlet count under "".
func PerOutlet(e Entity, articles []news.Article) map[string]int {
	outlet := make(map[string]string, len(articles))
	for _, a := range articles {
		outlet[a.ID] = a.Outlet
	}
	out := map[string]int{}
	for id, n := range e.PerArticle {
		out[outlet[id]] += n
	}
	return out
}
