package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// evalDir returns <repo root>/../shared/eval/NAME, skipping the test when it is absent.
func evalDir(tb testing.TB, name string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "eval", name))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("evaluation data not present: %v", err)
	}
	return dir
}

func benchPages(b *testing.B) []EvalPage {
	pages, err := LoadExtractionSet(evalDir(b, "extraction"))
	if err != nil {
		b.Fatal(err)
	}
	return pages
}

// BenchmarkPage runs Page over the 181 benchmark pages; one op is one page. Compare
// with BenchmarkTrafilaturaDirect at GOMAXPROCS=1 (go test -cpu 1).
func BenchmarkPage(b *testing.B) {
	pages := benchPages(b)
	ctx := context.Background()
	Page(ctx, pages[0].ID, pages[0].HTML, Options{URL: pages[0].URL}) // warm up lazily compiled regexps
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p := pages[i%len(pages)]
		Page(ctx, p.ID, p.HTML, Options{URL: p.URL})
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "procs")
}

// BenchmarkTrafilaturaDirect is go-trafilatura alone, as the benchmark's own runner
// calls it, on the same pages.
func BenchmarkTrafilaturaDirect(b *testing.B) {
	pages := benchPages(b)
	direct := func(p EvalPage) {
		doc, err := html.Parse(bytes.NewReader(p.HTML))
		if err != nil {
			b.Fatal(err)
		}
		trafilatura.ExtractDocument(doc, trafilatura.Options{EnableFallback: true})
	}
	direct(pages[0])
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		direct(pages[i%len(pages)])
	}
}
