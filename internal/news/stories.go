package news

import (
	"slices"
	"time"
)

// Stories is what finding the stories of a pile produces: the stories, biggest first
// and then earliest first, and a warning for every input that was skipped or set
// aside.
type Stories struct {
	Stories  []Story
	Warnings []Warning
}

// Story is one story found in a pile: its articles, each with its copies, in
// publication order, and why they are together.
type Story struct {
	ID    string
	Title string
	// Articles are the story's distinct articles; copies are folded into them.
	Articles []StoryArticle
	// First and Last are the earliest and latest known publication times.
	First, Last time.Time
	// Terms are the story's heaviest terms and Names its heaviest names; each term is
	// shown as the word its articles use most for it.
	Terms, Names []string
	// Merges explain the stories folded into this one after they were found apart.
	Merges []MergeNote
	// Split says which story this one was split from, nil if none.
	Split *SplitNote
}

// StoryArticle is one distinct article of a story, with every copy of it.
type StoryArticle struct {
	Article
	// Copies are the other articles found to carry the same text.
	Copies []Article
	// Shared and Names are the terms (as words, like Story.Terms) and names that made
	// the article join a story when it arrived (empty for an article that started
	// one), or that it shares with the story it was moved to; a later merge or split,
	// which the story's notes explain, leaves them as they were.
	Shared, Names []string
	// Score is the similarity that decided the assignment.
	Score float64
	// Moved says where the article was moved from, nil if it stayed where it arrived.
	Moved *Move
}

// Move explains an article moved from the story it joined on arrival to one it fits
// clearly better.
type Move struct {
	// From is the story it left, and Own its similarity to that story without it.
	From string
	Own  float64
	// Into is the story From was later merged into, "" if From was not merged
	// away (its id then names no story of the result).
	Into string
}

// MergeNote explains one story folded into another, by consolidation or by an edit.
type MergeNote struct {
	// Story is the id of the story absorbed and Articles the number of its articles.
	Story    string
	Articles int
	// Score is the similarity of the two stories' centroids that decided the merge
	// (0 for an edit).
	Score float64
	// Shared and Names are the terms and names the two stories shared most.
	Shared, Names []string
	// Edit is true when a user asked for the merge.
	Edit bool
	// BySeparation is true when the stories' separation (how much closer their
	// articles are to their own story's centre than to the other's), not their
	// similarity, decided the merge, and Separation is that separation.
	BySeparation bool
	Separation   float64
}

// SplitNote explains a story split off another, before it closed or by an edit.
type SplitNote struct {
	// Story is the id of the story it was split from, which keeps its id and the
	// other articles.
	Story string
	// Separation is how much closer (cosine), on average, the articles were to their
	// own part's centre than to the other part's (0 for an edit).
	Separation float64
	// Edit is true when a user asked for the split.
	Edit bool
}

// Size returns the number of articles of the story, copies included.
func (s Story) Size() int {
	n := 0
	for _, a := range s.Articles {
		n += 1 + len(a.Copies)
	}
	return n
}

// Outlets returns the distinct outlets that carried the story, copies included, in
// order of first appearance.
func (s Story) Outlets() []string {
	var out []string
	for _, a := range s.Articles {
		for _, x := range append([]Article{a.Article}, a.Copies...) {
			if x.Outlet != "" && !slices.Contains(out, x.Outlet) {
				out = append(out, x.Outlet)
			}
		}
	}
	return out
}
