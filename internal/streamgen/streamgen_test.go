package streamgen

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestDeterministic(t *testing.T) {
	a, b := New(nil, Options{Seed: 9}), New(nil, Options{Seed: 9})
	for i := range 200 {
		x, y := a.Next(), b.Next()
		if diff := cmp.Diff(x, y); diff != "" {
			t.Fatalf("article %d differs between two generators of one seed:\n%s", i, diff)
		}
	}
}

func TestStream(t *testing.T) {
	g := New(nil, Options{Seed: 4, PerDay: 1000, Active: 50, MeanStory: 10})
	stories := map[int]int{}
	copies := 0
	last := g.Next()
	for range 5000 {
		a := g.Next()
		if a.Published.Before(last.Published) {
			t.Fatalf("%s published before %s", a.ID, last.ID)
		}
		if len(a.Paragraphs) == 0 || a.Title == "" || a.Source == "" || Story(a) < 0 {
			t.Fatalf("incomplete article %+v", a)
		}
		if strings.Contains(a.URL, "/copy/") {
			copies++
		}
		stories[Story(a)]++
		last = a
	}
	if copies < 600 || copies > 900 {
		t.Errorf("%d copies in 5,000 articles, want about 15%%", copies)
	}
	if len(stories) < 200 {
		t.Errorf("%d stories in 5,000 articles of stories of about 10", len(stories))
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"two sentences", []string{"The dam opened on Thursday after six years. Officials praised the engineers for their work."},
			[]string{"The dam opened on Thursday after six years.", "Officials praised the engineers for their work."}},
		{"short bits dropped", []string{"Hi. Yes."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Sentences(news.Article{Paragraphs: tc.in})); diff != "" {
				t.Errorf("Sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStoryOfForeignID(t *testing.T) {
	if got := Story(news.Article{ID: "nyt-1"}); got != -1 {
		t.Errorf("Story = %d, want -1", got)
	}
}

func BenchmarkNext(b *testing.B) {
	g := New(nil, Options{Seed: 1})
	for b.Loop() {
		g.Next()
	}
}
