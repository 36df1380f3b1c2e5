package clean

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestFrontMatter(t *testing.T) {
	body2 := "Senators from both parties said the nominee would face more questions about the post before the final vote, which leaders expect later this month."
	tests := []struct {
		name      string
		title     string // given title, if any
		paras     []string
		wantTitle string
		fromBody  bool // the title is the body's first sentence
		want      outcome
	}{
		{
			name:      "section kicker headline dek",
			paras:     []string{"The Roundup", "Senate Votes to Confirm Nominee After Long Fight", "Leaders expect the nominee to face more questions", body, body2},
			wantTitle: "Senate Votes to Confirm Nominee After Long Fight",
			want: outcome{Kept: []string{body, body2}, Removed: []string{
				"kicker: The Roundup", "title: Senate Votes to Confirm Nominee After Long Fight",
				"dek: Leaders expect the nominee to face more questions"}},
		},
		{
			name:      "caption joke between headline and body",
			paras:     []string{"Senate Confirms Nominee in Close Vote", "Hold me?", "AFP/Getty Images", body, body2},
			wantTitle: "Senate Confirms Nominee in Close Vote",
			want: outcome{Kept: []string{body, body2}, Removed: []string{
				"title: Senate Confirms Nominee in Close Vote", "front matter: Hold me?",
				"photo credit: AFP/Getty Images"}},
		},
		{
			name: "sentence dek before a photo",
			paras: []string{"Senate Confirms Nominee in Close Vote",
				"The nominee faced a long fight. Leaders from both parties said the post matters.",
				"Jane Roe/Bloomberg via Getty Images", body, body2},
			wantTitle: "Senate Confirms Nominee in Close Vote",
			want: outcome{Kept: []string{body, body2}, Removed: []string{
				"title: Senate Confirms Nominee in Close Vote",
				"dek: The nominee faced a long fight. Leaders from both parties said the post matters.",
				"photo credit: Jane Roe/Bloomberg via Getty Images"}},
		},
		{
			name:      "short dateline paragraph is body",
			paras:     []string{"Senate Confirms Nominee", "WASHINGTON — The Senate voted 52-48.", body2},
			wantTitle: "Senate Confirms Nominee",
			want: outcome{Kept: []string{"WASHINGTON — The Senate voted 52-48.", body2},
				Removed: []string{"title: Senate Confirms Nominee"}},
		},
		{
			name:      "short sentence paragraph is body",
			paras:     []string{"Senate confirms nominee", "The vote was the closest in a decade for the post.", body2},
			wantTitle: "Senate confirms nominee",
			want: outcome{Kept: []string{"The vote was the closest in a decade for the post.", body2},
				Removed: []string{"title: Senate confirms nominee"}},
		},
		{
			name:      "no front lines: title from the first sentence, body kept",
			paras:     []string{body2, body},
			wantTitle: "Senators from both parties said the nominee would face more questions about the post before the final vote, which leaders…",
			fromBody:  true,
			want:      outcome{Kept: []string{body2, body}},
		},
		{
			name:      "headline only",
			paras:     []string{"Senate Confirms Nominee", "Roll Call"},
			wantTitle: "Senate Confirms Nominee",
			want:      outcome{Kept: []string{"Roll Call"}, Removed: []string{"title: Senate Confirms Nominee"}},
		},
		{
			name:      "given title repeated in the body",
			title:     "Senate confirms nominee",
			paras:     []string{"Senate Confirms Nominee", body},
			wantTitle: "Senate confirms nominee",
			want:      outcome{Kept: []string{body}, Removed: []string{"title repeated: Senate Confirms Nominee"}},
		},
		{
			name:      "given title leaves front lines alone",
			title:     "Senate confirms nominee",
			paras:     []string{"The Roundup", body},
			wantTitle: "Senate confirms nominee",
			want:      outcome{Kept: []string{"The Roundup", body}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, got := run(t, news.Article{ID: "a", Title: tc.title, Paragraphs: tc.paras})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if a.Title != tc.wantTitle || a.TitleFromBody != tc.fromBody {
				t.Errorf("title = %q (from the body: %v), want %q (%v)", a.Title, a.TitleFromBody, tc.wantTitle, tc.fromBody)
			}
		})
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"one sentence", "The Senate voted. Then it left.", "The Senate voted."},
		{"initials do not end it", "U.S. lawmakers met on Tuesday. More followed.", "U.S. lawmakers met on Tuesday."},
		{"long cut", joinWords(25, "word"), joinWords(20, "word") + "…"},
		{"without its dateline", "LONDON (Reuters) - The Senate voted. Then it left.", "The Senate voted."},
		{"without a wire dateline", "SALINAS, Calif. _ Tom Jones farms. He sells.", "Tom Jones farms."},
		{"a name in capitals is no dateline", "NASA - the agency - said so. Then it left.", "NASA - the agency - said so."},
		{"without the dash of a later take", "_ The TV show “60 Minutes” ran two segments. More followed.", "The TV show “60 Minutes” ran two segments."},
		{"without a list bullet", "-- Nov. 29, 1962: Two governments sign an agreement.", "Nov. 29, 1962: Two governments sign an agreement."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, firstSentence(tc.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
