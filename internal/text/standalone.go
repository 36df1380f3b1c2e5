package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A brief's sentences are read out of their articles, so each must make sense alone. These
// checks reject the kinds of sentence that do not: questions, fragments and headlines,
// sentences that open on a pronoun or a connective pointing back at text that is not there,
// quotations whose speaker is not named in the sentence, and the writer's own voice (I, we,
// you).

// openers are first words that refer back to a previous sentence.
var openers = boolSet(
	// pronouns and demonstratives whose antecedent is in the previous sentence
	"he", "she", "it", "they", "them", "him", "his", "her", "its", "their", "this", "these",
	"those", "that", "such", "both", "neither", "either",
	// connectives that continue an argument
	"but", "and", "or", "so", "yet", "however", "also", "still", "instead", "meanwhile",
	"moreover", "furthermore", "nevertheless", "nonetheless", "then", "thus", "therefore",
	"besides", "otherwise", "indeed", "additionally", "likewise", "similarly", "rather",
	"hence", "again", "later", "afterward", "afterwards", "conversely", "accordingly",
	"consequently", "regardless", "anyway", "plus", "further", "even", "though", "although",
)

// openerPhrases are multi-word openings with the same effect.
var openerPhrases = []string{
	"in addition", "as a result", "in the process", "for his part", "for her part",
	"for their part", "by contrast", "in contrast", "even so", "after that", "at the same time",
	"on the other hand", "in turn", "in response", "to that end", "that said", "as such",
	"in other words", "for example", "for instance", "the latter", "the former",
	"if so", "if not", "in that case", "even then", "by then", "at that point",
	// replies to a question the brief does not carry
	"yes,", "no,",
	"what's more", "what’s more", "what is more",
	// pointing forward at a list or a passage the brief does not carry
	"here's", "here’s", "here is", "here are",
}

// attributionVerbs attribute a quotation.
var attributionVerbs = boolSet(
	"said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
	"tweeted", "stated", "states", "declared", "declares", "noted", "notes", "explained",
	"argued", "argues", "insisted", "insists", "responded", "replied", "acknowledged",
	"announced", "warned", "warns", "predicted", "claimed", "claims", "recalled", "continued",
	"according", "called", "calls", "described", "described", "quoted", "urged", "vowed",
	"conceded", "admitted", "suggested", "reiterated", "testified", "remarked", "posted",
)

var pronounSpeakers = boolSet("he", "she", "they", "it", "i", "we", "you", "who")

// writerPerson are the words of a writer speaking as "I" or "we", or to the reader as
// "you": a column's voice, not a report's.
var writerPerson = boolSet("i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves",
	"you", "your", "yours", "yourself", "yourselves")

// StandsAlone reports whether a sentence can be read without its neighbours, in a brief
// or in a list of what one outlet alone reports.
func StandsAlone(text string) bool {
	text = Shown(strings.TrimSpace(text))
	if text == "" || !endsSentence(text) || opensBadly(text) || !bracketsBalanced(text) {
		return false
	}
	outside, quoted, balanced := splitQuotes(text)
	if !balanced {
		return false // part of a quotation that spans sentences
	}
	if pronounTag(outside) || quoted && !namedSpeaker(outside) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(outside)) {
		if writerPerson[strings.Trim(w, ".,;:!?()[]—–-")] {
			return false
		}
	}
	return !strings.Contains(text, "http://") && !strings.Contains(text, "https://")
}

// endsSentence reports whether text ends as a statement: with a full stop or an
// exclamation mark, possibly inside closing quotes or brackets. Questions, colons and
// unterminated lines (headlines, fragments) do not.
func endsSentence(text string) bool {
	trimmed := strings.TrimRightFunc(text, func(r rune) bool {
		return strings.ContainsRune("\"'”’)]»", r)
	})
	r, _ := utf8.DecodeLastRuneInString(trimmed)
	return r == '.' || r == '!'
}

