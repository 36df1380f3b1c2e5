package fetch

import (
	"errors"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// response turns one final (non-retried) response into a page, a redirect target
// or a coded error, and closes its body.
func (c *Client) response(u *url.URL, resp *http.Response, cached *CacheEntry) (*Page, *url.URL, error) {
	src := u.String()
	status := resp.StatusCode
	switch {
	case isRedirect(status):
		drain(resp.Body)
		loc, err := resp.Location()
		if err != nil {
			return nil, nil, news.Errorf(news.Invalid, src, "redirect %d without a usable Location: %v", status, err)
		}
		return nil, loc, nil
	case status == http.StatusNotModified && cached != nil:
		drain(resp.Body)
		return c.notModified(u, resp, cached), nil, nil
	case status >= 200 && status < 300:
		page, err := c.readPage(u, resp)
		return page, nil, err
	}
	drain(resp.Body)
	switch {
	case status == http.StatusNotFound || status == http.StatusGone:
		return nil, nil, news.Errorf(news.NotFound, src, "status %d %s", status, http.StatusText(status))
	case status == http.StatusUnauthorized || status == http.StatusForbidden || status == http.StatusUnavailableForLegalReasons:
		return nil, nil, news.Errorf(news.Denied, src, "status %d %s", status, http.StatusText(status))
	case retryable(status):
		return nil, nil, news.Errorf(news.Invalid, src, "status %d %s after %d retries", status, http.StatusText(status), max(c.opt.Retries, 0))
	}
	return nil, nil, news.Errorf(news.Invalid, src, "unexpected status %d %s", status, http.StatusText(status))
}

func (c *Client) notModified(u *url.URL, resp *http.Response, e *CacheEntry) *Page {
	header := e.Header.Clone()
	if header == nil {
		header = http.Header{}
	}
	for _, k := range []string{"Etag", "Last-Modified", "Date", "Cache-Control", "Expires"} {
		if v := resp.Header.Get(k); v != "" {
			header.Set(k, v)
		}
	}
	return &Page{
		FinalURL: u.String(), Status: http.StatusNotModified, Header: header,
		Body: e.Body, Charset: e.Charset, NotModified: true, FetchedAt: c.opt.Now(),
	}
}

// readPage reads a 2xx body under the size caps, converts it to UTF-8 and stores
// it in the cache when the server sent validators.
func (c *Client) readPage(u *url.URL, resp *http.Response) (*Page, error) {
	defer resp.Body.Close()
	src := u.String()
	ctype := resp.Header.Get("Content-Type")
	if mt, _, _ := mime.ParseMediaType(ctype); binaryType(mt) {
		return nil, news.Errorf(news.Unsupported, src, "content type %s is not a document", mt)
	}
	if resp.ContentLength > c.opt.MaxBody {
		return nil, news.Errorf(news.Invalid, src, "body of %d bytes is over the %d byte limit", resp.ContentLength, c.opt.MaxBody)
	}
	raw, err := readBody(resp.Body, resp.Header.Get("Content-Encoding"), c.opt.MaxBody, c.opt.MaxDecoded)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, news.Errorf(news.Invalid, src, "body over the %d byte limit", c.opt.MaxBody)
	case errors.Is(err, errDecodedTooLarge):
		return nil, news.Errorf(news.Invalid, src, "decompressed body over the %d byte limit (compression bomb?)", c.opt.MaxDecoded)
	case err != nil:
		return nil, news.Errorf(news.Invalid, src, "read body: %v", err)
	}
	body, cs, err := toUTF8(raw, ctype)
	if err != nil {
		return nil, news.Errorf(news.Invalid, src, "convert body to UTF-8: %v", err)
	}
	header := resp.Header.Clone()
	header.Del("Content-Encoding") // Body is decoded: these describe the wire, not Body
	header.Del("Content-Length")
	page := &Page{FinalURL: src, Status: resp.StatusCode, Header: header, Body: body, Charset: cs, FetchedAt: c.opt.Now()}
	c.store(page)
	return page, nil
}

func (c *Client) store(p *Page) {
	etag, lm := p.Header.Get("ETag"), p.Header.Get("Last-Modified")
	if c.opt.Cache == nil || (etag == "" && lm == "") || p.Status != http.StatusOK {
		return
	}
	h := http.Header{}
	for _, k := range []string{"Content-Type", "Content-Language", "Etag", "Last-Modified"} {
		if v := p.Header.Get(k); v != "" {
			h.Set(k, v)
		}
	}
	c.opt.Cache.Put(p.FinalURL, CacheEntry{
		URL: p.FinalURL, ETag: etag, LastModified: lm, Header: h,
		Body: p.Body, Charset: p.Charset, FetchedAt: p.FetchedAt,
	})
}

func binaryType(mediaType string) bool {
	for _, p := range []string{"image/", "audio/", "video/", "font/"} {
		if strings.HasPrefix(mediaType, p) {
			return true
		}
	}
	return false
}

func retryable(status int) bool {
	return status == http.StatusTooManyRequests || (status >= 500 && status != http.StatusNotImplemented)
}

// retryWait is how long to wait before retry number attempt+1: the server's
// Retry-After if it sent one, else exponential backoff from one second, capped.
func (c *Client) retryWait(u *url.URL, resp *http.Response, attempt int) (time.Duration, error) {
	if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), c.opt.Now()); ok {
		if d > c.opt.MaxRetryWait {
			return 0, news.Errorf(news.Invalid, u.String(), "status %d: server asks to retry after %s, more than the %s limit", resp.StatusCode, d, c.opt.MaxRetryWait)
		}
		return d, nil
	}
	return min(baseBackoff<<min(attempt, 16), maxBackoff, c.opt.MaxRetryWait), nil
}

// parseRetryAfter reads a Retry-After value, in seconds or as an HTTP-date
// (RFC 9110 section 10.2.3).
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(min(n, 1<<31)) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
