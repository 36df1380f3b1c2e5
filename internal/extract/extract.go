package extract

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
	"golang.org/x/net/html"
)

// DefaultMaxBytes is the largest page Page reads when Options.MaxBytes is zero.
const DefaultMaxBytes = 8 << 20

// Options tunes one extraction. The zero value is ready to use.
type Options struct {
	// URL is the page's address, when known: it resolves relative links and gives the
	// outlet (its host) when the page names none.
	URL string
	// Published is used as the publication time when the page gives none.
	Published time.Time
	// Now bounds publication dates found in the page (none may be later); zero means
	// the end of the current day.
	Now time.Time
	// MaxBytes is the largest page accepted; zero means DefaultMaxBytes.
	MaxBytes int
}

// Page extracts the article in one HTML page. source names the page in errors and in the
// article's Source. A page that is empty, binary, too large or without article text is a
// news.Invalid error; a page whose body is only a paywall teaser returns the article
// (metadata and teaser) together with a news.Denied error.
func Page(ctx context.Context, source string, page []byte, opt Options) (a news.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			a, err = news.Article{}, news.Errorf(news.Internal, source, "extract html: unexpected failure: %v", r)
		}
	}()
	doc, base, err := parse(ctx, source, page, opt)
	if err != nil {
		return news.Article{}, err
	}
	m := readMeta(doc, base)
	pub := publishedAt(doc, m, opt)
	body, err := extractBody(doc, base, m, pub)
	if err != nil {
		return news.Article{}, news.Errorf(news.Invalid, source, "extract html: no article text found: %v", err)
	}
	a = article(source, m, body, pub, opt)
	if body.paywall != "" {
		return a, news.Errorf(news.Denied, source, "extract html: paywalled page, only a teaser (%s)", body.paywall)
	}
	if len(a.Paragraphs) == 0 {
		return news.Article{}, news.Errorf(news.Invalid, source, "extract html: no article text found")
	}
	return a, nil
}

// Date finds only the publication time of a page, as Page would: declared JSON-LD or
// meta dates first, then the page's own date signals. The zero time means none was
// found (Options.Published is not used here).
func Date(ctx context.Context, source string, page []byte, opt Options) (t time.Time, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = time.Time{}, news.Errorf(news.Internal, source, "find date: unexpected failure: %v", r)
		}
	}()
	doc, base, err := parse(ctx, source, page, opt)
	if err != nil {
		return time.Time{}, err
	}
	return publishedAt(doc, readMeta(doc, base), opt), nil
}

// parse checks, decodes and parses a page; base is opt.URL when it is absolute.
func parse(ctx context.Context, source string, page []byte, opt Options) (*html.Node, *url.URL, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, fmt.Errorf("extract %s: %w", source, err)
	}
	if err := checkInput(page, opt.MaxBytes); err != nil {
		return nil, nil, news.Errorf(news.Invalid, source, "extract html: %v", err)
	}
	doc, err := html.Parse(strings.NewReader(decode(page)))
	if err != nil {
		return nil, nil, news.Errorf(news.Invalid, source, "parse html: %v", err)
	}
	base, _ := url.Parse(opt.URL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	return doc, base, nil
}

// checkInput rejects pages that cannot be HTML articles before any parsing.
func checkInput(page []byte, limit int) error {
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	switch {
	case len(bytes.TrimSpace(page)) == 0:
		return fmt.Errorf("empty page")
	case len(page) > limit:
		return fmt.Errorf("page too large: %d bytes, limit %d", len(page), limit)
	case isBinary(page):
		return fmt.Errorf("binary content, not html")
	}
	return nil
}

// isBinary looks at the start of the page: NUL bytes or many control characters mean
// an image, archive or other non-text file (UTF-16 pages start with a byte-order mark).
func isBinary(page []byte) bool {
	head := page[:min(len(page), 4096)]
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return false
	}
	ctrl := 0
	for _, b := range head {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// article assembles the result from the metadata, body and date.
func article(source string, m meta, body body, pub time.Time, opt Options) news.Article {
	a := news.Article{
		ID:         source,
		Source:     source,
		Format:     "html",
		Title:      clean(m.title),
		Byline:     clean(strings.Join(m.authors, ", ")),
		Outlet:     clean(m.outlet),
		URL:        m.url,
		Language:   m.lang,
		Published:  pub,
		Paragraphs: body.paragraphs,
	}
	if a.Published.IsZero() {
		a.Published = opt.Published
	}
	if a.Title == "" {
		a.Title = clean(body.title)
	}
	if a.Byline == "" {
		a.Byline = clean(body.author)
	}
	if a.Outlet == "" {
		a.Outlet = clean(body.sitename)
	}
	if a.Outlet == "" {
		a.Outlet = hostOf(a.URL, opt.URL)
	}
	if a.Language == "" {
		a.Language = body.lang
	}
	return a
}

// clean collapses white space and drops invalid UTF-8.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Join(strings.Fields(s), " ")
}

// hostOf returns the host of the first absolute URL, without "www.".
func hostOf(urls ...string) string {
	for _, s := range urls {
		if u, err := url.Parse(s); err == nil && u.Host != "" {
			return strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return ""
}
