package ingest

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/storyline-news/storyline/internal/news"
)

func date(y int, m time.Month, d, hh, mm int) time.Time {
	return time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
}

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		source string
		data   string
		want   []news.Article
		warns  []news.Warning
	}{{
		name:   "plain text with date header",
		source: "dir/000_abc.txt",
		data:   " date 2017-07-26 TPM Livewire\n\nHeadline here\n\nFirst paragraph.\nSecond paragraph.\n",
		want: []news.Article{{ID: "000_abc", Outlet: "TPM Livewire", Published: date(2017, 7, 26, 0, 0),
			Paragraphs: []string{"Headline here", "First paragraph.", "Second paragraph."}, Source: "dir/000_abc.txt", Format: "text"}},
	}, {
		name:   "front matter with bad date",
		source: "a.txt",
		data:   "Title: T\nDate: someday\nBy: Ann\n\nBody.",
		want:   []news.Article{{ID: "a", Title: "T", Byline: "Ann", Paragraphs: []string{"Body."}, Source: "a.txt", Format: "text"}},
		warns:  []news.Warning{{Source: "a.txt", Reason: `unparseable date "someday"`}},
	}, {
		name:   "fenced front matter",
		source: "b.md",
		data:   "---\ntitle: Fenced\noutlet: Gazette\n---\nBody line.",
		want:   []news.Article{{ID: "b", Title: "Fenced", Outlet: "Gazette", Paragraphs: []string{"Body line."}, Source: "b.md", Format: "text"}},
	}, {
		name:   "unknown key is body",
		source: "c.txt",
		data:   "Update: the bill passed.\nMore later.",
		want:   []news.Article{{ID: "c", Paragraphs: []string{"Update: the bill passed.", "More later."}, Source: "c.txt", Format: "text"}},
	}, {
		name:   "short front lines stay separate",
		source: "d.txt",
		data:   "Print\nAs tensions rise, Sessions plans to stay\nRelationship between AG, Trump ebbs, sources say\nBy Robert Costa and Sari Horwitz\nWashington Post\n",
		want: []news.Article{{ID: "d", Paragraphs: []string{"Print", "As tensions rise, Sessions plans to stay",
			"Relationship between AG, Trump ebbs, sources say", "By Robert Costa and Sari Horwitz", "Washington Post"}, Source: "d.txt", Format: "text"}},
	}, {
		name:   "hard-wrapped prose with indented paragraphs",
		source: "e.txt",
		data: "\tThe committee met on Tuesday to discuss the budget for the\ncoming year, and members argued for three hours about the\nroads.\n" +
			"\tThe chairman said a vote would follow next week, after the\ntreasurer has reported on the accounts of the last quarter.\n",
		want: []news.Article{{ID: "e", Paragraphs: []string{
			"The committee met on Tuesday to discuss the budget for the coming year, and members argued for three hours about the roads.",
			"The chairman said a vote would follow next week, after the treasurer has reported on the accounts of the last quarter."},
			Source: "e.txt", Format: "text"}},
	}, {
		name:   "json object with array body",
		source: "x.json",
		data:   `{"headline":"H","articleBody":["One.","Two."],"author":"Z","published":"2020-05-01 10:30:00","url":"u","site_name":"S"}`,
		want: []news.Article{{ID: "x", Title: "H", Byline: "Z", Outlet: "S", URL: "u", Published: date(2020, 5, 1, 10, 30),
			Paragraphs: []string{"One.", "Two."}, Source: "x.json", Format: "json"}},
	}, {
		name:   "json array with unix time and numeric id",
		source: "y.json",
		data:   `[{"id":7,"text":"A.\nB.","date":1588329000},{"id":7,"body":"C."}]`,
		want: []news.Article{
			{ID: "7", Published: date(2020, 5, 1, 10, 30), Paragraphs: []string{"A.", "B."}, Source: "y.json#1", Format: "json"},
			{ID: "7-2", Paragraphs: []string{"C."}, Source: "y.json#2", Format: "json"}},
	}, {
		name:   "jsonl with broken line",
		source: "z.jsonl",
		data:   "{\"title\":\"A\",\"text\":\"a\"}\n{broken\n\n{\"title\":\"B\",\"text\":\"b\",\"date\":\"May 1, 2020\"}\n",
		want: []news.Article{
			{ID: "z-1", Title: "A", Paragraphs: []string{"a"}, Source: "z.jsonl:1", Format: "jsonl"},
			{ID: "z-4", Title: "B", Published: date(2020, 5, 1, 0, 0), Paragraphs: []string{"b"}, Source: "z.jsonl:4", Format: "jsonl"}},
		warns: []news.Warning{{Source: "z.jsonl:2", Reason: "invalid JSON: invalid character 'b' looking for beginning of object key string"}},
	}, {
		name:   "json lines of Storyline's own records: source is where it was read, outlet the outlet",
		source: "w.jsonl",
		data: `{"id":"a","source":"https://example.com/feed/a","outlet":"Example Times","text":"A."}` + "\n" +
			`{"id":"b","source":{"id":"bbc","name":"BBC News"},"text":"B."}` + "\n" +
			`{"id":"c","source":"Reuters","text":"C."}` + "\n" + `{"id":"d","source":"feeds/d.xml","text":"D."}` + "\n",
		want: []news.Article{
			{ID: "a", Outlet: "Example Times", Paragraphs: []string{"A."}, Source: "w.jsonl:1", Format: "jsonl"},
			{ID: "b", Outlet: "BBC News", Paragraphs: []string{"B."}, Source: "w.jsonl:2", Format: "jsonl"},
			{ID: "c", Outlet: "Reuters", Paragraphs: []string{"C."}, Source: "w.jsonl:3", Format: "jsonl"},
			{ID: "d", Paragraphs: []string{"D."}, Source: "w.jsonl:4", Format: "jsonl"}},
	}, {
		name:   "sgml without P, date from docno",
		source: "s/XIE19990217.0078",
		data:   "<DOC>\n<DOCNO> XIE19990217.0078 </DOCNO>\n<HEADLINE> A &amp; B </HEADLINE>\n<TEXT>\nFirst para.\n\nSecond &lt;para&gt;.\n</TEXT>\n</DOC>\n",
		want: []news.Article{{ID: "XIE19990217.0078", Outlet: "Xinhua", Title: "A & B", Published: date(1999, 2, 17, 0, 0),
			Paragraphs: []string{"First para.", "Second <para>."}, Source: "s/XIE19990217.0078", Format: "sgml"}},
	}, {
		name:   "sgml trec date and annotation",
		source: "t.sgml",
		data:   "<DOC><DOCNO>AP880212-0001</DOCNO><DATE>880212</DATE><TEXT><P>Kept.</P><ANNOTATION>(OPTIONAL)</ANNOTATION><P>Also kept.</P></TEXT></DOC>",
		want: []news.Article{{ID: "AP880212-0001", Outlet: "Associated Press", Published: date(1988, 2, 12, 0, 0),
			Paragraphs: []string{"Kept.", "Also kept."}, Source: "t.sgml", Format: "sgml"}},
	}, {
		name:   "sgml wire codes in braces",
		source: "u.sgml",
		data:   "<DOC><DOCNO>NYT20000829.0034</DOCNO><TEXT><P>PACKARD (Undated) {ndash} A man waits{hellip} {notacode} {x} &not; &notes;</P></TEXT></DOC>",
		want: []news.Article{{ID: "NYT20000829.0034", Outlet: "New York Times", Published: date(2000, 8, 29, 0, 0),
			Paragraphs: []string{"PACKARD (Undated) – A man waits… {notacode} {x} ¬"}, Source: "u.sgml", Format: "sgml"}},
	}, {
		name:   "sgml news service header: a label over the headline, the paper's copyright",
		source: "v.sgml",
		data:   "<DOC><DOCNO>NYT19990921.0018</DOCNO><BODY><HEADLINE> FERRIES </HEADLINE>\n HARBOR FERRIES RUN LATE (For use by New York Times News Service clients)  \n By RAY OKAFOR  \n c. 1999 Lakeside Star  \n<TEXT><P>LAKESIDE _ The harbor ferries will run until midnight from June, the port said on Monday, after a year of requests from riders.</P></TEXT></BODY></DOC>",
		want: []news.Article{{ID: "NYT19990921.0018", Outlet: "Lakeside Star", Title: "HARBOR FERRIES RUN LATE", Byline: "RAY OKAFOR",
			Published: date(1999, 9, 21, 0, 0), Paragraphs: []string{"LAKESIDE _ The harbor ferries will run until midnight from June, the port said on Monday, after a year of requests from riders."},
			Source: "v.sgml", Format: "sgml"}},
	}, {
		name:   "sgml copyright in the byline element",
		source: "w.sgml",
		data:   "<DOC><DOCNO>NYT19990827.0397</DOCNO><HEADLINE>Ferries run late</HEADLINE><BYLINE>By RAY OKAFOR c.1999 Lakeside Star</BYLINE><TEXT><P>The harbor ferries will run until midnight from June.</P></TEXT></DOC>",
		want: []news.Article{{ID: "NYT19990827.0397", Outlet: "Lakeside Star", Title: "Ferries run late", Byline: "By RAY OKAFOR",
			Published: date(1999, 8, 27, 0, 0), Paragraphs: []string{"The harbor ferries will run until midnight from June."}, Source: "w.sgml", Format: "sgml"}},
	}, {
		name:   "sgml byline line ends at a tab",
		source: "x.sgml",
		data:   "<DOC><DOCNO>APW20000725.0129</DOCNO><BODY><HEADLINE> Ferry milestones </HEADLINE>\nBy The Lakeside Wire\t   Key dates in the ferry's history:\n<TEXT><P>-- June 1: The ferries run until midnight.</P></TEXT></BODY></DOC>",
		want: []news.Article{{ID: "APW20000725.0129", Outlet: "Associated Press", Title: "Ferry milestones", Byline: "The Lakeside Wire",
			Published: date(2000, 7, 25, 0, 0), Paragraphs: []string{"-- June 1: The ferries run until midnight."}, Source: "x.sgml", Format: "sgml"}},
	}, {
		name:   "sgml story running on after the copyright",
		source: "y.sgml",
		data:   "<DOC><DOCNO>NYT19991126.0269</DOCNO><BODY><HEADLINE> FERRIES RUN LATE </HEADLINE>\n By KIM LEE  \n c. 1999 Lakeside Star   LAKESIDE, Mo. _ The ferries ran\nlate again.\n<TEXT><P>Riders waited an hour on the pier on Monday, and two hours on Tuesday, the port said.</P></TEXT></BODY></DOC>",
		want: []news.Article{{ID: "NYT19991126.0269", Outlet: "Lakeside Star", Title: "FERRIES RUN LATE", Byline: "KIM LEE",
			Published: date(1999, 11, 26, 0, 0), Paragraphs: []string{"LAKESIDE, Mo. _ The ferries ran late again.", "Riders waited an hour on the pier on Monday, and two hours on Tuesday, the port said."}, Source: "y.sgml", Format: "sgml"}},
	}, {
		name:   "html densest block without article element",
		source: "p.htm",
		data: `<html><head><title>T</title></head><body><div><p>Menu</p></div>` +
			`<div class="story"><p>Long paragraph one of the story.</p><p>Long paragraph two of the story.</p></div></body></html>`,
		want: []news.Article{{ID: "p", Title: "T", Paragraphs: []string{"Long paragraph one of the story.", "Long paragraph two of the story."},
			Source: "p.htm", Format: "html"}},
	}, {
		name:   "html article element without blocks falls back to densest block",
		source: "q.html",
		data:   `<html><body><article><div>Teaser</div></article><div><p>Real paragraph.</p></div></body></html>`,
		want:   []news.Article{{ID: "q", Paragraphs: []string{"Real paragraph."}, Source: "q.html", Format: "html"}},
	}, {
		name:   "utf-8 bom",
		source: "bom.txt",
		data:   "\xEF\xBB\xBFCafé.",
		want:   []news.Article{{ID: "bom", Paragraphs: []string{"Café."}, Source: "bom.txt", Format: "text"}},
	}, {
		name:   "utf-16le bom",
		source: "u16.txt",
		data:   "\xFF\xFEC\x00a\x00f\x00\xE9\x00.\x00",
		want:   []news.Article{{ID: "u16", Paragraphs: []string{"Café."}, Source: "u16.txt", Format: "text"}},
	}, {
		name:   "utf-16be bom",
		source: "u16be.txt",
		data:   "\xFE\xFF\x00C\x00a\x00f\x00\xE9\x00.",
		want:   []news.Article{{ID: "u16be", Paragraphs: []string{"Café."}, Source: "u16be.txt", Format: "text"}},
	}, {
		name:   "windows-1252",
		source: "cp.txt",
		data:   "\x93Caf\xe9\x94 costs \x805 \x96 cheap.",
		want:   []news.Article{{ID: "cp", Paragraphs: []string{"“Café” costs €5 – cheap."}, Source: "cp.txt", Format: "text"}},
	}, {
		name:   "stdin id",
		source: "-",
		data:   "Hello.",
		want:   []news.Article{{ID: "stdin", Paragraphs: []string{"Hello."}, Source: "-", Format: "text"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := Parse(tt.source, []byte(tt.data), Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warns, warns, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name, source, data string
		code               news.Code
		reason             string
	}{
		{"empty", "e.txt", "", news.Invalid, "empty file"},
		{"white space only", "w.txt", " \n\t\n", news.Invalid, "no text"},
		{"nul bytes", "b.bin", "abc\x00def", news.Invalid, "binary file (NUL bytes)"},
		{"control characters", "c.txt", strings.Repeat("\x01\x02\x03text", 20), news.Invalid, "binary file (control characters)"},
		{"undefined cp1252 bytes", "u.txt", "abc \x81\x8d def", news.Invalid, "invalid UTF-8 (not Windows-1252 text either)"},
		{"mostly high bytes", "h.txt", "\xc0\xc1\xf5\xf6\xf7\xf8ab", news.Invalid, "invalid UTF-8 (6 of 8 bytes undecodable)"},
		{"invalid json", "i.json", `{"title": }`, news.Invalid, "invalid JSON: invalid character '}' looking for beginning of value"},
		{"empty json array", "n.json", `[]`, news.Invalid, "no text"},
		{"json without text", "t.json", `{"title":"only a title"}`, news.Invalid, "no text"},
		{"sgml without text", "s.sgml", "<DOC><DOCNO>X1</DOCNO></DOC>", news.Invalid, "no text"},
		{"html without text", "h.html", "<html><body><nav><p>menu</p></nav></body></html>", news.Invalid, "no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, warns, err := Parse(tt.source, []byte(tt.data), Options{})
			if err == nil {
				t.Fatalf("Parse = %d articles, %v; want error", len(arts), warns)
			}
			got := news.WarningFrom("ignored", err)
			want := news.Warning{Source: tt.source, Reason: tt.reason}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("warning (-want +got):\n%s", diff)
			}
			if code := news.ErrorCode(err); code != tt.code {
				t.Errorf("code = %s, want %s", code, tt.code)
			}
		})
	}
}

func TestParseHTMLHook(t *testing.T) {
	var gotPage string
	opt := Options{HTML: func(source string, page []byte) (news.Article, error) {
		gotPage = string(page)
		return news.Article{Title: "From hook", Paragraphs: []string{"Body."}}, nil
	}}
	page := "<html><body>caf\xe9</body></html>"
	arts, _, err := Parse("dir/page.html", []byte(page), opt)
	if err != nil {
		t.Fatal(err)
	}
	want := []news.Article{{ID: "page", Title: "From hook", Paragraphs: []string{"Body."}, Source: "dir/page.html", Format: "html"}}
	if diff := cmp.Diff(want, arts); diff != "" {
		t.Errorf("articles (-want +got):\n%s", diff)
	}
	if gotPage != "<html><body>café</body></html>" {
		t.Errorf("hook got page %q, want it decoded to UTF-8", gotPage)
	}
}

func TestParseTime(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2017-07-26", date(2017, 7, 26, 0, 0), true},
		{"2017-07-26T10:00:00+02:00", date(2017, 7, 26, 8, 0), true},
		{"Wed, 26 Jul 2017 10:00:00 GMT", date(2017, 7, 26, 10, 0), true},
		{"Wed, 26 Jul 2017 10:00:00 -0400", date(2017, 7, 26, 14, 0), true},
		{"July 26, 2017", date(2017, 7, 26, 0, 0), true},
		{"1998-10-31 07:36", date(1998, 10, 31, 7, 36), true},
		{"08/12/1998 13:29:00", date(1998, 8, 12, 13, 29), true},
		{"1500000000", time.Unix(1500000000, 0).UTC(), true},
		{"1500000000000", time.Unix(1500000000, 0).UTC(), true},
		{"yesterday", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseTime(tt.in)
			if ok != tt.ok || !got.Equal(tt.want) {
				t.Errorf("parseTime(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestUniqueIDs(t *testing.T) {
	tests := []struct {
		name     string
		in, want []string
	}{
		{"repeats", []string{"x", "x", "x"}, []string{"x", "x-2", "x-3"}},
		{"suffix taken first", []string{"x-2", "x", "x"}, []string{"x-2", "x", "x-3"}},
		{"suffix taken later", []string{"x", "x", "x-2"}, []string{"x", "x-2", "x-2-2"}},
		{"empty", []string{"", ""}, []string{"article", "article-2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ids := idSet{}
			var got []string
			for _, id := range tt.in {
				got = append(got, ids.unique(id))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("unique IDs (-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseManyDuplicateIDs guards against quadratic ID assignment: 20,000 documents
// with one DOCNO must all be read, with distinct IDs.
func TestParseManyDuplicateIDs(t *testing.T) {
	data := strings.Repeat("<DOC><DOCNO>APW1</DOCNO><TEXT><P>a</P></TEXT></DOC>\n", 20000)
	arts, _, err := Parse("many.sgml", []byte(data), Options{})
	if err != nil || len(arts) != 20000 {
		t.Fatalf("Parse = %d articles, %v; want 20000", len(arts), err)
	}
	if arts[19999].ID != "APW1-20000" {
		t.Errorf("last ID = %q, want APW1-20000", arts[19999].ID)
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		source, data, want string
	}{
		{"a.json", `{"title": "x", "text": "y"}`, FormatJSON},
		{"a.jsonl", "{\"text\": \"y\"}\n{\"text\": \"z\"}\n", FormatJSONL},
		{"a", "<DOC><DOCNO> X1 </DOCNO><TEXT>y</TEXT></DOC>", FormatSGML},
		{"a", "<!doctype html><html><body><p>y</p></body></html>", FormatHTML},
		{"a.txt", "Title: x\n\ny", FormatText},
		{"a.txt", " \n\t", ""},
		{"a.bin", "\x00\x01\x02\x00\x00", ""},
	}
	for _, tc := range tests {
		if got := Format(tc.source, []byte(tc.data)); got != tc.want {
			t.Errorf("Format(%q, %q) = %q, want %q", tc.source, tc.data, got, tc.want)
		}
	}
}
