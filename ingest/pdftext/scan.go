package pdftext

import (
	"io"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// The parser's lexer, reading a content stream or CMap, spins forever
// without reading when the data ends inside a hex string ("<41" at the end):
// past the end it sees an endless run of newlines, which a hex string
// skips. Its CMap reader also loops as many times as a count in the stream
// says ("1000000000000 beginbfchar"), popping an empty stack. Neither loop
// reads the file, so the read budget and the context cannot stop them;
// streams are checked with scanStream before the parser interprets them.

// streamCheck is what scanStream found in a stream's decoded data.
type streamCheck struct {
	openHex bool    // the data ends inside a hex string
	badRow  bool    // a predictor row too large to allocate
	maxNum  float64 // the largest integer token, in absolute value
	size    int64   // decoded bytes
}

// safe reports whether the parser's interpreter ends on the stream, and,
// for a CMap (counts true), that its counts are no larger than its data.
func (c streamCheck) safe(counts bool) bool {
	return !c.openHex && !c.badRow && (!counts || c.maxNum <= float64(c.size))
}

// scanStream tokenizes the decoded data of a stream, or of an array of
// streams read as one, the way the parser's lexer does.
func scanStream(strm pdf.Value) streamCheck {
	streams := []pdf.Value{strm}
	if strm.Kind() == pdf.Array {
		streams = streams[:0]
		for i := 0; i < strm.Len(); i++ {
			streams = append(streams, strm.Index(i))
		}
	}
	var sc scanner
	for _, v := range streams {
		if !predictorOK(v) {
			sc.check.badRow = true
			return sc.check
		}
	}
	var readers []io.Reader
	for _, v := range streams {
		readers = append(readers, v.Reader())
	}
	buf := make([]byte, 32<<10)
	for _, r := range readers {
		for {
			n, err := r.Read(buf)
			for _, c := range buf[:n] {
				sc.byte(c)
			}
			sc.check.size += int64(n)
			if err != nil || n == 0 {
				break
			}
		}
	}
	sc.end()
	return sc.check
}

// scanner states.
const (
	stSpace   = iota // between tokens
	stLT             // after "<"
	stHex            // in a hex string, before a digit pair
	stHex2           // in a hex string, after its first digit
	stLit            // in a literal string
	stLitEsc         // after a backslash in a literal string
	stComment        // in a comment
	stName           // in a name
	stNameEsc        // after "#" in a name (two bytes follow)
	stWord           // in a number or keyword
)

type scanner struct {
	state, depth, esc int
	word              []byte
	check             streamCheck
}

func isPDFSpace(c byte) bool {
	return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
}

func isPDFDelim(c byte) bool {
	switch c {
	case '<', '>', '(', ')', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (s *scanner) byte(c byte) {
	switch s.state {
	case stLT:
		if c == '<' { // "<<"
			s.state = stSpace
			return
		}
		s.state = stHex
		s.byte(c)
	case stHex:
		if c == '>' {
			s.state = stSpace
		} else if !isPDFSpace(c) {
			s.state = stHex2
		}
	case stHex2:
		// A bad pair ends the string with an error; the lexer goes on
		// after it, which is what is modelled here.
		if !isPDFSpace(c) {
			s.state = stHex
		}
	case stLit:
		switch c {
		case '(':
			s.depth++
		case ')':
			if s.depth--; s.depth == 0 {
				s.state = stSpace
			}
		case '\\':
			s.state = stLitEsc
		}
	case stLitEsc:
		s.state = stLit
		// An unknown escape ends the string with an error.
		if !(c >= '0' && c <= '7') && !bytesHas("nrtbf()\\\r\n", c) {
			s.state = stSpace
		}
	case stComment:
		if c == '\r' || c == '\n' {
			s.state = stSpace
		}
	case stNameEsc:
		if s.esc--; s.esc == 0 {
			s.state = stName
		}
	case stName, stWord:
		if c == '#' && s.state == stName {
			s.state, s.esc = stNameEsc, 2
			return
		}
		if isPDFDelim(c) || isPDFSpace(c) {
			s.endWord()
			s.state = stSpace
			s.byte(c)
			return
		}
		if s.state == stWord && len(s.word) < 64 {
			s.word = append(s.word, c)
		}
	default:
		switch {
		case isPDFSpace(c):
		case c == '<':
			s.state = stLT
		case c == '(':
			s.state, s.depth = stLit, 1
		case c == '%':
			s.state = stComment
		case c == '/':
			s.state = stName
		case isPDFDelim(c):
		default:
			s.state, s.word = stWord, append(s.word[:0], c)
		}
	}
}

func (s *scanner) endWord() {
	if s.state != stWord {
		return
	}
	// Only integers count: the parser reads a real as a count of zero.
	w := s.word
	if len(w) > 0 && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return
		}
	}
	if x, err := strconv.ParseFloat(string(w), 64); err == nil {
		s.check.maxNum = max(s.check.maxNum, x)
	}
}

func (s *scanner) end() {
	s.endWord()
	s.check.openHex = s.state == stLT || s.state == stHex || s.state == stHex2
}

func bytesHas(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// predictorOK reports whether the parser can allocate the predictor rows of
// a stream: it makes a row of /Columns bytes before reading any data.
func predictorOK(v pdf.Value) bool {
	params := v.Key("DecodeParms")
	ok := func(p pdf.Value) bool {
		c := p.Key("Columns")
		return c.Kind() != pdf.Integer || c.Int64() <= maxColumns
	}
	if params.Kind() == pdf.Array {
		for i := 0; i < params.Len(); i++ {
			if !ok(params.Index(i)) {
				return false
			}
		}
		return true
	}
	return ok(params)
}