func opensBadly(text string) bool {
	// an answer's label ("A: Yes, ...") is read past: what follows must open well
	for _, label := range []string{"A: ", "A. "} {
		text = strings.TrimPrefix(text, label)
	}
	body := strings.TrimLeftFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if body == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(body)
	if unicode.IsLower(first) {
		return true // a fragment cut from a longer sentence
	}
	lower := strings.ToLower(body)
	for _, p := range openerPhrases {
		if strings.HasPrefix(lower, p) && len(lower) > len(p) && !isLetter(lower[len(p)]) {
			return true
		}
	}
	if listItem(body) || boxLabel(body) {
		return true
	}
	end := strings.IndexFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if end < 0 {
		end = len(lower)
	}
	// A contraction opens on its pronoun: "He's been ...", "That's 50 times ...". Not
	// inside a quotation, whose speaker the sentence names ("“He’s not going
	// anywhere,” said another Sessions ally.").
	word := lower[:end]
	if body == text {
		word, _, _ = strings.Cut(strings.ReplaceAll(word, "’", "'"), "'")
	}
	return (openers[word] && !expletiveIt(lower)) || backReference(lower) || setOffConnective(lower) ||
		endsOnBackReference(lower)
}

// boxLabel reports a sentence opening on a label of two or more words in capitals and a
// colon, as the items of a fact box or a list of people do ("THE PACKAGE: Full-size,
// four-door ...", "AL COWLINGS: O.J. Simpson's friend ..."); a one-word label, such as a
// country's name over its paragraph of a roundup, is read past.
func boxLabel(body string) bool {
	label, _, ok := strings.Cut(body, ": ")
	if !ok || len(strings.Fields(label)) < 2 || len(label) > 40 {
		return false
	}
	return strings.ToUpper(label) == label && strings.IndexFunc(label, unicode.IsLetter) >= 0
}

// listItem reports a sentence numbered as an item of a list ("8. Being thrown into jobs
// without training."): the list's heading, which says what the items are, is elsewhere.
func listItem(body string) bool {
	i := 0
	for i < len(body) && i < 3 && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return i > 0 && i < 3 && i+1 < len(body) && (body[i] == '.' || body[i] == ')') && body[i+1] == ' '
}

// setOffConnectives point back at another sentence when set off by commas after the
// subject ("The radar, though, kept tracking the plane").
var setOffConnectives = boolSet("though", "however", "meanwhile", "moreover", "nevertheless",
	"nonetheless", "instead", "too", "also", "therefore", "thus", "furthermore", "likewise",
	"similarly", "in turn", "in contrast", "by contrast", "for example", "for instance")

// setOffConnective reports a connective between commas within the first seven words of a
// sentence.
func setOffConnective(lower string) bool {
	head := strings.Fields(lower)
	if len(head) > 7 {
		head = head[:7]
	}
	parts := strings.Split(strings.Join(head, " "), ",")
	for _, p := range parts[1:max(len(parts)-1, 1)] { // the parts between two commas
		if setOffConnectives[strings.TrimSpace(p)] {
			return true
		}
	}
	return false
}

// backNouns name an act or a moment that an earlier sentence described: "The decision
// was prompted by ...", "The move came after ..." say nothing without it.
var backNouns = boolSet(
	"decision", "move", "moment", "suggestion", "offer", "remark", "remarks", "comment",
	"comments", "statement", "announcement", "step", "request", "incident", "episode",
	"exchange", "development", "proposal", "revelation", "news", "idea", "claim",
	"accusation", "criticism", "outburst", "gesture", "snub", "rebuke",
)

// defining words, after such a noun, say which act it is: "The decision to ...", "The
// move by the court ...".
var defining = boolSet("to", "of", "by", "that", "for", "on", "in", "over", "against", "with",
	"about", "from", "at", "among", "between")

// backReference reports a sentence that opens on "the" and one of backNouns without
// saying which: the act is in a sentence the brief does not carry.
func backReference(lower string) bool {
	words := strings.Fields(lower)
	if len(words) < 3 || words[0] != "the" {
		return false
	}
	noun := strings.TrimRight(words[1], ",;:")
	if !backNouns[noun] {
		return false
	}
	return noun != words[1] || !defining[words[2]]
}

// endNouns name, at the end of a sentence, something an earlier sentence reported:
// "An official denied the report.", "... are claiming credit for the idea."
var endNouns = boolSet("report", "reports", "idea", "plan", "allegation", "allegations",
	"claim", "claims", "accusation", "accusations", "rumor", "rumors", "rumour", "rumours",
	"decision", "move", "proposal", "request", "requests", "offer", "remarks", "comments",
	"statement", "incident")

