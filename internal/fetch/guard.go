package fetch

import (
	"errors"
	"net"
	"net/netip"
	"net/url"
	"strings"

	"github.com/storyline-news/storyline/internal/news"
)

// blockedRanges are the address ranges a URL from a feed may not reach unless
// Options.AllowPrivate is set, with the reason each is refused.
var blockedRanges = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), "unspecified (this network)"},
	{netip.MustParsePrefix("10.0.0.0/8"), "private (RFC 1918)"},
	{netip.MustParsePrefix("100.64.0.0/10"), "shared address space (CGNAT)"},
	{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
	{netip.MustParsePrefix("169.254.0.0/16"), "link-local (cloud metadata)"},
	{netip.MustParsePrefix("172.16.0.0/12"), "private (RFC 1918)"},
	{netip.MustParsePrefix("192.0.0.0/24"), "reserved (IETF protocol assignments)"},
	{netip.MustParsePrefix("192.168.0.0/16"), "private (RFC 1918)"},
	{netip.MustParsePrefix("198.18.0.0/15"), "reserved (benchmarking)"},
	{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
	{netip.MustParsePrefix("240.0.0.0/4"), "reserved (and broadcast)"},
	{netip.MustParsePrefix("::/96"), "unspecified, loopback or IPv4-compatible"},
	{netip.MustParsePrefix("fc00::/7"), "private (unique local)"},
	{netip.MustParsePrefix("fe80::/10"), "link-local"},
	{netip.MustParsePrefix("fec0::/10"), "site-local (deprecated)"},
	{netip.MustParsePrefix("ff00::/8"), "multicast"},
}

// metadataAddrs are the cloud providers' instance metadata endpoints, which hand out
// credentials to whoever asks from inside the machine. They stay refused even with
// Options.AllowPrivate: a feed that links to one is an attack, never a local feed.
var metadataAddrs = []netip.Addr{
	netip.MustParseAddr("169.254.169.254"), // AWS, GCP, Azure, OpenStack, DigitalOcean
	netip.MustParseAddr("169.254.170.2"),   // AWS ECS task metadata
	netip.MustParseAddr("fd00:ec2::254"),   // AWS over IPv6
	netip.MustParseAddr("100.100.100.200"), // Alibaba Cloud
	netip.MustParseAddr("168.63.129.16"),   // Azure WireServer
}

// metadataReason reports, after the same unmapping as BlockedReason, whether addr is a
// cloud metadata endpoint.
func metadataReason(addr netip.Addr) string {
	addr = canonical(addr)
	for _, m := range metadataAddrs {
		if addr == m {
			return "cloud metadata endpoint (refused even with allow-private)"
		}
	}
	return ""
}

// canonical drops a zone and turns IPv4-mapped and NAT64 IPv6 forms into the IPv4
// address they carry.
func canonical(addr netip.Addr) netip.Addr {
	addr = addr.Unmap().WithZone("")
	if addr.Is6() && nat64.Contains(addr) {
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	return addr
}

// nat64 is the well-known NAT64 prefix (RFC 6052): its last 32 bits are an IPv4
// address, which is checked like any other.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// BlockedReason reports why connecting to addr is refused by default, or "" when
// addr is a public address. IPv4-mapped and NAT64 IPv6 forms are judged by the
// IPv4 address they carry.
func BlockedReason(addr netip.Addr) string {
	if !addr.IsValid() {
		return "invalid address"
	}
	addr = canonical(addr)
	for _, r := range blockedRanges {
		if r.prefix.Contains(addr) {
			return r.reason
		}
	}
	return ""
}

// CheckURL parses rawURL and refuses what Storyline never fetches: schemes other than
// http and https, user information, an empty host, a literal cloud metadata address,
// and (unless allowPrivate) a host that is a literal non-public IP address. Host names are checked again on the resolved
// address of every connection. Errors carry news.Invalid or news.Denied.
func CheckURL(rawURL string, allowPrivate bool) (*url.URL, error) {
	return checkURL(rawURL, allowPrivate, "")
}

// checkURL is CheckURL with one "ip:port" exempt from the address check, for tests.
func checkURL(rawURL string, allowPrivate bool, exempt string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, news.Errorf(news.Invalid, rawURL, "parse url: %v", unwrapURLError(err))
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, news.Errorf(news.Invalid, rawURL, "url has no scheme (want http or https)")
	default:
		return nil, news.Errorf(news.Denied, rawURL, "scheme %q refused (only http and https are fetched)", u.Scheme)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.User != nil {
		return nil, news.Errorf(news.Denied, rawURL, "url with user information refused")
	}
	host := u.Hostname()
	if host == "" {
		return nil, news.Errorf(news.Invalid, rawURL, "url has an empty host")
	}
	if u.Port() != "" && !validPort(u.Port()) {
		return nil, news.Errorf(news.Invalid, rawURL, "url has a bad port %q", u.Port())
	}
	if addr, err := netip.ParseAddr(host); err == nil && !isExempt(u, exempt) {
		if reason := refusal(addr, allowPrivate); reason != "" {
			return nil, news.Errorf(news.Denied, rawURL, "address %s refused: %s", addr, reason)
		}
	}
	return u, nil
}

func validPort(p string) bool {
	n := 0
	for _, c := range p {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
		if n > 65535 {
			return false
		}
	}
	return n > 0
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// deniedAddrError is returned by the dialer's Control hook for a refused address; Get
// turns it into a news.Denied error.
type deniedAddrError struct {
	addr   netip.Addr
	reason string
}

func (e *deniedAddrError) Error() string {
	return "address " + e.addr.String() + " refused: " + e.reason
}

// checkDialAddress refuses a resolved "ip:port" that is not a public address, or with
// allowPrivate only a cloud metadata endpoint.
func checkDialAddress(address string, allowPrivate bool) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return &deniedAddrError{reason: "unparsable address " + address}
	}
	addr, err := netip.ParseAddr(host)
	if err != nil {
		return &deniedAddrError{reason: "unparsable address " + address}
	}
	if reason := refusal(addr, allowPrivate); reason != "" {
		return &deniedAddrError{addr: addr, reason: reason}
	}
	return nil
}

// refusal is why addr may not be reached: a cloud metadata endpoint always, any other
// non-public address unless allowPrivate; "" when it may.
func refusal(addr netip.Addr, allowPrivate bool) string {
	if reason := metadataReason(addr); reason != "" || allowPrivate {
		return reason
	}
	return BlockedReason(addr)
}

func isExempt(u *url.URL, exempt string) bool {
	if exempt == "" {
		return false
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[u.Scheme]
	}
	return net.JoinHostPort(u.Hostname(), port) == exempt
}
