package render

import (
	"encoding/json"
	"io"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// JSONStoryList is the JSON document of a story list ("storyline stories --format
// json"), version 1.
type JSONStoryList struct {
	Version  int               `json:"version"`
	Stories  []JSONListedStory `json:"stories"`
	Warnings []news.Warning    `json:"warnings"`
}

type JSONListedStory struct {
	ID       string              `json:"id"`
	Title    string              `json:"title"`
	Size     int                 `json:"size"`
	Outlets  []string            `json:"outlets"`
	First    *string             `json:"first"`
	Last     *string             `json:"last"`
	Terms    []string            `json:"terms"`
	Names    []string            `json:"names"`
	Articles []JSONListedArticle `json:"articles"`
	Merged   []JSONMerge         `json:"merged,omitempty"`
	Split    *JSONSplit          `json:"split_from,omitempty"`
}

// JSONSplit says which story this one was split from.
type JSONSplit struct {
	Story      string  `json:"story"`
	Separation float64 `json:"separation"`
	Edit       bool    `json:"edit,omitempty"`
}

// JSONMove says which story an article was moved from, and its similarity to that
// story without it.
type JSONMove struct {
	Story string  `json:"story"`
	Own   float64 `json:"own_score"`
	// Into is the story Story was later merged into, when it was.
	Into string `json:"merged_into,omitempty"`
}

// JSONMerge explains a story folded into this one.
type JSONMerge struct {
	Story    string   `json:"story"`
	Articles int      `json:"articles"`
	Score    float64  `json:"score"`
	Shared   []string `json:"shared"`
	Names    []string `json:"names"`
	Edit     bool     `json:"edit,omitempty"`
	// Separation is set when the stories' separation, not their similarity,
	// decided the merge.
	Separation *float64 `json:"separation,omitempty"`
}

type JSONListedArticle struct {
	ID        string              `json:"id"`
	Title     string              `json:"title"`
	Outlet    string              `json:"outlet"`
	Published *string             `json:"published"`
	URL       string              `json:"url,omitempty"`
	Source    string              `json:"source"`
	Shared    []string            `json:"shared"`
	Names     []string            `json:"names"`
	Score     float64             `json:"score"`
	Copies    []JSONListedArticle `json:"copies"`
	// Moved is set when the article was moved from the story it joined on arrival.
	Moved *JSONMove `json:"moved_from,omitempty"`
}

func writeStoriesJSON(w io.Writer, res news.Stories) error {
	out := JSONStoryList{Version: 1, Stories: []JSONListedStory{}, Warnings: res.Warnings}
	if out.Warnings == nil {
		out.Warnings = []news.Warning{}
	}
	for _, st := range res.Stories {
		out.Stories = append(out.Stories, listedStory(st))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// nonNil is xs, or an empty list for nil, so that JSON shows [] rather than null.
func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

// articleJSON is an article of a story list, without why it is there.
func articleJSON(a news.Article) JSONListedArticle {
	return JSONListedArticle{ID: a.ID, Title: safe(a.Title), Outlet: safe(a.Outlet), Published: rfc(a.Published), URL: a.URL,
		Source: a.Source, Shared: []string{}, Names: []string{}, Copies: []JSONListedArticle{}}
}

// rfc is a time in RFC 3339, nil for an unknown one.
func rfc(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}

// separationOf is the separation that decided a merge, nil if it did not.
func separationOf(m news.MergeNote) *float64 {
	if !m.BySeparation {
		return nil
	}
	v := round3(m.Separation)
	return &v
}

// listedStory is one story of a list as JSON.
func listedStory(st news.Story) JSONListedStory {
	js := JSONListedStory{ID: st.ID, Title: safe(st.Title), Size: st.Size(), Outlets: safeAll(st.Outlets()), First: rfc(st.First),
		Last: rfc(st.Last), Terms: nonNil(st.Terms), Names: nonNil(st.Names), Articles: []JSONListedArticle{}}
	if sp := st.Split; sp != nil {
		js.Split = &JSONSplit{Story: sp.Story, Separation: round3(sp.Separation), Edit: sp.Edit}
	}
	for _, m := range st.Merges {
		js.Merged = append(js.Merged, JSONMerge{Story: m.Story, Articles: m.Articles, Score: round3(m.Score),
			Shared: nonNil(m.Shared), Names: nonNil(m.Names), Edit: m.Edit, Separation: separationOf(m)})
	}
	for _, a := range st.Articles {
		ja := articleJSON(a.Article)
		ja.Score = round3(a.Score)
		if a.Shared != nil {
			ja.Shared = a.Shared
		}
		if a.Names != nil {
			ja.Names = a.Names
		}
		for _, c := range a.Copies {
			ja.Copies = append(ja.Copies, articleJSON(c))
		}
		if a.Moved != nil {
			ja.Moved = &JSONMove{Story: a.Moved.From, Own: round3(a.Moved.Own), Into: a.Moved.Into}
		}
		js.Articles = append(js.Articles, ja)
	}
	return js
}
