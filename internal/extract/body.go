package extract

import (
	"net/url"
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// body is the extracted article text with the metadata trafilatura found on the way,
// used where the page's own declarations are silent.
type body struct {
	paragraphs []string
	title      string
	author     string
	sitename   string
	lang       string
	paywall    string // why the body looks like a paywall teaser, or ""
}

// extractBody runs trafilatura (Barbaresi 2021, with its readability and DOM-distiller
// fallbacks) on the page after removing consent banners and comment sections, then
// splits its output into paragraphs and drops boilerplate paragraphs.
func extractBody(doc *html.Node, base *url.URL, m meta, pub time.Time) (body, error) {
	anchors := anchorTexts(doc)
	prune(doc)
	opts := trafilatura.Options{
		EnableFallback: true,
		OriginalURL:    base,
		// The date is already known (or known to be missing): do not search again.
		HtmlDateOverride: &htmldate.Result{DateTime: pub, HasTime: !pub.IsZero()},
	}
	r, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return body{}, err
	}
	b := body{
		title:    r.Metadata.Title,
		author:   r.Metadata.Author,
		sitename: r.Metadata.Sitename,
		lang:     langCode(r.Metadata.Language),
	}
	titles := []string{m.title, m.tag("og:title"), m.titleTag, r.Metadata.Title}
	b.paragraphs = tidy(paragraphs(r.ContentNode), titles, anchors)
	b.paragraphs, b.paywall = dropBoilerplate(b.paragraphs, m.paywall)
	return b, nil
}

// blockAtoms end a paragraph in trafilatura's output tree.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dd: true, atom.Dt: true, atom.Br: true,
	atom.Figcaption: true, atom.Section: true, atom.Article: true, atom.Ul: true, atom.Ol: true,
	atom.Table: true, atom.Hr: true, atom.Header: true, atom.Footer: true, atom.Main: true,
}

// paragraphs flattens a tree into paragraph strings: block elements break, inline
// text is joined with single spaces, soft hyphens are dropped.
func paragraphs(root *html.Node) []string {
	if root == nil {
		return nil
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := clean(strings.ReplaceAll(cur.String(), "\u00ad", "")); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
		}
		block := n.Type == html.ElementNode && blockAtoms[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
			if c.Type == html.ElementNode && !blockAtoms[c.DataAtom] {
				cur.WriteByte(' ')
			}
		}
		if block {
			flush()
		}
	}
	walk(root)
	flush()
	return out
}
