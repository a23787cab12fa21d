package ingest

// Tests of the safety promises README.md makes about ingest runs, each
// checked by breaking the line it guards (docs/mutations.md). They use
// only Run, Watch and Config, plus the two test hooks walkDir and
// openFile, so they outlive changes to how pages are read.

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/parse"
)

const (
	safetyPageA = "rsis-01-malacca-patrols.txt"
	safetyPageB = "rsis-02-militant-recruitment.txt"
)

func safetyIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func safetyParser(t *testing.T) *parse.Parser {
	t.Helper()
	p, err := parse.NewParser(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// safetyPage returns a bundled page; with a non-empty mark, its synopsis
// starts with mark, so which file a document's text came from shows.
func safetyPage(t *testing.T, name, mark string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../testdata/pages", name))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if mark != "" {
		marked := strings.Replace(page, "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    "+mark+" ", 1)
		if marked == page {
			t.Fatalf("%s has no synopsis to mark", name)
		}
		page = marked
	}
	return page
}

// safetyWrite writes a file with its modification time at second sec of
// 2026 (sec < 0: now).
func safetyWrite(t *testing.T, path, content string, sec int) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if sec >= 0 {
		tm := time.Date(2026, 1, 1, 0, 0, sec, 0, time.UTC)
		if err := os.Chtimes(path, tm, tm); err != nil {
			t.Fatal(err)
		}
	}
}

func safetyRun(t *testing.T, ix *index.Index, p *parse.Parser, cfg Config) *Summary {
	t.Helper()
	sum, err := Run(context.Background(), ix, p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// docsOf returns the documents the index says path gave.
func docsOf(t *testing.T, ix *index.Index, path string) []string {
	t.Helper()
	recs, err := ix.AllSources(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if r.Path == path {
			return r.Docs
		}
	}
	t.Fatalf("no source record for %s", path)
	return nil
}

// oneDoc returns the one document path gave.
func oneDoc(t *testing.T, ix *index.Index, path string) string {
	t.Helper()
	ids := docsOf(t, ix, path)
	if len(ids) != 1 {
		t.Fatalf("%s gave documents %v, want one", path, ids)
	}
	return ids[0]
}

func present(t *testing.T, ix *index.Index, id string) bool {
	t.Helper()
	d, err := ix.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	return d != nil
}

// realDir is dir with symbolic links resolved, as Run records paths.
func realDir(t *testing.T, dir string) string {
	t.Helper()
	r, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSafetyNothingRemovedWithoutPrune: a page whose only file was deleted
// keeps its publication until a run with --prune.
func TestSafetyNothingRemovedWithoutPrune(t *testing.T) {
	dir := realDir(t, t.TempDir())
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	safetyWrite(t, a, safetyPage(t, safetyPageA, ""), 1)
	safetyWrite(t, b, safetyPage(t, safetyPageB, ""), 1)
	ix, p := safetyIndex(t), safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{dir}})
	id := oneDoc(t, ix, a)

	if err := os.Remove(a); err != nil {
		t.Fatal(err)
	}
	if sum := safetyRun(t, ix, p, Config{Roots: []string{dir}}); sum.Removed != 0 || !present(t, ix, id) {
		t.Fatalf("without --prune, deleting the only file of %s removed it (summary %+v)", id, sum)
	}
	// The check above can fail: with --prune the same run removes it.
	if sum := safetyRun(t, ix, p, Config{Roots: []string{dir}, Prune: true}); sum.Removed != 1 || present(t, ix, id) {
		t.Fatalf("with --prune, %s was not removed (summary %+v)", id, sum)
	}
}

// TestSafetyPruneStaysInsideRoots: --prune never removes documents whose
// files live in a folder not given to this run, even when those files are
// gone.
func TestSafetyPruneStaysInsideRoots(t *testing.T) {
	root := realDir(t, t.TempDir())
	a, b := filepath.Join(root, "2026-11-20"), filepath.Join(root, "2026-11-27")
	inA, inB := filepath.Join(a, "1.txt"), filepath.Join(b, "2.txt")
	safetyWrite(t, inA, safetyPage(t, safetyPageA, ""), 1)
	safetyWrite(t, inB, safetyPage(t, safetyPageB, ""), 1)
	// a keeps a file: an emptied folder is pruned only with PruneMissing.
	safetyWrite(t, filepath.Join(a, "robots.txt"), "User-agent: *\n", 1)
	ix, p := safetyIndex(t), safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{a, b}})
	idA, idB := oneDoc(t, ix, inA), oneDoc(t, ix, inB)

	if err := os.Remove(inA); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(inB); err != nil {
		t.Fatal(err)
	}
	sum := safetyRun(t, ix, p, Config{Roots: []string{a}, Prune: true})
	if !present(t, ix, idB) {
		t.Errorf("--prune of %s removed %s, whose file was in %s (summary %+v)", a, idB, b, sum)
	}
	if present(t, ix, idA) || sum.Removed != 1 {
		t.Errorf("--prune of %s kept %s, whose file is gone from it (summary %+v)", a, idA, sum)
	}
}

