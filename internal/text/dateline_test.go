package text

import "testing"

// TestDateline checks the dateline found at the start of a sentence and the sentence
// StripDateline leaves without it.
func TestDateline(t *testing.T) {
	tests := []struct{ in, dateline, stripped string }{
		{"WASHINGTON — Attorney General Jeff Sessions said Thursday he plans to stay.", "WASHINGTON — ", "Attorney General Jeff Sessions said Thursday he plans to stay."},
		{"NEW YORK (AP) -- Stocks fell sharply on Monday.", "NEW YORK (AP) -- ", "Stocks fell sharply on Monday."},
		{"LONDON, May 3 (Reuters) - Britain's economy grew faster than expected.", "LONDON, May 3 (Reuters) - ", "Britain's economy grew faster than expected."},
		{"WASHINGTON _ The Clinton administration proposed new rules.", "WASHINGTON _ ", "The Clinton administration proposed new rules."},
		{"CARACAS, Venezuela (AP) _ A party endorsed him.", "CARACAS, Venezuela (AP) _ ", "A party endorsed him."},
		{"EDITORIAL-ELIAN _ Janet Reno clarified the case.", "EDITORIAL-ELIAN _ ", "Janet Reno clarified the case."},
		{"DAM-FISH (Undated) _ \"Fish ladders work,\" she said.", "DAM-FISH (Undated) _ ", "\"Fish ladders work,\" she said."},
		{"(Undated) Here's a list of what drives workers crazy.", "(Undated) ", "Here's a list of what drives workers crazy."},
		{"(undated) and more", "", "(undated) and more"},
		{"The vote - a close one - passed.", "", "The vote - a close one - passed."},
		{"NATO — the alliance — met in Brussels on Friday.", "", "NATO — the alliance — met in Brussels on Friday."},
		{"Sessions said — again — that he would stay.", "", "Sessions said — again — that he would stay."},
		{"WASHINGTON", "", "WASHINGTON"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := Dateline(tt.in); got != tt.dateline {
			t.Errorf("Dateline(%q) = %q, want %q", tt.in, got, tt.dateline)
		}
		if got := StripDateline(tt.in); got != tt.stripped {
			t.Errorf("StripDateline(%q) = %q, want %q", tt.in, got, tt.stripped)
		}
	}
}

// TestShown checks that a shown sentence loses its dateline and the brackets around the
// whole of it, and only those.
func TestShown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"(Pesticides keep flea beetles in check.)", "Pesticides keep flea beetles in check."},
		{"(Undated) The vote was close.", "The vote was close."},
		{"(AP) The vote (a close one) passed (again)", "(AP) The vote (a close one) passed (again)"},
		{"(The vote (a close one) passed.)", "The vote (a close one) passed."},
		{"The vote passed (again).", "The vote passed (again)."},
		{"()", "()"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Shown(tt.in); got != tt.want {
			t.Errorf("Shown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
