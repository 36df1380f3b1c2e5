package ingest

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/storyline-news/storyline/internal/news"
)

// decode turns raw input into UTF-8 text. It honours UTF-8 and UTF-16 byte-order marks,
// keeps valid UTF-8, and reads the bytes that are not valid UTF-8 as Windows-1252 (a
// superset of Latin-1 for printable text). Input that is binary or mostly undecodable
// is refused with an Invalid error.
func decode(source string, data []byte) (string, error) {
	if len(data) == 0 {
		return "", news.Errorf(news.Invalid, source, "empty file")
	}
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text = decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text = decodeUTF16(data[2:], true)
	}
	if text == "" {
		if bytes.IndexByte(data, 0) >= 0 {
			return "", news.Errorf(news.Invalid, source, "binary file (NUL bytes)")
		}
		var err error
		if text, err = decode8bit(source, data); err != nil {
			return "", err
		}
	}
	if !looksLikeText(text) {
		return "", news.Errorf(news.Invalid, source, "binary file (control characters)")
	}
	return text, nil
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// decode8bit reads UTF-8, falling back to Windows-1252 for each byte that does not start
// a valid UTF-8 sequence. Too many such bytes, or bytes that Windows-1252 leaves
// undefined, mean the input is not text in either encoding.
func decode8bit(source string, data []byte) (string, error) {
	if utf8.Valid(data) {
		return string(data), nil
	}
	var sb strings.Builder
	sb.Grow(len(data) + len(data)/8)
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			b := data[i]
			if b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D {
				return "", news.Errorf(news.Invalid, source, "invalid UTF-8 (not Windows-1252 text either)")
			}
			r = charmap.Windows1252.DecodeByte(b)
			bad++
		}
		sb.WriteRune(r)
		i += size
	}
	if bad*4 > len(data) {
		return "", news.Errorf(news.Invalid, source, "invalid UTF-8 (%d of %d bytes undecodable)", bad, len(data))
	}
	return sb.String(), nil
}

// looksLikeText reports whether s has almost no control characters besides white space.
func looksLikeText(s string) bool {
	ctrl, n := 0, 0
	for _, r := range s {
		n++
		switch {
		case r == 0:
			return false
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r < 0x20 || r == 0x7F || (r >= 0x80 && r < 0xA0):
			ctrl++
		}
	}
	return ctrl*100 <= n
}
