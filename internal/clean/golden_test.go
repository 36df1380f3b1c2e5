package clean

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/seeds")

// seedDir is the project's sample of five articles, outside the repository for now.
const seedDir = "../../../shared/seeds"

// readSeeds reads every seed file as an article: each non-blank line one paragraph, an
// optional first line " date YYYY-MM-DD Outlet" giving the date and outlet.
func readSeeds(tb testing.TB) ([]news.Article, []string) {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("no seeds under %s", seedDir)
	}
	var arts []news.Article
	var names []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("read seed: %v", err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		arts = append(arts, seedArticle(name, string(b)))
		names = append(names, name)
	}
	return arts, names
}

// seedArticle parses one seed file.
func seedArticle(name, text string) news.Article {
	a := news.Article{ID: name, Source: name + ".txt", Format: "text"}
	lines := strings.Split(text, "\n")
	if len(lines) > 0 && strings.HasPrefix(lines[0], " date ") {
		f := strings.SplitN(strings.TrimSpace(lines[0]), " ", 3)
		if len(f) >= 2 {
			a.Published, _ = time.Parse(time.DateOnly, f[1])
		}
		if len(f) == 3 {
			a.Outlet = f[2]
		}
		lines = lines[1:]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			a.Paragraphs = append(a.Paragraphs, l)
		}
	}
	return a
}

// render is the golden form of one cleaned article and its removals.
func render(a news.Article, removed []Removal) string {
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\nbyline: %s\noutlet: %s\n\n## paragraphs\n", a.Title, a.Byline, a.Outlet)
	for i, p := range a.Paragraphs {
		fmt.Fprintf(&b, "[%d] %s\n", i, p)
	}
	b.WriteString("\n## removed\n")
	for _, r := range removed {
		fmt.Fprintf(&b, "[%s] %s\n", r.Reason, r.Text)
	}
	return b.String()
}

func TestGoldenSeeds(t *testing.T) {
	arts, names := readSeeds(t)
	out, rep := Clean(arts, Options{})
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			got := render(out[i], rep.For(arts[i].ID))
			path := filepath.Join("testdata", "seeds", name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update): %v", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("cleaned %s (-want +got):\n%s", name, diff)
			}
		})
	}
}

func BenchmarkCleanSeeds(b *testing.B) {
	arts, _ := readSeeds(b)
	b.ReportAllocs()
	for b.Loop() {
		Clean(arts, Options{})
	}
}
