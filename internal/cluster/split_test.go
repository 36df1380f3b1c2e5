package cluster

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

// TestSplit forces stories of distinct themes together by edits and checks that the
// split before closing takes them apart again, and leaves one theme whole.
func TestSplit(t *testing.T) {
	tests := []struct {
		name   string
		opt    Options
		themes int
		merge  bool
		want   int // stories after Flush
	}{
		{"two themes merged by an edit are split apart", Options{}, 2, true, 2},
		{"three themes are split twice", Options{}, 3, true, 3},
		{"splits off", Options{SplitMin: -1}, 2, true, 1},
		{"one theme stays whole", Options{}, 1, false, 1},
		{"parts below SplitMin are not split off", Options{SplitMin: 13}, 2, true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := New(tc.opt)
			for _, d := range themeDocs(tc.themes, 12, 12) {
				if _, err := c.Add(d); err != nil {
					t.Fatal(err)
				}
			}
			first := c.Stories()[0].ID
			if tc.merge {
				for _, s := range c.Stories()[1:] {
					if _, err := c.Merge(first, s.ID); err != nil {
						t.Fatal(err)
					}
				}
			}
			c.Flush()
			got := c.TakeClosed()
			if len(got) != tc.want {
				t.Fatalf("%d stories after Flush, want %d: %v", len(got), tc.want, got)
			}
			for _, s := range got {
				theme := strings.Split(s.Articles[0], "-")[0]
				if tc.want == tc.themes && slices.ContainsFunc(s.Articles, func(a string) bool { return !strings.HasPrefix(a, theme+"-") }) {
					t.Errorf("story %s mixes themes: %v", s.ID, s.Articles)
				}
				switch {
				case s.ID == first && s.Split != nil:
					t.Errorf("the story that keeps the first article records a split: %+v", s.Split)
				case s.ID != first && tc.merge && (s.Split == nil || s.Split.Separation < c.Options().SplitSeparation || s.Split.Edit):
					t.Errorf("story %s split off: note %+v, want an automatic split with separation at least %g", s.ID, s.Split, c.Options().SplitSeparation)
				}
			}
			if got[0].ID != first && !slices.ContainsFunc(got, func(s Story) bool { return s.ID == first }) {
				t.Errorf("the first story's id %s is gone: a split must keep it", first)
			}
		})
	}
}

// TestSplitEditRecorded checks that a split asked for by a user is recorded as an edit.
func TestSplitEditRecorded(t *testing.T) {
	c := New(Options{})
	for _, d := range []Doc{doc("a1", 0, flood), doc("a2", 1, flood), doc("a3", 2, flood)} {
		c.Add(d)
	}
	from := c.Stories()[0].ID
	id, err := c.Split(from, []string{"a3"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Stories() {
		if s.ID == id && (s.Split == nil || *s.Split != (news.SplitNote{Story: from, Edit: true})) {
			t.Errorf("split story's note %+v, want an edit from %s", s.Split, from)
		}
	}
}
