package render

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// mdCites returns the Markdown citation links of some article ids for story number
// story (from 1), like the brief's.
func (s sources) mdCites(story int, list []string) string {
	var nums []int
	for _, id := range list {
		if n, ok := s.num[id]; ok {
			nums = append(nums, n)
		}
	}
	sort.Ints(nums)
	var b strings.Builder
	for i, n := range nums {
		if i == 0 || n != nums[i-1] {
			fmt.Fprintf(&b, " [\\[%d\\]](#s%d-%d)", n, story, n)
		}
	}
	return b.String()
}

func writeAnalysisMarkdown(w io.Writer, an *news.Analysis, src sources, story int) {
	fmt.Fprint(w, "### People, organisations, places and outlets\n\n")
	if len(an.Entities) == 0 {
		fmt.Fprint(w, "None found.\n\n")
	} else {
		fmt.Fprint(w, "| Name | Kind | Roles | Mentions | By article |\n|---|---|---|---|---|\n")
	}
	full, rest := splitEntities(an.Entities)
	for _, e := range full {
		total := 0
		counts := append([]news.Count(nil), e.PerArticle...)
		sort.SliceStable(counts, func(i, j int) bool { return src.num[counts[i].Key] < src.num[counts[j].Key] })
		var per []string
		for _, c := range counts {
			total += c.N
			per = append(per, fmt.Sprintf("\\[%d\\] %d", src.num[c.Key], c.N))
		}
		fmt.Fprintf(w, "| %s | %s | %s | %d | %s |\n", md(e.Name), e.Kind, md(strings.Join(e.Roles, "; ")), total, strings.Join(per, ", "))
	}
	if len(rest) > 0 {
		fmt.Fprintf(w, "\nAlso named: %s\n", md(alsoNamed(rest)))
	}
	fmt.Fprint(w, "\n### Quotes\n\n")
	if len(an.Quotes) == 0 {
		fmt.Fprint(w, "None found.\n\n")
	}
	for _, q := range an.Quotes {
		fmt.Fprintf(w, "- “%s” %s%s\n", md(q.Text), md(speakerText(q)), src.mdCites(story, q.Articles))
		if q.Differs {
			for _, v := range q.Variants {
				fmt.Fprintf(w, "  - worded: “%s”%s\n", md(v.Text), src.mdCites(story, v.Articles))
			}
		}
	}
	fmt.Fprint(w, "\n### Timeline\n\n")
	if len(an.Timeline) == 0 {
		fmt.Fprint(w, "No dated event.\n")
	}
	for _, e := range an.Timeline {
		label, grain := when(e.Time)
		fmt.Fprintf(w, "- **%s** (%s, “%s”): %s%s\n", md(label), grain, md(e.Time.Text), md(e.Text), src.mdCites(story, e.Articles))
	}
	if len(an.Undated) > 0 {
		fmt.Fprint(w, "\n*Not placed on the timeline (relative times in undated articles):*\n\n")
		for _, e := range an.Undated {
			fmt.Fprintf(w, "- “%s” (%s): %s%s\n", md(e.Time.Text), md(e.Time.Value), md(e.Text), src.mdCites(story, e.Articles))
		}
	}
	writeOutletsMarkdown(w, an.Outlets, src, story)
	fmt.Fprintln(w)
}

func writeOutletsMarkdown(w io.Writer, c news.Comparison, src sources, story int) {
	fmt.Fprint(w, "\n### Outlets side by side\n\n| | Outlet | Facts | Only here |\n|---|---|---|---|\n")
	for i, v := range c.Outlets {
		fmt.Fprintf(w, "| %s | %s%s | %d | %d |\n", columnName(i), md(v.Outlet), src.mdCites(story, v.Articles), v.Facts, v.Unique)
	}
	fmt.Fprint(w, "\n**Reported by every outlet**\n\n")
	if len(c.Common) == 0 {
		fmt.Fprint(w, "No fact is reported by every outlet.\n")
	}
	for _, f := range c.Common {
		fmt.Fprintf(w, "- %s%s\n", md(f.Text), src.mdCites(story, f.Articles))
	}
	if len(c.Coverage) > 0 {
		fmt.Fprint(w, "\n**Coverage: facts reported by more than one outlet**\n\n| Fact |")
		for i := range c.Outlets {
			fmt.Fprintf(w, " %s |", columnName(i))
		}
		fmt.Fprint(w, "\n|---|"+strings.Repeat("---|", len(c.Outlets))+"\n")
		for _, f := range c.Coverage {
			has := map[string]bool{}
			for _, o := range f.Outlets {
				has[o] = true
			}
			fmt.Fprintf(w, "| %s%s |", md(f.Text), src.mdCites(story, f.Articles))
			for _, v := range c.Outlets {
				mark := " "
				if has[v.Outlet] {
					mark = "x"
				}
				fmt.Fprintf(w, " %s |", mark)
			}
			fmt.Fprintln(w)
		}
	}
	fmt.Fprint(w, "\n**Reported by one outlet only**\n\n")
	if len(c.Unique) == 0 {
		fmt.Fprint(w, "None.\n")
	}
	for _, f := range c.Unique {
		fmt.Fprintf(w, "- *%s*: %s%s\n", md(strings.Join(f.Outlets, ", ")), md(f.Text), src.mdCites(story, f.Articles))
	}
	fmt.Fprint(w, "\n**Conflicts**\n\n")
	if len(c.Conflicts) == 0 {
		fmt.Fprint(w, "None found.\n")
	}
	for _, cf := range c.Conflicts {
		var vals []string
		for _, s := range cf.Sides {
			vals = append(vals, "“"+md(s.Value)+"”"+src.mdCites(story, s.Articles))
		}
		fmt.Fprintf(w, "- %s: %s\n", cf.Slot, strings.Join(vals, " against "))
		if cf.Slot == "quote" {
			continue
		}
		for _, s := range cf.Sides {
			fmt.Fprintf(w, "  - *%s*: %s%s\n", md(strings.Join(s.Outlets, ", ")), md(s.Text), src.mdCites(story, s.Articles))
		}
	}
}
