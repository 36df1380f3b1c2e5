package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sharedDir returns ../shared beside the repository, or skips the test when it is absent.
func sharedDir(tb testing.TB) string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		tb.Skip("../shared is absent")
	}
	return dir
}

func TestBriefSample(t *testing.T) {
	res, err := Brief(context.Background(), Config{Words: 100}, []string{"../../examples/sessions"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 0 || len(res.Stories) != 1 {
		t.Fatalf("warnings %v, %d stories", res.Warnings, len(res.Stories))
	}
	b := res.Stories[0]
	if len(b.Articles) != 5 || len(b.Sentences) == 0 || b.Words > 100 {
		t.Errorf("brief of %d articles, %d sentences, %d words", len(b.Articles), len(b.Sentences), b.Words)
	}
}

func TestNothingReadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.bin"), []byte{0, 1, 2, 0, 0, 0}, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Brief(context.Background(), Config{}, []string{dir})
	if err == nil || len(res.Warnings) != 1 {
		t.Errorf("err %v, warnings %v: want an error and one warning", err, res.Warnings)
	}
}

// BenchmarkBriefSample is the five-article sample pile, read, cleaned and summarised.
func BenchmarkBriefSample(b *testing.B) {
	for b.Loop() {
		if _, err := Brief(context.Background(), Config{}, []string{"../../examples/sessions"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefDUC is one brief of all 1,250 DUC 2006 articles.
func BenchmarkBriefDUC(b *testing.B) {
	docs := filepath.Join(sharedDir(b), "eval", "duc2006", "docs")
	for b.Loop() {
		if _, err := Brief(context.Background(), Config{}, []string{docs}); err != nil {
			b.Fatal(err)
		}
	}
}
