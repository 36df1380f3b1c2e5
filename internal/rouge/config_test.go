package rouge

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func TestParseConfig(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []Eval
		code news.Code
	}{
		{
			name: "roots trimmed, names without case, repeated model kept with its last file",
			in: `<ROUGE_EVAL><eval ID="e1"><peer-root>
 peers
</peer-root><MODEL-ROOT>models</MODEL-ROOT><INPUT-FORMAT TYPE="spl"/>
<PEERS><P ID="1"> a.1 </P><P ID="1">a.2</P></PEERS>
<MODELS><M ID="A">m.A</M><M ID="B">m.B</M><M ID="A">m.A2</M></MODELS></eval></ROUGE_EVAL>`,
			want: []Eval{{ID: "e1", Format: FormatSPL, PeerRoot: "peers", ModelRoot: "models",
				Peers:  []Summary{{"1", "a.2"}},
				Models: []Summary{{"A", "m.A2"}, {"B", "m.B"}, {"A", "m.A2"}}}},
		},
		{
			name: "see format",
			in:   `<X><EVAL ID="d1"><INPUT-FORMAT TYPE="SEE"></INPUT-FORMAT><PEERS><P ID="s">p.html</P></PEERS></EVAL></X>`,
			want: []Eval{{ID: "d1", Format: FormatSEE, Peers: []Summary{{"s", "p.html"}}}},
		},
		{name: "no eval", in: `<ROUGE-EVAL></ROUGE-EVAL>`, code: news.Invalid},
		{name: "no format", in: `<R><EVAL ID="a"></EVAL></R>`, code: news.Invalid},
		{name: "unknown format", in: `<R><EVAL ID="a"><INPUT-FORMAT TYPE="PDF"/></EVAL></R>`, code: news.Unsupported},
		{name: "eval without id", in: `<R><EVAL></EVAL></R>`, code: news.Invalid},
		{name: "not xml", in: `<R><EVAL ID="a">`, code: news.Invalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := ParseConfig(strings.NewReader(tt.in), "")
			if tt.code != "" {
				if got := news.ErrorCode(err); got != tt.code {
					t.Fatalf("error %v has code %q, want %q", err, got, tt.code)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, cfg.Evals); diff != "" {
				t.Errorf("ParseConfig (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFileList(t *testing.T) {
	cfg, err := ParseFileList(strings.NewReader("# comment\n\np1 m1 m2\np2 m3\n"), "spl", "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := []Eval{
		{ID: "1", Format: FormatSPL, Peers: []Summary{{"X", "p1"}}, Models: []Summary{{"M.1", "m1"}, {"M.2", "m2"}}},
		{ID: "2", Format: FormatSPL, Peers: []Summary{{"X", "p2"}}, Models: []Summary{{"M.1", "m3"}}},
	}
	if diff := cmp.Diff(want, cfg.Evals); diff != "" {
		t.Errorf("ParseFileList (-want +got):\n%s", diff)
	}
	if _, err := ParseFileList(strings.NewReader("lonely\n"), "SPL", "", ""); news.ErrorCode(err) != news.Invalid {
		t.Errorf("a line without a model: error %v, want invalid", err)
	}
}

func TestReadSentences(t *testing.T) {
	tests := []struct {
		name, format, in string
		want             []string
	}{
		{"spl keeps every non-empty line", "SPL", "One Line.\n\n  Two \nthree", []string{"one line.", "  two ", "three"}},
		{"see", "SEE", "<html>\n<a name=\"1\">[1]</a> <a href=\"#1\" id=1>First ONE.</a>\n" +
			"<a size=\"3\" name=\"2\">[2]</a>\t<a href=\"#2\" id=2>Second</a>\nnoise\n", []string{"first one.", "second"}},
		{"isi", "isi", "<S SNTNO=\"1\">Hello there</S>\n<S>skip</S>\n", []string{"hello there"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadSentences([]byte(tt.in), tt.format, "x")
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadSentences (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := ReadSentences(nil, "BE", "x"); news.ErrorCode(err) != news.Unsupported {
		t.Errorf("unknown format: error %v, want unsupported", err)
	}
}

// TestReportGolden runs a small configuration through Evaluate and Write and compares
// the report with testdata/small/want.txt (refresh with -update).
func TestReportGolden(t *testing.T) {
	dir := filepath.Join("testdata", "small")
	opt := DefaultOptions()
	opt.N, opt.WeightW, opt.Stem, opt.SkipBigram, opt.SkipGap, opt.SkipUnigrams, opt.Details = 2, 1.2, true, true, 4, true, true
	opt.Resamples = 100
	got := runFixture(t, dir, "config.xml", opt)
	golden := filepath.Join(dir, "want.txt")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

func TestEvaluateErrors(t *testing.T) {
	cfg := &Config{Evals: []Eval{{ID: "e", Format: FormatSPL, Peers: []Summary{{"p", "missing.txt"}}, Models: []Summary{{"m", "missing-too.txt"}}}}}
	_, err := Evaluate(context.Background(), cfg, DefaultOptions())
	if news.ErrorCode(err) != news.NotFound {
		t.Errorf("missing files: error %v, want not_found", err)
	}
	bad := DefaultOptions()
	bad.LengthWords, bad.LengthBytes = 10, 10
	if _, err := Evaluate(context.Background(), cfg, bad); news.ErrorCode(err) != news.Invalid {
		t.Errorf("-l with -b: error %v, want invalid", err)
	}
}

func TestMissingPeerWarns(t *testing.T) {
	dir := filepath.Join("testdata", "small")
	f, err := os.Open(filepath.Join(dir, "config.xml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := ParseConfig(f, dir)
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	opt.N = 1
	rep, err := Evaluate(context.Background(), cfg, opt)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"*ROUGE Warning: test instance for peer sys2 does not exist for evaluation t2"}
	if diff := cmp.Diff(want, rep.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	var out bytes.Buffer
	if err := rep.Write(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "sys2 ROUGE-1 Average_R: ") {
		t.Errorf("report lacks sys2:\n%s", out.String())
	}
}
