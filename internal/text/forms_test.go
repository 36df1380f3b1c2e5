package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestForms(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		terms []string
		want  []string
	}{
		{"commonest word of a stem", []string{"The armies marched.", "An army of one, the Army's own."}, []string{"armi"}, []string{"army"}},
		{"capitals are counted lower-cased", []string{"Cities grow. City life; CITY hall."}, []string{"citi"}, []string{"city"}},
		{"the shortest word among equals", []string{"generous generously"}, []string{"generous"}, []string{"generous"}},
		{"numbers are their own words", []string{"covid-19 in the 1990s"}, []string{"covid-19", "1990s"}, []string{"covid-19", "1990s"}},
		{"a term never seen is shown as it is", []string{"nothing here"}, []string{"watersh"}, []string{"watersh"}},
		{"curly apostrophes read as straight", []string{"Children’s and children’s"}, Terms("children's"), []string{"children's"}},
		{"no terms", []string{"text"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewForms(tt.terms)
			for _, s := range tt.texts {
				f.Add(s)
			}
			if diff := cmp.Diff(tt.want, f.Words(tt.terms)); diff != "" {
				t.Errorf("Words mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
