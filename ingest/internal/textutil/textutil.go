// Package textutil holds the small text helpers the page readers share:
// lazily compiled regular expressions, word sets, white-space cleaning and
// the decoding of page bytes to UTF-8 text.
package textutil

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// SetOf returns the set of words.
func SetOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// CleanSpace drops invalid UTF-8, turns every kind of space and control
// character into a plain space, collapses runs and trims.
func CleanSpace(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if IsSpaceLike(r) || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// IsSpaceLike reports white space, including the zero-width spaces pages
// carry.
func IsSpaceLike(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// LazyRegexp compiles a regular expression the first time it is used, not
// when the program starts: every pubindex command pays for package
// initialisation, and most never parse a page.
func LazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// isControl reports a control character that has no place in page text.
func isControl(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }

// DecodeText returns data as valid UTF-8 text with \n line endings. Bytes
// that are not UTF-8 are read as Windows-1252, the usual encoding of such
// pages; the warning says so.
func DecodeText(data []byte) (string, string) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	warn := ""
	if !utf8.Valid(data) {
		var b strings.Builder
		dec := charmap.Windows1252.DecodeByte
		for len(data) > 0 {
			r, n := utf8.DecodeRune(data)
			if r == utf8.RuneError && n <= 1 {
				b.WriteRune(dec(data[0]))
				data = data[1:]
				continue
			}
			b.WriteRune(r)
			data = data[n:]
		}
		data = []byte(b.String())
		warn = "not valid UTF-8: bytes read as Windows-1252"
	}
	s := string(data)
	if strings.ContainsRune(s, '\r') {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.IndexFunc(s, isControl) >= 0 {
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				return -1
			}
			return r
		}, s)
	}
	return s, warn
}

// IndexFold is strings.Index of an ASCII needle in s, ignoring the case of
// ASCII letters. Unlike an index into strings.ToLower(s), it is an index
// into s whatever s holds: invalid UTF-8 and some letters ("İ") lower-case
// to more bytes.
func IndexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}
