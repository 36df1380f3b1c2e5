package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Field names recognised in JSON articles, normalised by normKey.
var (
	titleKeys   = []string{"title", "headline"}
	bodyKeys    = []string{"text", "body", "content", "article", "articlebody", "maintext", "story", "fulltext", "description", "summary"}
	urlKeys     = []string{"url", "link", "canonicalurl", "sourceurl", "href"}
	outletKeys  = []string{"outlet", "publisher", "sitename", "site", "sourcename", "publication"}
	dateKeys    = []string{"published", "date", "pubdate", "publishedat", "datepublished", "datepublish", "publishdate", "publisheddate", "datetime", "time", "timestamp", "createdat", "created"}
	authorKeys  = []string{"author", "byline", "authors", "creator", "by"}
	idKeys      = []string{"id", "docno", "docid", "guid", "uuid"}
	langKeys    = []string{"language", "lang", "inlanguage"}
	wrapperKeys = []string{"articles", "items", "data", "results", "docs", "documents", "entries", "stories", "news", "posts", "records"}
)

// parseJSON reads one object, an array of objects, or an object wrapping such an array.
func parseJSON(source, text string) ([]news.Article, []news.Warning, error) {
	v, err := decodeJSON([]byte(text))
	if err != nil {
		return nil, nil, news.Errorf(news.Invalid, source, "invalid JSON: %v", err)
	}
	items := jsonItems(v)
	if items == nil {
		return nil, nil, news.Errorf(news.Invalid, source, "JSON holds no article objects")
	}
	var (
		arts  []news.Article
		warns []news.Warning
	)
	for i, it := range items {
		src := itemSource(source, i+1, len(items))
		obj, ok := it.(map[string]any)
		if !ok {
			warns = append(warns, news.Warning{Source: src, Reason: "not a JSON object"})
			continue
		}
		a, ws := jsonArticle(src, obj)
		arts, warns = append(arts, a), append(warns, ws...)
	}
	setMissingIDs(arts, source, len(items))
	return arts, warns, nil
}

// parseJSONL reads one JSON object per line; a bad line is skipped with a warning.
func parseJSONL(source, text string) ([]news.Article, []news.Warning, error) {
	var (
		arts  []news.Article
		warns []news.Warning
	)
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		src := fmt.Sprintf("%s:%d", source, i+1)
		v, err := decodeJSON([]byte(line))
		if err != nil {
			warns = append(warns, news.Warning{Source: src, Reason: "invalid JSON: " + err.Error()})
			continue
		}
		obj, ok := v.(map[string]any)
		if !ok {
			warns = append(warns, news.Warning{Source: src, Reason: "not a JSON object"})
			continue
		}
		a, ws := jsonArticle(src, obj)
		a.Format = FormatJSONL
		if a.ID == "" {
			a.ID = fmt.Sprintf("%s-%d", baseID(source), i+1)
		}
		arts, warns = append(arts, a), append(warns, ws...)
	}
	return arts, warns, nil
}

func decodeJSON(b []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, fmt.Errorf("extra data after the JSON value")
	}
	return v, nil
}

// jsonItems finds the list of article candidates in a decoded JSON value.
func jsonItems(v any) []any {
	switch x := v.(type) {
	case []any:
		return x
	case map[string]any:
		if arr, ok := lookup(x, wrapperKeys).([]any); ok {
			return arr
		}
		if lookup(x, bodyKeys) != nil || lookup(x, titleKeys) != nil {
			return []any{x}
		}
		var only []any
		for _, val := range x {
			if arr, ok := val.([]any); ok {
				if only != nil {
					return []any{x}
				}
				only = arr
			}
		}
		if only != nil {
			return only
		}
		return []any{x}
	}
	return nil
}

// setMissingIDs gives articles without an "id" field one from the file name.
func setMissingIDs(arts []news.Article, source string, count int) {
	for i := range arts {
		if arts[i].ID != "" {
			continue
		}
		arts[i].ID = baseID(source)
		if count > 1 {
			// The source ends in "#N"; reuse N so the ID names the item.
			_, n, _ := strings.Cut(arts[i].Source, "#")
			arts[i].ID += "-" + n
		}
	}
}

