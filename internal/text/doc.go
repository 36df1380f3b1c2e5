// Package text owns the sentence and word layer of Storyline: it splits cleaned
// article paragraphs into sentences (Split, Sentences), splits sentences into word
// tokens (Words, WordCount) and reduces them to the content terms later stages compare
// (Terms: lower-cased, stop words dropped, stemmed with the English Porter2 Snowball
// algorithm of M. F. Porter, implemented here from its published description, see
// stem.go), and tells whether a sentence reads without its neighbours (StandsAlone, see
// standalone.go).
//
// Sentence splitting is rule-based in the manner of the abbreviation-and-context
// splitters of news NLP (cf. Grefenstette and Tapanainen 1994; Kiss and Strunk 2006
// for the orthographic cues); the rules target English wire copy. Conventions:
//
//   - Candidates are runs of . ? ! … (with ". . ." read as one run) together with the
//     closing quotes and brackets right after them (" ” ’ ', two apostrophes, ) ] »). A boundary falls
//     after the closers, so `."` and `.”` keep the quote with the first sentence, and
//     `(He declined to comment.)` is a sentence of its own. A candidate not followed by
//     white space ("3.5", "U.S.-led", "example.com", "j.doe@post.com") is never a
//     boundary, and neither is one followed by a lower-case word (`"Why now?" he
//     asked.`, "etc. and", "7 a.m. today").
//   - ? and ! before a capitalised word end a sentence, except inside quotes followed
//     by a short name and a speech verb (`"Why now?" Smith asked.`). An ellipsis
//     before a capitalised word ends a sentence; before a lower-case word it does not.
//   - A period is decided by the token before it. Titles (Mr., Sen., Gov., Dr., Gen.,
//     Lt., Col., Sgt., Prof., Rev., Mt.) and "vs.", "e.g.", "i.e." never end a
//     sentence. "No.", "Vol.", "Art.", "p." do not before a number. AP state names and
//     months (Calif., Fla., Pa., Tenn., Jan., Sept.) end a sentence before any
//     capitalised word except a parenthesised agency in a dateline ("Minn. (AP)").
//     Other abbreviations (Inc., Corp., Co., Ltd., Jr., St., etc., a.m., p.m.),
//     abbreviations with periods (U.S., D.C., J.K., R-S.C., Ph.D.) and single-letter
//     initials end a sentence only when the next word is a known sentence starter
//     ("at 3 p.m. The vote", but "7 a.m. Tuesday", "George W. Bush", "U.S. Army"); a
//     title after "Jr." or "Calif." also starts a new sentence. Abbreviations are
//     matched case-sensitively, so "mass." and "no." are ordinary words.
//   - "Q." and "A." opening a sentence are transcript labels, not sentences; a list
//     number opening a line ("1. Hire more inspectors") is a marker, not a sentence.
//   - A line that starts with a bullet (• · ▪ ■ * - – —, then a space) or a list number
//     ("3." or "3)", then a space), and a blank line, start a new sentence; a bullet •
//     after a space inside a line does too. Single line breaks are otherwise ordinary
//     white space, since wire text is often hard-wrapped.
//   - Datelines ("WASHINGTON (AP) --", "NEW YORK (Reuters) -", "LONDON —") are never
//     sentences of their own: inside a paragraph they stay with the first sentence;
//     Sentences attaches a paragraph that is only a dateline to the next sentence.
//
// Accuracy on the labelled passages in testdata (see boundary_test.go for how
// precision, recall and accuracy are defined) is reported by
// `go test -run TestBoundary -v ./internal/text`.
package text
