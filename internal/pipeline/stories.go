package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/storyline-news/storyline/internal/clean"
	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/summarize"
	"github.com/storyline-news/storyline/internal/text"
)

// StoryOptions configure story finding: read -> dedupe -> cluster.
type StoryOptions struct {
	Dedupe  dedupe.Options
	Cluster cluster.Options
	// Edits are a user's corrections, applied in order once the pile is clustered:
	// story ids are stable for the same input, so a user can list the stories, then
	// run again with the merges and splits they want.
	Edits []Edit
	// MinArticles is the least number of distinct articles (copies not counted) a
	// story needs to get a brief; 0 and 1 keep every story.
	MinArticles int
	// StreamBatch is the most articles Stream prepares together (default 512).
	StreamBatch int
}

// Edit is one correction of the clustering: a merge of two stories (Merge holds both
// ids; the story that started first keeps its id) or a split (Split names the story
// and Articles the article ids to move into a story of their own).
type Edit struct {
	Merge    [2]string
	Split    string
	Articles []string
}

// Stories reads every path and finds the stories in the pile.
func Stories(ctx context.Context, cfg Config, opt StoryOptions, paths []string) (news.Stories, error) {
	if opt.Cluster.Quiet == 0 {
		opt.Cluster.Quiet = PileQuiet
	}
	arts, warns, err := Read(ctx, cfg, paths)
	if err != nil {
		return news.Stories{Warnings: warns}, err
	}
	if len(arts) == 0 {
		return news.Stories{Warnings: warns}, news.Errorf(news.Invalid, "", "no readable article in the input")
	}
	res, err := Group(ctx, arts, opt)
	res.Warnings = append(warns, res.Warnings...)
	return res, err
}

// prepared is an article reduced to what dedupe and cluster compare.
type prepared struct {
	art   news.Article
	body  []string // content terms of the body, in order
	title []string
	names []string
	words int // words of the body
	stop  int // English stop words among them
	// label and items describe a digest (see digest): its first item's label and its
	// number of items; items is 0 for an article.
	label string
	items int
}

// prepare computes terms and names for every article, on all cores, in order.
func prepare(ctx context.Context, arts []news.Article) []prepared {
	out := make([]prepared, len(arts))
	workers := 2
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(arts); i += workers {
				if ctx.Err() != nil {
					return
				}
				out[i] = prepareOne(arts[i])
			}
		})
	}
	wg.Wait()
	return out
}

func prepareOne(a news.Article) prepared {
	p := prepared{art: a, title: text.Terms(a.Title)}
	for _, para := range a.Paragraphs {
		p.body = append(p.body, text.Terms(para)...)
		for _, w := range text.Words(para) {
			p.words++
			if text.IsStopword(strings.ToLower(w)) {
				p.stop++
			}
		}
		p.names = append(p.names, cluster.Names(para)...)
	}
	p.names = append(p.names, cluster.Names(a.Title)...)
	p.label, p.items = digest(a.Title, a.Paragraphs)
	return p
}

// byTime orders articles by publication time, undated ones last, input order kept
// among equals.
func byTime(arts []news.Article) []news.Article {
	out := slices.Clone(arts)
	slices.SortStableFunc(out, func(a, b news.Article) int {
		switch {
		case a.HasDate() && !b.HasDate():
			return -1
		case !a.HasDate() && b.HasDate():
			return 1
		}
		return a.Published.Compare(b.Published)
	})
	return out
}

