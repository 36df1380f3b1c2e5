package summarize

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// testTerms stands in for the text stage: lower-case words without a few stop words.
// It is enough for the summarizer, which only compares terms.
func testTerms(s string) []string {
	stop := map[string]bool{}
	for _, w := range strings.Fields("the a an of to in on and he his that was is by for with at said") {
		stop[w] = true
	}
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:!?\"“”’‘'()")
		if w != "" && !stop[w] {
			out = append(out, w)
		}
	}
	return out
}

// pile builds articles and sentences from paragraphs of one sentence each.
func pile(docs ...[]string) ([]news.Article, []news.Sentence) {
	var arts []news.Article
	var sents []news.Sentence
	for a, d := range docs {
		arts = append(arts, news.Article{ID: fmt.Sprintf("a%d", a+1), Title: d[0], Paragraphs: d[1:]})
		for i, p := range d[1:] {
			sents = append(sents, news.Sentence{Article: a, Paragraph: i, Index: i, Text: p,
				Words: len(strings.Fields(p)), Terms: testTerms(p)})
		}
	}
	return arts, sents
}

func citedIDs(s news.BriefSentence) []string {
	var ids []string
	for _, c := range s.Citations {
		ids = append(ids, c.ArticleID)
	}
	return ids
}

func TestSharedFactAppearsOnceAndCitesEveryOutlet(t *testing.T) {
	fact := "The city council approved the new stadium budget of 300 million dollars on Monday evening."
	arts, sents := pile(
		[]string{"Council backs stadium", fact, "Local shops worried about traffic near the planned site downtown."},
		[]string{"Stadium vote", "Supporters cheered as the mayor signed the measure into law after the meeting.", fact},
		[]string{"Stadium money approved", "On Monday evening the city council approved the new stadium budget of 300 million dollars after a long debate.", "Critics argued the budget ignored schools and parks across the county."},
		[]string{"Weather", "Rain is expected across the region for most of the coming weekend, forecasters warned."},
	)
	opt := Defaults(testTerms)
	opt.Words = 40
	b := Summarize(arts, sents, opt)
	count := 0
	for _, s := range b.Sentences {
		if strings.Contains(s.Text, "stadium budget") {
			count++
			if diff := cmp.Diff([]string{"a1", "a2", "a3"}, citedIDs(s)); diff != "" {
				t.Errorf("citations of the shared fact (-want +got):\n%s", diff)
			}
		}
	}
	if count != 1 {
		t.Fatalf("shared fact appears %d times in %+v, want once", count, b.Sentences)
	}
	if b.Words > opt.Words {
		t.Errorf("brief has %d words, budget %d", b.Words, opt.Words)
	}
}

func TestBudgetIsNeverExceeded(t *testing.T) {
	arts, sents := randomPile(rand.New(rand.NewSource(1)), 20, 30)
	for _, budget := range []int{0, 5, 20, 60, 150, 400} {
		opt := Defaults(testTerms)
		opt.Words = budget
		b := Summarize(arts, sents, opt)
		words := 0
		for _, s := range b.Sentences {
			words += len(strings.Fields(s.Text))
		}
		if words > budget || b.Words != words {
			t.Errorf("budget %d: brief counts %d words, reports %d", budget, words, b.Words)
		}
		if budget >= 60 && len(b.Sentences) == 0 {
			t.Errorf("budget %d: empty brief", budget)
		}
	}
}

func TestFocusSteersTheBrief(t *testing.T) {
	arts, sents := pile(
		[]string{"t1", "The flood closed the main bridge over the river for three days last week.", "Farmers lost most of the wheat harvest in the flooded valley this spring."},
		[]string{"t2", "The main bridge over the river stayed closed for three days after the flood.", "Wheat farmers in the valley lost most of their harvest to the flood waters."},
	)
	opt := Defaults(testTerms)
	opt.Words = 16
	for _, focus := range []string{"wheat harvest farmers", "bridge closed river"} {
		opt.Focus = focus
		b := Summarize(arts, sents, opt)
		if len(b.Sentences) != 1 {
			t.Fatalf("focus %q: got %d sentences, want 1", focus, len(b.Sentences))
		}
		if first := strings.Fields(focus)[0]; !strings.Contains(strings.ToLower(b.Sentences[0].Text), first) {
			t.Errorf("focus %q chose %q", focus, b.Sentences[0].Text)
		}
	}
}

func TestOrderFollowsTheDayFirstReported(t *testing.T) {
	arts, sents := pile(
		[]string{"later", "The governor signed the water bill into law at a ceremony in the capital.", "The water bill was passed by the state senate after a long debate over costs."},
		[]string{"earlier", "The water bill was passed by the state senate after a long debate over costs.", "Lawmakers expect the new rules to cut costs for farmers across the state."},
		[]string{"latest", "The governor signed the water bill into law at a ceremony in the capital."},
	)
	arts[0].Published = time.Date(2020, 5, 3, 9, 0, 0, 0, time.UTC)
	arts[1].Published = time.Date(2020, 5, 1, 9, 0, 0, 0, time.UTC)
	arts[2].Published = time.Date(2020, 5, 4, 9, 0, 0, 0, time.UTC)
	opt := Defaults(testTerms)
	opt.Words = 40
	b := Summarize(arts, sents, opt)
	if len(b.Sentences) < 2 {
		t.Fatalf("got %d sentences, want 2 or more", len(b.Sentences))
	}
	if !strings.Contains(b.Sentences[0].Text, "passed by the state senate") {
		t.Errorf("first sentence %q, want the senate vote (first reported May 1)", b.Sentences[0].Text)
	}
}

func TestEmptyInput(t *testing.T) {
	b := Summarize(nil, nil, Defaults(testTerms))
	if len(b.Sentences) != 0 || b.Words != 0 {
		t.Errorf("empty pile gave %+v", b)
	}
}

// randomPile makes n articles of m sentences from a small vocabulary, so that terms recur
// across articles as they do in a real story.
func randomPile(r *rand.Rand, n, m int) ([]news.Article, []news.Sentence) {
	vocab := make([]string, 400)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	docs := make([][]string, n)
	for a := range docs {
		docs[a] = []string{fmt.Sprintf("Title %d", a)}
		for j := 0; j < m; j++ {
			k := 8 + r.Intn(25)
			words := make([]string, k)
			for w := range words {
				words[w] = vocab[int(r.ExpFloat64()*40)%len(vocab)]
			}
			words[0] = "Word" + words[0]
			docs[a] = append(docs[a], strings.Join(words, " ")+".")
		}
	}
	return pile(docs...)
}

// BenchmarkSummarize measures briefs of piles of 30-sentence articles of growing size, to
// show how the cost grows with the number of sentences (it should be close to linear).
func BenchmarkSummarize(b *testing.B) {
	for _, n := range []int{250, 500, 1000, 2000, 4000} {
		arts, sents := randomPile(rand.New(rand.NewSource(2)), n, 30)
		opt := Defaults(testTerms)
		b.Run(fmt.Sprintf("sentences=%d", len(sents)), func(b *testing.B) {
			for b.Loop() {
				Summarize(arts, sents, opt)
			}
		})
	}
}
