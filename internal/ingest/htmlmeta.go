package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is the metadata a page states about itself.
type pageMeta struct {
	title, author, site, url, lang, published string
}

// readMeta collects <title>, meta tags (Open Graph, article:*, author), the canonical
// link, <html lang> and the simplest JSON-LD (datePublished, headline, author, publisher).
// Explicit meta tags win over JSON-LD, and og:title over <title>.
func readMeta(doc *html.Node) pageMeta {
	var m, ld pageMeta
	var docTitle, ogURL, h1 string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if docTitle == "" {
					docTitle = nodeText(n)
				}
			case atom.H1:
				if h1 == "" {
					h1 = nodeText(n)
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
					m.url = attr(n, "href")
				}
			case atom.Meta:
				metaTag(&m, &ogURL, n)
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") && m.published == "" {
					m.published = attr(n, "datetime")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					jsonLD(&ld, n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.title = firstOf(m.title, ld.title, docTitle, h1)
	m.author = firstOf(m.author, ld.author)
	m.site = firstOf(m.site, ld.site)
	m.url = firstOf(m.url, ogURL, ld.url)
	m.published = firstOf(m.published, ld.published)
	return m
}

func metaTag(m *pageMeta, ogURL *string, n *html.Node) {
	key := strings.ToLower(firstOf(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	val := strings.TrimSpace(attr(n, "content"))
	if val == "" {
		return
	}
	set := func(p *string) {
		if *p == "" {
			*p = val
		}
	}
	switch key {
	case "og:title", "twitter:title":
		set(&m.title)
	case "author", "article:author", "byl", "dc.creator":
		set(&m.author)
	case "og:site_name", "application-name":
		set(&m.site)
	case "og:url":
		set(ogURL)
	case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "og:published_time":
		set(&m.published)
	}
}

// jsonLD reads the top-level fields of a JSON-LD block (an object, an array, or an
// object with @graph) into m, keeping the first value found for each field.
func jsonLD(m *pageMeta, data string) {
	v, err := decodeJSON([]byte(data))
	if err != nil {
		return
	}
	var objs []any
	switch x := v.(type) {
	case []any:
		objs = x
	case map[string]any:
		objs = []any{x}
		if g, ok := x["@graph"].([]any); ok {
			objs = append(objs, g...)
		}
	}
	for _, o := range objs {
		obj, ok := o.(map[string]any)
		if !ok {
			continue
		}
		m.published = firstOf(m.published, stringOf(obj["datePublished"]))
		m.title = firstOf(m.title, stringOf(obj["headline"]))
		m.author = firstOf(m.author, namesOf(obj["author"]))
		m.site = firstOf(m.site, nameOf(obj["publisher"]))
		if obj["datePublished"] != nil {
			m.url = firstOf(m.url, stringOf(obj["url"]))
		}
	}
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}