// Group finds the stories among articles already read: it orders them by publication
// time, collapses copies, and clusters the rest online. Articles with no content
// terms are set aside with a warning.
func Group(ctx context.Context, arts []news.Article, opt StoryOptions) (news.Stories, error) {
	var res news.Stories
	preps := prepare(ctx, byTime(arts))
	if err := ctx.Err(); err != nil {
		return res, err
	}
	dix := dedupe.NewIndex(opt.Dedupe)
	cl := cluster.New(opt.Cluster)
	byID := map[string]*news.StoryArticle{}
	used := map[string]bool{}
	names := nameForms{}
	feats := fitPile(cl, preps)
	for i, p := range preps {
		if reason := setAside(p); reason != "" {
			res.Warnings = append(res.Warnings, news.Warning{Source: p.art.Source, Reason: reason})
			continue
		}
		id := uniqueID(p.art, used)
		p.art.ID, used[id] = id, true
		if m, dup := dix.Add(id, p.art.Published, dedupe.Sign(p.body, dix.Options())); dup {
			if orig := byID[m.ID]; orig != nil {
				orig.Copies = append(orig.Copies, p.art)
				continue
			}
			// The original was refused by the clusterer: so is its copy, below.
		}
		feats[i].ID = id
		names.add(p.names)
		a, err := cl.AddPrepared(feats[i])
		if err != nil {
			res.Warnings = append(res.Warnings, news.WarningFrom(p.art.Source, err))
			continue
		}
		sa := &news.StoryArticle{Article: p.art, Shared: a.Shared, Names: a.Names, Score: a.Score}
		byID[id] = sa
	}
	cl.Flush()
	for _, e := range opt.Edits {
		if err := apply(cl, e); err != nil {
			return res, err
		}
	}
	for _, cs := range cl.TakeClosed() {
		res.Stories = append(res.Stories, assemble(cs, byID, names))
	}
	traceMoves(res.Stories)
	sortStories(res.Stories)
	return res, nil
}

// fitPile prepares every article's cluster features and fits the clusterer's dense
// basis to those that will be clustered: a pile is read whole, so even its first
// articles are compared in a space fitted to all of it.
func fitPile(cl *cluster.Clusterer, preps []prepared) []cluster.Prepared {
	feats := make([]cluster.Prepared, len(preps))
	var fit []cluster.Prepared
	for i, p := range preps {
		feats[i] = cluster.Prepare(p.doc(), cl.Options())
		if setAside(p) == "" {
			fit = append(fit, feats[i])
		}
	}
	cl.Fit(fit)
	return feats
}

// doc is the article as the clusterer sees it.
func (p prepared) doc() cluster.Doc {
	return cluster.Doc{ID: p.art.ID, Time: p.art.Published, Title: p.title, Terms: p.body, Names: p.names}
}

// NearestTrue assigns each article to the true story, truth[i] being article i's,
// whose centre is nearest (see cluster.NearestTrue): what the clusterer's
// representation allows on a labelled pile, for "storyline eval stories --ceiling".
func NearestTrue(ctx context.Context, arts []news.Article, truth []string, opt StoryOptions) ([]string, error) {
	preps := prepare(ctx, arts)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	docs := make([]cluster.Prepared, len(preps))
	for i, p := range preps {
		docs[i] = cluster.Prepare(p.doc(), opt.Cluster)
	}
	return cluster.NearestTrue(docs, truth, opt.Cluster), nil
}

// apply makes one user edit.
func apply(cl *cluster.Clusterer, e Edit) error {
	if e.Split != "" {
		_, err := cl.Split(e.Split, e.Articles)
		return err
	}
	_, err := cl.Merge(e.Merge[0], e.Merge[1])
	return err
}

// setAside returns why an article cannot be placed in a story, or "".
func setAside(p prepared) string {
	switch {
	case len(p.body)+len(p.title) == 0:
		return "no content words to place it in a story"
	case p.words >= 30 && p.stop*10 < p.words:
		if lang := languageOf(p.art); lang != "" && lang != "en" {
			return "in " + clean.LanguageName(lang) + ", not English: story finding compares English terms"
		}
		return "not English (almost no English function words): story finding compares English terms"
	case p.items > 0:
		return fmt.Sprintf("a digest of other stories, not one story: %d paragraphs are items (each opens with a slug or dateline, or says where its story will move), the first %q",
			p.items, strings.TrimSpace(p.label))
	}
	return ""
}

// languageOf returns the base code of an article's language ("fr" for "fr-CA"): as
// its input declared it, or else as clean.Language identifies it.
func languageOf(a news.Article) string {
	lang := a.Language
	if lang == "" {
		lang = clean.Language(a.Paragraphs)
	}
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	base, _, _ = strings.Cut(base, "_")
	return base
}

