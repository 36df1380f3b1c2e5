package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// cites returns the brief's citation marks for some article ids, like "[1][3]", in
// ascending order.
func (s sources) cites(list []string) string {
	var nums []int
	for _, id := range list {
		if n, ok := s.num[id]; ok {
			nums = append(nums, n)
		}
	}
	for i := 1; i < len(nums); i++ {
		for j := i; j > 0 && nums[j] < nums[j-1]; j-- {
			nums[j], nums[j-1] = nums[j-1], nums[j]
		}
	}
	var b strings.Builder
	for i, n := range nums {
		if i == 0 || n != nums[i-1] {
			fmt.Fprintf(&b, "[%d]", n)
		}
	}
	return b.String()
}

// outletLetters names a comparison's outlets A, B, C ... for the coverage table.
func outletLetters(views []news.OutletView) map[string]string {
	m := make(map[string]string, len(views))
	for i, v := range views {
		m[v.Outlet] = columnName(i)
	}
	return m
}

func columnName(i int) string {
	if i < 26 {
		return string(rune('A' + i))
	}
	return fmt.Sprintf("O%d", i+1)
}

// shownEntities is how many of a story's entities, most mentioned first, the text and
// Markdown analyses list in full; the rest are named on one line (JSON has them all).
const shownEntities = 25

// splitEntities returns the entities listed in full and the rest.
func splitEntities(ents []news.Entity) (full, rest []news.Entity) {
	n := min(len(ents), shownEntities)
	return ents[:n], ents[n:]
}

// alsoNamed names entities beyond the full list with their kinds and mentions:
// "James Comey (person, 1), FBI (organization, 1)".
func alsoNamed(ents []news.Entity) string {
	parts := make([]string, len(ents))
	for i, e := range ents {
		parts[i] = fmt.Sprintf("%s (%s, %d)", e.Name, e.Kind, len(e.Mentions))
	}
	return strings.Join(parts, ", ")
}

func writeAnalysisText(w io.Writer, an *news.Analysis, src sources) {
	fmt.Fprintln(w, "People, organisations, places and outlets")
	if len(an.Entities) == 0 {
		fmt.Fprintln(w, "  (none found)")
	}
	full, rest := splitEntities(an.Entities)
	for _, e := range full {
		line := fmt.Sprintf("- %s, %s", safe(e.Name), e.Kind)
		if len(e.Roles) > 0 {
			line += " (" + safe(strings.Join(e.Roles, "; ")) + ")"
		}
		total, per := 0, make([]string, 0, len(e.PerArticle))
		counts := append([]news.Count(nil), e.PerArticle...)
		sort.SliceStable(counts, func(i, j int) bool { return src.num[counts[i].Key] < src.num[counts[j].Key] })
		for _, c := range counts {
			total += c.N
			per = append(per, fmt.Sprintf("%s %d", src.cites([]string{c.Key}), c.N))
		}
		line += fmt.Sprintf(": %s; by article %s", plural(total, "mention", "mentions"), strings.Join(per, ", "))
		if len(e.PerOutlet) < len(e.PerArticle) {
			var outs []string
			for _, c := range e.PerOutlet {
				outs = append(outs, fmt.Sprintf("%s %d", safe(c.Key), c.N))
			}
			line += "; by outlet " + strings.Join(outs, ", ")
		}
		indent(w, line, textWidth, "  ")
	}
	if len(rest) > 0 {
		indent(w, "- Also named: "+safe(alsoNamed(rest)), textWidth, "  ")
	}
	fmt.Fprintln(w, "\nQuotes")
	if len(an.Quotes) == 0 {
		fmt.Fprintln(w, "  (none found)")
	}
	for _, q := range an.Quotes {
		indent(w, "- “"+safe(q.Text)+"” "+speakerText(q)+" "+src.cites(q.Articles), textWidth, "  ")
		if q.Differs {
			for _, v := range q.Variants {
				indent(w, "  worded: “"+safe(v.Text)+"” "+src.cites(v.Articles), textWidth, "    ")
			}
		}
	}
	writeTimelineText(w, an, src)
	writeOutletsText(w, an.Outlets, src)
	fmt.Fprintln(w)
}

// speakerText says who spoke a quotation and how, like "— Jeff Sessions (named), said".
func speakerText(q news.Quote) string {
	who := safe(q.Speaker)
	if who == "" {
		who = "speaker unknown"
	}
	s := "— " + who + " (" + q.SpeakerKind
	if q.Verb != "" {
		s += ", " + safe(q.Verb)
	}
	if q.Partial {
		s += ", fragment"
	}
	return s + ")"
}

