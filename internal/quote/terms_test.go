package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// TestTerms covers the rule for quoted words and short terms: a quotation only when its
// sentence attributes it, never by carrying over an earlier speaker.
func TestTerms(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []got
	}{
		{"term after an earlier speaker is a scare quote",
			[]string{"“We will win,” Mayor Ann Lake said. The stadium is now a “sanctuary” for lobbyists."},
			[]got{{"We will win", "Ann Lake", Named, "said", false}}},
		{"term with no cue at all",
			[]string{"“We will win,” Mayor Ann Lake said.", "The city has become a “sanctuary” for the rich, and the “witch hunt” goes on."},
			[]got{{"We will win", "Ann Lake", Named, "said", false}}},
		{"speech verb before the term attributes it",
			[]string{"Trump said he was “disappointed” in the attorney general."},
			[]got{{"disappointed", "Trump", Named, "said", true}}},
		{"a new clause after the term does not",
			[]string{"After tweets calling him “beleaguered” and “weak,” Trump on Tuesday said he was ready."},
			nil},
		{"an attribution tag after the term does",
			[]string{"He was “devastated,” a friend said."},
			[]got{{"devastated", "a friend", Anonymous, "said", true}}},
		{"coordinated terms share the verb",
			[]string{"Wes Streeting called the decision “reckless” and “cruel” on Monday."},
			[]got{{"reckless", "Wes Streeting", Named, "called", true}, {"cruel", "Wes Streeting", Named, "called", true}}},
		{"the subject of the second clause speaks",
			[]string{"He talked with staff about replacements, and Director Anthony Scaramucci said that Trump “probably” wants him gone."},
			[]got{{"probably", "Anthony Scaramucci", Named, "said", true}}},
		{"a tag may end in a phrase",
			[]string{"Her aides were “ready,” Ann Lake said of the night."},
			[]got{{"ready", "Ann Lake", Named, "said", true}}},
		{"three words are speech on their own",
			[]string{"After the vote her aides were “ready for anything,” Ann Lake said they were."},
			[]got{{"ready for anything", "Ann Lake", Named, "said", true}}},
		{"a term with a new clause after it",
			[]string{"After the vote her aides were “ready,” Ann Lake said they were."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(news.Article{ID: "a", Paragraphs: tt.paras})
			if diff := cmp.Diff(tt.want, project(qs)); diff != "" {
				t.Errorf("Find mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsTitle(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Star Wars", true},
		{"A Charge to Keep,", true},
		{"Return of the Jedi.", true},
		{"Never,", false},                                       // one word: left to the other rules
		{"That's Kim", false},                                   // a clause
		{"We Will Win", false},                                  // a clause
		{"we will manage", false},                               // lower case
		{"Go Home. Now", false},                                 // a sentence inside
		{"One Two Three Four Five Six Seven Eight Nine", false}, // too long
		{"Star Wars: Episode I -- The Phantom Menace.", true},   // a subtitle
		{"Varicella Vaccine: Is It a Travel Immunization?", true},
		{"Listen: We Will Win", true},             // capitalised throughout, as titles are
		{"Listen: we will win this fight", false}, // speech after a colon
		{"Why Would We Go? Nobody Asked", false},  // a sentence inside
	}
	for _, tc := range tests {
		if got := isTitle(tc.text); got != tc.want {
			t.Errorf("isTitle(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		p    string
		want string // the first word after the dateline, or "" for none
	}{
		{"ULAN BATOR, January 15 (Xinhua) -- The president spoke.", "The"},
		{"NEW YORK (AP) _ Stocks fell.", "Stocks"},
		{"CAIRO, Egypt — Talks resumed.", "Talks"},
		{"NASA said the probe was lost.", ""},
		{"The council met on Tuesday.", ""},
	}
	for _, tc := range tests {
		ts := tokenize(tc.p, 0, len(tc.p))
		k, got := datelineEnd(ts), ""
		if k > 0 && k < len(ts) {
			got = ts[k].text
		}
		if got != tc.want {
			t.Errorf("datelineEnd(%q) starts the text at %q, want %q", tc.p, got, tc.want)
		}
	}
}
