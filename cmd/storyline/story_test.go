package main

import (
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/render"
)

func TestStorySampleGolden(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := run(t, "", "story", "--format", format, sample)
			if code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			golden(t, "story-sample."+format, out)
		})
	}
}

func TestStoryJSONContract(t *testing.T) {
	res, _ := runJSON(t, "", exitOK, "story", "--format", "json", sample)
	if len(res.Stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(res.Stories))
	}
	st := res.Stories[0]
	ids := map[string]bool{}
	for _, a := range st.Articles {
		ids[a.ID] = true
	}
	check := func(where string, list []string) {
		t.Helper()
		if len(list) == 0 {
			t.Errorf("%s cites no article", where)
		}
		for _, id := range list {
			if !ids[id] {
				t.Errorf("%s cites %q, not an article of the story", where, id)
			}
		}
	}
	if len(st.Entities) == 0 || len(st.Quotes) == 0 || st.Timeline == nil || st.Outlets == nil {
		t.Fatalf("analysis missing: %d entities, %d quotes, timeline %v, outlets %v", len(st.Entities), len(st.Quotes), st.Timeline, st.Outlets)
	}
	for _, q := range st.Quotes {
		check("quote "+q.Text, q.Articles)
	}
	for _, e := range append(st.Timeline.Events, st.Timeline.Undated...) {
		check("event "+e.Text, e.Articles)
		if (e.Start == nil) == (strings.ContainsRune(e.Time.Value, 'X') == false) {
			t.Errorf("event %q: start %v with value %s", e.Time.Text, e.Start, e.Time.Value)
		}
	}
	for _, f := range append(append(st.Outlets.Common, st.Outlets.Coverage...), st.Outlets.Unique...) {
		check("fact "+f.Text, f.Articles)
	}
}

func TestBriefAnalysisFlag(t *testing.T) {
	_, plain, _ := run(t, "", "brief", "--format", "json", sample)
	if strings.Contains(plain, `"entities"`) || strings.Contains(plain, `"timeline"`) {
		t.Error("brief without --analysis prints the analysis")
	}
	for _, format := range render.Formats {
		code, out, errs := run(t, "", "brief", "--analysis", "--format", format, sample)
		if code != exitOK {
			t.Fatalf("%s: exit %d, stderr:\n%s", format, code, errs)
		}
		for _, want := range map[string][]string{
			"text":     {"Quotes\n", "Timeline\n", "Outlets side by side\n"},
			"markdown": {"### Quotes", "### Timeline", "### Outlets side by side"},
			"json":     {`"entities"`, `"quotes"`, `"timeline"`, `"outlets"`},
		}[format] {
			if !strings.Contains(out, want) {
				t.Errorf("brief --analysis --format %s lacks %q", format, want)
			}
		}
	}
}

func TestStoryNoAnalysis(t *testing.T) {
	code, out, _ := run(t, "", "story", "--analysis=false", sample)
	if code != exitOK || strings.Contains(out, "Timeline") {
		t.Errorf("story --analysis=false: exit %d, timeline printed %v", code, strings.Contains(out, "Timeline"))
	}
}
