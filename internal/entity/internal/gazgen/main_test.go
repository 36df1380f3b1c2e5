package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadTab(t *testing.T) {
	tests := []struct {
		name, src string
		col       int
		conv      func(string) string
		want      []string
	}{
		{"zone cities", "# comment\nAR\t-3436-05825\tAmerica/Argentina/Buenos_Aires\nAQ\t-7750+16636\tAntarctica/McMurdo\nUS\t+4700-10147\tAmerica/North_Dakota/Center\n", 2, cityName, []string{"Buenos Aires"}},
		{"countries", "AD\tAndorra\nKR\tKorea (South)\nshort\n", 1, countryName, []string{"Andorra"}},
		{"empty", "", 1, countryName, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.tab")
			if err := os.WriteFile(path, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := readTab(path, tc.col, tc.conv)
			if err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("readTab mismatch (-want +got):\n%s", d)
			}
		})
	}
	if _, err := readTab(filepath.Join(t.TempDir(), "missing.tab"), 1, countryName); err == nil {
		t.Error("readTab of a missing file: want an error")
	}
}

func TestHandLists(t *testing.T) {
	got := handList("# c\n Ada  Bo\n\nCyprus\n")
	if d := cmp.Diff([]string{"Ada  Bo", "Cyprus"}, got); d != "" {
		t.Errorf("handList mismatch (-want +got):\n%s", d)
	}
	if len(handList(firstNames)) == 0 || len(handList(places)) == 0 {
		t.Error("embedded lists are empty")
	}
}

func FuzzCityName(f *testing.F) {
	for _, s := range []string{"", "/", "America/Port_of_Spain", "Etc/GMT+5", "Antarctica/Troll", "a/b/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c := cityName(s); len(c) > len(s) {
			t.Fatalf("cityName(%q) = %q, longer than its input", s, c)
		}
	})
}
