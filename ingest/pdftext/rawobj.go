package pdftext

import (
	"errors"
	"strconv"
)

// A small reader of PDF objects from the raw bytes, following the parser's
// own lexer rule for rule, so that the structure checks in precheck.go see
// what the parser will see. It only reads; it never follows references.

type (
	rawName    string
	rawKeyword string
	rawDict    map[rawName]any
	rawArray   []any
	rawRef     struct{ id, gen int64 }
	rawStream  struct {
		hdr  rawDict
		data int // offset of the first data byte
	}
	rawObjDef struct {
		ref rawRef
		obj any
	}
)

// errEOF is the end of the bytes; the parser fails there too.
var errEOF = errors.New("unexpected end of data")

// maxRawDepth is the parser's own nesting limit.
const maxRawDepth = 1000

type rawLexer struct {
	data  []byte
	pos   int
	depth int
}

func (l *rawLexer) byte() (byte, error) {
	if l.pos >= len(l.data) {
		return 0, errEOF
	}
	c := l.data[l.pos]
	l.pos++
	return c, nil
}

// token returns int64, float64, bool, string, rawName or rawKeyword.
func (l *rawLexer) token() (any, error) {
	c, err := l.byte()
	for err == nil {
		if isPDFSpace(c) {
			c, err = l.byte()
		} else if c == '%' {
			for err == nil && c != '\r' && c != '\n' {
				c, err = l.byte()
			}
		} else {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	switch c {
	case '<':
		if l.pos < len(l.data) && l.data[l.pos] == '<' {
			l.pos++
			return rawKeyword("<<"), nil
		}
		return l.hexString()
	case '(':
		return l.literalString()
	case '[', ']', '{', '}':
		return rawKeyword(string(c)), nil
	case '/':
		return l.name()
	case '>':
		if l.pos < len(l.data) && l.data[l.pos] == '>' {
			l.pos++
			return rawKeyword(">>"), nil
		}
		return nil, errors.New("unexpected delimiter")
	}
	if isPDFDelim(c) {
		return nil, errors.New("unexpected delimiter")
	}
	start := l.pos - 1
	for l.pos < len(l.data) && !isPDFDelim(l.data[l.pos]) && !isPDFSpace(l.data[l.pos]) {
		l.pos++
	}
	if l.pos >= len(l.data) {
		// The parser needs the byte after a keyword to end it.
		return nil, errEOF
	}
	s := string(l.data[start:l.pos])
	switch {
	case s == "true":
		return true, nil
	case s == "false":
		return false, nil
	case isRawInteger(s):
		return strconv.ParseInt(s, 10, 64)
	case isRawReal(s):
		return strconv.ParseFloat(s, 64)
	}
	return rawKeyword(s), nil
}

func (l *rawLexer) hexString() (any, error) {
	var out []byte
	for {
		c, err := l.nonSpace()
		if err != nil {
			return nil, err
		}
		if c == '>' {
			return string(out), nil
		}
		c2, err := l.nonSpace()
		if err != nil {
			return nil, err
		}
		x := unhexByte(c)<<4 | unhexByte(c2)
		if x < 0 {
			return nil, errors.New("malformed hex string")
		}
		out = append(out, byte(x))
	}
}

func (l *rawLexer) nonSpace() (byte, error) {
	for {
		c, err := l.byte()
		if err != nil || !isPDFSpace(c) {
			return c, err
		}
	}
}

func unhexByte(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *rawLexer) literalString() (any, error) {
	var out []byte
	depth := 1
	for {
		c, err := l.byte()
		if err != nil {
			return nil, err
		}
		switch c {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return string(out), nil
			}
		case '\\':
			if c, err = l.byte(); err != nil {
				return nil, err
			}
			if !(c >= '0' && c <= '7') && !bytesHas("nrtbf()\\\r\n", c) {
				return nil, errors.New("invalid escape in string")
			}
			// The value of escapes does not matter here.
		}
		out = append(out, c)
	}
}

func (l *rawLexer) name() (any, error) {
	var out []byte
	for {
		if l.pos >= len(l.data) {
			return nil, errEOF
		}
		c := l.data[l.pos]
		if isPDFDelim(c) || isPDFSpace(c) {
			return rawName(out), nil
		}
		l.pos++
		if c == '#' {
			if l.pos+2 > len(l.data) {
				return nil, errEOF
			}
			x := unhexByte(l.data[l.pos])<<4 | unhexByte(l.data[l.pos+1])
			if x < 0 {
				return nil, errors.New("malformed name")
			}
			l.pos += 2
			c = byte(x)
		}
		out = append(out, c)
	}
}

func isRawInteger(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isRawReal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	dots := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			dots++
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != "" && dots == 1
}

// object reads one object the way the parser's readObject does, including
// "n g R" references, "n g obj ... endobj" definitions and streams.
func (l *rawLexer) object() (any, error) {
	l.depth++
	defer func() { l.depth-- }()
	if l.depth > maxRawDepth {
		return nil, errors.New("objects nested too deep")
	}
	tok, err := l.token()
	if err != nil {
		return nil, err
	}
	if kw, ok := tok.(rawKeyword); ok {
		switch kw {
		case "null", ">>", "]":
			return nil, nil
		case "<<":
			return l.dict()
		case "[":
			return l.array()
		}
		return nil, errors.New("unexpected keyword " + strconv.Quote(string(kw)))
	}
	t1, ok := tok.(int64)
	if !ok || t1 < 0 || t1 > 1<<32-1 {
		return tok, nil
	}
	save := l.pos
	tok2, err := l.token()
	if t2, ok := tok2.(int64); err == nil && ok && t2 >= 0 && t2 <= 1<<16-1 {
		tok3, err := l.token()
		if err == nil && tok3 == rawKeyword("R") {
			return rawRef{t1, t2}, nil
		}
		if err == nil && tok3 == rawKeyword("obj") {
			obj, err := l.object()
			if err != nil {
				return nil, err
			}
			if _, ok := obj.(rawStream); !ok {
				if end, err := l.token(); err != nil || end != rawKeyword("endobj") {
					return nil, errors.New("missing endobj")
				}
			}
			return rawObjDef{rawRef{t1, t2}, obj}, nil
		}
	}
	l.pos = save
	return tok, nil
}

func (l *rawLexer) array() (any, error) {
	var a rawArray
	for {
		save := l.pos
		tok, err := l.token()
		if err != nil {
			return nil, err
		}
		if tok == rawKeyword("]") {
			return a, nil
		}
		l.pos = save
		x, err := l.object()
		if err != nil {
			return nil, err
		}
		a = append(a, x)
	}
}

func (l *rawLexer) dict() (any, error) {
	d := rawDict{}
	for {
		tok, err := l.token()
		if err != nil {
			return nil, err
		}
		if tok == rawKeyword(">>") {
			break
		}
		key, ok := tok.(rawName)
		if !ok {
			return nil, errors.New("dictionary key is not a name")
		}
		if d[key], err = l.object(); err != nil {
			return nil, err
		}
	}
	save := l.pos
	if tok, err := l.token(); err != nil || tok != rawKeyword("stream") {
		l.pos = save
		return d, nil
	}
	c, err := l.byte()
	if err == nil && c == '\r' {
		if l.pos < len(l.data) && l.data[l.pos] == '\n' {
			l.pos++
		}
	} else if err != nil || c != '\n' {
		return nil, errors.New("stream keyword not followed by newline")
	}
	return rawStream{hdr: d, data: l.pos}, nil
}

// rawInt returns x as an integer.
func rawInt(x any) (int64, bool) {
	i, ok := x.(int64)
	return i, ok
}
