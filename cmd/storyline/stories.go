package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/render"
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
	streamMode := fs.Bool("stream", false, "follow the inputs as a stream, in the order given (- reads JSON Lines as they come): each story is written when it closes, after --quiet (default 720h) without a new article, and texts carried again within --quiet are copies")
	maxBytes := fs.Int64("max-bytes", 64<<20, "largest input file to read, in bytes")
	bench := fs.Int("bench-stream", 0, "")      // hidden: run a generated stream of N articles (see stream.go)
	corpus := fs.String("bench-corpus", "", "") // hidden: folder of real articles for the generator
	score := fs.Bool("bench-score", false, "")  // hidden: score the stream's stories against the generator's
	tell := fs.Bool("bench-tell", false, "")    // hidden: tell each story as --stream does, to io.Discard
	seed := fs.Uint64("bench-seed", 1, "")      // hidden: the generator's seed, to see how much a figure owes to one stream
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
		return runStreamBench(ctx, e, *bench, *corpus, *score, *tell, *seed, opt())
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
	if *streamMode {
		if len(edits) > 0 {
			fmt.Fprintln(e.stderr, "storyline stories: --merge and --split edit a pile, not a stream")
			return exitUsage
		}
		quietSet := false
		fs.Visit(func(f *flag.Flag) { quietSet = quietSet || f.Name == "quiet" })
		if !quietSet {
			so.Cluster.Quiet = streamDefaultQuiet
		}
		// A text carried again while its story may still be open is a copy.
		so.Dedupe.Window = so.Cluster.Quiet
		return runStoriesStream(ctx, e, pipeline.Config{MaxBytes: *maxBytes, Stdin: e.stdin}, so, fs.Args(), *format, *listArticles)
	}
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
	if err := render.Stories(e.stdout, *format, res, *listArticles); err != nil {
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
