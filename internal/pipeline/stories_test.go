package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/cluster"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/streamgen"
	"github.com/storyline-news/storyline/internal/text"
)

var t0 = time.Date(2024, 6, 3, 8, 0, 0, 0, time.UTC)

func art(id, outlet string, hours int, title string, paras ...string) news.Article {
	a := news.Article{ID: id, Outlet: outlet, Title: title, Paragraphs: paras, Source: id + ".txt", URL: "https://" + strings.ToLower(outlet) + ".example/" + id}
	if hours >= 0 {
		a.Published = t0.Add(time.Duration(hours) * time.Hour)
	}
	return a
}

const (
	damText    = "The new dam on the Green River opened on Thursday after six years of construction work by the state. Officials said the dam will supply electricity to forty thousand homes in the valley from next spring. Engineers spent the last month testing the turbines and the spillway before the reservoir was filled."
	damMore    = "Farmers downstream welcomed the dam project, which also promises a steadier supply of water from the reservoir for irrigation in the valley."
	damOther   = "Homes in the valley will get electricity from the Green River dam next spring, officials said, once the reservoir behind the new dam is full and the turbines run."
	bridgeText = "The old bridge over the Green River will close for repairs in May, the transport department said on Friday. Drivers will use a detour through the town centre while crews replace the rusted steel beams of the span. The repairs are expected to take four months and to cost about twelve million dollars."
	bridgeMore = "Local shops fear the bridge detour will bring heavy traffic to narrow streets while crews repair the span during the summer."
)

// pile is a mixed pile: a dam story with a wire copy under another masthead, a bridge
// story of two articles, an article with no words, and one without a date.
func pile() []news.Article {
	return []news.Article{
		art("dam-wire", "Wire", 0, "Dam opens on the Green River", damText, damMore),
		art("bridge-1", "Journal", 1, "Bridge to close for repairs", bridgeText),
		art("dam-copy", "Herald", 2, "Green River dam opens at last", damText, damMore, "Sign up for our newsletter."),
		art("bridge-2", "Gazette", 3, "Detour worries shops", bridgeMore, bridgeText[:150]),
		art("dam-undated", "Post", -1, "Valley gets power from new dam", damOther),
		art("empty", "Blog", 4, "", "..."),
		art("french", "Le Monde", 5, "Le barrage ouvre", "Le nouveau barrage sur la rivière a ouvert jeudi après six ans de travaux menés par l'État. Les responsables ont dit que le barrage fournira de l'électricité à quarante mille foyers de la vallée dès le printemps prochain."),
		art("german", "Zeitung", 6, "Damm eröffnet", "Der neue Damm am Fluss wurde am Donnerstag nach sechs Jahren Bauzeit eröffnet. Die Beamten sagten, der Damm werde ab dem nächsten Frühjahr vierzigtausend Haushalte im Tal mit Strom versorgen."),
	}
}

