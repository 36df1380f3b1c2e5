package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// FuzzFind checks that Find never panics and that every quotation's offsets lie inside
// its paragraphs, in order, with text that the paragraph holds.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"``We are ready,'' de Blasio said.\n“It is over,” a senior official said.",
		"'We don't know', she told the BBC. 'Nobody does.'\n\"Who knows?\" asked Smith.",
		"“Start of a quote.\n“And its end.”", "\"\n\"", "‘‘’’``''", "MARSH (on tape): \"x\"",
		"so-called “travel ban” and “smart”", "\xff“\xfe”", "'", "“", "a ’90s ‘em",
		"calling him “beleaguered” and “weak,” Trump said he was “disappointed”", "He was “devastated,” a friend said of it.",
		"Staff met, and Scaramucci said that Trump “probably” left; “x”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		for _, q := range Find(news.Article{ID: "f", Paragraphs: paras}) {
			if q.Paragraph < 0 || q.EndParagraph < q.Paragraph || q.EndParagraph >= len(paras) {
				t.Fatalf("bad paragraphs %d..%d of %d", q.Paragraph, q.EndParagraph, len(paras))
			}
			if q.Start < 0 || q.Start > len(paras[q.Paragraph]) || q.End < 0 || q.End > len(paras[q.EndParagraph]) {
				t.Fatalf("offsets %d..%d out of range in %q", q.Start, q.End, s)
			}
			if q.Paragraph == q.EndParagraph {
				if q.Start > q.End || paras[q.Paragraph][q.Start:q.End] != q.Text {
					t.Fatalf("text %q is not paragraph[%d:%d] of %q", q.Text, q.Start, q.End, s)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(q.Text) {
				t.Fatalf("invalid UTF-8 text %q from %q", q.Text, s)
			}
		}
		Merge(Find(news.Article{ID: "g", Paragraphs: paras}))
	})
}
