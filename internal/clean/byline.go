package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Bylines, author bios and the outlet line are recognised by position and shape: a
// byline is "By" followed only by name-like words and publication metadata; a bio is a
// name followed by "is a/an" and a newsroom job; the outlet line is a short title-case
// line right after a byline that contains a publication noun.

var (
	// byPrefix matches the words that open a byline.
	byPrefix = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?i:(?:written|story|words|text|reporting|report|compiled)\s+)?(?:By|BY|by)\b:?\s*`)
	})
	// bioLine matches "<Name> is a/an/the <...>" at the start of a line, with a short
	// apposition after the name ("Tim Giago, Lakota Indian, is ...").
	bioLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^((?:[\p{Lu}][\p{L}.’'-]*\s+){1,3}[\p{Lu}][\p{L}.’'-]*)(?:, [^,]{1,40},)?\s+(?:is|was|has been|covers|writes)\b`)
	})
	// jobWord matches the newsroom jobs a bio names.
	jobWord = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(reporter|correspondent|writer|editor|publisher|columnist|journalist|contributor|producer|photographer|critic|blogger|anchor|freelancer|fellow|intern|staff|bureau|covers|newsroom|editorial)\b`)
	})
	// followLine matches social-media and contact lines about the author.
	followLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(follow (him|her|them|us|me|(?-i:[\p{L}.’' ]+)) (on|at) (twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok)\b|follow @\w+|(contact|email|e-mail|reach|write to) (the (author|writer|reporter)|him|her|them|(?-i:[\p{L}.’' ]+)) (at|on|via) \S+|contact the (author|writer|reporter)\b|(?-i:\p{Lu}[\p{L}.’' ]+) (can|may) be reached (at|by|via)\b)`)
	})
	// contributedLine matches "Jane Doe contributed reporting." and its variants.
	contributedLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\bcontributed (reporting|to this (report|article|story))|^(additional )?(reporting|writing|editing) by\b`)
	})
)

// byMeta are words that may follow the names in a byline: publication metadata.
var byMeta = wordSet(`published updated posted last on at am pm a.m. p.m. et edt est ct cdt
	cst pt pdt pst gmt utc bst cet cest | - — – · • , january february march april may june
	july august september october november december jan feb mar apr jun jul aug sep sept oct
	nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday ago min
	mins minute minutes hour hours read`)

// roleWords name a newsroom role rather than a person ("By STAFF WRITER").
var roleWords = wordSet(`staff writer writers reporter reporters correspondent correspondents
	editor editors report reports wire services service contributor contributors special
	senior chief national foreign political bureau news desk and the`)

// publicationNouns are the common nouns of newspaper and agency names; a short line after
// a byline that contains one names the outlet. The list is of name parts, not of outlets.
var publicationNouns = wordSet(`post times news press journal tribune herald reuters
	associated gazette telegraph guardian observer chronicle magazine wire daily weekly
	review standard independent courier dispatch inquirer monitor mail express mirror
	insider radio television tv network agency bloomberg afp ap bbc cnn npr pbs abc cbs
	nbc sun star register bee globe record examiner beast livewire today online media
	bulletin sentinel enquirer leader democrat republic citizen advocate free journal-constitution
	politico axios street-journal week`)

// bylineName returns the names in a byline line, an outlet named after them, and
// whether line is a byline at all. "By Robert Costa and Sari Horwitz" gives "Robert Costa
// and Sari Horwitz"; "By Jane Roe | Reuters" gives "Jane Roe" and "Reuters"; "By Published
// July 26, 2017 7:13 am" is a byline without a name; "By the time ..." is no byline.
func bylineName(line string) (name, outlet string, ok bool) {
	loc := byPrefix().FindStringIndex(line)
	if loc == nil || wordCount(line) > 16 {
		return "", "", false
	}
	rest := fields(line[loc[1]:])
	if len(rest) == 0 {
		return "", "", false
	}
	var names, tail []string
	i := 0
	for ; i < len(rest); i++ {
		w := rest[i]
		lw := strings.ToLower(strings.Trim(w, ",:"))
		if lw == "" {
			continue
		}
		if byMeta[lw] && (!isCapitalized(w) || isMonthOrMeta(rest, i)) {
			break
		}
		if !nameWord(w) {
			return "", "", false
		}
		names = append(names, w)
	}
	for ; i < len(rest); i++ {
		lw := strings.ToLower(strings.Trim(rest[i], ",:"))
		switch {
		case byMeta[lw] || isClockOrNumber(lw) || lw == "":
		case isCapitalized(rest[i]):
			tail = append(tail, rest[i])
		default:
			return "", "", false
		}
	}
	name = strings.TrimRight(strings.Join(names, " "), ",;:|-—")
	if t := strings.Join(tail, " "); outletLine(t) {
		outlet = t
	}
	if n, role := cutRole(name); role != "" {
		name = n
		if outlet == "" {
			outlet = roleOutlet(role)
		}
	}
	if k := strings.LastIndex(name, ", "); k > 0 && outletLine(name[k+2:]) {
		name, outlet = name[:k], name[k+2:]
	}
	if allRoles(name) {
		name = ""
	}
	return name, outlet, true
}

// isMonthOrMeta reports whether rest[i], a capitalised metadata word, starts metadata
// rather than a name: "Published", or a month or weekday followed by a number.
func isMonthOrMeta(rest []string, i int) bool {
	lw := strings.ToLower(strings.Trim(rest[i], ",:"))
	switch lw {
	case "published", "updated", "posted", "last":
		return true
	}
	return i+1 < len(rest) && hasDigit(rest[i+1])
}

// nameWord reports whether w can be part of the names in a byline.
func nameWord(w string) bool {
	t := strings.Trim(w, ",;")
	switch strings.ToLower(t) {
	case "and", "&", "with":
		return true
	}
	return !hasDigit(t) && (isCapitalized(t) || nameConnectors[strings.ToLower(t)])
}

// isClockOrNumber reports whether w is a time or a number such as "7:13" or "2017".
func isClockOrNumber(w string) bool {
	return w != "" && strings.Trim(w, "0123456789:.,/-") == ""
}

// allRoles reports whether every word of s is a role word.
func allRoles(s string) bool {
	f := fields(s)
	for _, w := range f {
		if !roleWords[strings.ToLower(strings.Trim(w, ",."))] {
			return false
		}
	}
	return len(f) > 0
}

// dateWords are the metadata words that make a line of numbers a date line.
var dateWords = wordSet(`published updated posted am pm a.m. p.m. et edt est gmt utc bst
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
	friday saturday sunday`)

// isDateLine reports whether line holds only publication metadata with a number and a
// date word in it: "Published July 26, 2017 7:13 am", "Updated 10:02 a.m. ET". A bare
// number ("1999:") is not one.
func isDateLine(line string) bool {
	f := fields(line)
	if len(f) == 0 || len(f) > 12 || !hasDigit(line) {
		return false
	}
	date := false
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",:()"))
		if !byMeta[lw] && !isClockOrNumber(lw) && lw != "" {
			return false
		}
		date = date || dateWords[lw]
	}
	return date
}

// outletLine reports whether line names a publication: short, title case, no sentence
// punctuation, with a publication noun or an all-capitals acronym.
func outletLine(line string) bool {
	f := fields(line)
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(line, ",:;!?") || endsSentence(line) {
		return false
	}
	noun := false
	for _, w := range f {
		t := strings.Trim(w, ".")
		if !isCapitalized(t) && !nameConnectors[t] && t != "of" && t != "the" && t != "&" {
			return false
		}
		if publicationNouns[strings.ToLower(t)] || (len(t) >= 2 && len(t) <= 5 && strings.ToUpper(t) == t) {
			noun = true
		}
	}
	return noun && !allRoles(line)
}

// bioReason says whether line is an author bio or an author contact line.
func bioReason(line string) string {
	if wordCount(line) > 45 {
		return ""
	}
	if contactLine(line) {
		return reasonBio
	}
	// A bio may stand in brackets: "(Jane Roe is a contributing writer for ...)".
	if inner, ok := bracketed(line); ok {
		line = inner
	}
	if m := bioLine().FindStringSubmatch(line); m != nil {
		rest := line[len(m[0]):]
		// "Alan Judd writes for the Atlanta Journal-Constitution" needs no job named.
		if jobWord().MatchString(rest) || strings.HasSuffix(m[0], "writes") && strings.HasPrefix(rest, " for ") {
			return reasonBio
		}
	}
	return ""
}

// bracketed returns the text inside the brackets that open line, if they do:
// "(Jane Roe is a columnist.) News Service" gives "Jane Roe is a columnist.".
func bracketed(line string) (string, bool) {
	inner, ok := strings.CutPrefix(line, "(")
	if !ok {
		return "", false
	}
	inner, _, ok = strings.Cut(inner, ")")
	return inner, ok
}

// bioName returns the name that opens a bio line, or "".
func bioName(line string) string {
	if m := bioLine().FindStringSubmatch(line); m != nil {
		return m[1]
	}
	return ""
}

// tidyByline writes the names of a byline that are in capitals ("SARA RIMER and
// RAYMOND BONNER, Associated Press Writer") with an initial capital each ("Sara Rimer
// and Raymond Bonner, ..."), with "AND" and "WITH" in lower case. A letter after "O'"
// and after a hyphen starts a word too
// ("O'Neil", "Smith-Jones"), and so does the capital after a name's own small letters
// ("DePALMA" is DePalma). Roman numerals, initials, words in lower case and an
// agency's initials next to a capitalised word ("AP Education Writer") are left as
// they are.
func tidyByline(b string) string {
	var words [][2]int
	forEachWordAt(b, func(start, end int) { words = append(words, [2]int{start, end}) })
	// A short word in capitals next to a capitalised one is an agency's initials:
	// "AP Education Writer". After a name, only known initials are ("Justin Hyde AP
	// Auto Writer"); others end the name ("David HO Associated Press Writer").
	titled := func(i int) bool {
		if i < 0 || i >= len(words) {
			return false
		}
		w := b[words[i][0]:words[i][1]]
		return capitalised(w) && strings.IndexFunc(w, unicode.IsLower) > 0
	}
	initials := func(i int) bool {
		if i > 0 && strings.TrimSpace(b[words[i-1][1]:words[i][0]]) == "" && !agencyInitials[b[words[i][0]:words[i][1]]] {
			prev := b[words[i-1][0]:words[i-1][1]]
			if capitalised(prev) && (titled(i-1) || utf8.RuneCountInString(prev) > 3) {
				return false // the end of a name: "DAVID HO"
			}
		}
		return titled(i-1) || titled(i+1)
	}
	var out strings.Builder
	last := 0
	for i, w := range words {
		out.WriteString(b[last:w[0]])
		word := b[w[0]:w[1]]
		switch low := strings.ToLower(word); {
		case shouted(word) && (low == "and" || low == "with"):
			word = low
		case utf8.RuneCountInString(word) > 3 || !initials(i):
			word = nameCase(word)
		}
		out.WriteString(word)
		last = w[1]
	}
	out.WriteString(b[last:])
	return out.String()
}

// roleEnds are the words that end a newsroom role written after a name.
var roleEnds = wordSet(`writer writers correspondent correspondents reporter reporters editor
	editors columnist columnists critic newspapers staff`)

// cutRole splits a byline into its names and the newsroom role written after them:
// "Vladimir Isachenkov, Associated Press Writer" gives "Vladimir Isachenkov" and
// "Associated Press Writer". Without a comma the role must open with an agency's
// initials or a publication noun after a name of two words at least ("Justin Hyde AP
// Auto Writer", "Tim Tesconi NYT Regional Newspapers"). A byline that is only a role
// ("Staff Writer") stays whole; so does one whose last word is no role word
// ("Kim Ng, Reuters"). Punctuation left at the end ("H. Josef Hebert,") is dropped.
func cutRole(b string) (name, role string) {
	b = strings.TrimRight(b, " ,;:|-—")
	f := strings.Fields(b)
	if len(f) < 2 || !roleEnds[strings.ToLower(f[len(f)-1])] {
		return b, ""
	}
	// A role is five words at most.
	for i := max(1, len(f)-5); i < len(f); i++ {
		comma := strings.HasSuffix(f[i-1], ",")
		opens := agencyInitials[f[i]] || publicationNouns[strings.ToLower(f[i])]
		if !comma && (i < 2 || !opens) || !allCapitalised(f[i:]) {
			continue
		}
		name = strings.TrimRight(strings.Join(f[:i], " "), ",")
		if allRoles(name) || !allCapitalised(f[:1]) {
			return b, ""
		}
		return name, strings.Join(f[i:], " ")
	}
	return b, ""
}

// allCapitalised reports whether every word opens with a capital letter.
func allCapitalised(words []string) bool {
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// roleOutlet returns the outlet a role names, when the words before its last are all
// agency initials or publication nouns: "Associated Press Writer" gives "Associated
// Press"; "AP Science Writer" gives "".
func roleOutlet(role string) string {
	f := strings.Fields(role)
	if len(f) < 2 {
		return ""
	}
	for _, w := range f[:len(f)-1] {
		if !agencyInitials[w] && !publicationNouns[strings.ToLower(w)] {
			return ""
		}
	}
	return strings.Join(f[:len(f)-1], " ")
}

// agencyInitials are the news agencies and networks whose initials bylines carry after
// a name: "Justin Hyde AP Auto Writer".
var agencyInitials = map[string]bool{"AP": true, "UPI": true, "AFP": true, "DPA": true, "NYT": true,
	"BBC": true, "CNN": true, "ABC": true, "CBS": true, "NBC": true, "NPR": true}

// nameCase writes one word of a name in capitals with an initial capital (see
// tidyByline).
func nameCase(w string) string {
	if strings.Trim(w, "IVX") == "" {
		return w
	}
	if !shouted(w) {
		// Capitals keep a name's own small letters: "DePALMA" is DePalma, "McDONALD"
		// McDonald.
		i := strings.LastIndexFunc(w, unicode.IsLower)
		if rest := w[i+1:]; i >= 0 && shouted(rest) && len(rest) >= 3 {
			return w[:i+1] + nameCase(rest)
		}
		return w
	}
	var b strings.Builder
	upper := true
	for i, r := range w {
		if upper {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		// A new part starts after a hyphen, and after the apostrophe of O' or D'.
		upper = r == '-' || (r == '\'' || r == '’') && i == 1
	}
	return b.String()
}
