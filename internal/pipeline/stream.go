package pipeline

import (
	"context"
	"sync"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
)

// StreamHooks receive what a stream run produces as it goes.
type StreamHooks struct {
	// Closed receives every story as it closes (all remaining ones at the end).
	Closed func(cluster.Story)
	// Copy receives every article found to copy an earlier one, with the original's id.
	Copy func(a news.Article, original string)
	// SetAside receives every article placed in no story, with the reason.
	SetAside func(a news.Article, reason string)
	// Done is called after every article with the number handled so far.
	Done func(n int)
}

// StreamStats count what a stream run did.
type StreamStats struct {
	Articles, Copies, SetAside, Stories int
	// MaxOpen is the largest number of stories open at once.
	MaxOpen int
}

// streamBatch is how many articles are prepared together; batches are prepared on all
// cores while the previous one is deduplicated and clustered, in order, on one.
const streamBatch = 512

// Stream reads articles from next, in publication order, until it reports false or ctx
// is cancelled, and runs them through copy detection and online clustering. Memory is
// bounded by the dedupe window and the open stories, not by the length of the stream:
// closed stories are handed to hooks.Closed and forgotten.
func Stream(ctx context.Context, next func() (news.Article, bool), opt StoryOptions, hooks StreamHooks) (StreamStats, error) {
	batches := make(chan []streamDoc, 2)
	go func() {
		defer close(batches)
		for ctx.Err() == nil {
			arts := make([]news.Article, 0, streamBatch)
			for len(arts) < streamBatch {
				a, ok := next()
				if !ok {
					break
				}
				arts = append(arts, a)
			}
			if len(arts) == 0 {
				return
			}
			batches <- prepareStream(arts, dedupe.Defaults(opt.Dedupe), cluster.Defaults(opt.Cluster))
			if len(arts) < streamBatch {
				return
			}
		}
	}()
	var st StreamStats
	dix := dedupe.NewIndex(opt.Dedupe)
	cl := cluster.New(opt.Cluster)
	for batch := range batches {
		for _, d := range batch {
			st.Articles++
			streamOne(d, dix, cl, hooks, &st)
			if hooks.Done != nil {
				hooks.Done(st.Articles)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	cl.Flush()
	drain(cl, hooks, &st)
	return st, nil
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
				out[i] = streamDoc{prepared: p, sig: dedupe.Sign(p.body, dopt),
					feat: cluster.Prepare(cluster.Doc{ID: p.art.ID, Time: p.art.Published, Title: p.title, Terms: p.body, Names: p.names}, copt)}
			}
		})
	}
	wg.Wait()
	return out
}

func streamOne(d streamDoc, dix *dedupe.Index, cl *cluster.Clusterer, hooks StreamHooks, st *StreamStats) {
	aside := func(reason string) {
		st.SetAside++
		if hooks.SetAside != nil {
			hooks.SetAside(d.art, reason)
		}
	}
	if reason := setAside(d.prepared); reason != "" {
		aside(reason)
		return
	}
	if m, dup := dix.Add(d.art.ID, d.art.Published, d.sig); dup {
		st.Copies++
		if hooks.Copy != nil {
			hooks.Copy(d.art, m.ID)
		}
		return
	}
	if _, err := cl.AddPrepared(d.feat); err != nil {
		aside(err.Error())
		return
	}
	st.MaxOpen = max(st.MaxOpen, cl.OpenCount())
	drain(cl, hooks, st)
}

func drain(cl *cluster.Clusterer, hooks StreamHooks, st *StreamStats) {
	for _, s := range cl.TakeClosed() {
		st.Stories++
		if hooks.Closed != nil {
			hooks.Closed(s)
		}
	}
}
