package main

// Rendering for people and scripts is the command line's job: the
// libraries return values and never print.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/snippet"
)

// textOptions control writeText.
type textOptions struct {
	// Color styles titles and metadata with ANSI escapes (a terminal
	// without NO_COLOR).
	Color bool
	// Marks is how matched words are marked: marksANSI, marksMD (**),
	// marksNone; "" follows Color (ANSI on a terminal, ** in a pipe).
	Marks string
}

// The --marks values.
const (
	marksNone = "none"
	marksANSI = "ansi"
	marksMD   = "md"
)

// ANSI escapes used on a terminal.
const (
	ansiBold   = "\x1b[1m"
	ansiMatch  = "\x1b[1;33m"
	ansiDim    = "\x1b[2m"
	ansiCyan   = "\x1b[36m"
	ansiReset  = "\x1b[0m"
	plainOpen  = "**"
	plainClose = "**"
)

// style applies an ANSI style when colour is on.
func (o textOptions) style(code, s string) string {
	if !o.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (o textOptions) marks() (string, string) {
	switch o.markStyle() {
	case marksANSI:
		return ansiMatch, ansiReset
	case marksNone:
		return "", ""
	}
	return plainOpen, plainClose
}

func (o textOptions) markStyle() string {
	if o.Marks != "" {
		return o.Marks
	}
	if o.Color {
		return marksANSI
	}
	return marksMD
}

// terminalSafe replaces the control characters of s (C0 but newline and
// tab, DEL, C1) with spaces of the same byte length, so match offsets into
// s stay right: scraped text can carry escape sequences that would act on
// the terminal of whoever prints it.
func terminalSafe(s string) string {
	if strings.IndexFunc(s, isTerminalControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isTerminalControl(r) {
			b.WriteString("  "[:utf8.RuneLen(r)])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isTerminalControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f
}

// writeText writes r for a person to read: numbered hits with their
// snippets, then the total and the facet counts.
func writeText(w io.Writer, r *query.Result, o textOptions) error {
	bw := bufio.NewWriter(w)
	open, close := o.marks()
	first := (r.Page-1)*r.Limit + 1
	for i, h := range r.Hits {
		var title string
		if o.Color {
			tclose := close
			if o.markStyle() == marksANSI {
				tclose = ansiReset + ansiBold // the title stays bold after a mark
			}
			title = ansiBold + snippet.Snippet{Text: terminalSafe(h.Title), Marks: h.TitleMarks}.Format(open, tclose, nil) + ansiReset
		} else {
			title = snippet.Snippet{Text: terminalSafe(h.Title), Marks: h.TitleMarks}.Format(open, close, nil)
		}
		code := ""
		if h.Code != "" {
			code = o.style(ansiCyan, terminalSafe(h.Code)) + "  "
		}
		fmt.Fprintf(bw, "%2d. %s%s\n", first+i, code, title)
		var meta []string
		for _, s := range []string{h.Series, h.Date.String(), strings.Join(h.Authors, ", ")} {
			if s != "" {
				meta = append(meta, s)
			}
		}
		if h.PageType != "" {
			meta = append(meta, "["+h.PageType+"]")
		}
		if len(meta) > 0 {
			fmt.Fprintf(bw, "    %s\n", o.style(ansiDim, terminalSafe(strings.Join(meta, " · "))))
		}
		if h.Code == "" { // the id (URL or hash) is what show takes
			fmt.Fprintf(bw, "    %s\n", o.style(ansiDim, "id: "+terminalSafe(h.ID)))
		}
		for _, s := range h.Snippets {
			s.Text = terminalSafe(s.Text)
			fmt.Fprintf(bw, "    %s\n", s.Format(open, close, nil))
		}
		bw.WriteString("\n")
	}
	bw.WriteString(summaryLine(r) + "\n")
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "note: %s\n", terminalSafe(n))
	}
	if r.Facets != nil && r.Total > 0 {
		for _, f := range []struct {
			name   string
			counts []query.FacetCount
		}{{"Region", r.Facets.Region}, {"Series", r.Facets.Series}, {"Topic", r.Facets.Topic}, {"Author", r.Facets.Author}, {"Year", r.Facets.Year}} {
			if len(f.counts) == 0 {
				continue
			}
			parts := make([]string, len(f.counts))
			for i, c := range f.counts {
				parts[i] = fmt.Sprintf("%s (%d)", terminalSafe(c.Value), c.Count)
			}
			fmt.Fprintf(bw, "%s  %s\n", o.style(ansiBold, fmt.Sprintf("%-7s", f.name)), strings.Join(parts, " · "))
		}
	}
	return bw.Flush()
}

func summaryLine(r *query.Result) string {
	if r.Total == 0 {
		return "No publications match."
	}
	verb := "match"
	if r.Total == 1 {
		verb = "matches"
	}
	n := plural(r.Total, "publication", "publications")
	first := uint64((r.Page-1)*r.Limit + 1)
	last := first + uint64(len(r.Hits)) - 1
	if len(r.Hits) == 0 {
		return fmt.Sprintf("%s %s; page %d is past the last one.", n, verb, r.Page)
	}
	if first == last {
		return fmt.Sprintf("%s %s, showing %d (sorted by %s).", n, verb, first, r.Sort)
	}
	return fmt.Sprintf("%s %s, showing %d–%d (sorted by %s).", n, verb, first, last, r.Sort)
}

// plural writes a count with its noun: "1 page", "2 pages".
func plural[N int | uint64](n N, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// encodeJSON writes v as indented JSON without HTML escaping, the form of
// every --json output, with the schema name first so scripts can check it.
// withSchema puts "schema" first in a JSON object; other values are
// returned as they are.
func withSchema(b []byte) []byte {
	if len(b) < 2 || b[0] != '{' {
		return b
	}
	sep := ","
	if len(b) == 2 {
		sep = ""
	}
	return append([]byte(`{"schema":"`+jsonSchema+`"`+sep), b[1:]...)
}

func encodeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b := withSchema(bytes.TrimSpace(buf.Bytes()))
	if len(b) > 0 && b[0] == '[' {
		// A list (runs, new, alert list) carries the schema in each object.
		var items []json.RawMessage
		if err := json.Unmarshal(b, &items); err != nil {
			return err
		}
		parts := make([][]byte, len(items))
		for i, it := range items {
			parts[i] = withSchema(bytes.TrimSpace(it))
		}
		b = append(append([]byte{'['}, bytes.Join(parts, []byte{','})...), ']')
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "  "); err != nil {
		return err
	}
	out.WriteByte('\n')
	_, err := w.Write(out.Bytes())
	return err
}