// TestSafetyUnreadableFolderNotPruned: documents under a folder that could
// not be read this run are not pruned, even when their files seem gone.
// File modes do not stop root (tests and CI run as root), so the walk is
// told the folder cannot be read, as filepath.WalkDir reports it.
func TestSafetyUnreadableFolderNotPruned(t *testing.T) {
	root := realDir(t, t.TempDir())
	sub := filepath.Join(root, "sub")
	inSub, top := filepath.Join(sub, "1.txt"), filepath.Join(root, "2.txt")
	safetyWrite(t, inSub, safetyPage(t, safetyPageA, ""), 1)
	safetyWrite(t, top, safetyPage(t, safetyPageB, ""), 1)
	ix, p := safetyIndex(t), safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{root}})
	id := oneDoc(t, ix, inSub)

	// The folder is unreadable and its file is not there to Lstat (a
	// folder without search permission, a failing network mount).
	if err := os.Remove(inSub); err != nil {
		t.Fatal(err)
	}
	defer func(orig func(string, fs.WalkDirFunc) error) { walkDir = orig }(walkDir)
	walkDir = func(r string, fn fs.WalkDirFunc) error {
		return filepath.WalkDir(r, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() && path == sub {
				// WalkDir calls fn for a folder, then again with the error
				// when reading it fails.
				if err := fn(path, d, nil); err != nil {
					return err
				}
				return fn(path, d, &fs.PathError{Op: "open", Path: path, Err: fs.ErrPermission})
			}
			return fn(path, d, err)
		})
	}
	sum := safetyRun(t, ix, p, Config{Roots: []string{root}, Prune: true})
	if !present(t, ix, id) || sum.Removed != 0 {
		t.Errorf("--prune removed %s from a folder it could not read (summary %+v)", id, sum)
	}
	reported := false
	for _, f := range sum.Failed {
		reported = reported || f.Path == sub && strings.Contains(f.Reason, "permission denied")
	}
	if !reported {
		t.Errorf("the unreadable folder is not listed as failed: %v", sum.Failed)
	}

	// Readable again: now the file is known to be gone, and is pruned.
	walkDir = filepath.WalkDir
	if sum := safetyRun(t, ix, p, Config{Roots: []string{root}, Prune: true}); present(t, ix, id) || sum.Removed != 1 {
		t.Errorf("once the folder was readable, %s was not pruned (summary %+v)", id, sum)
	}
}

