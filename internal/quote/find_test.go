package quote

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

// got is what a Find case checks of each quotation.
type got struct {
	Text, Speaker, Kind, Verb string
	Partial                   bool
}

func project(qs []Quote) []got {
	var out []got
	for _, q := range qs {
		out = append(out, got{q.Text, q.Speaker, q.SpeakerKind, q.Verb, q.Partial})
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []got
	}{
		{"named after quote, wire marks",
			[]string{"Chancellor Angela Merkel spoke. ``We will manage,'' Merkel said."},
			[]got{{"We will manage", "Angela Merkel", Named, "said", false}}},
		{"inverted with apposition",
			[]string{"“The city is ready,” said the mayor, Bill de Blasio."},
			[]got{{"The city is ready", "Bill de Blasio", Named, "said", false}}},
		{"colon before quote, curly",
			[]string{"Merkel said: “We will not yield.”"},
			[]got{{"We will not yield.", "Merkel", Named, "said", false}}},
		{"pronoun two sentences later, Mr. gives gender",
			[]string{"Mr. John Hale spoke first. Ms. Ann Roe followed. “No,” Mr. Hale said.", "The room went quiet. “Never,” he added."},
			[]got{{"No", "John Hale", Named, "said", false}, {"Never", "John Hale", Named, "added", false}}},
		{"pronoun picks the compatible person",
			[]string{"“Yes,” said Mr. Tom Birch.", "“No,” said Ms. Jo Lane.", "“Maybe,” he said."},
			[]got{{"Yes", "Tom Birch", Named, "said", false}, {"No", "Jo Lane", Named, "said", false}, {"Maybe", "Tom Birch", Named, "said", false}}},
		{"a source that is no person, not the name after it",
			[]string{"The group ran an ad on Monday.", "“We stand for the truth,” the ad stated. The ad thanks Trent Lott and Reggie White."},
			[]got{{"We stand for the truth", "the ad", Anonymous, "stated", false}}},
		{"a title in quotation marks is not speech",
			[]string{"“The Wedding Singer,” with Adam Sandler, earned $21.9 million.", "In his book, “A Charge to Keep,” Bush wrote about it."},
			nil},
		{"a preposition opening a sentence begins no name",
			[]string{"Governor Ann Hale took office in 1995. Under Hale, the state built three prisons.", "“It works,” she said."},
			[]got{{"It works", "Ann Hale", Named, "said", false}}},
		{"a people's adjective is no epithet, and a body's name goes on over and",
			[]string{"Mr. Tom Birch spoke first.", "The British authorities said the crash's “primary cause” was a tire.",
				"“It is the biggest area yet,” said Fish and Wildlife Service spokeswoman Ann Lee."},
			[]got{{"primary cause", "The British authorities", Anonymous, "said", true}, {"It is the biggest area yet", "Ann Lee", Named, "said", false}}},
		{"a capitalised clause is still speech",
			[]string{"“That's Kim,” said the coach, Ann Lee."},
			[]got{{"That's Kim", "Ann Lee", Named, "said", false}}},
		{"a capitalised adjective inside a description is no name",
			[]string{"“We had to band together,” said a 24-year-old Navajo gang member.", "“Fine,” said Barrett's co-star Gemma Lowe."},
			[]got{{"We had to band together", "a 24-year-old Navajo gang member", Anonymous, "said", false}, {"Fine", "Gemma Lowe", Named, "said", false}}},
		{"a dateline names no speaker",
			[]string{"ULAN BATOR, January 15 (Xinhua) -- “We will widen our ties,” he said."},
			[]got{{"We will widen our ties", "", Unknown, "said", false}}},
		{"a sentence adverb is no name",
			[]string{"Alan Robock spoke at the meeting.", "Nevertheless, he called the findings “strong support for the theory that humans are to blame.”"},
			[]got{{"strong support for the theory that humans are to blame.", "Alan Robock", Named, "called", true}}},
		{"a principal's title is no part of the name",
			[]string{"“We talk about every culture,” said Principal Lowell Winston."},
			[]got{{"We talk about every culture", "Lowell Winston", Named, "said", false}}},
		{"pronoun without antecedent",
			[]string{"“We are done,” he said."},
			[]got{{"We are done", "", Unknown, "said", false}}},
		{"anonymous source kept",
			[]string{"“It is over,” a senior official said."},
			[]got{{"It is over", "a senior official", Anonymous, "said", false}}},
		{"according to",
			[]string{"“He will not resign,” according to an ally of the governor."},
			[]got{{"He will not resign", "an ally of the governor", Anonymous, "according to", false}}},
		{"surname resolves to full name",
			[]string{"Attorney General Jeff Sessions testified.", "“I recused,” Sessions said."},
			[]got{{"I recused", "Jeff Sessions", Named, "said", false}}},
		{"partial quote",
			[]string{"Trump said he was “disappointed” in the attorney general."},
			[]got{{"disappointed", "Trump", Named, "said", true}}},
		{"scare quotes are not speech",
			[]string{"The so-called “travel ban” was blocked. The “smart” plan failed. The film “Dunkirk” won."},
			nil},
		{"paragraph-spanning quote",
			[]string{"“We will rebuild,” said Ana Ruiz. “It will take years.", "“But we will do it.”"},
			[]got{{"We will rebuild", "Ana Ruiz", Named, "said", false}, {"It will take years. But we will do it.", "Ana Ruiz", Named, "said", false}}},
		{"nested quote stays inside",
			[]string{"“He told me, ‘Don’t worry,’ and left,” said Ana Ruiz."},
			[]got{{"He told me, ‘Don’t worry,’ and left", "Ana Ruiz", Named, "said", false}}},
		{"UK single quotes",
			[]string{"'We don't know yet', Ms Jane Doe told the BBC."},
			[]got{{"We don't know yet", "Jane Doe", Named, "told", false}}},
		{"continuation without cue",
			[]string{"“We won,” Tatum said.", "“We always do.”"},
			[]got{{"We won", "Tatum", Named, "said", false}, {"We always do.", "Tatum", Named, "said", false}}},
		{"a bare surname two people share goes to the one referred to most",
			[]string{"President Donald Trump spoke on Monday. Trump was angry.", "“Be much tougher,” Trump said, flanked by Ivanka Trump and Jared Kushner."},
			[]got{{"Be much tougher", "Donald Trump", Named, "said", false}}},
		{"a pronoun after the last speaker is again the subject",
			[]string{"Attorney General Jeff Sessions testified. “I should have been told,” Trump said.", "Sessions’ recusal came after a report. When Sessions spoke, he cited the campaign.",
				"Trump said the recusal was unfair.", "“How do you take a job?” he said."},
			[]got{{"I should have been told", "Trump", Named, "said", false}, {"How do you take a job?", "Trump", Named, "said", false}}},
		{"a title with a place or an office before it is no part of the name",
			[]string{"Jackson Mayor Chokwe Antar Lumumba said the plant was safe. “We will get through it,” Lumumba said.",
				"Saudi Energy Minister Prince Abdulaziz bin Salman said: “Absolutely not.”", "“We won,” said Democrat Maria Solano."},
			[]got{{"We will get through it", "Chokwe Antar Lumumba", Named, "said", false}, {"Absolutely not.", "Abdulaziz bin Salman", Named, "said", false},
				{"We won", "Maria Solano", Named, "said", false}}},
		{"a participle or adverb opening a sentence is no name",
			[]string{"“People just don’t care,” said Michel Venne, a columnist. Noting that polls showed little interest, he said: “It is going to be difficult.”",
				"Ultimately, he said, “We will see.”"},
			[]got{{"People just don’t care", "Michel Venne", Named, "said", false}, {"It is going to be difficult.", "Michel Venne", Named, "said", false},
				{"We will see.", "Michel Venne", Named, "said", false}}},
		{"a sentence adverb before the speaker is no name",
			[]string{"Rather, Rocchio said, “the concern is with the carve-out.”"},
			[]got{{"the concern is with the carve-out.", "Rocchio", Named, "said", true}}},
		{"a name opening a clause before a time stays a name, and a quotation parts two names",
			[]string{"Jeff Sessions spoke. After tweets calling Sessions “weak,” Trump on Tuesday said he was “disappointed” in him."},
			[]got{{"disappointed", "Trump", Named, "said", true}}},
		{"a nickname in quotation marks is part of the name, not speech",
			[]string{"“It's a groundswell,” said Wayne “Rusty” Drugan, the director."},
			[]got{{"It's a groundswell", "Wayne Drugan", Named, "said", false}}},
		{"a role opening a sentence is no name, and ends before its verb",
			[]string{"Critics point to his years in the KGB, calling him a “KGB spy.”", "Critics said the plan was “a disaster.”"},
			[]got{{"KGB spy.", "Critics", Anonymous, "calling", false}, {"a disaster.", "Critics", Anonymous, "said", true}}},
		{"a second fragment of one sentence has its speaker; the next sentence does not attribute a closed quotation",
			[]string{"Governor Ann Boyle said she had the “privilege of serving” and that she means “to keep at it as long as voters allow.” Asked whether she would run again, she replied: “Of course.”"},
			[]got{{"privilege of serving", "Ann Boyle", Named, "said", true}, {"to keep at it as long as voters allow.", "Ann Boyle", Named, "said", true}, {"Of course.", "Ann Boyle", Named, "replied", false}}},
		{"a closed quotation and a new sentence that names someone else",
			[]string{"After the verdict, the crowd outside began to chant: “Shame, shame.” A man who claimed to be a juror wept."},
			[]got{{"Shame, shame.", "", Unknown, "", false}}},
		{"a role phrase and its verb after a closed quotation attribute it, in lower case",
			[]string{"“It is not over.” The official added that talks would resume."},
			[]got{{"It is not over.", "the official", Anonymous, "added", false}}},
		{"a descriptor between a capitalised word and a name: the name speaks",
			[]string{"Opera singer Lena Brandt said she flew it often and “always liked it.”", "“I'd do it again,” said Irish film director Tom Keane."},
			[]got{{"always liked it.", "Lena Brandt", Named, "said", true}, {"I'd do it again", "Tom Keane", Named, "said", false}}},
		{"an office named with 'and': its holder speaks, but a title after 'and' is a second person",
			[]string{"“It's hard to imagine,” Housing and Urban Development Secretary Ann Lake told reporters.",
				"“We agree,” Bush and Vice President Tom Keane said."},
			[]got{{"It's hard to imagine", "Ann Lake", Named, "told", false}, {"We agree", "Bush", Named, "said", false}}},
		{"a word of time capitalised after a name's first word is part of it",
			[]string{"“Stop the building,” Peace Now said in a statement.", "The plan is dead, Ann Lake told USA Today. “It is over.”"},
			[]got{{"Stop the building", "Peace Now", Named, "said", false}, {"It is over.", "Ann Lake", Named, "", false}}},
		{"a number or a span of time opening a sentence is no name",
			[]string{"Seven seconds later, the engineer confirmed: “Engine two.”", "Hours after the crash, Ann Lake said, “We are horrified.”"},
			[]got{{"Engine two.", "the engineer", Anonymous, "confirmed", false}, {"We are horrified.", "Ann Lake", Named, "said", false}}},
		{"a verb between two names is no descriptor",
			[]string{"Qian welcomes Mongolia's stand and said the two will be “good neighbors.”"},
			[]got{{"good neighbors.", "Qian", Named, "said", true}}},
		{"a newspaper is no person an uncued quotation goes to",
			[]string{"Mayor Ann Holt visited the site.", "“It will take weeks,” she told the Springfield Gazette paper. “Maybe months.”"},
			[]got{{"It will take weeks", "Ann Holt", Named, "told", false}, {"Maybe months.", "Ann Holt", Named, "told", false}}},
		{"a news agency quotes someone: the one quoted speaks",
			[]string{"“Talks can save lives,” Interfax quoted Aslan Tamayev as saying.", "“It is an outrage,” Grant Pell was quoted by Reuters as saying."},
			[]got{{"Talks can save lives", "Aslan Tamayev", Named, "said", false}, {"It is an outrage", "Grant Pell", Named, "said", false}}},
		{"one who was told or asked did not say it",
			[]string{"Coach Ann Ruiz watched.", "“Lift weights,” he was told. “And eat well.”"},
			[]got{{"Lift weights", "", Unknown, "", false}, {"And eat well.", "", Unknown, "", false}}},
		{"an adverb, a participle and its particle, or a preposition opening a sentence are no names",
			[]string{"Mayor Tom Reyes lost the vote.", "Shortly after it ended, he called the result “a setback.”", "Summing up the year, he called it “a hard one.”", "Like Reyes, Jo Pratt called the plan “a mistake.”"},
			[]got{{"a setback.", "Tom Reyes", Named, "called", true}, {"a hard one.", "Tom Reyes", Named, "called", true}, {"a mistake.", "Jo Pratt", Named, "called", true}}},
		{"transcript label",
			[]string{"Governor Helen Marsh spoke.", "MARSH (on tape): \"Nobody got everything.\""},
			[]got{{"Nobody got everything.", "Helen Marsh", Named, "said", false}}},
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

// TestFindOffsets checks that Start and End locate the quoted text.
func TestFindOffsets(t *testing.T) {
	p := "Smith said: ``We are ready,'' and left."
	qs := Find(news.Article{ID: "a", Paragraphs: []string{p}})
	if len(qs) != 1 {
		t.Fatalf("got %d quotations, want 1", len(qs))
	}
	q := qs[0]
	if diff := cmp.Diff([]any{"a", 0, 0, "We are ready"}, []any{q.ArticleID, q.Paragraph, q.EndParagraph, p[q.Start:q.End]}); diff != "" {
		t.Errorf("offsets mismatch (-want +got):\n%s", diff)
	}
}

// TestContinuationAfterAttributionWithName: an uncued quotation continues the speaker of
// the attribution before it, even when that attribution holds another person's name.
func TestContinuationAfterAttributionWithName(t *testing.T) {
	a := news.Article{ID: "a", Paragraphs: []string{
		"Governor Ann Lake faces a revolt in her party.",
		`“Lake is furious about it,” said a Lake ally familiar with her thinking. “It is cruel and it is stupid.”`,
	}}
	qs := Find(a)
	if len(qs) != 2 {
		t.Fatalf("got %d quotations, want 2: %+v", len(qs), qs)
	}
	for _, q := range qs {
		if q.SpeakerKind != Anonymous || q.Speaker != "a Lake ally familiar with her thinking" {
			t.Errorf("%q: speaker %q (%s), want the anonymous ally", q.Text, q.Speaker, q.SpeakerKind)
		}
	}
}
