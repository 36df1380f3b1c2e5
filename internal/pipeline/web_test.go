package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/feed"
	"github.com/storyline-news/storyline/internal/fetch"
	"github.com/storyline-news/storyline/internal/news"
)

func TestIsURLAndURLID(t *testing.T) {
	tests := []struct {
		arg   string
		isURL bool
		id    string
	}{
		{"https://example.com/2024/budget-vote.html", true, "budget-vote"},
		{"http://example.com/", true, "example.com"},
		{"HTTP://example.com/news/", true, "news"},
		{"ftp://example.com/a.txt", true, "a"},
		{"file:///etc/passwd", true, "passwd"},
		{"articles/a.txt", false, "a"},
		{"c:/x.txt", false, "x"},
		{"-", false, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.arg, func(t *testing.T) {
			if got := IsURL(tt.arg); got != tt.isURL {
				t.Errorf("IsURL = %v, want %v", got, tt.isURL)
			}
			if got := URLID(tt.arg); got != tt.id {
				t.Errorf("URLID = %q, want %q", got, tt.id)
			}
		})
	}
}

func TestFeedList(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
		wantErr    news.Code
	}{
		{"lines", "# feeds\nhttps://a.example/rss\n\n  http://b.example/atom  \n", []string{"https://a.example/rss", "http://b.example/atom"}, ""},
		{"opml", `<opml version="2.0"><body><outline xmlUrl="https://a.example/rss"/><outline text="x"><outline xmlUrl="https://b.example/feed"/></outline></body></opml>`,
			[]string{"https://a.example/rss", "https://b.example/feed"}, ""},
		{"not a url", "https://a.example/rss\nexample.com/feed\n", nil, news.Invalid},
		{"empty", "\n# nothing\n", nil, news.Invalid},
		{"opml without feeds", `<opml><body/></opml>`, nil, news.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FeedList("feeds.txt", []byte(tt.data))
			if news.ErrorCode(err) != tt.wantErr {
				t.Fatalf("error %v, want code %q", err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzFeedList(f *testing.F) {
	for _, s := range []string{"https://a.example/rss\n", "<opml><body><outline xmlUrl='x'/></body></opml>", "#\n", "<opml", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		urls, err := FeedList("f", data)
		if err == nil && len(urls) == 0 {
			t.Fatal("no error and no URLs")
		}
		if err != nil && news.ErrorCode(err) == news.Internal {
			t.Fatalf("uncoded error %v", err)
		}
	})
}

func TestUniqueIDs(t *testing.T) {
	arts := []news.Article{{ID: "a"}, {ID: "a"}, {ID: "a-2"}, {ID: "b"}, {ID: "a"}}
	uniqueIDs(arts)
	var got []string
	for _, a := range arts {
		got = append(got, a.ID)
	}
	if diff := cmp.Diff([]string{"a", "a-2", "a-2-2", "b", "a-3"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReadMixesFilesAndURLs reads a served page, a refused scheme and a file in one
// call: the articles keep the argument order and each bad input is one warning.
func TestReadMixesFilesAndURLs(t *testing.T) {
	body := "<html><head><title>Dam opens</title></head><body><article>" +
		strings.Repeat("<p>The new dam on the river opened on Thursday after six years of building work by the state.</p>", 3) +
		"</article></body></html>"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/dam.html" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	cfg := Config{Web: &Web{Client: fetch.New(fetch.Options{AllowPrivate: true, PerHostDelay: -1})}}
	arts, warns, err := Read(context.Background(), cfg, []string{srv.URL + "/dam.html", "gopher://x.example/", "../../examples/sessions/004_7142778ad7600d50.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Source != srv.URL+"/dam.html" || arts[0].ID != "dam" || arts[1].Format != "text" {
		t.Errorf("articles: %+v", arts)
	}
	if len(warns) != 1 || warns[0].Source != "gopher://x.example/" || !strings.Contains(warns[0].Reason, "scheme") {
		t.Errorf("warnings: %+v", warns)
	}
}

func TestReadURLWithoutClient(t *testing.T) {
	_, warns, err := Read(context.Background(), Config{}, []string{"https://example.com/a"})
	if err != nil || len(warns) != 1 || !strings.Contains(warns[0].Reason, "not enabled") {
		t.Errorf("warnings %+v, err %v", warns, err)
	}
}

func TestItemKey(t *testing.T) {
	const feedURL = "https://gazette.example/feed"
	at := time.Date(2017, 7, 24, 9, 0, 0, 0, time.UTC)
	item := func(guid, url string) feed.Item {
		return feed.Item{GUID: guid, Article: news.Article{URL: url, Title: "Dam opens", Published: at, Paragraphs: []string{"The dam opened."}}}
	}
	tests := []struct {
		name string
		a, b feed.Item
		same bool
	}{
		{"same guid, link moved", item("tag:gazette,2017:42", "https://gazette.example/a?utm=1"), item("tag:gazette,2017:42", "https://gazette.example/a"), true},
		{"different guid, same link", item("42", "https://gazette.example/a"), item("43", "https://gazette.example/a"), false},
		{"no guid, same link", item("", "https://gazette.example/a"), item("", "https://gazette.example/a"), true},
		{"no guid, different link", item("", "https://gazette.example/a"), item("", "https://gazette.example/b"), false},
		{"no guid, no link, same text", item("", ""), item("", ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := itemKey(feedURL, tt.a) == itemKey(feedURL, tt.b); got != tt.same {
				t.Errorf("same key = %v, want %v (%q vs %q)", got, tt.same, itemKey(feedURL, tt.a), itemKey(feedURL, tt.b))
			}
		})
	}
	if itemKey(feedURL, item("42", "")) == itemKey("https://other.example/feed", item("42", "")) {
		t.Error("a GUID must be scoped to its feed")
	}
}
