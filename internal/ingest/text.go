package ingest

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// dateHeader matches a scraper's first line such as " date 2017-07-26 TPM Livewire".
var dateHeader = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$`) })

// frontField matches a "Key: value" front-matter line.
var frontField = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*([A-Za-z][A-Za-z ]{0,15}):\s*(.*?)\s*$`) })

// parseText reads a plain-text article: an optional header or front matter, then the
// body. Title is left empty unless front matter names it; a later stage picks it.
func parseText(source, text string) ([]news.Article, []news.Warning, error) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(strings.ReplaceAll(l, "\r", ""), " \t\f\v")
	}
	a := news.Article{Source: source, Format: FormatText, ID: baseID(source)}
	var warns []news.Warning
	lines = readHeader(&a, lines, &warns)
	a.Paragraphs = splitParagraphs(lines)
	return []news.Article{a}, warns, nil
}

// readHeader fills a from a "date YYYY-MM-DD Outlet" line or front matter at the top
// and returns the remaining lines.
func readHeader(a *news.Article, lines []string, warns *[]news.Warning) []string {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return lines
	}
	if m := dateHeader().FindStringSubmatch(lines[i]); m != nil {
		if t, ok := parseTime(m[1]); ok {
			a.Published, a.Outlet = t, strings.TrimSpace(m[2])
			return lines[i+1:]
		}
	}
	fenced := strings.TrimSpace(lines[i]) == "---"
	if fenced {
		i++
	}
	start, n := i, 0
	for ; i < len(lines); i++ {
		if fenced && strings.TrimSpace(lines[i]) == "---" {
			return lines[i+1:]
		}
		if !fenced && strings.TrimSpace(lines[i]) == "" {
			break
		}
		m := frontField().FindStringSubmatch(lines[i])
		if m == nil || !setField(a, m[1], m[2], warns) {
			break
		}
		n++
	}
	if n == 0 {
		return lines[start:]
	}
	return lines[i:]
}

// setField stores one front-matter field; it reports false for an unknown key.
func setField(a *news.Article, key, value string, warns *[]news.Warning) bool {
	switch strings.ToLower(strings.TrimSpace(key)) {
	case "title", "headline":
		a.Title = value
	case "date", "published", "pubdate":
		if t, ok := parseTime(value); ok {
			a.Published = t
		} else {
			*warns = append(*warns, news.Warning{Source: a.Source, Reason: "unparseable date " + quote(value)})
		}
	case "source", "outlet", "publisher":
		a.Outlet = value
	case "url", "link":
		a.URL = value
	case "by", "author", "byline":
		a.Byline = value
	case "language", "lang":
		a.Language = value
	case "id":
		a.ID = value
	default:
		return false
	}
	return true
}

// splitParagraphs turns lines into paragraphs: blocks are separated by blank lines; in a
// block every line is a paragraph unless the block is hard-wrapped prose, which is joined
// (and split again at indented lines and at short lines that end a sentence).
func splitParagraphs(lines []string) []string {
	var paras, block []string
	flush := func() {
		paras = append(paras, blockParagraphs(block)...)
		block = block[:0]
	}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return paras
}

func blockParagraphs(block []string) []string {
	if len(block) == 0 {
		return nil
	}
	if !hardWrapped(block) {
		out := make([]string, len(block))
		for i, l := range block {
			out[i] = collapseSpace(l)
		}
		return out
	}
	width := maxWidth(block)
	allIndented := true
	for _, l := range block {
		allIndented = allIndented && indented(l)
	}
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			out, cur = append(out, collapseSpace(strings.Join(cur, " "))), cur[:0]
		}
	}
	for _, l := range block {
		if !allIndented && indented(l) {
			flush()
		}
		cur = append(cur, l)
		// A wrapped line runs near the full width; a short one ends its paragraph.
		w := width10(l) * 10
		if w < width*6 || (w < width*8 && endsSentence(l)) {
			flush()
		}
	}
	flush()
	return out
}

// hardWrapped reports whether a block looks like prose wrapped at a fixed width: the
// widest line is between 30 and 200 characters, and at least 40% of the line breaks (or
// at least three) fall mid-sentence: the next line goes on in lower case, or the line
// ends with a comma or a hyphen.
func hardWrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	if width := maxWidth(block); width < 30*10 || width > 200*10 {
		return false
	}
	mid := 0
	breaks := len(block) - 1
	for i := 0; i < breaks; i++ {
		if continues(block[i], block[i+1]) {
			mid++
		}
	}
	return mid >= 3 || mid*10 >= breaks*4
}

func continues(line, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(line))
	if last == ',' || last == '-' || last == ';' {
		return true
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(next))
	return unicode.IsLower(first) && !endsSentence(line)
}

func endsSentence(line string) bool {
	s := strings.TrimRight(strings.TrimSpace(line), `"'”’»)`)
	last, _ := utf8.DecodeLastRuneInString(s)
	return last == '.' || last == '!' || last == '?' || last == ':'
}

func indented(l string) bool {
	return strings.HasPrefix(l, "\t") || strings.HasPrefix(l, "  ")
}

// width10 is a line's width in runes, times ten, so that ratios stay in integers.
func width10(l string) int { return utf8.RuneCountInString(strings.TrimSpace(l)) * 10 }

func maxWidth(block []string) int {
	w := 0
	for _, l := range block {
		w = max(w, width10(l))
	}
	return w
}

// collapseSpace trims s and folds every run of white space into one space.
func collapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = sb.Len() > 0
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// needsCollapse reports whether s has white space other than single inner spaces.
func needsCollapse(s string) bool {
	prevSpace := true // a leading space needs trimming
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c >= 0x80:
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && len(s) > 0
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return "\"" + s + "\""
}
