package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/ingest"
	"github.com/storyline-news/storyline/internal/news"
)

// StreamInputs runs the articles of paths through Stream in the order given. A file,
// folder or URL is read whole, as Read reads it, and its articles are handed out in
// publication order. "-" is read from cfg.Stdin as it comes, one article per line
// (JSON Lines, as "storyline watch" writes them), each cleaned and placed as it
// arrives, so that a run follows a live stream. An input that cannot be read or used
// goes to hooks.Skipped, and the rest goes on.
//
// Cancelling ctx ends the input, not the run: the stories still open are closed and
// handed to the hooks as at the end of the input, so that an interrupt stops
// following a live stream without losing what it has gathered.
func StreamInputs(ctx context.Context, cfg Config, opt StoryOptions, paths []string, hooks StreamHooks) (StreamStats, error) {
	skip := func(w news.Warning) {
		if hooks.Skipped != nil {
			hooks.Skipped(w)
		}
	}
	in := &inputs{ctx: ctx, cfg: cfg, paths: paths, skip: skip}
	return Stream(context.WithoutCancel(ctx), in.next, opt, hooks)
}

// inputs hands out the articles of a list of inputs one by one.
type inputs struct {
	ctx   context.Context
	cfg   Config
	paths []string
	skip  func(news.Warning)
	queue []news.Article
	lines chan lineRead // the lines of standard input while it is read
	line  int           // lines of it read
}

// lineRead is one line of standard input, as readBounded read it.
type lineRead struct {
	data    []byte
	tooLong bool
	err     error
}

// next returns the next article, or false when every input is done or ctx is
// cancelled.
func (in *inputs) next() (news.Article, bool) {
	for in.ctx.Err() == nil {
		switch {
		case len(in.queue) > 0:
			a := in.queue[0]
			in.queue = in.queue[1:]
			return a, true
		case in.lines != nil:
			// Waiting for a line, an interrupt still ends the input.
			select {
			case <-in.ctx.Done():
			case l, ok := <-in.lines:
				if !ok {
					in.lines = nil
					continue
				}
				in.useLine(l)
			}
		case len(in.paths) == 0:
			return news.Article{}, false
		default:
			p := in.paths[0]
			in.paths = in.paths[1:]
			if p == "-" {
				in.lines = make(chan lineRead)
				go in.readLines(stdinOf(in.cfg), in.lines)
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

// readLines reads r line by line into out until its end, an error or ctx's end.
func (in *inputs) readLines(r io.Reader, out chan<- lineRead) {
	defer close(out)
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		data, tooLong, err := readBounded(br, in.limit())
		select {
		case out <- lineRead{data, tooLong, err}:
		case <-in.ctx.Done():
			return
		}
		if err != nil {
			return
		}
	}
}

// limit is the longest line read.
func (in *inputs) limit() int {
	if in.cfg.MaxBytes > 0 {
		return int(in.cfg.MaxBytes)
	}
	return int(ingest.DefaultMaxBytes)
}

// stdinOf is the configured standard input, or an empty one.
func stdinOf(cfg Config) io.Reader {
	if cfg.Stdin == nil {
		return strings.NewReader("")
	}
	return cfg.Stdin
}

// useLine queues the article of one line of standard input, if it has one.
func (in *inputs) useLine(l lineRead) {
	data, tooLong, err := l.data, l.tooLong, l.err
	if err != nil && !errors.Is(err, io.EOF) {
		in.skip(news.Warning{Source: "-", Reason: fmt.Sprintf("read standard input: %v", err)})
	}
	if err != nil && len(data) == 0 && !tooLong {
		return // the end, after the last line
	}
	in.line++
	source := "stdin:" + strconv.Itoa(in.line)
	data = bytes.TrimSpace(data)
	switch {
	case tooLong:
		in.skip(news.Warning{Source: source, Reason: fmt.Sprintf("line longer than %d bytes", in.limit())})
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
	arts, dropped := Clean(arts)
	for _, w := range dropped {
		in.skip(w)
	}
	in.queue = append(in.queue, arts...)
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
