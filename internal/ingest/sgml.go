package ingest

import (
	"cmp"
	"html"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-news/storyline/internal/news"
)

// outlets maps the letters that start a TREC/DUC DOCNO to the outlet that carried the
// story.
var outlets = map[string]string{
	"AFP":  "Agence France-Presse",
	"AFE":  "Agence France-Presse",
	"AP":   "Associated Press",
	"APW":  "Associated Press",
	"APE":  "Associated Press",
	"CNA":  "Central News Agency",
	"FBIS": "Foreign Broadcast Information Service",
	"FT":   "Financial Times",
	"LA":   "Los Angeles Times",
	"LTW":  "Los Angeles Times-Washington Post",
	"NYT":  "New York Times",
	"SJMN": "San Jose Mercury News",
	"WPB":  "Washington Post-Bloomberg",
	"WSJ":  "Wall Street Journal",
	"XIE":  "Xinhua",
	"XIN":  "Xinhua",
}

var (
	sgmlTag     = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^<>]*>`) })
	sgmlEntity  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`&#?[A-Za-z0-9]{1,10};`) })
	braceEntity = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{[a-z]{2,8}\}`) })
	sgmlPara    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)<P(?:\s[^<>]*)?>`) })
	sgmlNoise   = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?is)<(ANNOTATION|HEADER|TRAILER|SLUG|NOTE|DOCNO|DOCTYPE|DATE_TIME|DATE|CATEGORY)(?:\s[^<>]*)?>.*?</(?:ANNOTATION|HEADER|TRAILER|SLUG|NOTE|DOCNO|DOCTYPE|DATE_TIME|DATE|CATEGORY)>`)
	})
	bylineLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^\s*By\s+([A-Z][^\n]{1,80}?)\s*$`) })
	typeStyle  = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\((?:begin|end)(?:italic|bold|underline|ital|smallcaps)\)`)
	})
	docnoDate = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^([A-Z]+)[_-]?(\d{8}|\d{6})`) })
)

// parseSGML reads TREC/DUC-style SGML: one or more <DOC> elements with DOCNO, a date,
// a HEADLINE and a TEXT made of <P> paragraphs or of indented or blank-line separated
// ones.
func parseSGML(source, text string) ([]news.Article, []news.Warning, error) {
	up := upperASCII(text)
	var docs, ups []string
	for off := 0; ; {
		i := strings.Index(up[off:], "<DOC>")
		if i < 0 {
			break
		}
		start := off + i + len("<DOC>")
		end := strings.Index(up[start:], "</DOC>")
		if end < 0 {
			end = len(up) - start
		}
		docs = append(docs, text[start:start+end])
		ups = append(ups, up[start:start+end])
		off = start + end
	}
	if len(docs) == 0 {
		return nil, nil, news.Errorf(news.Invalid, source, "SGML without a <DOC> element")
	}
	arts := make([]news.Article, 0, len(docs))
	var warns []news.Warning
	for i, d := range docs {
		a, ws := sgmlArticle(itemSource(source, i+1, len(docs)), d, ups[i])
		if a.ID == "" {
			a.ID = baseID(source)
			if len(docs) > 1 {
				a.ID += "-" + strings.TrimPrefix(a.Source, source+"#")
			}
		}
		arts, warns = append(arts, a), append(warns, ws...)
	}
	return arts, warns, nil
}

