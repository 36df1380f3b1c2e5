package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"abbreviations keep their periods", "The U.S. and the U.K. met.", []string{"The", "U.S.", "and", "the", "U.K.", "met"}},
		{"contraction", "Don't stop, can’t stop.", []string{"Don't", "stop", "can’t", "stop"}},
		{"party-state tag", "Sen. Lindsey Graham (R-S.C.) said", []string{"Sen", "Lindsey", "Graham", "R-S.C.", "said"}},
		{"decimals and money", "$3.5 billion, or 2.5%.", []string{"3.5", "billion", "or", "2.5"}},
		{"thousands", "1,250 articles, 3, 4", []string{"1,250", "articles", "3", "4"}},
		{"hyphen and ampersand", "long-term AT&T bonds -- not S&P", []string{"long-term", "AT&T", "bonds", "not", "S&P"}},
		{"times", "at 3 p.m. Tuesday", []string{"at", "3", "p.m.", "Tuesday"}},
		{"url and email", "see example.com or j.doe@post.com.", []string{"see", "example.com", "or", "j.doe", "post.com"}},
		{"possessive and trailing apostrophe", "Obama's aides' plan", []string{"Obama's", "aides", "plan"}},
		{"unicode letters", "Château Margaux, São Paulo", []string{"Château", "Margaux", "São", "Paulo"}},
		{"punctuation only", "... -- !?", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Words(tt.in)); diff != "" {
				t.Errorf("Words(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"plain", "The cat sat.", 3},
		{"dash and punctuation tokens do not count", "WASHINGTON (AP) -- The vote -- at last .", 6},
		{"numbers count", "It rose 2.5% to $3.5 billion.", 6},
		{"hyphenated counts once", "a long-term plan", 3},
		{"quotes attached", `"Why now?" he asked.`, 4},
		{"unicode space", "one\u00a0two\tthree\nfour", 4},
		{"empty", "   ", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WordCount(tt.in); got != tt.want {
				t.Errorf("WordCount(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"stems and drops stop words", "The senators were debating the generous proposals.", []string{"senat", "debat", "generous", "propos"}},
		{"numbers kept whole", "Prices rose 2.5% in 1990s, to 1,250 units.", []string{"price", "rose", "2.5", "1990s", "1,250", "unit"}},
		{"abbreviations lower-cased", "The U.S. Army's generals", []string{"u.s.", "armi", "general"}},
		{"curly apostrophe contractions are stop words", "They don’t know, he’s said.", []string{"know"}},
		{"said is not content", "Officials said Tuesday.", []string{"offici", "tuesday"}},
		{"punctuation only", "-- ... !", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Terms(tt.in)); diff != "" {
				t.Errorf("Terms(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestIsStopword(t *testing.T) {
	for word, want := range map[string]bool{
		"the": true, "and": true, "don't": true, "said": true, "themselves": true,
		"senate": false, "fire": false, "The": false, "": false,
	} {
		if got := IsStopword(word); got != want {
			t.Errorf("IsStopword(%q) = %v, want %v", word, got, want)
		}
	}
}
