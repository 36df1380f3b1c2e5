package pipeline

import (
	"sort"
	"strings"

	"github.com/storyline-news/storyline/internal/compare"
	"github.com/storyline-news/storyline/internal/entity"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/quote"
	"github.com/storyline-news/storyline/internal/timeline"
	"github.com/storyline-news/storyline/internal/timex"
)

// Analyze returns what one story is made of: its entities, quotations, timeline and
// outlets side by side. arts are the story's cleaned articles and sents their sentences
// (as text.Sentences makes them, article indexes into arts); nil sents are split here.
// Time expressions are normalised against each article's publication time; an undated
// article's relative expressions stay unresolved.
func Analyze(arts []news.Article, sents []news.Sentence) *news.Analysis {
	if sents == nil {
		sents = sentences(arts)
	}
	ents := entity.Find(arts)
	loc := locate(arts, sents)
	times := findTimes(arts, sents, loc)
	found := findQuotes(arts, entity.NotPeople(ents))
	unnamePlaces(found, ents)
	nameSpeakers(found, ents)
	nameBodies(found, ents)
	quotes := convertQuotes(quote.Merge(found))
	an := &news.Analysis{Entities: convertEntities(arts, ents), Quotes: quotes}
	an.Timeline, an.Undated = timeline.Build(arts, sents, times)
	slots := make([]compare.Slots, len(sents))
	for i := range sents {
		slots[i].Times = times[i]
	}
	addNames(slots, arts, sents, ents, loc)
	an.Outlets = compare.Compare(arts, sents, slots, quotes)
	return an
}

// spanOf is where a sentence lies in its paragraph: byte offsets, or start -1 when its
// text is not found there verbatim.
type spanOf struct{ start, end int }

// locate finds each sentence in its paragraph, searching on from the previous one.
func locate(arts []news.Article, sents []news.Sentence) []spanOf {
	loc := make([]spanOf, len(sents))
	cursor, lastArt, lastPara := 0, -1, -1
	for i, s := range sents {
		loc[i] = spanOf{-1, -1}
		if s.Article < 0 || s.Article >= len(arts) || s.Paragraph < 0 || s.Paragraph >= len(arts[s.Article].Paragraphs) {
			continue
		}
		if s.Article != lastArt || s.Paragraph != lastPara {
			cursor, lastArt, lastPara = 0, s.Article, s.Paragraph
		}
		p := arts[s.Article].Paragraphs[s.Paragraph]
		if k := strings.Index(p[cursor:], s.Text); k >= 0 && s.Text != "" {
			loc[i] = spanOf{cursor + k, cursor + k + len(s.Text)}
			cursor = loc[i].end
		}
	}
	return loc
}

// findTimes runs timex on every paragraph, anchored at its article's publication time,
// and gives each sentence the expressions inside it; a sentence not found in its
// paragraph is tagged on its own.
func findTimes(arts []news.Article, sents []news.Sentence, loc []spanOf) [][]news.TimeExpr {
	out := make([][]news.TimeExpr, len(sents))
	type key struct{ art, para int }
	cache := map[key][]timex.Expr{}
	for i, s := range sents {
		if s.Article < 0 || s.Article >= len(arts) {
			continue
		}
		anchor := arts[s.Article].Published
		if loc[i].start < 0 {
			out[i] = convertTimes(timex.Find(s.Text, anchor))
			continue
		}
		k := key{s.Article, s.Paragraph}
		exprs, ok := cache[k]
		if !ok {
			exprs = timex.Find(arts[s.Article].Paragraphs[s.Paragraph], anchor)
			cache[k] = exprs
		}
		for _, e := range exprs {
			if e.Start >= loc[i].start && e.End <= loc[i].end {
				out[i] = append(out[i], convertTime(e))
			}
		}
	}
	return out
}

func convertTimes(exprs []timex.Expr) []news.TimeExpr {
	out := make([]news.TimeExpr, 0, len(exprs))
	for _, e := range exprs {
		out = append(out, convertTime(e))
	}
	return out
}

func convertTime(e timex.Expr) news.TimeExpr {
	return news.TimeExpr{Text: e.Text, Type: e.Type, Value: e.Value, Granularity: e.Granularity, Attributive: e.Attributive, Since: e.Since}
}

func findQuotes(arts []news.Article, notPerson func(string) bool) []quote.Quote {
	var all []quote.Quote
	for _, a := range arts {
		all = append(all, quote.FindWith(a, quote.Options{NotPerson: notPerson})...)
	}
	return all
}

// unnamePlaces takes a place off as the speaker of a quotation: quote finding reads
// any capitalised name it cannot place as a person, while entity finding knows places
// ("San Francisco", "Barents Sea"). The quotation stays, its speaker unknown.
func unnamePlaces(qs []quote.Quote, ents []entity.Entity) {
	places := entityForms(ents, entity.Place)
	for i := range qs {
		if _, place := places[strings.ToLower(qs[i].Speaker)]; qs[i].SpeakerKind != quote.Named || !place {
			continue
		}
		// A name that opens with a first name ("Malcolm Field") is a person's, whatever
		// its last word suggests.
		if first, _, two := strings.Cut(qs[i].Speaker, " "); two && entity.IsFirstName(first) {
			continue
		}
		qs[i].Speaker, qs[i].SpeakerKind = "", quote.Unknown
	}
}

