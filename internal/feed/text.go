package feed

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no reader-visible text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true,
	atom.Math: true, atom.Select: true, atom.Textarea: true, atom.Head: true,
	atom.Title: true, atom.Button: true,
}

// blocks end a paragraph where they open or close.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Figure: true,
	atom.Figcaption: true, atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Address: true, atom.Body: true,
}

var blankLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\n[ \t\r\f]*\n`) })

// Paragraphs turns an HTML fragment (or plain text) into plain-text paragraphs:
// block elements and blank lines separate paragraphs, whitespace is collapsed,
// entities are decoded, and script, style and similar elements contribute nothing.
func Paragraphs(fragment string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			out = append(out, p)
		}
		cur.Reset()
	}
	skip := 0
	z := html.NewTokenizer(strings.NewReader(fragment))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			flush()
			return out
		case html.TextToken:
			if skip > 0 {
				continue
			}
			text := string(z.Text())
			if strings.Count(text, "\n") < 2 { // no blank line possible
				cur.WriteString(text)
				continue
			}
			for i, part := range blankLine().Split(text, -1) {
				if i > 0 {
					flush()
				}
				cur.WriteString(part)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			skip = tag(z, tt, skip, flush)
		}
	}
}

// tag handles one tag token and returns the new depth of skipped elements.
// Inline tags add nothing: "re<em>mark</em>able" reads as one word, as rendered.
func tag(z *html.Tokenizer, tt html.TokenType, skip int, flush func()) int {
	name, _ := z.TagName()
	a := atom.Lookup(name)
	switch {
	case skipped[a] && tt == html.StartTagToken:
		return skip + 1
	case skipped[a] && tt == html.EndTagToken:
		return max(skip-1, 0)
	case skip == 0 && blocks[a]:
		flush()
	}
	return skip
}

// inlineText is a fragment's text on one line, for titles and names.
func inlineText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return strings.Join(strings.Fields(fragment), " ")
	}
	return strings.Join(Paragraphs(fragment), " ")
}
