package ingest

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// Kinds of syndication document, as SniffFeed names them.
const (
	KindFeed = "feed" // RSS, RDF, Atom or JSON Feed
	KindOPML = "opml" // an OPML subscription list
)

// maxSniff bounds how far SniffFeed looks for the root element: prologs (XML
// declaration, comments, DOCTYPE, stylesheets) are short.
const maxSniff = 4096

// SniffFeed reports whether data is a syndication document by its content alone:
// KindFeed for an XML document whose root is rss, feed or RDF, or a JSON object whose
// version names jsonfeed.org; KindOPML for a root opml element; "" otherwise (HTML and
// everything else). It never parses more than the prolog and the root's name.
func SniffFeed(data []byte) string {
	data = bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF})
	data = bytes.TrimLeft(data, " \t\r\n\f")
	if len(data) > 0 && data[0] == '{' {
		return sniffJSONFeed(data)
	}
	switch root := strings.ToLower(rootElement(data[:min(len(data), maxSniff)])); {
	case root == "rss", root == "feed", root == "rdf" || strings.HasSuffix(root, ":rdf"):
		return KindFeed
	case root == "opml":
		return KindOPML
	}
	return ""
}

func sniffJSONFeed(data []byte) string {
	var doc struct {
		Version string `json:"version"`
	}
	if json.Unmarshal(data, &doc) != nil {
		return ""
	}
	v := strings.TrimPrefix(strings.TrimPrefix(doc.Version, "https://"), "http://")
	if strings.HasPrefix(v, "jsonfeed.org/version/") {
		return KindFeed
	}
	return ""
}

// rootElement returns the name of the first element of an XML document, skipping
// the declaration, processing instructions, comments and DOCTYPE; "" when head
// holds none.
func rootElement(head []byte) string {
	for {
		head = bytes.TrimLeft(head, " \t\r\n\f")
		if len(head) < 2 || head[0] != '<' {
			return ""
		}
		var end []byte
		switch {
		case bytes.HasPrefix(head, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(head, []byte("<!--")):
			end = []byte("-->")
		case head[1] == '!':
			end = []byte(">")
		default:
			name := head[1:]
			if i := bytes.IndexAny(name, " \t\r\n\f/>"); i >= 0 {
				name = name[:i]
			}
			return string(name)
		}
		i := bytes.Index(head, end)
		if i < 0 {
			return ""
		}
		head = head[i+len(end):]
	}
}

// parseFeed hands a syndication document to Options.Feed and checks what comes back
// like any other input's articles.
func parseFeed(source string, data []byte, opt Options) ([]news.Article, []news.Warning, error) {
	arts, warns, err := opt.Feed(source, data)
	if err != nil {
		return nil, warns, news.Errorf(news.ErrorCode(err), source, "%s", news.Reason(err))
	}
	if len(arts) == 0 && len(warns) > 0 {
		return nil, warns, nil
	}
	return finish(source, arts, warns)
}
