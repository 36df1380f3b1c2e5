package cluster

import (
	"cmp"
	"container/list"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// Clusterer assigns articles to stories one at a time. It is not safe for concurrent
// use.
type Clusterer struct {
	opt      Options
	df       *docFreq
	held     map[string]*story   // open stories and closed ones not yet taken
	open     *list.List          // open stories, quietest first
	postings map[uint64][]*story // open stories by the key hash of their probe features
	dead     int                 // closed stories still referenced by postings
	live     int                 // live references in postings
	closed   []*story
	rough    map[*story]float64 // scratch for candidates, reused
	newest   time.Time
	seq      int
	fit      fitState
}

// keepVectors is how many of a story's most recent articles keep their vectors, for
// splits and merges; older ones keep only their ids.
const keepVectors = 256

// memberTerms is the number of an article's heaviest features its story keeps, for
// splits and merges.
const memberTerms = 24

// member is one article of a story.
type member struct {
	id  string
	seq int       // arrival number, for ordering after a merge
	at  time.Time // publication time, zero when unknown
	vec []feature // the article's heaviest features, for splits
	// moved explains how the article came to this story when it was moved from
	// another one (see settle), nil otherwise.
	moved *MoveNote
}

type story struct {
	id          string
	members     []member
	first, last time.Time // known publication times
	seen        time.Time // the time used for closing: last arrival, dates or not
	cent        centroid
	posted      map[uint64]bool // key hashes of the probe features posted
	elem        *list.Element
	open        bool
	gen         int // bumped by every merge, for Consolidate
	merges      []news.MergeNote
	split       *news.SplitNote // where the story was split from, nil if nowhere
	dense       []float32       // summed unit dense vectors of the articles, nil without a basis
}

// New returns an empty clusterer; zero fields of opt take their defaults.
func New(opt Options) *Clusterer {
	opt = Defaults(opt)
	return &Clusterer{
		opt: opt, df: newDocFreq(opt.DFWindow), held: map[string]*story{},
		open: list.New(), postings: map[uint64][]*story{}, rough: map[*story]float64{},
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
	return c.AddPrepared(Prepare(doc, c.opt))
}

// AddPrepared is Add for a document already prepared with Prepare.
func (c *Clusterer) AddPrepared(doc Prepared) (Assignment, error) {
	if len(doc.keys) == 0 {
		return Assignment{}, errEmpty(doc.ID)
	}
	t := doc.Time
	if t.IsZero() || t.Before(c.newest) {
		t = c.newest
	}
	c.newest = t
	c.expire(t)
	vec := c.vectorize(doc)
	c.remember(doc)
	emb := c.embed(vec)
	cands := c.candidates(vec, emb, t)
	nearest := 0.0
	if len(cands) > 0 {
		nearest = cands[0].score
	}
	for len(cands) > 0 && cands[0].score < c.bar(len(cands[0].s.members)) {
		cands = cands[1:]
	}
	c.seq++
	// A copy, so that the member does not keep the whole vector's array alive.
	m := member{id: doc.ID, seq: c.seq, at: doc.Time, vec: slices.Clone(vec[:min(len(vec), memberTerms)])}
	if len(cands) == 0 {
		a := Assignment{New: true, Score: nearest, Size: 1}
		s := c.start(m, t)
		c.addDense(s, emb, 1)
		a.Story = s.id
		return a, nil
	}
	best := cands[0].s
	a := Assignment{Score: cands[0].score}
	a.Shared, a.Names = best.cent.shared(vec, c.opt.Explain, displayNames(doc.Names))
	c.join(best, m, vec, t)
	c.addDense(best, emb, 1)
	s := c.absorb(best, cands[1:])
	a.Story, a.Size = s.id, len(s.members)
	return a, nil
}

// bar is the least score for joining a story of n articles.
func (c *Clusterer) bar(n int) float64 {
	return c.opt.Threshold + (c.opt.SoloThreshold-c.opt.Threshold)/math.Sqrt(float64(n))
}

// mergeBar is the least centroid cosine for merging two stories the smaller of which
// has n articles: Threshold for a lone article, which could have joined, rising towards
// MergeThreshold for stories that have each found their own shape.
func (c *Clusterer) mergeBar(n int) float64 {
	return c.opt.Threshold + (c.opt.MergeThreshold-c.opt.Threshold)*(1-1/float64(n))
}

// candidate is an open story and the article's score against it.
type candidate struct {
	s     *story
	score float64
}

// candidates scores vec against the open stories that share its probe features and
// returns them best first. Stories are first ranked by the summed weight of the probe
// features they share (term-at-a-time, as a search engine does); only the Shortlist
// best are scored by full cosine, which keeps the cost per article flat however many
// stories are open.
func (c *Clusterer) candidates(vec []feature, emb []float32, t time.Time) []candidate {
	short := c.shortlist(vec[:min(len(vec), c.opt.Probe)], nil)
	for i := range short {
		s := short[i].s
		short[i].score = c.mix(s.cent.cosine(vec), emb, s.dense) * c.decay(t.Sub(s.seen))
	}
	slices.SortFunc(short, byScore)
	return short
}

// shortlist returns the Shortlist open stories, other than skip, that share most of
// the given features, ranked by the summed weight of the features they share
// (term-at-a-time, as a search engine does, over the 400 most recent stories posted
// under each feature).
func (c *Clusterer) shortlist(feats []feature, skip *story) []candidate {
	rough := c.rough
	defer clear(rough)
	for _, f := range feats {
		list := c.postings[f.h]
		for _, s := range list[max(0, len(list)-400):] {
			if s.open && s != skip {
				rough[s] += f.w
			}
		}
	}
	short := make([]candidate, 0, c.opt.Shortlist+1)
	for s, r := range rough {
		short = insertTop(short, candidate{s, r}, c.opt.Shortlist)
	}
	return short
}

// insertTop inserts x into top, kept best first and at most n long.
func insertTop(top []candidate, x candidate, n int) []candidate {
	i := len(top)
	for i > 0 && byScore(x, top[i-1]) < 0 {
		i--
	}
	if i >= n {
		return top
	}
	top = slices.Insert(top, i, x)
	return top[:min(len(top), n)]
}

// byScore orders candidates best first, then oldest story first.
func byScore(a, b candidate) int {
	if a.score != b.score {
		return cmp.Compare(b.score, a.score)
	}
	return a.s.members[0].seq - b.s.members[0].seq
}

// absorb merges into s the (at most three) runner-up candidates whose centroids have grown close to
// s's, so that a story split early by a high threshold heals as it grows, and returns
// the story that remains.
func (c *Clusterer) absorb(s *story, cands []candidate) *story {
	if c.opt.MergeThreshold >= 1 {
		return s
	}
	for _, o := range cands[:min(len(cands), 3)] {
		if o.s == s || !o.s.open || o.score < c.opt.Threshold*c.opt.MergeProbe {
			continue
		}
		if sim := c.storySim(s, o.s); sim >= c.mergeBar(min(len(s.members), len(o.s.members))) {
			s = c.merge(s, o.s, news.MergeNote{Score: sim})
		}
	}
	return s
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
	s := &story{id: c.newID(m.id), cent: emptyCentroid(), posted: map[uint64]bool{}, open: true, seen: t}
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
	if n := len(s.members) - keepVectors; n >= 0 {
		s.members[n].vec = nil // a story that never goes quiet must not grow without bound
	}
	s.first, s.last = earliest(s.first, m.at), latest(s.last, m.at)
	s.cent.add(vec, 1, c.opt.CentroidTerms)
	if !s.open {
		return
	}
	for _, f := range vec[:min(len(vec), c.opt.Probe)] {
		if !s.posted[f.h] && len(s.posted) < 8*c.opt.CentroidTerms {
			s.posted[f.h] = true
			c.postings[f.h] = append(c.postings[f.h], s)
			c.live++
		}
	}
}

// forgetOldVectors drops the vectors of all but the keepVectors most recent articles
// of s, as attach does one at a time, after a merge or a move inserted articles among
// them.
func forgetOldVectors(s *story) {
	for i := range s.members[:max(0, len(s.members)-keepVectors)] {
		s.members[i].vec = nil
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
// more than MaxOpen are open. Before they close, the stories due are consolidated
// (see Consolidate): a story going quiet gets a last chance to join one that agrees
// with it.
func (c *Clusterer) expire(t time.Time) {
	limit := t.Add(-c.opt.Quiet)
	due := func(s *story, closing int) bool {
		return s.seen.Before(limit) || c.open.Len()-closing >= c.opt.MaxOpen
	}
	var batch []*story
	for e := c.open.Front(); e != nil && due(e.Value.(*story), len(batch)); e = e.Next() {
		batch = append(batch, e.Value.(*story))
	}
	if len(batch) == 0 {
		return
	}
	c.splitStories(batch)
	c.settle(batch)
	c.consolidate(batch)
	for e := c.open.Front(); e != nil && due(e.Value.(*story), 0); e = c.open.Front() {
		c.close(e.Value.(*story))
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
	if c.dead > c.live/2+1024 {
		c.sweep()
	}
}

// sweep drops closed stories from the postings; run when their references reach half
// the live ones, so its cost per closed story is constant.
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
