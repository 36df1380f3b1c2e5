package clean

import (
	"regexp"
	"strings"
	"sync"
)

// Promotional lines, share widgets, copyright footers and newsletter sign-up blocks are
// recognised by their vocabulary and by being short, never by their exact wording.

var (
	// promoLead matches a label that introduces a link to another story: "More news:",
	// "Read more:", "Related:", "WATCH:".
	promoLead = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(more news|more stories|read more|read also|also read|related|related coverage|related stories|see also|recommended|don['’]t miss|most read|most popular|trending|watch|listen|more from (?-i:[\p{L} ]+)|more on (?-i:[\p{L} ]+)|read next|up next|editor['’]s picks?|top stories)\s*([:|»›>]|\s[–—-](\s|$))`)
	})
	// promoWhole matches a line that is nothing but a promotional or layout label.
	promoWhole = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^[\[(]?(advertisement|advertisements|ad|sponsored|sponsored content|paid content|read more|read the full (story|article)|continue reading|story continues below|share this (article|story|page)|click here|see more|show more|load more|view comments|more news|related|related articles|read more stories|back to top|skip to (main )?content)[\])]?[.!:…]*$`)
	})
	// promoStart matches a short line that opens with a call to action.
	promoStart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^(continue reading\b|click here (to|for)\b|story continues below\b|advertisement\s*[-–—:|]|sign up (for|to|now|here|today)\b|subscribe (to|now|today|for)\b|get (our|the) (?-i:[\p{L} ]*)newsletter|download (our|the) app\b|share this (article|story) (on|with|via)\b)`)
	})
	// syndicationWords are the words of a wire service's note to its clients:
	// "(Distributed by New York Times Special Features)", "(This ``separate buy''
	// article is from ...)", "(--U.S. and Canada: ... fax, 732-390-4697.".
	syndicationWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(distributed by|syndicate|separate buy|news service clients|sales representatives?|to purchase|for use by|fax|telex|how to subscribe|transmitted into|news files)\b`)
	})
	// wireNoteStart matches the openings of a wire service's notes to its clients that
	// stand without brackets: "Story Filed By Cox Newspapers", "For Use By Clients of the
	// New York Times News Service", "EDs: Moving in (w) Washington ...", "NONSUBSCRIBERS:
	// To publish ...". The labels are case-sensitive: they are the wire desks' own.
	wireNoteStart = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:(?i:story filed by|for use by)\b|\(?(?:EDs|Eds|EDS|(?:ATTENTION )?EDITORS?|NONSUBSCRIBERS|SUBSCRIBERS)\s*:)`)
	})
	// editMark matches a wire desk's marks for editors cutting a story to fit: "(BEGIN
	// OPTIONAL TRIM)", "END OPTIONAL TRIM", "(SECOND OPTIONAL TRIM FOLLOWS)".
	editMark = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\(?(?:(?:BEGIN|END|FIRST|SECOND|THIRD) )?OPTIONAL (?:TRIM|ADD|MATERIAL)(?: (?:FOLLOWS|ENDS|HERE))?\)?\.?$`)
	})
	// clientWords are the words only a note to a wire's clients uses; two different ones
	// in a short line make it such a note wherever it stands.
	clientWords = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(syndicate|separate[- ]buy|sales (representatives?|executives?)|(non)?subscribers|news service clients|clients of|for use by|telex|fax)\b`)
	})
	// phoneNumber matches a telephone number: "(602) 444-7942", "1-732-390-4480",
	// "202 887-8334", "47-42-17-11".
	phoneNumber = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(\(\d{3}\) ?|\b\d{3}[ .-])\d{3}[.-]\d{4}\b|\b\d{2}-\d{2}-\d{2}-\d{2}\b`)
	})
	// contactCue says that a line with a telephone number is a contact note, not a
	// sentence of the story ("residents are asked to call the hotline at ..." stays): a
	// label ("IN ATLANTA: Diane Fall at 404 526-5456."), a note in brackets, or the words
	// of such notes ("U.S. and Canada: ... fax, 732-390-4697.", "... can be reached at
	// (602) 444-7942", "For more information, contact ...").
	contactCue = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\(|^[\p{Lu} .'’]{2,}:|(?i)\b(fax|telex|reached|e-?mail|for (more )?information|questions)\b`)
	})
	// copyrightLine matches copyright footers.
	copyrightLine = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)(^(©|\(c\)|copyright\s*(©|\(c\)|\d{4}))|all rights reserved|may not be (published|reproduced), broadcast|\bno (portion|part) of (the|this)\b.{0,80}\bmay be (used|reproduced|republished))`)
	})
)

// widgetCore are the labels of share and tool buttons; widgetExtra may join them.
var (
	widgetCore = wordSet(`print comment comments adjust share shares tweet email e-mail
		facebook twitter subscribe linkedin whatsapp reddit pinterest flipboard messenger
		gift listen bookmark save`)
	widgetExtra = wordSet(`copy link article this story on via a aa text font size resize
		close menu more sms x or and | · • / - — – + 0 1 2 3 4 5 6 7 8 9`)
)

// promoReason says whether line is a promotional, widget or copyright line.
func promoReason(line string) string {
	n := wordCount(line)
	switch {
	case isWidgetLine(line):
		return reasonWidget
	case n <= 8 && promoWhole().MatchString(line):
		return reasonPromo
	case n <= 30 && promoLead().MatchString(line):
		return reasonPromo
	case n <= 30 && promoStart().MatchString(line):
		return reasonPromo
	case n <= 60 && mayBeCopyright(line) && copyrightLine().MatchString(line):
		return reasonCopyright
	case n <= 6 && editMark().MatchString(line):
		return reasonSyndication
	case n <= 100 && syndicationNote(line):
		return reasonSyndication
	}
	return ""
}

// syndicationNote reports whether line is a wire service's note to its clients: one
// that opens as such notes do, one with two words of a note to clients, a short line
// that gives a telephone number to call, or a paragraph in brackets or an item of a
// bracketed list ("(--Europe and Asia: ...") in the words of syndication.
func syndicationNote(line string) bool {
	n := wordCount(line)
	if wireNoteStart().MatchString(line) || n <= 60 && mayBeClientNote(line) && distinctMatches(clientWords(), line) >= 2 {
		return true
	}
	if n <= 25 && mayHavePhone(line) && phoneNumber().MatchString(line) && contactCue().MatchString(line) {
		return true
	}
	if !strings.HasPrefix(line, "(") {
		return false
	}
	closed := strings.HasSuffix(line, ")") || strings.HasSuffix(line, ").") || strings.HasSuffix(line, ":")
	return (closed || strings.HasPrefix(line, "(--")) && syndicationWords().MatchString(line)
}

// mayBeClientNote is a cheap test that lets most lines skip the clientWords expression:
// it looks for a piece of each of its words in either case.
func mayBeClientNote(line string) bool {
	for _, p := range clientPieces {
		if strings.Contains(line, p) {
			return true
		}
	}
	return false
}

var clientPieces = []string{"yndicat", "YNDICAT", "buy", "BUY", "Buy", "ales", "ALES", "ubscri",
	"UBSCRI", "lient", "LIENT", "se by", "SE BY", "se By", "elex", "ELEX", "ax", "AX"}

// mayHavePhone is a cheap test that lets most lines skip the phoneNumber expression: a
// digit, and a hyphen, a full stop or a bracket to join the number's groups.
func mayHavePhone(line string) bool {
	return strings.ContainsAny(line, "0123456789") && strings.ContainsAny(line, "-.)")
}

// distinctMatches counts the different words re finds in line, in lower case.
func distinctMatches(re *regexp.Regexp, line string) int {
	seen := map[string]bool{}
	for _, m := range re.FindAllString(line, -1) {
		seen[strings.ToLower(m)] = true
	}
	return len(seen)
}

// mayBeCopyright is a cheap test that lets most lines skip the copyrightLine expression.
func mayBeCopyright(line string) bool {
	return strings.Contains(line, "©") || strings.Contains(line, "(c)") || strings.Contains(line, "(C)") ||
		strings.Contains(line, "opyright") || strings.Contains(line, "OPYRIGHT") ||
		strings.Contains(line, "ights reserved") || strings.Contains(line, "IGHTS RESERVED") ||
		strings.Contains(line, "ay not be") || strings.Contains(line, "ORTION OF") || strings.Contains(line, "ortion of") ||
		strings.Contains(line, "art of th") || strings.Contains(line, "ART OF TH")
}

// isWidgetLine reports whether line consists only of share and tool button labels.
func isWidgetLine(line string) bool {
	f := fields(line)
	if len(f) == 0 || len(f) > 12 {
		return false
	}
	core := false
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ".,:;!()[]"))
		switch {
		case lw == "":
		case widgetCore[lw]:
			core = true
		case widgetExtra[lw]:
		default:
			return false
		}
	}
	return core
}

// newsletterWords are the words of sign-up boxes.
var newsletterWords = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(newsletters?|inbox|subscribe[ds]?|subscribing|subscription|sign[- ]up|signup|sign(ing|ed) up|digest|unsubscribe|terms of (use|service)|privacy policy|email address|your email)\b`)
})

