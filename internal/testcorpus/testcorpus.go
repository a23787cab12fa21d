// Package testcorpus generates corpora of page dumps for tests and
// benchmarks: variations of the fixture pages in testdata/pages, each with
// its own publication code, so every page is its own publication. It is
// imported by tests only.
package testcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var codeRE = regexp.MustCompile(`\b(CO|IP|PR|WP|NTS)\d{5}\b`)

// Write writes n pages into dir (page-00000.txt, ...), made from the
// fixture pages in fixtures (a testdata/pages folder). Page i has the
// code of its fixture's series numbered i, and its synopsis starts with
// "Variant i.".
func Write(dir, fixtures string, n int) error {
	files, err := filepath.Glob(filepath.Join(fixtures, "*.txt"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no fixture pages in %s", fixtures)
	}
	pages := make([]string, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		pages[i] = string(b)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		page := codeRE.ReplaceAllStringFunc(pages[i%len(pages)], func(c string) string {
			return codeRE.FindStringSubmatch(c)[1] + fmt.Sprintf("%05d", i)
		})
		page = strings.Replace(page, "SYNOPSIS\n\n    ", fmt.Sprintf("SYNOPSIS\n\n    Variant %d. ", i), 1)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("page-%05d.txt", i)), []byte(page), 0o644); err != nil {
			return err
		}
	}
	return nil
}
