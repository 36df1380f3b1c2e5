// Package fetch owns getting web pages and feeds over HTTP politely and safely.
//
// Politely: a clear User-Agent, robots.txt honoured (the Robots Exclusion Protocol,
// RFC 9309, with the common Crawl-delay extension), one request at a time per host
// with a delay between them, conditional requests (RFC 9110 section 13: ETag and
// Last-Modified validators) so an unchanged page is not downloaded twice, and retries
// with exponential backoff that honour Retry-After.
//
// Safely: a URL from a feed is untrusted input. Only http and https are fetched, and
// the resolved address of every connection (redirects included) is checked, so a URL
// or a DNS answer pointing at loopback, private, link-local (cloud metadata),
// multicast or other non-public addresses is refused unless Options.AllowPrivate is
// set. Bodies are capped on the wire and after decompression, every phase has a
// timeout, and the body is converted to UTF-8 from the character set the server or
// the document declares (the WHATWG encoding sniffing order).
package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// DefaultUserAgent identifies Storyline to the sites it reads.
const DefaultUserAgent = "Storyline/0.1 (+https://github.com/storyline-news/storyline)"

// Options configures a Client. Zero fields take the defaults noted beside them.
type Options struct {
	UserAgent string // DefaultUserAgent
	// AllowPrivate lifts the refusal of loopback, private and other non-public
	// addresses, for people who run their own local feeds. Cloud metadata endpoints
	// (169.254.169.254 and the like) stay refused.
	AllowPrivate bool
	// PerHostDelay is the least time between two requests to one host (1s; negative
	// for none). A larger robots.txt Crawl-delay wins, up to 10 minutes.
	PerHostDelay   time.Duration
	ConnectTimeout time.Duration // 10s: DNS, TCP and TLS
	HeaderTimeout  time.Duration // 20s: from request sent to response headers
	BodyTimeout    time.Duration // 60s: reading the whole body
	MaxBody        int64         // 10 MiB on the wire
	MaxDecoded     int64         // 32 MiB after decompression
	MaxRedirects   int           // 10, also the most allowed
	Retries        int           // 3 retries on 429 and 5xx; negative for none
	// MaxRetryWait caps one wait before a retry (2 minutes); a server asking
	// through Retry-After for a longer wait gets an error instead of a request.
	MaxRetryWait time.Duration
	Cache        Cache // validators and bodies for conditional requests; nil for none
	// Now and Sleep are the clock; tests replace them so no test waits for real
	// politeness delays or backoff.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

const (
	maxRedirects   = 10
	maxCrawlDelay  = 10 * time.Minute
	maxRobotsBody  = 512 << 10
	robotsTTL      = 24 * time.Hour
	robotsRetryTTL = 10 * time.Minute
	baseBackoff    = time.Second
	maxBackoff     = 30 * time.Second
)

func (o Options) withDefaults() Options {
	def := func(d *time.Duration, v time.Duration) {
		if *d == 0 {
			*d = v
		}
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	def(&o.PerHostDelay, time.Second)
	def(&o.ConnectTimeout, 10*time.Second)
	def(&o.HeaderTimeout, 20*time.Second)
	def(&o.BodyTimeout, 60*time.Second)
	def(&o.MaxRetryWait, 2*time.Minute)
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.MaxDecoded <= 0 {
		o.MaxDecoded = 32 << 20
	}
	if o.MaxRedirects <= 0 || o.MaxRedirects > maxRedirects {
		o.MaxRedirects = maxRedirects
	}
	if o.Retries == 0 {
		o.Retries = 3
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	return o
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Client fetches pages politely and safely. It is safe for concurrent use; reuse
// one Client so its per-host state (robots.txt, delays) is shared.
type Client struct {
	opt  Options
	http *http.Client

	mu    sync.Mutex
	hosts map[string]*host

	// exempt is one "ip:port" the address guard lets through, for tests that need
	// an allowed server on loopback.
	exempt string
}

// Page is one fetched document.
type Page struct {
	URL      string // as asked for
	FinalURL string // after redirects
	Status   int    // 304 when NotModified
	Header   http.Header
	Body     []byte // UTF-8
	Charset  string // the character set Body was converted from
	// NotModified reports that the server answered 304 to a conditional request
	// and Body is the cached copy.
	NotModified bool
	FetchedAt   time.Time
}

// New returns a Client configured by opt.
func New(opt Options) *Client {
	c := &Client{opt: opt.withDefaults(), hosts: map[string]*host{}}
	dialer := &net.Dialer{Timeout: c.opt.ConnectTimeout, Control: c.control}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us, past the address guard
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   c.opt.ConnectTimeout,
		ResponseHeaderTimeout: c.opt.HeaderTimeout,
		DisableCompression:    true, // decoded here, under MaxDecoded
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c.http = &http.Client{
		Transport:     tr,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	return c
}

// Get fetches one URL politely and safely; the body is decoded to UTF-8. Redirects
// are followed (at most MaxRedirects), each hop checked like the first. Errors are
// *news.Error: Denied for refused addresses and robots.txt, NotFound for 404 and 410,
// Invalid for bad URLs, bodies and other failures.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := checkURL(rawURL, c.opt.AllowPrivate, c.exempt)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for hops := 0; ; hops++ {
		seen[u.String()] = true
		page, next, err := c.getOne(ctx, u)
		if err != nil && hops > 0 {
			var ne *news.Error
			if errors.As(err, &ne) {
				err = news.Errorf(ne.Code, rawURL, "redirect to %s: %s", u, ne.Err)
			}
		}
		if err != nil {
			return nil, err
		}
		if next == nil {
			page.URL = rawURL
			return page, nil
		}
		target, err := c.redirectTarget(rawURL, u, next, seen, hops)
		if err != nil {
			return nil, err
		}
		u = target
	}
}

func (c *Client) redirectTarget(rawURL string, from, loc *url.URL, seen map[string]bool, hops int) (*url.URL, error) {
	target := from.ResolveReference(loc)
	if seen[target.String()] {
		return nil, news.Errorf(news.Invalid, rawURL, "redirect loop: %s redirects back to %s", from, target)
	}
	if hops+1 > c.opt.MaxRedirects {
		return nil, news.Errorf(news.Invalid, rawURL, "too many redirects: stopped after %d (last to %s)", c.opt.MaxRedirects, target)
	}
	u, err := checkURL(target.String(), c.opt.AllowPrivate, c.exempt)
	if err != nil {
		return nil, news.Errorf(news.ErrorCode(err), rawURL, "redirect to %s: %s", target, news.Reason(err))
	}
	return u, nil
}

// getOne fetches u without following redirects: it returns the page, or the
// Location of a redirect.
func (c *Client) getOne(ctx context.Context, u *url.URL) (*Page, *url.URL, error) {
	h := c.host(u)
	if err := h.acquire(ctx); err != nil {
		return nil, nil, err
	}
	defer h.release()
	delay, err := c.checkRobots(ctx, h, u)
	if err != nil {
		return nil, nil, err
	}
	return c.attempts(ctx, h, u, delay)
}
