package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// fakeClock is the tests' clock: Sleep records the wait and moves time on at once.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	sleeps []time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sleeps = append(f.sleeps, d)
	f.now = f.now.Add(d)
	return ctx.Err()
}

func (f *fakeClock) Sleeps() []time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]time.Duration(nil), f.sleeps...)
}

// testClient returns a client for httptest servers: AllowPrivate is on unless the
// test says otherwise, because httptest listens on loopback.
func testClient(t *testing.T, opt Options) (*Client, *fakeClock) {
	t.Helper()
	clk := newFakeClock()
	if opt.Now == nil {
		opt.Now = clk.Now
	}
	if opt.Sleep == nil {
		opt.Sleep = clk.Sleep
	}
	return New(opt), clk
}

// server starts an httptest server whose robots.txt is missing (404: all allowed);
// the handler sees every other request.
func server(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	return serverWithRobots(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	})
}

// serverWithRobots starts an httptest server whose handler also answers /robots.txt.
func serverWithRobots(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// pages serves fixed bodies by path, with a 404 robots.txt.
func pages(t *testing.T, m map[string]string) *httptest.Server {
	return server(t, func(w http.ResponseWriter, r *http.Request) {
		body, ok := m[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	})
}

// wantErr checks an error's code and that its message names the URL and says why.
func wantErr(t *testing.T, err error, code news.Code, url, reason string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s error containing %q", code, reason)
	}
	if got := news.ErrorCode(err); got != code {
		t.Errorf("code = %q, want %q (err: %v)", got, code, err)
	}
	if !strings.Contains(err.Error(), url) {
		t.Errorf("error %q does not name %s", err, url)
	}
	if !strings.Contains(err.Error(), reason) {
		t.Errorf("error %q does not contain %q", err, reason)
	}
}
