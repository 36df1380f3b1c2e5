package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// maxOPMLDepth bounds outline nesting; real lists nest two or three deep.
const maxOPMLDepth = 64

// Subscription is one feed of an OPML list.
type Subscription struct {
	Title string
	URL   string // the feed (xmlUrl)
	Site  string // the site (htmlUrl), if given
	// Category is the path of the enclosing outlines' titles ("News/World").
	Category string
}

// ParseOPML returns the feeds of an OPML subscription list named source, in
// document order, nested outlines included; a URL listed twice is returned once.
// The decoder never expands DOCTYPE entities.
func ParseOPML(source string, data []byte) ([]Subscription, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, news.Errorf(news.Invalid, source, "parse opml: empty document")
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charsetReader
	subs, sawRoot, err := walkOPML(d)
	if err != nil {
		return nil, news.Errorf(news.Invalid, source, "parse opml: %v", err)
	}
	if !sawRoot {
		return nil, news.Errorf(news.Invalid, source, "parse opml: not an OPML document (no <opml> root)")
	}
	if len(subs) == 0 {
		return nil, news.Errorf(news.Invalid, source, "parse opml: no feed outlines (xmlUrl)")
	}
	return subs, nil
}

func walkOPML(d *xml.Decoder) (subs []Subscription, sawRoot bool, err error) {
	var stack []string // titles of open outlines
	seen := map[string]bool{}
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return subs, sawRoot, nil
		}
		if err != nil {
			return nil, sawRoot, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				sawRoot = strings.EqualFold(t.Name.Local, "opml")
			}
			depth++
			if !strings.EqualFold(t.Name.Local, "outline") {
				continue
			}
			if len(stack) >= maxOPMLDepth {
				return nil, sawRoot, errors.New("outlines nested too deep")
			}
			s := outline(t, stack)
			if s.URL != "" && !seen[s.URL] {
				seen[s.URL] = true
				subs = append(subs, s)
			}
			stack = append(stack, s.Title)
		case xml.EndElement:
			depth--
			if strings.EqualFold(t.Name.Local, "outline") && len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

func outline(t xml.StartElement, parents []string) Subscription {
	var s Subscription
	var text string
	for _, a := range t.Attr {
		v := strings.TrimSpace(a.Value)
		switch strings.ToLower(a.Name.Local) {
		case "xmlurl":
			s.URL = v
		case "htmlurl":
			s.Site = v
		case "title":
			s.Title = inlineText(v)
		case "text":
			text = inlineText(v)
		}
	}
	if s.Title == "" {
		s.Title = text
	}
	var cats []string
	for _, p := range parents {
		if p != "" {
			cats = append(cats, p)
		}
	}
	s.Category = strings.Join(cats, "/")
	return s
}
