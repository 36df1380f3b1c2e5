// Package gomoji stands in for github.com/forPelevin/gomoji in Storyline's build (see
// ../README.md): go-trafilatura uses only RemoveEmojis, on titles and other metadata.
package gomoji

import "strings"

// RemoveEmojis returns s without emoji: pictographs, symbols and dingbats, regional
// indicator (flag) letters, skin-tone and other emoji modifiers, keycaps, variation
// selector 16, zero-width joiners and tag characters.
func RemoveEmojis(s string) string {
	if !strings.ContainsFunc(s, isEmoji) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isEmoji(r) {
			return -1
		}
		return r
	}, s)
}

func isEmoji(r rune) bool {
	switch {
	case r < 0x2000:
		return r == 0x00A9 || r == 0x00AE // © and ® are emoji only with VS16; keep them out too
	case r == 0x200D, r == 0x20E3, r == 0xFE0F, r == 0x203C, r == 0x2049, r == 0x2122, r == 0x2139:
		return true
	case r >= 0x2194 && r <= 0x21AA, r >= 0x231A && r <= 0x23FF, r >= 0x25AA && r <= 0x27BF,
		r >= 0x2934 && r <= 0x2935, r >= 0x2B05 && r <= 0x2B55, r == 0x3030, r == 0x303D,
		r == 0x3297, r == 0x3299:
		return true
	case r >= 0x1F000 && r <= 0x1FAFF: // mahjong, cards, enclosed, pictographs, emoticons, transport, supplemental
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tags
		return true
	}
	return false
}
