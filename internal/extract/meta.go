package extract

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself in its head: meta tags, link rel=canonical,
// the html lang attribute and JSON-LD, merged with JSON-LD first.
type meta struct {
	title    string
	authors  []string
	outlet   string
	url      string
	lang     string
	date     string // the declared publication time, unparsed
	paywall  bool   // JSON-LD isAccessibleForFree is false
	tags     map[string]string
	htmlLang string
	titleTag string
	canon    string
	jsonLD   []string
}

// readMeta collects the page's self-description in one walk of the tree.
func readMeta(doc *html.Node, base *url.URL) meta {
	m := meta{tags: map[string]string{}}
	walkMeta(doc, &m)
	ld := readJSONLD(m.jsonLD)
	m.title = first(ld.headline, m.tag("og:title"), m.tag("twitter:title"), m.titleTag)
	m.authors = ld.authors
	if len(m.authors) == 0 {
		m.authors = metaAuthors(&m)
	}
	m.outlet = first(m.tag("og:site_name"), ld.publisher, m.tag("application-name"), ld.site)
	m.url = absolute(base, m.canon, m.tag("og:url"), ld.url)
	if m.url == "" && base != nil {
		m.url = base.String()
	}
	m.lang = langCode(first(ld.lang, m.htmlLang, m.tag("content-language"), m.tag("og:locale"), m.tag("dc.language")))
	m.date = first(ld.published, m.tag("article:published_time"), m.tag("og:published_time"),
		m.tag("datepublished"), m.tag("publishdate"), m.tag("pubdate"), m.tag("dc.date.issued"),
		m.tag("dcterms.created"), m.tag("parsely-pub-date"), m.tag("sailthru.date"), m.tag("date"))
	m.paywall = ld.paywalled
	return m
}

// walkMeta records meta tags (keyed by lower-cased name, property, itemprop or
// http-equiv; the first value wins), the canonical link, the title and JSON-LD blocks.
func walkMeta(n *html.Node, m *meta) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html:
			m.htmlLang = first(m.htmlLang, attr(n, "lang"), attr(n, "xml:lang"))
		case atom.Title:
			if m.titleTag == "" && n.FirstChild != nil {
				m.titleTag = strings.TrimSpace(n.FirstChild.Data)
			}
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
				key := strings.ToLower(strings.TrimSpace(attr(n, k)))
				if key != "" && content != "" && m.tags[key] == "" {
					m.tags[key] = content
				}
			}
		case atom.Link:
			if strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") && m.canon == "" {
				m.canon = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
			}
			return
		case atom.Style, atom.Noscript, atom.Svg:
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkMeta(c, m)
	}
}

func (m *meta) tag(key string) string { return m.tags[key] }

// metaAuthors reads bylines from meta tags, skipping profile URLs that some sites
// put in article:author.
func metaAuthors(m *meta) []string {
	for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"} {
		v := strings.TrimSpace(m.tag(k))
		if v == "" || strings.Contains(v, "://") || strings.HasPrefix(v, "@") {
			continue
		}
		v = strings.TrimSpace(trimBy(v))
		if v != "" {
			return []string{v}
		}
	}
	return nil
}

// trimBy drops a leading "By " from a byline.
func trimBy(s string) string {
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		return s[3:]
	}
	return s
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// first returns the first non-blank value.
func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// absolute returns the first candidate that resolves to an absolute http(s) URL.
func absolute(base *url.URL, candidates ...string) string {
	for _, c := range candidates {
		u, err := url.Parse(strings.TrimSpace(c))
		if err != nil || c == "" {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// langCode reduces a language tag ("en-US", "en_GB", "de") to its lower-case primary
// subtag; anything that is not 2-3 letters is dropped.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_ ,;"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}