// newsletterStrong matches phrases found only in sign-up boxes.
var newsletterStrong = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(terms of (use|service)|privacy policy|you are now subscribed|thank(s| you) for (subscribing|signing up)|your inbox|enter your email|your email address|unsubscribe at any time|by clicking|error processing your (subscription|sign-?up|request))`)
})

// newsletterAnchor says whether line belongs to a sign-up box by itself: it holds
// newsletter vocabulary and is either heading-like or a phrase only sign-up boxes use
// (strong), or it is a bare "Thank you!", which counts only beside a strong anchor
// (weak). Lines with a quote or a speech verb are body text and never anchors.
func newsletterAnchor(line string) (anchor, strong bool) {
	n := wordCount(line)
	if n > 35 {
		return false, false
	}
	if strings.EqualFold(strings.Trim(line, "!. "), "thank you") {
		return true, false
	}
	if !newsletterWords().MatchString(line) || hasQuote(buttonLabel().ReplaceAllString(line, "")) {
		return false, false
	}
	heading := n <= 10 && (!endsSentence(line) || strings.HasSuffix(line, "!"))
	ok := heading || newsletterStrong().MatchString(line)
	return ok, ok
}

// buttonLabel matches a quoted one-word button label such as “Subscribe,”, which is not
// a reported quote.
var buttonLabel = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`["“‘]\p{L}+[,.]?["”’]`) })

// ownStoriesRE finds the publication a sign-up box or promotion names as its own: "the
// top stories from The Daily Beast", "more news from the Springfield Gazette".
var ownStoriesRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i:\b(?:stories|news|headlines|journalism|reporting|coverage) from (?:the )?)((?:The )?\p{Lu}[\p{L}’'.&-]*(?: \p{Lu}[\p{L}’'.&-]*){0,3})`)
})

