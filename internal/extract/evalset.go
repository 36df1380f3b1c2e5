package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"sync"
)

// EvalPage is one page of an evaluation set: its gzip-decoded HTML and what should come
// out of it.
type EvalPage struct {
	ID   string
	URL  string
	HTML []byte
	// Body is the true article body (extraction set); Date the true publication day as
	// YYYY-MM-DD (date set).
	Body string
	Date string
}

// Half assigns a page to the "dev" or the "held-out" half of a benchmark by a hash of
// its id, so that rules are developed on one half and checked on the other.
func Half(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "held-out"
}

// LoadExtractionSet reads the article-extraction benchmark in dir: ground-truth.json
// ({id: {"articleBody", "url"}}) and html/<id>.html.gz. Pages come sorted by id.
func LoadExtractionSet(dir string) ([]EvalPage, error) {
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return nil, err
	}
	pages := make([]EvalPage, 0, len(truth))
	for id, t := range truth {
		b, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, EvalPage{ID: id, URL: t.URL, HTML: b, Body: t.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// LoadDateSet reads the publication-date benchmark in dir: gold.json
// ({url: {"file", "date"}}) and the pages in html/. Pages come sorted by URL; the id
// is the file name. A gold date of NaN (Python's JSON for "no date") becomes "": such
// a page is right when no date is found, as htmldate's evaluation counts true negatives.
func LoadDateSet(dir string) ([]EvalPage, error) {
	var gold map[string]struct {
		File string  `json:"file"`
		Date *string `json:"date"`
	}
	if err := readJSON(filepath.Join(dir, "gold.json"), &gold); err != nil {
		return nil, err
	}
	pages := make([]EvalPage, 0, len(gold))
	for u, g := range gold {
		b, err := readGzip(filepath.Join(dir, "html", g.File))
		if err != nil {
			return nil, err
		}
		day := ""
		if g.Date != nil {
			day = *g.Date
		}
		pages = append(pages, EvalPage{ID: g.File, URL: u, HTML: b, Date: day})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	return pages, nil
}

// pythonNaN matches the NaN values Python writes into JSON, outside strings.
var pythonNaN = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(:\s*)NaN\b`) })

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read benchmark: %w", err)
	}
	b = pythonNaN().ReplaceAll(b, []byte("${1}null"))
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("decode %s: %w", path, err)
	}
	return nil
}

func readGzip(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read benchmark page: %w", err)
	}
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil // stored uncompressed
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", path, err)
	}
	return out, nil
}