// sgmlArticle reads one DOC element; up is doc with ASCII letters in upper case.
func sgmlArticle(source, doc, up string) (news.Article, []news.Warning) {
	docno := sgmlText(first(elements(doc, up, "DOCNO")))
	a := news.Article{ID: docno, Source: source, Format: FormatSGML}
	a.Title = sgmlHeadline(first(elements(doc, up, "HEADLINE")))
	a.Byline = sgmlText(first(elements(doc, up, "BYLINE")))
	var warns []news.Warning
	a.Published, warns = sgmlDate(source, doc, up, docno)
	prefix := ""
	if m := docnoDate().FindStringSubmatch(strings.ToUpper(docno)); m != nil {
		prefix = m[1]
	} else {
		prefix = strings.TrimRight(strings.ToUpper(docno), "0123456789.-_ ")
	}
	a.Outlet = outlets[prefix]
	texts := elements(doc, up, "TEXT")
	pre := preText(doc, up)
	if m := bylineLine().FindStringSubmatch(pre); a.Byline == "" && m != nil {
		// A tab ends the byline's field: "By The Associated Press\tKey events in the
		// history of the Concorde:". Runs of spaces do not ("By SARA RIMER   and RAYMOND
		// BONNER").
		b, _, _ := strings.Cut(m[1], "\t")
		a.Byline = collapseSpace(b)
	}
	h := parseWireHeader(pre)
	// A BYLINE element may carry the copyright too: "By PAM BELLUCK c.1999 N.Y. Times
	// News Service".
	if rest, holder, ok := cutCopyright(a.Byline); ok {
		h.holder = cmp.Or(h.holder, holder)
		a.Byline = rest
	}
	// A headline of one word is a label ("GAMBLING") over the header's headline.
	if a.Title == "" || h.title != "" && !strings.Contains(a.Title, " ") {
		a.Title = h.title
	}
	if a.Byline == "" {
		a.Byline = h.byline
	}
	if o := wireOutlet(h.holder, a.Byline); o != "" {
		a.Outlet = o
	}
	for _, t := range texts {
		a.Paragraphs = append(a.Paragraphs, sgmlParagraphs(t)...)
	}
	// Some wire stories carry the body between the headline and an almost empty TEXT.
	if len(sgmlText(pre)) > 2*len(sgmlText(strings.Join(texts, " "))) {
		a.Paragraphs = append(sgmlParagraphs(pre), a.Paragraphs...)
	} else if lead := wireLead(pre); lead != "" {
		a.Paragraphs = append([]string{lead}, a.Paragraphs...)
	}
	a.Title, a.Byline = wireQuotes(a.Title), wireQuotes(a.Byline)
	for i, p := range a.Paragraphs {
		a.Paragraphs[i] = wireQuotes(p)
	}
	return a, warns
}

// preText is the part of a document between the headline (or the start of BODY, or of
// the document) and the first TEXT element, without wire-service header elements.
func preText(doc, up string) string {
	end := strings.Index(up, "<TEXT")
	if end < 0 {
		return ""
	}
	start := strings.LastIndex(up[:end], "</HEADLINE>")
	if start < 0 {
		start = strings.LastIndex(up[:end], "<BODY>")
	}
	if start < 0 {
		start = max(0, strings.LastIndex(up[:end], "</DOCNO>"))
	}
	return dropNoise(doc[start:end])
}

// sgmlDate reads DATE_TIME or DATE, falling back on the date a DOCNO encodes
// (APW19981031.0720, AP880212-0001).
func sgmlDate(source, doc, up, docno string) (time.Time, []news.Warning) {
	var bad string
	for _, tag := range []string{"DATE_TIME", "DATE"} {
		s := sgmlText(first(elements(doc, up, tag)))
		if s == "" {
			continue
		}
		if t, ok := parseTime(s); ok {
			return t, nil
		}
		bad = s
	}
	if m := docnoDate().FindStringSubmatch(strings.ToUpper(docno)); m != nil {
		layout := "20060102"
		if len(m[2]) == 6 {
			layout = "060102"
		}
		if t, err := time.Parse(layout, m[2]); err == nil && t.Year() >= 1950 {
			return t, nil
		}
	}
	if bad != "" {
		return time.Time{}, []news.Warning{{Source: source, Reason: "unparseable date " + quote(bad)}}
	}
	return time.Time{}, nil
}

// sgmlParagraphs splits the content of a TEXT element into paragraphs.
func sgmlParagraphs(t string) []string {
	t = dropNoise(t)
	if loc := sgmlPara().FindStringIndex(t); loc != nil {
		var out []string
		for _, part := range sgmlPara().Split(t, -1) {
			if i := indexFold(part, "</P>"); i >= 0 {
				part = part[:i]
			}
			if p := sgmlText(part); p != "" {
				out = append(out, p)
			}
		}
		return out
	}
	t = unescapeSGML(stripTags(t))
	return splitParagraphs(strings.Split(strings.ReplaceAll(t, "\r", ""), "\n"))
}