// TestSafetyUnchangedFileNotOpened: a file whose size and modification
// time match its record is not opened at all; a touched one is opened
// (and, its hash matching, not parsed).
func TestSafetyUnchangedFileNotOpened(t *testing.T) {
	dir := realDir(t, t.TempDir())
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	safetyWrite(t, a, safetyPage(t, safetyPageA, ""), 1)
	safetyWrite(t, b, safetyPage(t, safetyPageB, ""), 1)
	ix, p := safetyIndex(t), safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{dir}})

	var mu sync.Mutex
	opened := map[string]int{}
	defer func(orig func(string, int, os.FileMode) (*os.File, error)) { openFile = orig }(openFile)
	openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		mu.Lock()
		opened[name]++
		mu.Unlock()
		return os.OpenFile(name, flag, perm)
	}
	if sum := safetyRun(t, ix, p, Config{Roots: []string{dir}}); len(opened) != 0 || sum.Unchanged != 2 {
		t.Errorf("unchanged files were opened: %v (summary %+v)", opened, sum)
	}
	safetyWrite(t, a, safetyPage(t, safetyPageA, ""), 2) // touched: same bytes, new time
	sum := safetyRun(t, ix, p, Config{Roots: []string{dir}})
	if opened[a] != 1 || opened[b] != 0 || sum.Parsed != 0 {
		t.Errorf("after touching a.txt: opened %v, parsed %d; want a.txt opened once, nothing parsed", opened, sum.Parsed)
	}
}

// TestSafetyTieGoesToGreaterPath: two files of one publication with the
// same modification time: the text is the greater path's, whichever was
// ingested first.
func TestSafetyTieGoesToGreaterPath(t *testing.T) {
	for _, order := range []string{"together", "lesser first", "greater first"} {
		t.Run(order, func(t *testing.T) {
			root := realDir(t, t.TempDir())
			lesser := filepath.Join(root, "2026-11-20", "page.txt")
			greater := filepath.Join(root, "2026-11-27", "page.txt")
			ix, p := safetyIndex(t), safetyParser(t)
			roots := []string{filepath.Dir(lesser), filepath.Dir(greater)}
			if err := os.MkdirAll(roots[0], 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(roots[1], 0o755); err != nil {
				t.Fatal(err)
			}
			switch order {
			case "lesser first":
				safetyWrite(t, lesser, safetyPage(t, safetyPageA, "Lesser."), 5)
				safetyRun(t, ix, p, Config{Roots: roots})
			case "greater first":
				safetyWrite(t, greater, safetyPage(t, safetyPageA, "Greater."), 5)
				safetyRun(t, ix, p, Config{Roots: roots})
			}
			safetyWrite(t, lesser, safetyPage(t, safetyPageA, "Lesser."), 5)
			safetyWrite(t, greater, safetyPage(t, safetyPageA, "Greater."), 5)
			safetyRun(t, ix, p, Config{Roots: roots})
			id := oneDoc(t, ix, greater)
			d, err := ix.Document(id)
			if err != nil || d == nil {
				t.Fatalf("document %s: %v, %v", id, d, err)
			}
			if !strings.HasPrefix(d.Synopsis, "Greater.") {
				t.Errorf("synopsis %.40q, want the text of %s (the greater path)", d.Synopsis, greater)
			}
		})
	}
}

// TestSafetyFreshFileDeferred: a file changed less than Settle ago (the
// watch settle period) is left for a later run, and read once it has
// settled.
func TestSafetyFreshFileDeferred(t *testing.T) {
	dir := realDir(t, t.TempDir())
	a := filepath.Join(dir, "a.txt")
	safetyWrite(t, a, safetyPage(t, safetyPageA, ""), -1) // modified now
	ix, p := safetyIndex(t), safetyParser(t)
	sum := safetyRun(t, ix, p, Config{Roots: []string{dir}, Settle: time.Hour})
	if sum.Deferred != 1 || sum.Parsed != 0 || sum.Added != 0 {
		t.Fatalf("a file written just now was not deferred: %+v", sum)
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(a, old, old); err != nil {
		t.Fatal(err)
	}
	if sum := safetyRun(t, ix, p, Config{Roots: []string{dir}, Settle: time.Hour}); sum.Deferred != 0 || sum.Added != 1 {
		t.Fatalf("a settled file was not read: %+v", sum)
	}
}

// TestSafetyWatchDefersUnsettled: watch's first round leaves a file still
// being written (changed less than the settle period ago) and a later round
// reads it, once.
func TestSafetyWatchDefersUnsettled(t *testing.T) {
	dir := realDir(t, t.TempDir())
	ix, p := safetyIndex(t), safetyParser(t)
	// Long enough that the first round surely starts within it.
	const settle = 10 * time.Second
	safetyWrite(t, filepath.Join(dir, "a.txt"), safetyPage(t, safetyPageA, ""), -1)
	written := time.Now()
	rounds := make(chan *Summary, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, ix, p, WatchConfig{Config: Config{Roots: []string{dir}, Settle: settle}, Poll: time.Hour,
			OnRound: func(s *Summary) { rounds <- s }})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Watch: %v", err)
		}
	}()
	next := func() *Summary {
		t.Helper()
		select {
		case s := <-rounds:
			return s
		case <-time.After(30 * time.Second):
			t.Fatal("no round")
		}
		return nil
	}
	if s := next(); s.Deferred != 1 || s.Parsed != 0 || s.Added != 0 {
		if time.Since(written) >= settle {
			t.Skipf("the first round came %v after the file was written: the file had settled", time.Since(written))
		}
		t.Fatalf("first round read a file changed just now: %+v", s)
	}
	if s := next(); s.Deferred != 0 || s.Parsed != 1 || s.Added != 1 {
		t.Fatalf("the round after the settle period: %+v, want the file read", s)
	}
}

