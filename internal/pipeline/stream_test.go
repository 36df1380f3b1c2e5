package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/dedupe"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/streamgen"
	"github.com/storyline-news/storyline/internal/text"
)

// handOut returns a next function for Stream that hands out arts in order.
func handOut(arts []news.Article) func() (news.Article, bool) {
	i := 0
	return func() (news.Article, bool) {
		if i == len(arts) {
			return news.Article{}, false
		}
		i++
		return arts[i-1], true
	}
}

// storyRows reduces stories to what a reader checks: title, articles, copies, outlets.
func storyRows(ss []news.Story) []row {
	var out []row
	for _, st := range ss {
		r := row{Title: st.Title, Outlets: st.Outlets()}
		for _, a := range st.Articles {
			r.Articles = append(r.Articles, a.ID)
			for _, c := range a.Copies {
				r.Copies = append(r.Copies, c.ID+"<"+a.ID)
			}
		}
		out = append(out, r)
	}
	return out
}

type row struct {
	Title    string
	Articles []string
	Copies   []string
	Outlets  []string
}

// TestStreamStories checks that a stream tells each story as it closes as Group tells
// it for the same pile read whole: the same articles, copies, outlets and titles, and
// the same articles set aside, one story a batch of one or of many.
func TestStreamStories(t *testing.T) {
	whole, err := Group(context.Background(), pile(), StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, batch := range []int{1, 512} {
		var got []news.Story
		var aside []news.Warning
		st, err := Stream(context.Background(), handOut(byTime(pile())), StoryOptions{StreamBatch: batch}, StreamHooks{
			Story: func(s news.Story) { got = append(got, s) },
			SetAside: func(a news.Article, reason string) {
				aside = append(aside, news.Warning{Source: a.Source, Reason: reason})
			},
			Copy: func(a news.Article, _ string) {
				t.Errorf("copy %s reported apart, its original's story still open", a.ID)
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		sortStories(got)
		if diff := cmp.Diff(storyRows(whole.Stories), storyRows(got)); diff != "" {
			t.Errorf("batch %d: stories (-pile +stream):\n%s", batch, diff)
		}
		if diff := cmp.Diff(whole.Warnings, aside); diff != "" {
			t.Errorf("batch %d: set aside (-pile +stream):\n%s", batch, diff)
		}
		if st.Stories != len(got) || st.Copies != 1 {
			t.Errorf("batch %d: stats %+v for %d stories told", batch, st, len(got))
		}
		for _, s := range got {
			if len(s.Terms) == 0 || s.Terms[0] == "" {
				t.Errorf("batch %d: story %q told without its words", batch, s.Title)
			}
		}
	}
}

// TestStreamStoriesClose checks that stories are told as they close, while the stream
// goes on, that a copy of an article whose story has closed is reported apart, and
// that an id met again in an open story is made unique.
func TestStreamStoriesClose(t *testing.T) {
	day := 24 * time.Hour
	arts := []news.Article{
		art("dam-1", "Wire", 0, "Dam opens on the Green River", damText, damMore),
		art("dam-2", "Post", 1, "Valley gets power from new dam", damOther),
		art("dam-2", "Herald", 2, "Farmers welcome the dam", "Farmers downstream of the new dam in the valley say the reservoir will give them water for irrigation, and they hope the electricity will be cheap."),
		art("bridge-1", "Journal", int(40*day/time.Hour), "Bridge to close for repairs", bridgeText),
		art("dam-copy", "Gazette", int(41*day/time.Hour), "Dam opens", damText, damMore),
		art("bridge-2", "Gazette", int(42*day/time.Hour), "Detour worries shops", bridgeMore, bridgeText[:150]),
	}
	var events []string
	_, err := Stream(context.Background(), handOut(arts), StoryOptions{StreamBatch: 1, Cluster: cluster.Options{Quiet: 30 * day}, Dedupe: dedupe.Options{Window: 60 * day}}, StreamHooks{
		Story: func(s news.Story) {
			var ids []string
			for _, a := range s.Articles {
				ids = append(ids, a.ID)
			}
			events = append(events, "story "+ids[0]+" of "+strconv.Itoa(len(ids))+" ("+strings.Join(ids, " ")+")")
		},
		Copy: func(a news.Article, orig string) { events = append(events, "copy "+a.ID+" of "+orig) },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"story dam-1 of 3 (dam-1 dam-2 dam-2~1)", "copy dam-copy of dam-1", "story bridge-1 of 2 (bridge-1 bridge-2)"}
	if diff := cmp.Diff(want, events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestStreamStoriesBounded checks that a long stream with stories told keeps only the
// articles of open stories: every article told once, none kept at the end.
func TestStreamStoriesBounded(t *testing.T) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 3, PerDay: 4000, Active: 100})
	n, told := 0, map[string]int{}
	var copies int
	st, err := Stream(context.Background(), func() (news.Article, bool) {
		n++
		return gen.Next(), n <= 3000
	}, StoryOptions{Cluster: cluster.Options{Quiet: 12 * time.Hour}}, StreamHooks{
		Story: func(s news.Story) {
			for _, a := range s.Articles {
				told[a.ID]++
				copies += len(a.Copies)
			}
		},
		Copy: func(news.Article, string) { copies++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(told)+copies+st.SetAside != 3000 {
		t.Errorf("%d articles told, %d copies, %d set aside: want 3000 in all", len(told), copies, st.SetAside)
	}
	for id, k := range told {
		if k != 1 {
			t.Errorf("article %s told %d times", id, k)
		}
	}
}

// TestStreamStoriesLongTold checks that a story longer than heldText is told with the
// text of its first articles only, and that every later article shows the words, not
// the stems, it shares with the story.
func TestStreamStoriesLongTold(t *testing.T) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 5, PerDay: 400, Active: 4})
	written := map[string]bool{}
	n, long, textless, shown := 0, 0, 0, 0
	_, err := Stream(context.Background(), func() (news.Article, bool) {
		n++
		a := gen.Next()
		for _, p := range append([]string{a.Title}, a.Paragraphs...) {
			for _, w := range text.Words(p) {
				written[strings.ToLower(w)] = true
			}
		}
		return a, n <= 600
	}, StoryOptions{Cluster: cluster.Options{Quiet: 48 * time.Hour}}, StreamHooks{
		Story: func(s news.Story) {
			if len(s.Articles) > heldText {
				long++
			}
			for _, a := range s.Articles {
				if a.Paragraphs != nil {
					continue
				}
				textless++
				for _, w := range a.Shared {
					shown++
					if !written[strings.ToLower(w)] {
						t.Errorf("article %s shows %q, which no article writes", a.ID, w)
					}
				}
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if long == 0 || textless == 0 || shown == 0 {
		t.Fatalf("%d stories of more than %d articles, %d articles told without text showing %d words: the test needs some",
			long, heldText, textless, shown)
	}
}

// TestStreamStoriesLateWord checks that a word only the articles held without their
// text write is shown as they write it, not as its stem.
func TestStreamStoriesLateWord(t *testing.T) {
	var arts []news.Article
	for i := range heldText + 8 {
		paras := []string{damText, damOther}
		if i >= heldText {
			paras = append(paras, "Cruising boats were cruising on the reservoir, and cruising crowds watched the cruising.")
		}
		arts = append(arts, art("dam-"+strconv.Itoa(i), "Wire", i, "Dam opens on the Green River", paras...))
	}
	var shown []string
	_, err := Stream(context.Background(), handOut(arts), StoryOptions{Dedupe: dedupe.Options{MinShingles: 1 << 20}}, StreamHooks{
		Story: func(s news.Story) {
			for _, a := range s.Articles {
				shown = append(shown, a.Shared...)
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(shown, "cruising") || slices.Contains(shown, "cruis") {
		t.Errorf("shown %q: want cruising, not its stem", shown)
	}
}

// TestStreamInputs checks that inputs are streamed in the order given, a file's
// articles in publication order, then standard input line by line, and that a line
// too long or not an article is skipped with a warning naming it.
func TestStreamInputs(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pile.jsonl")
	lines := func(arts ...news.Article) string {
		var b strings.Builder
		for _, a := range arts {
			rec := map[string]any{"id": a.ID, "outlet": a.Outlet, "title": a.Title, "text": strings.Join(a.Paragraphs, "\n\n")}
			if !a.Published.IsZero() {
				rec["published"] = a.Published.Format(time.RFC3339)
			}
			line, _ := json.Marshal(rec)
			b.Write(append(line, '\n'))
		}
		return b.String()
	}
	// The file holds the dam story out of order; standard input brings the bridge.
	if err := os.WriteFile(file, []byte(lines(art("dam-2", "Post", 1, "Valley gets power", damOther), art("dam-1", "Wire", 0, "Dam opens", damText, damMore))), 0o644); err != nil {
		t.Fatal(err)
	}
	stdin := lines(art("bridge-1", "Journal", 3, "Bridge to close for repairs", bridgeText)) +
		strings.Repeat("x", 5000) + "\n" + "\n" + "{broken\n" +
		lines(art("bridge-2", "Gazette", 4, "Detour worries shops", bridgeMore, bridgeText[:150]))
	var skipped []news.Warning
	var stories [][]string
	cfg := Config{Stdin: strings.NewReader(stdin), MaxBytes: 4096}
	_, err := StreamInputs(context.Background(), cfg, StoryOptions{}, []string{file, "-"}, StreamHooks{
		Skipped: func(w news.Warning) { skipped = append(skipped, w) },
		Story: func(s news.Story) {
			var ids []string
			for _, a := range s.Articles {
				ids = append(ids, a.ID)
			}
			stories = append(stories, ids)
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(stories, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if diff := cmp.Diff([][]string{{"bridge-1", "bridge-2"}, {"dam-1", "dam-2"}}, stories); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	var reasons []string
	for _, w := range skipped {
		reasons = append(reasons, w.Source+": "+strings.SplitN(w.Reason, ":", 2)[0])
	}
	want := []string{"stdin:2: line longer than 4096 bytes", "stdin:4: not a JSON object"}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
}

func TestReadBounded(t *testing.T) {
	r := bufio.NewReaderSize(strings.NewReader("short\r\n"+strings.Repeat("y", 100)+"\nlast"), 16)
	for _, want := range []struct {
		line    string
		tooLong bool
		err     error
	}{{"short", false, nil}, {"", true, nil}, {"last", false, io.EOF}, {"", false, io.EOF}} {
		line, tooLong, err := readBounded(r, 10)
		if string(line) != want.line || tooLong != want.tooLong || err != want.err {
			t.Errorf("readBounded = %q, %v, %v; want %q, %v, %v", line, tooLong, err, want.line, want.tooLong, want.err)
		}
	}
}

// FuzzStreamInputs checks that any standard input, read as a live stream, never
// panics, that every article that comes in is told in a story or set aside, and that
// an empty input warns of nothing.
func FuzzStreamInputs(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"Dam opens","text":"` + damText + `"}` + "\n{broken\n\n" + `{"text":"` + bridgeText + `"}`))
	f.Add([]byte("\xff\xfe{\"text\":\"\x00\"}\r\n"))
	f.Add([]byte(`[{"text":"a"},{"text":"b"}]` + "\n"))
	f.Fuzz(func(t *testing.T, stdin []byte) {
		told, skipped := 0, 0
		st, err := StreamInputs(context.Background(), Config{Stdin: bytes.NewReader(stdin), MaxBytes: 1 << 12}, StoryOptions{}, []string{"-"}, StreamHooks{
			Story: func(s news.Story) {
				for _, a := range s.Articles {
					told += 1 + len(a.Copies)
				}
			},
			Skipped: func(news.Warning) { skipped++ },
		})
		if err != nil {
			t.Fatal(err)
		}
		if told+st.SetAside != st.Articles {
			t.Errorf("%d articles in, %d told and %d set aside", st.Articles, told, st.SetAside)
		}
		if skipped > 0 && len(stdin) == 0 {
			t.Errorf("%d warnings for an empty input", skipped)
		}
	})
}

// TestStreamInputsInterrupt checks that cancelling a live stream, while it waits for
// input, ends the input: the open stories are still told.
func TestStreamInputsInterrupt(t *testing.T) {
	inR, inW := io.Pipe()
	defer inW.Close()
	ctx, cancel := context.WithCancel(context.Background())
	line, _ := json.Marshal(map[string]string{"id": "dam-1", "title": "Dam opens", "text": damText})
	go inW.Write(append(line, '\n'))
	var told []string
	st, err := StreamInputs(ctx, Config{Stdin: inR}, StoryOptions{}, []string{"-"}, StreamHooks{
		Story: func(s news.Story) { told = append(told, s.Articles[0].ID) },
		Done:  func(int) { cancel() }, // the stream now waits for a line that never comes
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || !slices.Equal(told, []string{"dam-1"}) {
		t.Errorf("stats %+v, told %v: want dam-1 told", st, told)
	}
}
