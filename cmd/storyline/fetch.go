package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

const fetchUsage = `Usage: storyline fetch [flags] --out DIR URL...

Fetches each URL politely (robots.txt, a delay per host, conditional requests against
a cache in DIR/.cache) and saves each extracted article as DIR/<hash of its URL>.json.
A feed URL saves its items.

Flags:
`

// runFetch implements "storyline fetch".
func runFetch(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	out := fs.String("out", envString(e, "STORYLINE_OUT", ""), "folder to save the articles in (env STORYLINE_OUT)")
	web := addWebFlags(fs, e)
	fs.Usage = func() { fmt.Fprint(e.stderr, fetchUsage); fs.PrintDefaults() }
	if err := parseInterleaved(fs, args); err != nil {
		return exitUsage
	}
	if fs.NArg() == 0 || *out == "" || web.check() != nil {
		fs.Usage()
		return exitUsage
	}
	client, cache, err := web.dirClient(*out)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline fetch: %v\n", err)
		return exitFailed
	}
	w := web.web(client, true)
	log := slog.New(slog.NewTextHandler(e.stderr, nil))
	saved, skipped := 0, 0
	for _, u := range fs.Args() {
		var arts []news.Article
		warns := []news.Warning{{Source: u, Reason: "not a URL (fetch reads http and https URLs)"}}
		if pipeline.IsURL(u) {
			arts, warns = w.ReadURL(ctx, u)
		}
		warnAll(log, warns)
		skipped += len(warns)
		for _, a := range arts {
			path, err := saveArticle(*out, a)
			if err != nil {
				fmt.Fprintf(e.stderr, "storyline fetch: %v\n", err)
				return exitFailed
			}
			fmt.Fprintf(e.stdout, "%s\t%s\n", path, a.Source)
			saved++
		}
	}
	if err := cache.Err(); err != nil {
		log.Warn("cache not written", slog.String("reason", err.Error()))
	}
	return status(saved, skipped, ctx.Err())
}

// saveArticle writes one article as DIR/<first 16 bytes of SHA-256 of its URL>.json,
// through a temporary file so a reader never sees half a file.
func saveArticle(dir string, a news.Article) (string, error) {
	sum := sha256.Sum256([]byte(a.Source))
	path := filepath.Join(dir, hex.EncodeToString(sum[:16])+".json")
	data, err := json.MarshalIndent(recordOf(a), "", "  ")
	if err != nil {
		return "", fmt.Errorf("encode %s: %w", a.Source, err)
	}
	tmp, err := os.CreateTemp(dir, ".save-*")
	if err != nil {
		return "", fmt.Errorf("save %s: %w", a.Source, err)
	}
	_, werr := tmp.Write(append(data, '\n'))
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return "", fmt.Errorf("save %s: %w", a.Source, werr)
	}
	return path, nil
}
