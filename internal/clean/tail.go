package clean

import (
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// frontWindow and tailWindow are how many lines from the start and the end a byline
// may sit at; a "By ..." line deep in the body is left alone.
const (
	frontWindow = 10
	tailWindow  = 5
)

// markBylines marks bylines near either end, the date and outlet lines that follow a
// byline, and metadata-only date lines near the start. It fills a.Byline and a.Outlet
// when they are empty.
func markBylines(a *news.Article, paras, reasons []string) {
	for i, p := range paras {
		if i >= frontWindow && i < len(paras)-tailWindow {
			continue
		}
		if i < frontWindow && isDateLine(p) {
			setReason(reasons, i, reasonDate)
			continue
		}
		name, outlet, ok := bylineName(p)
		if !ok {
			continue
		}
		setReason(reasons, i, reasonByline)
		if a.Byline == "" {
			a.Byline = name
		}
		if a.Outlet == "" {
			a.Outlet = outlet
		}
		markAfterByline(a, paras, reasons, i+1)
	}
}

// markAfterByline marks the date lines and the one outlet or role line that follow a
// byline at position j.
func markAfterByline(a *news.Article, paras, reasons []string, j int) {
	for ; j < len(paras) && reasons[j] == ""; j++ {
		p := paras[j]
		switch {
		case isDateLine(p):
			reasons[j] = reasonDate
			continue
		case allRoles(p) && wordCount(p) <= 6:
			reasons[j] = reasonByline
		case outletLine(p):
			reasons[j] = reasonOutlet
			if a.Outlet == "" {
				a.Outlet = p
			}
		}
		return
	}
}

// markTail removes, from the end backwards, author bios and contact lines and the bare
// author-name line that introduces a bio; the name fills a.Byline when it is empty.
func markTail(a *news.Article, paras, reasons []string) {
	for i := len(paras) - 1; i >= 0; i-- {
		if reasons[i] != "" && reasons[i] != reasonBio {
			continue
		}
		p := paras[i]
		if reasons[i] == "" {
			if bioReason(p) == "" {
				return
			}
			reasons[i] = reasonBio
		}
		if j := prevKept(reasons, i); j >= 0 && nameMatches(paras[j], bioName(p)) {
			reasons[j] = reasonByline
			if a.Byline == "" {
				a.Byline = paras[j]
			}
			i = j
		}
	}
}

// prevKept is the index of the last kept line before i, or -1.
func prevKept(reasons []string, i int) int {
	for j := i - 1; j >= 0; j-- {
		if reasons[j] == "" {
			return j
		}
	}
	return -1
}

// nameMatches reports whether line is a bare personal name that shares a word with the
// name opening a bio.
func nameMatches(line, bio string) bool {
	if bio == "" || !isName(line) || wordCount(line) < 2 || wordCount(line) > 4 {
		return false
	}
	for _, w := range fields(line) {
		for _, b := range fields(bio) {
			if strings.EqualFold(w, b) && len(w) > 2 {
				return true
			}
		}
	}
	return false
}

// contactLine reports whether line asks readers to follow or contact the author, or
// credits contributing reporters.
func contactLine(line string) bool {
	n := wordCount(line)
	return n <= 25 && (followLine().MatchString(line) || contributedLine().MatchString(line))
}
