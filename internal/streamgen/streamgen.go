// Package streamgen makes an endless, realistic stream of news articles for scale tests
// of copy detection and story clustering. It is a test helper, not a pipeline stage:
// it writes no files and keeps nothing of its source corpus beyond memory.
//
// Articles are recombined sentences of real articles given at run time (for example the
// DUC documents read by the caller) or, without a corpus, of sentences built from a
// small synthetic vocabulary. Each generated story draws its sentences from one or two
// source articles and mentions its own invented names, so that stories are many and
// distinguishable; each article swaps a third of the longer words it takes for common
// words, as writers word things their own way; stories start and end all the time, some burst (many articles in a
// short time), and a share of articles are copies of recent ones under another outlet,
// trimmed, re-headlined or with boilerplate added. The stream is deterministic for a
// seed; memory is bounded by Active stories and Recent articles.
package streamgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// Options shape the stream. Zero fields take their defaults.
type Options struct {
	Seed uint64
	// Start is the time of the first article (default 2024-01-01 UTC).
	Start time.Time
	// PerDay is the mean number of articles per day (default 20,000).
	PerDay int
	// Active is the number of stories running at once (default 1,000).
	Active int
	// MeanStory is the mean number of articles in a story (default 40).
	MeanStory int
	// CopyRate is the share of articles that are copies of recent ones (default 0.15).
	CopyRate float64
	// Recent is how many recent articles copies are drawn from (default 2,000).
	Recent int
}

func (o Options) defaults() Options {
	if o.Start.IsZero() {
		o.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.PerDay <= 0 {
		o.PerDay = 20_000
	}
	if o.Active <= 0 {
		o.Active = 1_000
	}
	if o.MeanStory <= 0 {
		o.MeanStory = 40
	}
	if o.CopyRate <= 0 {
		o.CopyRate = 0.15
	}
	if o.Recent <= 0 {
		o.Recent = 2_000
	}
	return o
}

// Generator yields articles one at a time; it is not safe for concurrent use.
type Generator struct {
	opt     Options
	rng     *rand.Rand
	vocab   []string
	pool    [][]string // source articles as sentences
	stories []*genStory
	recent  []news.Article
	now     time.Time
	n       int // articles made
	ns      int // stories started
}

type genStory struct {
	id     int
	sents  []string
	names  []string
	left   int     // articles still to come
	weight float64 // burstiness: relative rate
}

// New returns a generator over the given source articles (each a list of sentences);
// with fewer than ten it uses built-in synthetic sentences.
func New(source [][]string, opt Options) *Generator {
	opt = opt.defaults()
	g := &Generator{opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5eed)), now: opt.Start, vocab: strings.Fields(vocabulary)}
	for _, s := range source {
		if len(s) >= 3 {
			g.pool = append(g.pool, s)
		}
	}
	if len(g.pool) < 10 {
		g.pool = g.synthetic(2000)
	}
	for range opt.Active {
		g.stories = append(g.stories, g.newStory())
	}
	return g
}

// Sentences cuts article paragraphs into rough sentences, for New's source.
func Sentences(a news.Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		for _, s := range strings.SplitAfter(p, ". ") {
			if s = strings.TrimSpace(s); len(strings.Fields(s)) >= 5 {
				out = append(out, s)
			}
		}
	}
	return out
}

// Story returns the id of the generated story an article of this generator belongs
// to, read from its ID ("g<story>-<n>"), or -1.
func Story(a news.Article) int {
	var st, n int
	if _, err := fmt.Sscanf(a.ID, "g%d-%d", &st, &n); err != nil {
		return -1
	}
	return st
}

// Next returns the next article of the stream.
func (g *Generator) Next() news.Article {
	g.n++
	gap := g.rng.ExpFloat64() * float64(24*time.Hour) / float64(g.opt.PerDay)
	g.now = g.now.Add(time.Duration(gap))
	var a news.Article
	if len(g.recent) > 0 && g.rng.Float64() < g.opt.CopyRate {
		a = g.copyOf(g.recent[g.rng.IntN(len(g.recent))])
	} else {
		a = g.fresh()
	}
	if len(g.recent) < g.opt.Recent {
		g.recent = append(g.recent, a)
	} else {
		g.recent[g.n%g.opt.Recent] = a
	}
	return a
}

// fresh writes a new article of a story chosen by rate.
func (g *Generator) fresh() news.Article {
	i := g.pick()
	s := g.stories[i]
	k := 6 + g.rng.IntN(10)
	paras := make([]string, 0, k)
	own := map[string]string{} // this writer's wording
	for range k {
		sent := g.respell(s.sents[g.rng.IntN(len(s.sents))], own, g.common)
		if g.rng.IntN(3) == 0 {
			sent = s.names[g.rng.IntN(len(s.names))] + " said " + lowerFirst(sent)
		}
		paras = append(paras, sent)
	}
	outlet := outlets[g.rng.IntN(len(outlets))]
	a := news.Article{
		ID:         fmt.Sprintf("g%d-%d", s.id, g.n),
		Outlet:     outlet,
		Title:      s.names[0] + ": " + firstWords(s.sents[g.rng.IntN(len(s.sents))], 8),
		Published:  g.now,
		URL:        fmt.Sprintf("https://%s.example/%d", strings.ToLower(strings.ReplaceAll(outlet, " ", "")), g.n),
		Paragraphs: paras,
		Format:     "generated",
	}
	a.Source = a.URL
	if s.left--; s.left <= 0 {
		g.stories[i] = g.newStory()
	}
	return a
}

