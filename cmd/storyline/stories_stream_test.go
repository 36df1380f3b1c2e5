package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// streamLine is one article as a JSON line, dated day days after 1 March 2024.
func streamLine(id, outlet string, day int, title, text string) string {
	t := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	b, _ := json.Marshal(map[string]string{"id": id, "outlet": outlet, "title": title, "text": text,
		"published": t.Format(time.RFC3339)})
	return string(b) + "\n"
}

const (
	streamDam    = "The new dam on the Green River opened on Thursday after six years of construction work by the state. Officials said the dam will supply electricity to forty thousand homes in the valley from next spring."
	streamDam2   = "Farmers downstream of the new dam on the Green River welcomed the reservoir, which promises water for irrigation in the valley, and hope the electricity from the dam will be cheap."
	streamBridge = "The old bridge over the Green River will close for repairs in May, the transport department said on Friday. Drivers will use a detour through the town centre while crews replace the rusted steel beams of the span."
)

// TestStoriesStreamJSON checks "stories --stream -": JSON Lines in, each story written
// as one line when it closes (the dam story when the bridge story, 40 days later, is
// more than --quiet after it), with the copies of its articles, a line that is not an
// article skipped with a warning naming it, and a last count.
func TestStoriesStreamJSON(t *testing.T) {
	in := streamLine("dam-1", "Wire", 0, "Dam opens", streamDam) +
		streamLine("dam-2", "Post", 1, "Farmers welcome the dam", streamDam2) +
		"{broken\n" +
		streamLine("dam-1-again", "Herald", 20, "Dam opens at last", streamDam) +
		streamLine("bridge-1", "Journal", 40, "Bridge to close", streamBridge)
	code, out, errs := run(t, in, "stories", "--stream", "--format", "json", "-")
	if code != exitPartial {
		t.Errorf("exit %d, want %d (a line skipped); stderr:\n%s", code, exitPartial, errs)
	}
	if !strings.Contains(errs, "source=stdin:3") {
		t.Errorf("the broken line is not named in the warnings:\n%s", errs)
	}
	var got []string
	for line := range strings.Lines(out) {
		var ev struct {
			Type  string `json:"type"`
			Story struct {
				Articles []struct {
					ID     string `json:"id"`
					Copies []struct {
						ID string `json:"id"`
					} `json:"copies"`
				} `json:"articles"`
			} `json:"story"`
			CopyOf   string `json:"copy_of"`
			Articles int    `json:"articles"`
			Stories  int    `json:"stories"`
		}
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		var ids []string
		for _, a := range ev.Story.Articles {
			ids = append(ids, a.ID)
			for _, c := range a.Copies {
				ids = append(ids, c.ID+"<"+a.ID)
			}
		}
		got = append(got, fmt.Sprintf("%s %v %s %d/%d", ev.Type, ids, ev.CopyOf, ev.Articles, ev.Stories))
	}
	want := []string{"story [dam-1 dam-1-again<dam-1 dam-2]  0/0", "story [bridge-1]  0/0", "end []  4/2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s\noutput:\n%s", diff, out)
	}
}

// TestStoriesStreamLive checks that a story is written as soon as it closes, while
// standard input is still open.
func TestStoriesStreamLive(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	e := &env{stdin: inR, stdout: outW, stderr: io.Discard, getenv: func(string) string { return "" }}
	done := make(chan int)
	go func() {
		code := Main(context.Background(), e, []string{"stories", "--stream", "-"})
		outW.Close()
		done <- code
	}()
	lines := bufio.NewReader(outR)
	io.WriteString(inW, streamLine("dam-1", "Wire", 0, "Dam opens", streamDam))
	io.WriteString(inW, streamLine("bridge-1", "Journal", 40, "Bridge to close", streamBridge))
	first, err := lines.ReadString('\n')
	if err != nil || !strings.Contains(first, "Dam opens") {
		t.Fatalf("first line %q (%v), want the dam story, written before the input ends", first, err)
	}
	inW.Close()
	rest, _ := io.ReadAll(lines)
	if code := <-done; code != exitOK {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(string(rest), "Bridge to close") || !strings.HasSuffix(string(rest), "2 articles: 2 stories, 0 copies\n") {
		t.Errorf("rest of the output:\n%s", rest)
	}
}

// TestStoriesStreamRefusesEdits checks that edits, which need the whole pile, are
// refused in a stream.
func TestStoriesStreamRefusesEdits(t *testing.T) {
	code, _, errs := run(t, "", "stories", "--stream", "--merge", "a,b", "-")
	if code != exitUsage || !strings.Contains(errs, "not a stream") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
