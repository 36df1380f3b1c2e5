package extract

import (
	"strings"
	"time"

	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// minDate is the earliest publication date believed: the web had few news sites before.
var minDate = time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)

// declaredLayouts parse the date forms JSON-LD and meta tags use, zoned ones first.
var declaredLayouts = []string{
	time.RFC3339Nano, time.RFC3339,
	"2006-01-02T15:04:05.999999999Z0700", "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 Z0700",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", time.RFC822Z,
	"2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"20060102",
}

// publishedAt finds the publication time: the date the page declares in JSON-LD or
// meta tags when it parses, else htmldate's search of the whole page (original date,
// with time extraction, extensive mode). The zero time means none was found.
func publishedAt(doc *html.Node, m meta, opt Options) time.Time {
	maxDate := opt.Now
	if maxDate.IsZero() {
		maxDate = time.Now()
	}
	maxDate = maxDate.Add(24 * time.Hour)
	if t, ok := parseDeclared(m.date); ok && !t.Before(minDate) && !t.After(maxDate) {
		return t
	}
	r, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:     true,
		UseOriginalDate: true,
		URL:             m.url,
		MinDate:         minDate,
		MaxDate:         maxDate,
	})
	if err != nil || r.DateTime.IsZero() {
		return time.Time{}
	}
	return r.DateTime
}

// parseDeclared parses a machine-readable date as pages declare it.
func parseDeclared(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range declaredLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
