package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Rules applied to the extractor's paragraphs. They look at structure and wording
// that mark non-article text on any site: the headline repeated as the first line,
// promotional cross-links, bare URLs, and runs of link titles before or after the body.
var (
	promoText = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^\W*(?:read more|related(?: articles?| stories| coverage| content)?|` +
			`more(?: on this| from| stories)|see also|also read|don'?t miss|recommended(?: for you)?|` +
			`most (?:read|popular)|trending|watch(?: now)?|sign up|subscribe|follow us|share this|advertisement)\b\W*`)
	})
	footerText = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^\W*(?:©|\(c\)|copyright\b)|\ball rights reserved\b`)
	})
	bareURL = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:[\pL ]{0,20}:\s*)?(?i:https?://|www\.)\S+$`) })
)

// linkDensity is the share of a paragraph's characters made of link texts above
// which it is a list of links rather than prose.
const linkDensity = 0.6

// anchorTexts lists the distinct texts of the page's links of two words or more.
func anchorTexts(doc *html.Node) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			t := clean(textOf(n))
			if strings.Count(t, " ") >= 1 && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// textOf concatenates the text below n.
func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// tidy drops non-article paragraphs: the title repeated at the top, promotional
// lines, bare URLs anywhere, and link lists or copyright lines at either end.
func tidy(paras []string, titles []string, anchors []string) []string {
	out := make([]string, 0, len(paras))
	for i, p := range paras {
		if i < 3 && isTitle(p, titles) {
			continue
		}
		if bareURL().MatchString(p) || (len(p) < 400 && promoText().MatchString(p) && !startsSentence(p)) {
			continue
		}
		out = append(out, p)
	}
	for len(out) > 0 && (isLinkList(out[len(out)-1], anchors) || isFooter(out[len(out)-1])) {
		out = out[:len(out)-1]
	}
	// At the top only short lines are trimmed: a lede full of linked names is prose.
	for len(out) > 0 && len(strings.Fields(out[0])) < 25 && isLinkList(out[0], anchors) {
		out = out[1:]
	}
	return out
}

// startsSentence tells a promo label ("Related: ...") from prose that happens to begin
// with the same word ("Related research shows ..."): labels are followed by a colon,
// a dash, a bracket or capitals.
func startsSentence(p string) bool {
	loc := promoText().FindStringIndex(p)
	label := p[loc[0]:loc[1]]
	return !strings.ContainsAny(label, ":|–—-[>»") && strings.ToUpper(label) != label
}

// isTitle reports a paragraph that repeats one of the page's titles.
func isTitle(p string, titles []string) bool {
	k := tokenKey(p)
	if k == "" {
		return false
	}
	for _, t := range titles {
		if tk := tokenKey(t); tk == k || (len(k) > 20 && strings.HasPrefix(tk, k+" ")) {
			return true
		}
	}
	return false
}

// tokenKey is the paragraph's \w+ tokens, lower-cased and space-joined.
func tokenKey(s string) string {
	return strings.ToLower(strings.Join(Tokens(s), " "))
}

// isLinkList reports a paragraph mostly made of link texts.
func isLinkList(p string, anchors []string) bool {
	covered := 0
	for _, a := range anchors {
		if len(a) <= len(p) && strings.Contains(p, a) {
			covered += len(a)
		}
	}
	return float64(covered) >= linkDensity*float64(len(p))
}

// isFooter reports a short copyright line.
func isFooter(p string) bool {
	return len(p) < 200 && footerText().MatchString(p)
}
