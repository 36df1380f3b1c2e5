package pipeline

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestStoryOf(t *testing.T) {
	dir := t.TempDir()
	writePile(t, dir)
	ctx := context.Background()
	all, err := Stories(ctx, Config{}, StoryOptions{}, []string{dir})
	if err != nil || len(all.Stories) < 2 {
		t.Fatalf("pile: %d stories, %v", len(all.Stories), err)
	}
	last := all.Stories[len(all.Stories)-1]
	tests := []struct {
		name, id  string
		wantID    string
		wantError news.Code // "" for none
	}{
		{"the biggest by default", "", all.Stories[0].ID, ""},
		{"the story with the id", last.ID, last.ID, ""},
		{"an unknown id", "nosuch", "", news.Invalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			one, err := StoryOf(ctx, Config{}, StoryOptions{}, []string{dir}, tc.id)
			if got := news.ErrorCode(err); got != tc.wantError {
				t.Fatalf("error %v, want code %q", err, tc.wantError)
			}
			if len(one.Stories) != len(all.Stories) {
				t.Errorf("got %d stories, want the pile's %d", len(one.Stories), len(all.Stories))
			}
			if err != nil {
				return
			}
			var ids []string
			for _, a := range one.Result.Stories[0].Articles {
				ids = append(ids, a.ID)
			}
			var want []string
			for _, a := range one.Shown.Articles {
				want = append(want, a.ID)
				for _, c := range a.Copies {
					want = append(want, c.ID)
				}
			}
			if diff := cmp.Diff([]any{tc.wantID, want}, []any{one.Shown.ID, ids}); diff != "" {
				t.Errorf("shown story and brief articles (-want +got):\n%s", diff)
			}
		})
	}
}