// when writes a timeline time for a reader: a decade ("199" in TIMEX3) as "1990s" and
// a century ("18") as "1800s"; other values as they are.
func when(t news.TimeExpr) (label, grain string) {
	v := t.Value
	if strings.Trim(v, "0123456789") != "" {
		return v, t.Granularity
	}
	switch len(v) {
	case 3:
		return v + "0s", "decade"
	case 2:
		return v + "00s", "century"
	}
	return v, t.Granularity
}

func writeTimelineText(w io.Writer, an *news.Analysis, src sources) {
	fmt.Fprintln(w, "\nTimeline")
	if len(an.Timeline) == 0 {
		fmt.Fprintln(w, "  (no dated event)")
	}
	for _, e := range an.Timeline {
		label, grain := when(e.Time)
		indent(w, fmt.Sprintf("- %s (%s, “%s”): %s %s", safe(label), grain, safe(e.Time.Text), safe(e.Text), src.cites(e.Articles)), textWidth, "  ")
	}
	if len(an.Undated) > 0 {
		fmt.Fprintln(w, "\nNot placed on the timeline (relative times in undated articles)")
		for _, e := range an.Undated {
			indent(w, fmt.Sprintf("- “%s” (%s): %s %s", safe(e.Time.Text), safe(e.Time.Value), safe(e.Text), src.cites(e.Articles)), textWidth, "  ")
		}
	}
}

func writeOutletsText(w io.Writer, c news.Comparison, src sources) {
	fmt.Fprintln(w, "\nOutlets side by side")
	letters := outletLetters(c.Outlets)
	for _, v := range c.Outlets {
		indent(w, fmt.Sprintf("%s  %s %s: reports %s, %d only here", letters[v.Outlet], safe(v.Outlet), src.cites(v.Articles),
			plural(v.Facts, "fact", "facts"), v.Unique), textWidth, "   ")
	}
	fmt.Fprintln(w, "\nReported by every outlet")
	if len(c.Common) == 0 {
		fmt.Fprintln(w, "  (no fact is reported by every outlet)")
	}
	for _, f := range c.Common {
		indent(w, "- "+safe(f.Text)+" "+src.cites(f.Articles), textWidth, "  ")
	}
	if len(c.Coverage) > 0 {
		fmt.Fprintln(w, "\nCoverage: facts reported by more than one outlet (x = reports it)")
		var head strings.Builder
		for i := range c.Outlets {
			head.WriteString(columnName(i) + " ")
		}
		fmt.Fprintln(w, "  "+strings.TrimSpace(head.String()))
		for _, f := range c.Coverage {
			has := map[string]bool{}
			for _, o := range f.Outlets {
				has[o] = true
			}
			var row strings.Builder
			for _, v := range c.Outlets {
				mark := "."
				if has[v.Outlet] {
					mark = "x"
				}
				row.WriteString(mark + strings.Repeat(" ", len(letters[v.Outlet])))
			}
			lead(w, "  "+row.String(), safe(f.Text)+" "+src.cites(f.Articles), textWidth, "  "+strings.Repeat(" ", len(head.String())))
		}
	}
	fmt.Fprintln(w, "\nReported by one outlet only")
	if len(c.Unique) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for _, f := range c.Unique {
		indent(w, fmt.Sprintf("- %s: %s %s", safe(strings.Join(f.Outlets, ", ")), safe(f.Text), src.cites(f.Articles)), textWidth, "  ")
	}
	fmt.Fprintln(w, "\nConflicts")
	if len(c.Conflicts) == 0 {
		fmt.Fprintln(w, "  (none found)")
	}
	for _, cf := range c.Conflicts {
		var vals []string
		for _, s := range cf.Sides {
			vals = append(vals, "“"+safe(s.Value)+"” "+src.cites(s.Articles))
		}
		indent(w, "- "+cf.Slot+": "+strings.Join(vals, " against "), textWidth, "  ")
		if cf.Slot == "quote" {
			continue
		}
		for _, s := range cf.Sides {
			indent(w, "  "+src.cites(s.Articles)+" "+safe(strings.Join(s.Outlets, ", "))+": "+safe(s.Text), textWidth, "    ")
		}
	}
}

// indent writes s folded at width columns, continuation lines starting with prefix.
func indent(w io.Writer, s string, width int, prefix string) { lead(w, "", s, width, prefix) }

// lead writes first, then s folded at width columns, continuation lines starting with
// prefix.
func lead(w io.Writer, first, s string, width int, prefix string) {
	fmt.Fprint(w, first)
	col := len([]rune(first))
	for i, word := range strings.Fields(s) {
		n := len([]rune(word))
		if i > 0 && col+1+n > width {
			fmt.Fprint(w, "\n"+prefix)
			col = len(prefix)
		} else if i > 0 || first != "" && !strings.HasSuffix(first, " ") {
			fmt.Fprint(w, " ")
			col++
		}
		fmt.Fprint(w, word)
		col += n
	}
	fmt.Fprintln(w)
}
