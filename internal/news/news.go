// Package news holds Storyline's domain: the values that flow through the pipeline
// (Article, Sentence, Brief, Citation, Warning) and the coded error type that every
// stage returns. It is the bottom of the import graph and uses the standard library only.
package news

import "time"

// Article is one news article as read from a source, before or after cleaning.
type Article struct {
	// ID identifies the article within a run; readers derive it from the source so it
	// is stable across runs on the same input.
	ID string `json:"id"`
	// Outlet is the publication that carried the article ("Washington Post"), or "".
	Outlet string `json:"outlet,omitempty"`
	Title  string `json:"title,omitempty"`
	// TitleFromBody is set when the article came without a headline and Title is the
	// first sentence of its body (cut to 20 words).
	TitleFromBody bool   `json:"title_from_body,omitempty"`
	Byline        string `json:"byline,omitempty"`
	// Published is the publication time; the zero value means unknown.
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url,omitempty"`
	Language  string    `json:"language,omitempty"`
	// Paragraphs is the article body, one paragraph per element, in order.
	Paragraphs []string `json:"paragraphs,omitempty"`
	// Source says where the article came from: a file path, "path#n" for the n-th
	// article of a multi-article file, "-" for standard input, or a URL.
	Source string `json:"source"`
	// Format names the reader that produced the article ("text", "json", "sgml", "html").
	Format string `json:"format,omitempty"`
}

// HasDate reports whether the article's publication time is known.
func (a Article) HasDate() bool { return !a.Published.IsZero() }

// Sentence is one sentence of an article body, with the terms later stages compare.
type Sentence struct {
	// Article is the index of the sentence's article in the slice the pipeline works on.
	Article int
	// Paragraph and Index locate the sentence: its paragraph, and its position among
	// all sentences of the article (both from 0).
	Paragraph int
	Index     int
	Text      string
	// Words is the number of words in Text, as a word budget counts them.
	Words int
	// Terms are the sentence's content terms: lower-cased, stemmed, stop words removed.
	Terms []string
}

// Citation points from a brief's sentence to an article that reports it.
type Citation struct {
	ArticleID string
	// Similarity is how closely the article's best matching sentence says the same
	// thing (1 for an exact copy).
	Similarity float64
}

// BriefSentence is one sentence of a brief with every article that supports it.
type BriefSentence struct {
	Text string
	// From is the article the sentence was taken from; it is always among Citations.
	From      string
	Citations []Citation
	// Rank is the sentence's importance: 1 for the sentence the summarizer chose first.
	Rank int
}

// Brief is the short cited summary of one story.
type Brief struct {
	Title     string
	Articles  []Article
	Sentences []BriefSentence
	Words     int
	Analysis  *Analysis `json:",omitempty"` // entities, quotes, timeline and outlets; nil unless asked for
}

// Warning records one input that could not be used, or was used only in part.
type Warning struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Result is what a brief run produces: one brief per story, and a warning for every input
// that was skipped or used only in part.
type Result struct {
	Stories  []Brief
	Warnings []Warning
}
