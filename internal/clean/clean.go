// Package clean owns the stage after reading: it removes scraped noise from article
// bodies and finds the title, byline and outlet that plain text leaves unmarked.
//
// Every rule is a pattern, a position or a count, never a particular sentence:
//
//   - text is normalised (white space folded, zero-width and control characters dropped);
//   - photo credits ("Name Name/Agency", "AFP/Getty Images", "Photo: ...") and captions
//     that end with one are removed (credit.go);
//   - bylines ("By ..." with only names and metadata), the outlet line after a byline,
//     author bios at the end ("<Name> is a <job> ...") and contact lines (byline.go);
//   - promotional lines, share widgets, copyright footers and newsletter blocks (noise.go);
//   - lines repeated across many documents, by the rule documented in repeat.go;
//   - for articles without a title, the headline is chosen among the leading short lines
//     by content-word overlap with the body, and kickers and deks are set aside (front.go).
//     Words are compared by truncation stemming (C. D. Paice, "An evaluation method for
//     stemming algorithms", SIGIR 1994; J. Mayfield and P. McNamee, "Single n-gram
//     stemming", SIGIR 2003);
//   - headlines lose trailing wire codes ("(1)", "(FOR RELEASE ...)"), and a headline in
//     capitals is written as the body writes its words (headline.go);
//   - for articles whose input declared no language, the language is identified by
//     writing system and function words (language.go).
//
// Boilerplate detection across documents follows the idea of Kohlschütter, Fankhauser and
// Nejdl, "Boilerplate detection using shallow text features" (WSDM 2010): short, link-like
// and repeated lines are chrome, long prose is content.
package clean

import (
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/storyline-news/storyline/internal/news"
)

// Reasons recorded in a Removal.
const (
	reasonCredit      = "photo credit"
	reasonCaption     = "photo caption"
	reasonByline      = "byline"
	reasonBio         = "author bio"
	reasonOutlet      = "outlet"
	reasonDate        = "date line"
	reasonPromo       = "promo"
	reasonWidget      = "widget"
	reasonCopyright   = "copyright"
	reasonSyndication = "syndication note"
	reasonNewsletter  = "newsletter"
	reasonRepeated    = "repeated boilerplate"
	reasonTitle       = "title"
	reasonTitleRepeat = "title repeated"
	reasonKicker      = "kicker"
	reasonDek         = "dek"
	reasonFrontMatter = "front matter"
)

// Options tunes the cross-document repetition rule; the zero value gives the defaults.
type Options struct {
	// MinRepeat is the least number of articles a line must appear in to be
	// boilerplate (default 3).
	MinRepeat int
	// MinShare is the least share of the pile a sentence-like line must appear in
	// (default 0.5).
	MinShare float64
	// ShortWords is the longest non-sentence line, in words, removed on MinRepeat
	// alone (default 12).
	ShortWords int
	// MaxBoilerWords is the longest line ever removed for repetition (default 30).
	MaxBoilerWords int
	// EdgeLines is how near the start or end of every article a sentence-like line
	// must sit to be boilerplate (default 2).
	EdgeLines int
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.MinRepeat <= 0 {
		o.MinRepeat = 3
	}
	if o.MinShare <= 0 {
		o.MinShare = 0.5
	}
	if o.ShortWords <= 0 {
		o.ShortWords = 12
	}
	if o.MaxBoilerWords <= 0 {
		o.MaxBoilerWords = 30
	}
	if o.EdgeLines <= 0 {
		o.EdgeLines = 2
	}
	return o
}

// Report says what was removed and why, for an --explain flag and for tests.
type Report struct {
	Removed []Removal
}

// Removal is one paragraph taken out of an article.
type Removal struct {
	ArticleID string
	Text      string
	// Reason names the rule: "photo credit", "byline", "newsletter", "title", ...
	Reason string
}

// For returns the removals from the article with the given ID, in article order.
func (r Report) For(id string) []Removal {
	var out []Removal
	for _, m := range r.Removed {
		if m.ArticleID == id {
			out = append(out, m)
		}
	}
	return out
}

// Clean returns the articles with noise removed. It looks at all articles together so
// that lines repeated across many documents (site boilerplate) can be recognised. It
// never drops an article; an article left with no paragraphs keeps none and the caller
// warns. The input is not modified.
func Clean(articles []news.Article, opt Options) ([]news.Article, Report) {
	opt = opt.withDefaults()
	paras := make([][]string, len(articles))
	outlets := make([]string, len(articles))
	forEach(len(articles), func(i int) {
		paras[i] = normalizeAll(articles[i].Paragraphs)
		outlets[i] = normalize(articles[i].Outlet)
	})
	rep := countRepeats(paras, outlets, opt)
	out := make([]news.Article, len(articles))
	removed := make([][]Removal, len(articles))
	forEach(len(articles), func(i int) {
		out[i], removed[i] = cleanOne(articles[i], paras[i], rep)
	})
	tidyTitles(out)
	var report Report
	for _, r := range removed {
		report.Removed = append(report.Removed, r...)
	}
	return out, report
}

