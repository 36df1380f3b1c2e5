package gomoji

import "testing"

func TestRemoveEmojis(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Breaking news 🚨 today", "Breaking news  today"},
		{"Flags 🇺🇸🇫🇷 and faces 😀👍🏽", "Flags  and faces "},
		{"Family 👨‍👩‍👧 emoji", "Family  emoji"},
		{"Keycap 1️⃣ sign", "Keycap 1 sign"},
		{"Sun ☀️ and heart ❤️", "Sun  and heart "},
		{"Plain text — with “quotes”, accents éü and 中文.", "Plain text — with “quotes”, accents éü and 中文."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := RemoveEmojis(tt.in); got != tt.want {
			t.Errorf("RemoveEmojis(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
