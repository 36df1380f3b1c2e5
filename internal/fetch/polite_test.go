package fetch

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func robotsServer(t *testing.T, robotsStatus int, robots string, robotsHits *atomic.Int32) string {
	srv := serverWithRobots(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			robotsHits.Add(1)
			w.WriteHeader(robotsStatus)
			fmt.Fprint(w, robots)
			return
		}
		fmt.Fprint(w, "<p>ok</p>")
	})
	return srv.URL
}

func TestRobots(t *testing.T) {
	const rules = "User-agent: *\nDisallow: /private\n\nUser-agent: Storyline\nDisallow: /no-storyline\nAllow: /private\n"
	tests := []struct {
		name   string
		status int
		robots string
		path   string
		code   news.Code
		reason string
	}{
		{"allowed path", 200, rules, "/news/1", "", ""},
		{"our group disallows", 200, rules, "/no-storyline/a", news.Denied, "disallowed by"},
		{"our group wins over star", 200, rules, "/private/a", "", ""},
		{"star group applies", 200, "User-agent: *\nDisallow: /\n", "/a", news.Denied, "disallowed by"},
		{"query string matched", 200, "User-agent: *\nDisallow: /*?print\n", "/a?print=1", news.Denied, "disallowed by"},
		{"robots 404 allows", 404, "", "/a", "", ""},
		{"robots 403 allows", 403, "", "/a", "", ""},
		{"robots 503 disallows", 503, "", "/a", news.Denied, "robots.txt unavailable (status 503)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			base := robotsServer(t, tt.status, tt.robots, &hits)
			c, _ := testClient(t, Options{AllowPrivate: true})
			for range 2 {
				_, err := c.Get(context.Background(), base+tt.path)
				if tt.code == "" {
					if err != nil {
						t.Fatal(err)
					}
					continue
				}
				wantErr(t, err, tt.code, base+tt.path, tt.reason)
			}
			if n := hits.Load(); n != 1 {
				t.Errorf("robots.txt fetched %d times, want once (cached per host)", n)
			}
		})
	}
}

func TestRobotsRefetchedAfterExpiry(t *testing.T) {
	var hits atomic.Int32
	base := robotsServer(t, 503, "", &hits)
	c, clk := testClient(t, Options{AllowPrivate: true})
	if _, err := c.Get(context.Background(), base+"/a"); news.ErrorCode(err) != news.Denied {
		t.Fatalf("first Get: %v, want denied", err)
	}
	clk.Sleep(context.Background(), robotsRetryTTL)
	c.Get(context.Background(), base+"/a")
	if n := hits.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2 (the 5xx answer expires)", n)
	}
}

