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
