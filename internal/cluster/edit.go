package cluster

import (
	"slices"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// TakeClosed returns the stories closed since the last call, in the order they closed,
// and forgets them: a stream's caller drains them after each Add to keep memory flat.
func (c *Clusterer) TakeClosed() []Story {
	if len(c.closed) == 0 {
		return nil
	}
	out := make([]Story, 0, len(c.closed))
	for _, s := range c.closed {
		out = append(out, s.public())
		delete(c.held, s.id)
		// Postings may still point at s until the next sweep: keep only the shell.
		s.members, s.cent, s.merges, s.dense, s.split = nil, centroid{}, nil, nil, nil
	}
	clear(c.closed)
	c.closed = c.closed[:0]
	return out
}

// Flush closes every open story; the next TakeClosed returns them too.
func (c *Clusterer) Flush() {
	var all []*story
	for e := c.open.Front(); e != nil; e = e.Next() {
		all = append(all, e.Value.(*story))
	}
	c.splitStories(all)
	c.settle(all)
	c.Consolidate()
	for e := c.open.Front(); e != nil; e = c.open.Front() {
		c.close(e.Value.(*story))
	}
}

// Stories returns every story not yet taken, open or closed, in the order they
// started.
func (c *Clusterer) Stories() []Story {
	var all []*story
	for _, s := range c.held {
		all = append(all, s)
	}
	slices.SortFunc(all, func(a, b *story) int { return a.members[0].seq - b.members[0].seq })
	out := make([]Story, len(all))
	for i, s := range all {
		out[i] = s.public()
	}
	return out
}

// public is the story as callers see it.
func (s *story) public() Story {
	st := Story{ID: s.id, First: s.first, Last: s.last, Articles: make([]string, len(s.members))}
	for i, m := range s.members {
		st.Articles[i] = m.id
	}
	st.Merges = slices.Clone(s.merges)
	for _, m := range s.members {
		if m.moved != nil {
			st.Moves = append(st.Moves, *m.moved)
		}
	}
	if s.split != nil {
		note := *s.split
		st.Split = &note
	}
	if s.cent.w != nil {
		for _, f := range s.cent.top(24) {
			if strings.HasPrefix(f.key, "@") {
				if len(st.Names) < 4 {
					st.Names = append(st.Names, label(f.key, nil))
				}
			} else if len(st.Terms) < 8 {
				st.Terms = append(st.Terms, f.key)
			}
		}
	}
	return st
}

// Merge moves every article of story b into story a, or of a into b, whichever started
// later into the one that started earlier, and returns the id that remains. Both must
// be held (open, or closed and not yet taken). A merged story is open if either was.
// The surviving story records the merge as an edit (see news.MergeNote).
func (c *Clusterer) Merge(a, b string) (string, error) {
	sa, sb := c.held[a], c.held[b]
	switch {
	case sa == nil:
		return "", news.Errorf(news.NotFound, a, "merge: no such story")
	case sb == nil:
		return "", news.Errorf(news.NotFound, b, "merge: no such story")
	case sa == sb:
		return a, nil
	}
	return c.merge(sa, sb, news.MergeNote{Edit: true}).id, nil
}

// Split moves the named articles of a story into a new story, whose id derives from
// the first of them as for any story, and returns that id.
func (c *Clusterer) Split(id string, articles []string) (string, error) {
	s := c.held[id]
	if s == nil {
		return "", news.Errorf(news.NotFound, id, "split: no such story")
	}
	move := map[string]bool{}
	for _, a := range articles {
		move[a] = true
	}
	n := 0
	for _, m := range s.members {
		if move[m.id] {
			n++
		}
	}
	if n == 0 || n == len(s.members) {
		return "", news.Errorf(news.Invalid, id, "split: the articles to move must be some, not all, of the story's")
	}
	ns := c.splitOff(s, move, news.SplitNote{Story: id, Edit: true})
	return ns.id, nil
}

// splitOff moves the members of s named in move into a new story, open if s is, that
// records note, and returns it.
func (c *Clusterer) splitOff(s *story, move map[string]bool, note news.SplitNote) *story {
	var keep, moved []member
	for _, m := range s.members {
		if move[m.id] {
			moved = append(moved, m)
		} else {
			keep = append(keep, m)
		}
	}
	for _, m := range moved {
		s.cent.add(m.vec, -1, c.opt.CentroidTerms)
	}
	s.members, s.first, s.last = keep, time.Time{}, time.Time{}
	for _, m := range keep {
		s.first, s.last = earliest(s.first, m.at), latest(s.last, m.at)
	}
	ns := &story{id: c.newID(moved[0].id), cent: emptyCentroid(), posted: map[uint64]bool{}, seen: s.seen, split: &note}
	c.held[ns.id] = ns
	for _, m := range moved {
		c.attach(ns, m, m.vec)
	}
	s.dense, ns.dense = c.embedStory(s), c.embedStory(ns)
	if s.open {
		c.reopen(ns)
	} else {
		c.closed = append(c.closed, ns)
	}
	return ns
}

// retire removes a story absorbed by a merge.
func (c *Clusterer) retire(s *story) {
	if s.open {
		c.open.Remove(s.elem)
		c.dead += len(s.posted)
		c.live -= len(s.posted)
		s.open, s.elem, s.posted = false, nil, nil
	} else {
		c.closed = slices.DeleteFunc(c.closed, func(x *story) bool { return x == s })
	}
	delete(c.held, s.id)
}

// reopen makes a held story open again.
func (c *Clusterer) reopen(s *story) {
	c.closed = slices.DeleteFunc(c.closed, func(x *story) bool { return x == s })
	s.open = true
	s.elem = c.open.PushBack(s)
	if s.posted == nil {
		s.posted = map[uint64]bool{}
	}
	c.repost(s, s.members)
}

// repost posts the probe features of the given members of an open story.
func (c *Clusterer) repost(s *story, members []member) {
	for _, m := range members {
		for _, f := range m.vec[:min(len(m.vec), c.opt.Probe)] {
			if !s.posted[f.h] {
				s.posted[f.h] = true
				c.postings[f.h] = append(c.postings[f.h], s)
				c.live++
			}
		}
	}
}

// requeue moves an open story to its place in the quiet order after its last-seen
// time changed.
func (c *Clusterer) requeue(s *story) {
	e := c.open.Back()
	for e != nil && e.Value.(*story).seen.After(s.seen) {
		e = e.Prev()
	}
	switch {
	case e == nil:
		c.open.MoveToFront(s.elem)
	case e != s.elem:
		c.open.MoveAfter(s.elem, e)
	}
}
