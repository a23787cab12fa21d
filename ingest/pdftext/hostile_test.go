package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// rawPDF builds an uncompressed one-page PDF around the given content
// stream, with a correct cross-reference table, for inputs the generator
// cannot make.
func rawPDF(content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// TestExtractEndlessLexer guards inputs on which the parser's lexer would
// spin forever without reading: Extract must return, with the page skipped.
func TestExtractEndlessLexer(t *testing.T) {
	for _, tail := range []string{"<41", "<", "<Z", "[<4 1"} {
		data := rawPDF("BT /F1 12 Tf 72 700 Td (fine) Tj ET\nBT " + tail)
		doc, err := Extract(context.Background(), data, Limits{})
		if err != nil {
			t.Fatalf("%q: %v", tail, err)
		}
		if doc.Skipped != 1 {
			t.Errorf("%q: Skipped = %d, want 1", tail, doc.Skipped)
		}
	}
	// A closed hex string is fine.
	doc, err := Extract(context.Background(), rawPDF("BT /F1 12 Tf 72 700 Td <6f6b> Tj ET"), Limits{})
	if err != nil || doc.Skipped != 0 || doc.Pages[0] != "ok\n" {
		t.Errorf("closed hex string: %+v, %v", doc, err)
	}
}

func TestScanStreamCounts(t *testing.T) {
	for _, c := range []struct {
		in   string
		safe bool
	}{
		{"/CIDInit /ProcSet findresource begin 2 beginbfchar <01> <0041> <02> <0042> endbfchar end", true},
		{"1000000000000 beginbfchar endbfchar", false},
		{"(a string with 99999999999 inside) 1 beginbfchar <01> <0041> endbfchar", true},
		{"% 99999999999 in a comment\n1 beginbfchar <01> <0041> endbfchar", true},
		{"(an unclosed string ends at the end <41", true},
		{"(closed) <41", false},
	} {
		var sc scanner
		for i := 0; i < len(c.in); i++ {
			sc.byte(c.in[i])
		}
		sc.check.size = int64(len(c.in))
		sc.end()
		if got := sc.check.safe(true); got != c.safe {
			t.Errorf("%q: safe = %v, want %v", c.in, got, c.safe)
		}
	}
}
