package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/temoto/robotstxt"
)

// host is the per-host politeness state. Only the holder of sem touches the other
// fields, so one request at a time goes to a host.
type host struct {
	origin string // scheme://host[:port]
	sem    chan struct{}
	next   time.Time // earliest start of the next request

	robots        *robotstxt.RobotsData
	robotsExpires time.Time
	robotsErr     string // why robots.txt could not be read, while disallowed
}

func (c *Client) host(u *url.URL) *host {
	origin := u.Scheme + "://" + strings.ToLower(u.Host)
	c.mu.Lock()
	defer c.mu.Unlock()
	h, ok := c.hosts[origin]
	if !ok {
		h = &host{origin: origin, sem: make(chan struct{}, 1)}
		c.hosts[origin] = h
	}
	return h
}

func (h *host) acquire(ctx context.Context) error {
	select {
	case h.sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("wait for %s: %w", h.origin, ctx.Err())
	}
}

func (h *host) release() { <-h.sem }

// waitTurn sleeps until the host's next request may start.
func (c *Client) waitTurn(ctx context.Context, h *host) error {
	if d := h.next.Sub(c.opt.Now()); d > 0 {
		if err := c.opt.Sleep(ctx, d); err != nil {
			return fmt.Errorf("wait for %s: %w", h.origin, err)
		}
	}
	return nil
}

// agent is the product token robots.txt groups are matched against ("Storyline").
func (c *Client) agent() string {
	a := c.opt.UserAgent
	if i := strings.IndexAny(a, "/ "); i > 0 {
		a = a[:i]
	}
	return a
}

// checkRobots reads the host's robots.txt when it is not cached (or has expired),
// refuses u if robots.txt disallows it, and returns the delay to keep between
// requests to the host.
func (c *Client) checkRobots(ctx context.Context, h *host, u *url.URL) (time.Duration, error) {
	now := c.opt.Now()
	if h.robots == nil || !now.Before(h.robotsExpires) {
		if err := c.loadRobots(ctx, h); err != nil {
			return 0, err
		}
	}
	if h.robotsErr != "" {
		return 0, news.Errorf(news.Denied, u.String(), "robots.txt unavailable (%s): the site is not read until it answers", h.robotsErr)
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	group := h.robots.FindGroup(c.agent())
	if !group.Test(path) {
		return 0, news.Errorf(news.Denied, u.String(), "disallowed by %s/robots.txt", h.origin)
	}
	delay := max(c.opt.PerHostDelay, min(group.CrawlDelay, maxCrawlDelay))
	return max(delay, 0), nil
}

// loadRobots fetches robots.txt: 2xx is parsed, 4xx allows everything, and 5xx or a
// network failure disallows the host for a while (RFC 9309 section 2.3.1).
func (c *Client) loadRobots(ctx context.Context, h *host) error {
	now := c.opt.Now()
	status, body, err := c.fetchRobots(ctx, h.origin+"/robots.txt")
	h.robotsErr = ""
	h.robotsExpires = now.Add(robotsTTL)
	switch {
	case err != nil && news.ErrorCode(err) == news.Denied:
		return err
	case err != nil:
		if ctx.Err() != nil {
			return fmt.Errorf("get %s/robots.txt: %w", h.origin, ctx.Err())
		}
		h.robots, _ = robotstxt.FromStatusAndBytes(http.StatusServiceUnavailable, nil)
		h.robotsErr = news.Reason(err)
		h.robotsExpires = now.Add(robotsRetryTTL)
	case status >= 500:
		h.robots, _ = robotstxt.FromStatusAndBytes(status, nil)
		h.robotsErr = fmt.Sprintf("status %d", status)
		h.robotsExpires = now.Add(robotsRetryTTL)
	case status >= 200 && status < 300:
		h.robots, err = robotstxt.FromBytes(body)
		if err != nil { // unparsable rules restrict nothing
			h.robots, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
		}
	default: // 4xx, and 3xx left after redirects
		h.robots, _ = robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return nil
}

// fetchRobots gets a robots.txt, following up to five redirects (RFC 9309), each
// checked by the address guard.
func (c *Client) fetchRobots(ctx context.Context, rawURL string) (int, []byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return 0, nil, news.Errorf(news.Invalid, rawURL, "parse url: %v", err)
	}
	for range 5 {
		resp, err := c.send(ctx, u, nil)
		if err != nil {
			return 0, nil, err
		}
		loc, lerr := resp.Location()
		if isRedirect(resp.StatusCode) && lerr == nil {
			drain(resp.Body)
			next, err := checkURL(u.ResolveReference(loc).String(), c.opt.AllowPrivate, c.exempt)
			if err != nil {
				return 0, nil, err
			}
			u = next
			continue
		}
		body, err := readBody(resp.Body, resp.Header.Get("Content-Encoding"), maxRobotsBody, maxRobotsBody)
		resp.Body.Close()
		if errors.Is(err, errTooLarge) || errors.Is(err, errDecodedTooLarge) {
			err = nil // RFC 9309: parse at least the first 500 KiB
		}
		if err != nil {
			return 0, nil, news.Errorf(news.Invalid, rawURL, "read robots.txt: %v", err)
		}
		return resp.StatusCode, body, nil
	}
	return http.StatusNotFound, nil, nil // too many redirects: treated as unavailable (4xx)
}

func isRedirect(status int) bool {
	switch status {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
		return true
	}
	return false
}

// drain reads a little of a body we do not need, so the connection can be reused.
func drain(body io.ReadCloser) {
	io.Copy(io.Discard, io.LimitReader(body, 64<<10))
	body.Close()
}
