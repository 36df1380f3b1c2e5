package ingest

import (
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Input formats, as recorded in news.Article.Format.
const (
	FormatText  = "text"
	FormatJSON  = "json"
	FormatJSONL = "jsonl"
	FormatSGML  = "sgml"
	FormatHTML  = "html"
)

// Parse reads one input's bytes. The format is detected from the content, with the
// source's file extension as a hint. It returns the usable articles, a warning for each
// part of the input it had to skip, and an error (with a news code) when the input as a
// whole cannot be used. An empty source is taken as "-" (standard input).
func Parse(source string, data []byte, opt Options) ([]news.Article, []news.Warning, error) {
	if source == "" {
		source = "-"
	}
	if opt.Feed != nil && SniffFeed(data) != "" {
		return parseFeed(source, data, opt)
	}
	text, err := decode(source, data)
	if err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, news.Errorf(news.Invalid, source, "no text")
	}
	var (
		arts  []news.Article
		warns []news.Warning
	)
	switch format := detect(source, text); format {
	case FormatJSON:
		arts, warns, err = parseJSON(source, text)
	case FormatJSONL:
		arts, warns, err = parseJSONL(source, text)
	case FormatSGML:
		arts, warns, err = parseSGML(source, text)
	case FormatHTML:
		arts, warns, err = parseHTMLPage(source, text, opt)
	default:
		arts, warns, err = parseText(source, text)
	}
	if err != nil {
		return nil, warns, err
	}
	return finish(source, arts, warns)
}

// Format names the format Parse reads data from source as (FormatJSON, FormatJSONL,
// FormatSGML, FormatHTML or FormatText; a feed is sniffed before, see SniffFeed), or
// "" when data is not text or is blank.
func Format(source string, data []byte) string {
	text, err := decode(source, data)
	if err != nil || strings.TrimSpace(text) == "" {
		return ""
	}
	return detect(source, text)
}

// detect names the format of text: content first, the file extension as a tie-breaker.
func detect(source, text string) string {
	ext := strings.ToLower(filepath.Ext(source))
	t := strings.TrimLeft(text, " \t\r\n\f\v")
	head := strings.ToLower(t[:min(len(t), 1024)])
	switch {
	case t[0] == '{' || t[0] == '[':
		if json.Valid([]byte(t)) {
			return FormatJSON
		}
		if first, _, _ := strings.Cut(t, "\n"); t[0] == '{' && json.Valid([]byte(first)) {
			return FormatJSONL
		}
		if ext == ".jsonl" || ext == ".ndjson" {
			return FormatJSONL
		}
		if ext == ".json" {
			return FormatJSON
		}
	case strings.HasPrefix(head, "<doc>") || strings.HasPrefix(head, "<doc "):
		return FormatSGML
	case isHTML(head, ext):
		return FormatHTML
	}
	return FormatText
}

func isHTML(head, ext string) bool {
	if !strings.HasPrefix(head, "<") {
		return false
	}
	for _, marker := range []string{"<!doctype html", "<html", "<head", "<body", "<p>", "<p ", "<article", "<div"} {
		if strings.Contains(head, marker) {
			return true
		}
	}
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}

// finish checks and normalises the articles of one input: valid UTF-8 everywhere,
// trimmed non-empty paragraphs, a Source and an ID. Articles left without text are
// dropped with a warning; if none is left, the input as a whole is refused.
func finish(source string, arts []news.Article, warns []news.Warning) ([]news.Article, []news.Warning, error) {
	out := arts[:0]
	var dropped []news.Warning
	seen := idSet{}
	for _, a := range arts {
		a = sanitize(a)
		if a.Source == "" {
			a.Source = source
		}
		if len(a.Paragraphs) == 0 {
			dropped = append(dropped, news.Warning{Source: a.Source, Reason: "no text"})
			continue
		}
		if a.ID == "" {
			a.ID = baseID(source)
		}
		a.ID = seen.unique(a.ID)
		out = append(out, a)
	}
	if len(out) == 0 && len(warns) == 0 {
		return nil, nil, news.Errorf(news.Invalid, source, "no text")
	}
	return out, append(warns, dropped...), nil
}

// sanitize makes every string field valid, trimmed UTF-8 and drops empty paragraphs.
func sanitize(a news.Article) news.Article {
	clean := func(s string) string { return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD")) }
	a.ID, a.Outlet, a.Title, a.Byline = clean(a.ID), clean(a.Outlet), clean(a.Title), clean(a.Byline)
	a.URL, a.Language, a.Source, a.Format = clean(a.URL), clean(a.Language), clean(a.Source), clean(a.Format)
	paras := make([]string, 0, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if p = clean(p); p != "" {
			paras = append(paras, p)
		}
	}
	a.Paragraphs = paras
	return a
}

// baseID derives a stable ID from a source path: the base name without extension.
func baseID(source string) string {
	if source == "-" || source == "" {
		return "stdin"
	}
	base := filepath.Base(source)
	if ext := filepath.Ext(base); len(ext) < len(base) {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

// itemSource names the n-th (from 1) of count items of a multi-article input.
func itemSource(source string, n, count int) string {
	if count == 1 {
		return source
	}
	return source + "#" + strconv.Itoa(n)
}
