package main

import (
	"flag"
	"fmt"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storyline-news/storyline/internal/fetch"
	"github.com/storyline-news/storyline/internal/news"
	"github.com/storyline-news/storyline/internal/pipeline"
)

// webConfig is how the commands that read the web fetch: built from flags and
// STORYLINE_* environment variables.
type webConfig struct {
	allowPrivate bool
	userAgent    string
	delay        time.Duration
	timeout      time.Duration
}

// addWebFlags registers the flags shared by brief, extract, fetch and watch.
func addWebFlags(fs *flag.FlagSet, e *env) *webConfig {
	c := &webConfig{}
	fs.BoolVar(&c.allowPrivate, "allow-private", envBool(e, "STORYLINE_ALLOW_PRIVATE", false),
		"let URLs reach loopback and private addresses, for local feeds; cloud metadata stays refused (env STORYLINE_ALLOW_PRIVATE)")
	fs.StringVar(&c.userAgent, "user-agent", envString(e, "STORYLINE_USER_AGENT", fetch.DefaultUserAgent),
		"User-Agent sent with every request (env STORYLINE_USER_AGENT)")
	fs.DurationVar(&c.delay, "delay", envDuration(e, "STORYLINE_DELAY", time.Second),
		"least time between two requests to one host; 0 for none (env STORYLINE_DELAY)")
	fs.DurationVar(&c.timeout, "timeout", envDuration(e, "STORYLINE_TIMEOUT", 30*time.Second),
		"time limit for connecting, for the response headers and for the body (env STORYLINE_TIMEOUT)")
	return c
}

// check reports a bad flag value for the usage message.
func (c *webConfig) check() error {
	if c.delay < 0 || c.timeout <= 0 {
		return fmt.Errorf("--delay must be >= 0 and --timeout > 0 (got %s and %s)", c.delay, c.timeout)
	}
	return nil
}

// client builds the fetcher; cache may be nil.
func (c *webConfig) client(cache fetch.Cache) *fetch.Client {
	delay := c.delay
	if delay == 0 {
		delay = -1 // fetch.Options: negative means no delay, zero the default
	}
	return fetch.New(fetch.Options{
		UserAgent:      c.userAgent,
		AllowPrivate:   c.allowPrivate,
		PerHostDelay:   delay,
		ConnectTimeout: c.timeout,
		HeaderTimeout:  c.timeout,
		BodyTimeout:    c.timeout,
		Cache:          cache,
	})
}

// dirClient builds a fetcher whose cache is DIR/.cache, for conditional requests
// across runs.
func (c *webConfig) dirClient(dir string) (*fetch.Client, *fetch.DirCache, error) {
	cache, err := fetch.NewDirCache(filepath.Join(dir, ".cache"))
	if err != nil {
		return nil, nil, fmt.Errorf("open cache in %s: %w", dir, err)
	}
	return c.client(cache), cache, nil
}

// web is the pipeline's web reader for these settings.
func (c *webConfig) web(client *fetch.Client, fetchLinked bool) *pipeline.Web {
	return &pipeline.Web{Client: client, FetchLinked: fetchLinked}
}

// parseInterleaved parses flags that may come after positional arguments
// ("fetch URL --out DIR"); "--" ends the flags.
func parseInterleaved(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// warnAll logs one warning per skipped input.
func warnAll(log *slog.Logger, warns []news.Warning) {
	for _, w := range warns {
		log.Warn("skipped input", slog.String("source", w.Source), slog.String("reason", w.Reason))
	}
}

// envBool returns the environment variable name as a boolean, or def when it is
// unset or not one.
func envBool(e *env, name string, def bool) bool {
	if b, err := strconv.ParseBool(strings.TrimSpace(e.getenv(name))); err == nil {
		return b
	}
	return def
}

// envDuration returns the environment variable name as a duration ("15m"), or def.
func envDuration(e *env, name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(strings.TrimSpace(e.getenv(name))); err == nil {
		return d
	}
	return def
}
