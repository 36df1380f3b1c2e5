package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

func TestDigest(t *testing.T) {
	story := "The council voted on Tuesday to close the bridge for repairs, officials said."
	tests := []struct {
		name      string
		paras     []string
		wantLabel string
		wantItems int
	}{
		{"a budget of slugs", []string{"These stories are moving today to clients.",
			"BRIDGE-REPAIRS _ The council voted to close the bridge. (Smith). 600 words.",
			"SCHOOL-LUNCH _ DENVER _ Schools will serve breakfast too. (Jones).",
			"FLOOD-INSURANCE (Undated) _ Premiums rise along the coast.", story},
			"BRIDGE-REPAIRS _ ", 3},
		{"a roundup under datelines", []string{"WASHINGTON (AP) — The Senate passed the bill.",
			"LONDON (AP) — Rail workers went on strike.", "NEW YORK (AP) -- Stocks fell.", story},
			"WASHINGTON (AP) — ", 3},
		{"a photo package", []string{"ATTENTION EDITORS: The following photos are moving tonight.",
			"(NYT35) DENVER -- March 3, 2001 -- BRIDGE-REPAIRS, 03-03 -- Workers close the bridge.",
			"(NYT36) MIAMI -- March 3, 2001 -- STORM-COAST, 03-03 -- Waves reach the sea wall.",
			"(NYT37) AUSTIN, Texas -- March 3, 2001 -- SCHOOL-LUNCH, 03-03 -- Pupils at lunch.", story},
			"DENVER -- ", 3},
		{"a budget whose items say where they will move", []string{"The Lakeside Star plans to move the following stories for clients.",
			"MONUMENT (Lakeside) _ The council will ask for a new park. By ANN LEE. Story will move in the “A” category.",
			"FERRIES (undated) Ferries run late. By KIM ORR. Story will move in the ``A'' category.",
			"BOOKS (undated) Reviews of big books. By JO PARK. will move in the “E” category."},
			"plans to move the following", 4},
		{"a budget of two items and its opening line", []string{"The Lakeside Star plans to move the following stories for clients.",
			"FERRIES (Lakeside) - Ferries run late. By KIM ORR. Story will move in the “A” category.",
			"PACKARD (Undated) – A man sells a name. By JO PARK. Story will move in the “F” category.", story},
			"plans to move the following", 3},
		{"a story that mentions a move and a category", []string{story,
			"The company will move in the new category of electric ferries next year, it said.", story}, "", 0},
		{"a bracket that is not a photo number", []string{"(AP) DENVER -- " + story, "(Nyt35) MIAMI -- " + story, "(NYT) AUSTIN -- " + story, story}, "", 0},
		{"one dateline is an article", []string{"WASHINGTON _ " + story, story, story}, "", 0},
		{"two labels are not enough", []string{"WASHINGTON _ " + story, "Q AND A - what it means", story}, "", 0},
		{"three labels in a long article are too few",
			append([]string{"BOSTON _ " + story, "NEW YORK _ " + story, "CHICAGO _ " + story}, strings.Split(strings.Repeat(story+"|", 30), "|")...), "", 0},
		{"a paragraph repeated counts once", []string{"LONDON _ " + story, "LONDON _ " + story, "LONDON _ " + story, "PARIS _ " + story}, "", 0},
		{"capitals without a dash", []string{"NASA SAID the probe was lost.", "FBI AGENTS searched the house.", "UN TALKS resumed.", story}, "", 0},
		{"a label in mixed case", []string{"Washington _ " + story, "London _ " + story, "Paris _ " + story}, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			label, items := digest("", tc.paras)
			if label != tc.wantLabel || items != tc.wantItems {
				t.Errorf("digest = %q, %d; want %q, %d", label, items, tc.wantLabel, tc.wantItems)
			}
		})
	}
}

// TestGroupSetsDigestsAside checks that a digest is in no story and is reported, with
// its reason, while the articles around it are grouped as usual.
func TestGroupSetsDigestsAside(t *testing.T) {
	arts := pile()
	budget := news.Article{ID: "budget", Source: "wire/budget.sgml", Title: "Spot news budget", Paragraphs: []string{
		"The following stories are moving today.",
		"SESSIONS-TRUMP _ WASHINGTON _ The attorney general said he would stay in his job. (Costa).",
		"STORM-COAST _ MIAMI _ A storm is expected to reach the coast on Friday. (Lee).",
		"SCHOOL-BUDGET _ AUSTIN, Texas _ Lawmakers cut school spending. (Diaz).",
	}}
	base, err := Group(context.Background(), arts, StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Group(context.Background(), append(arts, budget), StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	placed := func(r news.Stories) int {
		n := 0
		for _, st := range r.Stories {
			for _, a := range st.Articles {
				if a.ID == "budget" {
					t.Errorf("the digest is in story %s", st.ID)
				}
			}
			n += len(st.Articles)
		}
		return n
	}
	if got, want := placed(res), placed(base); got != want {
		t.Errorf("%d articles placed with the digest, %d without", got, want)
	}
	if len(res.Warnings) != len(base.Warnings)+1 {
		t.Fatalf("warnings %v: want those without the digest and one more", res.Warnings)
	}
	w := res.Warnings[len(res.Warnings)-1]
	if w.Source != "wire/budget.sgml" || !strings.Contains(w.Reason, `a digest of other stories, not one story: 3 paragraphs are items (each opens with a slug or dateline, or says where its story will move), the first "SESSIONS-TRUMP _"`) {
		t.Errorf("warning %v: want one naming the digest and why", w)
	}
}

// TestDigestTitle checks that a budget's opening line taken for its title counts as an
// item, and that no other title does.
func TestDigestTitle(t *testing.T) {
	items := []string{"FERRIES (Lakeside) - Ferries run late. By KIM ORR. Story will move in the “A” category.",
		"PACKARD (Undated) – A man sells a name. By JO PARK. Story will move in the “F” category."}
	tests := []struct {
		title     string
		wantLabel string
		wantItems int
	}{
		{"The Lakeside Star plans to move the following stories for use by", "plans to move the following", 3},
		{"MOSCOW _ Talks resume", "", 0},
		{"Ferries run late", "", 0},
	}
	for _, tc := range tests {
		if label, n := digest(tc.title, items); label != tc.wantLabel || n != tc.wantItems {
			t.Errorf("digest(%q, items) = %q, %d; want %q, %d", tc.title, label, n, tc.wantLabel, tc.wantItems)
		}
	}
}

// FuzzDigest checks that any paragraphs give either no digest or one of at least
// digestItems items with a label, and never panic.
func FuzzDigest(f *testing.F) {
	f.Add("SLUG _ one\nSLUG-TWO _ two\nTHREE (Place) — three")
	f.Add("AB \xff _ x\nAB -\n\n")
	f.Add("Lakeside plans to move the following stories\nA (B) _ x. Story will move in the “A” category.\nB (C) - y")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		label, items := digest(paras[0], paras[1:])
		if items != 0 && (items < digestItems || label == "" || items > len(paras)) {
			t.Errorf("digest(%q, %q) = %q, %d", paras[0], paras[1:], label, items)
		}
	})
}