// pick chooses a story with probability proportional to its weight, by sampling a few
// at random and keeping the heaviest-weighted draw (cheap and bounded).
func (g *Generator) pick() int {
	best, bw := 0, -1.0
	for range 4 {
		i := g.rng.IntN(len(g.stories))
		if w := g.stories[i].weight * g.rng.ExpFloat64(); w > bw {
			best, bw = i, w
		}
	}
	return best
}

// copyOf republishes an article under another outlet with a controlled edit.
func (g *Generator) copyOf(orig news.Article) news.Article {
	c := orig
	c.Paragraphs = append([]string(nil), orig.Paragraphs...)
	c.Outlet = outlets[g.rng.IntN(len(outlets))]
	c.URL = fmt.Sprintf("https://%s.example/copy/%d", strings.ToLower(strings.ReplaceAll(c.Outlet, " ", "")), g.n)
	c.Source, c.Published = c.URL, g.now
	c.ID = fmt.Sprintf("g%d-%d", Story(orig), g.n)
	switch g.rng.IntN(4) {
	case 0:
		c.Paragraphs = c.Paragraphs[:max(3, len(c.Paragraphs)*3/4)]
	case 1:
		c.Title = "UPDATE: " + c.Title
	case 2:
		c.Paragraphs = append(c.Paragraphs, "Sign up for our newsletter to get the day's top stories in your inbox.")
	}
	return c
}

// newStory starts a story on one or two source articles with invented names.
func (g *Generator) newStory() *genStory {
	g.ns++
	s := &genStory{id: g.ns, left: 1 + int(g.rng.ExpFloat64()*float64(g.opt.MeanStory))}
	sub := map[string]string{}
	for _, src := range [][]string{g.pool[g.rng.IntN(len(g.pool))], g.pool[g.rng.IntN(len(g.pool))]} {
		for _, sent := range src {
			s.sents = append(s.sents, g.respell(sent, sub, func() string { return strings.ToLower(g.name()) }))
		}

	}
	for range 3 {
		s.names = append(s.names, g.name()+" "+g.name())
	}
	s.weight = 1
	if g.rng.IntN(20) == 0 {
		s.weight = 10 // a burst
	}
	return s
}

// respell replaces about a third of the longer words of a sentence with invented
// words, the same replacement for the same word within a story: two stories drawn from
// one source article then differ as two events of one kind do (other places, other
// people, other things), and do not collapse into one.
func (g *Generator) respell(sent string, sub map[string]string, invent func() string) string {
	words := strings.Fields(sent)
	for i, w := range words {
		if len(w) < 5 {
			continue
		}
		r, ok := sub[w]
		if !ok {
			r = w
			if g.rng.IntN(3) == 0 {
				r = invent()
			}
			sub[w] = r
		}
		words[i] = r
	}
	return strings.Join(words, " ")
}

// common returns a common word of the built-in vocabulary, as a writer's own wording.
func (g *Generator) common() string { return g.vocab[g.rng.IntN(len(g.vocab))] }

// name invents a pronounceable capitalised word.
func (g *Generator) name() string {
	const cons, vow = "bcdfghklmnprstvz", "aeiou"
	var b strings.Builder
	for i := range 2 + g.rng.IntN(2) {
		c := cons[g.rng.IntN(len(cons))]
		if i == 0 {
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
		b.WriteByte(vow[g.rng.IntN(len(vow))])
	}
	b.WriteByte(cons[g.rng.IntN(len(cons))])
	return b.String()
}

// synthetic builds n source articles from a small built-in vocabulary, chosen with a
// Zipf law so that some words are common and most rare, mixed with a topic vocabulary
// of invented words private to each source, which makes its stories distinguishable.
func (g *Generator) synthetic(n int) [][]string {
	words := strings.Fields(vocabulary)
	zipf := rand.NewZipf(g.rng, 1.1, 2, uint64(len(words)-1))
	out := make([][]string, n)
	for i := range out {
		topic := make([]string, 25)
		for j := range topic {
			topic[j] = strings.ToLower(g.name())
		}
		for range 12 {
			ws := make([]string, 8+g.rng.IntN(12))
			for j := range ws {
				if j%2 == 1 {
					ws[j] = function[g.rng.IntN(len(function))]
				} else if g.rng.IntN(5) < 2 {
					ws[j] = topic[g.rng.IntN(len(topic))]
				} else {
					ws[j] = words[zipf.Uint64()]
				}
			}
			out[i] = append(out[i], upperFirst(strings.Join(ws, " "))+".")
		}
	}
	return out
}

// function are English function words, which synthetic sentences need to read as
// English.
var function = strings.Fields("the of to and in that for on with was by at from is it as has")

var outlets = []string{"Wire Service", "Daily Ledger", "Morning Post", "City Herald", "Evening Standard", "Tribune", "Gazette", "Observer"}

const vocabulary = `government minister election vote parliament court judge police officer attack
storm flood fire earthquake market shares bank rate inflation company chief executive
deal merger union strike workers school teacher hospital doctor patient virus vaccine
study scientists climate carbon emissions energy oil gas price budget tax spending war
troops ceasefire talks border refugees aid agency report investigation trial verdict
appeal law bill senate house campaign candidate poll debate protest city council mayor
river bridge road rail airport flight crash passengers rescue team match season coach
player league title record film festival award album concert museum art book author
farm crop drought water power grid outage internet data privacy software security breach`

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
