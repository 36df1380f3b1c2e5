package summarize

import "testing"

func TestStripDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON — Attorney General Jeff Sessions said Thursday he plans to stay.", "Attorney General Jeff Sessions said Thursday he plans to stay."},
		{"NEW YORK (AP) -- Stocks fell sharply on Monday.", "Stocks fell sharply on Monday."},
		{"LONDON, May 3 (Reuters) - Britain's economy grew faster than expected.", "Britain's economy grew faster than expected."},
		{"The vote - a close one - passed.", "The vote - a close one - passed."},
		{"WASHINGTON _ The Clinton administration proposed new rules.", "The Clinton administration proposed new rules."},
		{"NATO — the alliance — met in Brussels on Friday.", "NATO — the alliance — met in Brussels on Friday."},
		{"Sessions said — again — that he would stay.", "Sessions said — again — that he would stay."},
	}
	for _, tt := range tests {
		if got := stripDateline(tt.in); got != tt.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

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
