package watch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-news/storyline/internal/news"
)

// fakeFeeds serves entries per feed URL and counts Article calls.
type fakeFeeds struct {
	items map[string][]string // feed URL -> item keys
	made  int
}

func (f *fakeFeeds) poll(_ context.Context, url string) ([]Entry, []news.Warning, error) {
	keys, ok := f.items[url]
	if !ok {
		return nil, nil, news.Errorf(news.NotFound, url, "no such feed")
	}
	var es []Entry
	for _, k := range keys {
		es = append(es, Entry{Key: k, Article: func(context.Context) (news.Article, []news.Warning, error) {
			f.made++
			if strings.HasPrefix(k, "bad") {
				return news.Article{}, nil, errors.New("page gone")
			}
			return news.Article{Source: k, Title: "T " + k}, nil, nil
		}})
	}
	return es, nil, nil
}

var day = time.Date(2024, 3, 7, 23, 0, 0, 0, time.UTC)

func runOnce(t *testing.T, dir string, f *fakeFeeds, feeds ...string) Report {
	t.Helper()
	var got Report
	opt := Options{Dir: dir, Feeds: feeds, Poll: f.poll, Once: true, Now: func() time.Time { return day },
		Record: func(a news.Article) any { return map[string]string{"source": a.Source} }}
	if err := Run(context.Background(), opt, func(r Report) { got = r }); err != nil {
		t.Fatal(err)
	}
	return got
}

func readDay(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "2024-03-07.jsonl"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return string(data)
}

func TestRunWritesOnlyNewEntries(t *testing.T) {
	dir := t.TempDir()
	f := &fakeFeeds{items: map[string][]string{"a": {"k1", "k2"}, "b": {"k2", "bad1"}}}
	tests := []struct {
		name     string
		feeds    map[string][]string
		wantNew  int
		wantSeen int
		warnings int
		file     string
	}{
		{"first poll", nil, 2, 1, 2, `{"source":"k1"}` + "\n" + `{"source":"k2"}` + "\n"},
		{"restart, nothing new", nil, 0, 3, 2, `{"source":"k1"}` + "\n" + `{"source":"k2"}` + "\n"},
		{"one new item", map[string][]string{"a": {"k3", "k1", "k2"}}, 1, 3, 2, `{"source":"k1"}` + "\n" + `{"source":"k2"}` + "\n" + `{"source":"k3"}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.feeds {
				f.items[k] = v
			}
			r := runOnce(t, dir, f, "a", "b", "missing")
			if r.New != tt.wantNew || r.Seen != tt.wantSeen || len(r.Warnings) != tt.warnings {
				t.Errorf("report new %d seen %d warnings %+v; want %d, %d, %d", r.New, r.Seen, r.Warnings, tt.wantNew, tt.wantSeen, tt.warnings)
			}
			if diff := cmp.Diff(tt.file, readDay(t, dir)); diff != "" {
				t.Errorf("day file (-want +got):\n%s", diff)
			}
		})
	}
	state, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err != nil || strings.Contains(string(state), "k1") || len(strings.Fields(string(state))) != 3 {
		t.Errorf("state must hold 3 hashed keys, got %q (%v)", state, err)
	}
}

func TestRunLoopsUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f := &fakeFeeds{items: map[string][]string{"a": {"k1"}}}
	polls := 0
	var waits []time.Duration
	opt := Options{Dir: t.TempDir(), Feeds: []string{"a"}, Poll: f.poll, Interval: time.Minute,
		Now: func() time.Time { return day },
		Sleep: func(_ context.Context, d time.Duration) error {
			waits = append(waits, d)
			if len(waits) == 3 {
				cancel()
				return ctx.Err()
			}
			return nil
		}}
	if err := Run(ctx, opt, func(Report) { polls++ }); err != nil {
		t.Fatal(err)
	}
	if polls != 3 || f.made != 1 {
		t.Errorf("%d polls and %d articles made, want 3 and 1", polls, f.made)
	}
	if diff := cmp.Diff([]time.Duration{time.Minute, time.Minute, time.Minute}, waits); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
}

func TestRunNeedsDirAndPoller(t *testing.T) {
	if err := Run(context.Background(), Options{Once: true}, nil); news.ErrorCode(err) != news.Invalid {
		t.Errorf("Run without options: %v, want an invalid-input error", err)
	}
}

func TestKeyHash(t *testing.T) {
	if a, b := KeyHash("https://a.example/1"), KeyHash("https://a.example/2"); a == b || len(a) != 32 {
		t.Errorf("KeyHash gave %q and %q", a, b)
	}
}
