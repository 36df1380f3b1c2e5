package text

import (
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Sentences splits every paragraph of every article into sentences and fills in their
// word counts and terms. Index counts sentences across the whole article. A paragraph
// that is only a dateline ("WASHINGTON (AP) --") is not a sentence: it is prefixed,
// with one space, to the first sentence of the next paragraph, whose Paragraph it takes.
func Sentences(articles []news.Article) []news.Sentence {
	var out []news.Sentence
	var spans []span
	for a, art := range articles {
		index := 0
		pending := ""
		for pi, para := range art.Paragraphs {
			if isDateline(para) {
				pending = joinDateline(pending, strings.TrimSpace(para))
				continue
			}
			spans = splitSpans(para, spans[:0])
			for _, sp := range spans {
				t := unbullet(para[sp.start:sp.end])
				if pending != "" {
					t, pending = pending+" "+t, ""
				}
				out = append(out, news.Sentence{
					Article: a, Paragraph: pi, Index: index, Text: t,
					Words: WordCount(t), Terms: Terms(t),
				})
				index++
			}
		}
	}
	return out
}

// itemMarks are the bullets a sentence may open with, and the wire's "--".
var itemMarks = append([]string{"--"}, bullets[:]...)

// unbullet drops the list bullet that opens a sentence ("-- Nov. 29, 1962: The first
// test flight ..."), which Split keeps so that its parts re-join into the paragraph.
// A list number ("3) ...") stays: it may be part of what the item says.
func unbullet(t string) string {
	for _, mark := range itemMarks {
		if rest, ok := strings.CutPrefix(t, mark); ok && strings.HasPrefix(rest, " ") {
			if rest = strings.TrimLeft(rest, " "); rest != "" {
				return rest
			}
			return t
		}
	}
	return t
}

func joinDateline(pending, d string) string {
	if pending == "" {
		return d
	}
	return pending + " " + d
}

// isDateline reports whether a paragraph is only a dateline: a short run of words that
// starts with a word in capitals and ends with a dash, such as "WASHINGTON (AP) --",
// "ST. LOUIS, Mo. (Reuters) -" or "LONDON —".
func isDateline(para string) bool {
	p := strings.TrimSpace(para)
	if p == "" || len(p) > 80 {
		return false
	}
	fields := strings.Fields(p)
	last := fields[len(fields)-1]
	switch last {
	case "—", "--", "–", "-", "_":
	default:
		return false
	}
	if len(fields) < 2 || len(fields) > 9 {
		return false
	}
	first := strings.TrimRight(fields[0], ",.")
	return len(first) >= 2 && isUpperWord(first)
}
