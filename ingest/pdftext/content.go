package pdftext

import (
	"errors"
	"math"
	"strings"

	"github.com/ledongthuc/pdf"
)

// run is one string drawn on a page: its start on the baseline, its
// advance width and its font size, in page space.
type run struct {
	X, Y, W, Size float64
	S             string
}

// matrix is an affine transform [a b c d e f], as PDF writes it.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m×n: m applied first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

// font is what text extraction needs of a font, read once per page.
type font struct {
	enc     pdf.TextEncoding
	twoByte bool // a composite (Type0) font: two-byte codes
	first   int
	widths  []float64       // simple fonts, by code - first
	cidW    map[int]float64 // composite fonts, by code
	dw      float64         // composite fonts: default width
}

// dropText decodes every string to nothing, for a font whose text cannot
// be decoded safely.
type dropText struct{}

func (dropText) Decode(string) string { return "" }

// guessWidth is the advance assumed, in thousandths of the font size, for
// a code whose width the font does not give (the standard 14 fonts often
// come without widths): a rough proportional shape, kept on the narrow
// side, since a guess too wide hides the gap before the next word while a
// guess too narrow only matters for words drawn in pieces.
func guessWidth(c byte) float64 {
	var w float64
	switch {
	case c == ' ':
		w = 280
	case strings.IndexByte("ijlftrI.,;:'!|()[]", c) >= 0:
		w = 280
	case strings.IndexByte("mwMW", c) >= 0:
		w = 830
	case c >= 'A' && c <= 'Z':
		w = 670
	case c >= '0' && c <= '9':
		w = 556
	default:
		w = 520
	}
	return w * 0.85
}

// maxWidths caps the width tables read from one font.
const maxWidths = 1 << 16

func loadFont(v pdf.Value) *font {
	f := &font{dw: 1000}
	pf := pdf.Font{V: v}
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream && !scanStream(tu).safe(true) {
		f.enc = dropText{} // the parser would never finish reading this CMap
	} else {
		f.enc = pf.Encoder()
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = readCIDWidths(desc.Key("W"))
		return f
	}
	f.first = int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < maxWidths; i++ {
		f.widths = append(f.widths, ws.Index(i).Float64())
	}
	return f
}

// readCIDWidths reads a /W array: "c [w1 w2 ...]" gives widths from code c
// on, "c1 c2 w" one width for a range.
func readCIDWidths(w pdf.Value) map[int]float64 {
	m := map[int]float64{}
	for i := 0; i < w.Len() && len(m) < maxWidths; {
		c := int(w.Index(i).Int64())
		if next := w.Index(i + 1); next.Kind() == pdf.Array {
			for k := 0; k < next.Len() && len(m) < maxWidths; k++ {
				m[c+k] = next.Index(k).Float64()
			}
			i += 2
			continue
		}
		c2 := int(w.Index(i + 1).Int64())
		wd := w.Index(i + 2).Float64()
		for c := max(c, 0); c <= c2 && c-c2 < maxWidths && len(m) < maxWidths; c++ {
			m[c] = wd
		}
		i += 3
	}
	return m
}

// advance returns the advance of raw in text space units before scaling
// by the font size, and the number of space codes (for word spacing).
func (f *font) advance(raw string) (w float64, codes, spaces int) {
	if f.twoByte {
		for i := 0; i+1 < len(raw); i += 2 {
			c := int(raw[i])<<8 | int(raw[i+1])
			cw, ok := f.cidW[c]
			if !ok {
				cw = f.dw
			}
			w += cw
			codes++
		}
		return w / 1000, codes, 0
	}
	for i := 0; i < len(raw); i++ {
		c := int(raw[i])
		cw := guessWidth(raw[i])
		if k := c - f.first; k >= 0 && k < len(f.widths) && f.widths[k] > 0 {
			cw = f.widths[k]
		}
		w += cw
		if c == ' ' {
			spaces++
		}
	}
	return w / 1000, len(raw), spaces
}

type textState struct {
	ctm, tm, tlm              matrix
	tc, tw, th, tl, tfs, rise float64
	font                      *font
}

// errOpenHex refuses a content stream the parser would never finish.
var errOpenHex = errors.New("content stream ends inside a hex string")

// errFull stops a page that has given as much text as it may.
var errFull = errors.New("page text limit reached")

// maxFormDepth bounds form XObjects drawn inside form XObjects.
const maxFormDepth = 4

// reader interprets one page's content streams.
type reader struct {
	runs     []run
	chars    int
	maxChars int
}

