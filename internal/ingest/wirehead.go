package ingest

import (
	"cmp"
	"regexp"
	"strings"
	"sync"
)

// A news service's wire copy opens with a header before its text: the headline (when
// no HEADLINE element carries it), a note to clients, the byline and the copyright of
// the paper that wrote the story. The New York Times News Service sends stories of
// the Boston Globe, the Arizona Republic, Cox and Hearst under its own document
// numbers, so the copyright line, not the DOCNO, names the outlet:
//
//	BC-EVOLUTION-AZR(a)
//	 &HT;    EVOLUTION'S BATTLE FOR ACCEPTANCE(a)
//	 &HT;    (For use by N.Y. Times News Service clients)(a)
//	 &HT;    By BARBARA YOST(a)
//	 &HT;    c.2000 The Arizona Republic(a)
//
// Fields are separated by line breaks after white space, by the wire's tab (&HT;) and
// by notes in brackets; a line broken between two words without white space is one
// field wrapped, "FOES OF\nDEATH PENALTY".

// wireHeader holds what a wire header gives.
type wireHeader struct {
	title, byline, holder string
}

var (
	// wireNote is a note in brackets of three words or more; "(w)" and "CALM(ER)" stay.
	wireNote = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\([^()\s]*\s+[^()\s]+\s[^()]{0,400}\)`) })
	// wireOrder is an instruction or a note to editors in place of a headline: "1ST
	// LEDE-UPDATES", "EDITORS NOTE: This column ...".
	wireOrder = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(?:\d+(?:st|nd|rd|th) (?:lede|lead|take|add|writethru|write-thru)|editors?'?s? note|note to editors|eds?:|attn\b|attention\b)`)
	})
	// wireCopyright is a copyright line, "c.1998 The Arizona Republic", and its holder.
	wireCopyright = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?:^|\s)c\. ?(?:1[89]|20)\d\d\s+(\S.*)$`) })
	// wireByline is a byline field and its names; wireGluedBy one glued to the field
	// before it.
	wireByline  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^By\s+([A-Z].{1,80})$`) })
	wireGluedBy = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.*[a-z])(By [A-Z].*)$`) })
	// wireTake is the first line of a later take of a story: where it resumes, in the
	// middle of a sentence ("UNDATED: to believe.", "AUSTIN, Texas: my record."). A
	// colon before capitals is a headline's: "VLADIMIR PUTIN: THE ROAD ...".
	wireTake = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,3}:\s+\W*[a-z]`)
	})
)

// maxWireTitleWords is the most words a header field may have to be taken as a
// title; a header is read in its first maxWireFields fields only, so that the text of
// a story sent before its TEXT element is not read as one.
const (
	maxWireTitleWords = 20
	maxWireFields     = 10
)

// parseWireHeader reads the header in pre, the text between the headline (or the
// start of the document) and the first TEXT element, without its wire elements. Its
// title is the first field that may be one before the byline or copyright; after it
// come instructions to editors ("Moving in Washington and politics categories.").
func parseWireHeader(pre string) wireHeader {
	var h wireHeader
	title := ""
	for _, f := range wireFields(pre, maxWireFields) {
		// The Cox wire may glue the byline to the headline: "...Nile virusBy M.A.J."
		if m := wireGluedBy().FindStringSubmatch(f); m != nil {
			if title == "" && h.byline == "" && h.holder == "" && wireTitle(m[1]) {
				title = m[1]
			}
			f = m[2]
		}
		if rest, holder, ok := cutCopyright(f); ok {
			h.holder = cmp.Or(h.holder, holder)
			f = rest
		}
		if m := wireByline().FindStringSubmatch(f); m != nil {
			if h.byline == "" {
				h.byline = m[1]
			}
			continue
		}
		if title == "" && h.byline == "" && h.holder == "" && wireTitle(f) {
			title = f
		}
	}
	if h.byline != "" || h.holder != "" {
		h.title = title
	}
	return h
}

// cutCopyright returns s without the copyright line it ends with ("By PAM BELLUCK
// c.1999 N.Y. Times News Service") and that copyright's holder.
func cutCopyright(s string) (rest, holder string, ok bool) {
	m := wireCopyright().FindStringSubmatchIndex(s)
	if m == nil {
		return s, "", false
	}
	return strings.TrimSpace(s[:m[0]]), strings.TrimRight(s[m[2]:m[3]], " .,;"), true
}

// wireFields splits a wire header into its first n fields (all of them for n 0),
// without notes in brackets ("(For use by N.Y. Times News Service clients)"), the
// wire's end-of-line marks "(a)" and fields with no letter ("-----").
func wireFields(pre string, n int) []string {
	s := unescapeSGML(stripTags(strings.ReplaceAll(pre, "\r", "")))
	s = strings.ReplaceAll(s, "(a)", "")
	s = wireNote().ReplaceAllString(s, "\n")
	var fields []string
	for _, line := range strings.FieldsFunc(s, func(r rune) bool { return r == '\t' }) {
		// A line break between two non-space characters is a wrapped line.
		var b strings.Builder
		lines := strings.Split(line, "\n")
		for i, l := range lines {
			b.WriteString(l)
			if i+1 < len(lines) {
				if l != "" && l[len(l)-1] != ' ' && lines[i+1] != "" && lines[i+1][0] != ' ' {
					b.WriteByte(' ')
				} else {
					b.WriteByte('\n')
				}
			}
		}
		for f := range strings.SplitSeq(splitAfterCopyright(b.String()), "\n") {
			f = collapseSpace(f)
			if strings.Count(f, "(") != strings.Count(f, ")") || !strings.ContainsFunc(f, isLetter) {
				continue // a note cut by the slug element, "TO PAIN-LIVING-SFCHRON)"
			}
			if fields = append(fields, f); len(fields) == n { // n 0: all
				return fields
			}
		}
	}
	return fields
}

