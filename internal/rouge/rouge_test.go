package rouge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"punctuation and hyphens split", "U.S.-led forces, 3rd wave", []string{"u", "s", "led", "forces", "3rd", "wave"}},
		{"apostrophe splits", "Don't panic", []string{"don", "t", "panic"}},
		{"non-ascii bytes separate", "naïve café", []string{"na", "ve", "caf"}},
		{"dollar sign dropped", "$5 million", []string{"5", "million"}},
		{"empty", " \t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokenize(tt.in)); diff != "" {
				t.Errorf("Tokenize(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"step 1a sses", "caresses", "caress"},
		{"step 1a ies", "ponies", "poni"},
		{"step 1b eed", "agreed", "agre"},
		{"step 1b double consonant", "hopping", "hop"},
		{"step 1b restore e", "hoping", "hope"},
		{"step 1c", "happy", "happi"},
		{"step 2", "relational", "relat"},
		{"steps 2 to 4", "generalization", "gener"},
		{"rouge step 4 strips al then ent", "fundamental", "fundam"},
		{"ement", "replacement", "replac"},
		{"initial y is a consonant", "yelling", "yell"},
		{"wordnet verb exception", "went", "go"},
		{"wordnet noun exception", "children", "child"},
		{"later exception file wins", "best", "well"},
	}
	a := newAnalyzer(Options{Stem: true})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := a.morphStem(tt.in); got != tt.want {
				t.Errorf("morphStem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnalyzeShortTokensAndStopwords(t *testing.T) {
	a := newAnalyzer(Options{Stem: true, RemoveStop: true})
	b := newAnalyzer(Options{Stem: true})
	// "the" is a SMART stop word; "was" is three bytes: never looked up (was -> be).
	if got := len(a.termIDs("the cats sat")); got != 2 {
		t.Errorf("with -s: %d terms, want 2", got)
	}
	if b.analyse("was") == b.analyse("be") {
		t.Errorf("a three-byte token was looked up in the exception table")
	}
	if b.analyse("cats") != b.analyse("cat") {
		t.Errorf("cats and cat should share a stem")
	}
}

func TestCuts(t *testing.T) {
	sents := []string{"a b c", "d e f", "g"}
	tests := []struct {
		name         string
		words, bytes int
		text         string
		lcs          []string
	}{
		{"no limit", 0, 0, "a b c d e f g", sents},
		{"words inside the second sentence", 4, 0, "a b c d", []string{"a b c", "d"}},
		{"words at a sentence end", 3, 0, "a b c", []string{"a b c"}},
		{"bytes, with ROUGE's LCS reader never counting kept bytes", 0, 7, "a b c d ", []string{"a b c", "d e f", "g"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutText(sents, tt.words, tt.bytes); got != tt.text {
				t.Errorf("cutText = %q, want %q", got, tt.text)
			}
			if diff := cmp.Diff(tt.lcs, cutSentences(sents, tt.words, tt.bytes)); diff != "" {
				t.Errorf("cutSentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPerlSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "a b", []string{"a", "b"}},
		{"leading space gives an empty field", " a  b ", []string{"", "a", "b"}},
		{"only spaces", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, perlSplit(tt.in)); diff != "" {
				t.Errorf("perlSplit(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestScoreByHand checks metrics on summaries small enough to score by hand.
func TestScoreByHand(t *testing.T) {
	peer := []string{"The cat sat on the mat."}
	model := []string{"The cat was on the mat."}
	xyz, xzy := []string{"x y z"}, []string{"x z y"}
	tests := []struct {
		name   string
		peer   []string
		models [][]string
		opt    Options
		want   Scores
	}{
		{
			// unigrams: 5 of 6 shared; bigrams: the cat, on the, the mat of 5;
			// LCS "the cat on the mat" = 5 of 6.
			name: "ROUGE-N and L", peer: peer, models: [][]string{model},
			opt: Options{N: 2, Alpha: 0.5},
			want: Scores{
				{"ROUGE-1", 0.83333, 0.83333, 0.83333},
				{"ROUGE-2", 0.6, 0.6, 0.6},
				{"ROUGE-L", 0.83333, 0.83333, 0.83333},
			},
		},
		{
			// runs "the cat" and "on the mat": 2^2+3^2 = 13; ROUGE raises the model base
			// (6^2) to the power w again: R = sqrt(13/36^2), P = sqrt(13/6^2).
			name: "ROUGE-W squares the base twice", peer: peer, models: [][]string{model},
			opt:  Options{NoLCS: true, WeightW: 2, Alpha: 0.5},
			want: Scores{{"ROUGE-W-2", 0.10015, 0.60093, 0.17169}},
		},
		{
			// pairs xy xz yz against xz xy zy: 2 of 3.
			name: "skip-bigrams, any gap", peer: xyz, models: [][]string{xzy},
			opt:  Options{NoLCS: true, SkipBigram: true, SkipGap: -1, Alpha: 0.5},
			want: Scores{{"ROUGE-S*", 0.66667, 0.66667, 0.66667}},
		},
		{
			// adjacent pairs only: xy yz against xz zy share nothing.
			name: "skip-bigrams, gap 0", peer: xyz, models: [][]string{xzy},
			opt:  Options{NoLCS: true, SkipBigram: true, SkipGap: 0, Alpha: 0.5},
			want: Scores{{"ROUGE-S0", 0, 0, 0}},
		},
		{
			// unigrams of all tokens but the last are added: x y + 3 pairs against
			// x z + 3 pairs; shared x, xy, xz = 3 of 5. -U reports S then SU.
			name: "skip-bigrams with unigrams", peer: xyz, models: [][]string{xzy},
			opt: Options{NoLCS: true, SkipBigram: true, SkipGap: -1, SkipBoth: true, Alpha: 0.5},
			want: Scores{
				{"ROUGE-S*", 0.66667, 0.66667, 0.66667},
				{"ROUGE-SU*", 0.6, 0.6, 0.6},
			},
		},
		{
			// model average pools hits and counts: (1+2)/(2+2) recall, 3/(2*2) precision.
			name: "model average pools counts", peer: []string{"a b"}, models: [][]string{{"a c"}, {"a b"}},
			opt:  Options{N: 1, NoLCS: true, Alpha: 0.5},
			want: Scores{{"ROUGE-1", 0.75, 0.75, 0.75}},
		},
		{
			name: "best model", peer: []string{"a b"}, models: [][]string{{"a c"}, {"a b"}},
			opt:  Options{N: 1, NoLCS: true, Alpha: 0.5, ModelBest: true},
			want: Scores{{"ROUGE-1", 1, 1, 1}},
		},
		{
			// R 2/3, P 2/2; alpha 1 weighs precision only.
			name: "alpha", peer: []string{"a b"}, models: [][]string{{"a b c"}},
			opt:  Options{N: 1, NoLCS: true, Alpha: 1},
			want: Scores{{"ROUGE-1", 0.66667, 1, 1}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Score(tt.peer, tt.models, tt.opt)); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDrand48(t *testing.T) {
	// glibc: srand48(0); drand48() x3, and srand48(7); drand48().
	var r drand48
	r.seed(0)
	got := []float64{r.next(), r.next(), r.next()}
	want := []float64{0.17082803610628972, 0.7499019804849638, 0.09637165562356742}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("drand48 after srand 0 (-want +got):\n%s", diff)
	}
	r.seed(7)
	if got := r.next(); got != 0.2664441967654092 {
		t.Errorf("drand48 after srand 7 = %v", got)
	}
}

func TestExactPow(t *testing.T) {
	tests := []struct {
		name string
		x, y float64
		want float64
	}{
		{"2^1.2 as glibc rounds it", 2, 1.2, 2.2973967099940698},
		{"17^1.2 as glibc rounds it", 17, 1.2, 29.959785913149386},
		{"square root", 2, 0.5, 1.4142135623730951},
		{"zero base", 0, 1.2, 0},
		{"one", 1, 7, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := exactPow(tt.x, tt.y); got != tt.want {
				t.Errorf("exactPow(%v, %v) = %v, want %v", tt.x, tt.y, got, tt.want)
			}
		})
	}
}

func TestByEvalID(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"numeric prefixes compare as numbers", "10.X", "9.X", 1},
		{"otherwise bytes", "a.1", "b.1", -1},
		{"equal numbers", "2.X", "2.Y", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := byEvalID(tt.a, tt.b); got != tt.want {
				t.Errorf("byEvalID(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// BenchmarkScore scores a 250-word peer against four models with NIST's DUC options.
func BenchmarkScore(b *testing.B) {
	sent := "The West Nile virus was first detected in New York in 1999 and spread to birds and mosquitoes across the eastern states."
	var peer []string
	for i := 0; i < 12; i++ {
		peer = append(peer, sent)
	}
	models := [][]string{peer[:10], peer[:11], peer[:9], peer}
	opt := Options{N: 4, WeightW: 1.2, Stem: true, SkipBigram: true, SkipGap: 4, SkipUnigrams: true, Alpha: 0.5}
	for b.Loop() {
		Score(peer, models, opt)
	}
}

// BenchmarkPorterStem measures ROUGE's Porter stemmer on uncached words.
func BenchmarkPorterStem(b *testing.B) {
	words := []string{"generalization", "fundamental", "hopping", "relational", "mosquitoes", "officials"}
	for b.Loop() {
		for _, w := range words {
			porterStem(w)
		}
	}
}
