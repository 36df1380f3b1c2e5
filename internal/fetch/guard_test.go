package fetch

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/storyline-news/storyline/internal/news"
)

func TestBlockedReason(t *testing.T) {
	tests := []struct {
		name, addr string
		blocked    bool
	}{
		{"loopback v4", "127.0.0.1", true},
		{"loopback v4 other", "127.8.9.10", true},
		{"loopback v6", "::1", true},
		{"unspecified v4", "0.0.0.0", true},
		{"unspecified v6", "::", true},
		{"rfc1918 10", "10.1.2.3", true},
		{"rfc1918 172", "172.31.255.255", true},
		{"rfc1918 192", "192.168.0.1", true},
		{"cloud metadata", "169.254.169.254", true},
		{"cgnat", "100.64.0.1", true},
		{"multicast v4", "239.1.1.1", true},
		{"broadcast", "255.255.255.255", true},
		{"unique local", "fd00::1", true},
		{"link-local v6", "fe80::1", true},
		{"multicast v6", "ff02::1", true},
		{"mapped loopback", "::ffff:127.0.0.1", true},
		{"mapped metadata", "::ffff:169.254.169.254", true},
		{"nat64 private", "64:ff9b::10.0.0.1", true},
		{"ipv4 compatible", "::127.0.0.1", true},
		{"public v4", "93.184.216.34", false},
		{"public next to private", "172.32.0.1", false},
		{"public next to cgnat", "100.128.0.1", false},
		{"public v6", "2606:2800:220:1:248:1893:25c8:1946", false},
		{"mapped public", "::ffff:93.184.216.34", false},
		{"nat64 public", "64:ff9b::93.184.216.34", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := BlockedReason(netip.MustParseAddr(tt.addr)) != ""
			if got != tt.blocked {
				t.Errorf("BlockedReason(%s) blocked = %v, want %v", tt.addr, got, tt.blocked)
			}
		})
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct {
		name, url    string
		allowPrivate bool
		code         news.Code
		reason       string
	}{
		{"http", "http://example.com/a?b=c", false, "", ""},
		{"https upper scheme", "HTTPS://example.com/", false, "", ""},
		{"file", "file:///etc/passwd", false, news.Denied, "scheme"},
		{"gopher", "gopher://example.com/", false, news.Denied, "scheme"},
		{"javascript", "javascript:alert(1)", false, news.Denied, "scheme"},
		{"no scheme", "example.com/a", false, news.Invalid, "no scheme"},
		{"userinfo", "http://user:pw@example.com/", false, news.Denied, "user information"},
		{"empty host", "http:///path", false, news.Invalid, "empty host"},
		{"bad port", "http://example.com:99999/", false, news.Invalid, "port"},
		{"unparsable", "http://[::1", false, news.Invalid, "parse url"},
		{"loopback", "http://127.0.0.1:8080/", false, news.Denied, "loopback"},
		{"metadata", "http://169.254.169.254/latest/meta-data/", false, news.Denied, "cloud metadata"},
		{"v6 loopback", "http://[::1]/", false, news.Denied, "loopback"},
		{"mapped loopback", "http://[::ffff:127.0.0.1]/", false, news.Denied, "loopback"},
		{"private", "http://192.168.1.1/", false, news.Denied, "private"},
		{"loopback allowed", "http://127.0.0.1:8080/", true, "", ""},
		{"private allowed", "http://192.168.1.1/", true, "", ""},
		{"metadata even when allowed", "http://169.254.169.254/latest/meta-data/", true, news.Denied, "cloud metadata"},
		{"mapped metadata even when allowed", "http://[::ffff:169.254.169.254]/", true, news.Denied, "cloud metadata"},
		{"aws v6 metadata even when allowed", "http://[fd00:ec2::254]/", true, news.Denied, "cloud metadata"},
		{"file even when allowed", "file:///etc/passwd", true, news.Denied, "scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := CheckURL(tt.url, tt.allowPrivate)
			if diff := cmp.Diff(tt.code, news.ErrorCode(err)); diff != "" {
				t.Fatalf("CheckURL(%q) code (-want +got):\n%s\nerr: %v", tt.url, diff, err)
			}
			if err != nil {
				if !strings.Contains(err.Error(), tt.reason) || !strings.Contains(err.Error(), tt.url) {
					t.Errorf("error %q should name the URL and contain %q", err, tt.reason)
				}
				return
			}
			if u.Scheme != "http" && u.Scheme != "https" {
				t.Errorf("scheme = %q", u.Scheme)
			}
		})
	}
}

func TestCheckDialAddress(t *testing.T) {
	tests := []struct {
		name, addr   string
		allowPrivate bool
		refused      bool
	}{
		{"loopback", "127.0.0.1:80", false, true},
		{"mapped", "[::ffff:10.0.0.1]:443", false, true},
		{"zone link-local", "[fe80::1%eth0]:80", false, true},
		{"public", "93.184.216.34:443", false, false},
		{"garbage", "nonsense", false, true},
		{"loopback allowed", "127.0.0.1:80", true, false},
		{"link-local allowed", "169.254.1.1:80", true, false},
		{"metadata never", "169.254.169.254:80", true, true},
		{"nat64 metadata never", "[64:ff9b::a9fe:a9fe]:80", true, true},
		{"garbage even when allowed", "nonsense", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkDialAddress(tt.addr, tt.allowPrivate) != nil; got != tt.refused {
				t.Errorf("checkDialAddress(%q) refused = %v, want %v", tt.addr, got, tt.refused)
			}
		})
	}
}

func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{
		"http://example.com/", "https://[::ffff:127.0.0.1]:8443/x", "http://169.254.169.254/",
		"file:///etc/passwd", "http://u:p@h/", "http://0x7f.1/", "http://[fe80::1%25eth0]/",
		"HTTP://EXAMPLE.COM:0/", "//example.com", "http://%31%32%37.0.0.1/",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := CheckURL(raw, false)
		if err != nil {
			if c := news.ErrorCode(err); c != news.Invalid && c != news.Denied {
				t.Fatalf("CheckURL(%q) code %q", raw, c)
			}
			return
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || u.Hostname() == "" {
			t.Fatalf("CheckURL(%q) accepted %#v", raw, u)
		}
		if a, err := netip.ParseAddr(u.Hostname()); err == nil && BlockedReason(a) != "" {
			t.Fatalf("CheckURL(%q) accepted blocked address %s", raw, a)
		}
	})
}
