package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const storiesUsage = `Usage: storyline stories [flags] PATH...

Lists the stories in the articles of PATH (files, folders read recursively, or - for
standard input): copies of one text are collapsed into one article that keeps every
outlet and URL, and articles are grouped into stories in publication order.

Flags:
`

// runStories implements "storyline stories".
func runStories(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("stories", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", envString(e, "STORYLINE_FORMAT", "text"), "output format: text or json (env STORYLINE_FORMAT)")
	listArticles := fs.Bool("articles", false, "text: list every story's articles with their ids (for --split) and why each is there")
	maxBytes := fs.Int64("max-bytes", 64<<20, "largest input file to read, in bytes")
	bench := fs.Int("bench-stream", 0, "")      // hidden: run a generated stream of N articles (see stream.go)
	corpus := fs.String("bench-corpus", "", "") // hidden: folder of real articles for the generator
	score := fs.Bool("bench-score", false, "")  // hidden: score the stream's stories against the generator's
	opt := storyFlags(fs)
	var edits []pipeline.Edit
	fs.Func("merge", "merge two stories: ID,ID (repeatable; the story that started first keeps its id)", func(v string) error {
		a, b, ok := strings.Cut(v, ",")
		if !ok || a == "" || b == "" || strings.Contains(b, ",") {
			return fmt.Errorf("want two story ids, ID,ID")
		}
		edits = append(edits, pipeline.Edit{Merge: [2]string{a, b}})
		return nil
	})
	fs.Func("split", "move articles into a story of their own: ID=ARTICLE,ARTICLE... (repeatable)", func(v string) error {
		id, list, ok := strings.Cut(v, "=")
		if !ok || id == "" || list == "" {
			return fmt.Errorf("want ID=ARTICLE,ARTICLE")
		}
		edits = append(edits, pipeline.Edit{Split: id, Articles: strings.Split(list, ",")})
		return nil
	})
	fs.Usage = func() { fmt.Fprint(e.stderr, storiesUsage); printVisible(fs, e.stderr) }
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *bench > 0 {
		return runStreamBench(ctx, e, *bench, *corpus, *score, opt())
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(e.stderr, "storyline stories: --format must be text or json, got %q\n", *format)
		return exitUsage
	}
	so := opt()
	so.Edits = edits
	res, err := pipeline.Stories(ctx, pipeline.Config{MaxBytes: *maxBytes, Stdin: e.stdin}, so, fs.Args())
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	for _, w := range res.Warnings {
		log.Warn("skipped input", slog.String("source", w.Source), slog.String("reason", w.Reason))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline stories: %v\n", err)
		return exitFor(err)
	}
	if *format == "json" {
		err = writeStoriesJSON(e.stdout, res)
	} else {
		err = writeStoriesText(e.stdout, res, *listArticles)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline stories: %v\n", err)
		return exitFailed
	}
	if len(res.Warnings) > 0 {
		return exitPartial
	}
	return exitOK
}

// storyFlags defines the tuning flags shared by stories and eval stories and returns
// a function that builds the options once flags are parsed.
func storyFlags(fs *flag.FlagSet) func() pipeline.StoryOptions {
	def := cluster.Defaults(cluster.Options{})
	dd := dedupe.Defaults(dedupe.Options{})
	threshold := fs.Float64("threshold", def.Threshold, "least similarity for an article to join a story")
	quiet := fs.Duration("quiet", pipeline.PileQuiet, "a story closes after this long without a new article (a pile is read whole, so the default is ten years; streams use 720h)")
	containment := fs.Float64("copy-containment", dd.Containment, "least share of the shorter text found in the longer for two texts to be copies")
	dense := fs.Float64("dense-weight", def.DenseWeight, "share of the latent semantic (LSA) similarity in every score, e.g. 0.25; off (negative) by default (experimental, see BENCHMARKS.md)")
	fold := fs.Int("fold-max", 0, "fold a story of at most this many articles into one whose join bar its centroid reaches, e.g. 8 for piles of themes rather than events; off (0) by default (see BENCHMARKS.md)")
	return func() pipeline.StoryOptions {
		return pipeline.StoryOptions{
			Cluster: cluster.Options{Threshold: *threshold, Quiet: *quiet, DenseWeight: *dense, FoldMax: *fold},
			Dedupe:  dedupe.Options{Containment: *containment},
		}
	}
}

// printVisible prints the defaults of every flag that has a usage text.
func printVisible(fs *flag.FlagSet, w io.Writer) {
	fs.VisitAll(func(f *flag.Flag) {
		switch {
		case f.Usage == "":
		case f.DefValue == "":
			fmt.Fprintf(w, "  -%s\n    \t%s\n", f.Name, f.Usage)
		default:
			fmt.Fprintf(w, "  -%s\n    \t%s (default %q)\n", f.Name, f.Usage, f.DefValue)
		}
	})
}

// writeStoriesText lists the stories, and with articles every story's articles (see
// articleLine).
func writeStoriesText(w io.Writer, res pipeline.StoriesResult, articles bool) error {
	for _, st := range res.Stories {
		title := st.Title
		if title == "" {
			title = "(untitled: " + strings.Join(namesThenWords(st.Names, st.Terms), ", ") + ")"
		}
		fmt.Fprintf(w, "%s  %3d %-8s  %s .. %s  %s\n", st.ID, st.Size(), nouns(st.Size(), "article"), day(st.First), day(st.Last), oneLine(title))
		if outlets := st.Outlets(); len(outlets) > 0 {
			fmt.Fprintf(w, "    outlets: %s\n", strings.Join(outlets, ", "))
		}
		if sp := st.Split; sp != nil {
			fmt.Fprintf(w, "    split from: %s\n", splitLine(*sp))
		}
		for _, m := range st.Merges {
			fmt.Fprintf(w, "    merged: %s\n", mergeLine(m))
		}
		for _, a := range st.Articles {
			switch {
			case articles:
				fmt.Fprintf(w, "    %s\n", articleLine(a))
				for _, c := range a.Copies {
					fmt.Fprintf(w, "      copy: %s  %s  %s\n", c.ID, day(c.Published), outletOf(c))
				}
			case a.Moved != nil:
				fmt.Fprintf(w, "    moved in: %s\n", moveLine(a))
			}
		}
	}
	aside := ""
	if n := len(res.Warnings); n > 0 {
		aside = fmt.Sprintf("; %d %s skipped or set aside (see the warnings)", n, nouns(n, "input"))
	}
	story := "stories"
	if len(res.Stories) == 1 {
		story = "story"
	}
	_, err := fmt.Fprintf(w, "%d %s%s\n", len(res.Stories), story, aside)
	return err
}

// mergeLine says which story was folded in and why.
func mergeLine(m cluster.MergeNote) string {
	size := articles(m.Articles)
	if m.Edit {
		return fmt.Sprintf("%s (%s), by an edit", m.Story, size)
	}
	why := fmt.Sprintf("similarity %.3f", m.Score)
	if m.BySeparation {
		why = fmt.Sprintf("separation %.3f (similarity %.3f)", m.Separation, m.Score)
	}
	return fmt.Sprintf("%s (%s), %s, sharing %s", m.Story, size, why,
		strings.Join(namesThenWords(m.Names, m.Shared), ", "))
}

// articleLine is one article of a story: its id, date, outlet, headline and why it is
// in the story (it started one, joined it, or was moved in).
func articleLine(a pipeline.StoryArticle) string {
	why := "started a story"
	switch {
	case a.Moved != nil:
		why = "moved in " + moveWhy(a)
	case len(a.Shared)+len(a.Names) > 0:
		why = fmt.Sprintf("joined at %.3f, sharing %s", a.Score, strings.Join(namesThenWords(a.Names, a.Shared), ", "))
	}
	title := "(untitled)"
	if a.Title != "" {
		title = fmt.Sprintf("%q", oneLine(a.Title))
	}
	return fmt.Sprintf("%s  %s  %s  %s  %s", a.ID, day(a.Published), outletOf(a.Article), title, why)
}

// outletOf is the article's outlet, or "-" when unknown.
func outletOf(a news.Article) string {
	if a.Outlet == "" {
		return "-"
	}
	return a.Outlet
}

// moveLine says which article was moved in, from where, and why.
func moveLine(a pipeline.StoryArticle) string {
	name := a.ID
	if a.Title != "" {
		name = fmt.Sprintf("%q", oneLine(a.Title))
	}
	return name + " " + moveWhy(a)
}

// moveWhy says where a moved article came from and why it moved.
func moveWhy(a pipeline.StoryArticle) string {
	from := a.Moved.From
	if a.Moved.Into != "" {
		from += " (since merged into " + a.Moved.Into + ")"
	}
	return fmt.Sprintf("from %s, similarity %.3f against %.3f there, sharing %s", from,
		a.Score, a.Moved.Own, strings.Join(namesThenWords(a.Names, a.Shared), ", "))
}

// namesThenWords lists names, then the words that are not already part of one.
func namesThenWords(names, words []string) []string {
	seen := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			seen[w] = true
		}
	}
	out := slices.Clip(names)
	for _, w := range words {
		if !seen[strings.ToLower(w)] {
			out = append(out, w)
		}
	}
	return out
}

