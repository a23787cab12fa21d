package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Result is what one record of a file became: a document, or the reason it
// gave none. A page dump or HTML page has one record; a JSON Lines file has
// one per line.
type Result struct {
	Doc *index.Document
	// Skip says why the record is not indexed although it was read
	// correctly ("not a publication: event page").
	Skip string
	// Err says why the record could not be read ("line 7: invalid JSON").
	Err error
	// Line is the 1-based line of the record in a JSON Lines file, else 0.
	Line int
	// Warnings are problems that did not stop the record, such as a date
	// left empty because it was ambiguous.
	Warnings []string
	// Unknown lists Categories labels that are in no taxonomy; they were
	// indexed as topics.
	Unknown []string
	// kind is the page type of a page skipped as a known kind of
	// non-publication (event, listing, error, ...), "" when the page was
	// skipped only because no article was found in it.
	kind string
}

// Format is the kind of content of a file, detected from its bytes.
type Format int

// Formats.
const (
	FormatText   Format = iota // a page saved as text (the common scrape format)
	FormatHTML                 // a raw HTML page
	FormatJSONL                // JSON Lines records written by a scraper
	FormatBinary               // anything else: images, PDFs, archives
)

// String names the format.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatHTML:
		return "html"
	case FormatJSONL:
		return "jsonl"
	case FormatBinary:
		return "binary"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// Detect tells the format of a file from its content; the name only breaks
// ties, so a page saved as page.txt that holds HTML is read as HTML.
func Detect(name string, data []byte) Format {
	head := data[:min(len(data), 8192)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if looksBinary(head) {
		return FormatBinary
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(trimmed[:min(len(trimmed), 1024)])
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<?xml")) && bytes.Contains(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<head")) || bytes.HasPrefix(lower, []byte("<!--")) && bytes.Contains(lower, []byte("<html")) ||
		bytes.HasPrefix(lower, []byte("<meta")) || bytes.HasPrefix(lower, []byte("<body")) {
		return FormatHTML
	}
	if bytes.HasPrefix(trimmed, []byte("{")) {
		line, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if json.Valid(bytes.TrimSpace(line)) || strings.HasSuffix(strings.ToLower(name), ".jsonl") || strings.HasSuffix(strings.ToLower(name), ".ndjson") {
			return FormatJSONL
		}
	}
	ext := strings.ToLower(filepath.Ext(name))
	if (ext == ".html" || ext == ".htm") && bytes.Contains(lower, []byte("<")) {
		return FormatHTML
	}
	return FormatText
}

