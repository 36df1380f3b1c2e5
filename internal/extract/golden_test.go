package extract

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGolden extracts each testdata/golden/<case>/page.html and compares the article
// with <case>/article.json; -update rewrites the JSON.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "golden", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join(dir, "page.html"))
			if err != nil {
				t.Fatal(err)
			}
			opt := Options{URL: "https://news.example.com/" + filepath.Base(dir), Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
			a, err := Page(context.Background(), filepath.Base(dir), page, opt)
			if err != nil {
				t.Fatalf("Page: %v", err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "article.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), string(got)); diff != "" {
				t.Errorf("article (-want +got):\n%s", diff)
			}
		})
	}
}

func checkUTF8(t *testing.T, a news.Article) {
	t.Helper()
	for _, s := range append([]string{a.Title, a.Byline, a.Outlet, a.URL, a.Language}, a.Paragraphs...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in output: %q", s)
		}
	}
}

// FuzzPage feeds arbitrary bytes to Page: it must not panic (a recovered panic comes
// back as an Internal error, which fails the fuzz test) and must return valid UTF-8.
func FuzzPage(f *testing.F) {
	f.Add([]byte(pageWith("<title>T</title>", prose)))
	f.Add([]byte(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":1}],"datePublished":"2020-13-45"}]}</script></head><body><p>x</p>`))
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0\x82\xa2</p>"))
	f.Add([]byte("<table><tr><td><p><b><i>unclosed"))
	f.Add([]byte{0xef, 0xbb, 0xbf, '<', 'p', '>', 0xc3})
	if matches, _ := filepath.Glob(filepath.Join("testdata", "golden", "*", "page.html")); len(matches) > 0 {
		for _, m := range matches {
			if b, err := os.ReadFile(m); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := Page(context.Background(), "fuzz.html", page, Options{MaxBytes: 1 << 20})
		if news.ErrorCode(err) == news.Internal {
			t.Fatalf("internal error: %v", err)
		}
		checkUTF8(t, a)
	})
}
