package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/storyline-news/storyline/internal/extract"
	"github.com/storyline-news/storyline/internal/ingest"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const extractUsage = `Usage: storyline extract [flags] FILE|URL...

Prints the article extracted from each HTML file or web page (a feed gives its
items; a text, JSON or wire SGML file its articles), cleaned of boilerplate as brief
reads it: JSON Lines with source, url, title, byline, outlet, published, language
and text, or plain text.

Flags:
`

// runExtract implements "storyline extract".
func runExtract(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	format := fs.String("format", "json", "output format: json (JSON Lines) or text")
	web := addWebFlags(fs, e)
	fs.Usage = func() { fmt.Fprint(e.stderr, extractUsage); fs.PrintDefaults() }
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 || (*format != "json" && *format != "text") || web.check() != nil {
		fs.Usage()
		return exitUsage
	}
	w := web.web(web.client(nil), true)
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	printed, skipped := 0, 0
	for _, in := range fs.Args() {
		arts, warns := extractOne(ctx, w, in)
		warnAll(log, warns)
		skipped += len(warns)
		for _, a := range arts {
			if err := printArticle(e.stdout, *format, a); err != nil {
				fmt.Fprintf(e.stderr, "storyline extract: %v\n", err)
				return exitFailed
			}
			printed++
		}
	}
	return status(printed, skipped, ctx.Err())
}

// extractOne extracts the articles of one file or URL, cleaned as brief reads them;
// failures are warnings.
func extractOne(ctx context.Context, w *pipeline.Web, in string) ([]news.Article, []news.Warning) {
	if pipeline.IsURL(in) {
		arts, warns := w.ReadURL(ctx, in)
		arts, dropped := pipeline.Clean(arts)
		return arts, append(warns, dropped...)
	}
	data, err := readInput(in)
	if err != nil {
		return nil, []news.Warning{news.WarningFrom(in, err)}
	}
	if f := ingest.Format(in, data); ingest.SniffFeed(data) != "" || f != ingest.FormatHTML && f != "" {
		// A feed, text, JSON or wire SGML: its articles as brief reads them.
		arts, warns, err := pipeline.Read(ctx, pipeline.Config{Web: w}, []string{in})
		if err != nil {
			warns = append(warns, news.WarningFrom(in, err))
		}
		return arts, warns
	}
	a, err := extract.Page(ctx, in, data, extract.Options{})
	if err != nil && (news.ErrorCode(err) != news.Denied || len(a.Paragraphs) == 0) {
		return nil, []news.Warning{news.WarningFrom(in, err)}
	}
	var warns []news.Warning
	if err != nil {
		warns = append(warns, news.WarningFrom(in, err))
	}
	arts, dropped := pipeline.Clean([]news.Article{a})
	return arts, append(warns, dropped...)
}

// readInput reads a file of at most extract.DefaultMaxBytes.
func readInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, news.Errorf(news.NotFound, path, "no such file")
		}
		return nil, news.Errorf(news.Invalid, path, "open: %v", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, extract.DefaultMaxBytes+1))
	if err != nil {
		return nil, news.Errorf(news.Invalid, path, "read: %v", err)
	}
	if len(data) > extract.DefaultMaxBytes {
		return nil, news.Errorf(news.Invalid, path, "file too large (over %d bytes)", extract.DefaultMaxBytes)
	}
	return data, nil
}

// printArticle writes one article as a JSON line or as text.
func printArticle(w io.Writer, format string, a news.Article) error {
	r := recordOf(a)
	if format == "json" {
		return json.NewEncoder(w).Encode(r)
	}
	pub := "unknown"
	if r.Published != nil {
		pub = *r.Published
	}
	_, err := fmt.Fprintf(w, "%s\n%s\nsource: %s\nurl: %s\nby: %s\noutlet: %s\npublished: %s\nlanguage: %s\n\n%s\n\n",
		r.Title, "====", r.Source, r.URL, r.Byline, r.Outlet, pub, r.Language, r.Text)
	return err
}

// status is the exit status of a command that produced done outputs and skipped
// some inputs: 0 all good, 1 some skipped, 2 nothing produced or cancelled.
func status(done, skipped int, ctxErr error) int {
	switch {
	case ctxErr != nil || done == 0:
		return exitFailed
	case skipped > 0:
		return exitPartial
	}
	return exitOK
}
