package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bannerName matches id and class tokens of consent banners, comment sections and
// hover cards (a person's links that pop up over a name), which are not article text.
// A hover card's own box is matched, not the name it hangs on ("tooltip" stays,
// "tooltip-content" goes). Tokens are compared whole, so "comment-count" inside
// an article header does not remove the header.
var bannerName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:` +
		`cookie[-_]?(?:banner|consent|notice|bar|law|policy|popup|message|wall|alert)s?|cookies?|` +
		`cc[-_](?:banner|window)|gdpr(?:[-_].*)?|consent(?:[-_](?:banner|manager|popup|notice|wall))?|` +
		`cmp[-_](?:banner|container|wrapper)|onetrust[-_].*|didomi[-_].*|truste[-_].*|` +
		`comments?|comment[-_]?(?:list|section|area|thread|wrapper|container|form|respond)s?|` +
		`commentlist|disqus[-_]?thread|respond|reader[-_]?comments|user[-_]?comments|` +
		`hovercard|tooltip[-_]?text|(?:rollover|hover|tooltip|popover)[-_](?:[a-z]+[-_])?(?:block|card|content|box|body|popup)` +
		`)$`)
})

// prune removes consent banners, comment sections, hover cards and dialogs from the tree,
// and unmarks the boxes around embedded posts (see keepEmbeddedPost).
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isBanner(c) {
			n.RemoveChild(c)
		} else {
			if c.Type == html.ElementNode && c.DataAtom == atom.Blockquote && embeddedPost(c) {
				keepEmbeddedPost(c)
			}
			prune(c)
		}
		c = next
	}
}

// embeddedPost reports a blockquote that a social network's embed code writes: the
// post's text and its author, which the article quotes ("twitter-tweet").
func embeddedPost(n *html.Node) bool {
	for _, tok := range strings.Fields(attr(n, "class")) {
		switch strings.ToLower(tok) {
		case "twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed":
			return true
		}
	}
	return false
}

// keepEmbeddedPost takes the id and class off the boxes around an embedded post, up to
// the nearest paragraph container: trafilatura drops any box named "social" or "embed"
// ("social-media-embed"), and with it the quoted post.
func keepEmbeddedPost(n *html.Node) {
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom == atom.Div && onlyPost(p, n); p = p.Parent {
		removeAttr(p, "class")
		removeAttr(p, "id")
		n = p
	}
}

// onlyPost reports whether box holds nothing but the post and scripts or blank text.
func onlyPost(box, post *html.Node) bool {
	for c := box.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == post, c.Type == html.CommentNode,
			c.Type == html.TextNode && strings.TrimSpace(c.Data) == "",
			c.Type == html.ElementNode && c.DataAtom == atom.Script:
		default:
			return false
		}
	}
	return true
}

func removeAttr(n *html.Node, key string) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Key != key {
			kept = append(kept, a)
		}
	}
	n.Attr = kept
}

// isBanner reports an element named as a banner or comment section, or an ARIA dialog.
func isBanner(n *html.Node) bool {
	if role := attr(n, "role"); role == "dialog" || role == "alertdialog" {
		return true
	}
	for _, k := range []string{"id", "class"} {
		for _, tok := range strings.Fields(attr(n, k)) {
			if bannerName().MatchString(strings.ToLower(tok)) {
				return true
			}
		}
	}
	return false
}

// cookieText and paywallText match paragraphs that are consent notices or paywall
// prompts rather than reporting.
var (
	cookieText = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(?:we|this (?:site|website)) uses? cookies\b|` +
			`\bby (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)\b.*\bcookies\b|` +
			`\baccept (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b`)
	})
	paywallText = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(?:subscribe|sign in|log in|register|create a free account) to (?:continue|keep) reading\b|` +
			`\b(?:this (?:article|content|story) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members))\b|` +
			`\balready a (?:subscriber|member)\b|\bto (?:read|continue reading) (?:the|this) (?:full|whole|rest of the) (?:article|story)\b|` +
			`\bsubscribe (?:now )?(?:for|to get) (?:full|unlimited) access\b|\byou have reached (?:your|the) (?:limit|maximum) of free articles\b`)
	})
)

// teaserWords is the body length below which a page with a paywall sign is only a teaser.
const teaserWords = 120

// dropBoilerplate removes short consent and paywall paragraphs and reports a paywall
// teaser: a short body on a page that declares itself not free or shows a prompt.
func dropBoilerplate(paras []string, declaredPaid bool) ([]string, string) {
	out := paras[:0]
	prompt := ""
	words := 0
	for _, p := range paras {
		n := len(strings.Fields(p))
		if n < 60 && cookieText().MatchString(p) {
			continue
		}
		if n < 60 && paywallText().MatchString(p) {
			prompt = p
			continue
		}
		words += n
		out = append(out, p)
	}
	switch {
	case words >= teaserWords:
		return out, ""
	case prompt != "":
		return out, "prompt: " + truncate(prompt, 60)
	case declaredPaid:
		return out, "isAccessibleForFree is false"
	}
	return out, ""
}

func truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "..."
	}
	return s
}
