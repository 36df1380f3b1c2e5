// Package render writes briefs for people and programs: plain text with citation marks
// and a numbered source list, Markdown, and a stable JSON schema (see schema.go). Article
// text is hostile input: every format escapes or strips what could act on the reader's
// terminal or renderer.
package render

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/storyline-news/storyline/internal/news"
)

// Formats lists the output formats Write accepts.
var Formats = []string{"text", "markdown", "json"}

// Write writes res to w in the named format.
func Write(w io.Writer, format string, res news.Result) error {
	switch format {
	case "text", "":
		return writeText(w, res)
	case "markdown", "md":
		return writeMarkdown(w, res)
	case "json":
		return writeJSON(w, res)
	}
	return news.Errorf(news.Invalid, "", "unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// source numbers the articles a brief cites, in the order they are first cited, so the
// marks in the text run [1], [2], [3] as a reader meets them.
type sources struct {
	order []news.Article
	num   map[string]int
}

func numberSources(b news.Brief) sources {
	byID := make(map[string]news.Article, len(b.Articles))
	for _, a := range b.Articles {
		byID[a.ID] = a
	}
	s := sources{num: map[string]int{}}
	add := func(id string) {
		if _, ok := s.num[id]; ok {
			return
		}
		if a, ok := byID[id]; ok {
			s.order = append(s.order, a)
			s.num[id] = len(s.order)
		}
	}
	for _, bs := range b.Sentences {
		for _, c := range bs.Citations {
			add(c.ArticleID)
		}
	}
	for _, a := range b.Articles {
		add(a.ID)
	}
	return s
}

// marks returns the citation marks of a sentence, like "[1][3]", in ascending order.
func (s sources) marks(bs news.BriefSentence) []int {
	var nums []int
	for _, c := range bs.Citations {
		if n, ok := s.num[c.ArticleID]; ok {
			nums = append(nums, n)
		}
	}
	for i := 1; i < len(nums); i++ {
		for j := i; j > 0 && nums[j] < nums[j-1]; j-- {
			nums[j], nums[j-1] = nums[j-1], nums[j]
		}
	}
	return nums
}

// outletName is how a source list names an article's publisher: the outlet, else the
// host of its URL, else "" (unknown: the source list then shows where it was read from).
func outletName(a news.Article) string {
	switch {
	case a.Outlet != "":
		return a.Outlet
	case a.URL != "":
		if _, rest, ok := strings.Cut(a.URL, "://"); ok {
			host, _, _ := strings.Cut(rest, "/")
			return host
		}
	}
	return ""
}

// sourceLabel names an article in a source list.
func sourceLabel(a news.Article) string {
	if o := outletName(a); o != "" {
		return o
	}
	return "outlet unknown"
}

func day(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.Format("2006-01-02")
}

// span describes the dates a story covers, like "2017-06-06 to 2017-07-26".
func span(arts []news.Article) string {
	var first, last time.Time
	for _, a := range arts {
		if a.Published.IsZero() {
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
		if a.Published.After(last) {
			last = a.Published
		}
	}
	switch {
	case first.IsZero():
		return "dates unknown"
	case day(first) == day(last):
		return day(first)
	}
	return day(first) + " to " + day(last)
}

// coverage describes who published a story's articles, like "5 articles from 3 outlets"
// or "5 articles from 2 outlets and 3 unknown sources".
func coverage(arts []news.Article) string {
	seen := map[string]bool{}
	unknown := 0
	for _, a := range arts {
		if o := outletName(a); o != "" {
			seen[o] = true
		} else {
			unknown++
		}
	}
	s := plural(len(arts), "article", "articles") + " from " + plural(len(seen), "outlet", "outlets")
	if unknown > 0 {
		s += " and " + plural(unknown, "unknown source", "unknown sources")
	}
	return s
}

// plural is n and the word for n of a thing: "1 article", "2 articles".
func plural(n int, one, many string) string { return fmt.Sprintf("%d %s", n, word(n, one, many)) }

// word is one or many, as n asks.
func word(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// safe removes control and format characters (terminal escapes, bidirectional overrides)
// from article text and folds its white space, so printing it cannot act on a terminal.
func safe(s string) string {
	return strings.Join(strings.FieldsFunc(strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s), unicode.IsSpace), " ")
}
