package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"runtime"
	"strconv"
	"time"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/render"
	"github.com/storyline-news/storyline/internal/streamgen"
)

// streamQuiet is the quiet window of the scale run: a generated day holds 20,000
// articles, so three days keep about 60,000 articles' stories open.
const streamQuiet = 72 * time.Hour

// runStreamBench implements the hidden "storyline stories --bench-stream N
// [--bench-corpus DIR] [--bench-score]": it generates N articles (recombined from the
// articles under DIR, or synthetic), runs them through dedupe and clustering as a
// stream, and reports throughput per 100,000 articles and the heap after each block.
// With score it also scores the stories found against the generator's (B-cubed over
// the distinct articles; copies are dedupe's), keeping two labels per article. It is a
// command, not a test, so that the million-article run stays out of "go test";
// measure peak RSS with /usr/bin/time -v, without score. With tell, each story is
// also told as "stories --stream" tells it (and written to nowhere). The generator's
// seed is 1 unless --bench-seed says otherwise.
func runStreamBench(ctx context.Context, e *env, n int, corpus string, score, tell bool, seed uint64, opt pipeline.StoryOptions) int {
	var source [][]string
	if corpus != "" {
		arts, _, err := pipeline.Read(ctx, pipeline.Config{}, []string{corpus})
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline stories: bench corpus: %v\n", err)
			return exitFor(err)
		}
		for _, a := range arts {
			source = append(source, streamgen.Sentences(a))
		}
	}
	longRun(e) // as "stories --stream"
	gen := streamgen.New(source, streamgen.Options{Seed: seed})
	opt.Cluster.Quiet, opt.Dedupe.Window = streamQuiet, streamQuiet
	made := 0
	next := func() (news.Article, bool) {
		if made == n {
			return news.Article{}, false
		}
		made++
		return gen.Next(), true
	}
	const block = 100_000
	start, last, lastCPU := time.Now(), time.Now(), cpuTime()
	type blockStat struct {
		Block     int     `json:"block"`
		PerSecond float64 `json:"articles_per_second"`
		CPUPerK   float64 `json:"cpu_ms_per_1000"` // CPU time of both cores per 1,000 articles
		HeapMB    float64 `json:"heap_mb"`
	}
	var blocks []blockStat
	hooks := pipeline.StreamHooks{Done: func(done int) {
		if done%block != 0 && done != n {
			return
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		size := done - len(blocks)*block
		cpu := cpuTime()
		b := blockStat{len(blocks) + 1, float64(size) / time.Since(last).Seconds(),
			float64((cpu - lastCPU).Milliseconds()) * 1000 / float64(size), float64(ms.HeapAlloc) / (1 << 20)}
		blocks = append(blocks, b)
		fmt.Fprintf(e.stdout, "articles %8d  block %3d: %8.0f articles/s  %6.0f ms CPU per 1,000  heap %6.1f MB\n",
			done, b.Block, b.PerSecond, b.CPUPerK, b.HeapMB)
		last, lastCPU = time.Now(), cpu
	}}
	if tell {
		// As "stories --stream" does: the articles of open stories are kept, and each
		// story is told, titled and written when it closes.
		hooks.Story = func(st news.Story) { render.StreamStory(io.Discard, "json", st, false) }
	}
	var truth, pred []string
	if score {
		// An article set aside is in no story: it is scored as a story of its own.
		hooks.SetAside = func(a news.Article, _ string) {
			truth = append(truth, strconv.Itoa(streamgen.Story(a)))
			pred = append(pred, "set aside: "+a.ID)
		}
		hooks.Closed = func(s cluster.Story) {
			for _, id := range s.Articles {
				truth = append(truth, strconv.Itoa(streamgen.Story(news.Article{ID: id})))
				pred = append(pred, s.ID)
			}
		}
	}
	st, err := pipeline.Stream(ctx, next, opt, hooks)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline stories: bench: %v\n", err)
		return exitFor(err)
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "%d articles (%d copies, %d set aside) into %d stories, at most %d open, in %.1f s: %.0f articles/s\n",
		st.Articles, st.Copies, st.SetAside, st.Stories, st.MaxOpen, secs, float64(st.Articles)/secs)
	figures := map[string]any{"articles": st.Articles, "copies": st.Copies, "stories": st.Stories,
		"max_open": st.MaxOpen, "seconds": secs, "blocks": blocks}
	if score {
		s := cluster.Score(truth, pred, nil)
		fmt.Fprintf(e.stdout, "against the generator's stories: B-cubed P %.4f R %.4f F1 %.4f, pairwise F1 %.4f\n",
			s.BCubedPrecision, s.BCubedRecall, s.BCubedF1, s.PairwiseF1)
		maps.Copy(figures, scoresJSON(s))
	}
	line, _ := json.Marshal(figures)
	fmt.Fprintln(e.stdout, string(line))
	return exitOK
}
