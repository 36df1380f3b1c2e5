package cluster

import (
	"container/list"
	"fmt"
	"hash/fnv"
	"math"
	"time"
)

// Clusterer assigns articles to stories one at a time. It is not safe for concurrent
// use.
type Clusterer struct {
	opt      Options
	df       *docFreq
	held     map[string]*story // open stories and closed ones not yet taken
	open     *list.List        // open stories, quietest first
	postings map[string][]*story
	dead     int // closed stories still referenced by postings
	live     int // live references in postings
	closed   []*story
	newest   time.Time
	seq      int
}

// member is one article of a story.
type member struct {
	id  string
	seq int       // arrival number, for ordering after a merge
	at  time.Time // publication time, zero when unknown
	vec []feature // the article's heaviest features, for splits
}

type story struct {
	id          string
	members     []member
	first, last time.Time // known publication times
	seen        time.Time // the time used for closing: last arrival, dates or not
	cent        centroid
	posted      map[string]bool
	elem        *list.Element
	open        bool
}

// New returns an empty clusterer; zero fields of opt take their defaults.
func New(opt Options) *Clusterer {
	opt = Defaults(opt)
	return &Clusterer{
		opt: opt, df: newDocFreq(opt.DFWindow), held: map[string]*story{},
		open: list.New(), postings: map[string][]*story{},
	}
}

// Options returns the clusterer's options with defaults applied.
func (c *Clusterer) Options() Options { return c.opt }

// OpenCount returns the number of open stories.
func (c *Clusterer) OpenCount() int { return c.open.Len() }

// Add assigns doc to a story: the best open story whose score reaches the threshold,
// or a new one. Stories that have gone quiet by doc's time are closed first (see
// TakeClosed). A document with no terms and no names is refused with an Invalid error.
func (c *Clusterer) Add(doc Doc) (Assignment, error) {
	cnt := counts(doc, c.opt)
	if len(cnt) == 0 {
		return Assignment{}, errEmpty(doc.ID)
	}
	t := doc.Time
	if t.IsZero() || t.Before(c.newest) {
		t = c.newest
	}
	c.newest = t
	c.expire(t)
	vec := c.vectorize(cnt)
	best, score, runner := c.bestStory(vec, t)
	c.seq++
	m := member{id: doc.ID, seq: c.seq, at: doc.Time, vec: vec[:min(len(vec), 24):min(len(vec), 24)]}
	if best == nil {
		s := c.start(m, t)
		return Assignment{Story: s.id, New: true, Score: runner}, nil
	}
	a := Assignment{Story: best.id, Score: score, Shared: best.cent.shared(vec, c.opt.Explain, displayNames(doc.Names))}
	c.join(best, m, vec, t)
	return a, nil
}

// bestStory returns the best-scoring open story sharing a probe feature with vec and
// its score if it reaches the threshold, and otherwise nil and the best score seen.
func (c *Clusterer) bestStory(vec []feature, t time.Time) (*story, float64, float64) {
	var best *story
	bestScore := 0.0
	seen := map[*story]bool{}
	for _, f := range vec[:min(len(vec), c.opt.Probe)] {
		list := c.postings[f.key]
		for _, s := range list[max(0, len(list)-400):] {
			if !s.open || seen[s] {
				continue
			}
			seen[s] = true
			if sc := s.cent.cosine(vec) * c.decay(t.Sub(s.seen)); sc > bestScore {
				best, bestScore = s, sc
			}
		}
	}
	if bestScore < c.opt.Threshold {
		return nil, bestScore, bestScore
	}
	return best, bestScore, bestScore
}

// decay is the time discount of a story quiet for gap.
func (c *Clusterer) decay(gap time.Duration) float64 {
	if gap < 0 {
		gap = -gap
	}
	x := float64(gap) / float64(c.opt.TimeScale)
	return 1 - c.opt.TimeWeight + c.opt.TimeWeight*math.Exp(-x)
}

// start opens a new story with one article.
func (c *Clusterer) start(m member, t time.Time) *story {
	s := &story{id: c.newID(m.id), cent: centroid{w: map[string]float64{}}, posted: map[string]bool{}, open: true, seen: t}
	c.held[s.id] = s
	s.elem = c.open.PushBack(s)
	c.attach(s, m, m.vec)
	return s
}

// join adds an article to an open story.
func (c *Clusterer) join(s *story, m member, vec []feature, t time.Time) {
	if t.After(s.seen) {
		s.seen = t
	}
	c.open.MoveToBack(s.elem)
	c.attach(s, m, vec)
}

// attach adds the member's vector to the story's centroid and posts its probe features.
func (c *Clusterer) attach(s *story, m member, vec []feature) {
	s.members = append(s.members, m)
	s.first, s.last = earliest(s.first, m.at), latest(s.last, m.at)
	s.cent.add(vec, 1, c.opt.CentroidTerms)
	if !s.open {
		return
	}
	for _, f := range vec[:min(len(vec), c.opt.Probe)] {
		if !s.posted[f.key] && len(s.posted) < 8*c.opt.CentroidTerms {
			s.posted[f.key] = true
			c.postings[f.key] = append(c.postings[f.key], s)
			c.live++
		}
	}
}

// newID derives a story id from its first article's id; it never changes afterwards.
func (c *Clusterer) newID(articleID string) string {
	h := fnv.New64a()
	h.Write([]byte(articleID))
	id := fmt.Sprintf("s%012x", h.Sum64()>>16)
	for n := 2; c.held[id] != nil; n++ {
		id = fmt.Sprintf("s%012x-%d", h.Sum64()>>16, n)
	}
	return id
}

// expire closes the stories quiet since before t-Quiet, and the quietest ones while
// more than MaxOpen are open.
func (c *Clusterer) expire(t time.Time) {
	limit := t.Add(-c.opt.Quiet)
	for e := c.open.Front(); e != nil; e = c.open.Front() {
		s := e.Value.(*story)
		if !s.seen.Before(limit) && c.open.Len() < c.opt.MaxOpen {
			break
		}
		c.close(s)
	}
}

// close moves an open story to the closed list and frees what only open stories need.
func (c *Clusterer) close(s *story) {
	c.open.Remove(s.elem)
	s.elem, s.open = nil, false
	c.dead += len(s.posted)
	c.live -= len(s.posted)
	s.posted = nil
	c.closed = append(c.closed, s)
	if c.dead > c.live+1024 {
		c.sweep()
	}
}

// sweep drops closed stories from the postings; run when they outnumber open ones, so
// its cost per closed story is constant.
func (c *Clusterer) sweep() {
	for k, list := range c.postings {
		kept := list[:0]
		for _, s := range list {
			if s.open {
				kept = append(kept, s)
			}
		}
		clear(list[len(kept):])
		if len(kept) == 0 {
			delete(c.postings, k)
		} else {
			c.postings[k] = kept
		}
	}
	c.dead = 0
}

// earliest returns the earlier of two times, ignoring unknown (zero) ones.
func earliest(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}

// latest returns the later of two times.
func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
