package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds every format's parser arbitrary bytes under each kind of file name and
// checks it never panics and that every article has a Source, an ID, paragraphs and
// valid UTF-8 text.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "formats", "*"))
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(filepath.Base(s), data)
		}
	}
	f.Add("x.txt", []byte("\xff\xfeh\x00i\x00"))
	f.Add("x.txt", []byte("caf\xe9 \x93quoted\x94"))
	f.Add("x.jsonl", []byte("{\"text\":\"a\"}\n{bad\n"))
	f.Add("x.sgml", []byte("<DOC><DOCNO>APW1</DOCNO><TEXT>t &HT; &QL;</TEXT>"))
	f.Add("x.html", []byte("<p>para<script>x</script>"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		arts, warns, err := Parse(name, data, Options{})
		if err != nil && len(arts) > 0 {
			t.Fatalf("Parse returned articles and an error %v", err)
		}
		for _, a := range arts {
			if a.Source == "" || a.ID == "" || a.Format == "" || len(a.Paragraphs) == 0 {
				t.Fatalf("incomplete article %+v", a)
			}
			for _, s := range append([]string{a.ID, a.Title, a.Byline, a.Outlet, a.URL, a.Language, a.Source}, a.Paragraphs...) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q in %+v", s, a)
				}
			}
		}
		for _, w := range warns {
			if w.Source == "" || w.Reason == "" {
				t.Fatalf("incomplete warning %+v", w)
			}
		}
	})
}

// BenchmarkReadDUC reads the DUC 2006 document set (1,250 SGML files) when present.
func BenchmarkReadDUC(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "duc2006", "docs")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("DUC 2006 documents not present:", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		arts, _, err := Read(context.Background(), []string{dir}, Options{})
		if err != nil || len(arts) != 1250 {
			b.Fatalf("Read = %d articles, %v; want 1250", len(arts), err)
		}
	}
}

// BenchmarkParseText splits a long hard-wrapped plain-text article into paragraphs.
func BenchmarkParseText(b *testing.B) {
	para := "The committee met on Tuesday to discuss the budget for the\ncoming year, and members argued for three hours about the\nroads and the schools.\n\n"
	data := []byte(" date 2020-01-02 Gazette\n" + repeat(para, 200))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse("bench.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func repeat(s string, n int) string {
	out := make([]byte, 0, len(s)*n)
	for range n {
		out = append(out, s...)
	}
	return string(out)
}
