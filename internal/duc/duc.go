package duc

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/rouge"
	"github.com/storyline-news/storyline/internal/summarize"
)

// Options configure a run.
type Options struct {
	Words   int    // summary length in words (DUC 2006: 250)
	PeerID  string // the summarizer id our summaries get in the ROUGE configuration
	Out     string // folder for our summaries; a temporary folder when ""
	Config  string // ROUGE configuration inside the set (default rougejk.in)
	Workers int    // topics summarised at once (default 2)
	// Resamples for the confidence intervals (default 1000, as NIST).
	Resamples int
	// Tune adjusts the summarizer's options (for tuning runs).
	Tune func(*summarize.Options)
}

// Score is one ROUGE recall with its confidence interval.
type Score struct {
	Recall, Low, High float64
}

// HalfScore is the mean ROUGE recall of the evaluations of one half of the topics.
type HalfScore struct {
	Topics   int     `json:"topics"`
	Rouge2   float64 `json:"rouge_2"`
	RougeSU4 float64 `json:"rouge_su4"`
}

// Result is a scored run.
type Result struct {
	Topics           int
	Rouge2, RougeSU4 Score
	// Rank2 and RankSU4 are our places among the DUC systems (numeric summarizer ids,
	// the baseline included) by official average recall; Best2 and BestSU4 are the best
	// system's figures.
	Rank2, RankSU4 int
	Best2, BestSU4 float64
	Systems        int
	Halves         map[string]HalfScore
	Out            string
	Seconds        float64
	Warnings       []news.Warning
}

