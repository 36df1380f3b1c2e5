package feed

import (
	"strings"
)

// summaryWords is the length under which an item without full content is taken
// for a teaser: news stories run to several hundred words, teasers to a few dozen.
const summaryWords = 150

// moreSuffixes end a teaser ("… Read more", "[…]").
var moreSuffixes = []string{
	"…", "...", "[…]", "[...]", "read more", "read more »", "read more →", "more»", "(more…)",
	"continue reading", "keep reading", "read the full story", "read full story",
	"read the full article", "read full article", "read the rest",
}

// morePrefixes open a last paragraph that is only a link to the story
// ("Continue reading <title> →").
var morePrefixes = []string{"continue reading", "read more", "keep reading", "read the full", "read the rest"}

// summaryOnly decides whether an item is a teaser: it has no body, or it ends
// with a "read more" marker or an ellipsis, or it has no full content
// (content:encoded, Atom content, JSON content_html) and is much shorter than a
// news story.
func summaryOnly(hasContent bool, paras []string) bool {
	if len(paras) == 0 {
		return true
	}
	last := strings.ToLower(strings.TrimRight(paras[len(paras)-1], " \t»›→>"))
	for _, s := range moreSuffixes {
		if strings.HasSuffix(last, s) {
			return true
		}
	}
	if isMoreLink(paras[len(paras)-1]) {
		return true
	}
	return !hasContent && words(paras) < summaryWords
}

// isMoreLink reports whether a paragraph is only a "continue reading" link.
func isMoreLink(p string) bool {
	if len(strings.Fields(p)) > 16 {
		return false
	}
	l := strings.ToLower(p)
	for _, m := range morePrefixes {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}

// dropMoreLink removes a last paragraph that only links to the full story, which
// is navigation, not news text.
func dropMoreLink(paras []string) []string {
	if n := len(paras); n > 0 && isMoreLink(paras[n-1]) {
		return paras[:n-1]
	}
	return paras
}

func words(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(strings.Fields(p))
	}
	return n
}

// dropFooter removes a syndication footer ("The post … appeared first on …").
func dropFooter(paras []string) []string {
	if n := len(paras); n > 0 && len(strings.Fields(paras[n-1])) <= 40 &&
		strings.Contains(strings.ToLower(paras[n-1]), "appeared first on") {
		return paras[:n-1]
	}
	return paras
}