// page returns the runs of page p, at most maxChars characters of text;
// full reports that the limit cut it.
func pageRuns(p pdf.Page, maxChars int) (runs []run, full bool, err error) {
	rd := &reader{maxChars: maxChars}
	defer func() {
		if x := recover(); x != nil {
			if x == errFull {
				runs, full = rd.runs, true
				return
			}
			panic(x)
		}
	}()
	rd.draw(p.V.Key("Contents"), p.Resources(), identity, 0)
	return rd.runs, false, nil
}

// draw interprets a content stream (or an array of them) with the given
// resources and starting transform.
func (rd *reader) draw(strm, res pdf.Value, ctm matrix, depth int) {
	if strm.Kind() != pdf.Stream && strm.Kind() != pdf.Array {
		return
	}
	if !scanStream(strm).safe(false) {
		if depth == 0 {
			panic(errOpenHex)
		}
		return // a form XObject is left out alone
	}
	fonts := map[string]*font{}
	g := textState{ctm: ctm, tm: identity, tlm: identity, th: 1}
	var saved []textState
	getFont := func(name string) *font {
		if f, ok := fonts[name]; ok {
			return f
		}
		f := loadFont(res.Key("Font").Key(name))
		fonts[name] = f
		return f
	}
	newLine := func(tx, ty float64) {
		g.tlm = translate(tx, ty).mul(g.tlm)
		g.tm = g.tlm
	}
	show := func(raw string) {
		if g.font == nil {
			g.font = &font{enc: nil, dw: 1000}
		}
		w, codes, spaces := g.font.advance(raw)
		tx := (w*g.tfs + float64(codes)*g.tc + float64(spaces)*g.tw) * g.th
		trm := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(g.tm).mul(g.ctm)
		end := matrix{g.tfs * g.th, 0, 0, g.tfs, 0, g.rise}.mul(translate(tx, 0).mul(g.tm)).mul(g.ctm)
		g.tm = translate(tx, 0).mul(g.tm)
		var s string
		if g.font.enc != nil {
			s = g.font.enc.Decode(raw)
		} else {
			s = raw
		}
		if s == "" {
			return
		}
		rd.runs = append(rd.runs, run{X: trm[4], Y: trm[5], W: end[4] - trm[4], Size: math.Hypot(trm[2], trm[3]), S: s})
		if rd.chars += len(s); rd.chars > rd.maxChars {
			panic(errFull)
		}
	}
	num := func(args []pdf.Value, i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	mat := func(args []pdf.Value) matrix {
		var m matrix
		for i := range m {
			m[i] = num(args, i)
		}
		return m
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		switch op {
		case "q":
			if len(saved) < 256 {
				saved = append(saved, g)
			}
		case "Q":
			if n := len(saved); n > 0 {
				g, saved = saved[n-1], saved[:n-1]
			}
		case "cm":
			g.ctm = mat(args).mul(g.ctm)
		case "BT":
			g.tm, g.tlm = identity, identity
		case "Tc":
			g.tc = num(args, 0)
		case "Tw":
			g.tw = num(args, 0)
		case "Tz":
			g.th = num(args, 0) / 100
		case "TL":
			g.tl = num(args, 0)
		case "Ts":
			g.rise = num(args, 0)
		case "Tf":
			if len(args) == 2 {
				g.font, g.tfs = getFont(args[0].Name()), args[1].Float64()
			}
		case "Td":
			newLine(num(args, 0), num(args, 1))
		case "TD":
			g.tl = -num(args, 1)
			newLine(num(args, 0), num(args, 1))
		case "Tm":
			g.tm = mat(args)
			g.tlm = g.tm
		case "T*":
			newLine(0, -g.tl)
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			newLine(0, -g.tl)
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = args[0].Float64(), args[1].Float64()
				newLine(0, -g.tl)
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			a := args[0]
			for i := 0; i < a.Len(); i++ {
				x := a.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
					continue
				}
				g.tm = translate(-x.Float64()/1000*g.tfs*g.th, 0).mul(g.tm)
			}
		case "Do":
			if len(args) != 1 || depth >= maxFormDepth {
				return
			}
			xo := res.Key("XObject").Key(args[0].Name())
			if xo.Key("Subtype").Name() != "Form" {
				return
			}
			m := identity
			if mx := xo.Key("Matrix"); mx.Len() == 6 {
				for i := range m {
					m[i] = mx.Index(i).Float64()
				}
			}
			sub := xo.Key("Resources")
			if sub.IsNull() {
				sub = res
			}
			rd.draw(xo, sub, m.mul(g.ctm), depth+1)
		}
	})
}
