package fields

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/internal/textutil"
)

// Rewrite is a site rule applied to a URL path during canonicalisation,
// e.g. {Pattern: `^/rsis-publication/[^/]+/`, Replace: "/rsis-publication/"}
// folds centre folders of one site into one.
//
// Pattern is a Go regular expression matched against the canonical,
// percent-encoded path (always starting with "/", without a trailing
// slash); every match is replaced by Replace, in which $1 and ${name} name
// submatches. Host limits the rule to one site and its subdomains (compared
// after lower-casing and dropping "www."); "" means any host. A rule should
// be idempotent (applying it to its own output changes nothing), or
// canonical URLs will not be stable.
type Rewrite struct {
	Host    string `json:"host"`
	Pattern string `json:"pattern"`
	Replace string `json:"replace"`
}

// Compile returns the rule's compiled pattern. Patterns are compiled once
// and cached, so calling Compile for every URL is cheap.
func (r Rewrite) Compile() (*regexp.Regexp, error) {
	if re, ok := rewriteCache.Load(r.Pattern); ok {
		return re.(*regexp.Regexp), nil
	}
	re, err := regexp.Compile(r.Pattern)
	if err != nil {
		return nil, fmt.Errorf("url rewrite pattern %q: %w", r.Pattern, err)
	}
	rewriteCacheMu.Lock()
	if rewriteCacheLen < maxCachedRewrites {
		if _, loaded := rewriteCache.LoadOrStore(r.Pattern, re); !loaded {
			rewriteCacheLen++
		}
	}
	rewriteCacheMu.Unlock()
	return re, nil
}

const maxCachedRewrites = 1024

var (
	rewriteCache    sync.Map // pattern -> *regexp.Regexp
	rewriteCacheMu  sync.Mutex
	rewriteCacheLen int
)

// maxRewriteRounds bounds how often the rewrites are applied to one path.
const maxRewriteRounds = 64

// maxURLLen bounds the URLs CanonicalURL accepts.
const maxURLLen = 16 << 10

// trackingParams are query parameters that never change the page.
var trackingParams = textutil.SetOf(
	"fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
	"igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp",
	"hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid",
	"s_cid", "ncid", "cmpid", "doing_wp_cron", "amp", "replytocom", "ref", "ref_src", "ref_url",
	"referrer", "share", "shared", "sharesource", "fb_action_ids", "fb_action_types", "fb_ref",
	"fb_source", "action_object_map", "action_type_map", "action_ref_map", "spref", "cn-reloaded",
)

// CanonicalURL returns the form under which the same page is one document:
// scheme and host lower-cased, http -> https, leading "www." dropped,
// default ports dropped, fragment dropped, tracking and WordPress
// parameters dropped (utm_*, fbclid, gclid, mc_cid, mc_eid, doing_wp_cron,
// amp, replytocom, _ga, ref, share, ...), remaining parameters sorted, path
// dot-segments resolved, duplicate slashes collapsed, trailing slash
// dropped (except for the root "/"), percent-encoding normalised (upper-case
// hex, unreserved characters decoded), then the rewrites applied. Relative
// or non-http(s) URLs, empty strings and garbage return an error.
//
// User information ("user:pass@") is dropped, a trailing dot on the host is
// dropped, and identical parameters are kept once. Rewrites see the
// canonical path and their output is canonicalised again (see Rewrite); a
// rewrite whose pattern does not compile is an error, whether or not its
// host matches.
func CanonicalURL(raw string, rewrites []Rewrite) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", errors.New("empty url")
	}
	if len(s) > maxURLLen {
		return "", fmt.Errorf("url longer than %d bytes", maxURLLen)
	}
	u, err := url.Parse(s)
	if err != nil {
		return "", fmt.Errorf("parse url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return "", fmt.Errorf("url %q is not absolute", s)
		}
		return "", fmt.Errorf("url %q: scheme %q is not http or https", s, u.Scheme)
	}
	if u.Opaque != "" {
		return "", fmt.Errorf("url %q has no host", s)
	}
	host, err := canonicalHost(u.Hostname())
	if err != nil {
		return "", fmt.Errorf("url %q: %w", s, err)
	}
	hostport := host
	if strings.Contains(host, ":") {
		hostport = "[" + host + "]"
	}
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return "", fmt.Errorf("url %q: bad port %q", s, p)
		}
		if n != 80 && n != 443 {
			hostport += ":" + strconv.Itoa(n)
		}
	}
	path := canonicalPath(u.EscapedPath())
	type rule struct {
		re      *regexp.Regexp
		replace string
	}
	var rules []rule
	for _, r := range rewrites {
		re, err := r.Compile()
		if err != nil {
			return "", err
		}
		if rewriteApplies(r.Host, host) {
			rules = append(rules, rule{re, r.Replace})
		}
	}
	for round := 0; round < maxRewriteRounds && len(rules) > 0; round++ {
		before := path
		for _, r := range rules {
			path = canonicalPath(r.re.ReplaceAllString(path, r.replace))
		}
		if path == before {
			break
		}
	}
	out := "https://" + hostport + path
	if q := canonicalQuery(u.RawQuery); q != "" {
		out += "?" + q
	}
	return out, nil
}

// canonicalHost lower-cases a host name, drops "www." and a trailing dot,
// and checks that it is a plausible DNS name or IP address.
func canonicalHost(h string) (string, error) {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	if h == "" {
		return "", errors.New("no host")
	}
	if strings.Contains(h, ":") {
		a, err := netip.ParseAddr(h)
		if err != nil || a.Zone() != "" {
			return "", fmt.Errorf("bad host %q", h)
		}
		return a.String(), nil
	}
	for strings.HasPrefix(h, "www.") {
		h = h[len("www."):]
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 {
			return "", fmt.Errorf("bad host %q", h)
		}
		for _, r := range label {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
				continue
			}
			if r >= utf8.RuneSelf && r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)) && unicode.ToLower(r) == r {
				continue
			}
			return "", fmt.Errorf("bad host %q", h)
		}
	}
	return h, nil
}