func TestPerHostDelay(t *testing.T) {
	tests := []struct {
		name   string
		opt    Options
		robots string
		want   []time.Duration
	}{
		{"default delay", Options{}, "", []time.Duration{time.Second, time.Second}},
		{"option delay", Options{PerHostDelay: 3 * time.Second}, "", []time.Duration{3 * time.Second, 3 * time.Second}},
		{"larger crawl-delay wins", Options{}, "User-agent: *\nCrawl-delay: 5\n", []time.Duration{5 * time.Second, 5 * time.Second}},
		{"smaller crawl-delay loses", Options{PerHostDelay: 4 * time.Second}, "User-agent: *\nCrawl-delay: 2\n", []time.Duration{4 * time.Second, 4 * time.Second}},
		{"no delay", Options{PerHostDelay: -1}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var hits atomic.Int32
			base := robotsServer(t, 200, tt.robots, &hits)
			tt.opt.AllowPrivate = true
			c, clk := testClient(t, tt.opt)
			for i := range 3 {
				if _, err := c.Get(context.Background(), fmt.Sprintf("%s/p%d", base, i)); err != nil {
					t.Fatal(err)
				}
			}
			if diff := cmp.Diff(tt.want, clk.Sleeps()); diff != "" {
				t.Errorf("sleeps (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPerHostSerialised(t *testing.T) {
	var inflight, peak, served atomic.Int32
	srv := server(t, func(w http.ResponseWriter, r *http.Request) {
		n := inflight.Add(1)
		defer inflight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond) // widen the window for an overlap
		served.Add(1)
		fmt.Fprint(w, "<p>ok</p>")
	})
	c, _ := testClient(t, Options{AllowPrivate: true})
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := range 8 {
		wg.Go(func() {
			_, err := c.Get(context.Background(), fmt.Sprintf("%s/p%d", srv.URL, i))
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if served.Load() != 8 || peak.Load() != 1 {
		t.Errorf("served %d, peak in flight %d; want 8 and 1", served.Load(), peak.Load())
	}
}

func TestRetries(t *testing.T) {
	clkNow := newFakeClock().Now()
	tests := []struct {
		name      string
		responses []int
		header    string
		code      news.Code
		reason    string
		waits     []time.Duration // sleeps beyond the per-host delay
	}{
		{"503 then 200", []int{503, 200}, "", "", "", []time.Duration{time.Second}},
		{"backoff doubles", []int{500, 502, 504, 200}, "", "", "", []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}},
		{"429 retry-after seconds", []int{429, 200}, "7", "", "", []time.Duration{7 * time.Second}},
		{"429 retry-after date", []int{429, 200}, clkNow.Add(30 * time.Second).Format(http.TimeFormat), "", "", []time.Duration{30 * time.Second}},
		{"retry-after too long", []int{429, 200}, "86400", news.Invalid, "retry after 24h0m0s", nil},
		{"gives up", []int{503, 503, 503, 503, 503}, "", news.Invalid, "status 503 Service Unavailable after 3 retries", []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}},
		{"not found", []int{404}, "", news.NotFound, "status 404", nil},
		{"gone", []int{410}, "", news.NotFound, "status 410", nil},
		{"forbidden", []int{403}, "", news.Denied, "status 403", nil},
		{"teapot", []int{418}, "", news.Invalid, "unexpected status 418", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n atomic.Int32
			srv := server(t, func(w http.ResponseWriter, r *http.Request) {
				i := int(n.Add(1)) - 1
				status := tt.responses[min(i, len(tt.responses)-1)]
				if tt.header != "" && status == 429 {
					w.Header().Set("Retry-After", tt.header)
				}
				w.WriteHeader(status)
				fmt.Fprint(w, "<p>body</p>")
			})
			c, clk := testClient(t, Options{AllowPrivate: true, PerHostDelay: -1})
			_, err := c.Get(context.Background(), srv.URL+"/r")
			if tt.code == "" && err != nil {
				t.Fatal(err)
			}
			if tt.code != "" {
				wantErr(t, err, tt.code, srv.URL+"/r", tt.reason)
			}
			if diff := cmp.Diff(tt.waits, clk.Sleeps()); diff != "" {
				t.Errorf("waits (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, v string
		want    time.Duration
		ok      bool
	}{
		{"seconds", "120", 2 * time.Minute, true},
		{"zero", "0", 0, true},
		{"negative", "-5", 0, false},
		{"date", "Mon, 02 Nov 2026 12:01:00 GMT", time.Minute, true},
		{"past date", "Mon, 02 Nov 2026 11:00:00 GMT", 0, true},
		{"garbage", "soon", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseRetryAfter(tt.v, now)
			if got != tt.want || ok != tt.ok {
				t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.v, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestRedirects(t *testing.T) {
	srv := server(t, func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case p == "/a":
			http.Redirect(w, r, "/b", http.StatusMovedPermanently)
		case p == "/b":
			http.Redirect(w, r, "/a", http.StatusFound)
		case p == "/old":
			http.Redirect(w, r, "/new", http.StatusPermanentRedirect)
		case p == "/new":
			fmt.Fprint(w, "<p>new</p>")
		case p == "/nolocation":
			w.WriteHeader(http.StatusFound)
		case strings.HasPrefix(p, "/chain/"):
			var n int
			fmt.Sscanf(p, "/chain/%d", &n)
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
		case p == "/to-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}
	})
	tests := []struct {
		name, path string
		final      string
		code       news.Code
		reason     string
	}{
		{"followed", "/old", "/new", "", ""},
		{"loop", "/a", "", news.Invalid, "redirect loop"},
		{"endless chain", "/chain/0", "", news.Invalid, "too many redirects: stopped after 10"},
		{"no location", "/nolocation", "", news.Invalid, "without a usable Location"},
		{"to file scheme", "/to-file", "", news.Denied, "scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := testClient(t, Options{AllowPrivate: true})
			p, err := c.Get(context.Background(), srv.URL+tt.path)
			if tt.code != "" {
				wantErr(t, err, tt.code, srv.URL+tt.path, tt.reason)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.URL != srv.URL+tt.path || p.FinalURL != srv.URL+tt.final {
				t.Errorf("URL, FinalURL = %s, %s", p.URL, p.FinalURL)
			}
		})
	}
}

func TestUserAgent(t *testing.T) {
	var got string
	srv := server(t, func(w http.ResponseWriter, r *http.Request) { got = r.UserAgent() })
	c, _ := testClient(t, Options{AllowPrivate: true})
	if _, err := c.Get(context.Background(), srv.URL+"/"); err != nil {
		t.Fatal(err)
	}
	if got != DefaultUserAgent || !strings.HasPrefix(got, "Storyline/") {
		t.Errorf("User-Agent = %q", got)
	}
}

func TestCancelledContext(t *testing.T) {
	srv := pages(t, map[string]string{"/a": "x"})
	c, _ := testClient(t, Options{AllowPrivate: true})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Get(ctx, srv.URL+"/a"); err == nil || !strings.Contains(err.Error(), "context canceled") {
		t.Errorf("Get with a cancelled context: %v", err)
	}
}
