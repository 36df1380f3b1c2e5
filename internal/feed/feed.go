// Package feed owns reading syndication documents: RSS 0.9x, 1.0 (RDF) and 2.0, Atom
// (RFC 4287), JSON Feed 1.x and OPML subscription lists. Feed items become
// news.Articles whose bodies are the item's HTML turned into plain paragraphs.
//
// Parsing is done by github.com/mmcdole/gofeed over encoding/xml, which never
// expands entities declared in a DOCTYPE and never loads external entities, so
// "billion laughs" and XXE documents are read as inert text. Item URLs are kept as
// given: a feed is untrusted and the fetcher, not the parser, refuses unsafe URLs.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/storyline-news/storyline/internal/news"
)

// Format is the news.Article Format of feed items.
const Format = "feed"

// Feed is one parsed feed.
type Feed struct {
	Title string
	// Link is the site the feed belongs to, as the feed gives it.
	Link string
	// Type is "rss", "atom" or "json"; Version is the format's version ("2.0", "1.0").
	Type, Version string
	Items         []Item
}

// Item is one feed entry as an article.
type Item struct {
	Article news.Article
	// SummaryOnly marks an item that carries a teaser rather than the story: the
	// caller should fetch Article.URL and extract the page.
	SummaryOnly bool
	// GUID is the item's own identifier (RSS guid, Atom id, JSON Feed id), "" when it
	// has none. It stays the same when a publisher edits the item or its link.
	GUID string `json:",omitempty"`
}

// Parse reads a feed document named source (a path or URL, used in errors and
// item sources). Items become articles with Title, URL, Published, Byline, Outlet
// (the feed's title), Paragraphs (content, else description, as plain text),
// Source (the item URL, else source#n from 1) and Format "feed".
func Parse(source string, data []byte) (f *Feed, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, news.Errorf(news.Invalid, source, "parse feed: empty document")
	}
	defer func() {
		if r := recover(); r != nil { // a parser bug must not take the run down
			f, err = nil, news.Errorf(news.Invalid, source, "parse feed: malformed document (%v)", r)
		}
	}()
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, news.Errorf(news.Invalid, source, "parse feed: not an RSS, Atom or JSON feed")
	}
	if err != nil {
		return nil, news.Errorf(news.Invalid, source, "parse feed: %v", err)
	}
	f = &Feed{
		Title:   inlineText(parsed.Title),
		Link:    strings.TrimSpace(parsed.Link),
		Type:    parsed.FeedType,
		Version: strings.TrimPrefix(parsed.FeedVersion, "https://jsonfeed.org/version/"),
	}
	base := baseURL(source, f.Link)
	id := idPrefix(source)
	for i, it := range parsed.Items {
		if it == nil {
			continue
		}
		f.Items = append(f.Items, item(source, id, base, f.Title, i+1, it))
	}
	return f, nil
}

func item(source, id string, base *url.URL, outlet string, n int, it *gofeed.Item) Item {
	a := news.Article{
		ID:     fmt.Sprintf("%s-%d", id, n),
		Outlet: outlet,
		Title:  inlineText(it.Title),
		URL:    itemURL(base, it),
		Byline: byline(it),
		Format: Format,
	}
	switch {
	case it.PublishedParsed != nil:
		a.Published = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		a.Published = *it.UpdatedParsed
	}
	if y := a.Published.Year(); y < 1 || y > 9999 {
		a.Published = time.Time{} // unknown rather than unencodable
	}
	hasContent := strings.TrimSpace(it.Content) != ""
	body := it.Description
	if hasContent {
		body = it.Content
	}
	paras := dropFooter(Paragraphs(body))
	summary := summaryOnly(hasContent, paras)
	a.Paragraphs = dropMoreLink(paras)
	a.Source = a.URL
	if a.Source == "" {
		a.Source = fmt.Sprintf("%s#%d", source, n)
	}
	return Item{Article: a, SummaryOnly: summary, GUID: strings.TrimSpace(it.GUID)}
}

// itemURL is the item's link, else a GUID that is a URL, resolved against the
// feed's site when relative.
func itemURL(base *url.URL, it *gofeed.Item) string {
	link := strings.TrimSpace(it.Link)
	if link == "" {
		if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
			link = g
		}
	}
	if link == "" || base == nil {
		return link
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	return base.ResolveReference(u).String()
}

func byline(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		if name := inlineText(p.Name); name != "" {
			names = append(names, name)
		} else if p.Email != "" {
			names = append(names, inlineText(p.Email))
		}
	}
	return strings.Join(names, ", ")
}

// baseURL is what relative item links resolve against: the feed's own URL when
// source is one, else the feed's site link.
func baseURL(source, link string) *url.URL {
	for _, s := range []string{source, link} {
		if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u
		}
	}
	return nil
}

// idPrefix names a feed's articles after its file or URL ("rss" for
// https://example.com/news/rss.xml), like the other readers name theirs.
func idPrefix(source string) string {
	p := source
	if u, err := url.Parse(source); err == nil && u.Host != "" {
		p = u.Path
		if strings.Trim(p, "/") == "" {
			return u.Hostname()
		}
	}
	p = path.Base(strings.ReplaceAll(strings.TrimRight(p, "/"), `\`, "/"))
	if ext := path.Ext(p); len(ext) < len(p) {
		p = strings.TrimSuffix(p, ext)
	}
	if p == "" || p == "." || p == "/" || p == "-" {
		return "feed"
	}
	return p
}