func rewriteApplies(ruleHost, host string) bool {
	if ruleHost == "" {
		return true
	}
	h := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(ruleHost)), ".")
	for strings.HasPrefix(h, "www.") {
		h = h[len("www."):]
	}
	return host == h || strings.HasSuffix(host, "."+h)
}

// canonicalPath normalises percent-encoding, resolves "." and "..",
// collapses repeated slashes and drops a trailing slash; the empty path is
// "/".
func canonicalPath(p string) string {
	p = normalizePercent(p, isPathByte)
	var segs []string
	for _, seg := range strings.Split(p, "/") {
		switch seg {
		case "", ".":
		case "..":
			if len(segs) > 0 {
				segs = segs[:len(segs)-1]
			}
		default:
			segs = append(segs, seg)
		}
	}
	return "/" + strings.Join(segs, "/")
}

// canonicalQuery drops tracking parameters and empty ones, normalises
// percent-encoding, drops repeats and sorts what remains.
func canonicalQuery(q string) string {
	if q == "" {
		return ""
	}
	var params []string
	seen := map[string]bool{}
	for _, p := range strings.Split(q, "&") {
		if p == "" {
			continue
		}
		k, v, hasValue := strings.Cut(p, "=")
		k = normalizePercent(k, isQueryByte)
		if k == "" && v == "" {
			continue
		}
		name := k
		if dk, err := url.QueryUnescape(k); err == nil {
			name = dk
		}
		name = strings.ToLower(name)
		if strings.HasPrefix(name, "utm_") || trackingParams[name] {
			continue
		}
		if hasValue {
			k += "=" + normalizePercent(v, isQueryByte)
		}
		if !seen[k] {
			seen[k] = true
			params = append(params, k)
		}
	}
	sort.Strings(params)
	return strings.Join(params, "&")
}

func isUnreserved(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

func isPathByte(c byte) bool {
	return isUnreserved(c) || strings.IndexByte("!$&'()*+,;=:@/", c) >= 0
}

func isQueryByte(c byte) bool {
	return isUnreserved(c) || strings.IndexByte("!$'()*+,;=:@/?", c) >= 0
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// normalizePercent decodes percent-escapes of unreserved characters,
// upper-cases the hex of the others, escapes a "%" that starts no escape
// and escapes every byte that allowed rejects.
func normalizePercent(s string, allowed func(byte) bool) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			hi, ok1 := unhex(s[i+1])
			lo, ok2 := unhex(s[i+2])
			if ok1 && ok2 {
				v := hi<<4 | lo
				if isUnreserved(v) {
					b.WriteByte(v)
				} else {
					b.WriteByte('%')
					b.WriteByte(hexDigits[v>>4])
					b.WriteByte(hexDigits[v&15])
				}
				i += 2
				continue
			}
		}
		if c != '%' && allowed(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// codeRe matches a publication code at the start of a lower-cased slug:
// two to four letters, five digits, an optional letter.
var codeRe = textutil.LazyRegexp(`^([a-z]{2,4})([0-9]{5}[a-z]?)(?:$|[-_.])`)

// CodeFromURL extracts a publication code from the last path segment (slug)
// of a URL: a slug starting "ip22006-" or "co18025-" (or equal to
// "ip22006") gives "IP22006"/"CO18025" when the prefix ("IP", "CO") is one
// of prefixes (a set of known upper-case code prefixes); otherwise "".
//
// Codes are two to four letters, five digits and an optional letter, as in
// CodeFromText; a slug like "ip22006.pdf" also gives its code.
func CodeFromURL(u string, prefixes []string) string {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil {
		return ""
	}
	path := strings.TrimRight(pu.Path, "/")
	slug := strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])
	m := codeRe().FindStringSubmatch(slug)
	if m == nil || !hasPrefixCode(prefixes, m[1]) {
		return ""
	}
	return strings.ToUpper(m[1] + m[2])
}

// CodeFromText recognises a publication code at the start of a title line,
// "IP25008 | Title" -> ("IP25008", "Title"); codes are 2-4 upper-case
// letters + 5 digits (optionally one trailing upper-case letter), only with
// a known prefix.
//
// The code must stand alone (not "IP250089" or "IP25008Title"); rest is
// what follows with leading spaces and separators ("|", ":", "-", dashes,
// "/", "·", "•", ",", ";") removed, and may be "".
func CodeFromText(line string, prefixes []string) (code, rest string, ok bool) {
	s := strings.TrimLeftFunc(line, textutil.IsSpaceLike)
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i < 2 || i > 4 || !hasPrefixCode(prefixes, s[:i]) {
		return "", "", false
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j-i != 5 {
		return "", "", false
	}
	if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' {
		j++
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			return "", "", false
		}
	}
	rest = strings.TrimLeftFunc(s[j:], func(r rune) bool {
		return textutil.IsSpaceLike(r) || isDash(r) || strings.ContainsRune("|:/·•,;", r)
	})
	return s[:j], strings.TrimRightFunc(rest, textutil.IsSpaceLike), true
}

func hasPrefixCode(prefixes []string, p string) bool {
	for _, q := range prefixes {
		if strings.EqualFold(strings.TrimSpace(q), p) {
			return true
		}
	}
	return false
}
