package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minSpeechWords is the fewest words a fragment quoted inside the writer's sentence
// needs to stand as speech on its own. A quoted word or two there ("sanctuary", "witch
// hunt", "weak") is most often the writer marking a term (a scare quote, a borrowed
// label) and is a quotation only when its sentence attributes it to someone: a speech
// verb before it that governs it ("said he was 'disappointed'", "called the storm
// 'historic'", "described by forecasters as 'historic'"), or an attribution tag right
// after it (“'devastated,' a friend said”). A cue that starts a new clause after it
// (“'weak,' Trump on Tuesday said he was…”) does not attribute it, and no speaker is
// carried over from an earlier quotation: unattributed, the term stays writer's text.
// This follows the distinction news style and quotation annotation draw between partial
// quotations and scare quotes (Pareti, "A Database of Attribution Relations", LREC
// 2012: a quotation needs a source and a cue).
const minSpeechWords = 3

// isTerm reports whether a partial quotation is too short to be speech on its own.
func isTerm(text string) bool { return len(normWords(text)) < minSpeechWords }

// termCue attributes a quoted term: the speech verb before it since the last quoted
// span, else before it in its sentence (so "called it 'reckless' and 'cruel'"
// attributes both), else a tag after it; noCue when none.
func termCue(before, sentence, after []token) cue {
	if c := cueBefore(before); c.kind != noCue {
		return c
	}
	if c := cueBefore(sentence); c.kind != noCue {
		return c
	}
	if c := cueAfter(after); c.kind != noCue && isTag(after, c) {
		return c
	}
	return cue{}
}

// isTag reports whether the cue read after a quotation is an attribution tag that ends
// its clause (", a friend said." / ", said Smith, who…" / ", she said on Monday")
// rather than the start of a new clause with its own object (", Trump said he was…").
func isTag(after []token, c cue) bool {
	last := -1 // the last token of the tag: the verb or the subject, whichever is later
	for k, t := range after {
		if t.lower() == c.verb || c.verb == "according to" && t.lower() == "to" {
			last = max(last, k)
			break
		}
	}
	if len(c.words) > 0 {
		end := c.words[len(c.words)-1].pos
		for k, t := range after {
			if t.pos == end {
				last = max(last, k)
			}
		}
	}
	if last < 0 {
		return false
	}
	rest := after[last+1:]
	return len(rest) == 0 || rest[0].punct || prepositions[rest[0].lower()]
}

// titleSmallWords may stand in lower case inside a title ("A Charge to Keep").
var titleSmallWords = set(`a an the of to in on at by for from with and or but nor as vs`)

// sentenceWords make a clause, which a title of a work or a thing's name seldom is:
// "That's Marcus." is speech.
var sentenceWords = set(`i we you he she they it's that's there's he's she's i'm we're you're
they're is are was were am don't doesn't didn't can't won't isn't wasn't`)

// isTitle reports whether quoted text is the title of a work or the name of a thing
// ("The Wedding Singer", "A Charge to Keep", "Star Wars"), not speech: two to eight
// words, each capitalised but the small ones, with no sentence inside and none of the
// words that make a clause ("That's Marcus."), or up to twelve with a subtitle after a
// colon, which may hold a clause. A single capitalised word is left to
// the other rules: it is as often an exclamation ("Never," she said).
func isTitle(text string) bool {
	text = strings.TrimRight(strings.TrimSpace(text), ",:")
	words := strings.Fields(text)
	// a title and its subtitle ("Star Wars: Episode I -- The Phantom Menace", "Varicella
	// Vaccine: Is It a Travel Immunization?") may hold a clause and end on a question
	subtitled := false
	for _, w := range words[:max(len(words)-1, 0)] {
		subtitled = subtitled || strings.HasSuffix(w, ":")
	}
	body := strings.TrimRight(text, ".")
	if subtitled {
		body = strings.TrimRight(body, "?")
	}
	if strings.ContainsAny(body, ".!?;") {
		return false
	}
	if len(words) < 2 || len(words) > 8 && !(subtitled && len(words) <= 12) {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "--" || w == "—" || w == "–":
		case !subtitled && sentenceWords[strings.ToLower(strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,:"))]:
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case i > 0 && titleSmallWords[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return true
}
