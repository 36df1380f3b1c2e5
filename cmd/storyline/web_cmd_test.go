package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExtractJSON(t *testing.T) {
	s := newSite(t)
	s.put("/dam.html", "text/html", page("dam", "Dam opens on the Green River"))
	code, out, errs := run(t, "", "extract", "--format", "json", "--allow-private", "--delay", "0", s.URL+"/dam.html")
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errs)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	want := map[string]any{
		"source": s.URL + "/dam.html", "url": s.URL + "/dam.html", "title": "Dam opens on the Green River",
		"byline": "Ann Reporter", "outlet": "Valley News", "published": "2024-03-07T09:30:00Z", "language": "en",
		"text": strings.Join(storyText["dam"], "\n\n"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("record (-want +got):\n%s", diff)
	}
}

func TestExtractStatuses(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "dam.html")
	writeFile(t, good, page("dam", "Dam opens"))
	empty := filepath.Join(dir, "empty.html")
	writeFile(t, empty, "")
	tests := []struct {
		name string
		args []string
		want int
		warn string
	}{
		{"file", []string{good}, exitOK, ""},
		{"text format", []string{"--format", "text", good}, exitOK, ""},
		{"some bad", []string{good, empty}, exitPartial, "empty.html"},
		{"nothing good", []string{filepath.Join(dir, "missing.html")}, exitFailed, "missing.html"},
		{"ftp scheme", []string{good, "ftp://example.com/a.html"}, exitPartial, `scheme \"ftp\" refused`},
		{"no inputs", nil, exitUsage, ""},
		{"bad format", []string{"--format", "xml", good}, exitUsage, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "", append([]string{"extract"}, tt.args...)...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.want, errs)
			}
			if tt.warn != "" && !strings.Contains(errs, tt.warn) {
				t.Errorf("stderr does not say %q:\n%s", tt.warn, errs)
			}
		})
	}
}

func TestFetchTwiceIsConditional(t *testing.T) {
	s := newSite(t)
	s.put("/dam.html", "text/html", page("dam", "Dam opens on the Green River"))
	out := t.TempDir()
	var files [2][]byte
	for i := range 2 {
		code, stdout, errs := run(t, "", "fetch", "--allow-private", "--delay", "0", s.URL+"/dam.html", "--out", out)
		if code != exitOK {
			t.Fatalf("run %d: exit %d; stderr:\n%s", i+1, code, errs)
		}
		path, _, _ := strings.Cut(strings.TrimSpace(stdout), "\t")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = data
	}
	s.mu.Lock()
	inm := s.inm["/dam.html"]
	s.mu.Unlock()
	if len(inm) != 2 || inm[0] != "" || inm[1] == "" {
		t.Errorf("If-None-Match per request = %q, want none then the ETag", inm)
	}
	if diff := cmp.Diff(string(files[0]), string(files[1])); diff != "" {
		t.Errorf("second save differs (-first +second):\n%s", diff)
	}
	var rec record
	if err := json.Unmarshal(files[0], &rec); err != nil || rec.Title != "Dam opens on the Green River" {
		t.Errorf("saved record %+v, %v", rec, err)
	}
}

func TestWatchOnce(t *testing.T) {
	s := newSite(t)
	for _, k := range []string{"dam", "bridge"} {
		s.put("/"+k+".html", "text/html", page(k, "Story "+k))
	}
	s.put("/wire.rss", "application/rss+xml", rss(s.URL, "dam"))
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	writeFile(t, feeds, "# my feeds\n"+s.URL+"/wire.rss\n\n")
	out := filepath.Join(dir, "out")
	poll := func() []string {
		t.Helper()
		code, _, errs := run(t, "", "watch", "--feeds", feeds, "--out", out, "--once", "--allow-private", "--delay", "0")
		if code != exitOK {
			t.Fatalf("exit %d; stderr:\n%s", code, errs)
		}
		return watchLines(t, out)
	}
	if got := poll(); len(got) != 1 || !strings.Contains(got[0], "Green River opened") {
		t.Fatalf("first poll wrote %q, want the dam story", got)
	}
	if got := poll(); len(got) != 1 {
		t.Errorf("second poll of an unchanged feed wrote %d lines in all, want still 1", len(got))
	}
	s.put("/wire.rss", "application/rss+xml", rss(s.URL, "dam", "bridge"))
	got := poll()
	if len(got) != 2 || !strings.Contains(got[1], "old bridge") {
		t.Errorf("after the feed gained an item: %q, want the bridge story added", got)
	}
	if n := s.count("/dam.html"); n != 1 {
		t.Errorf("dam page fetched %d times, want 1", n)
	}
}

// watchLines returns every line of the JSON Lines files in dir.
func watchLines(t *testing.T, dir string) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(strings.TrimSpace(string(data)), "\n")...)
	}
	return lines
}

