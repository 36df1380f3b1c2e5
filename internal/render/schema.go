package render

import (
	"encoding/json"
	"io"
	"math"

	"github.com/storyline-news/storyline/internal/news"
)

// SchemaVersion is the version of the JSON output below. It changes only when a field is
// removed or changes meaning; new fields may appear in any version.
const SchemaVersion = 1

// JSONResult is the JSON document "storyline brief --format json" prints:
//
//	{"version": 1,
//	 "stories": [{"title": "...",
//	              "articles": [{"id", "outlet", "title", "byline", "published", "url", "source"}],
//	              "summary": [{"text": "...", "from": "<article id>", "citations": ["<article id>", ...],
//	                           "support": [{"id": "<article id>", "similarity": 0.93}]}],
//	              "words": 150,
//	              "entities": [{"name", "kind", "aliases": [], "roles": [], "mentions": 78,
//	                            "articles": [{"id", "mentions"}], "outlets": [{"outlet", "mentions"}]}],
//	              "quotes": [{"text", "speaker", "speaker_kind", "verb", "partial", "from",
//	                          "articles": [], "differs", "variants": [{"text", "articles": []}]}],
//	              "timeline": {"events": [EVENT], "undated": [EVENT]},
//	              "outlets": {"outlets": [{"outlet", "articles": [], "facts", "unique"}],
//	                          "common": [FACT], "coverage": [FACT], "unique": [FACT],
//	                          "conflicts": [{"slot", "sides": [{"value", "text", "articles": [], "outlets": []}]}]}}],
//	 "warnings": [{"source": "...", "reason": "..."}]}
//
// where EVENT is {"time": {"text", "type", "value", "granularity"}, "start", "text", "from",
// "articles": []} and FACT is {"text", "from", "articles": [], "outlets": []}.
//
// "published" is RFC 3339 or null when unknown; "citations" lists every article that
// reports the sentence, in source order, and always includes "from", the article the
// sentence was taken from; "support" gives the similarity of each citing article's best
// matching sentence (1 for an exact copy).
//
// "entities", "quotes", "timeline" and "outlets" are present only when the analysis was
// asked for (brief --analysis, and story); then every list in them is present, [] when
// empty. Every "from" and "articles" holds article ids. "entities" are the most mentioned
// people, organisations, places and outlets ("kind"), with their mentions per article
// and per outlet. "speaker_kind" is "named", "anonymous" or "unknown"; "partial" marks a
// fragment quoted inside the writer's sentence; "differs" a quotation whose "variants"
// (wordings) differ between articles. A timeline event is a sentence carrying a time
// expression, normalised to a TIMEX3 "value" with its "granularity" (century, decade,
// year, half, quarter, month, week, day, time), told by every article in "articles";
// "events" are sorted by "start" (RFC 3339, the start of the value's span), "undated"
// holds events whose relative time could not be resolved (the article has no date),
// with "start" null. In "outlets", an outlet is the article's outlet, else its URL's
// host, else its source file name; a fact is a cluster of sentences that say the same
// across articles; "common" are facts every outlet reports, "coverage" facts more than
// one reports (most first), "unique" the salient facts only one reports; a conflict is a
// "slot" ("number", "date", "name" or "quote") that two outlets fill differently in
// sentences that otherwise nearly agree, with each side's "value".
type JSONResult struct {
	Version  int            `json:"version"`
	Stories  []JSONStory    `json:"stories"`
	Warnings []news.Warning `json:"warnings"`
}

// JSONStory is one story's brief.
type JSONStory struct {
	Title    string         `json:"title"`
	Articles []JSONArticle  `json:"articles"`
	Summary  []JSONSentence `json:"summary"`
	Words    int            `json:"words"`
	Entities []JSONEntity   `json:"entities,omitzero"`
	Quotes   []JSONQuote    `json:"quotes,omitzero"`
	Timeline *JSONTimeline  `json:"timeline,omitempty"`
	Outlets  *JSONOutlets   `json:"outlets,omitempty"`
}

// JSONArticle describes one article of a story.
type JSONArticle struct {
	ID        string  `json:"id"`
	Outlet    string  `json:"outlet"`
	Title     string  `json:"title"`
	Byline    string  `json:"byline,omitempty"`
	Published *string `json:"published"`
	URL       string  `json:"url,omitempty"`
	Source    string  `json:"source"`
}

// JSONSentence is one sentence of a brief with the articles that report it.
type JSONSentence struct {
	Text      string        `json:"text"`
	From      string        `json:"from"`
	Citations []string      `json:"citations"`
	Support   []JSONSupport `json:"support"`
}

// JSONSupport is one citing article and how closely it says the same thing.
type JSONSupport struct {
	ID         string  `json:"id"`
	Similarity float64 `json:"similarity"`
}

// ToJSON converts a result to its JSON form.
func ToJSON(res news.Result) JSONResult {
	out := JSONResult{Version: SchemaVersion, Stories: []JSONStory{}, Warnings: res.Warnings}
	if out.Warnings == nil {
		out.Warnings = []news.Warning{}
	}
	for _, b := range res.Stories {
		st := JSONStory{Title: safe(b.Title), Words: b.Words, Articles: []JSONArticle{}, Summary: []JSONSentence{}}
		for _, a := range b.Articles {
			ja := JSONArticle{ID: a.ID, Outlet: safe(a.Outlet), Title: safe(a.Title), Byline: safe(a.Byline), URL: a.URL, Source: a.Source,
				Published: rfc(a.Published)}
			st.Articles = append(st.Articles, ja)
		}
		for _, bs := range b.Sentences {
			js := JSONSentence{Text: safe(bs.Text), From: bs.From, Citations: []string{}, Support: []JSONSupport{}}
			for _, c := range bs.Citations {
				js.Citations = append(js.Citations, c.ArticleID)
				js.Support = append(js.Support, JSONSupport{ID: c.ArticleID, Similarity: round3(c.Similarity)})
			}
			st.Summary = append(st.Summary, js)
		}
		if b.Analysis != nil {
			addAnalysisJSON(&st, b.Analysis)
		}
		out.Stories = append(out.Stories, st)
	}
	return out
}

// round3 rounds x to three decimals, half away from zero.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func writeJSON(w io.Writer, res news.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(ToJSON(res))
}
