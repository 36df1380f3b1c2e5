package dateparser

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when no date should be found
	}{
		{"2019-03-05", "2019-03-05"},
		{"Published 2019/3/5 at 10:00", "2019-03-05"},
		{"05.03.2019", "2019-03-05"},
		{"3/5/2019", "2019-03-05"},
		{"25/12/2018", "2018-12-25"},
		{"12/25/2018", "2018-12-25"},
		{"5 March 2019", "2019-03-05"},
		{"March 5th, 2019 3:04 pm", "2019-03-05"},
		{"Updated: Mar. 5, 2019", "2019-03-05"},
		{"Tuesday 5th of March 2019", "2019-03-05"},
		{"5. März 2019", "2019-03-05"},
		{"le 1er mars 2019", "2019-03-01"},
		{"5 de marzo de 2019", "2019-03-05"},
		{"2019年3月5日", "2019-03-05"},
		{"2019년 3월 5일", "2019-03-05"},
		{"5 марта 2019 г.", "2019-03-05"},
		{"الأربعاء، 07 أكتوبر 2020 12:19 م", "2020-10-07"},
		{"31 April 2019", ""},
		{"March 2019", ""},
		{"two days ago", ""},
		{"version 1.2.3", ""},
		{"", ""},
	}
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	cfg := &Configuration{PreferredDateSource: Past, StrictParsing: true}
	for _, tt := range tests {
		d, err := p.Parse(cfg, tt.in)
		got := ""
		if err == nil {
			got = d.Time.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("Parse(%q) = %q (err %v), want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseWithLayout(t *testing.T) {
	p := &Parser{}
	d, err := p.Parse(nil, "20190305", "20060102")
	if err != nil || !d.Time.Equal(time.Date(2019, 3, 5, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Parse with layout = %v, %v", d.Time, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"5 March 2019", "2019-03-05", "2019年3月5日", "1/2/3", "de de de"} {
		f.Add(s)
	}
	p := &Parser{}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := p.Parse(&Configuration{}, s)
		if err == nil && (d.Time.Year() < 1000 || d.Time.Year() > 9999) {
			t.Errorf("Parse(%q) = %v: year out of range", s, d.Time)
		}
	})
}
