// Package rouge owns summary scoring with ROUGE: an exact Go re-implementation of the
// ROUGE-1.5.5 Perl package (Lin, 2004, "ROUGE: A Package for Automatic Evaluation of
// Summaries", ACL workshop Text Summarization Branches Out).
//
// It reproduces ROUGE-1.5.5's behaviour, quirks included, so that its numbers equal the
// published ones: the tokeniser (ASCII lower-casing, every character other than [a-z0-9]
// is a separator), the word and byte cut-offs (-l, -b) applied to the raw sentences
// before tokenising, ROUGE's variant of the Porter (1980) stemmer behind a lookup in the
// WordNet morphological exception lists (applied to tokens longer than three bytes), the
// SMART stop word list, ROUGE-N with clipped counts, summary-level union LCS (ROUGE-L)
// and weighted LCS (ROUGE-W) with unigram clipping, skip-bigrams (ROUGE-S, ROUGE-SU),
// model-average (-f A: hits and counts summed over models) and best-model (-f B)
// scoring, F from the rounded P and R with van Rijsbergen's alpha, and the bootstrap
// confidence intervals drawn with drand48 seeded 0..R-1, as Perl's srand/rand do.
//
// The WordNet exception table (wordnet_exc.txt) is generated from WordNet 3.0 by
// internal/genexc; ROUGE-1.5.5 shipped a table built from WordNet 2.0. Its build keeps
// the first base form of a line and lets a later line win; with the files read as adj,
// adv, noun, verb, "best" and "better" map to "well" (not "good"), which the DUC 2004
// fixture confirms. On both DUC fixtures the 3.0 table gives ROUGE-1.5.5's output
// byte for byte, intervals included.
//
// ROUGE-W needs x^y rounded as the C library rounds it: ties between sums of k^1.2 in
// its LCS table decide which subsequence is kept, and math.Pow is often one unit in the
// last place off, so powers are computed exactly (pow.go).
package rouge

//go:generate go run ./internal/genexc -dir /usr/share/wordnet -out wordnet_exc.txt

// Counting units for Options.Unit, as ROUGE-1.5.5's -t option.
const (
	UnitSentence = 0 // average the per-evaluation scores (ROUGE's default)
	UnitToken    = 1 // pool the counts of all evaluations, then score
	UnitRaw      = 2 // print the pooled raw counts
)

// Options are ROUGE-1.5.5's command-line options; the zero value is not useful, start
// from DefaultOptions.
type Options struct {
	N            int     // -n: compute ROUGE-1..N (0: none)
	SkipBigram   bool    // -2 given: compute ROUGE-S
	SkipGap      int     // -2 value: maximum gap; negative means unlimited
	SkipUnigrams bool    // -u: add unigrams to the skip-bigrams (ROUGE-SU)
	SkipBoth     bool    // -U: report ROUGE-S and then ROUGE-SU
	WeightW      float64 // -w: ROUGE-W weight (0: no ROUGE-W)
	NoLCS        bool    // -x: no ROUGE-L
	Stem         bool    // -m: WordNet exceptions, then ROUGE's Porter stemmer
	RemoveStop   bool    // -s: drop SMART stop words
	LengthWords  int     // -l: keep the first N words of every summary
	LengthBytes  int     // -b: keep the first N bytes of every summary
	ModelBest    bool    // -f B: score against the best model instead of all
	Alpha        float64 // -p: weight of precision in F (0.5: F1)
	Confidence   float64 // -c: confidence interval in percent
	Resamples    int     // -r: bootstrap resamples
	Unit         int     // -t: UnitSentence, UnitToken or UnitRaw
	AllSystems   bool    // -a: evaluate every peer in the configuration
	System       string  // peer to evaluate when AllSystems is false
	Details      bool    // -d: report every evaluation's scores
	Workers      int     // goroutines over evaluations (0: GOMAXPROCS)
	Stopwords    []string
	Exceptions   map[string]string // WordNet exceptions; nil means the embedded table
}

// DefaultOptions returns ROUGE-1.5.5's defaults: ROUGE-L, 95% intervals from 1000
// resamples, model average, alpha 0.5, sentence-level averaging.
func DefaultOptions() Options {
	return Options{Alpha: 0.5, Confidence: 95, Resamples: 1000, AllSystems: true}
}
