package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"errors"
	"fmt"
	"io"
)

// The parser trusts the cross-reference section: it allocates a table entry
// for every object number up to the largest start+count or /Size it reads
// (a claimed 10^9 objects is tens of GB, a fatal out-of-memory), and it reads
// object streams with a lexer that spins forever, without reading, on a hex
// string open at the end of the data, or loops /N times past the end. None
// of this happens inside a read we can stop, so checkStructure validates
// both from the raw bytes before pdf.NewReader runs.

// maxPDFObjects is the largest object count the PDF specification allows
// (ISO 32000-1, Annex C).
const maxPDFObjects = 8_388_607

// minObjectBytes is the fewest bytes of file one object plausibly takes: a
// classic object costs a 20-byte table entry plus "1 0 obj null endobj",
// and objects in compressed object streams average far more than this in
// real files. More claimed objects than size/minObjectBytes is a lie.
const minObjectBytes = 10

// maxObjects is the largest object number plus one a file of size bytes may
// use; the slack lets small files number their objects loosely.
func maxObjects(size int) int64 {
	return min(maxPDFObjects, int64(size)/minObjectBytes+1024)
}

// maxXrefWidth bounds each /W field of an xref stream; real files use at
// most 8 bytes for an offset.
const maxXrefWidth = 8

// maxColumns bounds a PNG predictor's /Columns: the parser allocates a row
// of that many bytes.
const maxColumns = 1 << 16

type checker struct {
	data   []byte
	limit  int64           // maxObjects(len(data))
	budget int64           // bytes left for decoding streams
	offset map[int64]int64 // object number -> offset, newest section first
	objStm map[int64]bool  // object numbers of object streams in use
	crypt  bool            // the trailer names an Encrypt dictionary
}

// checkStructure returns an ErrMalformed error when the cross-reference
// sections or the object streams of data would make the parser allocate
// without bound or spin. It decodes at most budget bytes of streams. A file
// it cannot make sense of is passed on: the parser then fails on it too,
// with its own error, before any hazard.
func checkStructure(data []byte, budget int64) error {
	c := &checker{data: data, limit: maxObjects(len(data)), budget: budget,
		offset: map[int64]int64{}, objStm: map[int64]bool{}}
	start, ok := findStartXref(data)
	if !ok {
		return nil
	}
	if err := c.xrefChain(start); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := c.objectStreams(); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return nil
}

// findStartXref finds the offset after the last "startxref" line in the
// last 100 bytes, as the parser does.
func findStartXref(data []byte) (int64, bool) {
	const endChunk = 100
	if len(data) < endChunk {
		return 0, false
	}
	buf := bytes.TrimRight(data[len(data)-endChunk:], "\r\n\t ")
	if !bytes.HasSuffix(buf, []byte("%%EOF")) {
		return 0, false
	}
	i := findLastLine(buf, "startxref")
	if i < 0 {
		return 0, false
	}
	l := &rawLexer{data: data, pos: len(data) - endChunk + i + len("startxref")}
	tok, err := l.token()
	off, ok := tok.(int64)
	if err != nil || !ok || off < 0 || off >= int64(len(data)) {
		return 0, false
	}
	return off, true
}

func findLastLine(buf []byte, s string) int {
	end := len(buf)
	for {
		i := bytes.LastIndex(buf[:end], []byte(s))
		if i <= 0 || i+len(s) >= len(buf) {
			return -1
		}
		if (buf[i-1] == '\n' || buf[i-1] == '\r') && (buf[i+len(s)] == '\n' || buf[i+len(s)] == '\r') {
			return i
		}
		end = i
	}
}

// xrefChain checks the section at off and every section its /Prev chain
// names, classic tables and xref streams alike.
func (c *checker) xrefChain(off int64) error {
	seen := map[int64]bool{}
	first := true
	for {
		if seen[off] {
			return fmt.Errorf("cross-reference /Prev chain loops back to offset %d", off)
		}
		seen[off] = true
		if off < 0 || off >= int64(len(c.data)) {
			return fmt.Errorf("cross-reference section at offset %d is outside the file", off)
		}
		l := &rawLexer{data: c.data, pos: int(off)}
		tok, err := l.token()
		if err != nil {
			return fmt.Errorf("cross-reference section at offset %d: %w", off, err)
		}
		var trailer rawDict
		if tok == rawKeyword("xref") {
			trailer, err = c.xrefTable(l)
		} else {
			l.pos = int(off)
			trailer, err = c.xrefStream(l)
		}
		if err != nil {
			return fmt.Errorf("cross-reference section at offset %d: %w", off, err)
		}
		if first && trailer["Encrypt"] != nil {
			c.crypt = true
		}
		first = false
		prev, ok := rawInt(trailer["Prev"])
		if !ok {
			return nil
		}
		off = prev
	}
}

