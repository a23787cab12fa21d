package pdftext

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Thresholds, as fractions of the font size, for rebuilding words and
// lines from glyph positions.
const (
	// wordGap is the horizontal gap that separates two words; letter
	// spacing and kerning stay below it.
	wordGap = 0.15
	// sameLine is how far a glyph's baseline may move (superscripts,
	// subscripts) and stay on the line.
	sameLine = 0.5
	// blockGap is the vertical distance between baselines above which an
	// empty line marks a new block: body text is set at 1.2 to 1.5.
	blockGap = 1.9
)

// layout rebuilds the text of a page from its glyphs, kept in the order
// the content stream draws them, which is the reading order for nearly all
// generated PDFs (columns stay apart, unlike a sort by position).
func layout(glyphs []run) string {
	var b strings.Builder
	var (
		started       bool
		lineY, endX   float64
		lineSize      float64
		lastBlank     = true
		lastWasSpace  = true
		lineHasGlyphs bool
	)
	for _, g := range glyphs {
		s := cleanText(g.S)
		if s == "" {
			continue
		}
		size := math.Abs(g.Size)
		if size < 1 {
			size = 1
		}
		if !started {
			started = true
			lineY, endX, lineSize = g.Y, g.X, size
		}
		ref := math.Max(size, lineSize)
		switch {
		case math.Abs(g.Y-lineY) > sameLine*ref || g.X < endX-2*ref:
			// A new line: the baseline moved, or the text went back left.
			if lineHasGlyphs {
				b.WriteByte('\n')
				if dy := lineY - g.Y; (dy > blockGap*ref || dy < -ref) && !lastBlank {
					b.WriteByte('\n')
					lastBlank = true
				}
			}
			lineY, lineSize, lineHasGlyphs, lastWasSpace = g.Y, size, false, true
		case g.X-endX > wordGap*ref && !lastWasSpace && !isSpace(s):
			b.WriteByte(' ')
			lastWasSpace = true
		}
		if isSpace(s) {
			if !lastWasSpace {
				b.WriteByte(' ')
				lastWasSpace = true
			}
		} else {
			b.WriteString(s)
			lineHasGlyphs, lastBlank = true, false
			lastWasSpace = strings.HasSuffix(s, " ")
		}
		endX = g.X + g.W
	}
	if lineHasGlyphs {
		b.WriteByte('\n')
	}
	return trimLines(norm.NFKC.String(b.String()))
}

// trimLines collapses runs of spaces and drops them at line ends, and
// drops empty lines at the page's ends.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	out := strings.Trim(strings.Join(lines, "\n"), "\n")
	if out == "" {
		return ""
	}
	return out + "\n"
}

func isSpace(s string) bool { return strings.TrimSpace(s) == "" }

// cleanText drops invalid UTF-8, control characters and the private-use
// code points some fonts map glyphs to, and turns other spaces into ' '.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u00a0' || unicode.IsSpace(r):
			return ' '
		case r == '\ufffd', unicode.IsControl(r), unicode.Is(unicode.Co, r), unicode.Is(unicode.Cf, r) && r != '\u00ad':
			return -1
		}
		return r
	}, s)
}
