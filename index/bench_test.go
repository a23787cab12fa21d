package index

import (
	"os"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index/pub"
)

// benchText is prose for the analysis benchmarks: the bodies of the
// fixture pages, about 3,000 words each time round.
func benchText(b *testing.B) string {
	b.Helper()
	var sb strings.Builder
	for _, f := range []string{"rsis-01-malacca-patrols.txt", "rsis-15-gdpr-reach.txt", "rsis-19-cloud-data-sovereignty.txt", "rsis-24-sovereign-ai.txt", "rsis-10-scs-code-of-conduct.txt", "rsis-21-critical-minerals.txt"} {
		p, err := os.ReadFile("../testdata/pages/" + f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(p)
	}
	return sb.String()
}

func BenchmarkAnalyze(b *testing.B) {
	text := benchText(b)
	a := NewAnalyzer()
	n := 0
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		a.Each(text, 0, func(Token) { n++ })
	}
}

func BenchmarkWords(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Words(text, 0, func(int, int, int) {})
	}
}

func BenchmarkBuildPublication(b *testing.B) {
	text := benchText(b)
	d := &pub.Document{ID: "IP25008", Code: "IP25008", Title: "Data Sovereignty in Southeast Asia", Series: "IDSS Papers",
		Authors: []string{"Xing Jiahui", "Li Mingjiang"}, Date: pub.Date{Year: 2025, Month: 2, Day: 3}, Regions: []string{"Global", "South Asia"},
		Topics: []string{"Cybersecurity"}, Synopsis: text[:600], Body: text[:len(text)/4]}
	bl := NewBuilder()
	b.SetBytes(int64(len(d.Body)))
	for b.Loop() {
		if _, err := bl.Publication(d); err != nil {
			b.Fatal(err)
		}
	}
}
