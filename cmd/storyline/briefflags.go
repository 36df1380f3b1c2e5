package main

import (
	"flag"
	"fmt"

	"github.com/storyline-news/storyline/internal/pipeline"
)

// briefFlags are the flags that brief and story share.
type briefFlags struct {
	words    *int
	focus    *string
	format   *string
	maxBytes *int64
	web      *webConfig
}

func addBriefFlags(fs *flag.FlagSet, e *env) *briefFlags {
	return &briefFlags{
		words:    fs.Int("words", envInt(e, "STORYLINE_WORDS", 150), "word budget of the brief (env STORYLINE_WORDS)"),
		focus:    fs.String("focus", "", "an information need that steers the brief, in plain words"),
		format:   fs.String("format", envString(e, "STORYLINE_FORMAT", "text"), "output format: text, markdown or json (env STORYLINE_FORMAT)"),
		maxBytes: fs.Int64("max-bytes", 64<<20, "largest input file to read, in bytes"),
		web:      addWebFlags(fs, e),
	}
}

// parse parses args (flags may follow the paths) and checks them; ok is false when the
// command must stop with the usage status, after saying why.
func (b *briefFlags) parse(e *env, fs *flag.FlagSet, args []string) (ok bool) {
	if err := parseInterleaved(fs, args); err != nil {
		return false
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return false
	}
	if *b.words <= 0 {
		fmt.Fprintf(e.stderr, "storyline %s: --words must be positive, got %d\n", fs.Name(), *b.words)
		return false
	}
	if err := b.web.check(); err != nil {
		fmt.Fprintf(e.stderr, "storyline %s: %v\n", fs.Name(), err)
		return false
	}
	return true
}

// config builds the pipeline's configuration from the flags.
func (b *briefFlags) config(e *env, fetchLinked, analyze bool) pipeline.Config {
	return pipeline.Config{Words: *b.words, Focus: *b.focus, MaxBytes: *b.maxBytes, Stdin: e.stdin,
		Web: b.web.web(b.web.client(nil), fetchLinked), Analyze: analyze}
}
