package render

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// Stories writes the stories found in a pile as text (one line per story, with its
// outlets and the notes that explain it; with articles, every article and why it is
// there) or as JSON (see JSONStoryList).
func Stories(w io.Writer, format string, res news.Stories, articles bool) error {
	switch format {
	case "text":
		return writeStoriesText(w, res, articles)
	case "json":
		return writeStoriesJSON(w, res)
	}
	return news.Errorf(news.Invalid, "", "unknown format %q (want text or json)", format)
}

// writeStoriesText lists the stories, and with articles every story's articles (see
// articleLine).
func writeStoriesText(w io.Writer, res news.Stories, articles bool) error {
	for _, st := range res.Stories {
		writeStoryText(w, st, articles)
	}
	aside := ""
	if n := len(res.Warnings); n > 0 {
		aside = fmt.Sprintf("; %s skipped or set aside (see the warnings)", plural(n, "input", "inputs"))
	}
	_, err := fmt.Fprintf(w, "%s%s\n", plural(len(res.Stories), "story", "stories"), aside)
	return err
}

// writeStoryText writes one story of a list: its line, outlets and notes, and with
// articles its articles.
func writeStoryText(w io.Writer, st news.Story, articles bool) {
	title := st.Title
	if title == "" {
		title = "(untitled: " + strings.Join(namesThenWords(st.Names, st.Terms), ", ") + ")"
	}
	fmt.Fprintf(w, "%s  %3d %-8s  %s .. %s  %s\n", st.ID, st.Size(), word(st.Size(), "article", "articles"), listDay(st.First), listDay(st.Last), safe(title))
	if outlets := st.Outlets(); len(outlets) > 0 {
		fmt.Fprintf(w, "    outlets: %s\n", strings.Join(safeAll(outlets), ", "))
	}
	if sp := st.Split; sp != nil {
		fmt.Fprintf(w, "    split from: %s\n", splitLine(*sp))
	}
	for _, m := range st.Merges {
		fmt.Fprintf(w, "    merged: %s\n", mergeLine(m))
	}
	for _, a := range st.Articles {
		switch {
		case articles:
			fmt.Fprintf(w, "    %s\n", articleLine(a))
			for _, c := range a.Copies {
				fmt.Fprintf(w, "      copy: %s  %s  %s\n", c.ID, listDay(c.Published), outletOf(c))
			}
		case a.Moved != nil:
			fmt.Fprintf(w, "    moved in: %s\n", moveLine(a))
		}
	}
}

// mergeLine says which story was folded in and why.
func mergeLine(m news.MergeNote) string {
	size := plural(m.Articles, "article", "articles")
	if m.Edit {
		return fmt.Sprintf("%s (%s), by an edit", m.Story, size)
	}
	why := fmt.Sprintf("similarity %.3f", m.Score)
	if m.BySeparation {
		why = fmt.Sprintf("separation %.3f (similarity %.3f)", m.Separation, m.Score)
	}
	return fmt.Sprintf("%s (%s), %s, sharing %s", m.Story, size, why,
		strings.Join(namesThenWords(m.Names, m.Shared), ", "))
}

// articleLine is one article of a story: its id, date, outlet, headline and why it is
// in the story (it started one, joined it, or was moved in).
func articleLine(a news.StoryArticle) string {
	why := "started a story"
	switch {
	case a.Moved != nil:
		why = "moved in " + moveWhy(a)
	case len(a.Shared)+len(a.Names) > 0:
		why = fmt.Sprintf("joined at %.3f, sharing %s", a.Score, strings.Join(namesThenWords(a.Names, a.Shared), ", "))
	}
	title := "(untitled)"
	if a.Title != "" {
		title = fmt.Sprintf("%q", safe(a.Title))
	}
	return fmt.Sprintf("%s  %s  %s  %s  %s", a.ID, listDay(a.Published), outletOf(a.Article), title, why)
}

// outletOf is the article's outlet, or "-" when unknown.
func outletOf(a news.Article) string {
	if a.Outlet == "" {
		return "-"
	}
	return safe(a.Outlet)
}

// moveLine says which article was moved in, from where, and why.
func moveLine(a news.StoryArticle) string {
	name := a.ID
	if a.Title != "" {
		name = fmt.Sprintf("%q", safe(a.Title))
	}
	return name + " " + moveWhy(a)
}

// moveWhy says where a moved article came from and why it moved.
func moveWhy(a news.StoryArticle) string {
	from := a.Moved.From
	if a.Moved.Into != "" {
		from += " (since merged into " + a.Moved.Into + ")"
	}
	return fmt.Sprintf("from %s, similarity %.3f against %.3f there, sharing %s", from,
		a.Score, a.Moved.Own, strings.Join(namesThenWords(a.Names, a.Shared), ", "))
}

// namesThenWords lists names, then the words that are not already part of one, each
// made safe to print.
func namesThenWords(names, words []string) []string {
	seen := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			seen[w] = true
		}
	}
	out := safeAll(names)
	for _, w := range words {
		if !seen[strings.ToLower(w)] {
			out = append(out, safe(w))
		}
	}
	return out
}

// splitLine says which story this one was split from and why.
func splitLine(sp news.SplitNote) string {
	if sp.Edit {
		return sp.Story + ", by an edit"
	}
	return fmt.Sprintf("%s, its articles %.3f closer to their own part's centre than to the other's", sp.Story, sp.Separation)
}

// listDay is a date in a story list, or "undated" padded to a date's width.
func listDay(t time.Time) string {
	if t.IsZero() {
		return "undated   "
	}
	return t.Format("2006-01-02")
}
