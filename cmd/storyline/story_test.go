package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

// mixedPile writes the sample story and two articles of another story into a temp dir.
func mixedPile(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(sample, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("sample files: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	other := map[string]string{
		"dam1.txt": "Green River dam opens after six years of work\n\nThe Green River hydroelectric dam opened on Friday after six years of construction, and engineers said its turbines would power forty thousand homes in the valley. The reservoir behind the dam flooded two farms, whose owners were paid by the river authority.\n",
		"dam2.txt": "Valley homes get power from the Green River dam\n\nPower from the new Green River hydroelectric dam reached valley homes on Friday, the river authority said. Its turbines can light forty thousand homes, and engineers said the reservoir filled faster than planned after spring rain.\n",
	}
	for name, body := range other {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestStoryMixedPile(t *testing.T) {
	dir := mixedPile(t)
	var listed render.JSONStoryList
	code, out, errs := run(t, "", "stories", "--format", "json", dir)
	if code != exitOK || json.Unmarshal([]byte(out), &listed) != nil || len(listed.Stories) < 2 {
		t.Fatalf("stories: exit %d, %d stories, stderr:\n%s", code, len(listed.Stories), errs)
	}
	biggest, other := listed.Stories[0], listed.Stories[len(listed.Stories)-1]
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantTitle  string   // of the story shown, in the JSON
		wantStderr []string // pieces of standard error
		wantSize   int
	}{
		{"the biggest by default", nil, exitOK, biggest.Title,
			[]string{"holds " + fmt.Sprint(len(listed.Stories)) + " stories", "showing " + biggest.ID + ", the biggest", other.ID, "--id"}, biggest.Size},
		{"another chosen by id", []string{"--id", other.ID}, exitOK, other.Title,
			[]string{"showing " + other.ID + ", chosen with --id", biggest.ID}, other.Size},
		{"an unknown id is a usage error", []string{"--id", "nosuch"}, exitUsage, "",
			[]string{"nosuch", "no story with this id"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"story", "--format", "json", "--analysis=false"}, tc.args...)
			code, out, errs := run(t, "", append(args, dir)...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.wantCode, errs)
			}
			for _, w := range tc.wantStderr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			if tc.wantCode != exitOK {
				return
			}
			var res render.JSONResult
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			if len(res.Stories) != 1 {
				t.Fatalf("got %d stories, want the one shown", len(res.Stories))
			}
			if got := res.Stories[0]; got.Title != tc.wantTitle || len(got.Articles) != tc.wantSize {
				t.Errorf("shown %q with %d articles, want %q with %d", got.Title, len(got.Articles), tc.wantTitle, tc.wantSize)
			}
		})
	}
}

func TestStoryOneStorySaysNothing(t *testing.T) {
	code, _, errs := run(t, "", "story", "--analysis=false", sample)
	if code != exitOK || strings.Contains(errs, "stories") {
		t.Errorf("exit %d, stderr %q: a pile of one story needs no note", code, errs)
	}
}