func TestGroup(t *testing.T) {
	res, err := Group(context.Background(), pile(), StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := storyRows(res.Stories)
	want := []row{
		{Title: "Valley gets power from new dam", Articles: []string{"dam-wire", "dam-undated"}, Copies: []string{"dam-copy<dam-wire"}, Outlets: []string{"Wire", "Herald", "Post"}},
		{Title: "Bridge to close for repairs", Articles: []string{"bridge-1", "bridge-2"}, Outlets: []string{"Journal", "Gazette"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	notEnglish := func(lang string) string { return "in " + lang + ", not English: story finding compares English terms" }
	wantWarn := []news.Warning{{Source: "empty.txt", Reason: "no content words to place it in a story"},
		{Source: "french.txt", Reason: notEnglish("French")}, {Source: "german.txt", Reason: notEnglish("German")}}
	if diff := cmp.Diff(wantWarn, res.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if a := res.Stories[1].Articles[1]; len(a.Shared) == 0 || a.Score <= 0 {
		t.Errorf("bridge-2 joined without an explanation: %+v", a)
	}
	for _, st := range res.Stories {
		words := map[string]bool{}
		for _, a := range st.Articles {
			for _, p := range append([]string{a.Title}, a.Paragraphs...) {
				for _, w := range text.Words(p) {
					words[w], words[strings.ToLower(w)] = true, true // shown lower-cased, or as written
				}
			}
		}
		shown := slices.Clone(st.Terms)
		for _, a := range st.Articles {
			shown = append(shown, a.Shared...)
		}
		for _, w := range shown {
			if !words[w] {
				t.Errorf("story %q explains itself by %q, not a word of its articles (terms %v)", st.Title, w, st.Terms)
			}
		}
	}
}

func TestGroupEdits(t *testing.T) {
	first, err := Group(context.Background(), pile(), StoryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dam, bridge := first.Stories[0].ID, first.Stories[1].ID
	tests := []struct {
		name  string
		edits []Edit
		want  [][]string
		code  news.Code
	}{
		{"merge keeps the earlier id", []Edit{{Merge: [2]string{bridge, dam}}},
			[][]string{{dam, "dam-wire", "bridge-1", "bridge-2", "dam-undated"}}, ""},
		{"split", []Edit{{Split: bridge, Articles: []string{"bridge-2"}}},
			[][]string{{dam, "dam-wire", "dam-undated"}, {bridge, "bridge-1"}, {"", "bridge-2"}}, ""},
		{"unknown story", []Edit{{Merge: [2]string{"s-nope", dam}}}, nil, news.NotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Group(context.Background(), pile(), StoryOptions{Edits: tc.edits})
			if news.ErrorCode(err) != tc.code {
				t.Fatalf("error %v, want code %q", err, tc.code)
			}
			var got [][]string
			for _, st := range res.Stories {
				row := []string{st.ID}
				if st.ID != dam && st.ID != bridge {
					row[0] = "" // a new story's id derives from its first article
				}
				for _, a := range st.Articles {
					row = append(row, a.ID)
				}
				got = append(got, row)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("stories (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWithCopies(t *testing.T) {
	st := news.Story{Articles: []news.StoryArticle{{Article: news.Article{ID: "a"}, Copies: []news.Article{{ID: "a2"}}}, {Article: news.Article{ID: "b"}}}}
	b := news.Brief{Articles: []news.Article{{ID: "a"}, {ID: "b"}}, Sentences: []news.BriefSentence{
		{Text: "x", From: "a", Citations: []news.Citation{{ArticleID: "a", Similarity: 1}, {ArticleID: "b", Similarity: 0.5}}},
	}}
	got := withCopies(b, st)
	want := []news.Citation{{ArticleID: "a", Similarity: 1}, {ArticleID: "a2", Similarity: 1}, {ArticleID: "b", Similarity: 0.5}}
	if diff := cmp.Diff(want, got.Sentences[0].Citations); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
	if len(got.Articles) != 3 || got.Articles[2].ID != "a2" {
		t.Errorf("articles %+v, want the copy appended", got.Articles)
	}
}

func TestBriefStoriesMinArticles(t *testing.T) {
	dir := t.TempDir()
	writePile(t, dir)
	tests := []struct {
		name   string
		min    int
		titles []string
		code   news.Code
	}{
		{"every story", 0, []string{"Bridge to close for repairs", "Dam opens on the Green River", "Festival"}, ""},
		{"two or more", 2, []string{"Bridge to close for repairs", "Dam opens on the Green River"}, ""},
		{"none big enough", 5, nil, news.Invalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := BriefStories(context.Background(), Config{}, StoryOptions{MinArticles: tc.min}, []string{dir})
			if news.ErrorCode(err) != tc.code {
				t.Fatalf("error %v, want code %q", err, tc.code)
			}
			var titles []string
			for _, b := range res.Stories {
				titles = append(titles, b.Title)
			}
			if diff := cmp.Diff(tc.titles, titles); diff != "" {
				t.Errorf("briefs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBriefStoriesAllSetAside checks that a pile whose every article is set aside
// fails with a message that says so, and keeps the warning that says why.
func TestBriefStoriesAllSetAside(t *testing.T) {
	dir := t.TempDir()
	budget := "Spot news budget\n\nSESSIONS-TRUMP _ WASHINGTON _ The attorney general said he would stay.\n\n" +
		"STORM-COAST _ MIAMI _ A storm is expected to reach the coast on Friday.\n\nSCHOOL-BUDGET _ AUSTIN, Texas _ Lawmakers cut school spending.\n"
	if err := os.WriteFile(filepath.Join(dir, "budget.txt"), []byte(budget), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := BriefStories(context.Background(), Config{}, StoryOptions{}, []string{dir})
	if news.ErrorCode(err) != news.Invalid || !strings.Contains(err.Error(), "no article could be placed in a story (1 set aside, see the warnings)") {
		t.Errorf("error %v: want one saying every article was set aside", err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Reason, "a digest of other stories") {
		t.Errorf("warnings %v: want the digest's", res.Warnings)
	}
}

func TestStream(t *testing.T) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 11, PerDay: 4000, Active: 100})
	n := 0
	var closed []cluster.Story
	copies := 0
	st, err := Stream(context.Background(), func() (news.Article, bool) {
		n++
		return gen.Next(), n <= 3000
	}, StoryOptions{Cluster: cluster.Options{Quiet: 12 * time.Hour}}, StreamHooks{
		Closed: func(s cluster.Story) { closed = append(closed, s) },
		Copy:   func(news.Article, string) { copies++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range closed {
		total += len(s.Articles)
	}
	if st.Articles != 3000 || total+st.Copies+st.SetAside != 3000 || copies != st.Copies || st.Stories != len(closed) {
		t.Errorf("stats %+v; %d articles in %d closed stories, %d copies seen", st, total, len(closed), copies)
	}
	if st.Copies < 300 {
		t.Errorf("%d copies found in a stream with 15%% copies", st.Copies)
	}
}

func TestStreamCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gen := streamgen.New(nil, streamgen.Options{Seed: 1})
	_, err := Stream(ctx, func() (news.Article, bool) { return gen.Next(), true }, StoryOptions{}, StreamHooks{})
	if err == nil {
		t.Fatal("a cancelled stream returned no error")
	}
}

func BenchmarkGroup(b *testing.B) {
	gen := streamgen.New(nil, streamgen.Options{Seed: 5})
	arts := make([]news.Article, 2000)
	for i := range arts {
		arts[i] = gen.Next()
	}
	b.ReportAllocs()
	for b.Loop() {
		Group(context.Background(), arts, StoryOptions{})
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestNameForms checks that a story's names, which the clusterer lower-cases, are
// shown as the pile writes them most often.
func TestNameForms(t *testing.T) {
	f := nameForms{}
	f.add([]string{"El Nino", "EL NINO", "El Nino", "Jeff Sessions", " Trump "})
	f.add([]string{"EL NINO", "Trump", "TRUMP"})
	tests := []struct {
		in, want []string
	}{
		{[]string{"el nino"}, []string{"El Nino"}},                               // 2 against 2: lower-case letters win
		{[]string{"trump", "jeff sessions"}, []string{"Trump", "Jeff Sessions"}}, // trimmed, then counted
		{[]string{"never written"}, []string{"never written"}},
		{nil, nil},
	}
	for _, tc := range tests {
		if got := f.written(tc.in); !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("written(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTraceMoves checks that an article moved from a story that was later merged away
// names the story that absorbed it, and that other moves are left as they are.
func TestTraceMoves(t *testing.T) {
	moved := func(id, from string) news.StoryArticle {
		return news.StoryArticle{Article: news.Article{ID: id}, Moved: &news.Move{From: from}}
	}
	tests := []struct {
		name    string
		stories []news.Story
		want    map[string]string // article id -> Into
	}{
		{"origin still a story", []news.Story{
			{ID: "s1", Articles: []news.StoryArticle{moved("a", "s2")}},
			{ID: "s2"},
		}, map[string]string{"a": ""}},
		{"origin merged into another", []news.Story{
			{ID: "s1", Articles: []news.StoryArticle{moved("a", "s2")}},
			{ID: "s3", Merges: []news.MergeNote{{Story: "s2"}}},
		}, map[string]string{"a": "s3"}},
		{"origin merged into the story moved to", []news.Story{
			{ID: "s1", Articles: []news.StoryArticle{moved("a", "s2"), {Article: news.Article{ID: "b"}}}, Merges: []news.MergeNote{{Story: "s2"}}},
		}, map[string]string{"a": "s1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			traceMoves(tc.stories)
			for _, st := range tc.stories {
				for _, a := range st.Articles {
					want, ok := tc.want[a.ID]
					if !ok {
						if a.Moved != nil {
							t.Errorf("%s: unexpected move %+v", a.ID, *a.Moved)
						}
						continue
					}
					if a.Moved.Into != want {
						t.Errorf("%s: Into %q, want %q", a.ID, a.Moved.Into, want)
					}
				}
			}
		})
	}
}
