package extract

import (
	"net/url"
	"strconv"
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
	"Mon, Jan 2 2006 15:04:05 MST", "Mon, Jan 2, 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 MST",
	"Jan 2, 2006 15:04:05 MST", "Jan 2, 2006 3:04 PM MST", "January 2, 2006 3:04 PM MST",
	"January 2, 2006 15:04 MST", "Jan 2, 2006", "January 2, 2006", "2 January 2006",
}

// zoneOffsets gives the offsets of time-zone abbreviations that pages use; Go's parser
// knows an abbreviation's offset only for the machine's own zone.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "BST": 60, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
	"IST": 5*60 + 30, "JST": 9 * 60, "KST": 9 * 60, "AEST": 10 * 60, "AEDT": 11 * 60,
	"EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
	"MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
}

// publishedAt finds the publication time. The date the page declares in JSON-LD or
// meta tags is taken when it parses, with its time and zone; htmldate's search of the
// whole page (original date, time extraction on, extensive mode) is the fallback. When
// the declared time is in UTC and htmldate's day is a neighbouring one, htmldate's
// day wins: UTC stamps shift evening stories of western time zones to the next day,
// while URLs and visible dates give the local day. The zero time means none was found.
func publishedAt(doc *html.Node, m meta, opt Options) time.Time {
	if t, ok := postTime(m.url); ok {
		return t
	}
	maxDate := opt.Now
	if maxDate.IsZero() {
		maxDate = time.Now()
	}
	maxDate = maxDate.Add(24 * time.Hour)
	declared, ok := parseDeclared(m.date)
	ok = ok && !declared.Before(minDate) && !declared.After(maxDate)
	r, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:     true,
		UseOriginalDate: true,
		URL:             m.url,
		MinDate:         minDate,
		MaxDate:         maxDate,
	})
	found := err == nil && !r.DateTime.IsZero()
	switch {
	case ok && found && isUTC(declared) && neighbours(declared, r.DateTime):
		return r.DateTime
	case ok:
		return declared
	case found:
		return r.DateTime
	}
	return time.Time{}
}

// postTime returns the time a post on X (Twitter) was made, which its status id holds:
// the id's bits above the lowest 22 count milliseconds since 2010-11-04 01:42:54.657 UTC
// (the network's "Snowflake" ids, in use since November 2010). A page of a post shows
// its author's later posts and replies with their own dates, so the id is surer.
func postTime(rawURL string) (time.Time, bool) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return time.Time{}, false
	}
	switch strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), "mobile.") {
	case "twitter.com", "x.com":
	default:
		return time.Time{}, false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 3 || parts[1] != "status" {
		return time.Time{}, false
	}
	id, err := strconv.ParseUint(parts[2], 10, 64)
	if err != nil || id < 1<<32 { // ids before Snowflake hold no time
		return time.Time{}, false
	}
	return time.UnixMilli(int64(id>>22) + snowflakeEpoch).UTC(), true
}

// snowflakeEpoch is the Unix time, in milliseconds, that X's post ids count from.
const snowflakeEpoch = 1288834974657

// isUTC reports a time stamped with a zero offset.
func isUTC(t time.Time) bool {
	_, off := t.Zone()
	return off == 0
}

// neighbours reports two times on adjacent calendar days, each in its own zone.
func neighbours(a, b time.Time) bool {
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	d := da.Sub(db)
	return d == 24*time.Hour || d == -24*time.Hour
}

// parseDeclared parses a machine-readable date as pages declare it.
func parseDeclared(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range declaredLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return fixZone(t), true
		}
	}
	return time.Time{}, false
}

// fixZone gives a time parsed with an unknown zone abbreviation its real offset.
func fixZone(t time.Time) time.Time {
	name, off := t.Zone()
	if m, ok := zoneOffsets[name]; ok && off == 0 && m != 0 {
		y, mo, d := t.Date()
		h, mi, sec := t.Clock()
		return time.Date(y, mo, d, h, mi, sec, t.Nanosecond(), time.FixedZone(name, m*60))
	}
	return t
}
