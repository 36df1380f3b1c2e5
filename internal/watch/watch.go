// Package watch owns polling feeds on a schedule: it asks a poller for each feed's
// entries, keeps only entries it has not seen before, turns those into articles and
// appends them as JSON Lines to one file per day (DIR/YYYY-MM-DD.jsonl). The keys of
// the entries already written persist in DIR/.state, so a restart writes no duplicates.
//
// It does no I/O on the network itself: the poller, the clock and the sleep between
// polls are passed in, so tests run polls without waiting.
package watch

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// Entry is one feed item found by a poll, not yet turned into an article.
type Entry struct {
	// Key identifies the item across polls and restarts: its GUID or URL.
	Key string
	// Article turns the entry into an article (fetching its page when the feed holds
	// only a summary). It is called only for entries not seen before.
	Article func(ctx context.Context) (news.Article, []news.Warning, error)
}

// Options configures Run. Dir, Feeds and Poll are required.
type Options struct {
	// Dir receives the daily JSON Lines files and the .state file.
	Dir string
	// Feeds are the feed URLs polled, in order.
	Feeds []string
	// Poll fetches one feed and returns its entries.
	Poll func(ctx context.Context, feedURL string) ([]Entry, []news.Warning, error)
	// Record is the JSON value written for an article (the article itself when nil).
	Record func(news.Article) any
	// Interval is the time between the starts of two polls (15 minutes when 0).
	Interval time.Duration
	// Once stops Run after the first poll.
	Once bool
	// Now and Sleep are the clock (time.Now and a timer when nil).
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

// Report is what one poll did.
type Report struct {
	Started time.Time
	// New is the number of articles written; Seen the number of entries skipped
	// because an earlier poll wrote them.
	New, Seen int
	Warnings  []news.Warning
}

// Run polls every feed, then waits Interval and polls again, until ctx is done (or
// after one poll with Once). report, when not nil, is called after every poll. Run
// returns nil when stopped by ctx between polls; an error means the output folder or
// the state could not be written.
func Run(ctx context.Context, opt Options, report func(Report)) error {
	opt = opt.withDefaults()
	if opt.Dir == "" || opt.Poll == nil {
		return news.Errorf(news.Invalid, "", "watch: an output folder and a poller are required")
	}
	st, err := openState(filepath.Join(opt.Dir, stateFile))
	if err != nil {
		return err
	}
	defer st.close()
	for {
		start := opt.Now()
		r, err := pollOnce(ctx, opt, st)
		r.Started = start
		if report != nil {
			report(r)
		}
		if err != nil || opt.Once {
			return err
		}
		wait := opt.Interval - opt.Now().Sub(start)
		if err := opt.Sleep(ctx, max(wait, 0)); err != nil || ctx.Err() != nil {
			return nil
		}
	}
}

func (o Options) withDefaults() Options {
	if o.Interval <= 0 {
		o.Interval = 15 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Record == nil {
		o.Record = func(a news.Article) any { return a }
	}
	return o
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// pollOnce polls every feed once and writes its new entries. A feed that fails is a
// warning; a write that fails stops the run.
func pollOnce(ctx context.Context, opt Options, st *state) (Report, error) {
	var r Report
	for _, f := range opt.Feeds {
		if ctx.Err() != nil {
			return r, nil
		}
		entries, warns, err := opt.Poll(ctx, f)
		r.Warnings = append(r.Warnings, warns...)
		if err != nil {
			r.Warnings = append(r.Warnings, news.WarningFrom(f, err))
			continue
		}
		for _, e := range entries {
			if err := writeEntry(ctx, opt, st, e, &r); err != nil {
				return r, err
			}
		}
	}
	return r, nil
}

// writeEntry writes one entry when it is new, then records its key.
func writeEntry(ctx context.Context, opt Options, st *state, e Entry, r *Report) error {
	if e.Key == "" || e.Article == nil {
		return nil
	}
	if st.seen(e.Key) {
		r.Seen++
		return nil
	}
	a, warns, err := e.Article(ctx)
	r.Warnings = append(r.Warnings, warns...)
	if err != nil {
		r.Warnings = append(r.Warnings, news.WarningFrom(e.Key, err))
		return nil // not recorded: a later poll tries again
	}
	line, err := json.Marshal(opt.Record(a))
	if err != nil {
		return fmt.Errorf("encode article %s: %w", a.Source, err)
	}
	path := filepath.Join(opt.Dir, opt.Now().UTC().Format("2006-01-02")+".jsonl")
	if err := appendLine(path, line); err != nil {
		return err
	}
	r.New++
	return st.add(e.Key)
}

// appendLine appends one line to a file, creating it if needed.
func appendLine(path string, line []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return news.Errorf(news.Internal, path, "open output: %v", err)
	}
	_, werr := f.Write(append(line, '\n'))
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return news.Errorf(news.Internal, path, "append article: %v", werr)
	}
	return nil
}
