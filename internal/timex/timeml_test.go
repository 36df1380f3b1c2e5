package timex

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>Rain fell <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> &amp; <EVENT eid="e1">stopped</EVENT> <TIMEX3 tid="t2" type="DURATION" value="PT2H">two hours</TIMEX3> later.</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>`

func TestParseTimeML(t *testing.T) {
	got, err := ParseTimeML("x.tml", []byte(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	want := Document{
		Name: "x.tml",
		Text: "Rain fell Thursday & stopped two hours later.",
		DCT:  time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC),
		Timexes: []Timex{
			{Start: 10, End: 18, Type: "DATE", Value: "2013-03-21"},
			{Start: 29, End: 38, Type: "DURATION", Value: "PT2H"},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseTimeML mismatch (-want +got):\n%s", diff)
	}
}

func TestParseTimeMLErrors(t *testing.T) {
	tests := []struct {
		name, input string
	}{
		{"no text element", `<TimeML><DOCID>x</DOCID></TimeML>`},
		{"empty", ``},
		{"binary", "\x00\x01\x02<TEXT"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseTimeML("bad.tml", []byte(tc.input))
			if news.ErrorCode(err) != news.Invalid {
				t.Fatalf("ParseTimeML(%q) error = %v, want an invalid-input error", tc.input, err)
			}
		})
	}
}

func TestLoadDirMissing(t *testing.T) {
	_, err := LoadDir(context.Background(), t.TempDir())
	if news.ErrorCode(err) != news.NotFound {
		t.Fatalf("LoadDir(empty dir) error = %v, want not found", err)
	}
}

func TestEvaluate(t *testing.T) {
	doc := Document{Text: "on Thursday and last year for two hours", Timexes: []Timex{
		{Start: 3, End: 11, Value: "2013-03-21"},
		{Start: 16, End: 25, Value: "2012"},
		{Start: 30, End: 39, Value: "PT2H"},
	}}
	sys := []Expr{
		{Start: 3, End: 11, Value: "2013-03-21"}, // strict, value right
		{Start: 21, End: 25, Value: "2011"},      // relaxed only, value wrong
		{Start: 0, End: 2, Value: "X"},           // spurious
	}
	want := Score{Gold: 3, System: 3, Strict: 1, Relaxed: 2, Value: 1}
	got := Evaluate(doc, sys)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(PRF{P: 2.0 / 3, R: 2.0 / 3, F1: 2.0 / 3}, got.RelaxedPRF()); diff != "" {
		t.Errorf("RelaxedPRF mismatch (-want +got):\n%s", diff)
	}
}

func FuzzParseTimeML(f *testing.F) {
	f.Add([]byte(sampleTML))
	f.Add([]byte(`<TEXT><TIMEX3 value="1">a<TIMEX3>b</TEXT></TIMEX3>`))
	f.Add([]byte(`<TEXT>&bogus; <TIMEX3 functionInDocument="CREATION_TIME" value="2013">x</TIMEX3></TEXT>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseTimeML("fuzz.tml", data)
		if err != nil {
			return
		}
		for _, x := range doc.Timexes {
			if x.Start < 0 || x.End < x.Start || x.End > len(doc.Text) {
				t.Fatalf("timex span [%d,%d) outside text of %d bytes", x.Start, x.End, len(doc.Text))
			}
		}
	})
}
