// Package pdftext turns the bytes of a PDF file into plain text, one string
// per page, plus the title, author, subject and creation date of the file's
// Info dictionary.
//
// It parses with github.com/ledongthuc/pdf and rebuilds words and lines
// itself from the positions of the glyphs, because that library's own plain
// text loses the spaces between words in many PDFs. Input is hostile: every
// panic of the parser becomes an error, and the size of the file, the pages
// read, the content read per page and the time spent are capped (Limits).
package pdftext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ledongthuc/pdf"
)

// Limits caps the work Extract does on one file. A zero field takes its
// default.
type Limits struct {
	// MaxBytes is the largest file accepted (default 64 MiB).
	MaxBytes int64
	// MaxPages is the number of pages read; later pages are left out and
	// Doc.Truncated is set (default 1000).
	MaxPages int
	// MaxPageChars is the most text taken from one page, in bytes; the
	// rest of the page is left out (default 1 MiB).
	MaxPageChars int
	// MaxRead is the most bytes the parser may read from the file in all,
	// counting re-reads; it stops loops in broken object graphs (default 64
	// times the file size plus 64 MiB).
	MaxRead int64
	// Timeout bounds the whole extraction besides ctx (default 30s).
	Timeout time.Duration
}

// DefaultLimits are the limits a zero Limits stands for.
var DefaultLimits = Limits{
	MaxBytes:     64 << 20,
	MaxPages:     1000,
	MaxPageChars: 1 << 20,
	Timeout:      30 * time.Second,
}

func (l Limits) withDefaults(size int) Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultLimits.MaxPages
	}
	if l.MaxPageChars <= 0 {
		l.MaxPageChars = DefaultLimits.MaxPageChars
	}
	if l.MaxRead <= 0 {
		l.MaxRead = 64*int64(size) + 64<<20
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultLimits.Timeout
	}
	return l
}

// Doc is the text of a PDF file.
type Doc struct {
	// Pages holds the text of each page read, in order. Lines end in
	// "\n"; an empty line stands for a vertical gap larger than the line
	// spacing (a paragraph break or a new block).
	Pages []string
	// Info comes from the file's Info dictionary.
	Info Info
	// NumPages is the page count the file declares.
	NumPages int
	// Truncated is set when pages past Limits.MaxPages were left out.
	Truncated bool
	// Skipped counts pages left empty because they could not be read.
	Skipped int
}

// Info is the metadata of the file's Info dictionary; empty fields were
// absent.
type Info struct {
	Title, Author, Subject, Keywords string
	// Created is the CreationDate; zero when absent or unreadable.
	Created time.Time
}

// Errors returned by Extract; test with errors.Is. Other errors describe a
// malformed file.
var (
	ErrNotPDF    = errors.New("not a PDF file")
	ErrEncrypted = errors.New("encrypted PDF")
	ErrTooLarge  = errors.New("PDF too large")
	// ErrMalformed is a file too broken to open, or whose structure would
	// make the parser allocate without bound or never end.
	ErrMalformed = errors.New("malformed PDF")
)

// Extract reads the text of the PDF in data. It returns an error for a file
// that is not a PDF, is encrypted with a password, is larger than
// lim.MaxBytes, or is too broken to open (ErrMalformed); a page that fails alone is left
// empty and counted in Doc.Skipped. Errors do not name the file: the caller
// does. It stops with ctx's error when ctx is done or lim.Timeout passes.
func Extract(ctx context.Context, data []byte, lim Limits) (*Doc, error) {
	lim = lim.withDefaults(len(data))
	if int64(len(data)) > lim.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), lim.MaxBytes)
	}
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		return nil, ErrNotPDF
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	src := &source{stopped: ctx.Err, data: patchHeader(data), budget: lim.MaxRead}
	if err := checkStructure(src.data, lim.MaxRead); err != nil {
		return nil, err
	}
	r, err := open(src)
	if err != nil {
		return nil, err
	}
	doc := &Doc{}
	if err := guard(src, func() {
		doc.NumPages = r.NumPage()
		doc.Info = readInfo(r.Trailer().Key("Info"))
	}); err != nil {
		return nil, fmt.Errorf("reading the document catalog: %w", err)
	}
	pages, err := pageList(src, r, lim.MaxPages)
	if err != nil {
		return nil, fmt.Errorf("reading the page tree: %w", err)
	}
	if len(pages) >= lim.MaxPages && doc.NumPages > lim.MaxPages {
		doc.Truncated = true
	}
	for _, p := range pages {
		text, err := pageText(src, p, lim.MaxPageChars)
		if cerr := ctx.Err(); cerr != nil {
			return nil, fmt.Errorf("reading page %d: %w", len(doc.Pages)+1, cerr)
		}
		if err != nil || src.exhausted() {
			if src.exhausted() {
				return nil, fmt.Errorf("reading page %d: read more than %d bytes; the file is broken", len(doc.Pages)+1, lim.MaxRead)
			}
			doc.Skipped++
		}
		doc.Pages = append(doc.Pages, text)
	}
	return doc, nil
}

