package text

// This file implements the English (Porter2) Snowball stemmer from its published
// description (Martin Porter, "The English (Porter2) stemming algorithm",
// snowballstem.org/algorithms/english/stemmer.html). It works on ASCII bytes in a
// small buffer; a word with any byte outside a-z, ' and - is returned unchanged
// because the algorithm is defined for English letters only.

// Stem returns the stem of one lower-case word by the English (Porter2) Snowball
// algorithm. Words of two letters or fewer, and words with characters other than
// a-z, apostrophe and hyphen, are returned unchanged.
func Stem(word string) string {
	var buf [64]byte
	if len(word) > len(buf) {
		return word
	}
	out := appendStem(buf[:0], word)
	if string(out) == word {
		return word
	}
	return string(out)
}

// appendStem appends the stem of word to dst.
func appendStem(dst []byte, word string) []byte {
	if s, ok := exception1(word); ok {
		return append(dst, s...)
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if (c < 'a' || c > 'z') && c != '\'' && c != '-' {
			return append(dst, word...)
		}
	}
	if len(word) < 3 {
		return append(dst, word...)
	}
	start := len(dst)
	dst = append(dst, word...)
	w := stemmer{b: dst[start:]}
	w.run()
	return append(dst[:start], w.b...)
}

// stemmer holds the word being stemmed and its regions.
type stemmer struct {
	b      []byte
	r1, r2 int
}

