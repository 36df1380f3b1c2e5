package pipeline

import (
	"context"
	"fmt"

	"github.com/storyline-news/storyline/internal/news"
)

// OneStory is what StoryOf returns: the brief of the story shown and every story the
// pile held, so a caller can say which one it showed and which it left out.
type OneStory struct {
	Result news.Result
	// Shown is the story whose brief Result holds.
	Shown news.Story
	// Stories are all the pile's stories, biggest first (as Stories lists them).
	Stories []news.Story
}

// StoryOf reads every path, finds the stories in the pile as Stories does (same ids),
// and writes the brief of one: the story with id, or the biggest when id is "". An
// article's copies join the brief as in BriefStories. An id that names none of the
// pile's stories is an Invalid error.
func StoryOf(ctx context.Context, cfg Config, opt StoryOptions, paths []string, id string) (OneStory, error) {
	sr, err := Stories(ctx, cfg, opt, paths)
	out := OneStory{Result: news.Result{Warnings: sr.Warnings}, Stories: sr.Stories}
	if err != nil {
		return out, err
	}
	k := pick(sr.Stories, id)
	if k < 0 {
		if len(sr.Stories) == 0 {
			return out, news.Errorf(news.Invalid, "", "no story found in the input")
		}
		held := "1 story"
		if len(sr.Stories) > 1 {
			held = fmt.Sprintf("%d stories", len(sr.Stories))
		}
		return out, news.Errorf(news.Invalid, id, "no story with this id in the input (it holds %s; run storyline stories to list them)", held)
	}
	out.Shown = sr.Stories[k]
	out.Result.Stories = []news.Brief{briefOf(out.Shown, cfg)}
	return out, nil
}

// pick returns the index of the story with id, the first (biggest) when id is "", or
// -1.
func pick(ss []news.Story, id string) int {
	for k, st := range ss {
		if id == "" || st.ID == id {
			return k
		}
	}
	return -1
}