// separationOf is the separation that decided a merge, nil if it did not.
func separationOf(m cluster.MergeNote) *float64 {
	if !m.BySeparation {
		return nil
	}
	v := round3(m.Separation)
	return &v
}

// splitLine says which story this one was split from and why.
func splitLine(sp cluster.SplitNote) string {
	if sp.Edit {
		return sp.Story + ", by an edit"
	}
	return fmt.Sprintf("%s, its articles %.3f closer to their own part's centre than to the other's", sp.Story, sp.Separation)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "undated   "
	}
	return t.Format("2006-01-02")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// jsonStories is the JSON document "storyline stories --format json" prints.
type jsonStories struct {
	Version  int            `json:"version"`
	Stories  []jsonStory    `json:"stories"`
	Warnings []news.Warning `json:"warnings"`
}

type jsonStory struct {
	ID       string        `json:"id"`
	Title    string        `json:"title"`
	Size     int           `json:"size"`
	Outlets  []string      `json:"outlets"`
	First    *string       `json:"first"`
	Last     *string       `json:"last"`
	Terms    []string      `json:"terms"`
	Names    []string      `json:"names"`
	Articles []jsonArticle `json:"articles"`
	Merged   []jsonMerge   `json:"merged,omitempty"`
	Split    *jsonSplit    `json:"split_from,omitempty"`
}

