package news

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorCodes(t *testing.T) {
	base := Errorf(Denied, "feed.xml", "robots.txt forbids %s", "/private")
	wrapped := fmt.Errorf("read inputs: %w", base)
	tests := []struct {
		name       string
		err        error
		code       Code
		reason     string
		warnSource string
	}{
		{"nil", nil, "", "", ""},
		{"coded", base, Denied, "robots.txt forbids /private", "feed.xml"},
		{"wrapped", wrapped, Denied, "robots.txt forbids /private", "feed.xml"},
		{"plain", errors.New("boom"), Internal, "boom", "fallback"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Errorf("ErrorCode = %q, want %q", got, tt.code)
			}
			if tt.err == nil {
				return
			}
			if got := Reason(tt.err); got != tt.reason {
				t.Errorf("Reason = %q, want %q", got, tt.reason)
			}
			if w := WarningFrom("fallback", tt.err); w.Source != tt.warnSource || w.Reason != tt.reason {
				t.Errorf("WarningFrom = %+v", w)
			}
		})
	}
	if got := base.Error(); got != "feed.xml: robots.txt forbids /private" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(wrapped, base) {
		t.Error("errors.Is does not see through the wrapping")
	}
}
