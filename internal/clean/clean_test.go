package clean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// body is a real body paragraph that gives line rules their context.
const body = "The Senate voted 52-48 on Tuesday to confirm the nominee, ending a months-long fight over the post, and the White House called the result a victory for the president’s agenda."

// outcome is what a test compares: the paragraphs kept and "reason: text" per removal.
type outcome struct {
	Kept    []string
	Removed []string
}

// run cleans one titled article made of paras and returns its outcome.
func run(t *testing.T, a news.Article) (news.Article, outcome) {
	t.Helper()
	out, rep := Clean([]news.Article{a}, Options{})
	if len(out) != 1 {
		t.Fatalf("Clean returned %d articles, want 1", len(out))
	}
	var o outcome
	o.Kept = out[0].Paragraphs
	for _, r := range rep.For(a.ID) {
		o.Removed = append(o.Removed, r.Reason+": "+r.Text)
	}
	return out[0], o
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		name   string
		line   string
		reason string // "" means the line must stay
	}{
		{"credit agency pair", "AFP/Getty Images", reasonCredit},
		{"credit name slash agency", "Alex Brandon/AP", reasonCredit},
		{"credit via", "Andrew Harrer/Bloomberg via Getty Images", reasonCredit},
		{"credit parenthesised", "(AP Photo/Alex Brandon)", reasonCredit},
		{"credit photo label", "Photo: Reuters", reasonCredit},
		{"credit agency alone", "Getty Images", reasonCredit},
		{"credit image copyright", "Image copyright Getty Images", reasonCredit},
		{"credit caps agency slash name", "REUTERS/Kevin Lamarque", reasonCredit},
		{"credit file photo", "File photo", reasonCredit},
		{"credit pool", "Pool/Getty Images", reasonCredit},
		{"caption with parenthesised credit", "President Trump speaks in the Rose Garden of the White House in Washington, Tuesday, July 25, 2017. (AP Photo/Evan Vucci)", reasonCaption},
		{"caption with trailing credit", "Protesters march past the chancellery in Berlin on Saturday. Jane Roe/EPA", reasonCaption},
		{"caption label", "Image caption The minister arrives at Downing Street", reasonCaption},
		{"body mentions Getty", "Getty Images said on Tuesday it would cut 200 jobs.", ""},
		{"body mentions AP", "The AP reported that the vote was delayed until Friday.", ""},
		{"body ends with wire tag", "Oil prices rose on Tuesday after the talks ended. (Reuters)", ""},
		{"print media", "Print media revenue fell again last year, the report said.", ""},
		{"photographers", "Photographers crowded the steps of the court.", ""},
		{"slash in headline words", "Trump/Russia Connection Deepens", ""},
		{"more news", "More news: Yankees hit 4 home runs in 8th inning", reasonPromo},
		{"read more", "Read more: How the vote unfolded", reasonPromo},
		{"related", "Related: Senate confirms nominee", reasonPromo},
		{"read more caps", "READ MORE", reasonPromo},
		{"continue reading", "Continue reading the main story", reasonPromo},
		{"click here", "Click here to get the app", reasonPromo},
		{"sign up", "Sign up for our morning briefing", reasonPromo},
		{"advertisement", "Advertisement", reasonPromo},
		{"story continues", "Story continues below", reasonPromo},
		{"share this", "Share this article", reasonWidget},
		{"watch label", "WATCH: Sessions speaks to reporters", reasonPromo},
		{"related with a hyphen", "Related-party deals rose 4 percent last year.", ""},
		{"related coverage sentence", "Related coverage of the trial appeared in several newspapers.", ""},
		{"subscribe in body", "Readers can subscribe to the paper for $5 a month, the company said.", ""},
		{"advertisement in body", "Advertisement spending rose 5 percent in 2016, the group said.", ""},
		{"widget print", "Print", reasonWidget},
		{"widget comment", "Comment", reasonWidget},
		{"widget adjust comment print", "Adjust Comment Print", reasonWidget},
		{"widget share row", "Share Tweet Email Facebook", reasonWidget},
		{"widget subscribe", "Subscribe", reasonWidget},
		{"share prices", "Share prices fell 3 percent on Tuesday.", ""},
		{"copyright footer", "© 2017 The Associated Press. All rights reserved.", reasonCopyright},
		{"copyright in body", "Copyright law was at the center of the case, the judge said.", ""},
		{"copyright notice after an address", "WASHINGTON, D.C. 20003 Tel: 202-547-4512 Fax: 202-546-4194 COPYRIGHT 1998 BY WORLDSOURCES, INC., A JOINT VENTURE OF FDCH, INC. AND WORLD TIMES, INC. NO PORTION OF THE MATERIALS CONTAINED HEREIN MAY BE USED IN ANY MEDIA WITHOUT ATTRIBUTION TO WORLDSOURCES, INC.", reasonCopyright},
		{"no part of this publication", "No part of this publication may be reproduced without the written permission of the publisher.", reasonCopyright},
		{"a song's copyright in a sentence", "The song, copyright 1998 by a small label, was later sold to Sony for an undisclosed sum.", ""},
		{"follow on twitter", "Follow him on Twitter @jdoe", reasonBio},
		{"contact the author", "Contact the author at jdoe@example.com", reasonBio},
		{"contributed reporting", "Jane Roe contributed reporting from London.", reasonBio},
		{"syndication note", "(Distributed by Lakeside News Features)", reasonSyndication},
		{"syndication price note", "(To publish this article, it must be purchased from the Lakeside Syndicate.)", reasonSyndication},
		{"syndication contact list item", "(--Europe: ANN LEE in Paris at 47-00-00-00; fax, 47-00-00-01.", reasonSyndication},
		{"wire note filed by", "Story Filed By Lakeside Newspapers", reasonSyndication},
		{"wire note for use by", "For Use By Clients of the Lakeside News Service", reasonSyndication},
		{"wire note to editors", "EDs: Moving in (w) Washington and (p) politics categories.", reasonSyndication},
		{"wire note in two client words", "CoxNet layouts are for sale to subscribers of the Lakeside Syndicate.", reasonSyndication},
		{"contact list item", "U.S. and Canada: ANN LEE in New Jersey at 1-555-390-4480; fax, 555-390-4697.", reasonSyndication},
		{"contact label", "IN ATLANTA: Jane Roe at 404 555-5456.", reasonSyndication},
		{"reporter can be reached", "Chris Doe can be reached at (602) 555-7942 or at chris.doe(at)example.com via e-mail.", reasonBio},
		{"wire note to editors in capitals", "ATTENTION EDITORS: The following material is for use only by arrangement with the Lakeside Syndicate.", reasonSyndication},
		{"wire note in brackets", "(She also has information on how to subscribe to the Lakeside News Service.)", reasonSyndication},
		{"editing mark", "(BEGIN OPTIONAL TRIM)", reasonSyndication},
		{"editing mark without brackets", "SECOND OPTIONAL TRIM FOLLOWS", reasonSyndication},
		{"optional in a sentence", "OPTIONAL TRIM is what the desk wrote, the editor said.", ""},
		{"hotline in the story", "Residents finding dead birds are asked to call the state's toll-free hotline at 1-888-555-3110.", ""},
		{"distributed by in the story", "The drug is distributed by a Swiss firm to clinics across Europe, the company said.", ""},
		{"bracketed aside in body", "(The ferry was distributed by lottery among the towns.", ""},
		{"bracketed remark stays", "(The mayor later said she regretted the remark.)", ""},
		{"lone thank you", "Thank you.", ""},
		{"follow in body", "Follow the money, the senator said.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := news.Article{ID: "a", Title: "Given title", Paragraphs: []string{body, tc.line, body}}
			_, got := run(t, a)
			want := outcome{Kept: []string{body, body}, Removed: []string{tc.reason + ": " + tc.line}}
			if tc.reason == "" {
				want = outcome{Kept: []string{body, tc.line, body}}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestBylines(t *testing.T) {
	tests := []struct {
		name       string
		paras      []string
		wantByline string
		wantOutlet string
		want       outcome
	}{
		{
			name:       "byline with outlet line",
			paras:      []string{"By Robert Costa and Sari Horwitz", "Washington Post", body},
			wantByline: "Robert Costa and Sari Horwitz", wantOutlet: "Washington Post",
			want: outcome{Kept: []string{body}, Removed: []string{
				"byline: By Robert Costa and Sari Horwitz", "outlet: Washington Post"}},
		},
		{
			name:  "byline without a name",
			paras: []string{"By Published July 26, 2017 7:13 am", body},
			want:  outcome{Kept: []string{body}, Removed: []string{"byline: By Published July 26, 2017 7:13 am"}},
		},
		{
			name:  "role byline",
			paras: []string{"By STAFF WRITER", body},
			want:  outcome{Kept: []string{body}, Removed: []string{"byline: By STAFF WRITER"}},
		},
		{
			name:       "agency outlet and date line",
			paras:      []string{"By Jane Roe", "Updated 10:02 a.m. ET", "The Associated Press", body},
			wantByline: "Jane Roe", wantOutlet: "The Associated Press",
			want: outcome{Kept: []string{body}, Removed: []string{
				"byline: By Jane Roe", "date line: Updated 10:02 a.m. ET", "outlet: The Associated Press"}},
		},
		{
			name:       "byline with outlet after a bar",
			paras:      []string{"By Jane Roe | Reuters", body},
			wantByline: "Jane Roe", wantOutlet: "Reuters",
			want: outcome{Kept: []string{body}, Removed: []string{"byline: By Jane Roe | Reuters"}},
		},
		{
			name:       "byline with outlet after a comma",
			paras:      []string{"By Jane Roe and John Smith, Daily Planet", body},
			wantByline: "Jane Roe and John Smith", wantOutlet: "Daily Planet",
			want: outcome{Kept: []string{body}, Removed: []string{"byline: By Jane Roe and John Smith, Daily Planet"}},
		},
		{
			name:       "byline with a role after a comma",
			paras:      []string{"By VLADIMIR ISACHENKOV, Associated Press Writer", body},
			wantByline: "Vladimir Isachenkov", wantOutlet: "Associated Press",
			want: outcome{Kept: []string{body}, Removed: []string{"byline: By VLADIMIR ISACHENKOV, Associated Press Writer"}},
		},
		{
			name:  "by the time",
			paras: []string{"By the time the Senate voted, the bill had changed.", body},
			want:  outcome{Kept: []string{"By the time the Senate voted, the bill had changed.", body}},
		},
		{
			name:  "by a weekday",
			paras: []string{"By Tuesday, the talks had collapsed.", body},
			want:  outcome{Kept: []string{"By Tuesday, the talks had collapsed.", body}},
		},
		{
			name: "trailing name and bio",
			paras: []string{body, "Jane Roe", "Jane Roe is a News Writer based in Washington, D.C.",
				"Follow her on Twitter @janeroe"},
			wantByline: "Jane Roe",
			want: outcome{Kept: []string{body}, Removed: []string{"byline: Jane Roe",
				"author bio: Jane Roe is a News Writer based in Washington, D.C.",
				"author bio: Follow her on Twitter @janeroe"}},
		},
		{
			name:       "bio naming a paper",
			paras:      []string{body, "John Smith is a reporter for the Daily Planet covering courts."},
			wantByline: "",
			want: outcome{Kept: []string{body}, Removed: []string{
				"author bio: John Smith is a reporter for the Daily Planet covering courts."}},
		},
		{
			name:       "trailing bio in brackets",
			paras:      []string{body, "(Jane Roe is a columnist for the Daily Planet.)"},
			wantByline: "",
			want:       outcome{Kept: []string{body}, Removed: []string{"author bio: (Jane Roe is a columnist for the Daily Planet.)"}},
		},
		{
			name:  "bio in brackets at the front, with an apposition",
			paras: []string{"(Ann Lee, Lakota Indian, is publisher of the Plains Weekly.) Lakeside News Service", body},
			want: outcome{Kept: []string{body}, Removed: []string{
				"author bio: (Ann Lee, Lakota Indian, is publisher of the Plains Weekly.) Lakeside News Service"}},
		},
		{
			name:  "a remark in brackets at the front stays",
			paras: []string{"(Ann Lee, the mayor, is expected to sign the budget on Monday.)", body},
			want:  outcome{Kept: []string{"(Ann Lee, the mayor, is expected to sign the budget on Monday.)", body}},
		},
		{
			name: "bios before a wire's notes to its clients",
			paras: []string{body, "Ann Lee writes for the Lakeside Ledger, Lakeside, Ga.",
				"Jo Roe is a member of the Plains Weekly editorial board. E-mail: jroe(at)example.com",
				"Story Filed By Lakeside Newspapers", "For Use By Clients of the Lakeside News Service"},
			want: outcome{Kept: []string{body}, Removed: []string{
				"author bio: Ann Lee writes for the Lakeside Ledger, Lakeside, Ga.",
				"author bio: Jo Roe is a member of the Plains Weekly editorial board. E-mail: jroe(at)example.com",
				"syndication note: Story Filed By Lakeside Newspapers",
				"syndication note: For Use By Clients of the Lakeside News Service"}},
		},
		{
			name:  "a closing sentence that writes for no paper stays",
			paras: []string{body, "Ann Lee writes about her childhood in the new book."},
			want:  outcome{Kept: []string{body, "Ann Lee writes about her childhood in the new book."}},
		},
		{
			name:  "closing line about a senator stays",
			paras: []string{body, "Jeff Sessions is a former senator from Alabama."},
			want:  outcome{Kept: []string{body, "Jeff Sessions is a former senator from Alabama."}},
		},
		{
			name:  "pronoun sentence stays",
			paras: []string{body, "She is a writer at heart, her mother said."},
			want:  outcome{Kept: []string{body, "She is a writer at heart, her mother said."}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, got := run(t, news.Article{ID: "a", Title: "Given title", Paragraphs: tc.paras})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if a.Byline != tc.wantByline || a.Outlet != tc.wantOutlet {
				t.Errorf("byline, outlet = %q, %q; want %q, %q", a.Byline, a.Outlet, tc.wantByline, tc.wantOutlet)
			}
		})
	}
}

func TestBylineKeepsGivenFields(t *testing.T) {
	a, _ := run(t, news.Article{ID: "a", Title: "T", Byline: "Given", Outlet: "Given Outlet",
		Paragraphs: []string{"By Jane Roe", "Daily Planet", body}})
	if a.Byline != "Given" || a.Outlet != "Given Outlet" {
		t.Errorf("byline, outlet = %q, %q; want the given values kept", a.Byline, a.Outlet)
	}
	if diff := cmp.Diff([]string{body}, a.Paragraphs); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

func TestNewsletterBlock(t *testing.T) {
	block := []string{
		"Get The Planet In Your Inbox!",
		"Morning Digest",
		"Start your day with the top stories from the Daily Planet.",
		"Evening Edition",
		"By clicking “Subscribe,” you agree to the Terms of Use and Privacy Policy",
		"Thank You!",
		"You are now subscribed to the Morning Digest. We will not share your email with anyone.",
	}
	short := "The paper said its newsletter subscriptions doubled last year."
	quote := "“You can subscribe to any theory you like,” he said."
	paras := append(append([]string{body, short}, block...), quote, body)
	a, got := run(t, news.Article{ID: "a", Title: "T", Paragraphs: paras})
	want := outcome{Kept: []string{body, short, quote, body}}
	for _, b := range block {
		want.Removed = append(want.Removed, "newsletter: "+b)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The box names its publication, which becomes the outlet of an article without one,
	// and leaves a given outlet alone.
	if a.Outlet != "Daily Planet" {
		t.Errorf("outlet = %q, want the one the sign-up box names, %q", a.Outlet, "Daily Planet")
	}
	a, _ = run(t, news.Article{ID: "a", Title: "T", Outlet: "Wire", Paragraphs: paras})
	if a.Outlet != "Wire" {
		t.Errorf("outlet = %q, want the given %q", a.Outlet, "Wire")
	}
	// "News from" in the article's own text names no outlet.
	a, _ = run(t, news.Article{ID: "a", Title: "T", Paragraphs: []string{body, "He read the news from the Daily Planet every day, he said.", body}})
	if a.Outlet != "" {
		t.Errorf("outlet = %q from body text, want none", a.Outlet)
	}
}

// TestNewsletterFormStates checks a sign-up box that carries the messages of its form:
// thanks for signing up, a look at your inbox, and the error state.
func TestNewsletterFormStates(t *testing.T) {
	block := []string{
		"Pick Six Newsletter",
		"Get the day's big stories + fun stuff you love like mock drafts, picks and power rankings.",
		"Thanks for signing up!",
		"Keep an eye on your inbox for the latest sports news.",
		"Sorry!",
		"There was an error processing your subscription.",
	}
	paras := append(append([]string{body}, block...), body)
	_, got := run(t, news.Article{ID: "a", Title: "T", Paragraphs: paras})
	want := outcome{Kept: []string{body, body}}
	for _, b := range block {
		want.Removed = append(want.Removed, "newsletter: "+b)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"nbsp and tabs", "Jane\u00a0Roe\tsaid  so.", "Jane Roe said so."},
		{"zero width", "Sess\u200bions\ufeff said.", "Sessions said."},
		{"control", "a\x07b\r\nc", "ab c"},
		{"curly quotes stay", "“Yes,” he said — ‘no’.", "“Yes,” he said — ‘no’."},
		{"invalid utf8", "ok\xffay", "okay"},
		{"narrow spaces", "10\u202fa.m.\u2003now", "10 a.m. now"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, normalize(tc.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestEmptyParagraphsDropped(t *testing.T) {
	a, got := run(t, news.Article{ID: "a", Title: "T", Paragraphs: []string{" \u200b", body, "\t"}})
	if diff := cmp.Diff(outcome{Kept: []string{body}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if a.Title != "T" {
		t.Errorf("title = %q, want T", a.Title)
	}
}

func TestAllNoiseLeavesNoParagraphs(t *testing.T) {
	out, rep := Clean([]news.Article{{ID: "a", Title: "T", Paragraphs: []string{"Print", "Getty Images"}}}, Options{})
	if len(out) != 1 || out[0].Paragraphs != nil {
		t.Fatalf("got %+v, want one article with no paragraphs", out)
	}
	if len(rep.Removed) != 2 {
		t.Errorf("removed %d lines, want 2", len(rep.Removed))
	}
}

func TestInputNotModified(t *testing.T) {
	in := []news.Article{{ID: "a", Paragraphs: []string{"Print", "Headline About the Senate Vote", body}}}
	Clean(in, Options{})
	if diff := cmp.Diff([]string{"Print", "Headline About the Senate Vote", body}, in[0].Paragraphs); diff != "" {
		t.Errorf("input changed (-want +got):\n%s", diff)
	}
	if in[0].Title != "" {
		t.Errorf("input title changed to %q", in[0].Title)
	}
}

// joinWords is a helper for building long lines in tests.
func joinWords(n int, w string) string { return strings.TrimSpace(strings.Repeat(w+" ", n)) }

func TestDateLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Published July 26, 2017 7:13 am", true},
		{"Updated 10:02 a.m. ET", true},
		{"July 26, 2017", true},
		{"1999:", false},
		{"444-8286.", false},
		{"The vote is on July 26.", false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			if got := isDateLine(tc.line); got != tc.want {
				t.Errorf("isDateLine(%q) = %v, want %v", tc.line, got, tc.want)
			}
		})
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain paragraph", "The council met on Tuesday.", []string{"The council met on Tuesday."}},
		{"rule inside", "It is time to act. ________ (To publish this article, call 555.)",
			[]string{"It is time to act.", "(To publish this article, call 555.)"}},
		{"end of story mark first", "-0- (To publish this article, call 555.)",
			[]string{"(To publish this article, call 555.)"}},
		{"a rule alone stays", "________", []string{"________"}},
		{"hyphenated words stay", "A well-known, long-running show-stopper.", []string{"A well-known, long-running show-stopper."}},
		{"a short dash stays", "The vote was 5 --- 4 in favour.", []string{"The vote was 5 --- 4 in favour."}},
		{"wire bullet", "_ Vitamin E eased the pain.", []string{"Vitamin E eased the pain."}},
		{"wire list dash", "--U.S. District Judge Ann Lee of Ohio, acquitted.", []string{"U.S. District Judge Ann Lee of Ohio, acquitted."}},
		{"bracketed notes", "(Ann Lee is a free-lance writer.) (To publish this article, call 555.)",
			[]string{"(Ann Lee is a free-lance writer.)", "(To publish this article, call 555.)"}},
		{"brackets inside prose stay", "(The mayor) (who spoke first) said nothing new about it.",
			[]string{"(The mayor) (who spoke first) said nothing new about it."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, normalizeAll([]string{tc.in})); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
