package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/storyline-news/storyline/internal/news"
)

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Button: true, atom.Iframe: true, atom.Select: true, atom.Figure: true, atom.Menu: true,
}

// blockAtoms are the elements whose text becomes a paragraph inside the main content.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Blockquote: true, atom.Li: true, atom.Pre: true,
}

// parseHTMLPage turns an HTML page into one article, with Options.HTML when set.
func parseHTMLPage(source, text string, opt Options) ([]news.Article, []news.Warning, error) {
	if opt.HTML != nil {
		a, err := opt.HTML(source, []byte(text))
		if err != nil {
			return nil, nil, news.Errorf(news.ErrorCode(err), source, "extract HTML: %s", news.Reason(err))
		}
		a.Source, a.Format = source, FormatHTML
		if a.ID == "" {
			a.ID = baseID(source)
		}
		return []news.Article{a}, nil, nil
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, nil, news.Errorf(news.Invalid, source, "parse HTML: %v", err)
	}
	a := news.Article{ID: baseID(source), Source: source, Format: FormatHTML}
	m := readMeta(doc)
	a.Title, a.Byline, a.Outlet, a.URL, a.Language = m.title, m.author, m.site, m.url, m.lang
	var warns []news.Warning
	if m.published != "" {
		if t, ok := parseTime(m.published); ok {
			a.Published = t
		} else {
			warns = append(warns, news.Warning{Source: source, Reason: "unparseable date " + quote(m.published)})
		}
	}
	a.Paragraphs = contentParagraphs(doc, a.Title)
	return []news.Article{a}, warns, nil
}

// contentParagraphs finds the main content (the first article element, else main; when
// neither yields text, the element whose child paragraphs hold the most text) and
// returns its paragraphs.
func contentParagraphs(doc *html.Node, title string) []string {
	root := findElement(doc, atom.Article)
	if root == nil {
		root = findElement(doc, atom.Main)
	}
	var paras []string
	if root != nil {
		paras = blockTexts(root)
	}
	if len(paras) == 0 {
		if dense := densestBlock(doc); dense != nil {
			paras = paragraphTexts(dense)
		}
	}
	if len(paras) > 0 && title != "" && paras[0] == title {
		paras = paras[1:]
	}
	return paras
}

// fragmentParagraphs reads the paragraphs of an HTML fragment (a JSON body with markup).
func fragmentParagraphs(s string) []string {
	doc, err := html.Parse(strings.NewReader("<body>" + s + "</body>"))
	if err != nil {
		return []string{collapseSpace(s)}
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := collapseSpace(cur.String()); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			cur.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		case n.Type == html.ElementNode && (blockAtoms[n.DataAtom] || n.DataAtom == atom.Div || n.DataAtom == atom.Br):
			flush()
			defer flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// blockTexts returns the text of each innermost block element under n.
func blockTexts(n *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if skipped[n.DataAtom] {
			return
		}
		if blockAtoms[n.DataAtom] && !hasBlockChild(n) {
			if t := nodeText(n); t != "" {
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// paragraphTexts returns the text of the <p> elements directly under n.
func paragraphTexts(n *html.Node) []string {
	var out []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			if t := nodeText(c); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// densestBlock returns the element whose direct <p> children hold the most text.
func densestBlock(doc *html.Node) *html.Node {
	score := map[*html.Node]int{}
	var best *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && skipped[n.DataAtom] {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.P && n.Parent != nil {
			score[n.Parent] += len(nodeText(n))
			if best == nil || score[n.Parent] > score[best] {
				best = n.Parent
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return best
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockAtoms[c.DataAtom] || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// nodeText is the visible text under n with white space folded.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
		case n.Type == html.ElementNode && skipped[n.DataAtom]:
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return collapseSpace(sb.String())
}

// findElement returns the first element of the given kind, depth first.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
