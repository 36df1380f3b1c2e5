package entity

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// TestAbbreviations: abbreviated titles and suffixes are no names on their own, an
// abbreviated title before a name is its role, and abbreviated states and capitalised
// datelines are places.
func TestAbbreviations(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []summary
	}{
		{"a title abbreviation alone is no organisation",
			[]string{"Voters may be better off without their AG. Some of the AG’s allies left, and the DA and the PM stayed."},
			[]summary{}},
		{"a title abbreviation before a name is its role",
			[]string{"AG William Barr met Sen. Susan Collins and Det. Ann Ruiz on Monday."},
			[]summary{
				{"Ann Ruiz", Person, nil, []string{"Det."}, 1},
				{"Susan Collins", Person, nil, []string{"Sen."}, 1},
				{"William Barr", Person, nil, []string{"AG"}, 1},
			}},
		{"suffixes alone are no names",
			[]string{"The firm, Acme Holdings Inc., was founded by Tom Hale, Jr., and later run by Inc. itself."},
			[]summary{{"Acme Holdings Inc.", Organization, nil, nil, 1}, {"Tom Hale", Person, nil, nil, 1}}},
		{"an adjective of religion is no organisation",
			[]string{"He is displeased with the progress his Muslim ban has made."},
			[]summary{}},
		{"a company with a title-like suffix stays whole",
			[]string{"Shares of Siemens AG fell on Tuesday."},
			[]summary{{"Siemens AG", Organization, nil, nil, 1}}},
		{"abbreviated states and datelines are places",
			[]string{"ALBUQUERQUE, N.M. — The tribe met in Albuquerque and in Peach Springs, Ariz., on Friday."},
			[]summary{
				{"Albuquerque", Place, []string{"ALBUQUERQUE"}, nil, 2},
				{"Ariz.", Place, nil, nil, 1},
				{"N.M.", Place, nil, nil, 1},
				{"Peach Springs", Place, nil, nil, 1},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summarize(Find([]news.Article{{ID: "a", Paragraphs: tc.paras}}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Find (-want +got):\n%s", diff)
			}
		})
	}
}
