// Package testpdf writes small invented PDFs for tests: pages of lines,
// each line drawn word by word so that word gaps come from positions, as
// in real reports. It is imported by tests only.
package testpdf

import (
	"bytes"
	"strings"

	"github.com/go-pdf/fpdf"
)

// Write draws pages (each a list of lines; "" is a larger vertical gap) in
// A4 Helvetica 11 pt. setup, when not nil, is called before the pages are
// drawn, for metadata or protection.
func Write(pages [][]string, setup func(*fpdf.Fpdf)) ([]byte, error) {
	pdf := fpdf.New("P", "pt", "A4", "")
	if setup != nil {
		setup(pdf)
	}
	pdf.SetFont("Helvetica", "", 11)
	for _, lines := range pages {
		pdf.AddPage()
		y := 72.0
		for _, l := range lines {
			if l == "" {
				y += 30
				continue
			}
			x := 72.0
			for _, w := range strings.Fields(l) {
				pdf.Text(x, y, w)
				x += pdf.GetStringWidth(w + " ")
			}
			y += 14
		}
	}
	var b bytes.Buffer
	if err := pdf.Output(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
