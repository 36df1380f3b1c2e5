package clean

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// Photo credits are recognised by shape, not by name: a credit is a short line whose
// parts, split at "/" and "via", are each either a run of agency or photo vocabulary
// ("AP Photo", "Getty Images", "Bloomberg") or a personal name ("Alex Brandon"), with at
// least one agency part; or a line led by a photo label ("Photo:", "Image copyright").

// agencyCore are words that on their own mark a photo agency or photo label.
var agencyCore = wordSet(`ap afp reuters getty bloomberg epa epa-efe shutterstock pool photo
	photos photograph photographs photography pictures picture image images xinhua upi dpa
	sipa zuma nurphoto corbis alamy istock istockphoto tns rex anadolu kyodo yonhap aap ansa
	handout associated abaca polaris redux newscom efe imagn`)

// agencyExtra are words that may appear inside an agency credit without marking one.
var agencyExtra = wordSet(`the press via usa wire staff file contributor agency news images
	service services ltd inc llc photographer courtesy of and`)

// nameConnectors may appear between the capitalised words of a personal name.
var nameConnectors = wordSet(`de da di del della der den van von la le du bin al y st. jr. sr. ii iii iv`)

var (
	// photoLabel matches a line led by a photo label: "Photo: Reuters", "Image copyright
	// Getty Images", "Photo by Jane Doe", "Credit: ...".
	photoLabel = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^[(\[]?(photo|photos|photograph|picture|image|media|video|credit|photo credit|image credit|image source)\s*(:|\bby\b|\bcopyright\b|\bcredit\b|\bsource\b|©)`)
	})
	// fileLabel matches "File photo", "(File)", "Handout photo" and the like.
	fileLabel = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^[(\[]?(file|file photo|handout|handout photo|stock photo|photo illustration)[)\]]?\.?$`)
	})
	// trailingParen captures a parenthesised group at the very end of a paragraph.
	trailingParen = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\(([^()]{2,100})\)\s*$`) })
)

// wordSet builds a set from a space-separated list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// isCredit reports whether line is a photo credit and nothing else.
func isCredit(line string) bool {
	if wordCount(line) > 14 || endsWithPeriodSentence(line) {
		return false
	}
	if fileLabel().MatchString(line) {
		return true
	}
	if photoLabel().MatchString(line) {
		return wordCount(line) <= 10
	}
	s := strings.Trim(line, "()[] ")
	parts := creditParts(s)
	agency := 0
	for _, p := range parts {
		switch {
		case isAgency(p):
			agency++
		case !isName(p):
			return false
		}
	}
	if agency == 0 {
		return false
	}
	// A lone agency word ("Reuters") is a credit; a lone name is not.
	return len(parts) > 1 || agency == 1
}

// isStrongCredit is a credit with a slash, "via" or a photo label: the forms that may
// close a caption without being mistaken for a wire tag such as "(Reuters)".
func isStrongCredit(s string) bool {
	if !isCredit(s) {
		return false
	}
	l := strings.ToLower(s)
	return strings.Contains(s, "/") || strings.Contains(l, " via ") ||
		photoLabel().MatchString(s) || fileLabel().MatchString(s) ||
		strings.Contains(l, "photo") || strings.Contains(l, "getty") || strings.Contains(l, "image")
}

// endsWithPeriodSentence reports whether s reads as a sentence ("... said."), which a
// credit never does; initials such as "J." are not sentence ends.
func endsWithPeriodSentence(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	f := fields(s)
	last := trimPunct(f[len(f)-1])
	return len([]rune(last)) > 2 && wordCount(s) > 3
}

// creditParts splits a credit at slashes, " via ", "|" and ";".
func creditParts(s string) []string {
	s = strings.NewReplacer(" via ", "/", " Via ", "/", " VIA ", "/", "|", "/", ";", "/", " - ", "/").Replace(s)
	var parts []string
	for _, p := range strings.Split(s, "/") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}

// isAgency reports whether every word of p is agency vocabulary and one is a core word.
func isAgency(p string) bool {
	core := false
	for _, w := range fields(p) {
		w = strings.ToLower(strings.Trim(w, ",.:()"))
		switch {
		case agencyCore[w]:
			core = true
		case agencyExtra[w]:
		default:
			return false
		}
	}
	return core
}

// isName reports whether p looks like a personal name: one to five capitalised words
// (initials and particles allowed), no digits.
func isName(p string) bool {
	f := fields(p)
	if len(f) == 0 || len(f) > 5 || hasDigit(p) {
		return false
	}
	caps := 0
	for _, w := range f {
		switch {
		case nameConnectors[strings.ToLower(w)]:
		case isCapitalized(w) && !strings.ContainsFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r)
		}):
			caps++
		default:
			return false
		}
	}
	return caps > 0
}

// captionReason says whether a paragraph is a photo caption: it ends with a
// parenthesised credit ("... (AP Photo/Alex Brandon)") or its last sentence is a credit
// ("... in Washington. Alex Brandon/AP"), or it is led by an image label.
func captionReason(p string) string {
	if m := trailingParen().FindStringSubmatch(p); m != nil && isStrongCredit(m[1]) {
		return reasonCaption
	}
	if i := strings.LastIndex(p, ". "); i > 0 && isStrongCredit(p[i+2:]) {
		return reasonCaption
	}
	l := strings.ToLower(p)
	if strings.HasPrefix(l, "image caption") || strings.HasPrefix(l, "media caption") ||
		strings.HasPrefix(l, "photo caption") || strings.HasPrefix(l, "caption:") {
		return reasonCaption
	}
	return ""
}
