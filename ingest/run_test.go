package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/ingest/site"
)

func openTestIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func fixturePage(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../testdata/pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func run(t *testing.T, ix *index.Index, p *parse.Parser, roots ...string) *Summary {
	t.Helper()
	sum, err := Run(context.Background(), ix, p, Config{Roots: roots})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// withCategories replaces every Categories line of a page.
func withCategories(page, cats string) string {
	lines := strings.Split(page, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "Categories:") {
			lines[i] = "    Categories: " + cats
		}
	}
	return strings.Join(lines, "\n")
}

func TestUnknownLabelsReportedOncePerRun(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), withCategories(fixturePage(t, "rsis-01-malacca-patrols.txt"), "RSIS Commentary / Quantum Diplomacy / Global"))
	writeFile(t, filepath.Join(dir, "b.txt"), withCategories(fixturePage(t, "rsis-02-militant-recruitment.txt"), "RSIS Commentary / Quantum Diplomacy"))
	ix := openTestIndex(t)
	sum := run(t, ix, newTestParser(t), dir)
	if !cmp.Equal(sum.UnknownLabels, []string{"Quantum Diplomacy"}) {
		t.Errorf("UnknownLabels = %v, want [Quantum Diplomacy] once", sum.UnknownLabels)
	}
	d, _ := ix.Document("CO05018")
	if d == nil || !cmp.Equal(d.Topics, []string{"Quantum Diplomacy"}) || !cmp.Equal(d.Regions, []string{"Global"}) {
		t.Errorf("document = %+v; the unknown label should be a topic", d)
	}

	// A taxonomy file teaches the label as a region.
	tf := filepath.Join(t.TempDir(), "tax.json")
	writeFile(t, tf, `{"regions": ["Quantum Diplomacy"]}`)
	tax := site.NewTaxonomy(mustProfiles(t)...)
	if err := tax.LoadTaxonomyFile(tf); err != nil {
		t.Fatal(err)
	}
	p, err := parse.NewParser(parse.Options{Taxonomy: tax})
	if err != nil {
		t.Fatal(err)
	}
	rs := p.Parse(context.Background(), "a.txt", []byte(withCategories(fixturePage(t, "rsis-01-malacca-patrols.txt"), "RSIS Commentary / quantum diplomacy")))
	if d := rs[0].Doc; d == nil || !cmp.Equal(d.Regions, []string{"Quantum Diplomacy"}) || len(rs[0].Unknown) != 0 {
		t.Errorf("with taxonomy file: %+v", rs[0])
	}
}

func mustProfiles(t *testing.T) []*site.Profile {
	t.Helper()
	ps, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestRunSkipsUnchangedFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"rsis-01-malacca-patrols.txt", "rsis-02-militant-recruitment.txt"} {
		writeFile(t, filepath.Join(dir, n), fixturePage(t, n))
	}
	ix := openTestIndex(t)
	p := newTestParser(t)
	if s := run(t, ix, p, dir); s.Added != 2 || s.Parsed != 2 {
		t.Fatalf("first run: %+v", s)
	}
	if s := run(t, ix, p, dir); s.Parsed != 0 || s.Unchanged != 2 || s.Added+s.Updated+s.Removed != 0 {
		t.Fatalf("second run read files or changed documents: %+v", s)
	}
}

