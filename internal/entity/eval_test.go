package entity

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/storyline-news/storyline/internal/news"
)

// goldMention is one annotated mention of the labelled set.
type goldMention struct {
	article, para, start, end int
	kind, cluster             string
}

var kindCodes = map[string]string{"PER": Person, "ORG": Organization, "LOC": Place, "OUT": Outlet}

// parseAnnotated reads the inline format of testdata/ner/README.md.
func parseAnnotated(name, src string) ([]news.Article, []goldMention, error) {
	var arts []news.Article
	var gold []goldMention
	for _, line := range strings.Split(src, "\n") {
		if id, ok := strings.CutPrefix(line, "=== "); ok {
			arts = append(arts, news.Article{ID: id})
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if len(arts) == 0 {
			arts = append(arts, news.Article{ID: name})
		}
		a := &arts[len(arts)-1]
		text, ms, err := parseLine(line)
		if err != nil {
			return nil, nil, news.Errorf(news.Invalid, name, "parse paragraph %d: %v", len(a.Paragraphs), err)
		}
		for _, m := range ms {
			m.article, m.para = len(arts)-1, len(a.Paragraphs)
			gold = append(gold, m)
		}
		a.Paragraphs = append(a.Paragraphs, text)
	}
	return arts, gold, nil
}

func parseLine(line string) (string, []goldMention, error) {
	var b strings.Builder
	var ms []goldMention
	for {
		j := strings.IndexByte(line, ']')
		if j < 0 {
			if i := strings.IndexByte(line, '['); i >= 0 && strings.Contains(line[i:], "|") {
				return "", nil, fmt.Errorf("unclosed [ at %q", line[i:])
			}
			b.WriteString(line)
			return b.String(), ms, nil
		}
		i := strings.LastIndexByte(line[:j], '[')
		if i < 0 || !strings.Contains(line[i+1:j], "|") {
			// An editor's bracket ("[Sessions] isn't going anywhere") is text.
			b.WriteString(line[:j+1])
			line = line[j+1:]
			continue
		}
		f := strings.Split(line[i+1:j], "|")
		if len(f) < 2 || len(f) > 3 || kindCodes[f[1]] == "" || f[0] == "" {
			return "", nil, fmt.Errorf("bad mention %q", line[i:j+1])
		}
		b.WriteString(line[:i])
		m := goldMention{start: b.Len(), kind: kindCodes[f[1]], cluster: f[0]}
		b.WriteString(f[0])
		m.end = b.Len()
		if len(f) == 3 {
			m.cluster = f[2]
		}
		ms = append(ms, m)
		line = line[j+1:]
	}
}

// counts holds true positives and totals for precision and recall.
type counts struct{ tp, ptp, sys, gold int }

func (c counts) String() string {
	p, r := ratio(c.tp, c.sys), ratio(c.tp, c.gold)
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f | partial P %.3f R %.3f (gold %d, system %d)",
		p, r, f1(p, r), ratio(c.ptp, c.sys), ratio(c.ptp, c.gold), c.gold, c.sys)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// report is the figures of one labelled set.
type report struct {
	byKind map[string]*counts
	all    counts
	b3p    float64 // B-cubed precision and recall over exactly matched gold mentions
	b3r    float64
	b3n    int
}

type sysMention struct {
	article, para, start, end int
	kind                      string
	entity                    int
}

// evaluate runs Find on every labelled file matching pattern and scores it.
func evaluate(t testing.TB, pattern string) report {
	files, err := filepath.Glob(filepath.Join("testdata", "ner", pattern))
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled files for %s: %v", pattern, err)
	}
	rep := report{byKind: map[string]*counts{}}
	for _, k := range kindCodes {
		rep.byKind[k] = &counts{}
	}
	var b3p, b3r float64
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		arts, gold, err := parseAnnotated(f, string(data))
		if err != nil {
			t.Fatal(err)
		}
		sys := systemMentions(arts, Find(arts))
		scoreSpans(&rep, gold, sys)
		if *showErrors {
			logErrors(t, arts, gold, sys)
		}
		p, r, n := bcubed(gold, sys)
		b3p, b3r, rep.b3n = b3p+p, b3r+r, rep.b3n+n
	}
	rep.b3p, rep.b3r = b3p/float64(max(rep.b3n, 1)), b3r/float64(max(rep.b3n, 1))
	return rep
}

