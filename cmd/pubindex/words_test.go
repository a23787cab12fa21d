package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/internal/golden"
)

// TestCLIOne: counts of one read "1 page", "1 publication matches",
// "1 value" in every text output.
func TestCLIOne(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	src := t.TempDir()
	page, err := os.ReadFile("../../testdata/pages/rsis-01-malacca-patrols.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "one.txt"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	repl := map[string]string{dir: "$INDEX", abs(t, src): "$PAGES"}
	for _, c := range []struct {
		name string
		args []string
	}{
		{"one-ingest", []string{"ingest", "--index", dir, src}},
		{"one-query", []string{"query", "--index", dir, "malacca"}},
		{"one-stats", []string{"stats", "--index", dir}},
	} {
		r := runCLI(t, nil, c.args...)
		if r.code != exitOK {
			t.Fatalf("%v: exit %d\n%s", c.args, r.code, r.stderr)
		}
		golden.Check(t, filepath.Join("testdata", c.name+".stdout"), []byte(scrub(r.stdout, repl)))
	}
}

// TestQueryMarks: --marks chooses how matched words are marked, so a pipe
// can get plain text for grep; the default in a pipe stays **.
func TestQueryMarks(t *testing.T) {
	dir := ingestedIndex(t)
	q := []string{"query", "--index", dir, "malacca", "-n", "1"}
	out := func(extra ...string) string {
		t.Helper()
		r := runCLI(t, nil, append(q, extra...)...)
		if r.code != exitOK {
			t.Fatalf("%v: exit %d\n%s", extra, r.code, r.stderr)
		}
		return r.stdout
	}
	def, md, none, noMarks, ansi := out(), out("--marks", "md"), out("--marks=none"), out("--no-marks"), out("--marks", "ansi")
	if def != md || !strings.Contains(md, "**Malacca**") {
		t.Errorf("default in a pipe is not **:\n%s", def)
	}
	if strings.Contains(none, "**") || strings.Contains(none, "\x1b[") || !strings.Contains(none, "Malacca") {
		t.Errorf("--marks=none still marks:\n%s", none)
	}
	if noMarks != none {
		t.Errorf("--no-marks differs from --marks=none:\n%s", noMarks)
	}
	if !strings.Contains(ansi, ansiMatch+"Malacca"+ansiReset) || strings.Contains(ansi, "**") {
		t.Errorf("--marks=ansi:\n%q", ansi)
	}
	golden.Check(t, filepath.Join("testdata", "query-no-marks.stdout"), []byte(none))
	for _, bad := range [][]string{{"--marks", "bold"}, {"--no-marks", "--marks", "md"}} {
		if r := runCLI(t, nil, append(q, bad...)...); r.code != exitUsage {
			t.Errorf("%v: exit %d, want %d", bad, r.code, exitUsage)
		}
	}
}
