package render

import (
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// JSONEntity is one person, organisation, place or outlet of a story.
type JSONEntity struct {
	Name     string        `json:"name"`
	Kind     string        `json:"kind"`
	Aliases  []string      `json:"aliases"`
	Roles    []string      `json:"roles"`
	Mentions int           `json:"mentions"`
	Articles []JSONCount   `json:"articles"`
	Outlets  []JSONOutletN `json:"outlets"`
}

// JSONCount is a number of mentions in one article.
type JSONCount struct {
	ID       string `json:"id"`
	Mentions int    `json:"mentions"`
}

// JSONOutletN is a number of mentions by one outlet.
type JSONOutletN struct {
	Outlet   string `json:"outlet"`
	Mentions int    `json:"mentions"`
}

// JSONQuote is one quotation of a story with every article that carries it.
type JSONQuote struct {
	Text        string        `json:"text"`
	Speaker     string        `json:"speaker"`
	SpeakerKind string        `json:"speaker_kind"`
	Verb        string        `json:"verb"`
	Partial     bool          `json:"partial"`
	From        string        `json:"from"`
	Articles    []string      `json:"articles"`
	Differs     bool          `json:"differs"`
	Variants    []JSONVariant `json:"variants"`
}

// JSONVariant is one wording of a quotation.
type JSONVariant struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}

// JSONTimeline holds a story's dated events in time order and its undated ones.
type JSONTimeline struct {
	Events  []JSONEvent `json:"events"`
	Undated []JSONEvent `json:"undated"`
}

// JSONEvent is one event of a timeline.
type JSONEvent struct {
	Time     JSONTime `json:"time"`
	Start    *string  `json:"start"`
	Text     string   `json:"text"`
	From     string   `json:"from"`
	Articles []string `json:"articles"`
}

// JSONTime is a time expression and its TIMEX3 value.
type JSONTime struct {
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
}

// JSONOutlets sets a story's outlets side by side.
type JSONOutlets struct {
	Outlets   []JSONOutletView `json:"outlets"`
	Common    []JSONFact       `json:"common"`
	Coverage  []JSONFact       `json:"coverage"`
	Unique    []JSONFact       `json:"unique"`
	Conflicts []JSONConflict   `json:"conflicts"`
}

// JSONOutletView is one outlet's part in a story.
type JSONOutletView struct {
	Outlet   string   `json:"outlet"`
	Articles []string `json:"articles"`
	Facts    int      `json:"facts"`
	Unique   int      `json:"unique"`
}

// JSONFact is one fact and the articles and outlets that report it.
type JSONFact struct {
	Text     string   `json:"text"`
	From     string   `json:"from"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
}

// JSONConflict is one slot outlets fill differently.
type JSONConflict struct {
	Slot  string     `json:"slot"`
	Sides []JSONSide `json:"sides"`
}

// JSONSide is one telling of a conflicting slot.
type JSONSide struct {
	Value    string   `json:"value"`
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
}

func addAnalysisJSON(st *JSONStory, an *news.Analysis) {
	st.Entities = []JSONEntity{}
	for _, e := range an.Entities {
		je := JSONEntity{Name: safe(e.Name), Kind: e.Kind, Aliases: safeAll(e.Aliases), Roles: safeAll(e.Roles),
			Articles: []JSONCount{}, Outlets: []JSONOutletN{}}
		for _, c := range e.PerArticle {
			je.Articles = append(je.Articles, JSONCount{ID: c.Key, Mentions: c.N})
			je.Mentions += c.N
		}
		for _, c := range e.PerOutlet {
			je.Outlets = append(je.Outlets, JSONOutletN{Outlet: safe(c.Key), Mentions: c.N})
		}
		st.Entities = append(st.Entities, je)
	}
	st.Quotes = []JSONQuote{}
	for _, q := range an.Quotes {
		jq := JSONQuote{Text: safe(q.Text), Speaker: safe(q.Speaker), SpeakerKind: q.SpeakerKind, Verb: safe(q.Verb),
			Partial: q.Partial, From: q.From, Articles: ids(q.Articles), Differs: q.Differs, Variants: []JSONVariant{}}
		for _, v := range q.Variants {
			jq.Variants = append(jq.Variants, JSONVariant{Text: safe(v.Text), Articles: ids(v.Articles)})
		}
		st.Quotes = append(st.Quotes, jq)
	}
	st.Timeline = &JSONTimeline{Events: jsonEvents(an.Timeline), Undated: jsonEvents(an.Undated)}
	st.Outlets = jsonOutlets(an.Outlets)
}

func jsonEvents(evs []news.Event) []JSONEvent {
	out := []JSONEvent{}
	for _, e := range evs {
		je := JSONEvent{Time: JSONTime{Text: safe(e.Time.Text), Type: e.Time.Type, Value: safe(e.Time.Value), Granularity: e.Time.Granularity},
			Text: safe(e.Text), From: e.From, Articles: ids(e.Articles)}
		if !e.Start.IsZero() {
			s := e.Start.Format(time.RFC3339)
			je.Start = &s
		}
		out = append(out, je)
	}
	return out
}

func jsonOutlets(c news.Comparison) *JSONOutlets {
	out := &JSONOutlets{Outlets: []JSONOutletView{}, Common: jsonFacts(c.Common), Coverage: jsonFacts(c.Coverage),
		Unique: jsonFacts(c.Unique), Conflicts: []JSONConflict{}}
	for _, v := range c.Outlets {
		out.Outlets = append(out.Outlets, JSONOutletView{Outlet: safe(v.Outlet), Articles: ids(v.Articles), Facts: v.Facts, Unique: v.Unique})
	}
	for _, cf := range c.Conflicts {
		jc := JSONConflict{Slot: cf.Slot, Sides: []JSONSide{}}
		for _, s := range cf.Sides {
			jc.Sides = append(jc.Sides, JSONSide{Value: safe(s.Value), Text: safe(s.Text), Articles: ids(s.Articles), Outlets: safeAll(s.Outlets)})
		}
		out.Conflicts = append(out.Conflicts, jc)
	}
	return out
}

func jsonFacts(fs []news.Fact) []JSONFact {
	out := []JSONFact{}
	for _, f := range fs {
		out = append(out, JSONFact{Text: safe(f.Text), From: f.From, Articles: ids(f.Articles), Outlets: safeAll(f.Outlets)})
	}
	return out
}

// ids returns a list of article ids, [] rather than null when empty.
func ids(list []string) []string {
	return append([]string{}, list...)
}

// safeAll applies safe to every string of a list; the list is [] rather than null.
func safeAll(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		out = append(out, safe(s))
	}
	return out
}
