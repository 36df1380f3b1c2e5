// Package distiller stands in for github.com/markusmobius/go-domdistiller in Storyline's
// build (see ../README.md). go-trafilatura calls Apply as its last fallback extractor;
// this Apply never finds an article, so trafilatura keeps its own result or go-readability's.
package distiller

import (
	"errors"
	"net/url"

	"golang.org/x/net/html"
)

// PaginationAlgo names a pagination algorithm; none is implemented.
type PaginationAlgo uint

// LogFlag selects logging; nothing is logged.
type LogFlag uint

// Options mirrors the original's options.
type Options struct {
	LogFlags       LogFlag
	OriginalURL    *url.URL
	SkipPagination bool
	PaginationAlgo PaginationAlgo
}

// Result mirrors the original's result; Apply never returns one.
type Result struct {
	URL   string
	Title string
	HTML  string
	Text  string
	Node  *html.Node
}

// ErrDisabled is Apply's only answer.
var ErrDisabled = errors.New("dom distiller is not part of this build")

// Apply returns no result: the distiller fallback is disabled.
func Apply(doc *html.Node, opts *Options) (*Result, error) { return nil, ErrDisabled }
