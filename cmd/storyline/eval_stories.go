package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const evalStoriesUsage = `Usage: storyline eval stories [flags] DIR...

Finds the stories among every article under the immediate subfolders of each DIR and
scores them against the truth that each subfolder is one story (B-cubed and pairwise
precision, recall and F1). Files directly in a DIR are ignored. Topic folders whose
name holds a number (D0601A) are also scored in two halves, odd and even numbers.
With --ceiling it also scores each article put in the true story whose centre is
nearest (without the article): what comparing articles with story centres can reach
on these articles, knowing the answer.

Flags:
`

// runEvalStories implements "storyline eval stories DIR...".
func runEvalStories(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval stories", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	asJSON := fs.Bool("json", false, "end with one JSON line of the figures")
	errorsOf := fs.String("errors", "", "print, for each true story of this half (odd or even), the stories it was split into and what they mixed in")
	ceiling := fs.Bool("ceiling", false, "also score the nearest-true-centre assignment, a ceiling for the clusterer's representation")
	opt := storyFlags(fs)
	fs.Usage = func() { fmt.Fprint(e.stderr, evalStoriesUsage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	start := time.Now()
	folders, err := storyFolders(e, fs.Args())
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval stories: %v\n", err)
		return exitFor(err)
	}
	res, err := pipeline.Stories(ctx, pipeline.Config{Stdin: e.stdin}, opt(), folders)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline eval stories: %v\n", err)
		return exitFor(err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(e.stderr, "warning: %s: %s\n", w.Source, w.Reason)
	}
	truth, pred := labels(res.Stories, folders)
	var aside []string // the stories of one of the inputs set aside
	for _, w := range res.Warnings {
		// An input in a topic folder that was set aside or could not be read is in
		// no story: it is scored as a story of its own, not left out of the figures.
		if f := folderOf(w.Source, folders); f != w.Source {
			truth, aside = append(truth, f), append(aside, "set aside: "+w.Source)
		}
	}
	pred = append(pred, aside...)
	secs := time.Since(start).Seconds()
	w := e.stdout
	fmt.Fprintf(w, "%d articles in %d true stories; %d stories found", len(truth), len(folders), len(res.Stories))
	if len(aside) > 0 {
		fmt.Fprintf(w, "; %d set aside or unreadable, each scored as a story of its own", len(aside))
	}
	fmt.Fprintln(w)
	all, halves := scoreHalves(e, "all", "", truth, pred)
	fmt.Fprintf(w, "%.1f s\n", secs)
	var top map[string]any
	if *ceiling {
		if top, err = printCeiling(ctx, e, res.Stories, folders, truth, aside, opt()); err != nil {
			fmt.Fprintf(e.stderr, "storyline eval stories: %v\n", err)
			return exitFor(err)
		}
	}
	if *errorsOf != "" {
		printErrors(e, truth, pred, *errorsOf)
	}
	if *asJSON {
		figures := scoresJSON(all)
		maps.Copy(figures, map[string]any{"articles": len(truth), "stories": len(res.Stories), "set_aside": len(aside),
			"true_stories": len(folders), "seconds": secs, "halves": halfJSON(halves)})
		if top != nil {
			figures["ceiling"] = top
		}
		line, _ := json.Marshal(figures)
		fmt.Fprintln(w, string(line))
	}
	if len(res.Warnings) > 0 {
		return exitPartial
	}
	return exitOK
}

// printCeiling scores and prints the assignment of every distinct article found to
// the true story whose centre is nearest (see pipeline.NearestTrue), each copy going
// with its original, as "ceiling" lines, and returns the figures for the JSON line.
// truth is every article's and copy's true story, in the order labels gives, then
// those of the inputs set aside, which stay in their stories of one, aside.
func printCeiling(ctx context.Context, e *env, stories []news.Story, folders, truth, aside []string, opt pipeline.StoryOptions) (map[string]any, error) {
	var arts []news.Article
	var distinct []string
	for _, st := range stories {
		for _, a := range st.Articles {
			arts = append(arts, a.Article)
			distinct = append(distinct, folderOf(a.Source, folders))
		}
	}
	near, err := pipeline.NearestTrue(ctx, arts, distinct, opt)
	if err != nil {
		return nil, err
	}
	var pred []string
	i := 0
	for _, st := range stories {
		for _, a := range st.Articles {
			for range 1 + len(a.Copies) {
				pred = append(pred, near[i])
			}
			i++
		}
	}
	pred = append(pred, aside...) // in no story here either
	s, halves := scoreHalves(e, "ceiling", "  ", truth, pred)
	out := scoresJSON(s)
	out["halves"] = halfJSON(halves)
	return out, nil
}

// scoreHalves scores pred against truth over every item, printed as name, and over
// each half of numbered topics that has items, printed as prefix and the half.
func scoreHalves(e *env, name, prefix string, truth, pred []string) (cluster.Scores, map[string]cluster.Scores) {
	all := cluster.Score(truth, pred, nil)
	printScores(e, name, all)
	halves := map[string]cluster.Scores{}
	for _, h := range []string{"odd", "even"} {
		if s := cluster.Score(truth, pred, func(i int) bool { return half(truth[i]) == h }); s.BCubedF1 > 0 {
			halves[h] = s
			printScores(e, prefix+h, s)
		}
	}
	return all, halves
}

// scoresJSON is the JSON object of a score.
func scoresJSON(s cluster.Scores) map[string]any {
	return map[string]any{"bcubed_precision": s.BCubedPrecision, "bcubed_recall": s.BCubedRecall,
		"bcubed_f1": s.BCubedF1, "pairwise_f1": s.PairwiseF1}
}

func printScores(e *env, name string, s cluster.Scores) {
	fmt.Fprintf(e.stdout, "%-7s B-cubed P %.4f R %.4f F1 %.4f  pairwise P %.4f R %.4f F1 %.4f\n", name,
		s.BCubedPrecision, s.BCubedRecall, s.BCubedF1, s.PairwisePrecision, s.PairwiseRecall, s.PairwiseF1)
}

func halfJSON(h map[string]cluster.Scores) map[string]any {
	out := map[string]any{}
	for k, s := range h {
		out[k] = scoresJSON(s)
	}
	return out
}

// storyFolders lists the immediate subfolders of every dir; files directly in a dir
// are ignored with a note.
func storyFolders(e *env, dirs []string) ([]string, error) {
	var out []string
	for _, d := range dirs {
		ents, err := os.ReadDir(d)
		if err != nil {
			return nil, news.Errorf(news.NotFound, d, "read folder: %v", err)
		}
		ignored := 0
		for _, ent := range ents {
			if ent.IsDir() {
				out = append(out, filepath.Join(d, ent.Name()))
			} else {
				ignored++
			}
		}
		if ignored > 0 {
			fmt.Fprintf(e.stderr, "note: %s: %d %s directly in the folder ignored (only subfolders are stories)\n", d, ignored, nouns(ignored, "file"))
		}
	}
	if len(out) == 0 {
		return nil, news.Errorf(news.Invalid, strings.Join(dirs, " "), "no subfolders: each subfolder of a DIR is one true story")
	}
	return out, nil
}

// labels returns, for every article and copy found, its true story (the folder its
// source lies in) and its predicted story id.
func labels(stories []news.Story, folders []string) (truth, pred []string) {
	for _, st := range stories {
		for _, a := range st.Articles {
			for _, x := range append([]news.Article{a.Article}, a.Copies...) {
				truth = append(truth, folderOf(x.Source, folders))
				pred = append(pred, st.ID)
			}
		}
	}
	return truth, pred
}

func folderOf(source string, folders []string) string {
	for _, f := range folders {
		if strings.HasPrefix(source, f+string(filepath.Separator)) || source == f {
			return f
		}
	}
	return source
}

// half is "odd" or "even" for a topic folder whose name holds a number, "" otherwise.
func half(folder string) string {
	name := filepath.Base(folder)
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, name)
	n, err := strconv.Atoi(digits)
	if err != nil {
		return ""
	}
	if n%2 == 1 {
		return "odd"
	}
	return "even"
}

