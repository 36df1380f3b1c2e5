package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/render"
)

// site is a local web server of article pages and feeds that counts its requests.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	files map[string]siteFile
	hits  map[string]int
	inm   map[string][]string // If-None-Match headers received, per path
}

type siteFile struct{ typ, body string }

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{files: map[string]siteFile{}, hits: map[string]int{}, inm: map[string][]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	f, ok := s.files[r.URL.Path]
	s.hits[r.URL.Path]++
	s.inm[r.URL.Path] = append(s.inm[r.URL.Path], r.Header.Get("If-None-Match"))
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	etag := fmt.Sprintf(`"%x"`, len(f.body)*31+int(f.body[len(f.body)/2]))
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", f.typ)
	fmt.Fprint(w, f.body)
}

func (s *site) put(path, typ, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[path] = siteFile{typ, body}
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

var storyText = map[string][]string{
	"dam": {
		"The new dam on the Green River opened on Thursday after six years of construction work by the state.",
		"Officials said the dam will supply electricity to forty thousand homes in the valley from next spring.",
		"Engineers spent the last month testing the turbines and the spillway before the reservoir was filled.",
		"Farmers downstream welcomed the project, which also promises a steadier supply of water for irrigation.",
	},
	"bridge": {
		"The old bridge over the Green River will close for repairs in May, the transport department said on Friday.",
		"Drivers will use a detour through the town centre while crews replace the rusted steel beams of the span.",
		"The repairs are expected to take four months and to cost about twelve million dollars in total.",
		"Local shops fear the detour will bring heavy traffic to narrow streets during the busy summer season.",
	},
}

// page is an article page with full metadata.
func page(key, title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="en"><head><title>%s | Valley News</title>
<meta property="og:title" content="%s"><meta property="og:site_name" content="Valley News">
<meta name="author" content="Ann Reporter"><meta property="article:published_time" content="2024-03-07T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>%s</h1>`, title, title, title)
	for _, p := range storyText[key] {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	b.WriteString(`</article><footer>Copyright Valley News</footer></body></html>`)
	return b.String()
}

// rss is an RSS feed whose items hold only a teaser and link to pages under base.
func rss(base string, keys ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title><link>` + base + `</link>`)
	for _, k := range keys {
		fmt.Fprintf(&b, `<item><title>Story %s</title><link>%s/%s.html</link><guid>%s/%s.html</guid>
<pubDate>Thu, 07 Mar 2024 09:30:00 GMT</pubDate><description>A short teaser about the %s… Read more</description></item>`, k, base, k, base, k, k)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// atom is an Atom feed whose entries carry the full story.
func atom(keys ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>River Journal</title><id>urn:river</id><updated>2024-03-07T10:00:00Z</updated>`)
	for _, k := range keys {
		fmt.Fprintf(&b, `<entry><title>Full %s</title><id>urn:river:%s</id><link href="https://river.example/%s"/><updated>2024-03-07T10:00:00Z</updated><content type="html">`, k, k, k)
		for _, p := range storyText[k] {
			fmt.Fprintf(&b, "&lt;p&gt;%s&lt;/p&gt;", p)
		}
		b.WriteString(`</content></entry>`)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

func briefJSON(t *testing.T, wantCode int, args ...string) render.JSONResult {
	t.Helper()
	res, _ := runJSON(t, "", wantCode, append([]string{"brief", "--format", "json", "--delay", "0"}, args...)...)
	return res
}

// sources lists the sources of every story's articles, sorted: a pile may hold several
// stories, and their order follows their sizes.
func sources(res render.JSONResult) []string {
	var got []string
	for _, st := range res.Stories {
		for _, a := range st.Articles {
			got = append(got, a.Source)
		}
	}
	slices.Sort(got)
	return got
}

func allSentences(res render.JSONResult) []render.JSONSentence {
	var out []render.JSONSentence
	for _, st := range res.Stories {
		out = append(out, st.Summary...)
	}
	return out
}

func TestBriefWeb(t *testing.T) {
	s := newSite(t)
	s.put("/dam.html", "text/html; charset=utf-8", page("dam", "Dam opens on the Green River"))
	s.put("/bridge.html", "text/html", page("bridge", "Bridge to close for repairs"))
	s.put("/wire.rss", "application/rss+xml", rss(s.URL, "dam", "bridge"))
	s.put("/journal.atom", "application/atom+xml", atom("dam", "bridge"))
	dir := t.TempDir()
	opml := filepath.Join(dir, "list.opml")
	writeFile(t, opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="News">
<outline text="Wire" xmlUrl="`+s.URL+`/wire.rss"/><outline text="Journal" xmlUrl="`+s.URL+`/journal.atom"/></outline></body></opml>`)
	tests := []struct {
		name  string
		args  []string
		want  []string
		pages int // requests for /dam.html
	}{
		{"html page", []string{s.URL + "/dam.html"}, []string{s.URL + "/dam.html"}, 1},
		{"rss of summaries fetches the pages", []string{s.URL + "/wire.rss"}, []string{s.URL + "/dam.html", s.URL + "/bridge.html"}, 1},
		{"atom with full content", []string{s.URL + "/journal.atom"}, []string{"https://river.example/dam", "https://river.example/bridge"}, 0},
		{"opml of two feeds", []string{opml}, []string{s.URL + "/dam.html", s.URL + "/bridge.html", "https://river.example/dam", "https://river.example/bridge"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := s.count("/dam.html")
			res := briefJSON(t, exitOK, append([]string{"--allow-private"}, tt.args...)...)
			want := slices.Sorted(slices.Values(tt.want))
			if diff := cmp.Diff(want, sources(res)); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if len(res.Stories) == 0 {
				t.Fatalf("no brief: %+v", res)
			}
			for _, st := range res.Stories {
				if len(st.Summary) == 0 {
					t.Errorf("story %q has no brief", st.Title)
				}
			}
			if got := s.count("/dam.html") - before; got != tt.pages {
				t.Errorf("%d requests for the page, want %d", got, tt.pages)
			}
			for _, sen := range allSentences(res) {
				if strings.Contains(sen.Text, "teaser") {
					t.Errorf("brief quotes a feed teaser: %q", sen.Text)
				}
			}
		})
	}
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
