package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"

	"github.com/pubindex/pubindex/index/pub"
)

// The stored record is the whole Document in a small binary form: a
// version byte, then every field as a length-prefixed string (lists as a
// count and strings, the date as three numbers). It is read for every hit
// of every query and written for every document, so it avoids JSON: this
// encoding is much faster to write and read, and smaller.
const recordVersion = 1

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendList(b []byte, l []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(l)))
	for _, s := range l {
		b = appendString(b, s)
	}
	return b
}

// encodeRecord appends the stored form of d to b. Source and Sources are
// not stored: they come from the source records.
func encodeRecord(b []byte, d *pub.Document) []byte {
	b = append(b, recordVersion)
	for _, s := range []string{d.ID, d.Code, d.Title, d.Series} {
		b = appendString(b, s)
	}
	b = appendList(b, d.Authors)
	b = binary.AppendUvarint(b, uint64(d.Date.Year))
	b = binary.AppendUvarint(b, uint64(d.Date.Month))
	b = binary.AppendUvarint(b, uint64(d.Date.Day))
	b = appendList(b, d.Regions)
	b = appendList(b, d.Topics)
	for _, s := range []string{d.Publisher, d.PageType, d.Synopsis, d.Body, d.URL, d.ContentHash} {
		b = appendString(b, s)
	}
	return b
}

var errRecord = errors.New("stored record is damaged")

// recordReader reads the fields of a stored record; the first error sticks.
type recordReader struct {
	b   []byte
	err error
}

func (r *recordReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errRecord
		return 0
	}
	r.b = r.b[n:]
	return v
}

// string returns the next string. It shares the record's bytes, which
// belong to the decoded Document from then on (decodeStored).
func (r *recordReader) string() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errRecord
		return ""
	}
	s := unsafe.String(unsafe.SliceData(r.b), int(n))
	r.b = r.b[n:]
	return s
}

func (r *recordReader) list() []string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		r.err = errRecord
		return nil
	}
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = r.string()
	}
	return out
}

// decodeRecord reads a stored record. The strings of the Document share
// b's bytes: b must never change afterwards.
func decodeRecord(b []byte) (*pub.Document, error) {
	if len(b) == 0 || b[0] != recordVersion {
		return nil, fmt.Errorf("%w (version)", errRecord)
	}
	r := &recordReader{b: b[1:]}
	d := &pub.Document{}
	d.ID, d.Code, d.Title, d.Series = r.string(), r.string(), r.string(), r.string()
	d.Authors = r.list()
	d.Date = pub.Date{Year: int(r.uvarint()), Month: int(r.uvarint()), Day: int(r.uvarint())}
	d.Regions, d.Topics = r.list(), r.list()
	d.Publisher, d.PageType, d.Synopsis, d.Body, d.URL, d.ContentHash = r.string(), r.string(), r.string(), r.string(), r.string(), r.string()
	if r.err == nil && len(r.b) != 0 {
		r.err = errRecord
	}
	if r.err != nil {
		return nil, r.err
	}
	return d, nil
}
