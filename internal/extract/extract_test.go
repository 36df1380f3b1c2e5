package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// prose is a body long enough for the extractor to treat as an article.
const prose = `<p>The city council voted on Tuesday to expand the riverside park by twelve hectares, ending a dispute that has lasted for nearly a decade between residents and developers.</p>
<p>Supporters said the decision would protect wetlands that shelter migrating birds, while opponents warned that the city would lose tax revenue from the planned apartments.</p>
<p>The mayor, who cast the deciding vote, said the park would open to the public in the spring of next year after the old warehouses are cleared.</p>`

func pageWith(head, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body><article>" + body + "</article></body></html>")
}

type metaWant struct {
	Title, Byline, Outlet, URL, Language, Published string
}

func metaOf(a news.Article) metaWant {
	w := metaWant{Title: a.Title, Byline: a.Byline, Outlet: a.Outlet, URL: a.URL, Language: a.Language}
	if a.HasDate() {
		w.Published = a.Published.Format(time.RFC3339)
	}
	return w
}

func TestPageMetadata(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		opt  Options
		want metaWant
	}{
		{
			name: "meta tags",
			page: pageWith(`<title>Park grows | Daily Bugle</title><meta property="og:title" content="Council expands riverside park">
<meta name="author" content="By Jane Roe"><meta property="og:site_name" content="Daily Bugle">
<link rel="canonical" href="/2020/05/park"><meta property="article:published_time" content="2020-05-04T18:30:00-04:00">`, prose),
			opt: Options{URL: "https://bugle.example.com/amp/park"},
			want: metaWant{Title: "Council expands riverside park", Byline: "Jane Roe", Outlet: "Daily Bugle",
				URL: "https://bugle.example.com/2020/05/park", Language: "en", Published: "2020-05-04T18:30:00-04:00"},
		},
		{
			name: "json-ld graph with author array",
			page: pageWith(`<html lang="de-DE"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebSite","name":"Stadtblatt"},
{"@type":["NewsArticle"],"headline":"Park wird größer","datePublished":"2021-03-01T08:00:00+01:00",
 "author":[{"@type":"Person","name":"Anna Berg"},{"@type":"Person","name":"Jonas Klein"}],
 "publisher":{"@type":"Organization","name":"Stadtblatt Online"},"mainEntityOfPage":{"@id":"https://stadtblatt.example/park"}}]}</script>`, prose),
			want: metaWant{Title: "Park wird größer", Byline: "Anna Berg, Jonas Klein", Outlet: "Stadtblatt Online",
				URL: "https://stadtblatt.example/park", Language: "de", Published: "2021-03-01T08:00:00+01:00"},
		},
		{
			name: "json-ld top-level array, host as outlet",
			page: pageWith(`<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Park","author":"Sam Lee","datePublished":"2019-11-02","inLanguage":"en-GB"}]</script>`, prose),
			opt:  Options{URL: "https://www.herald.example.org/news/park"},
			want: metaWant{Title: "Park", Byline: "Sam Lee", Outlet: "herald.example.org",
				URL: "https://www.herald.example.org/news/park", Language: "en", Published: "2019-11-02T00:00:00Z"},
		},
		{
			name: "fallback date when the page has none",
			page: pageWith(`<title>Council expands riverside park</title>`, prose),
			opt:  Options{URL: "https://x.example/a", Published: time.Date(2022, 1, 2, 3, 4, 5, 0, time.UTC)},
			want: metaWant{Title: "Council expands riverside park", Outlet: "x.example", URL: "https://x.example/a",
				Language: "en", Published: "2022-01-02T03:04:05Z"},
		},
		{
			name: "zone abbreviation in a meta date",
			page: pageWith(`<title>Council expands riverside park</title><meta name="pubdate" content="Tue, Sep 15 2020 10:01:41 EDT">`, prose),
			opt:  Options{URL: "https://x.example/a"},
			want: metaWant{Title: "Council expands riverside park", Outlet: "x.example", URL: "https://x.example/a",
				Language: "en", Published: "2020-09-15T10:01:41-04:00"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Page(context.Background(), "test.html", tt.page, tt.opt)
			if err != nil {
				t.Fatalf("Page: %v", err)
			}
			if diff := cmp.Diff(tt.want, metaOf(a)); diff != "" {
				t.Errorf("metadata (-want +got):\n%s", diff)
			}
			if len(a.Paragraphs) != 3 {
				t.Errorf("got %d paragraphs, want 3: %q", len(a.Paragraphs), a.Paragraphs)
			}
		})
	}
}