// jsonArticle maps one JSON object to an article.
func jsonArticle(source string, obj map[string]any) (news.Article, []news.Warning) {
	a := news.Article{Source: source, Format: FormatJSON}
	var warns []news.Warning
	f := fold(obj)
	a.Title = stringOf(f.get(titleKeys))
	a.URL = stringOf(f.get(urlKeys))
	a.Outlet = nameOf(f.get(outletKeys))
	if a.Outlet == "" {
		a.Outlet = sourceName(f["source"])
	}
	a.Byline = namesOf(f.get(authorKeys))
	a.ID = stringOf(f.get(idKeys))
	a.Language = stringOf(f.get(langKeys))
	a.Paragraphs = bodyOf(f.get(bodyKeys))
	if d := f.get(dateKeys); d != nil {
		s := stringOf(d)
		if t, ok := parseTime(s); ok {
			a.Published = t
		} else {
			warns = append(warns, news.Warning{Source: source, Reason: "unparseable date " + quote(s)})
		}
	}
	return a, warns
}

// normKey folds a JSON key for matching: lower case, without '_', '-' and spaces.
func normKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == ' ' {
			return -1
		}
		return r
	}, strings.ToLower(k))
}

// fields is a JSON object with its keys folded by normKey and null or empty values left
// out; when two keys fold alike, the alphabetically first wins.
type fields map[string]any

func fold(obj map[string]any) fields {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	f := make(fields, len(obj))
	for _, k := range keys {
		if v := obj[k]; v != nil && v != "" {
			if nk := normKey(k); f[nk] == nil {
				f[nk] = v
			}
		}
	}
	return f
}

// get returns the value of the first of keys present in f.
func (f fields) get(keys []string) any {
	for _, k := range keys {
		if v, ok := f[k]; ok {
			return v
		}
	}
	return nil
}

// lookup returns the value of the first of keys present (and not null or empty) in obj.
func lookup(obj map[string]any, keys []string) any { return fold(obj).get(keys) }

func stringOf(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case bool:
		return fmt.Sprint(x)
	}
	return ""
}

// nameOf reads a name given as a string or as an object with a name field.
func nameOf(v any) string {
	if obj, ok := v.(map[string]any); ok {
		return stringOf(lookup(obj, []string{"name", "title", "id"}))
	}
	return stringOf(v)
}

// sourceName reads an outlet from a "source" field: news APIs give an object with a
// name, or a name; Storyline's own records (extract, watch) give the file or URL an
// article was read from, which names no outlet.
func sourceName(v any) string {
	name := nameOf(v)
	if _, obj := v.(map[string]any); !obj && strings.ContainsAny(name, "/\\") {
		return ""
	}
	return name
}

// namesOf reads one or more names (a string, an object, or an array of either).
func namesOf(v any) string {
	arr, ok := v.([]any)
	if !ok {
		return nameOf(v)
	}
	var names []string
	for _, x := range arr {
		if n := strings.TrimSpace(nameOf(x)); n != "" {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// bodyOf reads an article body: a string (split into paragraphs, HTML stripped when it
// holds markup) or an array of strings or of objects with a text field.
func bodyOf(v any) []string {
	switch x := v.(type) {
	case string:
		return stringParagraphs(x)
	case []any:
		var out []string
		for _, el := range x {
			if obj, ok := el.(map[string]any); ok {
				el = lookup(obj, bodyKeys)
			}
			if s, ok := el.(string); ok {
				out = append(out, stringParagraphs(s)...)
			}
		}
		return out
	case map[string]any:
		return bodyOf(lookup(x, bodyKeys))
	}
	return nil
}

// stringParagraphs splits a body string on blank lines, or on newlines when it has none.
func stringParagraphs(s string) []string {
	if looksLikeMarkup(s) {
		return fragmentParagraphs(s)
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	parts := strings.Split(s, "\n\n")
	if len(parts) == 1 {
		parts = strings.Split(s, "\n")
	}
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func looksLikeMarkup(s string) bool {
	l := strings.ToLower(s[:min(len(s), 4096)])
	return strings.Contains(l, "<p>") || strings.Contains(l, "<p ") || strings.Contains(l, "</p>") ||
		strings.Contains(l, "<br") || strings.Contains(l, "</div>")
}
