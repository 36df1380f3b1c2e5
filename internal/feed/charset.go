package feed

import (
	"fmt"
	"io"

	"golang.org/x/net/html/charset"
)

// charsetReader decodes an XML document declared in a character set other than
// UTF-8 (encoding="ISO-8859-1").
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	e, _ := charset.Lookup(label)
	if e == nil {
		return nil, fmt.Errorf("unknown character set %q", label)
	}
	return e.NewDecoder().Reader(r), nil
}
