package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/render"
)

// streamDefaultQuiet is how long a story of a stream stays open without a new
// article, unless --quiet says otherwise.
const streamDefaultQuiet = 720 * time.Hour

// runStoriesStream implements "storyline stories --stream": it follows the inputs as
// a stream and writes each story as it closes (see render.StreamStory), then a count.
func runStoriesStream(ctx context.Context, e *env, cfg pipeline.Config, opt pipeline.StoryOptions, paths []string, format string, articles bool) int {
	longRun(e)
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	warned := 0
	var writeErr error
	write := func(err error) {
		if writeErr == nil {
			writeErr = err
		}
	}
	hooks := pipeline.StreamHooks{
		Story: func(st news.Story) { write(render.StreamStory(e.stdout, format, st, articles)) },
		Copy:  func(a news.Article, original string) { write(render.StreamCopy(e.stdout, format, a, original)) },
		SetAside: func(a news.Article, reason string) {
			warned++
			log.Warn("set aside", slog.String("source", a.Source), slog.String("reason", reason))
		},
		Skipped: func(w news.Warning) {
			warned++
			log.Warn("skipped input", slog.String("source", w.Source), slog.String("reason", w.Reason))
		},
	}
	st, err := pipeline.StreamInputs(ctx, cfg, opt, paths, hooks)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline stories: %v\n", err)
		return exitFor(err)
	}
	write(render.StreamEnd(e.stdout, format, render.JSONStreamEnd{Articles: st.Articles, Stories: st.Stories, Copies: st.Copies, SetAside: warned}))
	if writeErr != nil {
		fmt.Fprintf(e.stderr, "storyline stories: %v\n", writeErr)
		return exitFailed
	}
	if warned > 0 {
		return exitPartial
	}
	return exitOK
}