func TestWebRefusals(t *testing.T) {
	s := newSite(t)
	s.put("/dam.html", "text/html", page("dam", "Dam opens on the Green River"))
	s.put("/broken.rss", "application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item>`)
	dir := t.TempDir()
	local := filepath.Join(dir, "local.rss")
	writeFile(t, local, `<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>
<item><title>Meta</title><link>http://169.254.169.254/latest/meta-data/</link><description>The dam on the Green River opened on Thursday after six years of work… Read more</description></item></channel></rss>`)
	tests := []struct {
		name     string
		args     []string
		code     int
		articles int
		warn     []string
	}{
		{"loopback refused without --allow-private", []string{s.URL + "/dam.html"}, exitFailed, 0,
			[]string{s.URL + "/dam.html", "loopback", "--allow-private"}},
		{"broken feed beside a good page", []string{"--allow-private", s.URL + "/broken.rss", s.URL + "/dam.html"}, exitPartial, 1,
			[]string{s.URL + "/broken.rss", "parse feed"}},
		{"metadata address from a feed item", []string{"--fetch-linked", local}, exitPartial, 1,
			[]string{"169.254.169.254", "cloud metadata", "used the feed's summary"}},
		{"metadata address refused even with --allow-private", []string{"--allow-private", "--fetch-linked", local}, exitPartial, 1,
			[]string{"169.254.169.254", "cloud metadata", "used the feed's summary"}},
		{"local feed uses item text", []string{local}, exitOK, 1, nil},
		{"file scheme", []string{"--allow-private", "file:///etc/passwd", s.URL + "/dam.html"}, exitPartial, 1,
			[]string{"file:///etc/passwd", `scheme \"file\" refused`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := run(t, "", append([]string{"brief", "--format", "json", "--delay", "0"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, errs)
			}
			for _, w := range tt.warn {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr does not say %q:\n%s", w, errs)
				}
			}
			if tt.warn == nil && strings.Contains(errs, "level=WARN") {
				t.Errorf("unexpected warnings:\n%s", errs)
			}
			if tt.articles > 0 {
				var res struct{ Stories []struct{ Articles []any } }
				if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Stories) != 1 || len(res.Stories[0].Articles) != tt.articles {
					t.Errorf("want %d articles, got %s (%v)", tt.articles, out, err)
				}
			}
		})
	}
}

// TestExtractOtherFormats checks that extract reads a text, JSON Lines, SGML or feed
// file as brief reads it, with its metadata, instead of taking it for a web page.
func TestExtractOtherFormats(t *testing.T) {
	dir := t.TempDir()
	body := "The new dam on the Green River opened on Thursday after six years of building, officials said."
	files := map[string]string{
		"story.txt":   "Title: Dam opens on the Green River\nSource: Valley News\nDate: 2024-03-07\n\n" + body + "\n",
		"items.jsonl": `{"title": "Dam opens", "text": "` + body + `", "source": "Valley News"}` + "\n" + `{"title": "Dam power", "text": "Turbines at the new dam will power the valley's homes from next spring, its builders said."}` + "\n",
		"wire.sgml":   "<DOC>\n<DOCNO> APW20240307.0001 </DOCNO>\n<HEADLINE> Dam opens </HEADLINE>\n<TEXT>\n<P> " + body + " </P>\n</TEXT>\n</DOC>\n",
		"feed.xml":    `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title><item><title>Dam opens</title><description>` + body + `</description></item></channel></rss>`,
	}
	tests := []struct {
		file   string
		titles []string
		outlet string
	}{
		{"story.txt", []string{"Dam opens on the Green River"}, "Valley News"},
		{"items.jsonl", []string{"Dam opens", "Dam power"}, "Valley News"},
		{"wire.sgml", []string{"Dam opens"}, "Associated Press"},
		{"feed.xml", []string{"Dam opens"}, "Valley News"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			writeFile(t, path, files[tc.file])
			code, out, errs := run(t, "", "extract", path)
			if code != exitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, errs)
			}
			var titles []string
			for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
				var r struct{ Title, Outlet, Text string }
				if err := json.Unmarshal([]byte(line), &r); err != nil {
					t.Fatalf("%v in %q", err, line)
				}
				titles = append(titles, r.Title)
				if i == 0 && (r.Outlet != tc.outlet || !strings.Contains(r.Text, "Green River")) {
					t.Errorf("first record: outlet %q, text %q; want %q and the body", r.Outlet, r.Text, tc.outlet)
				}
			}
			if diff := cmp.Diff(tc.titles, titles); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestExtractCleansPages checks that a page's article comes out cleaned as brief reads
// it: a newsletter box and a photo credit inside the article are gone, the body stays.
func TestExtractCleansPages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dam.html")
	html := strings.Replace(page("dam", "Dam opens on the Green River"), "</article>",
		"<p>Photo: Jane Lens/AP</p><p>Sign up for our newsletter to get the day's top stories in your inbox.</p></article>", 1)
	writeFile(t, path, html)
	code, out, errs := run(t, "", "extract", "--format", "text", path)
	if code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, errs)
	}
	for _, p := range storyText["dam"] {
		if !strings.Contains(out, p) {
			t.Errorf("body paragraph %q missing from:\n%s", p, out)
		}
	}
	for _, noise := range []string{"Jane Lens", "Sign up for our newsletter"} {
		if strings.Contains(out, noise) {
			t.Errorf("extract kept %q:\n%s", noise, out)
		}
	}
}
