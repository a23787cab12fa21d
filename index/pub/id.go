package pub

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
)

// ValidateID checks that a publication ID can be stored.
func ValidateID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("empty document id")
	case strings.HasPrefix(id, "\x00"):
		return fmt.Errorf("document id %q starts with a NUL byte", id)
	case len(id) > 2048:
		return fmt.Errorf("document id of %d bytes is longer than 2048", len(id))
	}
	return nil
}

// IdentifyingCode reports whether a publication code names one publication
// wherever it is printed (IP25008, WP12003: letters and digits), so that it
// can be the document's id. A bare number ("No. 12", "2023/31") is a code
// only within its series and site, and two sites' "No. 12" are different
// publications.
func IdentifyingCode(code string) bool {
	letters, digits := 0, 0
	for _, r := range code {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		}
	}
	return letters >= 2 && digits >= 3
}

// ContentHash hashes the stored fields of d (not its sources, not the hash
// itself): two scrapes of a page that differ only in their site chrome
// give the same hash. The hashed bytes are those of the index's stored
// record (format version 1), so hashes recorded by earlier versions stay
// valid.
func ContentHash(d *Document) string {
	str := func(b []byte, s string) []byte {
		b = binary.AppendUvarint(b, uint64(len(s)))
		return append(b, s...)
	}
	list := func(b []byte, l []string) []byte {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, s := range l {
			b = str(b, s)
		}
		return b
	}
	b := []byte{1}
	for _, s := range []string{d.ID, d.Code, d.Title, d.Series} {
		b = str(b, s)
	}
	b = list(b, d.Authors)
	b = binary.AppendUvarint(b, uint64(d.Date.Year))
	b = binary.AppendUvarint(b, uint64(d.Date.Month))
	b = binary.AppendUvarint(b, uint64(d.Date.Day))
	b = list(b, d.Regions)
	b = list(b, d.Topics)
	for _, s := range []string{d.Publisher, d.PageType, d.Synopsis, d.Body, d.URL, ""} {
		b = str(b, s)
	}
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}