// splitAfterCopyright breaks each line of s where a run of spaces ends the
// copyright's holder and the wire goes on with the story: "c. 1999 Kansas City Star
// KANSAS CITY, Mo. _ Someone created ..." is two fields. Elsewhere a run of spaces
// may be inside a field ("By SARA RIMER   and RAYMOND BONNER").
func splitAfterCopyright(s string) string {
	if !strings.Contains(s, "   ") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if at := runOn(l); at > 0 {
			lines[i] = l[:at] + "\n" + l[at:]
		}
	}
	return strings.Join(lines, "\n")
}

// runOn returns where the story starts in a copyright line that runs on with it after
// a run of spaces, or -1.
func runOn(line string) int {
	m := wireCopyright().FindStringSubmatchIndex(line)
	if m == nil {
		return -1
	}
	start := m[2] + len(line[m[2]:m[3]]) - len(strings.TrimLeft(line[m[2]:m[3]], " "))
	k := strings.Index(line[start:m[3]], "   ")
	if k <= 0 {
		return -1
	}
	at := start + k
	return at + len(line[at:]) - len(strings.TrimLeft(line[at:], " "))
}

// wireLead is the start of a story sent in the header, after the copyright and
// before the TEXT element ("c. 1999 Kansas City Star   KANSAS CITY, Mo. _ Someone
// created every\nthing in the universe, Celtie Johnson believes."), as one paragraph;
// "" when the header has none.
func wireLead(pre string) string {
	// Without a run of spaces no copyright runs on (runOn); a dropped code ("&QL;") may
	// leave one where there was none.
	if !strings.Contains(pre, "   ") && !strings.Contains(pre, "&") {
		return ""
	}
	s := unescapeSGML(stripTags(strings.ReplaceAll(pre, "\r", "")))
	off := 0
	for line := range strings.SplitAfterSeq(s, "\n") {
		if at := runOn(strings.TrimRight(line, "\n")); at > 0 {
			return collapseSpace(s[off+at:])
		}
		off += len(line)
	}
	return ""
}

// sgmlHeadline reads a HEADLINE element. A line broken after white space there starts
// another field, as in a wire header: a second headline ("... STUDY SHOWS  \n HOUSING
// AFFORDABILITY ON DECLINE"), a kicker before it ("ROUTINE"), a code or note around
// it ("$ADV21", "(ATTN: N.H., N.C.)", "(DW)"). The headline is the first field of two
// words or more, else the first field.
func sgmlHeadline(raw string) string {
	fields := wireFields(raw, 0)
	first := ""
	for _, f := range fields {
		f = strings.TrimLeft(f, "_ ")
		if f == "" || f[0] == '(' && f[len(f)-1] == ')' || !strings.Contains(f, " ") && strings.ContainsAny(f, "$0123456789") {
			continue
		}
		if strings.Contains(f, " ") {
			return f
		}
		first = cmp.Or(first, f)
	}
	return first
}

// wireTitle reports whether a header field may be a headline: not the slug again, not
// where a later take resumes, not a sentence of body text.
func wireTitle(f string) bool {
	if strings.HasPrefix(f, "BC-") || wireTake().MatchString(f) || wireOrder().MatchString(f) {
		return false
	}
	n := len(strings.Fields(f))
	return n >= 2 && n <= maxWireTitleWords && !startsLower(f)
}

// startsLower reports whether s starts with an ASCII small letter.
func startsLower(s string) bool {
	return s != "" && 'a' <= s[0] && s[0] <= 'z'
}

// isLetter reports whether r may be a letter: an ASCII letter or any other rune
// outside ASCII.
func isLetter(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 0x7f
}

// wireOutlet is the outlet a copyright holder names, without a leading "The" as
// outlets are named here ("c.1998 The Arizona Republic": Arizona Republic), or ""
// when it names the news service itself, whose outlet the DOCNO gives ("c.2000 N.Y.
// Times News Service"), or the author ("By TIM GIAGO ... c.1998 Tim Giago").
// The holder's company form and place are left out too: "Economist Newspaper Ltd."
// is Economist, "Discover magazine" Discover, "The Independent, London" Independent.
func wireOutlet(holder, byline string) string {
	name, _ := strings.CutPrefix(holder, "The ")
	name, _, _ = strings.Cut(name, ", ")
	for _, suffix := range []string{" Newspaper Ltd.", " Newspaper Ltd", " Ltd.", " Ltd", " Inc.", " Inc", " magazine"} {
		if n, ok := strings.CutSuffix(name, suffix); ok && n != "" {
			name = n
			break
		}
	}
	if name == "" || len(strings.Fields(name)) > 6 || strings.HasPrefix(strings.ToLower(byline), strings.ToLower(name)) {
		return ""
	}
	low := strings.ToLower(name)
	for _, nyt := range []string{"n.y. times", "ny times", "nytimes", "new york times"} {
		if strings.HasPrefix(low, nyt) {
			return ""
		}
	}
	return name
}
