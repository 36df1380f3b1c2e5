// Package compare owns the side-by-side view of a story's outlets: the facts every outlet
// reports, the facts only one outlet reports, a table of outlets by facts, and the
// conflicts where outlets fill the same slot differently.
//
// A fact is a cluster of sentences of different articles that say the same thing, by the
// test summarize uses for citations (the shorter sentence shares at least half of its
// distinct content terms, and three, carrying half of its idf-weighted mass); clusters
// are the connected components of that relation. A conflict is two sentences of
// different outlets that say nearly the same thing (the terms they share carry at least
// 60% of the idf-weighted mass of the longer one) yet differ in one slot: a number
// attached to the same word ("12 people" against "14 people"), a date value, a named
// entity of the same kind, or, from the quotations' merge, a quotation's wording. This
// is in the spirit of cross-document contradiction detection by aligned slots (de
// Marneffe, Rafferty and Manning, "Finding Contradictions in Text", ACL 2008), reduced
// to lexical alignment.
//
// The package imports only internal/news and the standard library; the pipeline gives it
// the time expressions and entity names it found in each sentence.
package compare

import (
	"github.com/storyline-news/storyline/internal/sentsim"
	"math"
	"sort"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

// Slots is what the pipeline found in one sentence.
type Slots struct {
	Times []news.TimeExpr
	Names []Name
}

// Name is a named entity of a sentence, by its canonical name across the story.
type Name struct {
	Name string
	// Kind is "person", "organization", "place" or "outlet".
	Kind string
}

// Limits on what a comparison lists; counts in OutletView cover every fact.
const (
	maxCommon     = 10
	maxCoverage   = 12
	uniquePerOut  = 3
	maxConflicts  = 25
	minFactWords  = 6
	minFactTerms  = 5 // fewer shared terms ("one White House official noted") is not a fact
	nearlySameSim = 0.6
)

// pairBounds bound the work of finding a story's facts: a term in more than 32 sentences
// proposes no pairs, and each sentence is compared in full with at most 64 others.
var pairBounds = sentsim.Bounds{MaxPosting: 32, MaxCandidates: 64}

// Compare sets the outlets of a story side by side. slots[i] describes sents[i] (it may
// be shorter than sents); quotes are the story's merged quotations.
func Compare(arts []news.Article, sents []news.Sentence, slots []Slots, quotes []news.Quote) news.Comparison {
	st := newStory(arts, sents)
	u := sentsim.NewUnionFind(len(st.chosen))
	var near [][2]int
	st.ts.Pairs(pairBounds, func(a, b int) bool {
		return sents[st.chosen[a]].Article != sents[st.chosen[b]].Article
	}, func(a, b int, sym float64) {
		u.Union(a, b)
		if sym >= nearlySameSim && st.label[sents[st.chosen[a]].Article] != st.label[sents[st.chosen[b]].Article] {
			near = append(near, [2]int{st.chosen[a], st.chosen[b]})
		}
	})
	facts := st.facts(u)
	cmp := news.Comparison{Outlets: st.views(facts)}
	cmp.Common, cmp.Coverage = st.shared(facts)
	cmp.Unique = st.unique(facts)
	cmp.Conflicts = conflicts(st, near, slots, quotes)
	return cmp
}

// story holds what every part of the comparison reads.
type story struct {
	arts    []news.Article
	sents   []news.Sentence
	label   []string       // outlet label per article
	outlets []string       // distinct labels, in story order
	rank    map[string]int // label -> index in outlets
	index   map[string]int // article ID -> index in arts
	chosen  []int          // sentences long enough to be facts
	ts      *sentsim.Sets
	artFreq map[string]int // term -> number of articles using it
}

func newStory(arts []news.Article, sents []news.Sentence) *story {
	st := &story{arts: arts, sents: sents, label: make([]string, len(arts)), artFreq: map[string]int{},
		rank: map[string]int{}, index: make(map[string]int, len(arts))}
	for i, a := range arts {
		st.label[i] = news.OutletLabel(a)
		if _, ok := st.rank[st.label[i]]; !ok {
			st.rank[st.label[i]] = len(st.outlets)
			st.outlets = append(st.outlets, st.label[i])
		}
		if _, ok := st.index[a.ID]; !ok {
			st.index[a.ID] = i
		}
	}
	last := map[string]int{}
	for i, s := range sents {
		if s.Article < 0 || s.Article >= len(arts) {
			continue
		}
		for _, t := range s.Terms {
			if a, ok := last[t]; !ok || a != s.Article+1 {
				last[t] = s.Article + 1
				st.artFreq[t]++
			}
		}
		if s.Words >= minFactWords && len(sentsim.Distinct(s.Terms)) >= minFactTerms {
			st.chosen = append(st.chosen, i)
		}
	}
	st.ts = sentsim.New(sents, st.chosen)
	return st
}

// fact is a cluster of sentences and the facts' salience within the story.
type fact struct {
	news.Fact
	first    int // the sentence that stands for it
	salience float64
}

func (st *story) facts(u sentsim.UnionFind) []fact {
	groups := map[int][]int{}
	var roots []int
	for k := range st.chosen {
		r := u.Find(k)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], st.chosen[k])
	}
	out := make([]fact, 0, len(roots))
	for _, r := range roots {
		members := groups[r]
		s := st.sents[members[0]]
		f := fact{Fact: news.Fact{Text: text.Shown(s.Text), From: st.arts[s.Article].ID}, first: members[0]}
		arts := make([]int, 0, len(members))
		for _, m := range members {
			arts = append(arts, st.sents[m].Article)
		}
		sort.Ints(arts)
		var labels []string
		for n, a := range arts {
			if n > 0 && a == arts[n-1] {
				continue
			}
			f.Articles = append(f.Articles, st.arts[a].ID)
			labels = append(labels, st.label[a])
		}
		f.Outlets = st.inOrder(labels)
		f.salience = st.salience(s)
		out = append(out, f)
	}
	return out
}

