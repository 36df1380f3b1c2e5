// Package pipeline is the one place where Storyline's stages meet. It wires
// ingest -> clean -> text -> summarize for a pile of articles; each stage knows only the
// domain types of package news, and this package passes values from one to the next.
package pipeline

import (
	"context"
	"io"
	"runtime"
	"sync"

	"github.com/storyline-news/storyline/internal/clean"
	"github.com/storyline-news/storyline/internal/extract"
	"github.com/storyline-news/storyline/internal/ingest"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/summarize"
	"github.com/storyline-news/storyline/internal/text"
)

// Config is what a brief run needs from its caller; main builds it from flags and the
// environment.
type Config struct {
	// Words is the word budget of each brief (default 150).
	Words int
	// Focus is an optional information need that steers the brief.
	Focus string
	// MaxBytes caps the size of one input (ingest.DefaultMaxBytes when 0).
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// Tune, when set, adjusts the summarizer's options after Words and Focus are applied;
	// evaluation and tuning runs use it, the command line does not.
	Tune func(*summarize.Options)
	// Web reads inputs that are URLs, and feed files; nil reads no URLs.
	Web *Web
	// Analyze adds each story's analysis (entities, quotes, timeline, outlets; see
	// Analyze) to its brief.
	Analyze bool
}

// Brief reads every path, finds the stories in the pile (copies collapsed, articles
// clustered; see BriefStories) and writes one brief per story, biggest first.
// Inputs that cannot be used become warnings in the result; the error is non-nil only
// when nothing usable was read or ctx was cancelled.
func Brief(ctx context.Context, cfg Config, paths []string) (news.Result, error) {
	return BriefStories(ctx, cfg, StoryOptions{}, paths)
}

// Read reads and cleans the articles of every path. Articles left with no text after
// cleaning are dropped with a warning.
func Read(ctx context.Context, cfg Config, paths []string) ([]news.Article, []news.Warning, error) {
	opt := ingest.Options{
		MaxBytes: cfg.MaxBytes,
		Stdin:    cfg.Stdin,
		HTML: func(source string, page []byte) (news.Article, error) {
			return extract.Page(ctx, source, page, extract.Options{})
		},
	}
	arts, warns, err := readInputs(ctx, cfg, paths, opt)
	if err != nil {
		return nil, warns, err
	}
	arts, dropped := Clean(arts)
	return arts, append(warns, dropped...), nil
}

// Clean removes the boilerplate of articles read together (see package clean) and
// drops, with a warning each, those left with no text.
func Clean(arts []news.Article) ([]news.Article, []news.Warning) {
	arts, _ = clean.Clean(arts, clean.Options{})
	kept := arts[:0]
	var warns []news.Warning
	for _, a := range arts {
		if len(a.Paragraphs) == 0 {
			warns = append(warns, news.Warning{Source: a.Source, Reason: "no article text left after removing boilerplate"})
			continue
		}
		kept = append(kept, a)
	}
	return kept, warns
}

// Summarize writes the brief of one story's cleaned articles.
func Summarize(arts []news.Article, cfg Config) news.Brief {
	opt := summarize.Defaults(text.Terms)
	if cfg.Words > 0 {
		opt.Words = cfg.Words
	}
	opt.Focus = cfg.Focus
	if cfg.Tune != nil {
		cfg.Tune(&opt)
	}
	return summarize.Summarize(arts, sentences(arts), opt)
}

// sentences splits the articles into sentences on every core: text.Sentences on runs of
// articles, the runs' article indexes shifted back to the whole pile's.
func sentences(arts []news.Article) []news.Sentence {
	workers := min(runtime.GOMAXPROCS(0), len(arts)/64+1)
	if workers <= 1 {
		return text.Sentences(arts)
	}
	parts := make([][]news.Sentence, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(arts)/workers, (w+1)*len(arts)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[w] = text.Sentences(arts[lo:hi])
			for i := range parts[w] {
				parts[w][i].Article += lo
			}
		}()
	}
	wg.Wait()
	var out []news.Sentence
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
