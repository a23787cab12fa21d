package export

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
)

// Formats are the names New accepts, the default first.
var Formats = []string{"jsonl", "csv", "bibtex", "ris", "csl-json", "md"}

// Entry is one publication to write: its record and, when known, the day
// its page was fetched (the access date citation styles print).
type Entry struct {
	*query.Record
	Accessed pub.Date
}

// Writer writes entries in one format. Close writes what ends the file
// (CSL-JSON's closing bracket, BibTeX's entries, whose keys depend on the
// whole set) and must be called once after the last Write; it does not
// close the underlying io.Writer.
type Writer interface {
	Write(e Entry) error
	Close() error
}

// New returns a Writer of format (one of Formats) to w.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl":
		return newJSONL(w), nil
	case "csv":
		return newCSV(w), nil
	case "bibtex":
		return &bibWriter{w: w}, nil
	case "ris":
		return &risWriter{w: w}, nil
	case "csl-json":
		return &cslWriter{w: w}, nil
	case "md":
		return &mdWriter{w: w}, nil
	}
	return nil, fmt.Errorf("format %q: want one of %s", format, strings.Join(Formats, ", "))
}

var spaceRun = regexp.MustCompile(`[\s\x00-\x1f\x7f]+`)

// oneLine collapses runs of white space and control characters into one
// space: no format here keeps line breaks inside a field, and a newline in
// a RIS or Markdown value would start a new tag or item.
func oneLine(s string) string { return strings.TrimSpace(spaceRun.ReplaceAllString(s, " ")) }

// isPublication reports whether r is a publication rather than a page kept
// with --keep-other (an event, a listing, ...).
func isPublication(r *query.Record) bool {
	return r.PageType == "" || r.PageType == pub.PageTypePublication
}

// name is an author's name as the formats need it: a family and given
// part when the name says which is which ("Tan, Wei Ling", or a single
// word), else the name whole. "Li Mingjiang" and "Raffaello Pantucci"
// cannot be told apart without knowing the name, so neither is split.
type name struct {
	family, given string
	literal       string
}

func parseName(s string) name {
	s = oneLine(s)
	if f, g, ok := strings.Cut(s, ","); ok && !strings.Contains(g, ",") {
		f, g = strings.TrimSpace(f), strings.TrimSpace(g)
		if f != "" && g != "" {
			return name{family: f, given: g}
		}
	}
	if s != "" && !strings.Contains(s, " ") {
		return name{family: s}
	}
	return name{literal: s}
}

// keyWord is the first word of the family name (of the whole name when it
// could not be split), lower-cased: what a citation key starts with.
func (n name) keyWord() string {
	s := n.family
	if s == "" {
		s = n.literal
	}
	return firstWord(s, nil)
}

// firstWord returns the first word of s folded to ASCII letters and
// digits, skipping the words in skip.
func firstWord(s string, skip map[string]bool) string {
	for _, w := range strings.Fields(pub.FoldKey(s)) {
		var b strings.Builder
		for _, c := range w {
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
				b.WriteRune(c)
			}
		}
		if b.Len() > 0 && !skip[b.String()] {
			return b.String()
		}
	}
	return ""
}

// keywords are a record's regions then topics, each once.
func keywords(r *query.Record) []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range append(append([]string{}, r.Regions...), r.Topics...) {
		k = oneLine(k)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// safeURL percent-encodes the characters that would end or break a URL in
// the formats' verbatim URL fields (space, braces, backslash, quotes, angle
// brackets); canonical URLs have none.
func safeURL(u string) string {
	var b strings.Builder
	for _, c := range []byte(strings.TrimSpace(u)) {
		if c <= ' ' || c == 0x7f || strings.IndexByte(`{}\"<>|^`+"`", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
