package rouge

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// sharedEval returns <repo root>/../shared/eval/name, skipping the test when it is absent.
func sharedEval(tb testing.TB, name string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for !fileExists(filepath.Join(dir, "go.mod")) {
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Skip("no go.mod above the test")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "eval", name)
	if !fileExists(p) {
		tb.Skipf("evaluation data %s is absent", p)
	}
	return p
}

func runFixture(tb testing.TB, dir, config string, opt Options) []byte {
	tb.Helper()
	f, err := os.Open(filepath.Join(dir, config))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	cfg, err := ParseConfig(f, dir)
	if err != nil {
		tb.Fatal(err)
	}
	rep, err := Evaluate(context.Background(), cfg, opt)
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	if err := rep.Write(&out); err != nil {
		tb.Fatal(err)
	}
	return out.Bytes()
}

var (
	reAverage = regexp.MustCompile(`^(\S+ \S+ Average_[RPF]): ([0-9.]+) \((\d+%-conf\.int\.) ([0-9.]+) - ([0-9.]+)\)$`)
	reEval    = regexp.MustCompile(`^(\S+ \S+ Eval \S+) R:([0-9.]+) P:([0-9.]+) F:([0-9.]+)$`)
)

// reportValues reads a ROUGE report into point values (every Eval R/P/F and Average
// value) and interval bounds, keyed by the line's tag.
func reportValues(tb testing.TB, data []byte) (points, intervals map[string]string) {
	points, intervals = map[string]string{}, map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if m := reAverage.FindStringSubmatch(line); m != nil {
			points[m[1]] = m[2]
			intervals[m[1]+" low"], intervals[m[1]+" high"] = m[4], m[5]
		} else if m := reEval.FindStringSubmatch(line); m != nil {
			points[m[1]+" R"], points[m[1]+" P"], points[m[1]+" F"] = m[2], m[3], m[4]
		} else if line != strings.Repeat("-", 45) && line != strings.Repeat(".", 45) {
			tb.Errorf("line in no ROUGE format: %q", line)
		}
	}
	return points, intervals
}

// compareReports counts the values of want that got equals, logging the first misses.
func compareReports(t *testing.T, got, want map[string]string, what string) {
	t.Helper()
	equal, missed := 0, 0
	for k, w := range want {
		if got[k] == w {
			equal++
			continue
		}
		if missed++; missed <= 10 {
			t.Errorf("%s %s = %q, want %q", what, k, got[k], w)
		}
	}
	t.Logf("%s: %d of %d values equal", what, equal, len(want))
	if len(got) != len(want) {
		t.Errorf("%s: got %d values, want %d", what, len(got), len(want))
	}
}

func duc2004Options() Options {
	opt := DefaultOptions()
	opt.N, opt.NoLCS, opt.Stem, opt.LengthWords, opt.Details = 4, true, true, 100, true
	return opt
}

func duc2006Options() Options {
	opt := DefaultOptions()
	opt.N, opt.WeightW, opt.Stem, opt.SkipBigram, opt.SkipGap, opt.SkipUnigrams, opt.Details = 4, 1.2, true, true, 4, true, true
	return opt
}

// TestDUC2004 checks `-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d rouge.xml`
// against ROUGE-1.5.5's own output on the DUC 2004 Task 2 summaries.
func TestDUC2004(t *testing.T) {
	dir := sharedEval(t, "duc2004-rouge")
	want, err := os.ReadFile(filepath.Join(dir, "rouge.res.orig"))
	if err != nil {
		t.Fatal(err)
	}
	got := runFixture(t, dir, "rouge.xml", duc2004Options())
	gp, gi := reportValues(t, got)
	wp, wi := reportValues(t, want)
	compareReports(t, gp, wp, "point values")
	compareReports(t, gi, wi, "interval bounds")
}

// TestDUC2006 checks NIST's jackknifed DUC 2006 run (`-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000
// -f A -p 0.5 -t 0 -a -d rougejk.in`) against the official ROUGE-1.5.5 output.
func TestDUC2006(t *testing.T) {
	if testing.Short() {
		t.Skip("long: scores 45 summarizers on 200 evaluations")
	}
	dir := sharedEval(t, "duc2006")
	want, err := os.ReadFile(filepath.Join(dir, "official", "rougejk.m.out"))
	if err != nil {
		t.Fatal(err)
	}
	got := runFixture(t, dir, "rougejk.in", duc2006Options())
	gp, gi := reportValues(t, got)
	wp, wi := reportValues(t, want)
	compareReports(t, gp, wp, "point values")
	compareReports(t, gi, wi, "interval bounds")
	for _, m := range []string{"ROUGE-2", "ROUGE-SU4"} {
		n := 0
		for k, w := range wp {
			if strings.Contains(k, " "+m+" Average_R") && gp[k] == w {
				n++
			}
		}
		t.Logf("%s Average_R equal for %d summarizers", m, n)
		if n != 45 {
			t.Errorf("%s Average_R equal for %d summarizers, want 45", m, n)
		}
	}
}

// BenchmarkDUC2006 is the whole jackknifed DUC 2006 run: 45 summarizers, 200
// evaluations, seven methods, 1000 resamples.
func BenchmarkDUC2006(b *testing.B) {
	dir := sharedEval(b, "duc2006")
	for b.Loop() {
		runFixture(b, dir, "rougejk.in", duc2006Options())
	}
}
