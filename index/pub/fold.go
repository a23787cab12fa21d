package pub

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FoldKey is the form in which facet values are compared: case, accents,
// typographic quotes and runs of white space do not matter, so
// "southeast asia  and ASEAN" finds "Southeast Asia and ASEAN".
func FoldKey(s string) string {
	var b strings.Builder
	var buf []byte
	for _, w := range strings.Fields(s) {
		buf, _ = AppendFold(buf[:0], w)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(buf)
	}
	return b.String()
}

// AppendFold appends word to dst lower-cased and without accents and
// typographic variants (é -> e, ﬁ -> fi, ’ -> '), the folding the index
// analyzer and FoldKey share. ascii reports whether the result is plain
// ASCII.
func AppendFold(dst []byte, word string) (folded []byte, ascii bool) {
	b := dst
	start := len(dst)
	ascii = true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if !ascii {
		b = b[:start]
		ascii = true
		for _, r := range norm.NFKD.String(word) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			switch r {
			case '’', 'ʼ', '‘':
				r = '\''
			case 'ß':
				b = append(b, 's', 's')
				continue
			case 'ø', 'Ø':
				r = 'o'
			case 'ł', 'Ł':
				r = 'l'
			case 'đ', 'Đ':
				r = 'd'
			case 'æ', 'Æ':
				b = append(b, 'a', 'e')
				continue
			}
			r = unicode.ToLower(r)
			if r >= utf8.RuneSelf {
				ascii = false
			}
			b = utf8.AppendRune(b, r)
		}
	}
	return b, ascii
}