func TestPageBoilerplate(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		wantErr news.Code
		absent  []string
		present []string
	}{
		{
			name:   "cookie banner",
			body:   `<div id="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>` + prose,
			absent: []string{"cookies"},
		},
		{
			name:   "comment section",
			body:   prose + `</article><section id="comments"><h3>3 comments</h3><div class="comment"><p>Great news for the birds, finally someone listens to the residents of this town!</p></div></section><article>`,
			absent: []string{"Great news", "comments"},
		},
		{
			name:    "hover card over a name",
			body:    `<p>A man pleaded guilty to threatening Rep. <span class="rollover-people"><a href="/people/ann-lee">Ann Lee</a><span class="rollover-people-block"><a href="/x">Lawmakers spar over the budget | Senate passes the bill</a> MORE</span></span> (D-Minn.), prosecutors said on Monday, <span class="tooltip">under the levy<span class="tooltip-content">a tax on boats</span></span>.</p>` + prose,
			absent:  []string{"Lawmakers spar", "MORE", "a tax on boats"},
			present: []string{"threatening Rep. Ann Lee (D-Minn.)", "under the levy"},
		},
		{
			name: "embedded post in a social box is quoted, the box's share links are not",
			body: prose + `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The park is finally open and the birds are back on the river today.</p>— Ann Lee (@annlee) <a href="https://twitter.com/annlee/status/1">May 2, 2024</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script></div>` +
				`<div class="social-share"><p>Share this story on Facebook and Twitter with your friends and family today.</p></div>`,
			absent:  []string{"Share this story"},
			present: []string{"The park is finally open", "Ann Lee (@annlee)"},
		},
		{
			name:   "headline and promo lines",
			body:   `<h1>Council expands riverside park</h1>` + prose + `<p>READ MORE: Mayor opens new bridge</p><p>https://bugle.example.com/more</p>`,
			absent: []string{"READ MORE", "https://", "Council expands"},
		},
		{
			name:    "paywall stub",
			body:    `<p>The council voted on Tuesday to expand the riverside park.</p><div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>`,
			wantErr: news.Denied,
			absent:  []string{"Subscribe"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := pageWith(`<title>Council expands riverside park</title>`, tt.body)
			a, err := Page(context.Background(), "test.html", page, Options{})
			if got := news.ErrorCode(err); got != tt.wantErr {
				t.Fatalf("error code %q (%v), want %q", got, err, tt.wantErr)
			}
			if len(a.Paragraphs) == 0 && tt.wantErr == "" {
				t.Fatalf("no paragraphs")
			}
			text := strings.Join(a.Paragraphs, "\n")
			for _, s := range tt.absent {
				if strings.Contains(text, s) {
					t.Errorf("body contains %q:\n%s", s, text)
				}
			}
			for _, s := range tt.present {
				if !strings.Contains(text, s) {
					t.Errorf("body lacks %q:\n%s", s, text)
				}
			}
		})
	}
}

func TestPageCharset(t *testing.T) {
	// "Café Müller – déjà vu" in windows-1252, declared in a meta tag after 1024 bytes.
	latin := []byte("<html><head>" + strings.Repeat("<!-- padding -->", 80) +
		`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Caf` + "\xe9 M\xfcller \x96 d\xe9j\xe0 vu</title></head><body><article>" + prose + "</article></body></html>")
	a, err := Page(context.Background(), "latin.html", latin, Options{})
	if err != nil {
		t.Fatalf("Page: %v", err)
	}
	if diff := cmp.Diff("Café Müller – déjà vu", a.Title); diff != "" {
		t.Errorf("title (-want +got):\n%s", diff)
	}
}

func TestPageBadInput(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		opt  Options
		want string
	}{
		{"empty", []byte("  \n"), Options{}, "empty page"},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), Options{}, "binary content"},
		{"too large", []byte(strings.Repeat("<p>x</p>", 100)), Options{MaxBytes: 100}, "page too large"},
		{"no text", []byte("<html><body><div></div>"), Options{}, "no article text"},
		{"truncated markup", []byte("<html><body><p>Short and cut <b>off"), Options{}, ""},
		{"invalid utf-8", []byte("<html><body><article><p>\xff\xfe\xfd broken " + strings.Repeat("words and more words ", 40) + "</p></article></body></html>"), Options{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Page(context.Background(), "bad.html", tt.page, tt.opt)
			if tt.want == "" {
				if err != nil && news.ErrorCode(err) != news.Invalid {
					t.Fatalf("error %v, want none or invalid", err)
				}
				checkUTF8(t, a)
				return
			}
			var e *news.Error
			if !errors.As(err, &e) || e.Code != news.Invalid || e.Source != "bad.html" || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want invalid error on bad.html about %q", err, tt.want)
			}
		})
	}
}

func TestPageCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Page(ctx, "c.html", pageWith("", prose), Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
}

func TestPostTime(t *testing.T) {
	want := time.Date(2020, 7, 11, 6, 25, 2, 176e6, time.UTC)
	tests := []struct {
		url string
		ok  bool
	}{
		{"https://twitter.com/Reuters/status/1281836879789404160/photo/1", true},
		{"https://x.com/Reuters/status/1281836879789404160", true},
		{"https://mobile.twitter.com/Reuters/status/1281836879789404160?s=20", true},
		{"https://twitter.com/Reuters", false},
		{"https://twitter.com/jack/status/20", false}, // before ids held a time
		{"https://example.com/Reuters/status/1281836879789404160", false},
		{"https://twitter.com/Reuters/status/12818368797894041600000", false},
		{"::not a url", false},
	}
	for _, tc := range tests {
		got, ok := postTime(tc.url)
		if ok != tc.ok || ok && !got.Equal(want) {
			t.Errorf("postTime(%q) = %v, %v; want %v, %v", tc.url, got, ok, want, tc.ok)
		}
	}
	page := []byte(`<html><head><meta property="article:published_time" content="2020-07-15T10:00:00Z"></head><body><p>A post.</p></body></html>`)
	got, err := Date(context.Background(), "post.html", page, Options{URL: "https://twitter.com/Reuters/status/1281836879789404160"})
	if err != nil || !got.Equal(want) {
		t.Errorf("Date of a post's page = %v, %v; want the id's time %v", got, err, want)
	}
}
