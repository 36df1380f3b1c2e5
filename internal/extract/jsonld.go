package extract

import (
	"encoding/json"
	"strings"
)

// ldInfo is what Storyline takes from a page's JSON-LD (schema.org) blocks.
type ldInfo struct {
	headline  string
	authors   []string
	publisher string
	site      string // name of a WebSite or Organization node
	published string
	url       string
	lang      string
	paywalled bool
}

// articleTypes are the schema.org types whose fields describe the article itself.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"opinionnewsarticle": true, "backgroundnewsarticle": true, "blogposting": true, "liveblogposting": true,
	"socialmediaposting": true, "scholarlyarticle": true, "techarticle": true, "report": true,
	"reviewnewsarticle": true, "review": true,
}

// readJSONLD parses every block, flattening arrays and @graph, and takes the first
// article-typed node's fields; blocks that do not parse are skipped.
func readJSONLD(blocks []string) ldInfo {
	var info ldInfo
	found := false
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(b)), &v) != nil {
			continue
		}
		for _, node := range flatten(v, 0) {
			types := ldTypes(node)
			switch {
			case !found && anyType(types, articleTypes):
				found = true
				fillArticle(&info, node)
			case info.site == "" && (types["website"] || types["organization"] || types["newsmediaorganization"]):
				info.site = ldString(node["name"])
			}
		}
	}
	return info
}

// fillArticle copies an article node's fields.
func fillArticle(info *ldInfo, node map[string]any) {
	info.headline = first(ldString(node["headline"]), ldString(node["name"]))
	info.authors = ldNames(node["author"])
	if len(info.authors) == 0 {
		info.authors = ldNames(node["creator"])
	}
	if p := ldNames(node["publisher"]); len(p) > 0 {
		info.publisher = p[0]
	}
	info.published = first(ldString(node["datePublished"]), ldString(node["dateCreated"]))
	info.url = first(ldString(node["url"]), ldID(node["mainEntityOfPage"]))
	info.lang = ldString(node["inLanguage"])
	switch f := node["isAccessibleForFree"].(type) {
	case bool:
		info.paywalled = !f
	case string:
		info.paywalled = strings.EqualFold(f, "false")
	}
}

// flatten lists the objects of a JSON-LD value: arrays and @graph are opened, nested
// objects are not (their fields are read where they are used). depth bounds recursion.
func flatten(v any, depth int) []map[string]any {
	if depth > 8 {
		return nil
	}
	switch t := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range t {
			out = append(out, flatten(e, depth+1)...)
		}
		return out
	case map[string]any:
		out := []map[string]any{t}
		if g, ok := t["@graph"]; ok {
			out = append(out, flatten(g, depth+1)...)
		}
		return out
	}
	return nil
}

// ldTypes returns the node's @type values, lower-cased and without a schema prefix.
func ldTypes(node map[string]any) map[string]bool {
	out := map[string]bool{}
	add := func(s string) {
		s = strings.ToLower(s)
		if i := strings.LastIndexAny(s, "/:"); i >= 0 {
			s = s[i+1:]
		}
		out[s] = true
	}
	switch t := node["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

func anyType(types, want map[string]bool) bool {
	for t := range types {
		if want[t] {
			return true
		}
	}
	return false
}

// ldString reads a text value: a string, the first string of an array, or an
// object's @value.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

// ldNames reads person or organization names: a string, an object with a name, or an
// array of either. Duplicates are dropped.
func ldNames(v any) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := v.(type) {
		case string:
			if s := strings.TrimSpace(trimBy(strings.TrimSpace(t))); s != "" && !strings.Contains(s, "://") {
				out = appendNew(out, s)
			}
		case []any:
			for _, e := range t {
				add(e, depth+1)
			}
		case map[string]any:
			add(t["name"], depth+1)
		}
	}
	add(v, 0)
	return out
}

// ldID reads a link value: a string or an object's @id or url.
func ldID(v any) string {
	if m, ok := v.(map[string]any); ok {
		return first(ldString(m["@id"]), ldString(m["url"]))
	}
	return ldString(v)
}

func appendNew(list []string, s string) []string {
	for _, e := range list {
		if strings.EqualFold(e, s) {
			return list
		}
	}
	return append(list, s)
}
