package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/storyline-news/storyline/internal/duc"
	"github.com/storyline-news/storyline/internal/pipeline"
	"github.com/storyline-news/storyline/internal/text"
)

// TestStoryTitleFigures names the stories of the DUC 2006 pile and checks that no
// title is written in capitals or taken from a first sentence when an article of the
// story has a headline. It logs, per half of the topics, how well titles name their
// topic: the share of a title's terms found in the topic's title and narrative (the
// assessor's description), and the share of titles with a word of the topic's title.
// A story is counted under the topic most of its articles come from (ties: the
// first by name); stories of fewer than three articles are left out.
func TestStoryTitleFigures(t *testing.T) {
	root := filepath.Join(pipeline.SharedDir(t), "eval", "duc2006")
	topics, err := duc.ReadTopics(filepath.Join(root, "topics.sgml"))
	if err != nil {
		t.Fatal(err)
	}
	titleTerms, allTerms := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, tp := range topics {
		titleTerms[tp.ID], allTerms[tp.ID] = set(text.Terms(tp.Title)), set(text.Terms(tp.Title+" "+tp.Narrative))
	}
	res, err := pipeline.Stories(context.Background(), pipeline.Config{}, pipeline.StoryOptions{}, []string{filepath.Join(root, "docs")})
	if err != nil {
		t.Fatal(err)
	}
	type figures struct{ stories, onTopic, named, words float64 }
	halves := map[string]*figures{"dev": {}, "test": {}}
	for _, st := range res.Stories {
		if st.Title != "" && !strings.ContainsFunc(st.Title, unicode.IsLower) {
			t.Errorf("story %s: title in capitals: %q", st.ID, st.Title)
		}
		given := false
		for _, a := range st.Articles {
			given = given || a.Title != "" && !a.TitleFromBody
		}
		for _, a := range st.Articles {
			if given && a.TitleFromBody && strings.HasPrefix(a.Title, st.Title) {
				t.Errorf("story %s: titled with a first sentence, %q, though an article has a headline", st.ID, st.Title)
			}
		}
		if len(st.Articles) < 3 {
			continue
		}
		topic, most := "", 0
		count := map[string]int{}
		for _, a := range st.Articles {
			count[filepath.Base(filepath.Dir(a.Source))]++
		}
		for tp, n := range count {
			if n > most || n == most && tp < topic {
				topic, most = tp, n
			}
		}
		f := halves[duc.Half(duc.Topic{ID: topic})]
		f.stories++
		terms := text.Terms(st.Title)
		on, named := 0, false
		for _, x := range terms {
			if allTerms[topic][x] {
				on++
			}
			named = named || titleTerms[topic][x]
		}
		if len(terms) > 0 {
			f.onTopic += float64(on) / float64(len(terms))
		}
		if named {
			f.named++
		}
		f.words += float64(len(strings.Fields(st.Title)))
	}
	for _, h := range []string{"dev", "test"} {
		f := halves[h]
		t.Logf("%s topics: %.0f stories; title terms in the topic's description %.3f; titles with a word of the topic's title %.3f; %.1f words",
			h, f.stories, f.onTopic/f.stories, f.named/f.stories, f.words/f.stories)
	}
}

func set(terms []string) map[string]bool {
	m := map[string]bool{}
	for _, t := range terms {
		m[t] = true
	}
	return m
}
