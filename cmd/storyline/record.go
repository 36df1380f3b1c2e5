package main

import (
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// record is the JSON form of an extracted article that extract, fetch and watch
// write: one object per article.
type record struct {
	Source    string  `json:"source"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Byline    string  `json:"byline"`
	Outlet    string  `json:"outlet"`
	Published *string `json:"published"` // RFC 3339, or null when unknown
	Language  string  `json:"language"`
	Text      string  `json:"text"` // paragraphs joined by blank lines
}

func recordOf(a news.Article) record {
	r := record{
		Source: a.Source, URL: a.URL, Title: a.Title, Byline: a.Byline, Outlet: a.Outlet,
		Language: a.Language, Text: strings.Join(a.Paragraphs, "\n\n"),
	}
	if a.HasDate() {
		s := a.Published.Format(time.RFC3339)
		r.Published = &s
	}
	return r
}
