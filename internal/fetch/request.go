package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

var errBodyTimeout = errors.New("body timeout")

// control is the dialer's Control hook: it checks the resolved address of every
// connection, so a host name that resolves (or rebinds) to a private address and a
// redirect to one are refused alike.
func (c *Client) control(network, address string, _ syscall.RawConn) error {
	if c.exempt != "" && address == c.exempt {
		return nil
	}
	return checkDialAddress(address, c.opt.AllowPrivate)
}

// send makes one GET request for u with the given extra headers. The response
// body, if any, is cut after BodyTimeout. Errors are *news.Error naming u.
func (c *Client) send(parent context.Context, u *url.URL, extra http.Header) (*http.Response, error) {
	ctx, cancel := context.WithCancelCause(parent)
	var connected atomic.Bool
	trace := &httptrace.ClientTrace{GotConn: func(httptrace.GotConnInfo) { connected.Store(true) }}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, trace), http.MethodGet, u.String(), nil)
	if err != nil {
		cancel(nil)
		return nil, news.Errorf(news.Invalid, u.String(), "build request: %v", err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	for k, v := range extra {
		req.Header[k] = v
	}
	resp, err := c.http.Do(req)
	if err != nil {
		cancel(nil)
		return nil, c.requestError(parent, u, err, connected.Load())
	}
	timer := time.AfterFunc(c.opt.BodyTimeout, func() { cancel(errBodyTimeout) })
	resp.Body = &timedBody{ReadCloser: resp.Body, ctx: ctx, timer: timer, cancel: cancel, limit: c.opt.BodyTimeout}
	return resp, nil
}

// requestError turns a failed request into a coded error saying what timed out or
// was refused.
func (c *Client) requestError(ctx context.Context, u *url.URL, err error, connected bool) error {
	var denied *deniedAddrError
	var netErr net.Error
	switch {
	case errors.As(err, &denied):
		return news.Errorf(news.Denied, u.String(), "%s (use --allow-private for local feeds)", denied.Error())
	case ctx.Err() != nil:
		return fmt.Errorf("get %s: %w", u, context.Cause(ctx))
	case errors.As(err, &netErr) && netErr.Timeout() && connected:
		return news.Errorf(news.Invalid, u.String(), "no response headers within %s", c.opt.HeaderTimeout)
	case errors.As(err, &netErr) && netErr.Timeout():
		return news.Errorf(news.Invalid, u.String(), "could not connect within %s", c.opt.ConnectTimeout)
	}
	return news.Errorf(news.Invalid, u.String(), "request failed: %v", unwrapURLError(err))
}

// timedBody is a response body read under a deadline: once the timer fires, reads
// fail with a clear error instead of waiting for a server that never ends a body.
type timedBody struct {
	io.ReadCloser
	ctx    context.Context
	timer  *time.Timer
	cancel context.CancelCauseFunc
	limit  time.Duration
}

func (b *timedBody) Read(p []byte) (int, error) {
	n, err := b.ReadCloser.Read(p)
	if err != nil && err != io.EOF && errors.Is(context.Cause(b.ctx), errBodyTimeout) {
		return n, fmt.Errorf("body not complete after %s", b.limit)
	}
	return n, err
}

func (b *timedBody) Close() error {
	b.timer.Stop()
	err := b.ReadCloser.Close()
	b.cancel(nil)
	return err
}

// attempts makes the request for u, retrying on 429 and 5xx with exponential
// backoff or the server's Retry-After, and waiting delay between requests.
func (c *Client) attempts(ctx context.Context, h *host, u *url.URL, delay time.Duration) (*Page, *url.URL, error) {
	var cached *CacheEntry
	if c.opt.Cache != nil {
		if e, ok := c.opt.Cache.Get(u.String()); ok {
			cached = &e
		}
	}
	for attempt := 0; ; attempt++ {
		if err := c.waitTurn(ctx, h); err != nil {
			return nil, nil, err
		}
		resp, err := c.send(ctx, u, conditional(cached))
		h.next = c.opt.Now().Add(delay)
		if err != nil {
			return nil, nil, err
		}
		if !retryable(resp.StatusCode) || attempt >= max(c.opt.Retries, 0) {
			return c.response(u, resp, cached)
		}
		drain(resp.Body)
		wait, err := c.retryWait(u, resp, attempt)
		if err != nil {
			return nil, nil, err
		}
		if t := c.opt.Now().Add(wait); t.After(h.next) {
			h.next = t
		}
	}
}

// conditional returns the validator headers for a cached entry.
func conditional(e *CacheEntry) http.Header {
	if e == nil {
		return nil
	}
	h := http.Header{}
	if e.ETag != "" {
		h.Set("If-None-Match", e.ETag)
	}
	if e.LastModified != "" {
		h.Set("If-Modified-Since", e.LastModified)
	}
	return h
}
