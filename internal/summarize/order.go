package summarize

import (
	"sort"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// orderBrief puts a brief's sentences in an order that reads as a story. Sentences are
// grouped by the article they were taken from and keep that article's order within the
// group, so that a passage reads as its writer built it. Groups are ordered by the day
// the fact was first reported (the earliest publication among the articles citing it)
// where dates are known, and then by importance (the rank of the group's best sentence
// in the greedy choice). Without any date the order is by importance alone.
func orderBrief(b *news.Brief, articles []news.Article, sents []news.Sentence, chosen []int) {
	byID := make(map[string]int, len(articles))
	for i, a := range articles {
		byID[a.ID] = i
	}
	type key struct {
		day   time.Time
		known bool
		group int // rank of the group's first chosen sentence
		index int // position in its article
	}
	keys := make([]key, len(chosen))
	groupRank := map[int]int{}
	groupDay := map[int]time.Time{}
	for rank, i := range chosen {
		a := sents[i].Article
		if _, ok := groupRank[a]; !ok {
			groupRank[a] = rank
		}
		day := firstReported(b.Sentences[rank].Citations, articles, byID)
		if d, ok := groupDay[a]; !ok || (!day.IsZero() && (d.IsZero() || day.Before(d))) {
			groupDay[a] = day
		}
	}
	for rank, i := range chosen {
		a := sents[i].Article
		keys[rank] = key{groupDay[a], !groupDay[a].IsZero(), groupRank[a], sents[i].Index}
	}
	perm := make([]int, len(chosen))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(x, y int) bool {
		kx, ky := keys[perm[x]], keys[perm[y]]
		if kx.known != ky.known {
			return kx.known
		}
		if !kx.day.Equal(ky.day) {
			return kx.day.Before(ky.day)
		}
		if kx.group != ky.group {
			return kx.group < ky.group
		}
		return kx.index < ky.index
	})
	out := make([]news.BriefSentence, len(perm))
	for i, p := range perm {
		out[i] = b.Sentences[p]
	}
	b.Sentences = out
}

// firstReported returns the earliest publication day among the cited articles, or the
// zero time if none has a date.
func firstReported(cites []news.Citation, articles []news.Article, byID map[string]int) time.Time {
	var first time.Time
	for _, c := range cites {
		p := articles[byID[c.ArticleID]].Published
		if p.IsZero() {
			continue
		}
		day := time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
		if first.IsZero() || day.Before(first) {
			first = day
		}
	}
	return first
}