// wireQuotes writes the wire's ASCII quotation marks as the marks they stand for. The
// wire opens a double quotation with two backquotes and closes it with two apostrophes,
// and a single one with a backquote and an apostrophe:
//
//	``double'' and `single'  ->  “double” and ‘single’
//
// Some copy opens with two apostrophes too, before a word. A single quotation closes at
// the first apostrophe after its backquote that is not inside a word (not the one of
// "can't"); a backquote between letters is an apostrophe ("I`ve"), and other
// apostrophes stay as they are. One pass: the time is linear in any input.
func wireQuotes(s string) string {
	if !strings.Contains(s, "`") && !strings.Contains(s, "''") {
		return s
	}
	s = strings.NewReplacer("'''", "’”", "``", "“").Replace(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	open := false // a single quotation is open
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "''"):
			// It opens a quotation where a word follows it and none precedes it.
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			if (i == 0 || before == ' ' || before == '(' || before == '-') && startsWithLetter(s[i+2:]) {
				b.WriteString("“")
			} else {
				b.WriteString("”")
			}
			i++
		case s[i] == '`':
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			if unicode.IsLetter(before) && startsWithLetter(s[i+1:]) {
				b.WriteString("’") // an apostrophe: "I`ve"
			} else {
				b.WriteString("‘")
				open = true
			}
		case s[i] == '\'' && open && i > 0 && s[i-1] != ' ' && !startsWithLetter(s[i+1:]):
			b.WriteString("’")
			open = false
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// startsWithLetter reports whether s starts with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// sgmlText strips tags and entities from s and folds its white space.
func sgmlText(s string) string {
	return collapseSpace(unescapeSGML(stripTags(s)))
}

func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return sgmlTag().ReplaceAllString(s, " ")
}

// noiseTags are wire-service elements whose content is not article text.
var noiseTags = []string{"ANNOTATION", "HEADER", "TRAILER", "SLUG", "NOTE", "DOCNO", "DOCTYPE", "DATE_TIME", "DATE", "CATEGORY"}

// dropNoise removes noiseTags elements; it checks cheaply for one before running the
// regular expression.
func dropNoise(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		for _, tag := range noiseTags {
			if len(s)-i > len(tag) && strings.EqualFold(s[i+1:i+1+len(tag)], tag) {
				return sgmlNoise().ReplaceAllString(s, "\n")
			}
		}
	}
	return s
}

// unescapeSGML decodes HTML-style entities and SGML ones (&HT; is a tab); unknown
// typesetting codes such as &QL; or &Cx1f; are dropped, and so are the New York
// Times wire's type styles, "(beginitalic)believe(enditalic)". That wire also writes
// entities in braces, "{ndash}", "{hellip}": those that name an HTML entity are
// decoded, other text in braces is left as it is.
func unescapeSGML(s string) string {
	if strings.Contains(s, "(begin") || strings.Contains(s, "(end") {
		s = typeStyle().ReplaceAllString(s, "")
	}
	if strings.Contains(s, "{") {
		s = braceEntity().ReplaceAllStringFunc(s, func(m string) string {
			if u, ok := htmlEntity("&" + m[1:len(m)-1] + ";"); ok {
				return u
			}
			return m
		})
	}
	if !strings.Contains(s, "&") {
		return s
	}
	return sgmlEntity().ReplaceAllStringFunc(s, func(m string) string {
		if m == "&HT;" {
			return "\t"
		}
		if u, ok := htmlEntity(m); ok {
			return u
		}
		return ""
	})
}

// htmlEntity decodes one entity, "&ndash;", if it is an HTML one as a whole: "&not;"
// is, "&notes;" is not (HTML would read its "&not" without the semicolon).
func htmlEntity(e string) (string, bool) {
	u := html.UnescapeString(e)
	return u, u != e && !strings.HasSuffix(u, ";")
}

// elements returns the contents of every <TAG>...</TAG> in doc; up is doc in upper case.
// An element without its end tag runs to the end of doc.
func elements(doc, up, tag string) []string {
	var out []string
	open, closeTag := "<"+tag, "</"+tag+">"
	for off := 0; off < len(up); {
		i := strings.Index(up[off:], open)
		if i < 0 {
			break
		}
		i += off + len(open)
		if i >= len(up) || (up[i] != '>' && up[i] != ' ' && up[i] != '\t' && up[i] != '\n') {
			off = i
			continue
		}
		gt := strings.IndexByte(up[i:], '>')
		if gt < 0 {
			break
		}
		start := i + gt + 1
		end := strings.Index(up[start:], closeTag)
		if end < 0 {
			out = append(out, doc[start:])
			break
		}
		out = append(out, doc[start:start+end])
		off = start + end + len(closeTag)
	}
	return out
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// indexFold is strings.Index for an upper-case ASCII needle, ignoring the case of s.
func indexFold(s, upperNeedle string) int {
	for i := 0; i+len(upperNeedle) <= len(s); i++ {
		j := 0
		for ; j < len(upperNeedle); j++ {
			c := s[i+j]
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			if c != upperNeedle[j] {
				break
			}
		}
		if j == len(upperNeedle) {
			return i
		}
	}
	return -1
}

// upperASCII upper-cases ASCII letters only, so byte offsets stay the same.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