// printErrors prints, for every true story of half h, how its articles were split
// among predicted stories and how many articles of other true stories each of those
// held; stories of the other half are counted, never named, so that the held-out
// half is not looked at.
func printErrors(e *env, truth, pred []string, h string) {
	inPred := map[string]map[string]int{}
	for i := range truth {
		if inPred[pred[i]] == nil {
			inPred[pred[i]] = map[string]int{}
		}
		inPred[pred[i]][truth[i]]++
	}
	var topics []string
	for t := range countOf(truth) {
		if half(t) == h {
			topics = append(topics, t)
		}
	}
	slices.Sort(topics)
	for _, t := range topics {
		var parts []string
		for _, mix := range inPred {
			if mix[t] == 0 {
				continue
			}
			var other []string
			hidden := 0
			for o, n := range mix {
				switch {
				case o == t:
				case half(o) == h:
					other = append(other, fmt.Sprintf("%s:%d", filepath.Base(o), n))
				default:
					hidden += n
				}
			}
			slices.Sort(other)
			if hidden > 0 {
				other = append(other, fmt.Sprintf("other-half:%d", hidden))
			}
			parts = append(parts, fmt.Sprintf("%d [%s]", mix[t], strings.Join(other, " ")))
		}
		slices.Sort(parts)
		fmt.Fprintf(e.stdout, "%s: %s\n", filepath.Base(t), strings.Join(parts, ", "))
	}
}

func countOf(xs []string) map[string]int {
	m := map[string]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}
