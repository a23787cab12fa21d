package parse

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/htmlpage"
	"github.com/pubindex/pubindex/ingest/jsonl"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/pdfpage"
	"github.com/pubindex/pubindex/ingest/site"
	"github.com/pubindex/pubindex/ingest/textpage"
	"golang.org/x/text/encoding/unicode"
)

// Format is the kind of content of a file, detected from its bytes.
type Format int

// Formats.
const (
	FormatText   Format = iota // a page saved as text (the common scrape format)
	FormatHTML                 // a raw HTML page
	FormatJSONL                // JSON Lines records written by a scraper
	FormatPDF                  // a PDF file (a report, or a page printed to PDF)
	FormatBinary               // anything else: images, archives
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
	case FormatPDF:
		return "pdf"
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
	if bytes.HasPrefix(head, []byte("%PDF-")) {
		return FormatPDF
	}
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
	Profiles []*site.Profile
	// Taxonomy classifies Categories labels; nil means the taxonomy of the
	// profiles.
	Taxonomy *site.Taxonomy
	// KeepOther indexes pages that are not publications too, marked with
	// their page type, instead of skipping them.
	KeepOther bool
}

// Parser turns the bytes of scraped files into documents. It is safe for
// concurrent use.
type Parser struct {
	k   *site.Set
	key string
}

// parserVersion changes when a parser change makes earlier results stale,
// so that unchanged files are parsed again.
const parserVersion = "3"

// Key identifies what the parser does: its version, profiles, taxonomy and
// options. Ingest re-reads every file when it differs from the key the index
// was built with (a new --profile, --taxonomy or --keep-other).
func (p *Parser) Key() string { return p.key }

// NewParser returns a Parser.
func NewParser(opt Options) (*Parser, error) {
	profiles := opt.Profiles
	if profiles == nil {
		var err error
		if profiles, err = site.BuiltinProfiles(); err != nil {
			return nil, err
		}
	}
	tax := opt.Taxonomy
	if tax == nil {
		tax = site.NewTaxonomy(profiles...)
	}
	k := site.New(profiles, tax, opt.KeepOther)
	h := sha256.New()
	fmt.Fprintf(h, "%s %v\n", parserVersion, opt.KeepOther)
	k.WriteKey(h)
	p := &Parser{k: k, key: hex.EncodeToString(h.Sum(nil)[:12])}
	return p, nil
}

// Parse reads the content of one file. path is used in messages and as the
// document's source; it is not opened. ctx stops a long reading (a PDF).
func (p *Parser) Parse(ctx context.Context, path string, data []byte) []page.Result {
	data, err := fromUTF16(data)
	if err != nil {
		return []page.Result{{Err: err}}
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))) == 0 {
		return []page.Result{{Skip: "not a publication: empty file"}}
	}
	f := page.File{Path: path, Data: data}
	switch Detect(path, data) {
	case FormatPDF:
		return []page.Result{finish(pdfpage.Read(ctx, f, p.k), path)}
	case FormatBinary:
		return []page.Result{{Err: fmt.Errorf("not text (binary content)")}}
	case FormatJSONL:
		rs := jsonl.Read(f, p.k)
		for i, r := range rs {
			rs[i] = finish(r, path)
		}
		return rs
	case FormatHTML:
		return []page.Result{finish(htmlpage.Read(f, p.k), path)}
	}
	return []page.Result{finish(textpage.Read(f, p.k), path)}
}

// finish gives a parsed document its ID, page type, source and hash.
func finish(r page.Result, path string) page.Result {
	if r.Doc == nil {
		if r.Err == nil && r.Skip == "" {
			r.Skip = "not a publication: no article found"
		}
		return r
	}
	d := r.Doc
	d.Source = path
	if d.PageType == "" {
		d.PageType = pub.PageTypePublication
	}
	if d.ID == "" {
		d.ID = documentID(d)
	}
	if site.IsMirror(d.URL) {
		r.Mirror = true
	}
	// The ID outlives the page in ingest's bookkeeping; as a substring it
	// would keep the whole page text alive.
	d.ID = strings.Clone(d.ID)
	if err := pub.ValidateID(d.ID); err != nil {
		return page.Result{Err: err, Line: r.Line}
	}
	d.ContentHash = pub.ContentHash(d)
	return r
}

// documentID is the publication code when it identifies the publication
// alone (pub.IdentifyingCode), else the canonical URL, else a hash of the
// normalised title and date.
func documentID(d *pub.Document) string {
	if pub.IdentifyingCode(d.Code) {
		return d.Code
	}
	if d.URL != "" {
		return d.URL
	}
	h := sha256.Sum256([]byte(pub.FoldKey(d.Title) + "\x00" + d.Date.String()))
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
