package feed

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden compares got, as indented JSON, with testdata/<name>.golden.json.
func golden(t *testing.T, name string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(strings.TrimSpace(string(want)), string(data)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, file, source string
		typ, version       string
		items              int
	}{
		{"rss 2.0", "rss2.xml", "https://gazette.example/feed", "rss", "2.0", 4},
		{"rss 1.0 latin1", "rss1.xml", "testdata/rss1.xml", "rss", "1.0", 1},
		{"rss 0.91", "rss091.xml", "rss091.xml", "rss", "0.91", 1},
		{"atom", "atom.xml", "https://science.example/atom.xml", "atom", "1.0", 2},
		{"json feed", "jsonfeed.json", "https://metro.example/feed.json", "json", "1.1", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.source, readTestdata(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got := struct{ Type, Version string }{f.Type, f.Version}
			if diff := cmp.Diff(struct{ Type, Version string }{tt.typ, tt.version}, got); diff != "" {
				t.Errorf("type and version (-want +got):\n%s", diff)
			}
			if len(f.Items) != tt.items {
				t.Errorf("%d items, want %d", len(f.Items), tt.items)
			}
			for _, it := range f.Items {
				if it.Article.Format != Format || it.Article.Source == "" || it.Article.ID == "" || it.Article.Outlet != f.Title {
					t.Errorf("item lacks format, source, id or outlet: %+v", it.Article)
				}
			}
			golden(t, strings.TrimSuffix(tt.file, filepath.Ext(tt.file)), f)
		})
	}
}

func TestParseRSS2Details(t *testing.T) {
	f, err := Parse("https://gazette.example/feed", readTestdata(t, "rss2.xml"))
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Title, URL, Byline, Source string
		Published                  time.Time
		Paragraphs                 []string
		SummaryOnly                bool
	}
	var got []view
	for _, it := range f.Items {
		a := it.Article
		got = append(got, view{a.Title, a.URL, a.Byline, a.Source, a.Published.UTC(), a.Paragraphs, it.SummaryOnly})
	}
	want := []view{
		{
			Title: "Council approves new ferry terminal", URL: "https://gazette.example/2026/11/ferry",
			Byline: "Ana Ruiz", Source: "https://gazette.example/2026/11/ferry",
			Published: time.Date(2026, 11, 2, 8, 30, 0, 0, time.UTC),
			Paragraphs: []string{
				"The city council voted 7-2 on Monday to build a new ferry terminal at Pier 4.",
				"Construction is expected to start in spring & finish by 2028, the mayor said.",
			},
			SummaryOnly: true, // ends with "Continue reading …"
		},
		{
			Title: "Storm closes coastal road", URL: "https://gazette.example/2026/11/storm",
			Byline: "Weather Desk", Source: "https://gazette.example/2026/11/storm",
			Published:   time.Date(2026, 11, 1, 18, 0, 0, 0, time.UTC),
			Paragraphs:  []string{"Route 9 was closed after high waves. Read more"},
			SummaryOnly: true,
		},
		{
			Source: "https://gazette.example/feed#3", Paragraphs: []string{"A bulletin with no title and no link."},
			SummaryOnly: true,
		},
		{
			Title: "Loopback trap", URL: "http://127.0.0.1:8080/admin", Source: "http://127.0.0.1:8080/admin",
			Paragraphs: []string{"An item pointing at the loopback address."}, SummaryOnly: true,
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	if f.Title != "Harbor City & Valley Gazette" {
		t.Errorf("feed title = %q", f.Title)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, reason string
	}{
		{"empty", "  \n", "empty document"},
		{"broken xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</item></channel>`, "parse feed"},
		{"truncated", `<rss version="2.0"><channel><title>x`, "parse feed"},
		{"not a feed", `<html><body>hello</body></html>`, "not an RSS, Atom or JSON feed"},
		{"plain text", "just words", "not an RSS, Atom or JSON feed"},
		{"broken json", `{"version": "https://jsonfeed.org/version/1", "items": [`, "parse feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse("feeds/bad.xml", []byte(tt.data))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", f)
			}
			if news.ErrorCode(err) != news.Invalid || !strings.Contains(err.Error(), "feeds/bad.xml") || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %q: want invalid, naming feeds/bad.xml, containing %q", err, tt.reason)
			}
		})
	}
}
