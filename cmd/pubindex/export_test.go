package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/pubindex/pubindex/internal/golden"
)

// TestExportFormats exports a query's hits from the bundled pages in every
// format; the pages are copied with a fixed modification time, the access
// date the exports print.
func TestExportFormats(t *testing.T) {
	pages := filepath.Join(t.TempDir(), "pages")
	if err := os.CopyFS(pages, os.DirFS("../../testdata/pages")); err != nil {
		t.Fatal(err)
	}
	fetched := time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC)
	ents, err := os.ReadDir(pages)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if err := os.Chtimes(filepath.Join(pages, e.Name()), fetched, fetched); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "-q", "--index", dir, pages); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	repl := map[string]string{dir: "$INDEX", abs(t, pages): "$PAGES", pages: "$PAGES"}
	ext := map[string]string{"jsonl": "jsonl", "csv": "csv", "bibtex": "bib", "ris": "ris", "csl-json": "json", "md": "md"}
	for f, x := range ext {
		t.Run(f, func(t *testing.T) {
			r := runCLI(t, nil, "export", "--index", dir, "--format", f, "data OR cyber", "--region", "Southeast Asia and ASEAN", "--sort", "newest")
			if r.code != exitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			golden.Check(t, filepath.Join("testdata", "export", "data-or-cyber."+x), []byte(scrub(r.stdout, repl)))
		})
	}

	t.Run("record", func(t *testing.T) {
		rec := filepath.Join(t.TempDir(), "search.json")
		out := filepath.Join(t.TempDir(), "out.ris")
		r := runCLI(t, nil, "export", "--index", dir, "--format", "ris", "-o", out, "--record", rec,
			"maritime", "--since", "2010", "--author", "Hoang Minh Chau")
		if r.code != exitOK || r.stdout != "" {
			t.Fatalf("exit %d, stdout %q: %s", r.code, r.stdout, r.stderr)
		}
		js, err := os.ReadFile(rec)
		if err != nil {
			t.Fatal(err)
		}
		varying := regexp.MustCompile(`"(version|run_at|last_ingest)": "[^"]*"`)
		golden.Check(t, filepath.Join("testdata", "export", "record.json"),
			[]byte(varying.ReplaceAllString(scrub(string(js), repl), `"$1": "X"`)))
	})

	for _, bad := range [][]string{{"--format", "endnote"}, {"--limit", "5"}, {"--sort", "title"}} {
		if r := runCLI(t, nil, append([]string{"export", "--index", dir}, bad...)...); r.code != exitUsage {
			t.Errorf("export %v: exit %d, want %d (%s)", bad, r.code, exitUsage, r.stderr)
		}
	}
}
