package duc

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

// duc2006 returns ../shared/eval/duc2006 beside the repository, or skips.
func duc2006(t testing.TB) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "eval", "duc2006")
	if _, err := os.Stat(filepath.Join(dir, "topics.sgml")); err != nil {
		t.Skip("../shared/eval/duc2006 is absent")
	}
	return dir
}

// TestDUC2006 runs the whole evaluation and holds the figures reached: ROUGE-2 above every
// DUC 2006 system (the bar), ROUGE-SU4 at the level reached (below the best
// system's 0.15464: see BENCHMARKS.md). A drop means the summarizer got worse.
func TestDUC2006(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := duc2006(t)
	res, err := Run(context.Background(), dir, Options{Out: t.TempDir(), Resamples: 100})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("ROUGE-2 %.5f (rank %d of %d), ROUGE-SU4 %.5f (rank %d), halves %+v", res.Rouge2.Recall, res.Rank2, res.Systems, res.RougeSU4.Recall, res.RankSU4, res.Halves)
	if res.Topics != 50 || res.Systems != 35 {
		t.Errorf("%d topics, %d systems; want 50 and 35", res.Topics, res.Systems)
	}
	if res.Rouge2.Recall < 0.0951 || res.Rank2 != 1 {
		t.Errorf("ROUGE-2 %.5f (rank %d), want at least 0.0951 and rank 1", res.Rouge2.Recall, res.Rank2)
	}
	if res.RougeSU4.Recall < 0.150 {
		t.Errorf("ROUGE-SU4 %.5f, want at least 0.150", res.RougeSU4.Recall)
	}
}

func TestFill(t *testing.T) {
	b := news.Brief{Sentences: []news.BriefSentence{
		{Text: "third most important has five words", Rank: 3},
		{Text: "first   one", Rank: 1},
		{Text: "second one here", Rank: 2},
	}}
	got := fill(b, 7)
	// Ranks 1 and 2 fit (5 words); rank 3 is cut to the 2 words left, and goes last.
	want := "first one|second one here|third most"
	if strings.Join(got, "|") != want {
		t.Errorf("fill = %q, want %q", strings.Join(got, "|"), want)
	}
}
