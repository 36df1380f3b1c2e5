package text

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// benchParagraphs returns realistic paragraphs: the DUC 2006 documents when they are
// present beside the repository (research use only; read in place, never copied),
// otherwise the labelled passages of testdata.
func benchParagraphs(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "duc2006", "docs", "*", "*"))
	tag := regexp.MustCompile(`<[^>]*>`)
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		for _, p := range strings.Split(tag.ReplaceAllString(string(data), "\n\n"), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
	}
	if len(paras) == 0 {
		data, err := os.ReadFile(filepath.Join("testdata", "boundaries.txt"))
		if err != nil {
			b.Skipf("no benchmark text: %v", err)
		}
		paras = strings.Split(strings.ReplaceAll(string(data), "||", ""), "\n\n")
	}
	return paras
}

func bytesOf(paras []string) int64 {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return int64(n)
}

func BenchmarkSplit(b *testing.B) {
	paras := benchParagraphs(b)
	b.SetBytes(bytesOf(paras))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Split(p)
		}
	}
}

func BenchmarkTerms(b *testing.B) {
	var sents []string
	for _, p := range benchParagraphs(b) {
		sents = append(sents, Split(p)...)
	}
	b.SetBytes(bytesOf(sents))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			Terms(s)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
}

func BenchmarkStem(b *testing.B) {
	words := []string{"consolidated", "generously", "knightly", "running", "nationalization", "senators"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
}