// nameSpeakers writes a named speaker as the story's people list names the person
// ("Trump" in one article, "Donald Trump" in another, are both Donald Trump, as entity
// finding has it), so that the quotations of one person read alike. A form that names
// two people of the story stays as written.
func nameSpeakers(qs []quote.Quote, ents []entity.Entity) {
	byForm := entityForms(ents, entity.Person)
	for i := range qs {
		if qs[i].SpeakerKind != quote.Named {
			continue
		}
		if k := personOf(byForm, qs[i].Speaker); k >= 0 {
			qs[i].Speaker = ents[k].Name
		}
	}
}

// nameBodies writes a speaker that is the end of a body's name after its "and" as the
// body: quote finding reads "the Office of Management and Budget said" as "Budget",
// while entity finding has the whole name. Of two bodies whose names end alike ("White
// House Office of Management and Budget") the more mentioned is taken; ents come most
// mentioned first.
func nameBodies(qs []quote.Quote, ents []entity.Entity) {
	tails := map[string]int{}
	for k, e := range ents {
		if e.Kind != entity.Organization && e.Kind != entity.Outlet {
			continue
		}
		if _, tail, ok := strings.Cut(e.Name, " and "); ok {
			t := strings.ToLower(tail)
			if _, seen := tails[t]; !seen {
				tails[t] = k
			}
		}
	}
	for i := range qs {
		if qs[i].SpeakerKind != quote.Named {
			continue
		}
		if k, ok := tails[strings.ToLower(qs[i].Speaker)]; ok {
			qs[i].Speaker = ents[k].Name
		}
	}
}

// personOf returns the index of the person a speaker's name is a form of, or -1: the
// whole name, else the longest run of two or more of its last words that is one
// ("Historian Douglas Brinkley", "National Transportation Safety Board Chairman Jim
// Hall": quote finding keeps a capitalised role it does not know as part of the name).
func personOf(byForm map[string]int, speaker string) int {
	words := strings.Fields(strings.ToLower(speaker))
	for i := range words {
		if k, ok := byForm[strings.Join(words[i:], " ")]; ok && (i == 0 || len(words)-i >= 2) {
			return k // a last word alone ("Under Bush") is too little to go on
		}
	}
	return -1
}

// entityForms maps the name and every alias, lower-cased, of the entities of one kind
// to the entity's index in ents, or to -1 when two of them share the form.
func entityForms(ents []entity.Entity, kind string) map[string]int {
	forms := map[string]int{}
	add := func(form string, k int) {
		form = strings.ToLower(form)
		if old, ok := forms[form]; ok && old != k {
			k = -1
		}
		forms[form] = k
	}
	for k, e := range ents {
		if e.Kind != kind {
			continue
		}
		add(e.Name, k)
		for _, a := range e.Aliases {
			add(a, k)
		}
	}
	return forms
}

func convertQuotes(qs []quote.StoryQuote) []news.Quote {
	out := make([]news.Quote, 0, len(qs))
	for _, q := range qs {
		nq := news.Quote{Text: q.Text, Speaker: q.Speaker, SpeakerKind: q.SpeakerKind, Verb: q.Verb,
			Partial: q.Partial, From: q.ArticleID, Articles: q.Articles, Variants: q.Variants, Differs: q.Differs}
		out = append(out, nq)
	}
	return out
}

// convertEntities gives every entity, most mentioned first, with its counts by article
// (in story order) and by outlet label (most first). None is dropped: a person named
// once may be the speaker of a quotation.
func convertEntities(arts []news.Article, ents []entity.Entity) []news.Entity {
	out := make([]news.Entity, 0, len(ents))
	for _, e := range ents {
		ne := news.Entity{Name: e.Name, Kind: e.Kind, Aliases: e.Aliases, Roles: e.Roles, Mentions: e.Mentions}
		perOutlet := map[string]int{}
		var order []string
		for _, a := range arts {
			n := e.PerArticle[a.ID]
			if n == 0 {
				continue
			}
			ne.PerArticle = append(ne.PerArticle, news.Count{Key: a.ID, N: n})
			l := news.OutletLabel(a)
			if perOutlet[l] == 0 {
				order = append(order, l)
			}
			perOutlet[l] += n
		}
		for _, l := range order {
			ne.PerOutlet = append(ne.PerOutlet, news.Count{Key: l, N: perOutlet[l]})
		}
		sort.SliceStable(ne.PerOutlet, func(i, j int) bool { return ne.PerOutlet[i].N > ne.PerOutlet[j].N })
		out = append(out, ne)
	}
	return out
}

// addNames gives each sentence the canonical names of the entities mentioned in it,
// placing each mention by its byte offset in the paragraph.
func addNames(slots []compare.Slots, arts []news.Article, sents []news.Sentence, ents []entity.Entity, loc []spanOf) {
	type key struct{ art, para int }
	byPara := map[key][]int{}
	for i, s := range sents {
		if loc[i].start >= 0 {
			k := key{s.Article, s.Paragraph}
			byPara[k] = append(byPara[k], i)
		}
	}
	artIndex := make(map[string]int, len(arts))
	for i, a := range arts {
		artIndex[a.ID] = i
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			a, ok := artIndex[m.ArticleID]
			if !ok {
				continue
			}
			for _, i := range byPara[key{a, m.Paragraph}] {
				if m.Start >= loc[i].start && m.Start < loc[i].end {
					addName(&slots[i], compare.Name{Name: e.Name, Kind: e.Kind})
					break
				}
			}
		}
	}
}

func addName(s *compare.Slots, n compare.Name) {
	for _, x := range s.Names {
		if x == n {
			return
		}
	}
	s.Names = append(s.Names, n)
}
