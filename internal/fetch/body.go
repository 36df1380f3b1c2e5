package fetch

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// errTooLarge and errDecodedTooLarge mark bodies cut at MaxBody and MaxDecoded.
var (
	errTooLarge        = errors.New("body too large")
	errDecodedTooLarge = errors.New("decoded body too large")
)

// capReader returns errCap once more than n bytes have been read from r, so a
// body is refused as soon as it passes its cap, never read whole into memory.
type capReader struct {
	r      io.Reader
	n      int64
	errCap error
}

func (c *capReader) Read(p []byte) (int, error) {
	if int64(len(p)) > c.n+1 {
		p = p[:c.n+1]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	if c.n < 0 {
		return k, c.errCap
	}
	return k, err
}

// readBody reads a response body of the given Content-Encoding: at most maxBody
// bytes on the wire and at most maxDecoded bytes once decompressed. On error it
// returns what it read so far.
func readBody(body io.Reader, contentEncoding string, maxBody, maxDecoded int64) ([]byte, error) {
	wire := &capReader{r: body, n: maxBody, errCap: errTooLarge}
	dec, err := decompressor(wire, contentEncoding)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(&capReader{r: dec, n: maxDecoded, errCap: errDecodedTooLarge})
}

// decompressor wraps r in a decoder for the Content-Encoding enc.
func decompressor(r io.Reader, enc string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		return zr, nil
	case "deflate":
		return deflateReader(r)
	case "br":
		return brotli.NewReader(r), nil
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", enc)
	}
}

// deflateReader reads HTTP "deflate", which should be zlib (RFC 1950) but is raw
// DEFLATE (RFC 1951) on some servers: the zlib header check tells them apart.
func deflateReader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	h, err := br.Peek(2)
	if err != nil {
		return nil, fmt.Errorf("deflate body: %w", err)
	}
	if h[0]&0x0f == 8 && (uint16(h[0])<<8|uint16(h[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("deflate body: %w", err)
		}
		return zr, nil
	}
	return flate.NewReader(br), nil
}

var xmlDecl = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
})

// isXML reports whether a media type is an XML document (feeds included).
func isXML(mediaType string) bool {
	return strings.HasSuffix(mediaType, "/xml") || strings.HasSuffix(mediaType, "+xml")
}

// toUTF8 converts body to UTF-8 and names the character set it was in. The order is
// the byte order mark, the Content-Type charset, then the document's own declaration
// (the XML declaration for XML, meta charset for HTML), then UTF-8 if the bytes are
// valid UTF-8, else windows-1252 (the HTML default). For XML the declaration is
// rewritten to say UTF-8 so a parser does not decode the body twice.
func toUTF8(body []byte, contentType string) ([]byte, string, error) {
	mediaType, _, _ := mime.ParseMediaType(contentType)
	enc, name := pickEncoding(body, contentType, mediaType)
	body = stripBOM(body)
	var out []byte
	if name == "utf-8" {
		out = body
		if !utf8.Valid(out) {
			out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
		}
	} else {
		var err error
		out, _, err = transform.Bytes(enc.NewDecoder(), body)
		if err != nil {
			return nil, "", fmt.Errorf("decode %s: %w", name, err)
		}
	}
	if m := xmlDecl().FindSubmatchIndex(out); m != nil && !strings.EqualFold(string(out[m[2]:m[3]]), "utf-8") {
		out = append(append(append([]byte{}, out[:m[2]]...), "UTF-8"...), out[m[3]:]...)
	}
	return out, name, nil
}

func pickEncoding(body []byte, contentType, mediaType string) (encoding.Encoding, string) {
	e, name, certain := charset.DetermineEncoding(body, contentType)
	if certain {
		return e, name
	}
	if isXML(mediaType) || mediaType == "application/json" || strings.HasSuffix(mediaType, "+json") {
		if m := xmlDecl().FindSubmatch(body[:min(len(body), 512)]); m != nil {
			if e, name := charset.Lookup(string(m[1])); e != nil {
				return e, name
			}
		}
		return unicode.UTF8, "utf-8"
	}
	if name == "windows-1252" && utf8.Valid(body) {
		// DetermineEncoding looks at 1024 bytes only; a page without a
		// declaration whose bytes are all valid UTF-8 is taken as UTF-8.
		return unicode.UTF8, "utf-8"
	}
	return e, name
}

func stripBOM(b []byte) []byte {
	for _, bom := range [][]byte{{0xEF, 0xBB, 0xBF}, {0xFE, 0xFF}, {0xFF, 0xFE}} {
		if bytes.HasPrefix(b, bom) {
			return b[len(bom):]
		}
	}
	return b
}
