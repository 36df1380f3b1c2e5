package summarize

import (
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// render shows interned words as text: content terms bare, stop words in brackets.
func render(cb *conceptBuilder, ws []word) []string {
	var out []string
	for _, w := range ws {
		name := cb.names[w.id][1:]
		if w.stop {
			name = "(" + name + ")"
		}
		out = append(out, name)
	}
	return out
}

func newBuilder(terms func(string) []string) *conceptBuilder {
	return &conceptBuilder{terms: terms, words: map[string]int32{}, memo: map[string][]word{}, ids: map[uint64]int32{}}
}

func TestSplitWordsAsROUGE(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"stop words kept in their surface form", "The senate voted to pass the budget.",
			[]string{"(the)", "senate", "voted", "(to)", "pass", "(the)", "budget"}},
		{"split at every non-alphanumeric", "U.S. lawmakers don't agree—yet.",
			[]string{"u", "s", "lawmakers", "don", "t", "agree", "yet"}},
		{"numbers split at the point", "It cost 1.3 million.", []string{"it", "cost", "1", "3", "million"}},
		{"punctuation only", "-- ... !", nil},
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cb := newBuilder(testTerms)
			got := render(cb, cb.split(nil, tc.text))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("split(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// conceptNames lists the concepts of one sentence as text: a term, or two words joined
// by "+", stop words in brackets; sorted.
func conceptNames(text string, span int) []string {
	cb := newBuilder(testTerms)
	cb.sentence(0, news.Sentence{Text: text}, cb.split(nil, text), span)
	name := func(id int32) string { return render(cb, []word{{id, cb.names[id][0] == stopPrefix[0]}})[0] }
	var out []string
	for _, c := range cb.carried {
		key := cb.keys[c]
		a, b := int32(key>>32), int32(key&0xffffffff)
		if b == unigram {
			out = append(out, name(a))
		} else {
			out = append(out, name(a)+"+"+name(b))
		}
	}
	sort.Strings(out)
	return out
}

func TestPairConceptsWithinSpan(t *testing.T) {
	const text = "The senate voted to pass the budget."
	for _, tc := range []struct {
		name string
		span int
		want []string
	}{
		{"neighbours only", 1, []string{
			"(the)+budget", "(the)+senate", "(to)+pass", "budget", "pass", "pass+(the)", "senate",
			"senate+voted", "voted", "voted+(to)"}},
		{"one word between, never two stop words", 2, []string{
			"(the)+budget", "(the)+senate", "(the)+voted", "(to)+pass", "budget", "pass",
			"pass+(the)", "pass+budget", "senate", "senate+(to)", "senate+voted", "voted",
			"voted+(to)", "voted+pass"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, conceptNames(text, tc.span)); diff != "" {
				t.Errorf("concepts of %q, span %d (-want +got):\n%s", text, tc.span, diff)
			}
		})
	}
}

func TestSU4SpanPairsWordsFourApart(t *testing.T) {
	// ROUGE-SU4 pairs words with at most four words between them: "a" and "f" are five
	// apart, "a" and "g" six.
	got := conceptNames("a1 b1 c1 d1 e1 f1 g1", 5)
	has := map[string]bool{}
	for _, c := range got {
		has[c] = true
	}
	for pair, want := range map[string]bool{"a1+b1": true, "a1+f1": true, "a1+g1": false, "b1+g1": true} {
		if has[pair] != want {
			t.Errorf("pair %s present = %v, want %v (concepts %v)", pair, has[pair], want, got)
		}
	}
}

func TestStopWordPairsWeighByArticles(t *testing.T) {
	arts, sents := pile(
		[]string{"t1", "The senate voted to pass the budget on Friday."},
		[]string{"t2", "Lawmakers voted to pass a budget after midnight."},
		[]string{"t3", "The house voted to delay the budget again."},
	)
	cb := newBuilder(testTerms)
	cs := &concepts{sent: make([][]int32, len(sents)), termWeight: map[string]float64{}}
	for i, s := range sents {
		cb.sentence(i, s, cb.split(nil, s.Text), 5)
	}
	weight := weigh(cs, cb, minDF(len(arts), Defaults(testTerms)), nil, Defaults(testTerms))
	id := func(w string) int32 { return cb.words[w] }
	for _, tc := range []struct {
		name   string
		a, b   string
		want   float64
		exists bool
	}{
		{"term and stop word in three articles", contentPrefix + "voted", stopPrefix + "to", 3, true},
		{"two terms in three articles", contentPrefix + "voted", contentPrefix + "budget", 3, true},
		{"pair in two articles", contentPrefix + "pass", contentPrefix + "budget", 2, true},
		{"pair in one article is below the minimum of two", contentPrefix + "senate", contentPrefix + "voted", 0, true},
		{"two stop words are never a pair", stopPrefix + "to", stopPrefix + "the", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, ok := cb.ids[pairKey(id(tc.a), id(tc.b))]
			if ok != tc.exists {
				t.Fatalf("pair %s+%s exists = %v, want %v", tc.a, tc.b, ok, tc.exists)
			}
			if ok && weight[c] != tc.want {
				t.Errorf("pair %s+%s weight %v, want %v", tc.a, tc.b, weight[c], tc.want)
			}
		})
	}
}

