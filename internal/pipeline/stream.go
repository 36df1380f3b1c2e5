package pipeline

import (
	"context"
	"strconv"
	"strings"
	"sync"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// StreamHooks receive what a stream run produces as it goes.
type StreamHooks struct {
	// Closed receives every story as it closes (all remaining ones at the end).
	Closed func(cluster.Story)
	// Story, when set, receives every story as it closes, told as "storyline
	// stories" tells it: its articles with their copies, title, words and notes. The
	// stream then keeps the articles of the open stories until they close; after a
	// story's first heldText articles, without their text (Paragraphs nil).
	Story func(news.Story)
	// Copy receives every article found to copy an earlier one, with the original's
	// id; with Story set, only those whose original's story has closed (the others are
	// among the Copies of their original in the story).
	Copy func(a news.Article, original string)
	// SetAside receives every article placed in no story, with the reason.
	SetAside func(a news.Article, reason string)
	// Skipped receives every input StreamInputs could not read or use.
	Skipped func(news.Warning)
	// Done is called after every article with the number handled so far.
	Done func(n int)
}

// StreamStats count what a stream run did.
type StreamStats struct {
	Articles, Copies, SetAside, Stories int
	// MaxOpen is the largest number of stories open at once.
	MaxOpen int
}

// streamBatch is how many articles are prepared together by default; batches are
// prepared on all cores while the previous one is deduplicated and clustered, in
// order, on one.
const streamBatch = 512

// stream is the state of one stream run.
type stream struct {
	dix   *dedupe.Index
	cl    *cluster.Clusterer
	hooks StreamHooks
	st    StreamStats
	// held keeps, with hooks.Story set, the articles of the open stories by id, with
	// the names each was found to have.
	held map[string]*heldArticle
	seq  int
}

// heldArticle is an article of an open story, kept to tell the story when it closes.
type heldArticle struct {
	news.StoryArticle
	names []string
	// shown, for an article held without its text, is Shared in the words the
	// article writes.
	shown []string
}

// heldText is how many of a story's first articles are held with their text, which
// gives the words a story's stems are shown as. A later article is held without it,
// with the words it shares with the story as it writes them, so that a long story
// costs the stream no more than this many texts.
const heldText = 32

// Stream reads articles from next, in publication order, until it reports false or ctx
// is cancelled, and runs them through copy detection and online clustering. Memory is
// bounded by the dedupe window and the open stories, not by the length of the stream:
// closed stories are handed to hooks.Closed and forgotten.
//
// Articles are prepared in batches of up to opt.StreamBatch (default 512), of as many
// as next has ready: a batch never waits for more, so that in a live stream, where
// next waits for each article, each is placed as it comes, and a stream read from a
// file still fills its batches.
func Stream(ctx context.Context, next func() (news.Article, bool), opt StoryOptions, hooks StreamHooks) (StreamStats, error) {
	size := opt.StreamBatch
	if size <= 0 {
		size = streamBatch
	}
	ready := make(chan news.Article, size)
	go func() {
		defer close(ready)
		for ctx.Err() == nil {
			a, ok := next()
			if !ok {
				return
			}
			select {
			case ready <- a:
			case <-ctx.Done():
				return
			}
		}
	}()
	batches := make(chan []streamDoc, 2)
	go func() {
		defer close(batches)
		for a := range ready {
			arts := append(make([]news.Article, 0, size), a)
			for more := true; more && len(arts) < size; {
				select {
				case b, ok := <-ready:
					if more = ok; ok {
						arts = append(arts, b)
					}
				default:
					more = false
				}
			}
			select {
			case batches <- prepareStream(arts, dedupe.Defaults(opt.Dedupe), cluster.Defaults(opt.Cluster)):
			case <-ctx.Done():
				return
			}
		}
	}()
	s := &stream{dix: dedupe.NewIndex(opt.Dedupe), cl: cluster.New(opt.Cluster), hooks: hooks}
	if hooks.Story != nil {
		s.held = map[string]*heldArticle{}
	}
	// Cancelling ends the run even while next waits for input (a live stream): the
	// goroutine waiting in next is then left to end with the process.
	for done := false; !done; {
		select {
		case <-ctx.Done():
			return s.st, ctx.Err()
		case batch, ok := <-batches:
			done = !ok
			for _, d := range batch {
				s.st.Articles++
				s.add(d)
				if hooks.Done != nil {
					hooks.Done(s.st.Articles)
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return s.st, err
	}
	s.cl.Flush()
	s.drain()
	return s.st, nil
}

// streamDoc is a prepared article with its signature.
type streamDoc struct {
	prepared
	sig  dedupe.Signature
	feat cluster.Prepared
}

// prepareStream computes terms, names, signatures and cluster features of a batch on
// two cores.
func prepareStream(arts []news.Article, dopt dedupe.Options, copt cluster.Options) []streamDoc {
	out := make([]streamDoc, len(arts))
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			for i := w; i < len(arts); i += 2 {
				p := prepareOne(arts[i])
				out[i] = streamDoc{prepared: p, sig: dedupe.Sign(p.body, dopt), feat: cluster.Prepare(p.doc(), copt)}
			}
		})
	}
	wg.Wait()
	return out
}

// add runs one prepared article through copy detection and clustering.
func (s *stream) add(d streamDoc) {
	aside := func(reason string) {
		s.st.SetAside++
		if s.hooks.SetAside != nil {
			s.hooks.SetAside(d.art, reason)
		}
	}
	if reason := setAside(d.prepared); reason != "" {
		aside(reason)
		return
	}
	if s.held != nil && s.held[d.art.ID] != nil {
		// Another article of an open story has this id: this one gets a new id, so
		// that the story can tell the two apart.
		s.seq++
		d.art.ID += "~" + strconv.Itoa(s.seq)
		d.feat.ID = d.art.ID
	}
	if m, dup := s.dix.Add(d.art.ID, d.art.Published, d.sig); dup {
		s.st.Copies++
		if orig := s.held[m.ID]; orig != nil {
			c := d.art
			c.Paragraphs = nil // a story lists its copies; their text is the original's
			orig.Copies = append(orig.Copies, c)
		} else if s.hooks.Copy != nil {
			s.hooks.Copy(d.art, m.ID)
		}
		return
	}
	a, err := s.cl.AddPrepared(d.feat)
	if err != nil {
		aside(err.Error())
		return
	}
	if s.held != nil {
		h := &heldArticle{StoryArticle: news.StoryArticle{Article: d.art, Shared: a.Shared, Names: a.Names, Score: a.Score},
			names: d.names}
		if a.Size > heldText {
			forms := text.NewForms(a.Shared)
			forms.AddHeadline(d.art.Title)
			for _, p := range d.art.Paragraphs {
				forms.Add(p)
			}
			h.shown, h.Paragraphs = forms.Words(a.Shared), nil
			// Words and names found in the text may be pieces of it: copied, so
			// that the text can go.
			h.shown, h.Names, h.names = detach(h.shown), detach(h.Names), detach(h.names)
		}
		s.held[d.art.ID] = h
	}
	s.st.MaxOpen = max(s.st.MaxOpen, s.cl.OpenCount())
	s.drain()
}

// drain hands the stories that have closed to the hooks and forgets their articles.
func (s *stream) drain() {
	for _, cs := range s.cl.TakeClosed() {
		s.st.Stories++
		if s.hooks.Closed != nil {
			s.hooks.Closed(cs)
		}
		if s.held == nil {
			continue
		}
		byID := make(map[string]*news.StoryArticle, len(cs.Articles))
		names := nameForms{}
		for _, id := range cs.Articles {
			if h := s.held[id]; h != nil {
				byID[id] = &h.StoryArticle
				names.add(h.names)
			}
		}
		st := assemble(cs, byID, names)
		for i, a := range st.Articles {
			// A stem the story's first articles never write is shown as this one does
			// (a moved article shows the words of its move instead).
			if h := s.held[a.ID]; h != nil && h.shown != nil && a.Moved == nil {
				for j, w := range a.Shared {
					if w == h.Shared[j] {
						st.Articles[i].Shared[j] = h.shown[j]
					}
				}
			}
		}
		for _, id := range cs.Articles {
			delete(s.held, id)
		}
		if s.hooks.Story != nil {
			s.hooks.Story(st)
		}
	}
}

// detach returns ss with each distinct string copied once, so that it no longer
// shares the memory of a longer one.
func detach(ss []string) []string {
	if ss == nil {
		return nil
	}
	copies := make(map[string]string, len(ss))
	out := make([]string, len(ss))
	for i, s := range ss {
		c, ok := copies[s]
		if !ok {
			c = strings.Clone(s)
			copies[s] = c
		}
		out[i] = c
	}
	return out
}