// looksBinary reports whether b is not text: it holds NUL bytes or many
// control characters.
func looksBinary(b []byte) bool {
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range b {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return len(b) > 0 && ctrl*20 > len(b)
}

// Options control a Parser.
type Options struct {
	// Profiles are the sites the parser knows; nil means the built-in ones.
	Profiles []*Profile
	// Taxonomy classifies Categories labels; nil means the taxonomy of the
	// profiles.
	Taxonomy *Taxonomy
	// KeepOther indexes pages that are not publications too, marked with
	// their page type, instead of skipping them.
	KeepOther bool
}

// Parser turns the bytes of scraped files into documents. It is safe for
// concurrent use.
type Parser struct {
	profiles []*Profile
	tax      *Taxonomy
	keep     bool
	generic  *Profile
	key      string
	// rulesOf holds the dump rules of every profile and the generic one,
	// built once: a page would otherwise build its maps again.
	rulesOf map[*Profile]dumpRules
}

// parserVersion changes when a parser change makes earlier results stale,
// so that unchanged files are parsed again.
const parserVersion = "2"

// Key identifies what the parser does: its version, profiles, taxonomy and
// options. Ingest re-reads every file when it differs from the key the index
// was built with (a new --profile, --taxonomy or --keep-other).
func (p *Parser) Key() string { return p.key }

// NewParser returns a Parser.
func NewParser(opt Options) (*Parser, error) {
	profiles := opt.Profiles
	if profiles == nil {
		var err error
		if profiles, err = BuiltinProfiles(); err != nil {
			return nil, err
		}
	}
	tax := opt.Taxonomy
	if tax == nil {
		tax = NewTaxonomy(profiles...)
	}
	generic := &Profile{
		Name:             "generic",
		SynopsisHeadings: []string{"SYNOPSIS", "Synopsis", "ABSTRACT", "Abstract", "Summary", "SUMMARY", "Executive Summary"},
		BodyHeadings:     []string{"COMMENTARY", "Commentary"},
		FooterMarkers:    []string{"Popular Links", "This site uses cookies", "Copyright ©", "All rights reserved"},
		DropLines:        []string{"download pdf", "Download PDF", "Print", "Share", "Share this", "Share on", "Tweet", "Email"},
	}
	for _, pr := range profiles {
		generic.CodePrefixes = append(generic.CodePrefixes, pr.CodePrefixes...)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s %v\n", parserVersion, opt.KeepOther)
	for _, pr := range profiles {
		js, _ := json.Marshal(pr) // a decoded profile always marshals
		h.Write(js)
	}
	tax.write(h)
	p := &Parser{profiles: profiles, tax: tax, keep: opt.KeepOther, generic: generic, key: hex.EncodeToString(h.Sum(nil)[:12]),
		rulesOf: map[*Profile]dumpRules{}}
	for _, pr := range append([]*Profile{generic}, profiles...) {
		p.rulesOf[pr] = p.makeRules(pr)
	}
	return p, nil
}

// Parse reads the content of one file. path is used in messages and as the
// document's source; it is not opened.
func (p *Parser) Parse(path string, data []byte) []Result {
	data, err := fromUTF16(data)
	if err != nil {
		return []Result{{Err: err}}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		return []Result{{Skip: "not a publication: empty file"}}
	}
	switch Detect(path, data) {
	case FormatBinary:
		return []Result{{Err: fmt.Errorf("not text (binary content)")}}
	case FormatJSONL:
		return p.parseJSONL(path, data)
	case FormatHTML:
		return []Result{p.finish(p.parseHTML(path, data), path)}
	}
	text, warn := decodeText(data)
	r := p.parseTextDump(text, "")
	if warn != "" {
		r.Warnings = append(r.Warnings, warn)
	}
	return []Result{p.finish(r, path)}
}

// finish gives a parsed document its ID, page type, source and hash.
func (p *Parser) finish(r Result, path string) Result {
	if r.Doc == nil {
		if r.Err == nil && r.Skip == "" {
			r.Skip = "not a publication: no article found"
		}
		return r
	}
	d := r.Doc
	d.Source = path
	if d.PageType == "" {
		d.PageType = index.PageTypePublication
	}
	if d.ID == "" {
		d.ID = documentID(d)
	}
	// The ID outlives the page in ingest's bookkeeping; as a substring it
	// would keep the whole page text alive (1 GB at 50,000 pages).
	d.ID = strings.Clone(d.ID)
	if err := index.ValidateID(d.ID); err != nil {
		return Result{Err: err, Line: r.Line}
	}
	d.ContentHash = index.ContentHash(d)
	return r
}

// documentID is the publication code when there is one, else the canonical
// URL, else a hash of the normalised title and date.
func documentID(d *index.Document) string {
	if d.Code != "" {
		return d.Code
	}
	if d.URL != "" {
		return d.URL
	}
	h := sha256.Sum256([]byte(index.FoldKey(d.Title) + "\x00" + d.Date.String()))
	return "t:" + hex.EncodeToString(h[:8])
}

// fromUTF16 converts text that starts with a UTF-16 byte-order mark (some
// Windows tools save pages so) to UTF-8; other data is returned as it is.
func fromUTF16(data []byte) ([]byte, error) {
	if len(data) < 2 || !(data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return data, nil
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("UTF-16 text that cannot be decoded: %w", err)
	}
	return out, nil
}

// lazyRegexp compiles a regular expression the first time it is used, not
// when the program starts: every pubindex command pays for package
// initialisation, and most never parse a page.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// isControl reports a control character that has no place in page text.
func isControl(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }

// decodeText returns data as valid UTF-8 text with \n line endings. Bytes
// that are not UTF-8 are read as Windows-1252, the usual encoding of such
// pages; the warning says so.
func decodeText(data []byte) (string, string) {
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

// codePrefixes are the code prefixes a page of profile pr is read with: its
// own first, then every profile's.
func (p *Parser) codePrefixes(pr *Profile) []string {
	return append(append([]string(nil), pr.CodePrefixes...), p.generic.CodePrefixes...)
}
