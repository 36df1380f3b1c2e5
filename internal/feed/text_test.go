package feed

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Just one line.", []string{"Just one line."}},
		{"plain blank lines", "First.\n\n  Second\n  line.", []string{"First.", "Second line."}},
		{"paragraphs", "<p>One.</p><p>Two &amp; three.</p>", []string{"One.", "Two & three."}},
		{"br and lists", "a<br>b<ul><li>c</li><li>d</li></ul>", []string{"a", "b", "c", "d"}},
		{"inline tags join", "re<em>mark</em>able <a href='x'>link</a>", []string{"remarkable link"}},
		{"script and style dropped", "<p>x</p><script>alert('y')</script><style>p{}</style><p>z</p>", []string{"x", "z"}},
		{"noscript and iframe dropped", "<noscript>enable js</noscript><iframe>frame</iframe>ok", []string{"ok"}},
		{"nested svg title dropped", "<svg><title>icon</title></svg>text", []string{"text"}},
		{"unclosed script", "<p>x</p><script>never closed", []string{"x"}},
		{"entities", "caf&eacute; &ldquo;q&rdquo; &#8212; &#x263A;", []string{"café “q” — ☺"}},
		{"malformed", "<p<<>>b</", []string{">b</"}},
		{"empty", "", nil},
		{"whitespace only", " <p> </p> ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Paragraphs(tt.in)); diff != "" {
				t.Errorf("Paragraphs(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSummaryOnly(t *testing.T) {
	long := strings.Repeat("word ", summaryWords)
	tests := []struct {
		name       string
		hasContent bool
		paras      []string
		want       bool
	}{
		{"no body", false, nil, true},
		{"short description", false, []string{"A short teaser."}, true},
		{"long description", false, []string{long}, false},
		{"long description with ellipsis", false, []string{long + "and then…"}, true},
		{"full content", true, []string{"Short but complete."}, false},
		{"content ends read more", true, []string{long, "Read more »"}, true},
		{"content ends continue reading", true, []string{long, "Continue reading Council approves budget →"}, true},
		{"content ends three dots", true, []string{long + "..."}, true},
		{"content ends [...]", true, []string{long + " [...]"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaryOnly(tt.hasContent, tt.paras); got != tt.want {
				t.Errorf("summaryOnly(%v, %q) = %v, want %v", tt.hasContent, tt.paras, got, tt.want)
			}
		})
	}
}

func TestDropFooterAndMoreLink(t *testing.T) {
	in := []string{"Story text.", "Continue reading Story →", "The post Story appeared first on Gazette."}
	got := dropMoreLink(dropFooter(in))
	if diff := cmp.Diff([]string{"Story text."}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestIDPrefix(t *testing.T) {
	tests := []struct{ source, want string }{
		{"https://example.com/news/rss.xml", "rss"},
		{"https://example.com/", "example.com"},
		{"https://example.com/feeds/world/", "world"},
		{"feeds/local.atom", "local"},
		{"-", "feed"},
		{"", "feed"},
	}
	for _, tt := range tests {
		if got := idPrefix(tt.source); got != tt.want {
			t.Errorf("idPrefix(%q) = %q, want %q", tt.source, got, tt.want)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/rss2.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("rss2.xml", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParagraphs(b *testing.B) {
	frag := strings.Repeat("<p>The council voted <em>7-2</em> on Monday &amp; the mayor said so.</p><script>x()</script>", 500)
	b.SetBytes(int64(len(frag)))
	for b.Loop() {
		Paragraphs(frag)
	}
}