// objRange checks a subsection or /Index pair.
func (c *checker) objRange(start, count int64) error {
	if start < 0 || count < 0 || start > c.limit || count > c.limit-start {
		return fmt.Errorf("objects %d to %d+%d: a file of %d bytes holds at most %d objects", start, start, count, len(c.data), c.limit)
	}
	return nil
}

func (c *checker) size(d rawDict) error {
	if s, ok := rawInt(d["Size"]); ok && (s < 0 || s > c.limit) {
		return fmt.Errorf("/Size %d: a file of %d bytes holds at most %d objects", s, len(c.data), c.limit)
	}
	return nil
}

// xrefTable reads a classic table after its "xref" keyword, up to and with
// its trailer dictionary.
func (c *checker) xrefTable(l *rawLexer) (rawDict, error) {
	for {
		tok, err := l.token()
		if err != nil {
			return nil, err
		}
		if tok == rawKeyword("trailer") {
			break
		}
		start, ok1 := tok.(int64)
		count, ok2 := l.intToken()
		if !ok1 || !ok2 {
			return nil, errors.New("malformed subsection header")
		}
		if err := c.objRange(start, count); err != nil {
			return nil, err
		}
		for i := int64(0); i < count; i++ {
			off, ok1 := l.intToken()
			_, ok2 := l.intToken()
			kw, err := l.token()
			if !ok1 || !ok2 || err != nil || kw != rawKeyword("n") && kw != rawKeyword("f") {
				return nil, errors.New("malformed entry")
			}
			if _, dup := c.offset[start+i]; kw == rawKeyword("n") && !dup {
				c.offset[start+i] = off
			}
		}
	}
	obj, err := l.object()
	trailer, ok := obj.(rawDict)
	if err != nil || !ok {
		return nil, errors.New("no trailer dictionary")
	}
	return trailer, c.size(trailer)
}

func (l *rawLexer) intToken() (int64, bool) {
	tok, err := l.token()
	i, ok := tok.(int64)
	return i, err == nil && ok
}

// xrefStream reads an xref stream object and its entries.
func (c *checker) xrefStream(l *rawLexer) (rawDict, error) {
	obj, err := l.object()
	if err != nil {
		return nil, err
	}
	def, ok := obj.(rawObjDef)
	strm, ok2 := def.obj.(rawStream)
	if !ok || !ok2 {
		return nil, errors.New("neither a table nor a stream")
	}
	hdr := strm.hdr
	if hdr["Type"] != rawName("XRef") {
		return nil, errors.New("stream is not of type XRef")
	}
	if err := c.size(hdr); err != nil {
		return nil, err
	}
	size, _ := rawInt(hdr["Size"])
	var w [3]int64
	ww, _ := hdr["W"].(rawArray)
	if len(ww) < 3 {
		return nil, errors.New("missing /W")
	}
	wtotal := int64(0)
	for i, x := range ww {
		n, ok := rawInt(x)
		if !ok || n < 0 || n > maxXrefWidth {
			return nil, fmt.Errorf("/W field %v is not between 0 and %d", x, maxXrefWidth)
		}
		if i < 3 {
			w[i] = n
		}
		wtotal += n
	}
	index, _ := hdr["Index"].(rawArray)
	if index == nil {
		index = rawArray{int64(0), size}
	}
	if len(index)%2 != 0 {
		return nil, errors.New("odd /Index array")
	}
	total := int64(0)
	for i := 0; i < len(index); i += 2 {
		start, ok1 := rawInt(index[i])
		count, ok2 := rawInt(index[i+1])
		if !ok1 || !ok2 {
			return nil, errors.New("malformed /Index")
		}
		if err := c.objRange(start, count); err != nil {
			return nil, err
		}
		if total += count; total > c.limit {
			return nil, fmt.Errorf("/Index names %d objects: a file of %d bytes holds at most %d", total, len(c.data), c.limit)
		}
	}
	data, err := c.streamData(strm, total*wtotal)
	if errors.Is(err, errUnreadable) {
		return hdr, nil // the parser cannot read the entries either
	} else if err != nil && !errors.Is(err, errDecode) {
		return nil, err
	}
	field := func(row []byte, i int) int64 {
		off := int64(0)
		for k := 0; k < i; k++ {
			off += w[k]
		}
		x := int64(0)
		for _, b := range row[off : off+w[i]] {
			x = x<<8 | int64(b)
		}
		return x
	}
	for i := 0; i < len(index); i += 2 {
		start, _ := rawInt(index[i])
		count, _ := rawInt(index[i+1])
		for k := int64(0); k < count && int64(len(data)) >= wtotal; k++ {
			row := data[:wtotal]
			data = data[wtotal:]
			typ := int64(1)
			if w[0] > 0 {
				typ = field(row, 0)
			}
			if _, dup := c.offset[start+k]; dup {
				continue
			}
			switch typ {
			case 1:
				c.offset[start+k] = field(row, 1)
			case 2:
				c.objStm[field(row, 1)] = true
				c.offset[start+k] = -1 // held in a stream, not at an offset
			}
		}
	}
	return hdr, nil
}

