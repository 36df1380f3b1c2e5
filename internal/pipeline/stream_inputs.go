package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/clean"
	"github.com/storyline-news/storyline/internal/ingest"
	"github.com/storyline-news/storyline/internal/news"
)

// StreamInputs runs the articles of paths through Stream in the order given. A file,
// folder or URL is read whole, as Read reads it, and its articles are handed out in
// publication order. "-" is read from cfg.Stdin as it comes, one article per line
// (JSON Lines, as "storyline watch" writes them), each cleaned and placed as it
// arrives, so that a run follows a live stream; with "-" among the paths, articles
// are prepared one at a time unless opt.StreamBatch says otherwise. An input that
// cannot be read or used goes to hooks.Skipped, and the rest goes on.
func StreamInputs(ctx context.Context, cfg Config, opt StoryOptions, paths []string, hooks StreamHooks) (StreamStats, error) {
	if slices.Contains(paths, "-") && opt.StreamBatch == 0 {
		opt.StreamBatch = 1
	}
	skip := func(w news.Warning) {
		if hooks.Skipped != nil {
			hooks.Skipped(w)
		}
	}
	in := &inputs{ctx: ctx, cfg: cfg, paths: paths, skip: skip}
	return Stream(ctx, in.next, opt, hooks)
}

// inputs hands out the articles of a list of inputs one by one.
type inputs struct {
	ctx   context.Context
	cfg   Config
	paths []string
	skip  func(news.Warning)
	queue []news.Article
	lines *bufio.Reader // standard input while it is read
	line  int           // lines of it read
}

// next returns the next article, or false when every input is done.
func (in *inputs) next() (news.Article, bool) {
	for in.ctx.Err() == nil {
		switch {
		case len(in.queue) > 0:
			a := in.queue[0]
			in.queue = in.queue[1:]
			return a, true
		case in.lines != nil:
			in.readLine()
		case len(in.paths) == 0:
			return news.Article{}, false
		default:
			p := in.paths[0]
			in.paths = in.paths[1:]
			if p == "-" {
				in.lines = bufio.NewReaderSize(stdinOf(in.cfg), 64<<10)
				continue
			}
			arts, warns, err := Read(in.ctx, in.cfg, []string{p})
			for _, w := range warns {
				in.skip(w)
			}
			if err != nil && in.ctx.Err() == nil {
				in.skip(news.WarningFrom(p, err))
			}
			in.queue = byTime(arts)
		}
	}
	return news.Article{}, false
}

// stdinOf is the configured standard input, or an empty one.
func stdinOf(cfg Config) io.Reader {
	if cfg.Stdin == nil {
		return strings.NewReader("")
	}
	return cfg.Stdin
}

// readLine reads one line of standard input and queues its article, if it has one;
// at the end of the input it stops reading it.
func (in *inputs) readLine() {
	limit := int(in.cfg.MaxBytes)
	if limit <= 0 {
		limit = int(ingest.DefaultMaxBytes)
	}
	data, tooLong, err := readBounded(in.lines, limit)
	if err != nil {
		in.lines = nil
		if !errors.Is(err, io.EOF) {
			in.skip(news.Warning{Source: "-", Reason: fmt.Sprintf("read standard input: %v", err)})
		}
	}
	if err != nil && len(data) == 0 && !tooLong {
		return // the end, after the last line
	}
	in.line++
	source := "stdin:" + strconv.Itoa(in.line)
	data = bytes.TrimSpace(data)
	switch {
	case tooLong:
		in.skip(news.Warning{Source: source, Reason: fmt.Sprintf("line longer than %d bytes", limit)})
		return
	case len(data) == 0:
		return
	case data[0] != '{' || !json.Valid(data):
		in.skip(news.Warning{Source: source, Reason: "not a JSON object: standard input is read as JSON Lines, one article per line"})
		return
	}
	arts, warns, err := ingest.Parse(source, data, ingest.Options{})
	for _, w := range warns {
		in.skip(w)
	}
	if err != nil {
		in.skip(news.WarningFrom(source, err))
		return
	}
	arts, _ = clean.Clean(arts, clean.Options{})
	for _, a := range arts {
		if len(a.Paragraphs) == 0 {
			in.skip(news.Warning{Source: a.Source, Reason: "no article text left after removing boilerplate"})
			continue
		}
		in.queue = append(in.queue, a)
	}
}

// readBounded reads one line, without its end, keeping at most limit bytes of it:
// tooLong reports a longer line, which is read to its end and dropped.
func readBounded(r *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > limit+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = []byte(strings.TrimRight(string(line), "\r\n"))
		return line, tooLong, err
	}
}
