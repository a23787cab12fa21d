// Package report reads the fields of a report, working paper or brief from
// its text, page by page: the title, authors, date, series and code on the
// cover, the abstract, and the body as clean paragraphs without page
// numbers, running headers and footers, hyphenated line breaks or table of
// contents. The text may come from a PDF (ingest/pdftext) or from a web page
// that holds a PDF's text; it never has to be well formed.
package report

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
)

// Fields are what Read finds; empty when not found.
type Fields struct {
	Title   string
	Authors []string
	Date    pub.Date
	// Series is the kind of publication printed on the cover ("Policy
	// Report", "Working Paper"); Code its number or publication code
	// ("No. 12" gives "12", "IP25008").
	Series, Code string
	// Abstract is the first paragraph under an Abstract, Summary or
	// Executive Summary heading.
	Abstract string
	// Body holds the paragraphs of the text after the cover fields.
	Body []string
}

// Bounds on the work Read does on hostile input.
const (
	maxPages     = 2000
	maxLineBytes = 4000
	coverLines   = 40 // lines of the first page searched for cover fields
	datePages    = 3  // pages searched for a date when the cover has none
)

// Read reads the fields of a report from the text of its pages. A page
// holding form feeds is split at them. Lines end in "\n"; an empty line is
// a paragraph break.
func Read(pages []string) Fields {
	doc := split(pages)
	stripMarkers(doc)
	stripRunning(doc)
	toc := findTOC(doc)
	var f Fields
	used := readCover(doc, &f)
	if f.Date.IsZero() {
		for i := 0; i < len(doc) && i < datePages; i++ {
			for _, l := range doc[i] {
				if d, ok := fields.FindDate(l, fields.DayFirst); ok {
					f.Date = d
					break
				}
			}
			if !f.Date.IsZero() {
				break
			}
		}
	}
	var lines []string
	for pi, p := range doc {
		if toc[pi] {
			continue
		}
		start := 0
		if pi == 0 {
			start = used
		}
		// A page break ends a paragraph only after a full sentence.
		if n := len(lines); n > 0 && endsSentence(lines[n-1]) {
			lines = append(lines, "")
		}
		lines = append(lines, p[start:]...)
	}
	f.Body = paragraphs(lines)
	f.Abstract = abstract(f.Body)
	return f
}

// split turns pages into trimmed lines, splitting at form feeds, and caps
// their number and length.
func split(pages []string) [][]string {
	var out [][]string
	// Text copied from a PDF without form feeds still marks its page ends
	// with bare page numbers.
	flat := len(pages) == 1 && !strings.Contains(pages[0], "\f")
	lastNum := 0 // the number at the last bare-number cut
	for _, p := range pages {
		for _, sub := range strings.Split(p, "\f") {
			if len(out) >= maxPages {
				return out
			}
			var lines []string
			raw := strings.Split(strings.ToValidUTF8(sub, ""), "\n")
			clean := func(l string) string {
				l = strings.Join(strings.Fields(strings.Map(cleanRune, l)), " ")
				if len(l) > maxLineBytes {
					l = truncate(l, maxLineBytes)
				}
				return l
			}
			for i, l := range raw {
				l = clean(l)
				lines = append(lines, l)
				if len(out) >= maxPages-1 {
					continue
				}
				if pageOf.MatchString(l) {
					out = append(out, trimBlank(lines))
					lines = nil
					continue
				}
				next := ""
				if i+1 < len(raw) {
					next = clean(raw[i+1])
				}
				if n, ok := pageEnd(lines, next, lastNum, len(out)); flat && ok {
					out = append(out, trimBlank(lines))
					lines, lastNum = nil, n
				}
			}
			if lines = trimBlank(lines); len(lines) > 0 || len(out) == 0 {
				out = append(out, lines)
			}
		}
	}
	return out
}

// pageEnd reports whether the last of lines, followed by next, is a bare
// page number ending a page: it sits between paragraphs and counts up from
// the last such number, or, for the first one, is no larger than the page
// count so far allows (printed numbers do not run ahead of the pages).
func pageEnd(lines []string, next string, last, cuts int) (int, bool) {
	l := lines[len(lines)-1]
	if len(l) > 4 || !pageDigits.MatchString(l) {
		return 0, false
	}
	n, _ := strconv.Atoi(l)
	if last > 0 && n != last+1 || last == 0 && (n < 1 || n > cuts+2) {
		return 0, false
	}
	prev := "" // a blank line or none before: between paragraphs
	if len(lines) > 1 {
		prev = lines[len(lines)-2]
	}
	if prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?:;\"')") && !strings.HasSuffix(prev, "”") {
		return 0, false
	}
	if r, _ := utf8.DecodeRuneInString(next); next != "" && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return 0, false
	}
	return n, true
}

