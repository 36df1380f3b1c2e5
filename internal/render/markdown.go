package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

func writeMarkdown(w io.Writer, res news.Result) error {
	bw := bufio.NewWriter(w)
	for i, b := range res.Stories {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		src := numberSources(b)
		title := md(b.Title)
		if title == "" {
			title = "Untitled story"
		}
		fmt.Fprintf(bw, "## %s\n\n", title)
		fmt.Fprintf(bw, "*%s, %s; brief of %s*\n\n", coverage(b.Articles), span(b.Articles), plural(b.Words, "word", "words"))
		for _, bs := range b.Sentences {
			fmt.Fprint(bw, md(bs.Text))
			for _, n := range src.marks(bs) {
				fmt.Fprintf(bw, " [\\[%d\\]](#s%d-%d)", n, i+1, n)
			}
			fmt.Fprint(bw, "\n\n")
		}
		if b.Analysis != nil {
			writeAnalysisMarkdown(bw, b.Analysis, src, i+1)
		}
		fmt.Fprintln(bw, "**Sources**")
		fmt.Fprintln(bw)
		for n, a := range src.order {
			fmt.Fprintf(bw, "%d. <a id=\"s%d-%d\"></a>%s", n+1, i+1, n+1, md(sourceLabel(a)))
			if a.Title != "" {
				fmt.Fprintf(bw, ", *%s*", md(a.Title))
			}
			fmt.Fprintf(bw, ", %s (`%s`)\n", day(a.Published), strings.ReplaceAll(safe(a.Source), "`", "'"))
		}
	}
	if len(res.Warnings) > 0 {
		fmt.Fprintln(bw, "\n**Skipped**")
		fmt.Fprintln(bw)
		for _, wn := range res.Warnings {
			fmt.Fprintf(bw, "- %s: %s\n", md(wn.Source), md(wn.Reason))
		}
	}
	return bw.Flush()
}

// mdEscaper escapes every character with which Markdown or embedded HTML could make
// links, emphasis, code, tables or tags, so article text renders as the words it is and
// never as markup or script.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "|", `\|`, "~", `\~`,
	"#", `\#`, "<", "&lt;", ">", "&gt;", "&", "&amp;",
)

// md escapes text for Markdown; a leading "-", "+" or "1." would start a list, so it is
// escaped too.
func md(s string) string {
	s = mdEscaper.Replace(safe(s))
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return `\` + s
	}
	if i := numberedPrefix(s); i > 0 {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// numberedPrefix returns the length of the digits that open s when a "." or ")" follows
// them (a list item), else 0.
func numberedPrefix(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return i
	}
	return 0
}
