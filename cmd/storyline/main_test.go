package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/render"
	"github.com/storyline-news/storyline/internal/text"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// run runs the command line with args and returns its exit status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errs, getenv: func(string) string { return "" }}
	code := Main(context.Background(), e, args)
	return code, out.String(), errs.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

const sample = "../../examples/sessions"

// runJSON runs a command that prints JSON, checks its exit status and decodes its output.
func runJSON(t *testing.T, stdin string, wantCode int, args ...string) (render.JSONResult, string) {
	t.Helper()
	code, out, errs := run(t, stdin, args...)
	if code != wantCode {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, wantCode, errs)
	}
	var res render.JSONResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	return res, errs
}

func TestBriefSampleGolden(t *testing.T) {
	for _, format := range render.Formats {
		t.Run(format, func(t *testing.T) {
			code, out, errs := run(t, "", "brief", "--format", format, sample)
			if code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, errs)
			}
			golden(t, "brief-sample."+format, out)
		})
	}
}

func TestBriefJSONContract(t *testing.T) {
	res, _ := runJSON(t, "", exitOK, "brief", "--format", "json", "--words", "120", sample)
	if len(res.Stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(res.Stories))
	}
	st := res.Stories[0]
	ids := map[string]bool{}
	for _, a := range st.Articles {
		ids[a.ID] = true
	}
	if len(ids) != 5 {
		t.Errorf("got %d distinct articles, want 5", len(ids))
	}
	words := 0
	for _, s := range st.Summary {
		words += text.WordCount(s.Text)
		if len(s.Citations) == 0 || !contains(s.Citations, s.From) {
			t.Errorf("sentence %q: citations %v must include its source %q", s.Text, s.Citations, s.From)
		}
		for _, c := range s.Citations {
			if !ids[c] {
				t.Errorf("citation %q names no article", c)
			}
		}
	}
	if words > 120 || words != st.Words || len(st.Summary) == 0 {
		t.Errorf("brief has %d words (reported %d) in %d sentences; budget 120", words, st.Words, len(st.Summary))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestBriefFromStdin(t *testing.T) {
	in := `{"title":"Dam opens","source":"River Times","published":"2021-03-04","text":"The new dam on the river opened on Thursday after six years of building work.\n\nOfficials said the dam will supply power to forty thousand homes in the valley."}`
	res, _ := runJSON(t, in, exitOK, "brief", "--format", "json", "-")
	a := res.Stories[0].Articles[0]
	if a.Outlet != "River Times" || a.Title != "Dam opens" || a.Published == nil || !strings.HasPrefix(*a.Published, "2021-03-04") {
		t.Errorf("article read from stdin = %+v", a)
	}
	if len(res.Stories[0].Summary) == 0 {
		t.Error("empty brief")
	}
}

// TestBriefBadInputs puts every kind of bad input beside good articles: each bad item must
// get one warning naming it, the good ones must still be summarised, and the exit status
// must say that something was skipped.
func TestBriefBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good, err := os.ReadFile(filepath.Join(sample, "004_7142778ad7600d50.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write("good.txt", good)
	write("binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0, 0, 3, 0xff, 0xfe, 0})
	write("empty.txt", nil)
	write("invalid.txt", []byte("\xff\xfe\xfd\x00\x81\x00\x9d invalid \xc3\x28 bytes \x00\x00"))
	write("lines.jsonl", []byte(`{"title":"Dam opens","text":"The new dam on the river opened on Thursday after six years of building work by the state."}`+"\n{not json\n"))
	huge := filepath.Join(dir, "huge.txt")
	if f, err := os.Create(huge); err != nil {
		t.Fatal(err)
	} else if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	} else {
		f.Close()
	}
	if err := os.Symlink("loop-b", filepath.Join(dir, "loop-a")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop-a", filepath.Join(dir, "loop-b")); err != nil {
		t.Fatal(err)
	}
	res, errs := runJSON(t, "", exitPartial, "brief", "--format", "json", dir)
	warned := map[string]int{}
	for _, w := range res.Warnings {
		warned[filepath.Base(strings.SplitN(w.Source, ":", 2)[0])]++
		if w.Reason == "" {
			t.Errorf("warning for %s has no reason", w.Source)
		}
	}
	for _, bad := range []string{"binary.bin", "empty.txt", "invalid.txt", "lines.jsonl", "huge.txt", "loop-a", "loop-b"} {
		if warned[bad] != 1 {
			t.Errorf("%s: %d warnings, want 1 (all: %+v)", bad, warned[bad], res.Warnings)
		}
	}
	// The two good articles are on different subjects: each is a story with its brief.
	articles := 0
	for _, st := range res.Stories {
		articles += len(st.Articles)
		if len(st.Summary) == 0 {
			t.Errorf("story %q has no brief", st.Title)
		}
	}
	if articles != 2 {
		t.Errorf("want the 2 good articles briefed, got %+v", res.Stories)
	}
	if !strings.Contains(errs, "huge.txt") {
		t.Errorf("stderr does not name the skipped inputs:\n%s", errs)
	}
}

func TestExitStatuses(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no arguments", nil, exitUsage},
		{"help", []string{"help"}, exitOK},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"brief without paths", []string{"brief"}, exitUsage},
		{"unknown flag", []string{"brief", "--nope", sample}, exitUsage},
		{"unknown format", []string{"brief", "--format", "yaml", sample}, exitUsage},
		{"zero budget", []string{"brief", "--words", "0", sample}, exitUsage},
		{"nothing readable", []string{"brief", dir}, exitFailed},
		{"missing path", []string{"brief", filepath.Join(dir, "no-such-file")}, exitFailed},
		{"all good", []string{"brief", sample}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, _, errs := run(t, "", tt.args...); code != tt.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.want, errs)
			}
		})
	}
}
