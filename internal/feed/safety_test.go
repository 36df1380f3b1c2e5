package feed

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>Item &lol9;</title><link>https://laughs.example/1</link>
<description>Secret: &xxe; end</description></item>
</channel></rss>`

// TestEntitiesNotExpanded shows that DOCTYPE entities neither expand (billion
// laughs) nor load files (XXE): the document parses at once, and small.
func TestEntitiesNotExpanded(t *testing.T) {
	f, err := Parse("laughs.xml", []byte(billionLaughs))
	if err != nil {
		t.Fatal(err)
	}
	type view struct {
		Feed, Title string
		Paragraphs  []string
	}
	var got []view
	for _, it := range f.Items {
		got = append(got, view{f.Title, it.Article.Title, it.Article.Paragraphs})
	}
	// Undeclared-to-Go entities stay as literal text: no expansion, no file read.
	want := []view{{"Laughs &lol9;", "Item &lol9;", []string{"Secret: &xxe; end"}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestOPMLEntitiesNotExpanded(t *testing.T) {
	doc := strings.Replace(billionLaughs, "DOCTYPE rss", "DOCTYPE opml", 1)
	doc = doc[:strings.Index(doc, "<rss")] + `<opml><body><outline text="&lol9;" xmlUrl="https://x.example/&xxe;"/></body></opml>`
	subs, err := ParseOPML("laughs.opml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{{Title: "&lol9;", URL: "https://x.example/&xxe;"}}
	if diff := cmp.Diff(want, subs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseOPML(t *testing.T) {
	subs, err := ParseOPML("subscriptions.opml", readTestdata(t, "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{Title: "Wire Service", URL: "https://wire.example/rss", Site: "https://wire.example/", Category: "News/World"},
		{Title: "Gazette", URL: "https://gazette.example/feed", Category: "News/World"},
		{Title: "Metro & More", URL: "https://metro.example/feed.json", Category: "News"},
		{Title: "Science Notes", URL: "https://science.example/atom.xml"},
		{Title: "Local", URL: "http://127.0.0.1:8080/feed"}, // kept: the fetcher refuses it
	}
	if diff := cmp.Diff(want, subs); diff != "" {
		t.Errorf("subscriptions (-want +got):\n%s", diff)
	}
}

func TestParseOPMLErrors(t *testing.T) {
	deep := "<opml><body>" + strings.Repeat("<outline text='x'>", 100) + "<outline xmlUrl='https://a.example/'/>" + strings.Repeat("</outline>", 100) + "</body></opml>"
	tests := []struct{ name, data, reason string }{
		{"empty", "", "empty document"},
		{"not opml", "<rss><channel/></rss>", "not an OPML document"},
		{"no feeds", "<opml><body><outline text='folder'/></body></opml>", "no feed outlines"},
		{"broken", "<opml><body><outline xmlUrl='https://a.example/'", "parse opml"},
		{"too deep", deep, "nested too deep"},
		{"bad charset", `<?xml version="1.0" encoding="x-no-such"?><opml/>`, "parse opml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOPML("lists/my.opml", []byte(tt.data))
			if news.ErrorCode(err) != news.Invalid || !strings.Contains(err.Error(), "lists/my.opml") || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("error %v: want invalid, naming lists/my.opml, containing %q", err, tt.reason)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss2.xml", "rss1.xml", "rss091.xml", "atom.xml", "jsonfeed.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(billionLaughs))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"x","date_published":"99999-01-01"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div><script>x</script></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := Parse("fuzz.xml", data)
		if err != nil {
			if news.ErrorCode(err) != news.Invalid || !strings.Contains(err.Error(), "fuzz.xml") {
				t.Fatalf("error without code or source: %v", err)
			}
			return
		}
		for _, it := range feed.Items {
			if it.Article.Source == "" || it.Article.Format != Format {
				t.Fatalf("item without source or format: %+v", it.Article)
			}
		}
	})
}

func FuzzParseOPML(f *testing.F) {
	data, err := os.ReadFile("testdata/subscriptions.opml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`<opml><body><outline text="a"><outline xmlUrl="u"/></outline></body></opml>`))
	f.Add([]byte(billionLaughs))
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ParseOPML("fuzz.opml", data)
		if err != nil {
			if news.ErrorCode(err) != news.Invalid || !strings.Contains(err.Error(), "fuzz.opml") {
				t.Fatalf("error without code or source: %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, s := range subs {
			if s.URL == "" || seen[s.URL] {
				t.Fatalf("empty or repeated URL in %+v", subs)
			}
			seen[s.URL] = true
		}
	})
}
