package timex

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/news"
)

// Timex is one gold TIMEX3 annotation of a TimeML document.
type Timex struct {
	Start, End int // byte offsets in Document.Text
	Type       string
	Value      string
}

// Document is a TimeML document: the text of its TEXT element, its creation time (the
// DCT, zero when absent) and the TIMEX3 annotations inside TEXT.
type Document struct {
	Name    string
	Text    string
	DCT     time.Time
	Timexes []Timex
}

// ParseTimeML reads a TimeML document; name labels errors.
func ParseTimeML(name string, data []byte) (Document, error) {
	doc := Document{Name: name}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict, d.AutoClose, d.Entity = false, xml.HTMLAutoClose, xml.HTMLEntity
	var text strings.Builder
	var open []Timex // TIMEX3 elements started inside TEXT and not yet ended
	depth, inText, sawText := 0, false, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return doc, news.Errorf(news.Invalid, name, "parse timeml: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case t.Name.Local == "TEXT" && !inText:
				inText, sawText = true, true
			case t.Name.Local == "TIMEX3" && attr(t, "functionInDocument") == "CREATION_TIME":
				doc.DCT = parseDCT(attr(t, "value"))
			case t.Name.Local == "TIMEX3" && inText:
				open = append(open, Timex{Start: text.Len(), Type: attr(t, "type"), Value: attr(t, "value")})
			}
		case xml.EndElement:
			depth--
			switch {
			case t.Name.Local == "TEXT":
				inText = false
			case t.Name.Local == "TIMEX3" && inText && len(open) > 0:
				x := open[len(open)-1]
				open = open[:len(open)-1]
				x.End = text.Len()
				doc.Timexes = append(doc.Timexes, x)
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	if !sawText {
		return doc, news.Errorf(news.Invalid, name, "parse timeml: no TEXT element")
	}
	doc.Text = text.String()
	sort.SliceStable(doc.Timexes, func(i, j int) bool { return doc.Timexes[i].Start < doc.Timexes[j].Start })
	return doc, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// parseDCT reads a creation time such as 2013-03-22, 2013-03-22T08:00 or 20130322.
func parseDCT(v string) time.Time {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if len(v) >= len(layout) {
			if t, err := time.Parse(layout, v[:len(layout)]); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// LoadDir reads every .tml file in dir, in name order.
func LoadDir(ctx context.Context, dir string) ([]Document, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(paths) == 0 {
		return nil, news.Errorf(news.NotFound, dir, "no .tml files")
	}
	sort.Strings(paths)
	docs := make([]Document, 0, len(paths))
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		doc, err := ParseTimeML(filepath.Base(p), data)
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	return docs, nil
}
