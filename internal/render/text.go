package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

const textWidth = 80

func writeText(w io.Writer, res news.Result) error {
	bw := bufio.NewWriter(w)
	for i, b := range res.Stories {
		if i > 0 {
			fmt.Fprintln(bw, "\n"+strings.Repeat("=", textWidth)+"\n")
		}
		src := numberSources(b)
		title := safe(b.Title)
		if title == "" {
			title = "Untitled story"
		}
		fmt.Fprintln(bw, title)
		fmt.Fprintf(bw, "%s, %s; brief of %s\n\n", coverage(b.Articles), span(b.Articles), plural(b.Words, "word", "words"))
		if len(b.Sentences) == 0 {
			fmt.Fprintln(bw, "(No sentence of these articles could stand alone in a brief.)")
		}
		for _, bs := range b.Sentences {
			var marks strings.Builder
			for _, n := range src.marks(bs) {
				fmt.Fprintf(&marks, "[%d]", n)
			}
			wrap(bw, safe(bs.Text)+" "+marks.String(), textWidth)
		}
		if b.Analysis != nil {
			fmt.Fprintln(bw)
			writeAnalysisText(bw, b.Analysis, src)
		}
		fmt.Fprintln(bw, "\nSources")
		for n, a := range src.order {
			line := fmt.Sprintf("[%d] %s, %s", n+1, safe(sourceLabel(a)), day(a.Published))
			if t := safe(a.Title); t != "" {
				line += ": " + t
			}
			fmt.Fprintln(bw, line)
			fmt.Fprintf(bw, "    %s\n", safe(a.Source))
		}
	}
	writeWarningsText(bw, res.Warnings)
	return bw.Flush()
}

func writeWarningsText(w io.Writer, warnings []news.Warning) {
	if len(warnings) == 0 {
		return
	}
	fmt.Fprintf(w, "\nSkipped (%s)\n", plural(len(warnings), "warning", "warnings"))
	for _, wn := range warnings {
		fmt.Fprintf(w, "- %s: %s\n", safe(wn.Source), safe(wn.Reason))
	}
}

// wrap writes s folded at width columns, followed by a blank line.
func wrap(w io.Writer, s string, width int) {
	col := 0
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 && col+1+n > width {
			fmt.Fprintln(w)
			col = 0
		} else if i > 0 {
			fmt.Fprint(w, " ")
			col++
		}
		fmt.Fprint(w, word)
		col += n
	}
	fmt.Fprint(w, "\n\n")
}