// TestHostileFiles: every bad file gets a message naming it and the reason,
// the rest of the run goes on, and what was indexed stays.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	good := fixturePage(t, "rsis-01-malacca-patrols.txt")
	writeFile(t, filepath.Join(dir, "good.txt"), good)
	writeFile(t, filepath.Join(dir, "big.txt"), good+strings.Repeat("x", 2000))
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "binary.txt"), "\x00\x03\x07 no known format \x00\x00\x01")
	if err := os.Symlink(filepath.Join(dir, "loop-b"), filepath.Join(dir, "loop-a")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "loop-a"), filepath.Join(dir, "loop-b")); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "up")); err != nil { // a folder link loop
		t.Fatal(err)
	}
	// A file over the limit is refused by its size, unopened: reading it
	// would first allocate its whole size.
	var mu sync.Mutex
	opened := map[string]bool{}
	defer func(orig func(string, int, os.FileMode) (*os.File, error)) { openFile = orig }(openFile)
	openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		mu.Lock()
		opened[filepath.Base(name)] = true
		mu.Unlock()
		return os.OpenFile(name, flag, perm)
	}
	ix := openTestIndex(t)
	sum, err := Run(context.Background(), ix, newTestParser(t), Config{Roots: []string{dir}, MaxFileSize: int64(len(good) + 100)})
	if err != nil {
		t.Fatal(err)
	}
	if opened["big.txt"] {
		t.Error("big.txt, over the size limit, was opened")
	}
	reasons := map[string]string{}
	for _, is := range append(sum.Failed, sum.Skipped...) {
		reasons[filepath.Base(is.Path)] = is.Reason
	}
	for file, want := range map[string]string{
		"big.txt":    "over the size limit",
		"empty.txt":  "empty file",
		"binary.txt": "binary",
		"loop-a":     "symbolic link loop",
		"loop-b":     "symbolic link loop",
		"up":         "not followed",
	} {
		if !strings.Contains(reasons[file], want) {
			t.Errorf("%s: reason %q, want one containing %q", file, reasons[file], want)
		}
	}
	if sum.Added != 1 {
		t.Errorf("added %d, want the good page", sum.Added)
	}
	if len(sum.Failed) != 3 { // binary and the two loops; size and empty are skips
		t.Errorf("failed: %v", sum.Failed)
	}
}

// TestParserChangeRereads: a run with another parser (here --keep-other)
// reads unchanged files again, so their new reading reaches the index.
func TestParserChangeRereads(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pub.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"))
	ev, err := os.ReadFile("../testdata/variety/19-event.txt")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "event.txt"), string(ev))
	ix := openTestIndex(t)
	if s := run(t, ix, newTestParser(t), dir); s.Added != 1 || len(s.Skipped) != 1 {
		t.Fatalf("first run: %+v", s)
	}
	keep, err := parse.NewParser(parse.Options{KeepOther: true})
	if err != nil {
		t.Fatal(err)
	}
	s := run(t, ix, keep, dir)
	if s.Parsed != 2 || s.Added != 1 || s.Unchanged != 1 {
		t.Errorf("run with --keep-other: %+v, want both files read and the event added", s)
	}
	if s := run(t, ix, keep, dir); s.Parsed != 0 {
		t.Errorf("third run read %d files, want none", s.Parsed)
	}
	// Back to the default parser: the event is skipped again and leaves
	// the index, once.
	if s := run(t, ix, newTestParser(t), dir); s.Parsed != 2 || s.Removed != 1 || s.Unchanged != 1 {
		t.Errorf("run without --keep-other: %+v, want both files read and the event removed", s)
	}
	if n, err := ix.Count(context.Background()); err != nil || n != 1 {
		t.Errorf("index holds %d publications (%v), want 1", n, err)
	}
	if s := run(t, ix, newTestParser(t), dir); s.Parsed != 0 {
		t.Errorf("fifth run read %d files, want none", s.Parsed)
	}
}

// TestPruneInterrupted: a prune stopped by Ctrl-C says the run was
// interrupted, so the summary does not claim a finished run.
func TestPruneInterrupted(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "pub.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"))
	ix := openTestIndex(t)
	run(t, ix, newTestParser(t), dir)
	recs, err := ix.AllSources(context.Background())
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d source records (%v), want 1", len(recs), err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum := &Summary{}
	e := newRunner(ix, newTestParser(t), Config{}, sum, recs)
	if err := e.prune(ctx, []string{dir}, &walkResult{}); err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted {
		t.Error("prune stopped by a cancelled context: summary not marked interrupted")
	}
}