// errUnreadable marks a stream the parser cannot decode either.
var errUnreadable = errors.New("stream cannot be decoded")

// streamData decodes a stream as the parser does, up to max bytes (all of
// it when max < 0), and charges the bytes to the decoding budget.
func (c *checker) streamData(s rawStream, max int64) ([]byte, error) {
	n := c.length(s.hdr["Length"])
	if n <= 0 {
		return nil, nil
	}
	end := min(int64(s.data)+n, int64(len(c.data)))
	var rd io.Reader = bytes.NewReader(c.data[s.data:end])
	filter := s.hdr["Filter"]
	params := s.hdr["DecodeParms"]
	switch f := filter.(type) {
	case nil:
	case rawName:
		var err error
		if rd, err = applyRawFilter(rd, f, c.deref(params)); err != nil {
			return nil, err
		}
	case rawArray:
		pa, _ := c.deref(params).(rawArray)
		for i, x := range f {
			var p any
			if i < len(pa) {
				p = c.deref(pa[i])
			}
			name, _ := c.deref(x).(rawName)
			var err error
			if rd, err = applyRawFilter(rd, name, p); err != nil {
				return nil, err
			}
		}
	default:
		return nil, errUnreadable
	}
	limit := c.budget
	if max >= 0 {
		limit = min(limit, max)
	}
	out, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if int64(len(out)) > limit {
		if max < 0 || limit < max {
			return nil, errors.New("streams decode to more bytes than the read budget")
		}
		out, err = out[:max], nil
	}
	c.budget -= int64(len(out))
	if err != nil && len(out) == 0 {
		return nil, errUnreadable
	}
	if err != nil {
		// The parser stops with an error here too, so what follows does
		// not matter; the bytes before it are read.
		return out, errDecode
	}
	return out, nil
}

// errDecode reports data that ends in a decoding error rather than at its end.
var errDecode = errors.New("stream data ends in a decoding error")

func applyRawFilter(rd io.Reader, name rawName, params any) (io.Reader, error) {
	switch name {
	case "FlateDecode":
		zr, err := zlib.NewReader(rd)
		if err != nil {
			return nil, errUnreadable
		}
		p, _ := params.(rawDict)
		pred, ok := p["Predictor"]
		if !ok || pred == nil {
			return zr, nil
		}
		if pred != int64(12) {
			return nil, errUnreadable
		}
		cols, _ := rawInt(p["Columns"])
		if cols < 0 || cols > maxColumns {
			return nil, fmt.Errorf("predictor /Columns %d is not between 0 and %d", cols, maxColumns)
		}
		return &pngUp{r: zr, hist: make([]byte, 1+cols), tmp: make([]byte, 1+cols)}, nil
	case "ASCII85Decode":
		if p, _ := params.(rawDict); len(p) > 0 {
			return nil, errUnreadable
		}
		raw, err := io.ReadAll(rd)
		if err != nil {
			return nil, errUnreadable
		}
		if i := bytes.IndexByte(raw, '~'); i >= 0 {
			raw = raw[:i]
		}
		clean := raw[:0:0]
		for _, b := range raw {
			if b >= '!' && b <= 'u' || b == 'z' {
				clean = append(clean, b)
			}
		}
		return ascii85.NewDecoder(bytes.NewReader(clean)), nil
	}
	return nil, errUnreadable
}