// traceMoves sets, for every article moved from a story that was later merged into
// another, the story it was merged into. A story's merge notes name every story
// folded into it, also those folded into a story it absorbed.
func traceMoves(stories []news.Story) {
	into := map[string]string{}
	for _, st := range stories {
		for _, m := range st.Merges {
			into[m.Story] = st.ID
		}
	}
	for _, st := range stories {
		for _, a := range st.Articles {
			if a.Moved != nil { // a pointer: the story's own Move is set
				a.Moved.Into = into[a.Moved.From]
			}
		}
	}
}

// uniqueID returns the article's id, made unique among those already used.
func uniqueID(a news.Article, used map[string]bool) string {
	id := a.ID
	if id == "" {
		id = a.Source
	}
	base := id
	for n := 2; used[id]; n++ {
		id = base + "~" + strconv.Itoa(n)
	}
	return id
}

// assemble turns a clustered story into its articles and picks its title; names
// gives the names it reports as the pile writes them.
func assemble(cs cluster.Story, byID map[string]*news.StoryArticle, names nameForms) news.Story {
	// The merge notes are rewritten below (words, names): a copy, not the clusterer's.
	st := news.Story{ID: cs.ID, First: cs.First, Last: cs.Last, Terms: cs.Terms, Names: cs.Names, Merges: slices.Clone(cs.Merges), Split: cs.Split}
	for _, id := range cs.Articles {
		if a := byID[id]; a != nil {
			st.Articles = append(st.Articles, *a)
		}
	}
	for _, m := range cs.Moves {
		i := slices.IndexFunc(st.Articles, func(a news.StoryArticle) bool { return a.ID == m.Article })
		if i < 0 {
			continue // the clusterer notes only the moves of its members
		}
		a := &st.Articles[i]
		a.Shared, a.Names, a.Score = m.Shared, names.written(m.Names), m.Score
		a.Moved = &news.Move{From: m.From, Own: m.Own}
	}
	st.Title = storyTitle(st)
	showWords(&st)
	st.Names = names.written(st.Names)
	for i := range st.Merges {
		st.Merges[i].Names = names.written(st.Merges[i].Names)
	}
	return st
}

// nameForms counts, for each name (lower-cased, as the clusterer keys it), the ways
// the pile writes it, so that a story's names are shown as written: "El Nino", not
// "el nino".
type nameForms map[string]map[string]int

// add counts the names of one article, as written.
func (f nameForms) add(names []string) {
	for _, n := range names {
		n = strings.TrimSpace(n)
		key := strings.ToLower(n)
		if f[key] == nil {
			f[key] = map[string]int{}
		}
		f[key][n]++
	}
}

// written returns each lower-cased name as the pile writes it most often (among
// equals the last in byte order, which prefers lower-case letters: "El Nino" over
// "EL NINO"), or as it is when the pile never wrote it.
func (f nameForms) written(names []string) []string {
	if names == nil {
		return nil
	}
	out := make([]string, len(names))
	for i, n := range names {
		best, bestN := n, 0
		for w, c := range f[n] {
			if c > bestN || c == bestN && w > best {
				best, bestN = w, c
			}
		}
		out[i] = best
	}
	return out
}

// showWords replaces the stems that explain a story (its terms, the terms each
// article shared with it, the terms of its merges) by the words its articles use
// most for them.
func showWords(st *news.Story) {
	terms := slices.Clone(st.Terms)
	for _, a := range st.Articles {
		terms = append(terms, a.Shared...)
	}
	for _, m := range st.Merges {
		terms = append(terms, m.Shared...)
	}
	if len(terms) == 0 {
		return
	}
	forms := text.NewForms(terms)
	for _, a := range st.Articles {
		forms.AddHeadline(a.Title)
		for _, p := range a.Paragraphs {
			forms.Add(p)
		}
	}
	st.Terms = forms.Words(st.Terms)
	for i := range st.Articles {
		st.Articles[i].Shared = forms.Words(st.Articles[i].Shared)
	}
	for i := range st.Merges {
		st.Merges[i].Shared = forms.Words(st.Merges[i].Shared)
	}
}

