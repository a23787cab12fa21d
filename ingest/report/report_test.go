package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
	"github.com/google/go-cmp/cmp"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/pdftext"
	"github.com/pubindex/pubindex/internal/golden"
)

// inventedReport draws a five-page report: a cover, a contents page and
// three body pages with a running header, a page footer and broken words.
func inventedReport(t testing.TB) []byte {
	t.Helper()
	pdf := fpdf.New("P", "pt", "A4", "")
	line := func(size, y float64, s string) {
		pdf.SetFont("Helvetica", "", size)
		pdf.Text(72, y, s)
	}
	pdf.AddPage()
	line(10, 72, "Invented Institute for Coastal Studies")
	line(12, 120, "POLICY REPORT")
	line(24, 180, "Shoreline Resilience in")
	line(24, 208, "Southeast Asian Port Cities")
	line(12, 270, "Jane Tan and Omar Rahman")
	line(12, 330, "March 2025")
	pdf.AddPage()
	line(16, 72, "Contents")
	line(11, 110, "Executive Summary .................... 3")
	line(11, 126, "Rising Seas and Old Harbours ......... 4")
	line(11, 142, "Recommendations ...................... 5")
	body := [][]string{
		{"Executive Summary", "", "Port cities face rising seas and must rethink how they guard their",
			"waterfronts. This report weighs three ways to fund coastal secu-", "rity across the region.", "",
			"Each city has its own mix of walls, wetlands and warning systems."},
		{"Rising Seas and Old Harbours", "", "Older harbours were built for calmer water and for ships of another",
			"age. Planners in South-", "East Asia now ask who pays for the next wall.", "",
			"Some answers come from insurance, some from the state."},
		{"Recommendations", "", "Governments should pool data on tides and storms across the whole",
			"region and share it with the cities that need it most.", "",
			"Funds should follow the risk, not the size of the port."},
	}
	for i, p := range body {
		pdf.AddPage()
		line(9, 40, "Shoreline Resilience | Invented Institute")
		y := 90.0
		for _, l := range p {
			if l == "" {
				y += 28
				continue
			}
			line(11, y, l)
			y += 15
		}
		line(9, 800, "Page "+string(rune('3'+i))+" of 5")
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReadGeneratedPDF(t *testing.T) {
	doc, err := pdftext.Extract(context.Background(), inventedReport(t), pdftext.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	got := Read(doc.Pages)
	want := Fields{
		Title:    "Shoreline Resilience in Southeast Asian Port Cities",
		Authors:  []string{"Jane Tan", "Omar Rahman"},
		Date:     pub.Date{Year: 2025, Month: 3},
		Series:   "Policy Report",
		Abstract: "Port cities face rising seas and must rethink how they guard their waterfronts. This report weighs three ways to fund coastal security across the region.",
		Body: []string{
			"Executive Summary",
			"Port cities face rising seas and must rethink how they guard their waterfronts. This report weighs three ways to fund coastal security across the region.",
			"Each city has its own mix of walls, wetlands and warning systems.",
			"Rising Seas and Old Harbours",
			"Older harbours were built for calmer water and for ships of another age. Planners in South-East Asia now ask who pays for the next wall.",
			"Some answers come from insurance, some from the state.",
			"Recommendations",
			"Governments should pool data on tides and storms across the whole region and share it with the cities that need it most.",
			"Funds should follow the risk, not the size of the port.",
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read(Extract(report)) mismatch (-want +got):\n%s\npages: %q", diff, doc.Pages)
	}
}

// Each testdata/report/NAME.txt is an invented report's text, pages cut by
// form feeds; golden/NAME.json holds the fields Read should give.
func TestReadFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/report/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(Read([]string{string(data)}), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "report", "golden", name+".json"), append(got, '\n'))
		})
	}
}

func TestJoinLines(t *testing.T) {
	words := map[string]bool{"well-known": true}
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"coastal secu-", "rity"}, "coastal security"},
		{[]string{"in South-", "East Asia"}, "in South-East Asia"},
		{[]string{"a well-", "known case"}, "a well-known case"},
		{[]string{"from 2020-", "2025"}, "from 2020-2025"},
		{[]string{"soft\u00ad", "ware"}, "software"},
		{[]string{"two", "lines"}, "two lines"},
	}
	for _, tt := range tests {
		if got := joinLines(tt.in, words); got != tt.want {
			t.Errorf("joinLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("Title Line\nJane Tan\nMarch 2025\n\fContents\nIntro ..... 3\n\fHeader\nBody text secu-\nrity.\nPage 3 of 4\n")
	f.Add("\u00ad-\n\n\f\f1\nPage 1 of 1")
	f.Fuzz(func(t *testing.T, text string) {
		fl := Read(strings.Split(text, "\x00"))
		for _, p := range fl.Body {
			if p == "" || len(p) > maxParagraphBytes {
				t.Fatalf("paragraph of %d bytes", len(p))
			}
		}
	})
}
