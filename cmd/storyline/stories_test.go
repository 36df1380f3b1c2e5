package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/render"
)

func TestStoriesText(t *testing.T) {
	code, out, errs := run(t, "", "stories", sample)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	golden(t, "stories-sample.text", out)
}

func TestStoriesJSON(t *testing.T) {
	code, out, errs := run(t, "", "stories", "--format", "json", sample)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	golden(t, "stories-sample.json", out)
	var doc render.JSONStoryList
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, st := range doc.Stories {
		if st.ID == "" || st.Size != len(st.Articles) {
			t.Errorf("story %+v: want an id and a size that counts its articles", st.ID)
		}
		for _, a := range st.Articles {
			sources = append(sources, filepath.Base(a.Source))
		}
	}
	want := []string{"000_346f49fed0cd49ef.txt", "001_552ca271601b3f73.txt", "002_202e3fa86987ee31.txt", "003_c84d45ef136cdee1.txt", "004_7142778ad7600d50.txt"}
	if diff := cmp.Diff(want, sortedCopy(sources)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

func sortedCopy(xs []string) []string {
	out := append([]string(nil), xs...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// TestStoriesSetAside checks that the text listing ends by counting the inputs
// skipped or set aside, whose warnings name them.
func TestStoriesSetAside(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"000_346f49fed0cd49ef.txt", "001_552ca271601b3f73.txt"} {
		data, err := os.ReadFile(filepath.Join(sample, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "stories", dir)
	if code != exitPartial || !strings.Contains(errs, "empty.txt") {
		t.Errorf("exit %d (want %d), stderr %q (want a warning naming empty.txt)", code, exitPartial, errs)
	}
	if !strings.HasSuffix(out, "1 story; 1 input skipped or set aside (see the warnings)\n") {
		t.Errorf("output does not end with the count of inputs skipped:\n%s", out)
	}
}

func TestStoriesUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no paths", []string{"stories"}, exitUsage},
		{"bad format", []string{"stories", "--format", "xml", sample}, exitUsage},
		{"bad flag", []string{"stories", "--nope", sample}, exitUsage},
		{"missing path", []string{"stories", filepath.Join(t.TempDir(), "missing")}, exitFailed},
		{"merge needs two ids", []string{"stories", "--merge", "s1", sample}, exitUsage},
		{"split needs articles", []string{"stories", "--split", "s1", sample}, exitUsage},
		{"merge of an unknown story", []string{"stories", "--merge", "s1,s2", sample}, exitFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, errs := run(t, "", tc.args...); code != tc.code {
				t.Errorf("exit %d, want %d (stderr %s)", code, tc.code, errs)
			}
		})
	}
}

func TestEvalStories(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("D0001A/a.txt", "Dam opens\n\nThe new dam on the Green River opened after six years of building, and its turbines will power the valley.\n")
	write("D0001A/b.txt", "Dam power\n\nTurbines at the new Green River dam will power homes in the valley, the dam builders said.\n")
	write("D0002B/c.txt", "Festival\n\nThe jazz festival in the park drew thousands of music fans over the weekend, organisers said.\n")
	write("loose.txt", "A file directly in the folder is ignored.\n")
	code, out, errs := run(t, "", "eval", "stories", "--json", dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if !strings.Contains(errs, "1 file directly in the folder ignored") {
		t.Errorf("stderr %q: want a note on the loose file", errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var got map[string]any
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"articles", "stories", "bcubed_precision", "bcubed_recall", "bcubed_f1", "pairwise_f1", "seconds"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %v", k, got)
		}
	}
	if got["articles"] != 3.0 || got["bcubed_f1"] != 1.0 {
		t.Errorf("articles %v, B-cubed F1 %v; want 3 and 1", got["articles"], got["bcubed_f1"])
	}
	if _, ok := got["ceiling"]; ok {
		t.Errorf("JSON has a ceiling without --ceiling: %v", got)
	}
	code, out, errs = run(t, "", "eval", "stories", "--ceiling", "--json", dir)
	if code != exitOK {
		t.Fatalf("--ceiling: exit %d, stderr %s", code, errs)
	}
	lines = strings.Split(strings.TrimSpace(out), "\n")
	var withCeiling struct {
		Ceiling struct {
			F1 float64 `json:"bcubed_f1"`
		} `json:"ceiling"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &withCeiling); err != nil {
		t.Fatal(err)
	}
	if withCeiling.Ceiling.F1 != 1 || !strings.Contains(out, "ceiling B-cubed P 1.0000 R 1.0000 F1 1.0000") {
		t.Errorf("--ceiling: want a ceiling line and JSON with B-cubed F1 1 (the dam articles share their words, the festival none):\n%s", out)
	}
	// An article set aside (no content words) is scored as a story of its own, not
	// dropped from the figures: B-cubed recall is (1 + 1 + 1/2 + 1/2) / 4, the festival
	// article and the empty one each finding only itself, and the exit code says the
	// run was partial.
	write("D0002B/empty.txt", "The\n\nOf the and to a.\n")
	code, out, errs = run(t, "", "eval", "stories", "--json", dir)
	if code != exitPartial || !strings.Contains(errs, "empty.txt") {
		t.Errorf("with an empty article: exit %d (want %d), stderr %q (want a warning naming it)", code, exitPartial, errs)
	}
	lines = strings.Split(strings.TrimSpace(out), "\n")
	got = nil
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
		t.Fatal(err)
	}
	if got["articles"] != 4.0 || got["set_aside"] != 1.0 || got["bcubed_recall"] != 0.75 {
		t.Errorf("with an empty article: articles %v, set aside %v, B-cubed recall %v; want 4, 1, 0.75", got["articles"], got["set_aside"], got["bcubed_recall"])
	}
	if !strings.Contains(out, "1 set aside or unreadable, each scored as a story of its own") {
		t.Errorf("output lacks the set-aside count:\n%s", out)
	}
	if code, _, _ := run(t, "", "eval", "stories", filepath.Join(dir, "D0002B")); code != exitFailed {
		t.Errorf("a folder without subfolders: exit %d, want %d", code, exitFailed)
	}
}

// TestStoriesMerged checks that a story folded into another when stories are
// consolidated is reported on the survivor, in text and in JSON, and that an edit
// is reported as one.
func TestStoriesNotes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"consolidated, text", []string{"stories", "--threshold", "0.5", sample},
			[]string{"merged: s53b016660b8f (1 article), similarity 0.186, sharing Sessions, Trump"}},
		{"consolidated, json", []string{"stories", "--threshold", "0.5", "--format", "json", sample},
			[]string{`"merged": [`, `"story": "s53b016660b8f"`, `"score": 0.186`}},
		{"stories of several articles consolidated, text", []string{"stories", "--threshold", "0.99", sample},
			[]string{"merged: s3eefd22bfee8 (2 articles), separation -0.068 (similarity 0.381)", "1 story"}},
		{"stories of several articles consolidated, json", []string{"stories", "--format", "json", "--threshold", "0.99", sample},
			[]string{`"story": "s3eefd22bfee8"`, `"separation": -0.068`}},
		{"edit, text", []string{"stories", "--split", "s8054d79cb73c=003_c84d45ef136cdee1,004_7142778ad7600d50", "--merge", "s8054d79cb73c,s7aae44230be8", sample},
			[]string{"merged: s7aae44230be8 (2 articles), by an edit", "1 story"}},
		{"split edit, text", []string{"stories", "--split", "s8054d79cb73c=003_c84d45ef136cdee1,004_7142778ad7600d50", sample},
			[]string{"split from: s8054d79cb73c, by an edit", "  3 articles"}},
		{"articles listed, text", []string{"stories", "--articles", sample},
			[]string{"    000_346f49fed0cd49ef  2017-07-26  TPM Livewire  \"Sessions Reportedly Signaled He Won’t Resign But Hasn’t Spoken To Trump\"  started a story\n",
				"    001_552ca271601b3f73  undated     -  \"Jeff Sessions Reportedly Offered to Resign Amidst Growing Discord with Trump\"  joined at 0.300, sharing Sessions, Trump, reportedly"}},
		{"split edit, json", []string{"stories", "--format", "json", "--split", "s8054d79cb73c=004_7142778ad7600d50", sample},
			[]string{`"split_from": {`, `"story": "s8054d79cb73c",`, `"edit": true`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "", tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr %s", code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestEvalStoriesErrors checks the per-topic error listing: only topics of the half
// asked for are named, and what a predicted story mixed in from the other half is
// counted without a name.
func TestEvalStoriesErrors(t *testing.T) {
	dir := t.TempDir()
	dam := "Dam opens\n\nThe new dam on the Green River opened after six years of building, and its turbines will power the valley.\n"
	for rel, body := range map[string]string{
		"D0001A/a.txt": dam,
		"D0001A/b.txt": "Dam power\n\nTurbines at the new Green River dam will power homes in the valley, the dam builders said.\n",
		"D0002B/c.txt": "Dam valley\n\nThe Green River dam turbines will power the valley homes, builders of the new dam said after six years.\n",
		"D0003C/d.txt": "Festival\n\nThe jazz festival in the park drew thousands of music fans over the weekend, organisers said.\n",
	} {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := run(t, "", "eval", "stories", "--errors", "odd", dir)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var got []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "D000") {
			got = append(got, line)
		}
	}
	want := []string{"D0001A: 2 [other-half:1]", "D0003C: 1 []"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("error listing (-want +got):\n%s\nfull output:\n%s", diff, out)
	}
}

// TestStreamBenchScore runs the hidden stream benchmark on a small synthetic stream and
// checks that it scores the stories it found against the generator's.
func TestStreamBenchScore(t *testing.T) {
	code, out, errs := run(t, "", "stories", "--bench-stream", "3000", "--bench-score")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var got struct {
		Articles int     `json:"articles"`
		F1       float64 `json:"bcubed_f1"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &got); err != nil {
		t.Fatal(err)
	}
	// The synthetic stories have their own words and names: a clusterer that could not
	// tell them apart, or split each into pieces, would score far lower.
	if got.Articles != 3000 || got.F1 < 0.9 || !strings.Contains(out, "against the generator's stories: B-cubed P") {
		t.Fatalf("articles %d, B-cubed F1 %.3f: want 3000 and at least 0.9\n%s", got.Articles, got.F1, out)
	}
	// Another seed makes another stream, scored as well.
	_, other, _ := run(t, "", "stories", "--bench-stream", "3000", "--bench-score", "--bench-seed", "2")
	scored := func(s string) string { return s[strings.Index(s, "against the generator's"):] }
	if !strings.Contains(other, "against the generator's") || scored(other) == scored(out) {
		t.Errorf("seed 2 scored the same stream as seed 1:\n%s", other)
	}
}