// promotedOutlet returns the publication that a line marked as a sign-up box or a
// promotion names as its own, or "". An article that carries its publisher's sign-up
// box names its publisher there, when no byline or outlet line did.
func promotedOutlet(paras, reasons []string) string {
	for i, p := range paras {
		if reasons[i] != reasonNewsletter && reasons[i] != reasonPromo {
			continue
		}
		if m := ownStoriesRE().FindStringSubmatch(p); m != nil {
			return strings.TrimRight(m[1], ".’'")
		}
	}
	return ""
}

// maxBlockGap is how many lines may sit between two anchors of one sign-up block.
const maxBlockGap = 4

// maxBlockLineWords is the longest line, in words, inside a sign-up block.
const maxBlockLineWords = 30

// markNewsletter marks sign-up blocks: every strong anchor, every weak anchor within
// maxBlockGap lines of a strong one, and every short line between two anchors no more
// than maxBlockGap lines apart.
func markNewsletter(paras, reasons []string) {
	var anchors []int
	var strong []bool
	for i, p := range paras {
		if a, s := newsletterAnchor(p); a {
			anchors, strong = append(anchors, i), append(strong, s)
		}
	}
	prev := -1
	for k, i := range anchors {
		if !strong[k] && !nearStrong(anchors, strong, k) {
			continue
		}
		setReason(reasons, i, reasonNewsletter)
		if prev >= 0 && i-prev-1 <= maxBlockGap && gapIsShort(paras[prev+1:i]) {
			for j := prev + 1; j < i; j++ {
				setReason(reasons, j, reasonNewsletter)
			}
		}
		prev = i
	}
}

// nearStrong reports whether a strong anchor sits within maxBlockGap+1 lines of anchor k.
func nearStrong(anchors []int, strong []bool, k int) bool {
	for j, i := range anchors {
		d := i - anchors[k]
		if strong[j] && d != 0 && d >= -maxBlockGap-1 && d <= maxBlockGap+1 {
			return true
		}
	}
	return false
}

// gapIsShort reports whether every line between two anchors is short and not a quote.
func gapIsShort(lines []string) bool {
	for _, l := range lines {
		if wordCount(l) > maxBlockLineWords || hasQuote(l) {
			return false
		}
	}
	return true
}
