package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"
)

// Tests of issue 12 (scrape folders as scrapers leave them): what the user
// sees is the point, so the outputs are goldens.

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(t *testing.T, data []byte) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const testPNG = "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"

func TestIngestFolders(t *testing.T) {
	tmp := abs(t, t.TempDir())
	dir := filepath.Join(tmp, "index")
	page := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("../../testdata/pages", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// A page saved by a browser, with its page_files/, and what a scraper
	// leaves beside pages: a gzipped page, a sitemap, a PDF-less archive.
	browser := filepath.Join(tmp, "browser")
	writeTree(t, browser, map[string]string{
		"malacca.txt":              string(page("rsis-01-malacca-patrols.txt")),
		"recruitment.txt.gz":       gzipped(t, page("rsis-02-militant-recruitment.txt")),
		"malacca_files/logo.png":   testPNG,
		"malacca_files/banner.txt": testPNG, // the name lies
		"malacca_files/site.css":   "body { margin: 0 }\n",
		"malacca_files/app.js":     "var x = 1;\n",
		"malacca_files/font.woff2": "wOF2\x00\x01\x00\x00",
		"sitemap.xml":              "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://x.org/</loc></url></urlset>\n",
		"scrape.tar.gz":            gzipped(t, []byte("x")),
	})
	images := filepath.Join(tmp, "images")
	writeTree(t, images, map[string]string{"a.png": testPNG, "b.jpg": "\xff\xd8\xff\xe0"})
	emptied := filepath.Join(tmp, "emptied")
	writeTree(t, emptied, map[string]string{"p.txt": string(page("rsis-03-gulf-oil-energy-security.txt"))})
	repl := map[string]string{dir: "$INDEX", tmp: "$TMP"}

	tests := []struct {
		name     string
		setup    func()
		args     []string
		wantCode int
	}{
		// Exit 0, not 3: nothing that was meant to be read failed.
		{"ingest-browser-folder", nil, []string{"ingest", "--index", dir, browser}, exitOK},
		{"ingest-browser-folder-again-json", nil, []string{"ingest", "--index", dir, "--json", browser}, exitOK},
		{"ingest-no-pages", nil, []string{"ingest", "--index", dir, images}, exitNoPages},
		{"ingest-exclude-everything", nil, []string{"ingest", "--index", dir, "--exclude", "*.txt*", browser}, exitNoPages},
		{"ingest-bad-pattern", nil, []string{"ingest", "--index", dir, "--include", "[a-", browser}, exitUsage},
		{"ingest-emptied-setup", nil, []string{"ingest", "--index", dir, emptied}, exitOK},
		{"ingest-prune-missing-folder", nil, []string{"ingest", "--index", dir, "--prune", filepath.Join(tmp, "gone")}, exitUsage},
		{"ingest-prune-emptied-folder", func() { os.Remove(filepath.Join(emptied, "p.txt")) }, []string{"ingest", "--index", dir, "--prune", emptied}, exitUsage},
		{"ingest-prune-missing-flag", nil, []string{"ingest", "--index", dir, "--prune-missing", emptied}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup()
			}
			checkCLI(t, nil, repl, tt.name, tt.wantCode, tt.args...)
		})
	}
}
