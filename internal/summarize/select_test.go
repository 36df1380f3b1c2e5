package summarize

import (
	"testing"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/text"
)

func TestCandidateNeedsTermsForItsWords(t *testing.T) {
	opt := Defaults(text.Terms)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"long and rich", "The city council voted on Tuesday to close three fire stations and cut the library budget by a fifth.", true},
		{"short and dense", "Regulators fined the airline after repeated baggage delays.", true},
		{"short and thin", "It was not what anyone there had hoped it would be at all.", false},
		{"too short", "The mayor resigned.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := news.Sentence{Text: tt.text, Words: text.WordCount(tt.text), Terms: text.Terms(tt.text)}
			if got := candidate(s, opt); got != tt.want {
				t.Errorf("candidate(%q) = %v, want %v (%d words, %d distinct terms)", tt.text, got, tt.want, s.Words, distinctCount(s.Terms))
			}
		})
	}
}
