package ingest

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/news"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// TestReadGolden reads one sample of every format and compares the whole result with
// testdata/formats.golden.json (refresh with go test -run TestReadGolden -update).
func TestReadGolden(t *testing.T) {
	arts, warns, err := Read(context.Background(), []string{filepath.Join("testdata", "formats")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		Articles []news.Article
		Warnings []news.Warning
	}
	got, err := json.MarshalIndent(result{arts, warns}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "formats.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)+"\n"); diff != "" {
		t.Errorf("Read(testdata/formats) differs from %s (-want +got):\n%s", golden, diff)
	}
}
