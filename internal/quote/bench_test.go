package quote

import (
	"path/filepath"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

func benchArticles(b *testing.B) []news.Article {
	paths, err := filepath.Glob("testdata/quotes/dev/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var as []news.Article
	for _, p := range paths {
		as = append(as, readArticle(b, p))
	}
	return as
}

// BenchmarkFind measures Find over the dev articles.
func BenchmarkFind(b *testing.B) {
	as := benchArticles(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			Find(a)
		}
	}
}

// BenchmarkMerge measures Merge over every quotation of the dev articles.
func BenchmarkMerge(b *testing.B) {
	var qs []Quote
	for _, a := range benchArticles(b) {
		qs = append(qs, Find(a)...)
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(qs)
	}
}