// pngUp undoes the PNG "Up" predictor row by row, as the parser does.
type pngUp struct {
	r         io.Reader
	hist, tmp []byte
	pend      []byte
}

func (p *pngUp) Read(b []byte) (int, error) {
	n := 0
	for len(b) > 0 {
		if len(p.pend) > 0 {
			m := copy(b, p.pend)
			n += m
			b, p.pend = b[m:], p.pend[m:]
			continue
		}
		if _, err := io.ReadFull(p.r, p.tmp); err != nil {
			return n, err
		}
		if p.tmp[0] != 2 {
			return n, errors.New("malformed PNG-Up encoding")
		}
		for i, x := range p.tmp {
			p.hist[i] += x
		}
		p.pend = p.hist[1:]
	}
	return n, nil
}

// deref returns the object a reference names, read at its offset; other
// values are returned as they are.
func (c *checker) deref(x any) any {
	ref, ok := x.(rawRef)
	if !ok {
		return x
	}
	def, ok := c.objectAt(ref.id)
	if !ok {
		return nil
	}
	return def.obj
}

// objectAt reads the object definition the cross-reference sections give
// for object id, when it lies at an offset in the file.
func (c *checker) objectAt(id int64) (rawObjDef, bool) {
	off, ok := c.offset[id]
	if !ok || off <= 0 || off >= int64(len(c.data)) {
		return rawObjDef{}, false
	}
	l := &rawLexer{data: c.data, pos: int(off)}
	obj, err := l.object()
	def, ok := obj.(rawObjDef)
	if err != nil || !ok || def.ref.id != id {
		return rawObjDef{}, false
	}
	return def, true
}

// length is a stream's /Length, direct or by reference; the parser reads a
// missing or odd one as 0.
func (c *checker) length(x any) int64 {
	n, _ := rawInt(c.deref(x))
	return n
}

// objectStreams checks every object stream the xref streams point into, and
// the streams they extend: its header must fit its data, and its data must
// not end inside a hex string.
func (c *checker) objectStreams() error {
	seen := map[int64]bool{}
	for id := range c.objStm {
		for !seen[id] {
			seen[id] = true
			def, ok := c.objectAt(id)
			s, ok2 := def.obj.(rawStream)
			if !ok || !ok2 || s.hdr["Type"] != rawName("ObjStm") {
				break // the parser fails on the lookup
			}
			if c.crypt {
				// Encrypted data cannot be decoded here; see docs/pdf.md.
				break
			}
			if err := c.objectStream(id, s); err != nil {
				return fmt.Errorf("object stream %d: %w", id, err)
			}
			ext, ok := s.hdr["Extends"].(rawRef)
			if !ok {
				break
			}
			id = ext.id
		}
	}
	return nil
}

func (c *checker) objectStream(id int64, s rawStream) error {
	data, err := c.streamData(s, -1)
	switch {
	case errors.Is(err, errUnreadable), errors.Is(err, errDecode):
		// The parser cannot read it either, or its lexer stops with an
		// error at the end of the data.
		return nil
	case err != nil:
		return err
	}
	n, _ := rawInt(c.deref(s.hdr["N"]))
	first, _ := rawInt(c.deref(s.hdr["First"]))
	if first < 0 || first > int64(len(data)) {
		return fmt.Errorf("/First %d is outside its %d bytes of data", first, len(data))
	}
	if n > first {
		// Each header entry takes at least one byte before /First; past
		// the data the parser loops /N times without reading.
		return fmt.Errorf("/N %d entries do not fit in the %d bytes before /First", n, first)
	}
	if openHexAtEnd(data) {
		return errors.New("data ends inside a hex string")
	}
	return nil
}

// openHexAtEnd reports whether a hex string started at the last "<" would
// run to the end of data: the parser seeks to objects by offset, so any
// "<" can start a string, and a string with only hex digits and spaces
// after it never ends.
func openHexAtEnd(data []byte) bool {
	i := bytes.LastIndexByte(data, '<')
	if i < 0 {
		return false
	}
	for _, c := range data[i+1:] {
		if !isPDFSpace(c) && unhexByte(c) < 0 {
			return false
		}
	}
	return true
}
