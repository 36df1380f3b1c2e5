package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func sample() news.Result {
	arts := []news.Article{
		{ID: "a", Outlet: "Daily Planet", Title: "Bridge closed", Source: "pile/a.txt", Published: time.Date(2020, 5, 1, 10, 0, 0, 0, time.UTC)},
		{ID: "b", Title: "Flood waters rise", Source: "pile/b.json", URL: "https://news.example.org/flood"},
		{ID: "c", Source: "pile/c.txt"},
	}
	return news.Result{
		Stories: []news.Brief{{
			Title:    "Bridge closed",
			Articles: arts,
			Words:    12,
			Sentences: []news.BriefSentence{
				{Text: "The river flooded the valley on Friday.", From: "b", Citations: []news.Citation{{ArticleID: "a", Similarity: 0.81234}, {ArticleID: "b", Similarity: 1}}},
				{Text: "The main bridge stays closed.", From: "a", Citations: []news.Citation{{ArticleID: "a", Similarity: 1}}},
			},
		}},
		Warnings: []news.Warning{{Source: "pile/x.bin", Reason: "binary file"}},
	}
}

func TestText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "text", sample()); err != nil {
		t.Fatal(err)
	}
	want := `Bridge closed
3 articles from 2 outlets and 1 unknown source, 2020-05-01; brief of 12 words

The river flooded the valley on Friday. [1][2]

The main bridge stays closed. [1]


Sources
[1] Daily Planet, 2020-05-01: Bridge closed
    pile/a.txt
[2] news.example.org, date unknown: Flood waters rise
    pile/b.json
[3] outlet unknown, date unknown
    pile/c.txt

Skipped (1 warning)
- pile/x.bin: binary file
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("text output (-want +got):\n%s", diff)
	}
}

func TestJSONSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "json", sample()); err != nil {
		t.Fatal(err)
	}
	var got JSONResult
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	st := got.Stories[0]
	if got.Version != SchemaVersion || st.Title != "Bridge closed" || st.Words != 12 {
		t.Errorf("header fields wrong: %+v", got)
	}
	if diff := cmp.Diff([]string{"a", "b"}, st.Summary[0].Citations); diff != "" {
		t.Errorf("citations (-want +got):\n%s", diff)
	}
	if st.Summary[0].Support[0].Similarity != 0.812 {
		t.Errorf("similarity = %v, want 0.812", st.Summary[0].Support[0].Similarity)
	}
	if st.Articles[0].Published == nil || *st.Articles[0].Published != "2020-05-01T10:00:00Z" || st.Articles[1].Published != nil {
		t.Errorf("published fields wrong: %+v", st.Articles)
	}
	if len(got.Warnings) != 1 || got.Warnings[0].Source != "pile/x.bin" {
		t.Errorf("warnings = %+v", got.Warnings)
	}
}

func TestHostileTextIsInert(t *testing.T) {
	res := sample()
	evil := "Click <script>alert(1)</script> [here](javascript:alert(1)) \x1b[31mred\x1b[0m \u202egnirts *bold*"
	res.Stories[0].Sentences[0].Text = evil
	res.Stories[0].Title = "- 1. # <img src=x onerror=alert(1)>"
	// Plain text is never rendered, so markup may stay as words, but nothing may act on a
	// terminal; Markdown must not contain live markup; JSON escapes < > & itself.
	mustNot := map[string][]string{
		"text":     {"\x1b", "\u202e"},
		"markdown": {"<script>", "<img", "\x1b", "\u202e", "[here](", "*bold*"},
		"json":     {"<script>", "<img", "\x1b", "\u202e"},
	}
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, format, res); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, bad := range mustNot[format] {
			if strings.Contains(out, bad) {
				t.Errorf("%s output contains %q:\n%s", format, bad, out)
			}
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words.", "plain words."},
		{"*not bold* and _not_ [a link](x)", `\*not bold\* and \_not\_ \[a link\](x)`},
		{"- not a list", `\- not a list`},
		{"1. not a list", `1\. not a list`},
		{"a <b> & c", "a &lt;b&gt; &amp; c"},
	}
	for _, tt := range tests {
		if got := md(tt.in); got != tt.want {
			t.Errorf("md(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, "yaml", sample())
	if news.ErrorCode(err) != news.Invalid {
		t.Errorf("Write(yaml) error = %v, want an invalid-input error", err)
	}
}
