package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// metaCharset finds a charset declared in a meta tag anywhere in the head; the HTML
// prescan only looks at the first 1024 bytes, and many pages declare it later.
var metaCharset = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
})

// decode returns the page as valid UTF-8. A page that is valid UTF-8 and uses non-ASCII
// characters is taken as UTF-8 whatever it declares (mislabelled pages are common, and
// legacy text is almost never valid UTF-8 by accident); otherwise a byte-order mark or
// a declared charset decides, and windows-1252 is the HTML default.
func decode(page []byte) string {
	if utf8.Valid(page) && !declaresUTF16(page) {
		return string(page)
	}
	enc, name, certain := charset.DetermineEncoding(page, "")
	if !certain {
		head := page[:min(len(page), 64<<10)]
		if m := metaCharset().FindSubmatch(head); m != nil {
			if e, n := charset.Lookup(string(m[1])); e != nil && !strings.HasPrefix(n, "utf-16") {
				enc, name = e, n
			}
		}
	}
	if name == "utf-8" {
		return strings.ToValidUTF8(string(page), "\uFFFD")
	}
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return strings.ToValidUTF8(string(page), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// declaresUTF16 reports a UTF-16 byte-order mark.
func declaresUTF16(page []byte) bool {
	return len(page) >= 2 && (page[0] == 0xff && page[1] == 0xfe || page[0] == 0xfe && page[1] == 0xff)
}