// forEach calls fn(i) for every i in [0, n), spread over the machine's cores; fn must only
// write to its own index's slots.
func forEach(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// normalizeAll normalises every paragraph, splits those that hold several (splitRuled,
// splitBracketed) and drops those left empty.
func normalizeAll(ps []string) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if p = stripBullet(normalize(p)); p == "" {
			continue
		}
		if !mayHoldSeveral(p) {
			out = append(out, p)
			continue
		}
		for _, part := range splitRuled(p) {
			out = append(out, splitBracketed(part)...)
		}
	}
	return out
}

// stripBullet takes off the wire's bullet that opens a paragraph of a list: "_ " or "--"
// ("_ Vitamin E eased arthritis pain ...", "--U.S. District Judge ...").
func stripBullet(p string) string {
	switch {
	case strings.HasPrefix(p, "_ "):
		return strings.TrimSpace(p[2:])
	case strings.HasPrefix(p, "--") && len(p) > 2 && p[2] != '-':
		return strings.TrimSpace(p[2:])
	}
	return p
}

// mayHoldSeveral is a cheap test that lets most paragraphs skip splitRuled and
// splitBracketed.
func mayHoldSeveral(p string) bool {
	return strings.Contains(p, "_____") || strings.Contains(p, "-----") || strings.Contains(p, "-0-") ||
		strings.HasPrefix(p, "(") && strings.Contains(p, ") (")
}

// ruleRE matches a rule inside a paragraph: a run of underscores or hyphens, or the
// "-0-" that ends a wire story, between spaces.
var ruleRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|\s)(?:_{5,}|-{5,}|-0-)(?:\s|$)`)
})

// splitRuled splits a paragraph at the rules inside it, which stand where the source's
// paragraph breaks were lost ("... that easy. ________ (To publish this article, ...)"),
// and drops the rules. (A paragraph that is only a rule is left as it is: pages keep
// such rules between sections.)
func splitRuled(p string) []string {
	var out []string
	for whole := true; ; whole = false {
		loc := ruleRE().FindStringIndex(p)
		if loc == nil {
			break
		}
		if whole && loc[0] == 0 && loc[1] == len(p) {
			return []string{p} // only a rule
		}
		if head := strings.TrimSpace(p[:loc[0]]); head != "" {
			out = append(out, head)
		}
		p = p[loc[1]:]
	}
	if p = strings.TrimSpace(p); p != "" {
		out = append(out, p)
	}
	return out
}

// splitBracketed splits a paragraph made only of bracketed notes, "(Jane Roe is a
// free-lance writer.) (To publish this article, ...)", into one paragraph per note.
func splitBracketed(p string) []string {
	if !strings.HasPrefix(p, "(") || !strings.HasSuffix(strings.TrimRight(p, "."), ")") || !strings.Contains(p, ") (") {
		return []string{p}
	}
	var out []string
	for {
		i := strings.Index(p, ") (")
		if i < 0 {
			break
		}
		out = append(out, p[:i+1])
		p = p[i+2:]
	}
	return append(out, p)
}

// cleanOne applies every rule to one article's normalised paragraphs.
func cleanOne(a news.Article, paras []string, rep *repetition) (news.Article, []Removal) {
	a.Title, a.Byline, a.Outlet = normalize(a.Title), normalize(a.Byline), normalize(a.Outlet)
	reasons := make([]string, len(paras))
	markBylines(&a, paras, reasons)
	a.Byline, _ = cutRole(tidyByline(a.Byline))
	markLines(paras, reasons, rep)
	markNewsletter(paras, reasons)
	if a.Outlet == "" {
		a.Outlet = promotedOutlet(paras, reasons)
	}
	markTail(&a, paras, reasons)
	markFront(&a, paras, reasons)
	var removed []Removal
	kept := make([]string, 0, len(paras))
	for i, p := range paras {
		if reasons[i] == "" {
			kept = append(kept, p)
			continue
		}
		removed = append(removed, Removal{ArticleID: a.ID, Text: p, Reason: reasons[i]})
	}
	if len(kept) == 0 {
		kept = nil
	}
	a.Paragraphs = kept
	if a.Language == "" {
		a.Language = Language(kept)
	}
	return a, removed
}

// setReason records reason for line i unless a rule has already claimed it.
func setReason(reasons []string, i int, reason string) {
	if reasons[i] == "" {
		reasons[i] = reason
	}
}

// markLines applies the rules that look at one line at a time.
func markLines(paras, reasons []string, rep *repetition) {
	for i, p := range paras {
		if reasons[i] != "" {
			continue
		}
		switch {
		case isCredit(p):
			reasons[i] = reasonCredit
		case captionReason(p) != "":
			reasons[i] = reasonCaption
		case contactLine(p):
			reasons[i] = reasonBio
		case strings.HasPrefix(p, "(") && bioReason(p) != "":
			reasons[i] = reasonBio // a bio in brackets, wherever it stands
		default:
			if r := promoReason(p); r != "" {
				reasons[i] = r
			} else if rep.boilerplate(p) {
				reasons[i] = reasonRepeated
			}
		}
	}
}
