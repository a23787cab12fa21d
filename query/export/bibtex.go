package export

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// bibWriter writes BibTeX entries (@techreport, @misc for pages that are
// not publications). Keys must be unique across the file, and a key's
// suffix (a, b, ...) is given in the order of the entries' IDs, so entries
// are kept (without their text) until Close writes them all.
type bibWriter struct {
	w       io.Writer
	entries []bibEntry
}

type bibEntry struct {
	id, base string
	kind     string
	fields   [][2]string // name, value as written (escaped, braced or a macro)
}

// bibEscaper makes text safe inside a braced BibTeX value: the characters
// TeX treats specially become commands. Braces become \textbraceleft{} and
// \textbraceright{} rather than \{ and \}, because BibTeX counts braces
// even after a backslash and an odd one would end the value. Other UTF-8
// stays as it is (biber reads it; so does BibTeX 8-bit).
var bibEscaper = strings.NewReplacer(
	`\`, `\textbackslash{}`, `{`, `\textbraceleft{}`, `}`, `\textbraceright{}`,
	`%`, `\%`, `&`, `\&`, `$`, `\$`, `#`, `\#`, `_`, `\_`,
	`~`, `\textasciitilde{}`, `^`, `\textasciicircum{}`)

func bib(s string) string { return bibEscaper.Replace(oneLine(s)) }

var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// titleSkip are the words a key's title part skips.
var titleSkip = map[string]bool{"a": true, "an": true, "the": true}

// bibAuthor writes one name as BibTeX parses names: "Family, Given" when
// the parts are known, else the whole name braced, so BibTeX takes it as
// one family name and never splits "Li Mingjiang" the wrong way.
func bibAuthor(n name) string {
	switch {
	case n.literal != "":
		return "{" + bib(n.literal) + "}"
	case n.given != "":
		return "{" + bib(n.family) + "}, " + bib(n.given)
	}
	return "{" + bib(n.family) + "}"
}

func (bw *bibWriter) Write(e Entry) error {
	r := e.Record
	be := bibEntry{id: r.ID, kind: "techreport"}
	if !isPublication(r) {
		be.kind = "misc"
	}
	add := func(k, v string) {
		if v != "" {
			be.fields = append(be.fields, [2]string{k, "{" + v + "}"})
		}
	}
	var authors []string
	first := ""
	for _, a := range r.Authors {
		n := parseName(a)
		if n.family == "" && n.literal == "" {
			continue
		}
		if first == "" {
			first = n.keyWord()
		}
		authors = append(authors, bibAuthor(n))
	}
	add("author", strings.Join(authors, " and "))
	// Always a title, so no entry is without fields (bibtool rejects one).
	be.fields = append(be.fields, [2]string{"title", "{" + bib(r.Title) + "}"})
	year := "nd"
	if !r.Date.IsZero() {
		year = fmt.Sprintf("%04d", r.Date.Year)
		add("year", year)
		if r.Date.Month > 0 {
			be.fields = append(be.fields, [2]string{"month", months[r.Date.Month-1]})
		}
	}
	if be.kind == "techreport" {
		add("institution", bib(r.Publisher))
	} else {
		add("publisher", bib(r.Publisher))
	}
	add("series", bib(r.Series))
	add("number", bib(r.Code))
	add("url", safeURL(r.URL))
	if !e.Accessed.IsZero() {
		add("urldate", e.Accessed.String())
	}
	add("keywords", bib(strings.Join(keywords(r), ", ")))
	add("abstract", bib(r.Synopsis))
	if first == "" {
		first = "anon"
	}
	be.base = first + year + firstWord(r.Title, titleSkip)
	bw.entries = append(bw.entries, be)
	return nil
}

// Close gives each entry its key, the base key alone when no other entry
// shares it, else with a suffix a, b, ... in the order of their IDs, and
// writes the entries in the order they came.
func (bw *bibWriter) Close() error {
	groups := map[string][]int{}
	for i, e := range bw.entries {
		groups[e.base] = append(groups[e.base], i)
	}
	keys := make([]string, len(bw.entries))
	for base, idx := range groups {
		if len(idx) == 1 {
			keys[idx[0]] = base
			continue
		}
		sort.Slice(idx, func(a, b int) bool { return bw.entries[idx[a]].id < bw.entries[idx[b]].id })
		for n, i := range idx {
			keys[i] = base + suffix(n)
		}
	}
	for i, e := range bw.entries {
		var b strings.Builder
		fmt.Fprintf(&b, "@%s{%s,\n", e.kind, keys[i])
		for j, f := range e.fields {
			sep := ",\n"
			if j == len(e.fields)-1 {
				sep = "\n"
			}
			fmt.Fprintf(&b, "  %s = %s%s", f[0], f[1], sep)
		}
		b.WriteString("}\n\n")
		if _, err := io.WriteString(bw.w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// suffix is a, b, ..., z, aa, ab, ...: a key suffix for the n-th (from 0)
// of entries sharing a base key.
func suffix(n int) string {
	s := ""
	for n++; n > 0; n = (n - 1) / 26 {
		s = string(rune('a'+(n-1)%26)) + s
	}
	return s
}