// jsonSplit says which story this one was split from.
type jsonSplit struct {
	Story      string  `json:"story"`
	Separation float64 `json:"separation"`
	Edit       bool    `json:"edit,omitempty"`
}

// jsonMove says which story an article was moved from, and its similarity to that
// story without it.
type jsonMove struct {
	Story string  `json:"story"`
	Own   float64 `json:"own_score"`
	// Into is the story Story was later merged into, when it was.
	Into string `json:"merged_into,omitempty"`
}

// jsonMerge explains a story folded into this one.
type jsonMerge struct {
	Story    string   `json:"story"`
	Articles int      `json:"articles"`
	Score    float64  `json:"score"`
	Shared   []string `json:"shared"`
	Names    []string `json:"names"`
	Edit     bool     `json:"edit,omitempty"`
	// Separation is set when the stories' separation, not their similarity,
	// decided the merge.
	Separation *float64 `json:"separation,omitempty"`
}

type jsonArticle struct {
	ID        string        `json:"id"`
	Title     string        `json:"title"`
	Outlet    string        `json:"outlet"`
	Published *string       `json:"published"`
	URL       string        `json:"url,omitempty"`
	Source    string        `json:"source"`
	Shared    []string      `json:"shared"`
	Names     []string      `json:"names"`
	Score     float64       `json:"score"`
	Copies    []jsonArticle `json:"copies"`
	// Moved is set when the article was moved from the story it joined on arrival.
	Moved *jsonMove `json:"moved_from,omitempty"`
}

func writeStoriesJSON(w io.Writer, res pipeline.StoriesResult) error {
	out := jsonStories{Version: 1, Stories: []jsonStory{}, Warnings: res.Warnings}
	if out.Warnings == nil {
		out.Warnings = []news.Warning{}
	}
	for _, st := range res.Stories {
		js := jsonStory{ID: st.ID, Title: st.Title, Size: st.Size(), Outlets: st.Outlets(), First: rfc(st.First),
			Last: rfc(st.Last), Terms: nonNil(st.Terms), Names: nonNil(st.Names), Articles: []jsonArticle{}}
		if js.Outlets == nil {
			js.Outlets = []string{}
		}
		if sp := st.Split; sp != nil {
			js.Split = &jsonSplit{Story: sp.Story, Separation: round3(sp.Separation), Edit: sp.Edit}
		}
		for _, m := range st.Merges {
			js.Merged = append(js.Merged, jsonMerge{Story: m.Story, Articles: m.Articles, Score: round3(m.Score),
				Shared: nonNil(m.Shared), Names: nonNil(m.Names), Edit: m.Edit, Separation: separationOf(m)})
		}
		for _, a := range st.Articles {
			ja := articleJSON(a.Article)
			ja.Score = round3(a.Score)
			if a.Shared != nil {
				ja.Shared = a.Shared
			}
			if a.Names != nil {
				ja.Names = a.Names
			}
			for _, c := range a.Copies {
				ja.Copies = append(ja.Copies, articleJSON(c))
			}
			if a.Moved != nil {
				ja.Moved = &jsonMove{Story: a.Moved.From, Own: round3(a.Moved.Own), Into: a.Moved.Into}
			}
			js.Articles = append(js.Articles, ja)
		}
		out.Stories = append(out.Stories, js)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// round3 rounds x to three decimals, half away from zero.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
}

func articleJSON(a news.Article) jsonArticle {
	return jsonArticle{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: rfc(a.Published), URL: a.URL,
		Source: a.Source, Shared: []string{}, Names: []string{}, Copies: []jsonArticle{}}
}

func rfc(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339)
	return &s
}

// nouns is noun, or its plural with an s, as n asks.
func nouns(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}
