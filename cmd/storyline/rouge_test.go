package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/rouge"
)

func TestParseRougeArgs(t *testing.T) {
	nist := rouge.DefaultOptions()
	nist.N, nist.WeightW, nist.Stem, nist.SkipBigram, nist.SkipGap, nist.SkipUnigrams = 4, 1.2, true, true, 4, true
	nist.Details = true
	tests := []struct {
		name    string
		args    []string
		want    rouge.Options
		wantErr string
	}{
		{name: "NIST DUC 2006", args: strings.Fields("-n 4 -w 1.2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -a -d rougejk.in"), want: nist},
		{name: "bundled flags and attached values", args: strings.Fields("-adm -n4 -2 4 -u -w1.2 rougejk.in"), want: nist},
		{name: "one system", args: strings.Fields("-n 2 -f B -l 100 -x c.xml 24"), want: func() rouge.Options {
			o := rouge.DefaultOptions()
			o.AllSystems, o.System, o.N, o.ModelBest, o.LengthWords, o.NoLCS = false, "24", 2, true, 100, true
			return o
		}()},
		{name: "no system", args: strings.Fields("-n 2 c.xml"), wantErr: "system"},
		{name: "bad formula", args: strings.Fields("-f C -a c.xml"), wantErr: "-f"},
		{name: "unknown option", args: strings.Fields("-3 HM -a c.xml"), wantErr: "-3"},
		{name: "missing value", args: []string{"-n"}, wantErr: "needs a value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ra, err := parseRougeArgs(tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one mentioning %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.want.AllSystems {
				tt.want.Details = ra.opt.Details
			}
			if diff := cmp.Diff(tt.want, ra.opt); diff != "" {
				t.Errorf("options (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRunRouge(t *testing.T) {
	config := filepath.Join("..", "..", "internal", "rouge", "testdata", "small", "config.xml")
	tests := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"report", []string{"-n", "2", "-a", "-r", "10", config}, exitOK, "sys1 ROUGE-2 Average_R: "},
		// counted by hand: models 10+10 and 5 tokens, the peer's 14 tokens twice and 5,
		// hits 9 (model A) + 7 (model B) + 3.
		{"raw counts", []string{"-n", "1", "-x", "-t", "2", "-a", config}, exitOK, "sys1 ROUGE-1 M_count: 25 P_count: 33 H_count: 19"},
		{"usage", []string{"-n", "2"}, exitUsage, ""},
		{"missing config", []string{"-a", "no-such.xml"}, exitFailed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: os.Getenv}
			if code := runRouge(context.Background(), e, tt.args); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut.String())
			}
			if !strings.Contains(out.String(), tt.contains) {
				t.Errorf("stdout lacks %q:\n%s", tt.contains, out.String())
			}
		})
	}
}
