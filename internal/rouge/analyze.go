package rouge

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed wordnet_exc.txt
var wordnetExcData string

//go:embed smart_stopwords.txt
var smartStopwordData string

// parseTable reads "key value" lines, skipping blank lines and # comments.
func parseTable(data string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) == 1 {
			m[f[0]] = ""
		} else {
			m[f[0]] = f[1]
		}
	}
	return m
}

var (
	defaultExcOnce sync.Once
	defaultExc     map[string]string // read-only once built
)

// embeddedExceptions is the parsed embedded table, shared and never modified.
func embeddedExceptions() map[string]string {
	defaultExcOnce.Do(func() { defaultExc = parseTable(wordnetExcData) })
	return defaultExc
}

// WordNetExceptions returns a fresh copy of the embedded WordNet 3.0 exception table
// (inflected form -> base form) that -m consults before stemming.
func WordNetExceptions() map[string]string { return parseTable(wordnetExcData) }

// SMARTStopwords returns the SMART stop word list that -s removes.
func SMARTStopwords() []string {
	var out []string
	for k := range parseTable(smartStopwordData) {
		out = append(out, k)
	}
	return out
}

// Tokenize splits text as ROUGE-1.5.5 does after reading: ASCII letters are lower-cased
// and every byte other than [a-z0-9] separates tokens (hyphens included).
func Tokenize(text string) []string {
	var out []string
	start := -1
	var buf []byte
	for i := 0; i <= len(text); i++ {
		var c byte
		if i < len(text) {
			c = text[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
		}
		if i < len(text) && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			if start < 0 {
				start = i
				buf = buf[:0]
			}
			buf = append(buf, c)
			continue
		}
		if start >= 0 {
			out = append(out, string(buf))
			start = -1
		}
	}
	return out
}

// analyzer turns tokens into interned term ids after stop word removal and stemming,
// caching the stem of every distinct token. It is safe for concurrent use.
type analyzer struct {
	stem       bool
	stop       map[string]bool
	exceptions map[string]string

	mu    sync.Mutex
	ids   map[string]uint32 // token -> id of its analysed form (0: dropped)
	terms map[string]uint32 // analysed form -> id
}

func newAnalyzer(opt Options) *analyzer {
	a := &analyzer{stem: opt.Stem, ids: map[string]uint32{}, terms: map[string]uint32{}}
	if opt.RemoveStop {
		words := opt.Stopwords
		if words == nil {
			words = SMARTStopwords()
		}
		a.stop = make(map[string]bool, len(words))
		for _, w := range words {
			a.stop[w] = true
		}
	}
	if opt.Stem {
		a.exceptions = opt.Exceptions
		if a.exceptions == nil {
			a.exceptions = embeddedExceptions()
		}
	}
	return a
}

// morphStem is ROUGE-1.5.5's MorphStem: the WordNet exception table first, then Porter.
func (a *analyzer) morphStem(tok string) string {
	if base, ok := a.exceptions[tok]; ok {
		return base
	}
	return porterStem(tok)
}

// analyse maps one token to its term id, or 0 when it is a stop word.
func (a *analyzer) analyse(tok string) uint32 {
	a.mu.Lock()
	defer a.mu.Unlock()
	if id, ok := a.ids[tok]; ok {
		return id
	}
	var id uint32
	if !a.stop[tok] {
		form := tok
		if a.stem && len(tok) > 3 {
			form = a.morphStem(tok)
		}
		id = a.terms[form]
		if id == 0 {
			id = uint32(len(a.terms) + 1)
			a.terms[form] = id
		}
	}
	a.ids[tok] = id
	return id
}

// terms tokenises and analyses text, dropping stop words.
func (a *analyzer) termIDs(text string) []uint32 {
	var out []uint32
	for _, t := range Tokenize(text) {
		if id := a.analyse(t); id != 0 {
			out = append(out, id)
		}
	}
	return out
}
