package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// export renders every document of ix with its sources, newest first, as
// the export command does: the state a clean build must reproduce.
func export(t *testing.T, ix *index.Index) string {
	t.Helper()
	srcs, err := ix.AllSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	byDoc := map[string][]*index.SourceRecord{}
	for _, s := range srcs {
		for _, id := range s.Docs {
			byDoc[id] = append(byDoc[id], s)
		}
	}
	var b bytes.Buffer
	err = ix.Each(context.Background(), func(d *pub.Document) error {
		rs := byDoc[d.ID]
		for i := 1; i < len(rs); i++ {
			for j := i; j > 0 && rs[j].Newer(rs[j-1]); j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
		for _, r := range rs {
			d.Sources = append(d.Sources, r.Path)
		}
		js, _ := json.Marshal(d)
		b.Write(append(js, '\n'))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// clean builds a fresh index of roots and returns its export.
func clean(t *testing.T, roots ...string) string {
	t.Helper()
	ix := openTestIndex(t)
	run(t, ix, newTestParser(t), roots...)
	return export(t, ix)
}

func setTime(t *testing.T, path string, sec int) {
	t.Helper()
	tm := time.Date(2026, 1, 1, 0, 0, sec, 0, time.UTC)
	if err := os.Chtimes(path, tm, tm); err != nil {
		t.Fatal(err)
	}
}

func put(t *testing.T, path, content string, sec int) {
	t.Helper()
	writeFile(t, path, content)
	setTime(t, path, sec)
}

// TestIncrementalMatchesCleanBuild changes two scrape folders the way weekly
// scrapes do and checks, after every re-run, the counts of the summary and
// that the index is exactly what a clean build of the same folders gives.
func TestIncrementalMatchesCleanBuild(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "2026-11-20"), filepath.Join(root, "2026-11-27")
	names := []string{"rsis-01-malacca-patrols.txt", "rsis-02-militant-recruitment.txt", "rsis-03-gulf-oil-energy-security.txt", "rsis-04-rice-export-bans.txt", "rsis-05-financial-safety-nets.txt"}
	pages := map[string]string{}
	for i, n := range names {
		pages[n] = fixturePage(t, n)
		put(t, filepath.Join(a, n), pages[n], i)
	}
	if err := os.MkdirAll(b, 0o755); err != nil {
		t.Fatal(err)
	}
	ix := openTestIndex(t)
	p := newTestParser(t)
	type counts struct{ Parsed, Added, Updated, Unchanged, Removed int }
	pruneMissing := false // an emptied folder is pruned only when the user says it is emptied
	step := func(name string, prune bool, want counts) {
		t.Helper()
		sum, err := Run(context.Background(), ix, p, Config{Roots: []string{a, b}, Prune: prune, PruneMissing: pruneMissing})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := counts{Parsed: sum.Parsed, Added: sum.Added, Updated: sum.Updated, Unchanged: sum.Unchanged, Removed: sum.Removed}
		if got != want {
			t.Errorf("%s: summary %+v, want %+v", name, got, want)
		}
		if len(sum.Failed) > 0 {
			t.Errorf("%s: failed %v", name, sum.Failed)
		}
		checkHistory(t, ix, sum)
		if diff := cmp.Diff(clean(t, a, b), export(t, ix)); diff != "" {
			t.Errorf("%s: incremental index differs from a clean build (-clean +incremental):\n%s", name, diff)
		}
	}
	step("first run", false, counts{Parsed: 5, Added: 5})
	step("nothing changed", false, counts{Unchanged: 5})

	setTime(t, filepath.Join(a, names[0]), 100) // touched: same bytes, new mtime
	step("touched", false, counts{Unchanged: 5})

	edited := strings.Replace(pages[names[1]], "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    Revised. ", 1)
	put(t, filepath.Join(a, names[1]), edited, 101)
	step("edited", false, counts{Parsed: 1, Updated: 1, Unchanged: 4})

	put(t, filepath.Join(b, "copy.txt"), pages[names[2]], 102) // the same page in the next scrape
	step("copied", false, counts{Unchanged: 5})

	// A newer scrape of page 4 under another name: same code, new text.
	v2 := strings.Replace(pages[names[3]], "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    Second version. ", 1)
	put(t, filepath.Join(b, "renamed.txt"), v2, 103)
	step("newer version elsewhere", false, counts{Parsed: 1, Updated: 1, Unchanged: 4})
	id4 := "CO" // the code of page 4, read from the index
	for _, d := range strings.Split(export(t, ix), "\n") {
		if strings.Contains(d, "renamed.txt") {
			var doc pub.Document
			json.Unmarshal([]byte(d), &doc)
			id4 = doc.ID
			if len(doc.Sources) != 2 || !strings.HasSuffix(doc.Sources[0], "renamed.txt") || !strings.HasPrefix(doc.Synopsis, "Second version.") {
				t.Errorf("page in two files: sources %v, synopsis %.30q", doc.Sources, doc.Synopsis)
			}
		}
	}

	// An older file of a document is deleted: nothing changes without
	// --prune, and with it only the source goes.
	os.Remove(filepath.Join(a, names[3]))
	sum, _ := Run(context.Background(), ix, p, Config{Roots: []string{a, b}})
	if sum.Removed != 0 {
		t.Errorf("without --prune something was removed: %+v", sum)
	}
	step("pruned an old copy", true, counts{Unchanged: 5})

	// The newest file of page 3 (the copy) goes: the document falls back to
	// the file that is left.
	os.Remove(filepath.Join(b, "copy.txt"))
	step("pruned the newest copy", true, counts{Unchanged: 5})

	// Every file of page 4 is gone: the document goes, with --prune only.
	os.Remove(filepath.Join(b, "renamed.txt"))
	pruneMissing = true
	step("pruned the last file", true, counts{Removed: 1, Unchanged: 4})
	pruneMissing = false
	if d, _ := ix.Document(id4); d != nil {
		t.Errorf("document %s is still there", id4)
	}

	// The newest version is deleted while an older one remains: the
	// document goes back to the older text.
	put(t, filepath.Join(b, "v2.txt"), edited+"\n", 200)
	step("newer copy of page 2", false, counts{Parsed: 1, Updated: 0, Unchanged: 4})
	v3 := strings.Replace(pages[names[1]], "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    Third. ", 1)
	put(t, filepath.Join(b, "v2.txt"), v3, 201)
	step("page 2 updated in the new scrape", false, counts{Parsed: 1, Updated: 1, Unchanged: 3})
	os.Remove(filepath.Join(b, "v2.txt"))
	pruneMissing = true
	step("new scrape's page 2 deleted", true, counts{Updated: 1, Unchanged: 3})
}

// TestFailureNeverDeletes: a page that cannot be read this time keeps the
// document it gave before, even with --prune, and is tried again next time.
func TestFailureNeverDeletes(t *testing.T) {
	dir := t.TempDir()
	page := fixturePage(t, "rsis-01-malacca-patrols.txt")
	path := filepath.Join(dir, "a.txt")
	put(t, path, page, 1)
	ix := openTestIndex(t)
	p := newTestParser(t)
	run(t, ix, p, dir)
	before := export(t, ix)

	for _, bad := range []string{"\x89PNG\r\n\x1a\n\x00\x00binary", page[:200], ""} {
		put(t, path, bad, 2)
		sum, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Prune: true})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Removed != 0 || len(sum.Failed)+len(sum.Skipped)+len(sum.Warnings) == 0 {
			t.Errorf("damaged page %.20q: %+v", bad, sum)
		}
		if got := export(t, ix); got != before {
			t.Errorf("damaged page %.20q changed the index", bad)
		}
	}
	put(t, path, page, 3) // repaired: read again, same content
	if sum := run(t, ix, p, dir); sum.Parsed != 0 && sum.Unchanged != 1 {
		t.Errorf("repaired page: %+v", sum)
	}
}

// TestNewestSourceUnreadable: when the file a document falls back to cannot
// be read, nothing is half-applied: the old state stays, and once the file
// is readable again the next run ends where a clean build would.
func TestNewestSourceUnreadable(t *testing.T) {
	dir := t.TempDir()
	page := fixturePage(t, "rsis-01-malacca-patrols.txt")
	older := strings.Replace(page, "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    Older. ", 1)
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	put(t, a, page, 2)
	put(t, b, older, 1)
	ix := openTestIndex(t)
	p := newTestParser(t)
	run(t, ix, p, dir)
	before := export(t, ix)

	os.Remove(a)
	os.Remove(b)
	if err := syscall.Mkfifo(b, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	sum, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Prune: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := export(t, ix); got != before || sum.Removed+sum.Updated != 0 {
		t.Errorf("an unreadable fallback changed the index: %+v", sum)
	}
	found := false
	for _, w := range sum.Warnings {
		found = found || strings.Contains(w.Reason, "not pruned")
	}
	if !found {
		t.Errorf("no warning that a.txt was not pruned: %v", sum.Warnings)
	}

	os.Remove(b)
	put(t, b, older, 1) // readable again, unchanged since its record
	if _, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Prune: true}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(clean(t, dir), export(t, ix)); diff != "" {
		t.Errorf("after the file came back (-clean +incremental):\n%s", diff)
	}
}

// TestPruneGoneFolder: a scrape folder that is missing (moved, unmounted,
// mistyped) is never taken as emptied by --prune: that needs
// --prune-missing. The same holds for a folder that is there but holds no
// file (a mount point with nothing mounted).
func TestPruneGoneFolder(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	put(t, filepath.Join(a, "1.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"), 1)
	put(t, filepath.Join(b, "2.txt"), fixturePage(t, "rsis-02-militant-recruitment.txt"), 1)
	ix := openTestIndex(t)
	p := newTestParser(t)
	run(t, ix, p, a, b)
	os.RemoveAll(b)
	if _, err := Run(context.Background(), ix, p, Config{Roots: []string{a, b}}); err == nil {
		t.Error("a missing folder without --prune: no error")
	}
	var missing *MissingRootError
	if _, err := Run(context.Background(), ix, p, Config{Roots: []string{a, b}, Prune: true}); !errors.As(err, &missing) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing folder with --prune: error %v, want a MissingRootError", err)
	}
	os.Mkdir(b, 0o755) // the mount point, with nothing mounted
	if _, err := Run(context.Background(), ix, p, Config{Roots: []string{a, b}, Prune: true}); !errors.As(err, &missing) || missing.Indexed != 1 {
		t.Errorf("an emptied folder with --prune: error %v, want a MissingRootError naming 1 indexed file", err)
	}
	if n, _ := ix.Count(context.Background()); n != 2 {
		t.Errorf("%d documents after the refused prunes, want both kept", n)
	}
	os.Remove(b)
	sum, err := Run(context.Background(), ix, p, Config{Roots: []string{a, b}, Prune: true, PruneMissing: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Removed != 1 {
		t.Errorf("removed %d, want the document of the gone folder", sum.Removed)
	}
	if diff := cmp.Diff(clean(t, a), export(t, ix)); diff != "" {
		t.Errorf("(-clean +incremental):\n%s", diff)
	}
}
