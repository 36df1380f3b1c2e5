package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"dateline stays with first sentence", "WASHINGTON (AP) -- The Senate voted. It was close.",
			[]string{"WASHINGTON (AP) -- The Senate voted.", "It was close."}},
		{"titles and party-state tag", "Sen. Lindsey Graham (R-S.C.) spoke. Rep. Jim Clyburn, D-S.C., did not.",
			[]string{"Sen. Lindsey Graham (R-S.C.) spoke.", "Rep. Jim Clyburn, D-S.C., did not."}},
		{"time then sentence starter", "The vote is at 3 p.m. The mayor will attend.",
			[]string{"The vote is at 3 p.m.", "The mayor will attend."}},
		{"time then name of a day", "It opens at 7 a.m. Tuesday in Boston.", []string{"It opens at 7 a.m. Tuesday in Boston."}},
		{"initials", "George W. Bush met J.K. Rowling in Washington, D.C. They talked.",
			[]string{"George W. Bush met J.K. Rowling in Washington, D.C.", "They talked."}},
		{"money and decimals", "It earned $3.5 billion, up 2.5%. Shares rose.", []string{"It earned $3.5 billion, up 2.5%.", "Shares rose."}},
		{"quote closes with first sentence", `"We are ready. We will win." He left.`,
			[]string{`"We are ready.`, `We will win."`, "He left."}},
		{"question inside quote then he said", `"Why now?" he asked. "Because."`, []string{`"Why now?" he asked.`, `"Because."`}},
		{"question inside quote then name and verb", `"Why now?" Smith asked.`, []string{`"Why now?" Smith asked.`}},
		{"curly and wire quotes", "‘‘I quit.’’ He left. “Fine.” She stayed.", []string{"‘‘I quit.’’", "He left.", "“Fine.”", "She stayed."}},
		{"ellipsis mid and end", "He paused ... then spoke... Nobody moved…", []string{"He paused ... then spoke...", "Nobody moved…"}},
		{"url and email", "Visit example.com or write to j.doe@post.com. Thanks.", []string{"Visit example.com or write to j.doe@post.com.", "Thanks."}},
		{"numbered item abbreviation", "He was No. 5 on the list. Vol. 3 is out.", []string{"He was No. 5 on the list.", "Vol. 3 is out."}},
		{"state abbreviation ends sentence", "He lives in Tacoma, Wash. Police said so.", []string{"He lives in Tacoma, Wash.", "Police said so."}},
		{"state in dateline", "ST. PAUL, Minn. (AP) — The vote was held.", []string{"ST. PAUL, Minn. (AP) — The vote was held."}},
		{"parenthesised sentence", "She declined. (Her aide spoke later.) The vote is set.", []string{"She declined.", "(Her aide spoke later.)", "The vote is set."}},
		{"bullets", "Facts:\n- One thing\n• Another thing.\n3) A third", []string{"Facts:", "- One thing", "• Another thing.", "3) A third"}},
		{"blank line", "First part\n\nSecond part", []string{"First part", "Second part"}},
		{"hard-wrapped line", "The senator said\nthe bill would pass.", []string{"The senator said\nthe bill would pass."}},
		{"transcript labels", "Q. Where were you? A. At home.", []string{"Q. Where were you?", "A. At home."}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Split(tt.in)); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
