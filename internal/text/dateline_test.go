package text

import "testing"

func TestDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON — Attorney General Jeff Sessions said he would stay.", "WASHINGTON — "},
		{"NEW YORK (AP) -- Stocks fell sharply on Monday.", "NEW YORK (AP) -- "},
		{"LONDON, May 3 (Reuters) - Britain's economy grew.", "LONDON, May 3 (Reuters) - "},
		{"CARACAS, Venezuela (AP) _ A party endorsed him.", "CARACAS, Venezuela (AP) _ "},
		{"EDITORIAL-ELIAN _ Janet Reno clarified the case.", "EDITORIAL-ELIAN _ "},
		{"DAM-FISH (Undated) _ \"Fish ladders work,\" she said.", "DAM-FISH (Undated) _ "},
		{"NATO — the alliance — met in Brussels.", ""},
		{"The vote - a close one - passed.", ""},
		{"Sessions said — again — that he would stay.", ""},
		{"WASHINGTON", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Dateline(tt.in); got != tt.want {
			t.Errorf("Dateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
