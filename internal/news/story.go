package news

import (
	"path/filepath"
	"strings"
	"time"
)

// Analysis is what one story is made of: who is in it, what they said, when things
// happened, and how the outlets that cover it agree and differ. Every item cites the
// articles it comes from by Article.ID.
type Analysis struct {
	// Entities are the story's people, organisations, places and outlets, most mentioned
	// first.
	Entities []Entity
	// Quotes are the story's direct quotations, each once with every article carrying it.
	Quotes []Quote
	// Timeline is the dated events of the story in time order; Undated are the events
	// whose time expressions could not be resolved (relative expressions of articles
	// with no publication time), in article order, never placed by guess.
	Timeline []Event
	Undated  []Event
	// Outlets sets the outlets side by side.
	Outlets Comparison
}

// Count is a number of mentions under a key (an article ID or an outlet label).
type Count struct {
	Key string
	N   int
}

// Mention is one occurrence of an entity: Start and End are byte offsets in paragraph
// Paragraph of the article, and Text is the words between them.
type Mention struct {
	ArticleID  string
	Paragraph  int
	Start, End int
	Text       string
}

// Entity is one person, organisation, place or outlet of a story with its mentions
// merged across articles.
type Entity struct {
	Name string
	// Kind is "person", "organization", "place" or "outlet".
	Kind    string
	Aliases []string
	// Roles are the titles seen with a person ("Attorney General").
	Roles    []string
	Mentions []Mention
	// PerArticle counts the mentions by article, in the story's article order;
	// PerOutlet by outlet label (see OutletLabel), most mentions first.
	PerArticle []Count
	PerOutlet  []Count
}

// Quote is one direct quotation of a story with every article that carries it.
type Quote struct {
	Text string
	// Speaker is the speaker's name, the role of an unnamed source, or "".
	Speaker string
	// SpeakerKind is "named", "anonymous" or "unknown".
	SpeakerKind string
	Verb        string
	// Partial marks a fragment quoted inside the writer's own sentence.
	Partial bool
	// From is the article of the first occurrence; Articles lists every article that
	// carries the quotation, in the story's order.
	From     string
	Articles []string
	// Variants are the distinct wordings, first the one of Text; Differs marks a
	// quotation worded differently by different articles.
	Variants []Variant
	Differs  bool
}

// Variant is one wording of a quotation and the articles that carry it.
type Variant struct {
	Text     string
	Articles []string
}

// TimeExpr is one time expression normalised to a TIMEX3 value.
type TimeExpr struct {
	Text string
	// Type is DATE, TIME, DURATION or SET; Value the TIMEX3 value ("2017-07-27",
	// "2017-W30", "XXXX-XX-XX" when unresolved); Granularity century, decade, year,
	// half, quarter, season, month, week, day, time, duration, set or ref.
	Type, Value, Granularity string
	// Attributive marks a year that modifies a noun past the opening words of its
	// sentence ("he has not voted since the 2016 election"): it dates a thing the
	// sentence names, not the sentence, which it never places on a timeline.
	Attributive bool
	// Since marks an expression right after "since" ("46 fatal incidents since 1965"):
	// it starts a state the sentence tells and never places the sentence on a timeline.
	Since bool
}

// Resolved reports whether the expression's value names a point of the calendar
// (no X placeholder, not a reference such as PRESENT_REF).
func (t TimeExpr) Resolved() bool {
	return t.Value != "" && !strings.ContainsRune(t.Value, 'X') && !strings.HasSuffix(t.Value, "_REF") &&
		t.Value[0] >= '0' && t.Value[0] <= '9'
}

// Event is one sentence that carries a time expression, told by one or more articles.
type Event struct {
	// Time is the expression that dates the event; Start is the beginning of its span
	// (zero when unresolved), by which the timeline is sorted.
	Time  TimeExpr
	Start time.Time
	// Text is the sentence of article From; Articles lists every article that tells the
	// event, in the story's order.
	Text     string
	From     string
	Articles []string
}

// Fact is one thing the story's articles report: a cluster of sentences that say the
// same across articles.
type Fact struct {
	// Text is the sentence of article From that stands for the cluster.
	Text     string
	From     string
	Articles []string
	// Outlets are the labels of the outlets that report the fact, in story order.
	Outlets []string
}

// ConflictSide is one telling of a conflicting slot.
type ConflictSide struct {
	// Value is what this telling puts in the slot ("12", "2017-07-27", "Jody Hunt", or
	// a quotation's wording); Text is the sentence or quotation that says it.
	Value    string
	Text     string
	Articles []string
	Outlets  []string
}

// OutletConflict is one slot that outlets fill differently in sentences that otherwise
// say nearly the same thing. (The name Conflict is the error code of error.go.)
type OutletConflict struct {
	// Slot is "number", "date", "name" or "quote".
	Slot  string
	Sides []ConflictSide
}

// OutletView is one outlet's part in a story.
type OutletView struct {
	// Outlet is the label (see OutletLabel).
	Outlet   string
	Articles []string
	// Facts counts the facts the outlet reports; Unique those only it reports.
	Facts, Unique int
}

// Comparison sets a story's outlets side by side.
type Comparison struct {
	Outlets []OutletView
	// Common are the facts every outlet reports (empty with a single outlet); Coverage
	// the facts reported by more than one outlet, most outlets first, for a table of
	// outlets by facts; Unique the most salient facts only one outlet reports.
	Common    []Fact
	Coverage  []Fact
	Unique    []Fact
	Conflicts []OutletConflict
}

// OutletLabel names an article's publisher for side-by-side views: the outlet, else the
// host of its URL, else the file name of its source.
func OutletLabel(a Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	if _, rest, ok := strings.Cut(a.URL, "://"); ok {
		if host, _, _ := strings.Cut(rest, "/"); host != "" {
			return host
		}
	}
	if a.Source == "" || a.Source == "-" {
		return "standard input"
	}
	return filepath.Base(a.Source)
}
