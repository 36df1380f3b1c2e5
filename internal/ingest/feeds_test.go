package ingest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/news"
)

func TestSniffFeed(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, KindFeed},
		{"rss with bom, comment and stylesheet", "\xEF\xBB\xBF\n<?xml version='1.0'?>\n<!-- hi -->\n<?xml-stylesheet href='a.xsl'?><rss>", KindFeed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`, KindFeed},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>`, KindFeed},
		{"json feed", `{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[]}`, KindFeed},
		{"opml", "<?xml version=\"1.0\"?>\n<!DOCTYPE opml>\n<opml version=\"2.0\"><body/></opml>", KindOPML},
		{"html", `<!doctype html><html><body><p>Hi</p></body></html>`, ""},
		{"html mentioning rss", `<html><head><link type="application/rss+xml"></head></html>`, ""},
		{"json article", `{"title":"x","text":"y"}`, ""},
		{"json with other version", `{"version":"2"}`, ""},
		{"plain text", "Feed the cat.\n", ""},
		{"unclosed comment", "<!-- <rss>", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SniffFeed([]byte(tt.data)); got != tt.want {
				t.Errorf("SniffFeed = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseFeedHook(t *testing.T) {
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`
	item := news.Article{ID: "rss-1", Title: "Item", Paragraphs: []string{" Body. "}, Source: "https://example.com/a", Format: "feed"}
	tests := []struct {
		name      string
		data      string
		hook      func(string, []byte) ([]news.Article, []news.Warning, error)
		want      []news.Article
		wantWarns []news.Warning
		wantErr   news.Code
	}{{
		name: "feed goes to the hook",
		data: rss,
		hook: func(source string, doc []byte) ([]news.Article, []news.Warning, error) {
			if string(doc) != rss {
				t.Errorf("hook got %q, want the raw document", doc)
			}
			return []news.Article{item}, []news.Warning{{Source: "https://example.com/b", Reason: "no page"}}, nil
		},
		want:      []news.Article{{ID: "rss-1", Title: "Item", Paragraphs: []string{"Body."}, Source: "https://example.com/a", Format: "feed"}},
		wantWarns: []news.Warning{{Source: "https://example.com/b", Reason: "no page"}},
	}, {
		name: "hook error names the file",
		data: rss,
		hook: func(string, []byte) ([]news.Article, []news.Warning, error) {
			return nil, nil, news.Errorf(news.Invalid, "", "parse feed: broken")
		},
		wantErr: news.Invalid,
	}, {
		name: "html does not reach the hook",
		data: `<html><body><article><p>A paragraph of the page.</p></article></body></html>`,
		hook: func(string, []byte) ([]news.Article, []news.Warning, error) {
			return nil, nil, errors.New("hook called")
		},
		want: []news.Article{{ID: "list", Paragraphs: []string{"A paragraph of the page."}, Source: "list.xml", Format: "html"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, warns, err := Parse("list.xml", []byte(tt.data), Options{Feed: tt.hook})
			if code := news.ErrorCode(err); code != tt.wantErr {
				t.Fatalf("error %v (code %q), want code %q", err, code, tt.wantErr)
			}
			if err != nil {
				var ne *news.Error
				if !errors.As(err, &ne) || ne.Source != "list.xml" {
					t.Errorf("error %v does not name the file", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, arts); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantWarns, warns); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFeedWithoutHookIsText(t *testing.T) {
	arts, _, err := Parse("a.xml", []byte(`<rss><channel><title>Only a title here</title></channel></rss>`), Options{})
	if err != nil || len(arts) != 1 || arts[0].Format == "feed" {
		t.Errorf("without a hook a feed must be read by the other readers; got %+v, %v", arts, err)
	}
}

func FuzzSniffFeed(f *testing.F) {
	for _, s := range []string{`<?xml version="1.0"?><rss>`, `<!-- x --><feed>`, `{"version":"https://jsonfeed.org/version/1"}`, "<opml>", "<!", "<?", "<", "{"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		switch k := SniffFeed(data); k {
		case "", KindFeed, KindOPML:
		default:
			t.Fatalf("SniffFeed(%q) = %q", data, k)
		}
	})
}
