package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"The minister resigned on Tuesday, March 12, 2019, at 3:30 p.m.",
		"two and a half years ago, the 1990s, mid-1990s, every other week",
		"the first week of May 2019 and the third quarter of last year",
		"3/15/2019 2019-13-45 99/99/99 1,998 $2019 '90s Q3 2019 noon",
		"é Tuesday\u00a0morning\u2019s 24:00 12 a.m. the 31st of February",
		"",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2019, 3, 15, 0, 0, 0, 0, time.UTC).Unix())
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		anchor := time.Time{}
		if unix != 0 {
			anchor = time.Unix(unix%(1<<35), 0).UTC()
		}
		last := 0
		for _, e := range Find(text, anchor) {
			if e.Start < last || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("span [%d,%d) bad after %d in %d bytes", e.Start, e.End, last, len(text))
			}
			// Invalid UTF-8 bytes count as runes of their own, so boundaries are only
			// checkable on valid text.
			if utf8.ValidString(text) && (!utf8.RuneStart(text[e.Start]) || (e.End < len(text) && !utf8.RuneStart(text[e.End]))) {
				t.Fatalf("span [%d,%d) not on rune boundaries", e.Start, e.End)
			}
			if e.Text != text[e.Start:e.End] || e.Value == "" || e.Type == "" || e.Granularity == "" {
				t.Fatalf("expression %+v inconsistent with text", e)
			}
			last = e.End
		}
	})
}

// benchText is the dev set's plain text, repeated to about 1 MB.
func benchText(b *testing.B) string {
	paths, _ := filepath.Glob(filepath.Join("testdata", "dev", "*.tml"))
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := ParseTimeML(p, data)
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(doc.Text)
	}
	one := sb.String()
	return strings.Repeat(one, 1<<20/len(one)+1)
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	anchor := time.Date(2019, 3, 15, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, anchor)
	}
}
