package quote

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	entities "github.com/storyline-news/storyline/internal/entity"
	"github.com/storyline-news/storyline/internal/news"
)

// goldQuote is one (quotation, speaker) pair of a gold file: "kind<TAB>speaker<TAB>text".
type goldQuote struct {
	kind, speaker, text string
}

// scores counts matches of predicted against gold quotations.
type scores struct {
	gold, pred, spans, pairs int
}

func (s *scores) addAll(o scores) {
	s.gold += o.gold
	s.pred += o.pred
	s.spans += o.spans
	s.pairs += o.pairs
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s scores) String() string {
	return fmt.Sprintf("gold %d pred %d | spans P %.3f R %.3f | pairs P %.3f R %.3f",
		s.gold, s.pred, ratio(s.spans, s.pred), ratio(s.spans, s.gold),
		ratio(s.pairs, s.pred), ratio(s.pairs, s.gold))
}

// readArticle reads a test article: one paragraph per line; lines starting "# " are
// notes; blank lines are skipped.
func readArticle(t testing.TB, path string) news.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := news.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Source: path}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "# ") || strings.TrimSpace(line) == "" {
			continue
		}
		a.Paragraphs = append(a.Paragraphs, line)
	}
	return a
}

func readGold(t testing.TB, path string) []goldQuote {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldQuote
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("%s: bad gold line %q", path, sc.Text())
		}
		out = append(out, goldQuote{kind: parts[0], speaker: parts[1], text: parts[2]})
	}
	return out
}

// words normalises a quotation for matching: lower case, letters and digits only.
func words(s string) []string {
	s = strings.NewReplacer("’", "", "'", "", "‘", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// spanMatch is the share of words two quotations have in common, over the longer one.
// A predicted span matches a gold one when it is at least 0.8.
func spanMatch(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range wa {
		count[w]++
	}
	common := 0
	for _, w := range wb {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	return float64(common) / float64(max(len(wa), len(wb)))
}

// head is the head noun of a role phrase, singular: "an ally of the governor" -> "ally".
func head(role string) string {
	ws := words(role)
	h := ""
	for _, w := range ws {
		if prepositions[w] || w == "familiar" || w == "close" || w == "who" {
			break
		}
		h = w
	}
	return strings.TrimSuffix(h, "s")
}

// speakerMatch: the same person (name equal once normalised), the same anonymous role
// (same head noun), or both unknown.
func speakerMatch(g goldQuote, q Quote) bool {
	if g.kind != q.SpeakerKind {
		return false
	}
	switch g.kind {
	case Named:
		return strings.Join(words(g.speaker), " ") == strings.Join(words(q.Speaker), " ")
	case Anonymous:
		return head(g.speaker) == head(q.Speaker)
	}
	return true
}

// score matches the quotations one to one, each gold quotation to its best unused
// prediction.
func score(gold []goldQuote, pred []Quote, miss func(string)) scores {
	s := scores{gold: len(gold), pred: len(pred)}
	used := make([]bool, len(pred))
	for _, g := range gold {
		best, bi := 0.0, -1
		for i, q := range pred {
			if m := spanMatch(g.text, q.Text); !used[i] && m >= 0.8 && m > best {
				best, bi = m, i
			}
		}
		if bi < 0 {
			miss(fmt.Sprintf("missed  %q (%s %s)", g.text, g.kind, g.speaker))
			continue
		}
		used[bi] = true
		s.spans++
		if speakerMatch(g, pred[bi]) {
			s.pairs++
		} else {
			miss(fmt.Sprintf("speaker %q: got %s %q, want %s %q", g.text, pred[bi].SpeakerKind, pred[bi].Speaker, g.kind, g.speaker))
		}
	}
	for i, q := range pred {
		if !used[i] {
			miss(fmt.Sprintf("extra   %q (%s %s)", q.Text, q.SpeakerKind, q.Speaker))
		}
	}
	return s
}

// evalDir scores every article of dir with a gold file beside it (or in goldDir).
func evalDir(t *testing.T, dir, goldDir string) scores { return evalDirWith(t, dir, goldDir, false) }

// evalDirWith scores the labelled articles of dir; withEntities tells FindWith, as the
// story analysis does, which of the article's names entity finding knows for
// organisations, places and outlets.
func evalDirWith(t *testing.T, dir, goldDir string, withEntities bool) scores {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	var total scores
	for _, p := range paths {
		gp := filepath.Join(goldDir, strings.TrimSuffix(filepath.Base(p), ".txt")+".gold")
		if _, err := os.Stat(gp); err != nil {
			continue
		}
		a := readArticle(t, p)
		var opt Options
		if withEntities {
			opt.NotPerson = entities.NotPeople(entities.Find([]news.Article{a}))
		}
		s := score(readGold(t, gp), FindWith(a, opt), func(m string) {
			if testing.Verbose() {
				t.Logf("%s: %s", a.ID, m)
			}
		})
		total.addAll(s)
	}
	return total
}
