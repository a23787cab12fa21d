package fields

import (
	"net/url"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
)

// CategoriesLine reports whether s is a Categories line and returns its labels.
func CategoriesLine(s string) (string, bool) {
	for _, p := range []string{"Categories:", "Category:", "CATEGORIES:"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return "", false
}

// DateLine reads a line that is a publication date ("03 February 2025",
// "Published 1 Mar 2024 11:00"). stamp reports a line that holds a date
// which is not a publication date (an upload or crawl stamp).
func DateLine(s string, order DateOrder) (d pub.Date, ok, stamp bool) {
	if len(s) > 80 {
		return d, false, false
	}
	low := strings.ToLower(s)
	for _, w := range []string{"updated", "modified", "crawled", "retrieved", "accessed", "uploaded", "scraped", "downloaded", "saved"} {
		if strings.Contains(low, w) {
			_, found := FindDate(s, order)
			return d, false, found
		}
	}
	rest := s
	for _, p := range []string{"published on", "published:", "published", "posted on", "posted:", "date:", "dated"} {
		if strings.HasPrefix(low, p) {
			rest = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if d, ok := ParseDate(rest, order); ok {
		return d, true, false
	}
	if rest != s {
		if d, ok := FindDate(rest, order); ok {
			return d, true, false
		}
	}
	return d, false, false
}

// CleanAuthors normalises names (NormalizeAuthor), drops those that are
// no names and repeats.
func CleanAuthors(names []string) []string {
	var out []string
	for _, n := range names {
		if n = NormalizeAuthor(n); n != "" {
			out = append(out, n)
		}
	}
	return DedupeFold(out)
}

// DedupeFold drops values equal to an earlier one under FoldKey.
func DedupeFold(vals []string) []string {
	seen := map[string]bool{}
	out := vals[:0]
	for _, v := range vals {
		k := pub.FoldKey(v)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// HostOf is the host of a URL, lower case and without "www.", or "".
func HostOf(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
