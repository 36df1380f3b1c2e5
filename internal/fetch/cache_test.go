package fetch

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// validatorServer serves one page with an ETag or a Last-Modified date and answers
// 304 when the request carries the matching validator. It records what it saw.
type validatorServer struct {
	etag, lastModified string
	seen               []string // "If-None-Match|If-Modified-Since" per page request
}

func (v *validatorServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
	v.seen = append(v.seen, inm+"|"+ims)
	if v.etag != "" {
		w.Header().Set("ETag", v.etag)
	}
	if v.lastModified != "" {
		w.Header().Set("Last-Modified", v.lastModified)
	}
	if (v.etag != "" && inm == v.etag) || (v.etag == "" && v.lastModified != "" && ims == v.lastModified) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
	w.Write([]byte("<p>caf\xe9 story</p>"))
}

func TestConditionalRequests(t *testing.T) {
	const lm = "Sun, 01 Nov 2026 08:00:00 GMT"
	dir, err := NewDirCache(filepath.Join(t.TempDir(), "cache"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		v         *validatorServer
		cache     Cache
		wantSeen  []string
		notModify bool
	}{
		{"etag", &validatorServer{etag: `"v1"`}, NewMemoryCache(), []string{"|", `"v1"|`}, true},
		{"last-modified", &validatorServer{lastModified: lm}, NewMemoryCache(), []string{"|", "|" + lm}, true},
		{"both, folder cache", &validatorServer{etag: `"v2"`, lastModified: lm}, dir, []string{"|", `"v2"|` + lm}, true},
		{"no validators", &validatorServer{}, NewMemoryCache(), []string{"|", "|"}, false},
		{"no cache", &validatorServer{etag: `"v1"`}, nil, []string{"|", "|"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, tt.v.ServeHTTP)
			c, _ := testClient(t, Options{AllowPrivate: true, Cache: tt.cache})
			first, err := c.Get(context.Background(), srv.URL+"/story")
			if err != nil {
				t.Fatal(err)
			}
			second, err := c.Get(context.Background(), srv.URL+"/story")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSeen, tt.v.seen); diff != "" {
				t.Errorf("validators sent (-want +got):\n%s", diff)
			}
			if second.NotModified != tt.notModify {
				t.Errorf("NotModified = %v, want %v", second.NotModified, tt.notModify)
			}
			if string(second.Body) != "<p>café story</p>" || string(first.Body) != string(second.Body) {
				t.Errorf("bodies = %q, %q", first.Body, second.Body)
			}
			if second.Charset != "windows-1252" {
				t.Errorf("second charset = %q", second.Charset)
			}
		})
	}
	if err := dir.Err(); err != nil {
		t.Errorf("DirCache.Err() = %v", err)
	}
}

func TestDirCache(t *testing.T) {
	dir := t.TempDir()
	c, err := NewDirCache(dir)
	if err != nil {
		t.Fatal(err)
	}
	e := CacheEntry{ETag: `"x"`, Body: []byte("body"), Header: http.Header{"Content-Type": {"text/html"}}}
	c.Put("http://a.example/1", e)
	got, ok := c.Get("http://a.example/1")
	e.URL = "http://a.example/1"
	if diff := cmp.Diff(e, got); !ok || diff != "" {
		t.Errorf("Get after Put ok=%v (-want +got):\n%s", ok, diff)
	}
	if _, ok := c.Get("http://a.example/2"); ok {
		t.Error("Get of an unknown URL hit")
	}
	// A reopened cache sees the entry; a corrupt file is a miss, not an error.
	c2, _ := NewDirCache(dir)
	if _, ok := c2.Get("http://a.example/1"); !ok {
		t.Error("reopened cache misses the entry")
	}
	if err := os.WriteFile(c2.path("http://a.example/1"), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := c2.Get("http://a.example/1"); ok {
		t.Error("corrupt entry hit")
	}
	for i := range 3 { // no temporary files left behind
		c2.Put(fmt.Sprintf("http://a.example/%d", i), e)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(files) != 0 || c2.Err() != nil {
		t.Errorf("temporary files %v, err %v", files, c2.Err())
	}
}
