package text

import "testing"

func TestFirstNameGender(t *testing.T) {
	tests := []struct {
		in   string
		want byte
	}{
		{"gary", Male},
		{"victoria", Female},
		{"jean", UnknownGender}, // in both lists
		{"zorblat", UnknownGender},
		{"", UnknownGender},
	}
	for _, tt := range tests {
		if got := FirstNameGender(tt.in); got != tt.want {
			t.Errorf("FirstNameGender(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