// endsOnBackReference reports a sentence that ends on "the" and one of endNouns that it
// has not named before, as the noun or its verb ("Sessions offered to resign, and Trump
// refused the offer" names it): the thing is in a sentence the brief does not carry.
// After "of" the noun is often defined by what comes before ("27 percent of the reports").
func endsOnBackReference(lower string) bool {
	words := strings.Fields(strings.TrimRight(lower, ".!\"'”’)"))
	n := len(words)
	if n < 3 || words[n-2] != "the" || !endNouns[words[n-1]] || words[n-3] == "of" {
		return false
	}
	stem := strings.TrimSuffix(words[n-1], "s")
	for _, w := range words[:n-2] {
		if strings.HasPrefix(strings.Trim(w, ",;:“\"‘'"), stem) {
			return false
		}
	}
	return true
}

// expletiveIt reports a sentence opening on an "it" that refers to nothing: "It is unclear
// when ...", "It's not known whether ...", "It was expected that ...".
func expletiveIt(lower string) bool {
	words := strings.Fields(lower)
	if len(words) < 4 {
		return false
	}
	switch words[0] {
	case "it's", "it’s":
		words = append([]string{"it", "is"}, words[1:]...)
	case "it":
	default:
		return false
	}
	switch words[1] {
	case "is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared":
	default:
		return false
	}
	for _, w := range words[2:min(len(words), 6)] {
		switch strings.Trim(w, ",") {
		case "that", "when", "whether", "how", "why", "what", "who", "if", "to":
			return true
		}
	}
	return false
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// splitQuotes returns the text outside double quotations, whether there was any quoted
// text, and whether the quotation marks pair up. It knows straight quotes, curly quotes,
// and the wire style of two single quotes (‘‘ ... ’’ or “ ... ”).
func splitQuotes(text string) (outside string, quoted, balanced bool) {
	var b strings.Builder
	depth := 0
	straight := false
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch {
		case r == '“' || (r == '‘' && next == '‘') || (r == '`' && next == '`'):
			if r != '“' {
				i++
			}
			depth++
			quoted = true
			b.WriteByte(' ')
		case r == '”' || (r == '’' && next == '’') || (r == '\'' && next == '\''):
			if r != '”' {
				i++
			}
			if depth == 0 {
				return "", true, false
			}
			depth--
		case r == '"':
			straight = !straight
			quoted = true
			b.WriteByte(' ')
		default:
			if depth == 0 && !straight {
				b.WriteRune(r)
			}
		}
	}
	return b.String(), quoted, depth == 0 && !straight
}

// pronounTag reports whether a sentence ends by giving its words to a pronoun ("..., he
// said."), whose referent is in another sentence: reported speech whose speaker the
// brief would lose.
func pronounTag(outside string) bool {
	words := strings.Fields(strings.ToLower(outside))
	n := len(words)
	if n < 3 {
		return false
	}
	a, b := strings.Trim(words[n-2], ",;—–-"), strings.Trim(words[n-1], ".!")
	return pronounSpeakers[a] && attributionVerbs[b] || attributionVerbs[a] && pronounSpeakers[b] // "he said", "said he"
}

// namedSpeaker reports whether the words outside a sentence's quotations attribute it to
// someone named in the sentence: a speech verb next to a name or a noun phrase, not only
// to a pronoun ("he said") whose referent is elsewhere.
func namedSpeaker(outside string) bool {
	words := strings.Fields(outside)
	for i, w := range words {
		v := strings.ToLower(strings.Trim(w, ".,;:!?()—–-"))
		if !attributionVerbs[v] {
			continue
		}
		if v == "according" {
			return true // "according to X"
		}
		prev, next := "", ""
		if i > 0 {
			prev = strings.ToLower(strings.Trim(words[i-1], ".,;:!?()—–-"))
		}
		if i+1 < len(words) {
			next = strings.ToLower(strings.Trim(words[i+1], ".,;:!?()—–-"))
		}
		if prev != "" && !pronounSpeakers[prev] {
			return true
		}
		if next != "" && !pronounSpeakers[next] {
			return true
		}
	}
	return false
}

func boolSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// bracketsBalanced reports whether every bracket the sentence opens it also closes: a
// sentence cut from a bracketed aside ("(Tim Giago ... is CEO of ...") is a fragment.
func bracketsBalanced(text string) bool {
	depth := 0
	for _, r := range text {
		switch r {
		case '(':
			depth++
		case ')':
			if depth--; depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}