func FuzzConcepts(f *testing.F) {
	for _, seed := range []string{
		"The senate voted to pass the budget.",
		"U.S. lawmakers don't agree—yet.",
		"“Quoted,” he said.",
		"-- ... !",
		"",
		"Ünïcödé wörds, 1.3 million, ½ and 日本語の文。",
		"\xff\xfe broken utf8",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		arts, sents := pile([]string{"t1", text}, []string{"t2", text}, []string{"t3", text + " " + text})
		for i := range sents {
			sents[i].Words = len(strings.Fields(sents[i].Text))
		}
		opt := Defaults(testTerms)
		cs := buildConcepts(arts, sents, opt)
		for i, ids := range cs.sent {
			seen := map[int32]bool{}
			for _, c := range ids {
				if int(c) >= len(cs.weight) || c < 0 {
					t.Fatalf("sentence %d: concept %d out of range %d", i, c, len(cs.weight))
				}
				if seen[c] {
					t.Fatalf("sentence %d lists concept %d twice", i, c)
				}
				seen[c] = true
			}
		}
		for _, focus := range []string{"", text, "senate budget"} {
			opt.Focus = focus
			b := Summarize(arts, sents, opt)
			if b.Words > opt.Words {
				t.Fatalf("focus %q: brief of %d words over the budget %d", focus, b.Words, opt.Words)
			}
			for _, s := range b.Sentences {
				if !utf8.ValidString(text) {
					continue
				}
				if !strings.Contains(strings.Join(strings.Fields(text+" "+text), " "), strings.Join(strings.Fields(s.Text), " ")) {
					t.Fatalf("focus %q: brief sentence %q is not from the input", focus, s.Text)
				}
			}
		}
	})
}

// TestRareWordsMakeNoWeightedPairs checks that leaving out the pairs of words found in
// too few articles loses no concept that would weigh anything.
func TestRareWordsMakeNoWeightedPairs(t *testing.T) {
	arts, sents := pile(
		[]string{"t1", "The senate voted to pass the budget on Friday.", "Farmers in Ohio praised the vote."},
		[]string{"t2", "Lawmakers voted to pass a budget after midnight.", "The governor said the budget was late."},
		[]string{"t3", "The house voted to delay the budget again.", "Teachers in Ohio said the delay hurt schools."},
		[]string{"t4", "The budget vote came after a long night in the senate.", "The governor signed it."},
	)
	opt := Defaults(testTerms)
	weights := func(skipRare bool) map[string]float64 {
		cb := newBuilder(testTerms)
		var toks []word
		bounds := make([]int, len(sents)+1)
		for i, s := range sents {
			toks = cb.split(toks, s.Text)
			bounds[i+1] = len(toks)
		}
		if skipRare {
			cb.countWords(sents, toks, bounds, minDF(len(arts), opt))
		}
		for i, s := range sents {
			cb.sentence(i, s, toks[bounds[i]:bounds[i+1]], 5)
		}
		cs := &concepts{termWeight: map[string]float64{}}
		out := map[string]float64{}
		for c, w := range weigh(cs, cb, minDF(len(arts), opt), nil, opt) {
			if w > 0 {
				key := cb.keys[c]
				a, b := int32(key>>32), int32(key&0xffffffff)
				name := cb.names[a]
				if b != unigram {
					name += "+" + cb.names[b]
				}
				out[name] = w
			}
		}
		return out
	}
	all, skipped := weights(false), weights(true)
	if len(all) == 0 {
		t.Fatal("no weighted concepts: the test pile is too small")
	}
	if diff := cmp.Diff(all, skipped); diff != "" {
		t.Errorf("weighted concepts differ when rare words make no pairs (-all +skipped):\n%s", diff)
	}
}
