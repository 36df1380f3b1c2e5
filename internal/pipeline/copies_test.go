package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
)

// ducDocs returns the DUC 2006 documents folder beside the repository, or skips.
func ducDocs(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "duc2006", "docs")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("DUC 2006 documents not found at %s", dir)
	}
	return dir
}

// edits are the controlled edits that turn a real article into a copy.
var edits = []struct {
	name string
	edit func(a news.Article, i int) news.Article
}{
	{"exact", func(a news.Article, _ int) news.Article { return a }},
	{"re-headlined", func(a news.Article, _ int) news.Article { a.Title = "BREAKING: " + a.Title + " (updated)"; return a }},
	{"trimmed ending", func(a news.Article, _ int) news.Article {
		a.Paragraphs = a.Paragraphs[:max(1, len(a.Paragraphs)*6/10)]
		return a
	}},
	{"boilerplate", func(a news.Article, _ int) news.Article {
		a.Paragraphs = append(append([]string{"Advertisement. Skip to main content. Subscribe for full access to our journalism."},
			a.Paragraphs...), "Sign up for our morning newsletter. Share this story on Facebook and Twitter. Copyright 2024, all rights reserved.")
		return a
	}},
	{"light rewording", func(a news.Article, i int) news.Article { return reword(a, 20) }},
	{"all of them", func(a news.Article, i int) news.Article {
		a.Title = "Update: " + a.Title
		a.Paragraphs = append(reword(a, 20).Paragraphs[:max(1, len(a.Paragraphs)*7/10)], "Read more from our partners.")
		return a
	}},
}

// reword replaces every nth word with a near synonym and drops the word after it.
func reword(a news.Article, n int) news.Article {
	subs := []string{"officials", "reported", "leaders", "state", "people", "announced"}
	out := a
	out.Paragraphs = make([]string, len(a.Paragraphs))
	k := 0
	for pi, p := range a.Paragraphs {
		var ws []string
		for _, w := range strings.Fields(p) {
			k++
			switch {
			case k%n == 0:
				ws = append(ws, subs[k%len(subs)])
			case k%n == 1 && k > 1:
				continue
			default:
				ws = append(ws, w)
			}
		}
		out.Paragraphs[pi] = strings.Join(ws, " ")
	}
	return out
}

func bodyTerms(a news.Article) []string { return prepareOne(a).body }

// isCopy runs the pair through a fresh index, as the pipeline does.
func isCopy(a, b []string) bool {
	ix := dedupe.NewIndex(dedupe.Options{})
	ix.Add("a", news.Article{}.Published, dedupe.Sign(a, ix.Options()))
	_, dup := ix.Add("b", news.Article{}.Published, dedupe.Sign(b, ix.Options()))
	return dup
}

// TestCopyQuality measures copy detection on real articles (DUC 2006) with controlled
// edits: recall per edit, and false positives on distinct articles of the same story.
func TestCopyQuality(t *testing.T) {
	dir := ducDocs(t)
	topics, _ := os.ReadDir(dir)
	tp, fn, fp, negatives := 0, 0, 0, 0
	perEdit := map[string][2]int{}
	for ti, topic := range topics {
		arts, _, err := Read(context.Background(), Config{}, []string{filepath.Join(dir, topic.Name())})
		if err != nil {
			t.Fatal(err)
		}
		terms := make([][]string, len(arts))
		for i, a := range arts {
			terms[i] = bodyTerms(a)
		}
		for i := range arts {
			for j := i + 1; j < len(arts); j++ {
				negatives++
				if isCopy(terms[i], terms[j]) {
					fp++
					t.Logf("distinct articles called copies: %s %s", arts[i].Source, arts[j].Source)
				}
			}
		}
		for i, a := range arts {
			if i%5 != ti%5 { // a fifth of the articles as originals
				continue
			}
			for _, e := range edits {
				c := perEdit[e.name]
				c[1]++
				if isCopy(terms[i], bodyTerms(e.edit(a, i))) {
					tp++
					c[0]++
				} else {
					fn++
				}
				perEdit[e.name] = c
			}
		}
	}
	recall := float64(tp) / float64(tp+fn)
	precision := float64(tp) / float64(tp+fp)
	fpRate := float64(fp) / float64(negatives)
	for _, e := range edits {
		c := perEdit[e.name]
		t.Logf("recall %-16s %d/%d", e.name, c[0], c[1])
	}
	t.Logf("copies: precision %.4f recall %.4f; false positives %d of %d same-story pairs (%.4f%%)", precision, recall, fp, negatives, 100*fpRate)
	if recall < 0.95 || precision < 0.95 || fpRate > 0.005 {
		t.Errorf("copy detection below the bar: precision %.4f recall %.4f false-positive rate %.4f", precision, recall, fpRate)
	}
}
