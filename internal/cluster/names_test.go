package cluster

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"empty", "", nil},
		{"sentence start skipped", "The senator spoke.", nil},
		{"two-word name", "Attorney General Jeff Sessions spoke to Trump.", []string{"Attorney General Jeff Sessions", "Trump"}},
		{"run capped at four", "Attorney General Jeff Beauregard Sessions left.", []string{"Attorney General Jeff Beauregard", "Sessions"}},
		{"possessive", "He met Clinton's aides.", []string{"Clinton"}},
		{"comma and period break a run", "PINE RIDGE, S.D. (AP) -- President Clinton", []string{"PINE RIDGE", "President Clinton"}},
		{"mid-sentence single word", "officials in Moscow said", []string{"Moscow"}},
		{"unicode", "le président Macron à Paris", []string{"Macron", "Paris"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Names(tc.text)); diff != "" {
				t.Errorf("Names(%q) (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
