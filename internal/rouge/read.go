package rouge

import (
	"regexp"
	"strings"
	"sync"

	"github.com/storyline-news/storyline/internal/news"
)

// Input formats of ROUGE-1.5.5's INPUT-FORMAT TYPE.
const (
	FormatSEE = "SEE" // ROUGE's HTML: <a name="N">[N]</a> <a href="#N" id=N>sentence</a>
	FormatSPL = "SPL" // one sentence per line
	FormatISI = "ISI" // <S SNTNO="N">sentence</S>
)

// perlSpace is Perl's \s on byte strings (5.18 and later).
const perlSpace = "[\t\n\v\f\r ]"

var (
	reSEESize = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^<a size="[0-9]+" name="[0-9]+">\[([0-9]+)\]</a>` + perlSpace + `+<a href="#[0-9]+" id=[0-9]+>([^<]+)`)
	})
	reSEE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^<a name="[0-9]+">\[([0-9]+)\]</a>` + perlSpace + `+<a href="#[0-9]+" id=[0-9]+>([^<]+)`)
	})
	reISI = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^<S SNTNO="[0-9a-z,]+">([^<]+)</S>`) })
)

// normalizeFormat returns the canonical name of an input format, matched without case.
func normalizeFormat(f string) (string, bool) {
	switch strings.ToUpper(f) {
	case FormatSEE:
		return FormatSEE, true
	case FormatSPL:
		return FormatSPL, true
	case FormatISI:
		return FormatISI, true
	}
	return "", false
}

// ReadSentences extracts the sentences of a summary file in the given format, lower-cased
// (ASCII only) as ROUGE-1.5.5 reads them. source names the file in errors.
func ReadSentences(data []byte, format, source string) ([]string, error) {
	f, ok := normalizeFormat(format)
	if !ok {
		return nil, news.Errorf(news.Unsupported, source, "read summary: unknown input format %q", format)
	}
	lines := strings.SplitAfter(string(data), "\n")
	var out []string
	for _, line := range lines {
		var text string
		switch f {
		case FormatSPL:
			text = strings.TrimSuffix(line, "\n")
			if text == "" {
				continue
			}
		case FormatSEE:
			m := reSEESize().FindStringSubmatch(line)
			if m == nil {
				m = reSEE().FindStringSubmatch(line)
			}
			if m == nil {
				continue
			}
			text = m[2]
		case FormatISI:
			m := reISI().FindStringSubmatch(line)
			if m == nil {
				continue
			}
			text = m[1]
		}
		out = append(out, asciiLower(text))
	}
	return out, nil
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isPerlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// perlSplit is Perl's split(/\s+/, s): a leading empty field when s starts with white
// space, no trailing empty fields.
func perlSplit(s string) []string {
	var out []string
	i := 0
	for i <= len(s) {
		j := i
		for j < len(s) && !isPerlSpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		for j < len(s) && isPerlSpace(s[j]) {
			j++
		}
		if j >= len(s) {
			break
		}
		i = j
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// cutText applies -l/-b to a summary's sentences the way ROUGE-1.5.5's readText does,
// for the n-gram metrics: the kept text as one string.
func cutText(sents []string, words, bytes int) string {
	switch {
	case words > 0:
		return cutJoined(sents, words, func(s string) int { return len(perlSplit(s)) },
			func(s string, n int) string { return strings.Join(perlSplit(s)[:n], " ") })
	case bytes > 0:
		return cutJoined(sents, bytes, func(s string) int { return len(s) },
			func(s string, n int) string { return s[:n] })
	}
	return strings.Join(sents, " ")
}

// cutJoined joins sentences while their total size stays under limit, then the first
// limit-minus-so-far units of the sentence that reaches it (size and cut count in words
// or bytes).
func cutJoined(sents []string, limit int, size func(string) int, cut func(string, int) string) string {
	var b strings.Builder
	n := 0
	for _, s := range sents {
		k := size(s)
		if n+k < limit {
			if n != 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
			n += k
			continue
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(cut(s, limit-n))
		break
	}
	return b.String()
}

// cutSentences applies -l/-b the way ROUGE-1.5.5's readText_LCS does, keeping the
// sentences apart for ROUGE-L and ROUGE-W. Its byte cut-off never counts the bytes
// already kept, so every sentence shorter than the limit is kept whole until one is
// not; this reproduces that.
func cutSentences(sents []string, words, bytes int) []string {
	var out []string
	switch {
	case words > 0:
		n := 0
		for _, s := range sents {
			toks := perlSplit(s)
			if n+len(toks) < words {
				n += len(toks)
				out = append(out, s)
				continue
			}
			out = append(out, strings.Join(toks[:words-n], " "))
			break
		}
	case bytes > 0:
		for _, s := range sents {
			if len(s) < bytes {
				out = append(out, s)
				continue
			}
			out = append(out, s[:bytes])
			break
		}
	default:
		out = sents
	}
	return out
}
