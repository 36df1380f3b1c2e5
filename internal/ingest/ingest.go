// Package ingest owns the first pipeline stage: it reads news in whatever file form it
// arrives (plain text, JSON, JSON Lines, TREC/DUC SGML, HTML) and in any common encoding
// (UTF-8, UTF-16 with a byte-order mark, Windows-1252) and turns it into news.Article
// values. Every input it cannot use becomes exactly one news.Warning naming the input and
// the reason; the rest of the inputs go on.
//
// The format is detected from content first and the file name second. Hard-wrapped plain
// text is re-joined into paragraphs with a line-width and mid-sentence-continuation test.
// HTML gets a small honest extractor (article or main element, else the element holding
// the most paragraph text, the "text density" idea of Kohlschütter et al., "Boilerplate
// Detection using Shallow Text Features", WSDM 2010); a full extractor can be plugged in
// through Options.HTML.
package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// DefaultMaxBytes is the per-input size cap used when Options.MaxBytes is zero.
const DefaultMaxBytes int64 = 64 << 20

// Options configures Read and Parse.
type Options struct {
	// MaxBytes caps the size of one input file; DefaultMaxBytes when 0.
	MaxBytes int64
	// Stdin is read for the path "-".
	Stdin io.Reader
	// HTML turns an HTML page into an article; nil means this package's basic
	// extractor. The page it receives is already decoded to UTF-8.
	HTML func(source string, page []byte) (news.Article, error)
	// Feed, when set, reads a syndication document (SniffFeed names it: RSS, Atom,
	// JSON Feed or OPML) into articles and per-item warnings; it receives the raw bytes,
	// since feeds declare their own encoding. When nil, such a file is read as text.
	Feed func(source string, doc []byte) ([]news.Article, []news.Warning, error)
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Read reads every path (a file, a folder read recursively, or "-" for stdin) and
// returns the articles in a deterministic order (paths in the given order; folder
// entries sorted by name), one warning per bad item, and an error only when ctx is
// cancelled. Article IDs are unique in the result.
func Read(ctx context.Context, paths []string, opt Options) ([]news.Article, []news.Warning, error) {
	r := &reader{ctx: ctx, opt: opt, ids: idSet{}}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return r.arts, r.warns, fmt.Errorf("read inputs: %w", err)
		}
		if p == "-" {
			r.readStdin()
			continue
		}
		r.readPath(p, p, nil)
	}
	if err := ctx.Err(); err != nil {
		return r.arts, r.warns, fmt.Errorf("read inputs: %w", err)
	}
	return r.arts, r.warns, nil
}

// reader carries the state of one Read call.
type reader struct {
	ctx   context.Context
	opt   Options
	arts  []news.Article
	warns []news.Warning
	ids   idSet
}

func (r *reader) warn(source string, err error) {
	r.warns = append(r.warns, news.WarningFrom(source, err))
}

// add appends the articles of one input, making their IDs unique within the call.
func (r *reader) add(arts []news.Article, warns []news.Warning, err error) {
	for _, a := range arts {
		a.ID = r.ids.unique(a.ID)
		r.arts = append(r.arts, a)
	}
	r.warns = append(r.warns, warns...)
	if err != nil {
		r.warns = append(r.warns, news.WarningFrom("", err))
	}
}

func (r *reader) readStdin() {
	if r.opt.Stdin == nil {
		r.warn("-", news.Errorf(news.NotFound, "-", "no standard input"))
		return
	}
	limit := r.opt.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r.opt.Stdin, limit+1))
	if err != nil {
		r.warn("-", news.Errorf(news.Invalid, "-", "read standard input: %v", err))
		return
	}
	if int64(len(data)) > limit {
		r.warn("-", news.Errorf(news.Invalid, "-", "input too large (over %d bytes)", limit))
		return
	}
	r.add(Parse("-", data, r.opt))
}

// readPath reads one path given by the user or found in a folder. shown is the name
// used in sources and warnings; parents holds the real paths of the folders being walked,
// to detect symlinked directory cycles.
func (r *reader) readPath(path, shown string, parents map[string]bool) {
	fi, err := os.Stat(path) // follows symlinks; a loop fails with ELOOP
	if err != nil {
		r.warn(shown, statError(shown, err))
		return
	}
	switch {
	case fi.IsDir():
		r.readDir(path, shown, parents)
	case fi.Mode().IsRegular():
		r.readFile(path, shown, fi.Size())
	default:
		r.warn(shown, news.Errorf(news.Unsupported, shown, "special file (%s)", modeName(fi.Mode())))
	}
}

func (r *reader) readDir(path, shown string, parents map[string]bool) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		r.warn(shown, statError(shown, err))
		return
	}
	if real, err = filepath.Abs(real); err != nil {
		r.warn(shown, news.Errorf(news.Invalid, shown, "resolve folder: %v", err))
		return
	}
	if parents[real] {
		r.warn(shown, news.Errorf(news.Invalid, shown, "symlink loop (folder cycle)"))
		return
	}
	entries, err := os.ReadDir(path) // sorted by name
	if err != nil {
		r.warn(shown, statError(shown, err))
		return
	}
	inner := make(map[string]bool, len(parents)+1)
	for k := range parents {
		inner[k] = true
	}
	inner[real] = true
	for _, e := range entries {
		if r.ctx.Err() != nil {
			return
		}
		if strings.HasPrefix(e.Name(), ".") { // hidden files, macOS "._" junk
			continue
		}
		r.readPath(filepath.Join(path, e.Name()), filepath.Join(shown, e.Name()), inner)
	}
}

func (r *reader) readFile(path, shown string, size int64) {
	if limit := r.opt.maxBytes(); size > limit {
		r.warn(shown, news.Errorf(news.Invalid, shown, "file too large (%d bytes, max %d)", size, limit))
		return
	}
	data, err := readLimited(path, size, r.opt.maxBytes())
	if err != nil {
		r.warn(shown, statError(shown, err))
		return
	}
	r.add(Parse(shown, data, r.opt))
}

// readLimited reads at most limit bytes of a file of the given size; a file that grew past the limit after
// Stat is refused rather than read whole.
func readLimited(path string, size, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := bytes.NewBuffer(make([]byte, 0, size+512))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, news.Errorf(news.Invalid, path, "file too large (over %d bytes)", limit)
	}
	return data, nil
}

// idSet hands out unique IDs. For each ID it records the next suffix to try, so that
// many inputs with the same ID cost linear, not quadratic, time.
type idSet map[string]int

// unique returns id, or id with the first free suffix -2, -3, ..., and records it.
func (s idSet) unique(id string) string {
	if id == "" {
		id = "article"
	}
	n, taken := s[id]
	if !taken {
		s[id] = 2
		return id
	}
	for ; ; n++ {
		out := id + "-" + strconv.Itoa(n)
		if _, used := s[out]; !used {
			s[id] = n + 1
			s[out] = 2
			return out
		}
	}
}
