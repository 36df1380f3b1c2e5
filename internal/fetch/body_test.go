package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func compress(t testing.TB, enc string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	var w interface {
		Write([]byte) (int, error)
		Close() error
	}
	switch enc {
	case "gzip":
		w = gzip.NewWriter(&b)
	case "deflate":
		w = zlib.NewWriter(&b)
	case "raw-deflate":
		w, _ = flate.NewWriter(&b, flate.BestCompression)
	case "br":
		w = brotli.NewWriter(&b)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestContentEncodings(t *testing.T) {
	text := strings.Repeat("<p>The council voted on Tuesday.</p>\n", 200)
	for _, enc := range []string{"gzip", "deflate", "raw-deflate", "br"} {
		t.Run(enc, func(t *testing.T) {
			body := compress(t, enc, []byte(text))
			srv := server(t, func(w http.ResponseWriter, r *http.Request) {
				if !strings.Contains(r.Header.Get("Accept-Encoding"), "br") {
					t.Errorf("Accept-Encoding = %q", r.Header.Get("Accept-Encoding"))
				}
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				w.Header().Set("Content-Encoding", strings.TrimPrefix(enc, "raw-"))
				w.Write(body)
			})
			c, _ := testClient(t, Options{AllowPrivate: true})
			p, err := c.Get(context.Background(), srv.URL+"/page")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(text, string(p.Body)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			if ce := p.Header.Get("Content-Encoding"); ce != "" {
				t.Errorf("Page.Header keeps Content-Encoding %q for a decoded body", ce)
			}
		})
	}
}

func TestSizeCaps(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 64<<10)
	bomb := compress(t, "gzip", make([]byte, 8<<20)) // about 8 KiB inflating to 8 MiB
	tests := []struct {
		name     string
		encoding string
		body     []byte
		chunked  bool
		reason   string
	}{
		{"content length over MaxBody", "", big, false, "over the 16384 byte limit"},
		{"chunked body over MaxBody", "", big, true, "over the 16384 byte limit"},
		{"gzip bomb", "gzip", bomb, true, "decompressed body over the 1048576 byte limit"},
		{"brotli bomb", "br", compress(t, "br", make([]byte, 8<<20)), false, "decompressed body over"},
		{"corrupt gzip", "gzip", []byte("not gzip at all"), false, "gzip"},
		{"unknown encoding", "zstd", []byte("x"), false, "unsupported content encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				if tt.encoding != "" {
					w.Header().Set("Content-Encoding", tt.encoding)
				}
				if !tt.chunked {
					w.Header().Set("Content-Length", strconv.Itoa(len(tt.body)))
				}
				w.Write(tt.body)
			})
			c, _ := testClient(t, Options{AllowPrivate: true, MaxBody: 16 << 10, MaxDecoded: 1 << 20})
			_, err := c.Get(context.Background(), srv.URL+"/big")
			wantErr(t, err, news.Invalid, srv.URL+"/big", tt.reason)
		})
	}
}

func TestCharsets(t *testing.T) {
	long := strings.Repeat("word ", 300) // pushes the first non-ASCII byte past 1024
	tests := []struct {
		name, ctype string
		body        []byte
		want        string
		charset     string
	}{
		{"header latin1", "text/html; charset=latin1", []byte("<p>caf\xe9</p>"), "<p>café</p>", "windows-1252"},
		{"header wins over meta", "text/html; charset=iso-8859-15", []byte("<meta charset=\"utf-8\"><p>\xa4</p>"), `<meta charset="utf-8"><p>€</p>`, "iso-8859-15"},
		{"meta cp1252", "text/html", []byte("<html><head><meta charset=\"cp1252\"></head><p>\x93quoted\x94</p>"), `<html><head><meta charset="cp1252"></head><p>“quoted”</p>`, "windows-1252"},
		{"meta http-equiv", "text/html", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xf0\xd2\xc1\xd7\xc4\xc1</p>"), `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Правда</p>`, "koi8-r"},
		{"utf-8 bom, no declaration", "text/html", []byte("\xef\xbb\xbf<p>na\xc3\xafve</p>"), "<p>naïve</p>", "utf-8"},
		{"utf-16le bom", "text/plain", []byte("\xff\xfeh\x00i\x00"), "hi", "utf-16le"},
		{"no declaration, utf-8 late", "text/html", []byte(long + "caf\xc3\xa9"), long + "café", "utf-8"},
		{"no declaration, latin1 bytes", "text/html", []byte("caf\xe9"), "café", "windows-1252"},
		{"invalid utf-8 declared", "text/html; charset=utf-8", []byte("a\xffb"), "a\uFFFDb", "utf-8"},
		{"xml declaration", "application/rss+xml", []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf` + "\xe9</rss>"), `<?xml version="1.0" encoding="UTF-8"?><rss>café</rss>`, "windows-1252"},
		{"xml without declaration", "application/atom+xml", []byte("<feed>caf\xc3\xa9</feed>"), "<feed>café</feed>", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.ctype)
				w.Write(tt.body)
			})
			c, _ := testClient(t, Options{AllowPrivate: true})
			p, err := c.Get(context.Background(), srv.URL+"/p")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(p.Body)); diff != "" {
				t.Errorf("body (-want +got):\n%s", diff)
			}
			if p.Charset != tt.charset {
				t.Errorf("charset = %q, want %q", p.Charset, tt.charset)
			}
		})
	}
}

func TestTimeouts(t *testing.T) {
	tests := []struct {
		name    string
		handler http.HandlerFunc
		reason  string
	}{
		{"headers never sent", func(w http.ResponseWriter, r *http.Request) {
			<-r.Context().Done()
		}, "no response headers within 50ms"},
		{"body never ends", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<p>start"))
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}, "body not complete after 100ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := server(t, tt.handler)
			c, _ := testClient(t, Options{AllowPrivate: true, HeaderTimeout: 50 * time.Millisecond, BodyTimeout: 100 * time.Millisecond})
			_, err := c.Get(context.Background(), srv.URL+"/slow")
			wantErr(t, err, news.Invalid, srv.URL+"/slow", tt.reason)
		})
	}
}

func TestBinaryContentRefused(t *testing.T) {
	srv := server(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG"))
	})
	c, _ := testClient(t, Options{AllowPrivate: true})
	_, err := c.Get(context.Background(), srv.URL+"/x.png")
	wantErr(t, err, news.Unsupported, srv.URL+"/x.png", "image/png")
}

func BenchmarkToUTF8(b *testing.B) {
	page := []byte(`<html><head><meta charset="windows-1252"></head><body>` + strings.Repeat("<p>caf\xe9 \x93news\x94 story text</p>", 2000) + "</body></html>")
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, _, err := toUTF8(page, "text/html"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadBodyGzip(b *testing.B) {
	text := []byte(strings.Repeat("<p>The council voted on Tuesday.</p>\n", 5000))
	gz := compress(b, "gzip", text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := readBody(bytes.NewReader(gz), "gzip", 1<<20, 1<<22); err != nil {
			b.Fatal(err)
		}
	}
}
