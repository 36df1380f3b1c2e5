package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/extract"
)

// writeGzip writes data gzip-compressed to path.
func writeGzip(t *testing.T, path, data string) {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// devAndHeldOut returns two page ids, one of each half.
func devAndHeldOut(t *testing.T) (dev, held string) {
	t.Helper()
	for _, id := range []string{"page-a", "page-b", "page-c", "page-d"} { // ids of both parities
		if extract.Half(id) == "dev" {
			dev = id
		} else {
			held = id
		}
	}
	if dev == "" || held == "" {
		t.Fatal("no id of each half")
	}
	return dev, held
}

func writeJSONFile(t *testing.T, path string, v any) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, path, string(b))
}

// TestEvalErrorsListDevOnly checks that --errors lists the dev half's misses of the
// date and extraction benchmarks and never a held-out page, and that a benchmark with no
// dev half refuses the flag.
func TestEvalErrorsListDevOnly(t *testing.T) {
	dev, held := devAndHeldOut(t)
	undated := `<html><head><title>T</title></head><body><article><p>` + strings.Repeat("Nothing here says when this was written at all. ", 8) + `</p></article></body></html>`

	dates := t.TempDir()
	writeGzip(t, filepath.Join(dates, "html", dev+".html.gz"), undated)
	writeGzip(t, filepath.Join(dates, "html", held+".html.gz"), undated)
	writeJSONFile(t, filepath.Join(dates, "gold.json"), map[string]any{
		"https://example.com/dev":  map[string]string{"file": dev + ".html.gz", "date": "2020-01-02"},
		"https://example.com/held": map[string]string{"file": held + ".html.gz", "date": "2020-01-03"},
	})
	code, out, errs := run(t, "", "eval", "dates", "--errors", dates)
	if code != exitOK {
		t.Fatalf("eval dates: exit %d; stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, "found none        true 2020-01-02  "+dev) || strings.Contains(out, held) {
		t.Errorf("eval dates --errors should list the dev page and no held-out one:\n%s", out)
	}

	pages := t.TempDir()
	writeGzip(t, filepath.Join(pages, "html", dev+".html.gz"), undated)
	writeGzip(t, filepath.Join(pages, "html", held+".html.gz"), undated)
	writeJSONFile(t, filepath.Join(pages, "ground-truth.json"), map[string]any{
		dev:  map[string]string{"articleBody": "A wholly different body of text that the page does not carry.", "url": "https://example.com/dev"},
		held: map[string]string{"articleBody": "Another body of text that the page does not carry either.", "url": "https://example.com/held"},
	})
	code, out, errs = run(t, "", "eval", "extract", "--errors", pages)
	if code != exitOK {
		t.Fatalf("eval extract: exit %d; stderr:\n%s", code, errs)
	}
	if !strings.Contains(out, dev+"  https://example.com/dev") || strings.Contains(out, held) {
		t.Errorf("eval extract --errors should list the dev page and no held-out one:\n%s", out)
	}

	if code, _, _ := run(t, "", "eval", "timex", "--errors", t.TempDir()); code != exitUsage {
		t.Errorf("eval timex --errors: exit %d, want %d", code, exitUsage)
	}
}