// storyTitle is the headline that shares most of the story's heaviest terms (see
// summarize.Headline).
func storyTitle(st news.Story) string {
	top := map[string]bool{}
	for _, t := range st.Terms {
		top[strings.ToLower(t)] = true
	}
	arts := make([]news.Article, len(st.Articles))
	for i, a := range st.Articles {
		arts[i] = a.Article
	}
	return summarize.Headline(arts, func(title string) float64 {
		n := 0
		for _, t := range text.Terms(title) {
			if top[t] {
				n++
			}
		}
		return float64(n)
	})
}

// sortStories orders stories biggest first, then by first time, then by id.
func sortStories(ss []news.Story) {
	slices.SortStableFunc(ss, func(a, b news.Story) int {
		if d := b.Size() - a.Size(); d != 0 {
			return d
		}
		if c := a.First.Compare(b.First); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// BriefStories reads every path, finds the stories in the pile and writes one brief per
// story, biggest first, skipping stories of fewer than opt.MinArticles distinct
// articles. An article's copies join its brief's articles and are cited wherever it
// is, with the same similarity, so every outlet that carried a sentence shows.
func BriefStories(ctx context.Context, cfg Config, opt StoryOptions, paths []string) (news.Result, error) {
	arts, warns, err := Read(ctx, cfg, paths)
	res := news.Result{Warnings: warns}
	if err != nil {
		return res, err
	}
	if len(arts) == 0 {
		return res, news.Errorf(news.Invalid, "", "no readable article in the input")
	}
	if opt.Cluster.Quiet == 0 {
		opt.Cluster.Quiet = PileQuiet
	}
	sr, err := Group(ctx, arts, opt)
	res.Warnings = append(res.Warnings, sr.Warnings...)
	if err != nil {
		return res, err
	}
	for _, st := range sr.Stories {
		if len(st.Articles) < opt.MinArticles {
			continue
		}
		res.Stories = append(res.Stories, briefOf(st, cfg))
	}
	switch {
	case len(sr.Stories) == 0:
		return res, news.Errorf(news.Invalid, "", "no article could be placed in a story (%d set aside, see the warnings)", len(sr.Warnings))
	case len(res.Stories) == 0:
		return res, news.Errorf(news.Invalid, "", "no story has %d or more articles (%d stories found)", opt.MinArticles, len(sr.Stories))
	}
	return res, nil
}

// PileQuiet is how long a story in a pile may go without an article and stay open: a
// pile (a folder of saved pages, an archive) is read whole, and its stories, like the
// DUC topics, may span years; a live stream uses the clusterer's 30 days.
const PileQuiet = 10 * 365 * 24 * time.Hour

// briefOf writes the brief of one story from its original articles, with their copies
// cited beside them.
func briefOf(st news.Story, cfg Config) news.Brief {
	originals := make([]news.Article, len(st.Articles))
	for i, a := range st.Articles {
		originals[i] = a.Article
	}
	return withCopies(Summarize(originals, cfg), st)
}

// withCopies adds each article's copies to a brief: to its articles, and as citations
// beside every citation of the article they copy.
func withCopies(b news.Brief, st news.Story) news.Brief {
	copies := map[string][]news.Article{}
	for _, a := range st.Articles {
		if len(a.Copies) > 0 {
			copies[a.ID] = a.Copies
			b.Articles = append(b.Articles, a.Copies...)
		}
	}
	if len(copies) == 0 {
		return b
	}
	for i, s := range b.Sentences {
		var cites []news.Citation
		for _, c := range s.Citations {
			cites = append(cites, c)
			for _, cp := range copies[c.ArticleID] {
				cites = append(cites, news.Citation{ArticleID: cp.ID, Similarity: c.Similarity})
			}
		}
		b.Sentences[i].Citations = cites
	}
	return b
}