func systemMentions(arts []news.Article, ents []Entity) []sysMention {
	index := map[string]int{}
	for k, a := range arts {
		index[a.ID] = k
	}
	var out []sysMention
	for e, ent := range ents {
		for _, m := range ent.Mentions {
			out = append(out, sysMention{index[m.ArticleID], m.Paragraph, m.Start, m.End, ent.Kind, e})
		}
	}
	return out
}

func scoreSpans(rep *report, gold []goldMention, sys []sysMention) {
	match := func(g goldMention, s sysMention, exact bool) bool {
		if g.article != s.article || g.para != s.para || g.kind != s.kind {
			return false
		}
		if exact {
			return g.start == s.start && g.end == s.end
		}
		return g.start < s.end && s.start < g.end
	}
	for _, s := range sys {
		c := rep.byKind[s.kind]
		c.sys++
		rep.all.sys++
		for _, g := range gold {
			if match(g, s, true) {
				c.tp++
				rep.all.tp++
				break
			}
		}
		for _, g := range gold {
			if match(g, s, false) {
				c.ptp++
				rep.all.ptp++
				break
			}
		}
	}
	for _, g := range gold {
		rep.byKind[g.kind].gold++
		rep.all.gold++
	}
}

// bcubed returns summed B-cubed precision and recall (Bagga and Baldwin 1998) over the
// gold mentions the system found with the exact span, and their number.
func bcubed(gold []goldMention, sys []sysMention) (float64, float64, int) {
	type span struct{ a, p, s, e int }
	ent := map[span]int{}
	for _, s := range sys {
		ent[span{s.article, s.para, s.start, s.end}] = s.entity
	}
	var found []goldMention
	var sysOf []int
	for _, g := range gold {
		if e, ok := ent[span{g.article, g.para, g.start, g.end}]; ok {
			found = append(found, g)
			sysOf = append(sysOf, e)
		}
	}
	var p, r float64
	for i, g := range found {
		same, inSys, inGold := 0, 0, 0
		for j, h := range found {
			sg, ss := g.cluster == h.cluster, sysOf[i] == sysOf[j]
			if sg && ss {
				same++
			}
			if ss {
				inSys++
			}
			if sg {
				inGold++
			}
		}
		p += float64(same) / float64(inSys)
		r += float64(same) / float64(inGold)
	}
	return p, r, len(found)
}

func (r report) String() string {
	var b strings.Builder
	kinds := make([]string, 0, len(r.byKind))
	for k := range r.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-12s %v\n", k, *r.byKind[k])
	}
	fmt.Fprintf(&b, "  %-12s %v\n", "all", r.all)
	fmt.Fprintf(&b, "  B-cubed over %d matched mentions: P %.3f R %.3f F1 %.3f\n", r.b3n, r.b3p, r.b3r, f1(r.b3p, r.b3r))
	return b.String()
}

var showErrors = flag.Bool("errors", false, "log the labelled mentions the recogniser gets wrong")

// logErrors logs missed gold mentions (-) and spurious system mentions (+), exact
// span and kind.
func logErrors(t testing.TB, arts []news.Article, gold []goldMention, sys []sysMention) {
	type key struct {
		a, p, s, e int
		kind       string
	}
	g, s := map[key]bool{}, map[key]bool{}
	for _, m := range gold {
		g[key{m.article, m.para, m.start, m.end, m.kind}] = true
	}
	for _, m := range sys {
		s[key{m.article, m.para, m.start, m.end, m.kind}] = true
	}
	text := func(k key) string { return arts[k.a].Paragraphs[k.p][k.s:k.e] }
	for k := range g {
		if !s[k] {
			t.Logf("- %s %q %s", arts[k.a].ID, text(k), k.kind)
		}
	}
	for k := range s {
		if !g[k] {
			t.Logf("+ %s %q %s", arts[k.a].ID, text(k), k.kind)
		}
	}
}
