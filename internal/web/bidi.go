package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"
)

// Bidi controls in scraped text would reorder what follows them (a
// right-to-left override reverses a title's own text), so the pages never
// pass them through: shown text names them visibly, meta tags drop them.

// isBidiControl reports the embeddings, overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) and the marks U+200E, U+200F.
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}

// showBidi writes each bidi control of s as ⟨U+202E⟩.
func showBidi(s string) string {
	if strings.IndexFunc(s, isBidiControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isBidiControl(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// stripBidi drops the bidi controls of s.
func stripBidi(s string) string {
	return strings.Map(func(r rune) rune {
		if isBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// docFuncs are the document template's functions: bidi-safe text, and the
// path of a publication's page (its ID may be a URL).
var docFuncs = template.FuncMap{"shown": showBidi, "plain": stripBidi,
	"docpath": func(id string) string { return "/doc/" + url.PathEscape(id) }}
