package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// FuzzClean feeds Clean articles made of arbitrary lines, twice over so that the
// repetition rule sees repeats, and checks that it keeps every article, returns valid
// UTF-8 and never returns an empty paragraph.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"",
		"Print\nHeadline About the Vote\nBy Jane Roe\nDaily Planet\n" + body,
		"AFP/Getty Images\n(AP Photo/Alex Brandon)\nBy Published July 26, 2017 7:13 am",
		"Get Us In Your Inbox!\nDaily Digest\nThank You!\nYou are now subscribed.",
		body + "\nJane Roe\nJane Roe is a writer based in Paris.",
		"\u200b\u00a0\t\x00\xff\xfe",
		"By \nBy ,\n( )\n/ /\n— —",
	} {
		f.Add(s, "")
		f.Add(s, "Given Title")
	}
	f.Fuzz(func(t *testing.T, text, title string) {
		a := news.Article{ID: "f", Title: title, Paragraphs: strings.Split(text, "\n")}
		b := news.Article{ID: "g", Paragraphs: strings.Split(text, "\n")}
		out, rep := Clean([]news.Article{a, b, a}, Options{})
		if len(out) != 3 {
			t.Fatalf("Clean returned %d articles, want 3", len(out))
		}
		for _, o := range out {
			for _, s := range []string{o.Title, o.Byline, o.Outlet} {
				if !utf8.ValidString(s) {
					t.Errorf("invalid UTF-8 in field %q", s)
				}
			}
			for _, p := range o.Paragraphs {
				if p == "" || !utf8.ValidString(p) {
					t.Errorf("bad paragraph %q", p)
				}
			}
		}
		for _, r := range rep.Removed {
			if r.Text == "" || r.Reason == "" || !utf8.ValidString(r.Text) {
				t.Errorf("bad removal %+v", r)
			}
		}
	})
}
