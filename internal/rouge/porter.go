package rouge

import (
	"regexp"
	"strings"
	"sync"
)

// The measure tests of ROUGE-1.5.5's Porter stemmer. "y" counts as a vowel inside a
// word; an initial "y" is upper-cased first so that it never does.
const (
	porterC = "[^aeiou][^aeiouy]*" // consonant sequence
	porterV = "[aeiouy][aeiou]*"   // vowel sequence
)

var (
	reMgr0 = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^(" + porterC + ")?" + porterV + porterC) })
	reMeq1 = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("^(" + porterC + ")?" + porterV + porterC + "(" + porterV + ")?$")
	})
	reMgr1 = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile("^(" + porterC + ")?" + porterV + porterC + porterV + porterC)
	})
	reHasV = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^(" + porterC + ")?[aeiouy]") })
	reCVC  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^" + porterC + "[aeiouy][^aeiouwxy]$") })
)

type suffixRule struct{ suffix, repl string }

var step2Rules = []suffixRule{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
	{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
	{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
	{"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	{"logi", "log"},
}

var step3Rules = []suffixRule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

var step4Suffixes = []string{
	"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
}

// longestSuffix returns the longest of suffixes that w ends with, as a Perl alternation
// anchored at the end finds it, and its index (-1 if none).
func longestSuffix(w string, n int, suffix func(int) string) int {
	best := -1
	for i := 0; i < n; i++ {
		s := suffix(i)
		if strings.HasSuffix(w, s) && (best < 0 || len(s) > len(suffix(best))) {
			best = i
		}
	}
	return best
}

// porterStem is ROUGE-1.5.5's Porter stemmer, including its change to step 4 (a word in
// -ement is tried for -ement, then -ment, then -ent, each on the result of the last).
func porterStem(w string) string {
	if len(w) < 3 {
		return w
	}
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:]
	}
	w = porterStep1(w)
	w = porterStep23(w)
	w = porterStep4(w)
	w = porterStep5(w)
	if initialY && w != "" && w[0] == 'Y' {
		w = "y" + w[1:]
	}
	return w
}

func porterStep1(w string) string {
	switch {
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ies"):
		w = w[:len(w)-2]
	case len(w) >= 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's':
		w = w[:len(w)-1]
	}
	if strings.HasSuffix(w, "eed") {
		if reMgr0().MatchString(w[:len(w)-3]) {
			w = w[:len(w)-1]
		}
	} else if stem, ok := cutSuffixes(w, "ed", "ing"); ok && reHasV().MatchString(stem) {
		w = stem
		n := len(w)
		switch {
		case strings.HasSuffix(w, "at") || strings.HasSuffix(w, "bl") || strings.HasSuffix(w, "iz"):
			w += "e"
		case n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])):
			w = w[:n-1]
		case reCVC().MatchString(w):
			w += "e"
		}
	}
	if strings.HasSuffix(w, "y") && reHasV().MatchString(w[:len(w)-1]) {
		w = w[:len(w)-1] + "i"
	}
	return w
}

func cutSuffixes(w string, suffixes ...string) (string, bool) {
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)], true
		}
	}
	return w, false
}

func porterStep23(w string) string {
	for _, rules := range [][]suffixRule{step2Rules, step3Rules} {
		i := longestSuffix(w, len(rules), func(i int) string { return rules[i].suffix })
		if i >= 0 {
			stem := w[:len(w)-len(rules[i].suffix)]
			if reMgr0().MatchString(stem) {
				w = stem + rules[i].repl
			}
		}
	}
	return w
}

func porterStep4(w string) string {
	if i := longestSuffix(w, len(step4Suffixes), func(i int) string { return step4Suffixes[i] }); i >= 0 {
		if stem := w[:len(w)-len(step4Suffixes[i])]; reMgr1().MatchString(stem) {
			w = stem
		}
	}
	if stem, ok := strings.CutSuffix(w, "ment"); ok && reMgr1().MatchString(stem) {
		w = stem
	}
	if stem, ok := strings.CutSuffix(w, "ent"); ok {
		if reMgr1().MatchString(stem) {
			w = stem
		}
	} else if strings.HasSuffix(w, "sion") || strings.HasSuffix(w, "tion") {
		if stem := w[:len(w)-3]; reMgr1().MatchString(stem) {
			w = stem
		}
	}
	return w
}

func porterStep5(w string) string {
	if stem, ok := strings.CutSuffix(w, "e"); ok {
		if reMgr1().MatchString(stem) || (reMeq1().MatchString(stem) && !reCVC().MatchString(stem)) {
			w = stem
		}
	}
	if strings.HasSuffix(w, "ll") && reMgr1().MatchString(w) {
		w = w[:len(w)-1]
	}
	return w
}