// open parses the trailer and cross-reference table.
func open(src *source) (r *pdf.Reader, err error) {
	err = guard(src, func() {
		var oerr error
		r, oerr = pdf.NewReader(src, int64(len(src.data)))
		if oerr != nil {
			panic(oerr)
		}
	})
	if err == nil {
		return r, nil
	}
	msg := err.Error()
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return nil, err
	case strings.Contains(msg, "encrypt"):
		return nil, fmt.Errorf("%w: %w", ErrEncrypted, err)
	case strings.Contains(msg, "not a PDF"):
		return nil, fmt.Errorf("%w: %w", ErrNotPDF, err)
	}
	return nil, fmt.Errorf("%w: %s", ErrMalformed, strings.TrimPrefix(msg, "malformed PDF: "))
}

// guard runs fn and turns a panic of the parser into an error. The parser
// reports read errors, including the ones source makes when the context is
// done or the budget spent, by panicking.
func guard(src *source, fn func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			if cerr := src.stopped(); cerr != nil {
				err = cerr
				return
			}
			if e, ok := x.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	fn()
	return nil
}

// maxTreeDepth bounds the page tree walk: real trees are a few levels deep,
// and a cycle would otherwise never end.
const maxTreeDepth = 64

// pageList walks the page tree once, in order, collecting at most max pages.
func pageList(src *source, r *pdf.Reader, max int) ([]pdf.Page, error) {
	var pages []pdf.Page
	nodes := 0
	var walk func(v pdf.Value, depth int)
	walk = func(v pdf.Value, depth int) {
		if depth > maxTreeDepth {
			panic("page tree deeper than " + strconv.Itoa(maxTreeDepth))
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len() && len(pages) < max; i++ {
			if nodes++; nodes > 16*max+1024 {
				panic("page tree has too many nodes")
			}
			kid := kids.Index(i)
			switch kid.Key("Type").Name() {
			case "Pages":
				walk(kid, depth+1)
			case "Page":
				pages = append(pages, pdf.Page{V: kid})
			}
		}
	}
	err := guard(src, func() { walk(r.Trailer().Key("Root").Key("Pages"), 0) })
	return pages, err
}

// pageText returns the text of one page, or "" and an error when the page
// cannot be read.
func pageText(src *source, p pdf.Page, maxChars int) (text string, err error) {
	err = guard(src, func() {
		runs, _, _ := pageRuns(p, maxChars)
		text = layout(runs)
	})
	if err != nil {
		return "", err
	}
	return text, nil
}

// readInfo reads the Info dictionary.
func readInfo(v pdf.Value) Info {
	text := func(key string) string {
		return strings.Join(strings.Fields(cleanText(v.Key(key).Text())), " ")
	}
	info := Info{Title: text("Title"), Author: text("Author"), Subject: text("Subject"), Keywords: text("Keywords")}
	info.Created, _ = ParseDate(v.Key("CreationDate").Text())
	return info
}

// ParseDate reads a PDF date string, "D:YYYYMMDDHHmmSSOHH'mm'", where every
// part after the year may be missing.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "D:")
	digits := 0
	for digits < len(s) && digits < 14 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits < 4 || digits%2 != 0 {
		return time.Time{}, fmt.Errorf("bad PDF date %q", s)
	}
	num := func(i, def int) int {
		if i+2 > digits {
			return def
		}
		n, _ := strconv.Atoi(s[i : i+2])
		return n
	}
	year, _ := strconv.Atoi(s[:4])
	month, day := num(4, 1), num(6, 1)
	hour, minute, sec := num(8, 0), num(10, 0), num(12, 0)
	if month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || sec > 60 {
		return time.Time{}, fmt.Errorf("bad PDF date %q", s)
	}
	loc := time.UTC
	if rest := s[digits:]; len(rest) >= 3 && (rest[0] == '+' || rest[0] == '-') {
		h, err1 := strconv.Atoi(rest[1:3])
		m := 0
		var err2 error
		if tail := strings.TrimLeft(rest[3:], "'"); len(tail) >= 2 {
			m, err2 = strconv.Atoi(tail[:2])
		}
		if err1 == nil && err2 == nil && h <= 14 && m < 60 {
			off := h*3600 + m*60
			if rest[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, loc)
	if t.Day() != day {
		return time.Time{}, fmt.Errorf("bad PDF date %q", s)
	}
	return t, nil
}

// patchHeader lets the parser, which knows only "%PDF-1.x" headers, read
// PDF 2.0 files, whose syntax is the same for text.
func patchHeader(data []byte) []byte {
	if len(data) > 9 && bytes.HasPrefix(data, []byte("%PDF-2.")) {
		d := make([]byte, len(data))
		copy(d, data)
		copy(d, "%PDF-1.7")
		return d
	}
	return data
}

// source is the file as the parser sees it. Every read checks the context
// and a budget of bytes, so loops in a broken file end: the parser turns
// the read error into a panic, which guard recovers.
type source struct {
	// stopped is the extraction's ctx.Err: the library reads through
	// io.ReaderAt, which takes no context.
	stopped func() error
	data    []byte
	budget  int64
	read    atomic.Int64
}

var errBudget = errors.New("read budget spent")

func (s *source) ReadAt(p []byte, off int64) (int, error) {
	if err := s.stopped(); err != nil {
		return 0, err
	}
	if s.read.Add(int64(len(p))) > s.budget {
		return 0, errBudget
	}
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(s.data)) {
		return 0, io.EOF
	}
	n := copy(p, s.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (s *source) exhausted() bool { return s.read.Load() > s.budget }