func (w *stemmer) run() {
	w.prelude()
	if len(w.b) < 3 {
		w.postlude()
		return
	}
	w.markRegions()
	w.step0()
	w.step1a()
	if len(w.b) == 0 || isException2(w.b) {
		w.postlude()
		return
	}
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	w.postlude()
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// prelude removes an initial apostrophe and marks consonant y as Y.
func (w *stemmer) prelude() {
	if len(w.b) > 0 && w.b[0] == '\'' {
		w.b = w.b[1:]
	}
	for i := range w.b {
		if w.b[i] == 'y' && (i == 0 || isVowel(w.b[i-1])) {
			w.b[i] = 'Y'
		}
	}
}

func (w *stemmer) postlude() {
	for i := range w.b {
		if w.b[i] == 'Y' {
			w.b[i] = 'y'
		}
	}
}

// markRegions sets R1 and R2: each is the region after the first non-vowel that
// follows a vowel, R2 counted inside R1.
func (w *stemmer) markRegions() {
	w.r1 = len(w.b)
	switch {
	case hasPrefix(w.b, "gener"), hasPrefix(w.b, "arsen"):
		w.r1 = 5
	case hasPrefix(w.b, "commun"):
		w.r1 = 6
	default:
		w.r1 = regionAfter(w.b, 0)
	}
	w.r2 = regionAfter(w.b, w.r1)
}

func regionAfter(b []byte, from int) int {
	for i := from + 1; i < len(b); i++ {
		if !isVowel(b[i]) && isVowel(b[i-1]) {
			return i + 1
		}
	}
	return len(b)
}

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func (w *stemmer) ends(s string) bool {
	return len(w.b) >= len(s) && string(w.b[len(w.b)-len(s):]) == s
}

// inR1 and inR2 report whether a suffix of length n lies in the region.
func (w *stemmer) inR1(n int) bool { return len(w.b)-n >= w.r1 }
func (w *stemmer) inR2(n int) bool { return len(w.b)-n >= w.r2 }

// replace swaps a suffix of length n for r.
func (w *stemmer) replace(n int, r string) {
	w.b = append(w.b[:len(w.b)-n], r...)
}

// hasVowelBefore reports whether b[:end] contains a vowel.
func hasVowelBefore(b []byte, end int) bool {
	for i := 0; i < end; i++ {
		if isVowel(b[i]) {
			return true
		}
	}
	return false
}

// shortSyllableAt reports whether b[:end] ends in a short syllable.
func shortSyllableAt(b []byte, end int) bool {
	if end == 2 {
		return isVowel(b[0]) && !isVowel(b[1])
	}
	if end < 3 {
		return false
	}
	c := b[end-1]
	return !isVowel(b[end-3]) && isVowel(b[end-2]) && !isVowel(c) && c != 'w' && c != 'x' && c != 'Y'
}

func (w *stemmer) isShort() bool {
	return w.r1 >= len(w.b) && shortSyllableAt(w.b, len(w.b))
}

func (w *stemmer) step0() {
	for _, s := range [...]string{"'s'", "'s", "'"} {
		if w.ends(s) {
			w.replace(len(s), "")
			return
		}
	}
}

func (w *stemmer) step1a() {
	switch {
	case w.ends("sses"):
		w.replace(2, "")
	case w.ends("ied"), w.ends("ies"):
		if len(w.b) > 4 {
			w.replace(3, "i")
		} else {
			w.replace(3, "ie")
		}
	case w.ends("us"), w.ends("ss"):
	case w.ends("s"):
		if hasVowelBefore(w.b, len(w.b)-2) {
			w.replace(1, "")
		}
	}
}

func (w *stemmer) step1b() {
	for _, s := range [...]string{"eedly", "eed"} {
		if w.ends(s) {
			if w.inR1(len(s)) {
				w.replace(len(s), "ee")
			}
			return
		}
	}
	var n int
	for _, s := range [...]string{"ingly", "edly", "ing", "ed"} {
		if w.ends(s) {
			n = len(s)
			break
		}
	}
	if n == 0 || !hasVowelBefore(w.b, len(w.b)-n) {
		return
	}
	w.replace(n, "")
	switch {
	case w.ends("at"), w.ends("bl"), w.ends("iz"):
		w.b = append(w.b, 'e')
	case w.endsDouble():
		w.b = w.b[:len(w.b)-1]
	case w.isShort():
		w.b = append(w.b, 'e')
	}
}

func (w *stemmer) endsDouble() bool {
	n := len(w.b)
	if n < 2 || w.b[n-1] != w.b[n-2] {
		return false
	}
	switch w.b[n-1] {
	case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't':
		return true
	}
	return false
}

func (w *stemmer) step1c() {
	n := len(w.b)
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !isVowel(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

// rule is one suffix rule of steps 2 to 4: a suffix and its replacement.
type rule struct{ suffix, repl string }

var step2Rules = [...]rule{
	{"ization", "ize"}, {"ational", "ate"}, {"fulness", "ful"}, {"ousness", "ous"},
	{"iveness", "ive"}, {"tional", "tion"}, {"biliti", "ble"}, {"lessli", "less"},
	{"entli", "ent"}, {"ation", "ate"}, {"alism", "al"}, {"aliti", "al"}, {"ousli", "ous"},
	{"iviti", "ive"}, {"fulli", "ful"}, {"enci", "ence"}, {"anci", "ance"}, {"abli", "able"},
	{"izer", "ize"}, {"ator", "ate"}, {"alli", "al"}, {"bli", "ble"}, {"ogi", "og"},
	{"li", ""},
}

func (w *stemmer) step2() {
	last := w.b[len(w.b)-1]
	for _, r := range step2Rules {
		if r.suffix[len(r.suffix)-1] != last || !w.ends(r.suffix) {
			continue
		}
		if !w.inR1(len(r.suffix)) {
			return
		}
		prev := byte(0)
		if i := len(w.b) - len(r.suffix) - 1; i >= 0 {
			prev = w.b[i]
		}
		switch r.suffix {
		case "ogi":
			if prev != 'l' {
				return
			}
		case "li":
			if !validLi(prev) {
				return
			}
		}
		w.replace(len(r.suffix), r.repl)
		return
	}
}

func validLi(c byte) bool {
	switch c {
	case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
		return true
	}
	return false
}

var step3Rules = [...]rule{
	{"ational", "ate"}, {"tional", "tion"}, {"alize", "al"}, {"icate", "ic"},
	{"iciti", "ic"}, {"ative", ""}, {"ical", "ic"}, {"ness", ""}, {"ful", ""},
}

func (w *stemmer) step3() {
	last := w.b[len(w.b)-1]
	for _, r := range step3Rules {
		if r.suffix[len(r.suffix)-1] != last || !w.ends(r.suffix) {
			continue
		}
		if !w.inR1(len(r.suffix)) || (r.suffix == "ative" && !w.inR2(len(r.suffix))) {
			return
		}
		w.replace(len(r.suffix), r.repl)
		return
	}
}

var step4Suffixes = [...]string{
	"ement", "able", "ible", "ance", "ence", "ment", "ant", "ent", "ism", "ate",
	"iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
}

func (w *stemmer) step4() {
	last := w.b[len(w.b)-1]
	for _, s := range step4Suffixes {
		if s[len(s)-1] != last || !w.ends(s) {
			continue
		}
		if !w.inR2(len(s)) {
			return
		}
		if s == "ion" {
			i := len(w.b) - 4
			if i < 0 || (w.b[i] != 's' && w.b[i] != 't') {
				return
			}
		}
		w.replace(len(s), "")
		return
	}
}

func (w *stemmer) step5() {
	n := len(w.b)
	switch {
	case w.ends("e"):
		if w.inR2(1) || (w.inR1(1) && !shortSyllableAt(w.b, n-1)) {
			w.b = w.b[:n-1]
		}
	case w.ends("l"):
		if w.inR2(1) && n > 1 && w.b[n-2] == 'l' {
			w.b = w.b[:n-1]
		}
	}
}

// exception1 returns the stem of a word the algorithm lists as a special case.
func exception1(word string) (string, bool) {
	switch word {
	case "skis":
		return "ski", true
	case "skies":
		return "sky", true
	case "dying":
		return "die", true
	case "lying":
		return "lie", true
	case "tying":
		return "tie", true
	case "idly":
		return "idl", true
	case "gently":
		return "gentl", true
	case "ugly":
		return "ugli", true
	case "early":
		return "earli", true
	case "only":
		return "onli", true
	case "singly":
		return "singl", true
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes":
		return word, true
	}
	return "", false
}

// isException2 reports the words left alone after step 1a.
func isException2(b []byte) bool {
	switch string(b) {
	case "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed":
		return true
	}
	return false
}
