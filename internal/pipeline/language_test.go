package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/clean"
	"github.com/storyline-news/storyline/internal/extract"
)

// TestLanguageFigures compares clean.Language, run on the text extracted from the web
// pages of ../shared/eval (htmldate and extraction sets, in 25 or so languages), with
// the language each page declares in its markup. A page may declare its language
// wrongly (an English template around an article in Georgian), so full agreement is
// not the goal; the test logs every disagreement to read, and fails if agreement falls
// below 0.9 or more than 5 % of the pages get a language other than the declared one.
func TestLanguageFigures(t *testing.T) {
	shared := sharedDir(t)
	pages, agree, unsure, other := 0, 0, 0, 0
	for _, set := range []string{"htmldate", "extraction"} {
		files, err := filepath.Glob(filepath.Join(shared, "eval", set, "html", "*.html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			page, err := gunzip(f)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			a, err := extract.Page(context.Background(), f, page, extract.Options{})
			declared, _, _ := strings.Cut(strings.ToLower(a.Language), "-")
			if err != nil || declared == "" {
				continue
			}
			pages++
			switch got := clean.Language(a.Paragraphs); got {
			case declared:
				agree++
			case "":
				unsure++
			default:
				other++
				t.Logf("%s declares %s, reads as %s: %.60q", filepath.Base(f), declared, got, a.Title)
			}
		}
	}
	if pages == 0 {
		t.Fatal("no page with a declared language")
	}
	t.Logf("%d pages with a declared language: %d agree (%.3f), %d unsure, %d read as another",
		pages, agree, float64(agree)/float64(pages), unsure, other)
	if float64(agree) < 0.9*float64(pages) || float64(other) > 0.05*float64(pages) {
		t.Errorf("agreement %d/%d, other %d: below the bar", agree, pages, other)
	}
}

// gunzip reads a gzip-compressed file whole.
func gunzip(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
