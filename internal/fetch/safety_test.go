package fetch

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

func TestGetRefusesNonPublicAddresses(t *testing.T) {
	var hits atomic.Int32
	srv := serverWithRobots(t, func(w http.ResponseWriter, r *http.Request) { hits.Add(1) })
	port := srv.URL[strings.LastIndex(srv.URL, ":")+1:]
	c, _ := testClient(t, Options{AllowPrivate: false})
	tests := []struct {
		name, url string
		code      news.Code
		reason    string
	}{
		{"loopback literal", srv.URL + "/feed", news.Denied, "loopback"},
		{"cloud metadata", "http://169.254.169.254/latest/meta-data/", news.Denied, "cloud metadata"},
		{"mapped loopback", "http://[::ffff:127.0.0.1]:" + port + "/", news.Denied, "loopback"},
		{"name resolving to loopback", "http://localhost:" + port + "/", news.Denied, "loopback"},
		{"file scheme", "file:///etc/passwd", news.Denied, "scheme"},
		{"gopher scheme", "gopher://127.0.0.1:" + port + "/", news.Denied, "scheme"},
		{"userinfo", "http://user:pw@localhost:" + port + "/", news.Denied, "user information"},
		{"empty host", "http://:" + port + "/", news.Invalid, "empty host"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Get(context.Background(), tt.url)
			wantErr(t, err, tt.code, tt.url, tt.reason)
		})
	}
	if n := hits.Load(); n != 0 {
		t.Errorf("the server got %d requests, want none", n)
	}
}

func TestRedirectToLoopbackRefused(t *testing.T) {
	var targetHits atomic.Int32
	target := serverWithRobots(t, func(w http.ResponseWriter, r *http.Request) { targetHits.Add(1) })
	port := target.URL[strings.LastIndex(target.URL, ":")+1:]
	tests := []struct{ name, location string }{
		{"literal", target.URL + "/secret"},
		{"host name", "http://localhost:" + port + "/secret"},
		{"metadata", "http://169.254.169.254/latest/meta-data/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			origin := server(t, func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, tt.location, http.StatusFound)
			})
			c, _ := testClient(t, Options{})
			c.exempt = origin.Listener.Addr().String() // the origin plays a public server
			_, err := c.Get(context.Background(), origin.URL+"/story")
			wantErr(t, err, news.Denied, origin.URL+"/story", "redirect to "+tt.location)
			if !strings.Contains(err.Error(), "refused") {
				t.Errorf("error %q does not say the address was refused", err)
			}
		})
	}
	if n := targetHits.Load(); n != 0 {
		t.Errorf("the loopback target got %d requests, want none", n)
	}
}

func TestExemptAddressStillFetches(t *testing.T) {
	srv := pages(t, map[string]string{"/a": "<p>hello</p>"})
	c, _ := testClient(t, Options{})
	c.exempt = srv.Listener.Addr().String()
	p, err := c.Get(context.Background(), srv.URL+"/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != "<p>hello</p>" {
		t.Errorf("body = %q", p.Body)
	}
}
