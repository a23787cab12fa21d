package pdftext

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// rawPDF builds an uncompressed one-page PDF around the given content
// stream, with a correct cross-reference table, for inputs the generator
// cannot make.
func rawPDF(content string) []byte { return rawPDFWith("", content) }

// rawPDFWith adds extra to the content stream's dictionary.
func rawPDFWith(extra, content string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d %s>>\nstream\n%s\nendstream", len(content)+1, extra, content),
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

// classicObjects are the objects of a one-page PDF, numbered from 1.
var classicObjects = []string{
	"<< /Type /Catalog /Pages 2 0 R >>",
	"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
	"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
	"<< /Length 36 >>\nstream\nBT /F1 12 Tf 72 700 Td (fine) Tj ET\nendstream",
	"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
}

// streamedPDF builds a PDF with an xref stream (object 7) over
// classicObjects and an object stream (object 6) holding object 8, the Info
// dictionary, whose decoded data is stm with the given /N and /First. extra
// is added to the xref stream's dictionary and may override /Size, /Index,
// /W; flate compresses the xref data.
func streamedPDF(stm string, n, first int64, extra string, flate bool) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offs := map[int]int{}
	for i, o := range classicObjects {
		offs[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	offs[6] = b.Len()
	fmt.Fprintf(&b, "6 0 obj\n<< /Type /ObjStm /N %d /First %d /Length %d >>\nstream\n%s\nendstream\nendobj\n", n, first, len(stm), stm)
	offs[7] = b.Len()
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xff, 0xff})
	for i := 1; i <= 7; i++ {
		rows.Write([]byte{1, byte(offs[i] >> 24), byte(offs[i] >> 16), byte(offs[i] >> 8), byte(offs[i]), 0, 0})
	}
	rows.Write([]byte{2, 0, 0, 0, 6, 0, 0})
	data := rows.Bytes()
	filter := ""
	if flate {
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write(data)
		zw.Close()
		data, filter = z.Bytes(), "/Filter /FlateDecode "
	}
	fmt.Fprintf(&b, "7 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Info 8 0 R %s%s /Length %d >>\nstream\n", filter, extra, len(data))
	b.Write(data)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", offs[7])
	return b.Bytes()
}

// withXref replaces the classic table of rawPDF's output: subsections are
// inserted before the trailer, and trailer entries added to it.
func withXref(subsections, trailer string) []byte {
	s := string(rawPDF("BT /F1 12 Tf 72 700 Td (fine) Tj ET"))
	s = strings.Replace(s, "trailer\n<< ", subsections+"trailer\n<< "+trailer+" ", 1)
	return []byte(s)
}

func TestExtractStreamedPDF(t *testing.T) {
	doc, err := Extract(context.Background(), streamedPDF("8 0 << /Title (Streamed) >>", 1, 4, "", true), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Info.Title != "Streamed" || len(doc.Pages) != 1 || doc.Pages[0] != "fine\n" {
		t.Errorf("got title %q, pages %q; want the object stream's title and one page", doc.Info.Title, doc.Pages)
	}
}

// TestExtractHostileStructure guards inputs on which the parser, inside
// pdf.NewReader or an object lookup, would allocate tens of GB (a fatal
// out-of-memory, not a panic) or spin without reading. Each must give
// ErrMalformed saying why.
func TestExtractHostileStructure(t *testing.T) {
	obj := "8 0 << /Title (Streamed) >>"
	tests := []struct {
		name string
		data []byte
		why  string
	}{
		{"table subsection start near 1e9", withXref("1000000000 1\n0000000000 65535 f \n", ""), "a file of"},
		{"table Prev loops", withXref("", fmt.Sprintf("/Prev %d", bytes.Index(withXref("", ""), []byte("\nxref\n"))+1)), "loops back"},
		{"stream Size near 1e9", streamedPDF(obj, 1, 4, "/Size 1000000000", true), "/Size 1000000000"},
		{"stream Index start near 1e9", streamedPDF(obj, 1, 4, "/Index [0 8 1000000000 1]", true), "a file of"},
		{"stream W field of 10 GB", streamedPDF(obj, 1, 4, "/W [1 10000000000 2]", true), "/W field"},
		{"stream predictor Columns of 100 GB", streamedPDF(obj, 1, 4, "/DecodeParms << /Predictor 12 /Columns 100000000000 >>", true), "/Columns"},
		{"object stream ends in an open hex string", streamedPDF("8 0 <41", 1, 4, "", true), "hex string"},
		{"object stream N near 1e15", streamedPDF("9 0 null", 1_000_000_000_000_000, 4, "", true), "/N"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.data, Limits{Timeout: 5 * time.Second})
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tt.why) {
				t.Errorf("err = %v, want ErrMalformed saying %q", err, tt.why)
			}
		})
	}
}

// TestExtractPredictorColumns guards a content stream whose predictor asks
// for a 100 GB row: the parser would allocate it (a fatal out-of-memory)
// before reading a byte, so the page must be skipped instead.
func TestExtractPredictorColumns(t *testing.T) {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write([]byte("BT /F1 12 Tf 72 700 Td (fine) Tj ET"))
	zw.Close()
	data := rawPDFWith("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 100000000000 >> ", z.String())
	doc, err := Extract(context.Background(), data, Limits{})
	if err != nil || doc.Skipped != 1 {
		t.Errorf("got %+v, %v; want the page skipped", doc, err)
	}
}
