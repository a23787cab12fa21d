package pdftext

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pubindex/pubindex/internal/testpdf"

	"github.com/go-pdf/fpdf"
)

// makePDF draws lines of text on pages (testpdf), as an invented report
// with an Info dictionary.
func makePDF(t testing.TB, pages [][]string, setup func(*fpdf.Fpdf)) []byte {
	t.Helper()
	data, err := testpdf.Write(pages, func(pdf *fpdf.Fpdf) {
		pdf.SetTitle("An Invented Report", true)
		pdf.SetAuthor("Jane Tan", true)
		pdf.SetCreationDate(time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC))
		if setup != nil {
			setup(pdf)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestExtract(t *testing.T) {
	data := makePDF(t, [][]string{
		{"Shoreline Resilience in Port Cities", "", "First paragraph line one,", "and its second line."},
		{"Page two holds five words."},
	}, nil)
	doc, err := Extract(context.Background(), data, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Shoreline Resilience in Port Cities\n\nFirst paragraph line one,\nand its second line.\n",
		"Page two holds five words.\n",
	}
	if len(doc.Pages) != len(want) {
		t.Fatalf("Extract gave %d pages, want %d: %q", len(doc.Pages), len(want), doc.Pages)
	}
	for i := range want {
		if doc.Pages[i] != want[i] {
			t.Errorf("page %d = %q, want %q", i+1, doc.Pages[i], want[i])
		}
	}
	if doc.Info.Title != "An Invented Report" || doc.Info.Author != "Jane Tan" {
		t.Errorf("Info = %+v, want the title and author set by the generator", doc.Info)
	}
	if got := doc.Info.Created.UTC(); !got.Equal(time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("Info.Created = %v, want 2025-03-14 09:30 UTC", got)
	}
}

func TestExtractLimits(t *testing.T) {
	page := []string{"some words on a page"}
	data := makePDF(t, [][]string{page, page, page}, nil)
	doc, err := Extract(context.Background(), data, Limits{MaxPages: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Pages) != 2 || !doc.Truncated || doc.NumPages != 3 {
		t.Errorf("MaxPages 2: got %d pages, Truncated %v, NumPages %d; want 2, true, 3", len(doc.Pages), doc.Truncated, doc.NumPages)
	}
	if _, err := Extract(context.Background(), data, Limits{MaxBytes: 100}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxBytes 100: err = %v, want ErrTooLarge", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Extract(ctx, data, Limits{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v, want context.Canceled", err)
	}
	doc, err = Extract(context.Background(), data, Limits{MaxPageChars: 5})
	if err != nil || len(doc.Pages) != 3 || len(doc.Pages[0]) > 12 {
		t.Errorf("MaxPageChars 5: pages %q, err %v; want 3 short pages", doc.Pages, err)
	}
}

func TestExtractErrors(t *testing.T) {
	good := makePDF(t, [][]string{{"text"}}, nil)
	locked := makePDF(t, [][]string{{"secret text"}}, func(p *fpdf.Fpdf) {
		p.SetProtection(fpdf.CnProtectPrint, "user-pass", "owner-pass")
	})
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotPDF},
		{"html", []byte("<html><body>not a pdf</body></html>"), ErrNotPDF},
		{"encrypted", locked, ErrEncrypted},
		{"truncated", good[:len(good)/2], nil},
		{"garbage after header", append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte{0xff, 0x00}, 500)...), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(context.Background(), tt.data, Limits{})
			if err == nil {
				t.Fatal("Extract succeeded, want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestExtractPDF20(t *testing.T) {
	data := makePDF(t, [][]string{{"version two"}}, nil)
	copy(data, "%PDF-2.0")
	doc, err := Extract(context.Background(), data, Limits{})
	if err != nil || len(doc.Pages) != 1 || doc.Pages[0] != "version two\n" {
		t.Fatalf("PDF 2.0 header: %q, %v", doc.Pages, err)
	}
}

func TestLayoutLigatures(t *testing.T) {
	runs := []run{{X: 10, Y: 100, W: 20, Size: 10, S: "ﬁrst"}, {X: 32, Y: 100, W: 20, Size: 10, S: "ofﬁce"}}
	if got, want := layout(runs), "first office\n"; got != want {
		t.Errorf("layout = %q, want %q", got, want)
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"D:20250314093000+08'00'", time.Date(2025, 3, 14, 1, 30, 0, 0, time.UTC), true},
		{"D:20250314093000Z", time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC), true},
		{"D:2025", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"D:20250231", time.Time{}, false},
		{"yesterday", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok || tt.ok && !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add(makePDF(f, [][]string{{"a fuzz seed", "two lines"}, {"and a page"}}, nil))
	f.Add([]byte("%PDF-1.4\n%%EOF\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lim := Limits{MaxPages: 20, Timeout: 2 * time.Second, MaxRead: 64 << 20}
		type result struct {
			doc *Doc
			err error
		}
		done := make(chan result, 1)
		go func() {
			doc, err := Extract(context.Background(), data, lim)
			done <- result{doc, err}
		}()
		// A watchdog, not a speed test: Extract must return near its
		// Timeout, and a stuck input must fail so the fuzzer records it.
		var res result
		select {
		case res = <-done:
		case <-time.After(10 * lim.Timeout):
			t.Fatalf("Extract still running %v after its timeout %v on input %q", 9*lim.Timeout, lim.Timeout, data)
		}
		doc, err := res.doc, res.err
		if err != nil {
			return
		}
		if len(doc.Pages) > lim.MaxPages {
			t.Fatalf("%d pages, limit %d", len(doc.Pages), lim.MaxPages)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	var pages [][]string
	for i := 0; i < 20; i++ {
		var lines []string
		for k := 0; k < 40; k++ {
			lines = append(lines, "a line of body text that fills most of the width of a page")
		}
		pages = append(pages, lines)
	}
	data := makePDF(b, pages, nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Extract(context.Background(), data, Limits{}); err != nil {
			b.Fatal(err)
		}
	}
}