// TestSafetyHiddenAndIndexNotRead: hidden files and folders, and the index
// itself when it lives inside a scrape folder, are not read as pages.
func TestSafetyHiddenAndIndexNotRead(t *testing.T) {
	root := realDir(t, t.TempDir())
	page := safetyPage(t, safetyPageA, "")
	safetyWrite(t, filepath.Join(root, "page.txt"), page, 1)
	safetyWrite(t, filepath.Join(root, ".draft.txt"), safetyPage(t, safetyPageB, ""), 1)
	safetyWrite(t, filepath.Join(root, ".git", "copy.txt"), safetyPage(t, safetyPageB, ""), 1)
	ix, err := index.Open(filepath.Join(root, "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p := safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{root}})
	// A second run sees the index's files as they are after a commit.
	sum := safetyRun(t, ix, p, Config{Roots: []string{root}})
	if sum.Seen != 1 || len(sum.Failed)+len(sum.Skipped) != 0 || sum.Unchanged != 1 {
		t.Errorf("read more than page.txt: %+v", sum)
	}
}

// TestSafetyReadErrorKeepsDocument: a changed file that cannot be read
// this time (an I/O error) is listed as failed and keeps its document,
// even with --prune; so does a file now over the size limit.
func TestSafetyReadErrorKeepsDocument(t *testing.T) {
	dir := realDir(t, t.TempDir())
	a := filepath.Join(dir, "a.txt")
	safetyWrite(t, a, safetyPage(t, safetyPageA, ""), 1)
	ix, p := safetyIndex(t), safetyParser(t)
	safetyRun(t, ix, p, Config{Roots: []string{dir}})
	id := oneDoc(t, ix, a)
	safetyWrite(t, a, safetyPage(t, safetyPageA, "Edited."), 2)

	defer func(orig func(string, int, os.FileMode) (*os.File, error)) { openFile = orig }(openFile)
	openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		return nil, &fs.PathError{Op: "read", Path: name, Err: syscall.EIO}
	}
	sum := safetyRun(t, ix, p, Config{Roots: []string{dir}, Prune: true})
	if !present(t, ix, id) || sum.Removed+sum.Updated != 0 || len(sum.Failed) != 1 || sum.Failed[0].Path != a {
		t.Errorf("a read error: document present %v, summary %+v", present(t, ix, id), sum)
	}
	openFile = os.OpenFile

	sum = safetyRun(t, ix, p, Config{Roots: []string{dir}, Prune: true, MaxFileSize: 100})
	if !present(t, ix, id) || sum.Removed+sum.Updated != 0 || len(sum.Skipped) != 1 {
		t.Errorf("a file over the size limit: document present %v, summary %+v", present(t, ix, id), sum)
	}
	// Readable again: the edit is read.
	if sum := safetyRun(t, ix, p, Config{Roots: []string{dir}, Prune: true}); sum.Updated != 1 {
		t.Errorf("once readable: %+v, want the edit read", sum)
	}
}
