package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/storyline-news/storyline/internal/extract"
	"github.com/storyline-news/storyline/internal/feed"
	"github.com/storyline-news/storyline/internal/fetch"
	"github.com/storyline-news/storyline/internal/ingest"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/watch"
)

// Web configures reading from the web: URLs given as inputs, feeds, OPML lists and
// the pages that summary-only feed items link to.
type Web struct {
	// Client fetches pages and feeds politely and behind the address guard; main
	// builds it. Nil means URLs cannot be read: each gets a warning.
	Client *fetch.Client
	// FetchLinked makes local feed files fetch the pages their summary-only items
	// link to; by default a local file's items are used as they are. Items of a feed
	// read from a URL always have their pages fetched.
	FetchLinked bool
}

// schemeRE matches what makes an argument a URL rather than a path: "scheme://".
var schemeRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`) })

// IsURL reports whether an input argument is a URL (any scheme, so that ftp:// and
// file:// get a clear refusal instead of "no such file").
func IsURL(arg string) bool { return schemeRE().MatchString(arg) }

// web returns cfg.Web, or a Web that reads no URLs.
func (cfg Config) web() *Web {
	if cfg.Web == nil {
		return &Web{}
	}
	return cfg.Web
}

// readInputs reads files through ingest and URLs through the web, in argument order,
// keeping article IDs unique. Without URLs it is exactly ingest.Read.
func readInputs(ctx context.Context, cfg Config, paths []string, opt ingest.Options) ([]news.Article, []news.Warning, error) {
	w := cfg.web()
	opt.Feed = w.feedHook(ctx)
	hasURL := false
	for _, p := range paths {
		hasURL = hasURL || IsURL(p)
	}
	if !hasURL {
		return ingest.Read(ctx, paths, opt)
	}
	var arts []news.Article
	var warns []news.Warning
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return arts, warns, fmt.Errorf("read inputs: %w", err)
		}
		var a []news.Article
		var ws []news.Warning
		if IsURL(p) {
			a, ws = w.ReadURL(ctx, p)
		} else {
			var err error
			if a, ws, err = ingest.Read(ctx, []string{p}, opt); err != nil {
				return arts, append(warns, ws...), err
			}
		}
		arts, warns = append(arts, a...), append(warns, ws...)
	}
	uniqueIDs(arts)
	return arts, warns, ctx.Err()
}

// uniqueIDs renames repeated article IDs with suffixes -2, -3, ...
func uniqueIDs(arts []news.Article) {
	used := map[string]bool{}
	for i := range arts {
		id := arts[i].ID
		for n := 2; used[id]; n++ {
			id = arts[i].ID + "-" + strconv.Itoa(n)
		}
		used[id] = true
		arts[i].ID = id
	}
}

// feedHook reads local feed files for ingest: items as they are (or their linked
// pages with FetchLinked), and OPML lists as the feeds they name.
func (w *Web) feedHook(ctx context.Context) func(string, []byte) ([]news.Article, []news.Warning, error) {
	return func(source string, doc []byte) ([]news.Article, []news.Warning, error) {
		if ingest.SniffFeed(doc) == ingest.KindOPML {
			return w.readOPML(ctx, source, doc, 0)
		}
		return w.readFeed(ctx, source, doc, w.FetchLinked)
	}
}

// ReadURL reads one URL: a page becomes its extracted article, a feed its items
// (summary-only items replaced by their linked pages), an OPML list the items of the
// feeds it names. Every failure is a warning naming the URL and the reason.
func (w *Web) ReadURL(ctx context.Context, rawURL string) ([]news.Article, []news.Warning) {
	arts, warns, err := w.readURL(ctx, rawURL, 0)
	if err != nil {
		warns = append(warns, news.WarningFrom(rawURL, err))
	}
	return arts, warns
}

func (w *Web) readURL(ctx context.Context, rawURL string, depth int) ([]news.Article, []news.Warning, error) {
	p, err := w.get(ctx, rawURL)
	if err != nil {
		return nil, nil, err
	}
	switch ingest.SniffFeed(p.Body) {
	case ingest.KindFeed:
		return w.readFeed(ctx, rawURL, p.Body, true)
	case ingest.KindOPML:
		return w.readOPML(ctx, rawURL, p.Body, depth)
	}
	a, warn, err := pageArticle(ctx, rawURL, p, extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	return []news.Article{a}, warn, nil
}

// get fetches a URL; a Web without a client refuses it.
func (w *Web) get(ctx context.Context, rawURL string) (*fetch.Page, error) {
	if w.Client == nil {
		return nil, news.Errorf(news.Unsupported, rawURL, "reading URLs is not enabled here")
	}
	p, err := w.Client.Get(ctx, rawURL)
	if err != nil {
		reason := news.Reason(err)
		if news.ErrorCode(err) == news.Denied && strings.HasPrefix(reason, "address ") && !strings.Contains(reason, "allow-private") {
			return nil, news.Errorf(news.Denied, rawURL, "%s (use --allow-private for local feeds)", reason)
		}
		return nil, fmt.Errorf("fetch: %w", err)
	}
	return p, nil
}

// Page fetches one URL and extracts its article, as ReadURL does for a page but
// without reading feeds. opt.URL is set from the final address.
func (w *Web) Page(ctx context.Context, rawURL string, opt extract.Options) (news.Article, []news.Warning, error) {
	p, err := w.get(ctx, rawURL)
	if err != nil {
		return news.Article{}, nil, err
	}
	if ingest.SniffFeed(p.Body) != "" {
		return news.Article{}, nil, news.Errorf(news.Unsupported, rawURL, "a feed, not an article page")
	}
	return pageArticle(ctx, rawURL, p, opt)
}

// pageArticle extracts a fetched page. A paywalled page keeps its teaser with a warning.
func pageArticle(ctx context.Context, rawURL string, p *fetch.Page, opt extract.Options) (news.Article, []news.Warning, error) {
	opt.URL = p.FinalURL
	a, err := extract.Page(ctx, rawURL, p.Body, opt)
	var warns []news.Warning
	if err != nil {
		if news.ErrorCode(err) != news.Denied || len(a.Paragraphs) == 0 {
			return news.Article{}, nil, err
		}
		warns = append(warns, news.WarningFrom(rawURL, err))
	}
	a.ID, a.Source = URLID(rawURL), rawURL
	if a.URL == "" {
		a.URL = p.FinalURL
	}
	return a, warns, nil
}

// readFeed turns a feed document into articles; with linked set, summary-only items
// are replaced by the pages they link to.
func (w *Web) readFeed(ctx context.Context, source string, doc []byte, linked bool) ([]news.Article, []news.Warning, error) {
	f, err := feed.Parse(source, doc)
	if err != nil {
		return nil, nil, err
	}
	if len(f.Items) == 0 {
		return nil, nil, news.Errorf(news.Invalid, source, "feed has no items")
	}
	var arts []news.Article
	var warns []news.Warning
	for _, it := range f.Items {
		if ctx.Err() != nil {
			return arts, warns, fmt.Errorf("read feed %s: %w", source, ctx.Err())
		}
		a, ws, err := w.ItemArticle(ctx, it, linked)
		warns = append(warns, ws...)
		if err != nil {
			warns = append(warns, news.WarningFrom(it.Article.Source, err))
			continue
		}
		arts = append(arts, a)
	}
	return arts, warns, nil
}

// ItemArticle turns one feed item into an article. With linked set, a summary-only
// item is replaced by its linked page, filled in with the item's metadata; when the
// page cannot be read, the summary is used with a warning.
func (w *Web) ItemArticle(ctx context.Context, it feed.Item, linked bool) (news.Article, []news.Warning, error) {
	a := it.Article
	if !linked || !it.SummaryOnly || a.URL == "" {
		if len(a.Paragraphs) == 0 {
			return news.Article{}, nil, news.Errorf(news.Invalid, a.Source, "feed item has no text")
		}
		return a, nil, nil
	}
	page, warns, err := w.Page(ctx, a.URL, extract.Options{Published: a.Published})
	if err != nil {
		if len(a.Paragraphs) == 0 {
			return news.Article{}, nil, fmt.Errorf("summary-only item without text, and its page: %w", err)
		}
		return a, []news.Warning{{Source: a.URL, Reason: "linked page not read, used the feed's summary: " + news.Reason(err)}}, nil
	}
	page.ID = a.ID
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&page.Title, a.Title)
	fill(&page.Byline, a.Byline)
	fill(&page.Outlet, a.Outlet)
	fill(&page.Language, a.Language)
	return page, warns, nil
}

// maxOPMLDepth is how deep OPML lists may name other OPML lists.
const maxOPMLDepth = 1

// readOPML reads every feed an OPML list names; one feed failing is a warning.
func (w *Web) readOPML(ctx context.Context, source string, doc []byte, depth int) ([]news.Article, []news.Warning, error) {
	if depth > maxOPMLDepth {
		return nil, nil, news.Errorf(news.Unsupported, source, "OPML list nested in another list too deep, not followed")
	}
	subs, err := feed.ParseOPML(source, doc)
	if err != nil {
		return nil, nil, err
	}
	var arts []news.Article
	var warns []news.Warning
	for _, s := range subs {
		a, ws, err := w.readURL(ctx, s.URL, depth+1)
		arts, warns = append(arts, a...), append(warns, ws...)
		if err != nil {
			warns = append(warns, news.WarningFrom(s.URL, err))
		}
	}
	uniqueIDs(arts)
	return arts, warns, nil
}

// URLID names an article read from a URL: the last path segment without its
// extension ("budget-vote" for https://example.com/2024/budget-vote.html), else the host.
func URLID(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "page"
	}
	base := path.Base(strings.TrimRight(u.Path, "/"))
	if ext := path.Ext(base); len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	if base == "" || base == "." || base == "/" {
		base = u.Hostname()
	}
	if base == "" {
		return "page"
	}
	return base
}

// Entries fetches one feed for package watch and returns its items as entries keyed
// by item URL (or, without one, by feed, title, date and opening text). An entry's
// Article fetches the linked page of a summary-only item.
func (w *Web) Entries(ctx context.Context, feedURL string) ([]watch.Entry, []news.Warning, error) {
	p, err := w.get(ctx, feedURL)
	if err != nil {
		return nil, nil, err
	}
	f, err := feed.Parse(feedURL, p.Body)
	if err != nil {
		return nil, nil, err
	}
	entries := make([]watch.Entry, 0, len(f.Items))
	for _, it := range f.Items {
		entries = append(entries, watch.Entry{
			Key:     itemKey(feedURL, it),
			Article: func(ctx context.Context) (news.Article, []news.Warning, error) { return w.ItemArticle(ctx, it, true) },
		})
	}
	return entries, nil, nil
}

// itemKey identifies a feed item across polls: its GUID within its feed, else its URL,
// else what it says.
func itemKey(feedURL string, it feed.Item) string {
	if it.GUID != "" {
		return feedURL + "\x00" + it.GUID
	}
	a := it.Article
	if a.URL != "" {
		return a.URL
	}
	first := ""
	if len(a.Paragraphs) > 0 {
		first = a.Paragraphs[0]
	}
	return strings.Join([]string{feedURL, a.Title, a.Published.UTC().Format(time.RFC3339), first}, "\x00")
}

// FeedList reads the feeds a watch polls from a file's content: an OPML list, or
// http(s) URLs one per line (blank lines and lines starting with # are skipped).
func FeedList(source string, data []byte) ([]string, error) {
	if ingest.SniffFeed(data) == ingest.KindOPML {
		subs, err := feed.ParseOPML(source, data)
		if err != nil {
			return nil, err
		}
		urls := make([]string, len(subs))
		for i, s := range subs {
			urls[i] = s.URL
		}
		return urls, nil
	}
	var urls []string
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !IsURL(line) {
			return nil, news.Errorf(news.Invalid, fmt.Sprintf("%s:%d", source, n+1), "not a feed URL: %.80q", line)
		}
		urls = append(urls, line)
	}
	if len(urls) == 0 {
		return nil, news.Errorf(news.Invalid, source, "no feed URLs (want an OPML list or one URL per line)")
	}
	return urls, nil
}
