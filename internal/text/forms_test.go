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
		{"capitals are counted lower-cased", []string{"Cities grow. City life; city hall."}, []string{"citi"}, []string{"city"}},
		{"a name keeps its capital", []string{"The Navajo Nation. Many Navajo people, and navajo rugs."}, Terms("navajo"), []string{"Navajo"}},
		{"an acronym keeps its capitals", []string{"The FBI said so. The FBI, the Fbi and the fbi."}, Terms("fbi"), []string{"FBI"}},
		{"capitals that start a sentence say nothing", []string{"Army life. Army pay. Army rules; the army."}, Terms("army"), []string{"army"}},
		{"shouted text says nothing", []string{"THE ARMY MARCHED at dawn, and the army slept."}, Terms("army"), []string{"army"}},
		{"as many capitals as not: lower case", []string{"The Army and the army."}, Terms("army"), []string{"army"}},
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
			f.AddHeadline("The Army Marches On") // a headline's capitals never count: "army" stays so
			if diff := cmp.Diff(tt.want, f.Words(tt.terms)); diff != "" {
				t.Errorf("Words mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