var pageDigits = regexp.MustCompile(`^[0-9]{1,4}$`)

func cleanRune(r rune) rune {
	if r == '\u00ad' {
		return r
	}
	if unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u00a0' {
		return ' '
	}
	return r
}

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func trimBlank(lines []string) []string {
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

var (
	// pageOf is a page marker anywhere on a page: "Page 3 of 12", "3 / 12".
	pageOf = regexp.MustCompile(`(?i)^(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}$`)
	// pageNum is a page marker at a page's top or bottom: "3", "- 3 -",
	// "Page 3", "iv".
	pageNum = regexp.MustCompile(`^(?:(?:[Pp]age|p\.)\s*)?[-–—|]?\s*(?:\d{1,4}|x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})\s*[-–—|]?$`)
)

// edge is how many lines at a page's top and bottom count as its margins.
const edge = 3

// stripMarkers drops page numbers: "Page 3 of 12" lines anywhere, bare
// numbers in a page's margins.
func stripMarkers(doc [][]string) {
	for pi, p := range doc {
		var out []string
		for i, l := range p {
			if pageOf.MatchString(l) {
				continue
			}
			if inEdge(p, i) && pageNum.MatchString(l) {
				continue
			}
			out = append(out, l)
		}
		doc[pi] = trimBlank(out)
	}
}

// inEdge reports whether line i is among the first or last edge non-empty
// lines of p.
func inEdge(p []string, i int) bool {
	n := 0
	for k := 0; k <= i && k < len(p); k++ {
		if p[k] != "" {
			n++
		}
	}
	if n <= edge {
		return true
	}
	n = 0
	for k := len(p) - 1; k >= i; k-- {
		if p[k] != "" {
			n++
		}
	}
	return n <= edge
}

// runningKey normalises a margin line so a running header matches across
// pages: case folded, numbers masked.
func runningKey(l string) string {
	var b strings.Builder
	digit := false
	for _, r := range strings.ToLower(l) {
		if unicode.IsDigit(r) {
			if !digit {
				b.WriteByte('#')
			}
			digit = true
			continue
		}
		digit = false
		if unicode.IsLetter(r) || r == ' ' {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// stripRunning drops running headers and footers: margin lines that recur
// on at least half of the pages after the first. The first page, the
// cover, keeps them, since a running header often repeats the title.
func stripRunning(doc [][]string) {
	if len(doc) < 3 {
		return
	}
	count := map[string]int{}
	for _, p := range doc[1:] {
		seen := map[string]bool{}
		for i, l := range p {
			if l == "" || !inEdge(p, i) {
				continue
			}
			if k := runningKey(l); k != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	min := max(2, (len(doc)-1+1)/2)
	for pi := 1; pi < len(doc); pi++ {
		p := doc[pi]
		var out []string
		for i, l := range p {
			if l != "" && inEdge(p, i) && count[runningKey(l)] >= min {
				continue
			}
			out = append(out, l)
		}
		doc[pi] = trimBlank(out)
	}
}

var (
	tocHeading = regexp.MustCompile(`(?i)^(?:table of )?contents$`)
	// tocEntry is a contents line: a title, then dot leaders or spaces,
	// then a page number.
	tocEntry  = regexp.MustCompile(`^(.*\pL.*?)\s*(?:(?:\.\s?){2,}|…+|_{2,})?\s*(\d{1,3}|x{0,3}(?:ix|iv|v?i{1,3}|v))$`)
	tocLeader = regexp.MustCompile(`(?:\.\s?){3,}|…{2,}`)
)

// findTOC marks pages holding a table of contents: a "Contents" heading
// with entries ending in page numbers, or mostly dot-leader lines.
func findTOC(doc [][]string) map[int]bool {
	toc := map[int]bool{}
	for pi := 0; pi < len(doc) && pi < 8; pi++ {
		heading, entries, leaders, lines := false, 0, 0, 0
		for _, l := range doc[pi] {
			if l == "" {
				continue
			}
			lines++
			switch {
			case tocHeading.MatchString(l):
				heading = true
			case tocEntry.MatchString(l):
				entries++
				if tocLeader.MatchString(l) {
					leaders++
				}
			}
		}
		if lines == 0 || pi == 0 && !heading {
			continue
		}
		if heading && entries >= 2 && entries*2 >= lines-1 || leaders >= 3 && leaders*2 >= lines {
			toc[pi] = true
		}
	}
	return toc
}