// Run summarises every topic of the DUC-layout folder dir and scores the summaries.
func Run(ctx context.Context, dir string, opt Options) (*Result, error) {
	start := time.Now()
	opt = withDefaults(opt)
	topics, err := ReadTopics(filepath.Join(dir, "topics.sgml"))
	if err != nil {
		return nil, err
	}
	out := opt.Out
	if out == "" {
		if out, err = os.MkdirTemp("", "storyline-duc-"); err != nil {
			return nil, fmt.Errorf("make output folder: %w", err)
		}
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, news.Errorf(news.Invalid, out, "make output folder: %v", err)
	}
	res := &Result{Topics: len(topics), Out: out}
	res.Warnings, err = summariseAll(ctx, dir, out, topics, opt)
	if err != nil {
		return nil, err
	}
	if err := score(ctx, dir, out, topics, opt, res); err != nil {
		return nil, err
	}
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

func withDefaults(opt Options) Options {
	if opt.Words == 0 {
		opt.Words = 250
	}
	if opt.PeerID == "" {
		opt.PeerID = "SL"
	}
	if opt.Config == "" {
		opt.Config = "rougejk.in"
	}
	if opt.Workers <= 0 {
		opt.Workers = 2
	}
	if opt.Resamples == 0 {
		opt.Resamples = 1000
	}
	return opt
}

// summariseAll writes one summary per topic into out, one sentence per line (ROUGE's SPL
// format), working on opt.Workers topics at once.
func summariseAll(ctx context.Context, dir, out string, topics []Topic, opt Options) ([]news.Warning, error) {
	var (
		mu    sync.Mutex
		warns []news.Warning
		first error
		wg    sync.WaitGroup
	)
	next := make(chan Topic)
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range next {
				w, err := summariseOne(ctx, dir, out, t, opt)
				mu.Lock()
				warns = append(warns, w...)
				if err != nil && first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	for _, t := range topics {
		next <- t
	}
	close(next)
	wg.Wait()
	sort.Slice(warns, func(i, j int) bool { return warns[i].Source < warns[j].Source })
	return warns, first
}

func summariseOne(ctx context.Context, dir, out string, t Topic, opt Options) ([]news.Warning, error) {
	cfg := pipeline.Config{Words: opt.Words + fillSlack, Focus: t.Focus(), Tune: opt.Tune}
	arts, warns, err := pipeline.Read(ctx, cfg, []string{filepath.Join(dir, "docs", t.ID)})
	if err != nil {
		return warns, err
	}
	var b strings.Builder
	for _, line := range fill(pipeline.Summarize(arts, cfg), opt.Words) {
		b.WriteString(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(out, t.PeerFile(opt.PeerID))
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return warns, fmt.Errorf("write summary %s: %w", path, err)
	}
	return warns, nil
}

// fillSlack is how many words past the limit the summarizer may choose, so that fill has
// a next sentence to cut.
const fillSlack = 60

// fill turns a brief written with slack into a DUC summary of at most limit words, as
// DUC's participants submitted them and NIST scored them (NIST cut every summary at
// the limit): whole sentences in order of importance while they fit, then the most
// important remaining sentence cut at the limit. Words are counted as NIST counted them,
// separated by white space. Sentences keep the brief's order, the cut one last.
func fill(b news.Brief, limit int) []string {
	byRank := make([]int, len(b.Sentences))
	for i := range byRank {
		byRank[i] = i
	}
	sort.SliceStable(byRank, func(x, y int) bool { return b.Sentences[byRank[x]].Rank < b.Sentences[byRank[y]].Rank })
	keep := make([]bool, len(b.Sentences))
	left := limit
	cut := ""
	for _, i := range byRank {
		words := strings.Fields(b.Sentences[i].Text)
		switch {
		case len(words) <= left:
			keep[i] = true
			left -= len(words)
		case cut == "" && left > 0:
			cut = strings.Join(words[:left], " ")
			left = 0
		}
	}
	var lines []string
	for i, s := range b.Sentences {
		if keep[i] {
			lines = append(lines, strings.Join(strings.Fields(s.Text), " "))
		}
	}
	if cut != "" {
		lines = append(lines, cut)
	}
	return lines
}

// score runs ROUGE on our summaries with the set's configuration, our peer standing in
// for the participants' in every evaluation.
func score(ctx context.Context, dir, out string, topics []Topic, opt Options, res *Result) error {
	f, err := os.Open(filepath.Join(dir, opt.Config))
	if err != nil {
		return news.Errorf(news.NotFound, filepath.Join(dir, opt.Config), "open ROUGE configuration: %v", err)
	}
	cfg, err := rouge.ParseConfig(f, dir)
	f.Close()
	if err != nil {
		return err
	}
	absOut, _ := filepath.Abs(out)
	for i := range cfg.Evals {
		e := &cfg.Evals[i]
		if !filepath.IsAbs(e.ModelRoot) {
			e.ModelRoot = filepath.Join(dir, e.ModelRoot)
		}
		topic := strings.SplitN(e.ID, ".", 2)[0]
		letter := strings.SplitN(strings.TrimPrefix(e.ID, topic+".M.250."), "-", 2)[0]
		e.PeerRoot = absOut
		e.Peers = []rouge.Summary{{ID: opt.PeerID, File: topic + ".M.250." + letter + "." + opt.PeerID}}
	}
	ro := rouge.DefaultOptions()
	ro.N, ro.NoLCS, ro.Stem = 2, true, true
	ro.SkipBigram, ro.SkipGap, ro.SkipUnigrams = true, 4, true
	ro.Confidence, ro.Resamples, ro.Alpha, ro.Unit = 95, opt.Resamples, 0.5, rouge.UnitSentence
	rep, err := rouge.Evaluate(ctx, cfg, ro)
	if err != nil {
		return err
	}
	b2, ok2 := rep.Get(opt.PeerID, "ROUGE-2")
	bsu, oksu := rep.Get(opt.PeerID, "ROUGE-SU4")
	if !ok2 || !oksu {
		return news.Errorf(news.Internal, dir, "ROUGE report lacks ROUGE-2 or ROUGE-SU4 for %s", opt.PeerID)
	}
	res.Rouge2 = Score{b2.Avg[0], b2.Low[0], b2.High[0]}
	res.RougeSU4 = Score{bsu.Avg[0], bsu.Low[0], bsu.High[0]}
	res.Halves = halves(topics, b2, bsu)
	return rank(dir, res)
}

// halves averages the evaluations' recall over the dev and the test topics.
func halves(topics []Topic, b2, bsu rouge.Block) map[string]HalfScore {
	half := map[string]string{}
	for _, t := range topics {
		half[t.ID[:len(t.ID)-1]] = Half(t)
	}
	type acc struct {
		topics      map[string]bool
		r2, su4     float64
		evals, evSU int
	}
	accs := map[string]*acc{"dev": {topics: map[string]bool{}}, "test": {topics: map[string]bool{}}}
	for i, e := range b2.Evals {
		topic := strings.SplitN(e.ID, ".", 2)[0]
		a := accs[half[topic]]
		if a == nil {
			continue
		}
		a.topics[topic] = true
		a.r2 += e.Values[0]
		a.su4 += bsu.Evals[i].Values[0]
		a.evals++
	}
	out := map[string]HalfScore{}
	for name, a := range accs {
		if a.evals > 0 {
			out[name] = HalfScore{Topics: len(a.topics), Rouge2: a.r2 / float64(a.evals), RougeSU4: a.su4 / float64(a.evals)}
		}
	}
	return out
}

// rank places our averages among the participating systems' official ones.
func rank(dir string, res *Result) error {
	r2, err := official(filepath.Join(dir, "official", "rouge2.jk.m.avg"))
	if err != nil {
		return err
	}
	su4, err := official(filepath.Join(dir, "official", "rougeSU4.jk.m.avg"))
	if err != nil {
		return err
	}
	res.Rank2, res.RankSU4 = 1, 1
	for id, v := range r2 {
		if _, err := strconv.Atoi(id); err != nil {
			continue // a human summarizer
		}
		res.Systems++
		if v > round5(res.Rouge2.Recall) {
			res.Rank2++
		}
		if su4[id] > round5(res.RougeSU4.Recall) {
			res.RankSU4++
		}
		res.Best2 = max(res.Best2, v)
		res.BestSU4 = max(res.BestSU4, su4[id])
	}
	return nil
}

func round5(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 5, 64), 64)
	return v
}
