package pipeline

import (
	"regexp"
	"strings"
	"sync"

	"github.com/storyline-news/storyline/internal/text"
)

// A digest is a list of other stories sent as one article: a wire service's budget
// ("EDITORIAL-ELIAN _ Janet Reno clarified ...", "RUSSIA-TREATY _ MOSCOW _ ..."), a
// roundup of briefs, each under its own dateline. It tells no one story, and its
// items pull the story it joins off its subject, so story finding sets it aside.
// Its sign is the wire's: several paragraphs open with a label in capitals (a slug
// or a dateline, perhaps with a place in brackets) and a dash or the wire's
// underscore. An article has at most one dateline; the DUC 2006 articles show at
// most two such paragraphs outside digests (see BENCHMARKS.md).

// A news budget may also end each item with where its story will move instead of
// opening it with a label: "MONUMENT (Phoenix) _ ... By STEVE YOZWIAK. Story will move
// in the “A” category."; such a paragraph is an item too, and so is the budget's
// opening line ("The Arizona Republic plans to move the following stories ...").

// moveNote matches a budget item's note of the category its story will move in, or
// the budget's opening line.
var moveNote = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\bwill move in the \S{1,8} categor(?:y|ies)\b|\b(?:plans to|will) move the following\b`)
})

// digestItems is the fewest items (see digest), and digestShare the least share of
// all paragraphs they must be, for an article to be a digest.
const (
	digestItems = 3
	digestShare = 0.1
)

// label returns the dateline or slug and dash that open a paragraph ("MOSCOW _ ",
// "EDITORIAL-ELIAN _ ", "WASHINGTON (AP) — ", see text.Dateline), perhaps after
// the number of a photo in a photo package ("(NYT35) GUADALAJARA, Mexico -- "), or "".
func label(p string) string {
	p = cutPhotoNumber(p)
	// Most paragraphs fail at once: a label starts with two capitals.
	if len(p) < 4 || p[0] < 'A' || p[0] > 'Z' || p[1] < 'A' || p[1] > 'Z' {
		return ""
	}
	return text.Dateline(p)
}

// digest returns the first label (or move note) of an article that is a digest and
// the number of its items, or "" and 0. A paragraph repeated counts once. The title
// counts as an item only where it is a budget's opening line, which cleaning took for
// the title of a budget without one.
func digest(title string, paras []string) (first string, items int) {
	if strings.Contains(title, " move") && moveNote().MatchString(title) {
		paras = append([]string{title}, paras...)
	}
	var seen map[string]bool
	for _, p := range paras {
		l := label(p)
		if l == "" && strings.Contains(p, " move") {
			l = moveNote().FindString(p)
		}
		if l == "" || seen[p] {
			continue
		}
		if seen == nil {
			seen, first = map[string]bool{}, l
		}
		seen[p] = true
		items++
	}
	if items < digestItems || float64(items) < digestShare*float64(len(paras)) {
		return "", 0
	}
	return first, items
}

// cutPhotoNumber returns p without the photo number that opens it, "(NYT35) ": capitals
// and digits in brackets.
func cutPhotoNumber(p string) string {
	if len(p) < 5 || p[0] != '(' {
		return p
	}
	end := strings.IndexByte(p, ')')
	if end < 3 || end > 10 {
		return p
	}
	num := p[1:end]
	letters := strings.TrimRight(num, "0123456789")
	if len(letters) == len(num) || len(letters) < 2 || strings.ToUpper(letters) != letters {
		return p
	}
	return strings.TrimLeft(p[end+1:], " ")
}
