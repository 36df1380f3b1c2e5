// Package quote owns direct quotations: it finds every quoted passage of an article
// (straight, curly and wire-style “…” marks, nested quotes, quotes that run over
// several sentences or paragraphs, fragments quoted inside the writer's sentence), tells
// speech from scare quotes and titles, attributes each quotation to its speaker, and
// merges the quotations that several outlets carry into one quote per story.
//
// Attribution follows the rule-based approach of Pouliquen, Steinberger and Best,
// "Automatic Detection of Quotations in Multilingual News" (RANLP 2007) and of Pareti
// et al., "Automatically Detecting and Attributing Indirect Quotations" (EMNLP 2013):
// a speech verb next to the quotation ("…," said the mayor / Merkel said: "…") gives the
// speaker; a quotation with no cue of its own continues the last speaker, as news style
// does. A word or two quoted inside the writer's sentence is a term, not speech, unless
// its own sentence attributes it (terms.go): such a fragment never inherits a speaker.
// Pronouns are resolved to the most recent salient compatible person, in the
// spirit of Lappin and Leass, "An Algorithm for Pronominal Anaphora Resolution" (1994),
// much simplified: gender comes from titles (Mr., Ms.), a small first-name list and
// pronouns already resolved to the person. Unnamed sources ("a senior official") are
// kept as anonymous roles, never guessed.
//
// Merge matches quotations across outlets on normalised wording; near matches (token
// edit distance, Levenshtein 1966) are the same quotation flagged as differing.
//
// The package imports only internal/news and the standard library.
package quote