// inOrder returns the distinct labels in story order; its cost grows with the labels
// given, not with the story's outlets.
func (st *story) inOrder(labels []string) []string {
	sort.Slice(labels, func(i, j int) bool { return st.rank[labels[i]] < st.rank[labels[j]] })
	out := labels[:0]
	for i, l := range labels {
		if i == 0 || l != labels[i-1] {
			out = append(out, l)
		}
	}
	return out
}

// salience scores how central a sentence is to the story: the mean share of the story's
// articles that use its terms, plus a bonus for sentences near the top of an article,
// where news style puts what matters.
func (st *story) salience(s news.Sentence) float64 {
	terms := sentsim.Distinct(s.Terms)
	if len(terms) == 0 {
		return 0
	}
	sum := 0.0
	for _, t := range terms {
		sum += float64(st.artFreq[t])
	}
	return sum/float64(len(terms))/float64(max(1, len(st.arts))) + 0.5/math.Sqrt(float64(1+s.Index))
}

// views counts, for each outlet, the facts it reports and those only it reports.
func (st *story) views(facts []fact) []news.OutletView {
	idx := map[string]int{}
	views := make([]news.OutletView, len(st.outlets))
	for i, o := range st.outlets {
		idx[o] = i
		views[i].Outlet = o
	}
	for i, a := range st.arts {
		v := &views[idx[st.label[i]]]
		v.Articles = append(v.Articles, a.ID)
	}
	for _, f := range facts {
		for _, o := range f.Outlets {
			views[idx[o]].Facts++
		}
		if len(f.Outlets) == 1 {
			views[idx[f.Outlets[0]]].Unique++
		}
	}
	return views
}

// shared returns the facts every outlet reports and those more than one outlet reports,
// most outlets first, then most articles, then most salient.
func (st *story) shared(facts []fact) (common, coverage []news.Fact) {
	var multi []fact
	for _, f := range facts {
		if len(f.Outlets) > 1 {
			multi = append(multi, f)
		}
	}
	sort.SliceStable(multi, func(i, j int) bool {
		a, b := multi[i], multi[j]
		if len(a.Outlets) != len(b.Outlets) {
			return len(a.Outlets) > len(b.Outlets)
		}
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		return a.salience > b.salience
	})
	for _, f := range multi {
		if len(f.Outlets) == len(st.outlets) && len(common) < maxCommon {
			common = append(common, f.Fact)
		}
		if len(coverage) < maxCoverage {
			coverage = append(coverage, f.Fact)
		}
	}
	return common, coverage
}

// unique returns, for each outlet in story order, its most salient facts that no other
// outlet reports, among those whose sentence reads alone (text.StandsAlone: not "If so,
// it will be a long time ...").
func (st *story) unique(facts []fact) []news.Fact {
	if len(st.outlets) < 2 {
		return nil
	}
	by := map[string][]fact{}
	for _, f := range facts {
		if len(f.Outlets) == 1 {
			by[f.Outlets[0]] = append(by[f.Outlets[0]], f)
		}
	}
	var out []news.Fact
	for _, o := range st.outlets {
		fs := by[o]
		sort.SliceStable(fs, func(i, j int) bool { return fs[i].salience > fs[j].salience })
		n := 0
		for _, f := range fs {
			if n == uniquePerOut {
				break
			}
			if text.StandsAlone(f.Text) {
				out = append(out, f.Fact)
				n++
			}
		}
	}
	return out
}
