package main

// Tests of README.md's promises about processes sharing an index and
// about usage errors, through the CLI run in-process (docs/mutations.md).

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/internal/golden"
)

// ingestedIndex builds an index of the bundled pages and returns its folder.
func ingestedIndex(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "--index", dir, abs(t, "../../testdata/pages")); r.code != exitOK {
		t.Fatalf("ingest: exit %d\n%s", r.code, r.stderr)
	}
	return dir
}

// TestQueryPageZero: pages start at 1; --page 0 is a usage error, not
// quietly page 1.
func TestQueryPageZero(t *testing.T) {
	dir := ingestedIndex(t)
	for _, page := range []string{"0", "-1"} {
		r := runCLI(t, nil, "query", "--index", dir, "maritime", "--page", page)
		if r.code != exitUsage {
			t.Errorf("--page %s: exit %d, want %d\n%s%s", page, r.code, exitUsage, r.stdout, r.stderr)
		}
		if page == "0" {
			golden.Check(t, filepath.Join("testdata", "query-page-zero.stdout"), []byte(r.stdout))
			golden.Check(t, filepath.Join("testdata", "query-page-zero.stderr"), []byte(r.stderr))
		}
	}
}

// TestReadersShareIndex: any number of reading commands read the index
// together while nobody writes.
func TestReadersShareIndex(t *testing.T) {
	dir := ingestedIndex(t)
	held, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	for _, args := range [][]string{
		{"query", "--index", dir, "maritime"},
		{"show", "--index", dir, "co05018"},
		{"stats", "--index", dir},
		{"export", "--index", dir},
	} {
		if r := runCLI(t, nil, args...); r.code != exitOK {
			t.Errorf("%v beside another reader: exit %d\n%s", args, r.code, r.stderr)
		}
	}
}

// TestWritersWaitBoundedForReaders: an ingest started while a reader has
// the index waits for it up to about a second: it goes ahead when the
// reader lets go in time, and otherwise gives up with status 4. The index
// is never removed under a reader (--rebuild).
func TestWritersWaitBoundedForReaders(t *testing.T) {
	dir := ingestedIndex(t)
	pages := abs(t, "../../testdata/pages")
	before := runCLI(t, nil, "export", "--index", dir)

	held, err := index.Open(dir, index.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"ingest", "--index", dir, pages},
		{"ingest", "--rebuild", "--index", dir, pages},
	} {
		start := time.Now()
		r := runCLI(t, nil, args...)
		if r.code != exitBusy || !strings.Contains(r.stderr, "in use") {
			t.Errorf("%v while a reader holds the index: exit %d %q, want %d", args, r.code, r.stderr, exitBusy)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v waited %v for the reader", args, d)
		}
	}
	if after := runCLI(t, nil, "export", "--index", dir); after.code != exitOK || after.stdout != before.stdout {
		t.Errorf("refused writers changed the index: exit %d %s", after.code, after.stderr)
	}

	// The reader lets go while the writer waits: the writer goes ahead.
	go func() {
		time.Sleep(150 * time.Millisecond)
		held.Close()
	}()
	if r := runCLI(t, nil, "ingest", "--index", dir, pages); r.code != exitOK {
		t.Errorf("ingest after the reader let go: exit %d\n%s", r.code, r.stderr)
	}
}

// TestCrashedHolderIgnored: an owner file left by a process that ended
// (kill -9) names a socket nobody serves: readers and writers ignore it
// and work as usual, also when its pid now belongs to a live process.
func TestCrashedHolderIgnored(t *testing.T) {
	dir := ingestedIndex(t)
	want := runCLI(t, nil, "query", "--index", dir, "maritime", "--json")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		pid  int
	}{
		{"ended", cmd.Process.Pid},
		{"pid reused by a live process", os.Getpid()}, // only the socket shows it is stale
	} {
		js, _ := json.Marshal(index.Owner{PID: c.pid, Command: "pubindex ingest /gone", Since: time.Now(),
			Socket: filepath.Join(t.TempDir(), "gone.sock")})
		if err := os.WriteFile(filepath.Join(dir, "owner.json"), js, 0o644); err != nil {
			t.Fatal(err)
		}
		r := runCLI(t, nil, "query", "--index", dir, "maritime", "--json")
		if r.code != exitOK || scrub(r.stdout, nil) != scrub(want.stdout, nil) {
			t.Errorf("%s: query with a crashed holder's owner file: exit %d\n%s", c.name, r.code, r.stderr)
		}
		if r := runCLI(t, nil, "ingest", "--index", dir, abs(t, "../../testdata/pages")); r.code != exitOK {
			t.Errorf("%s: ingest with a crashed holder's owner file: exit %d\n%s", c.name, r.code, r.stderr)
		}
	}
}

// TestWatchMissingFolderIsUsage: a folder that does not exist is a usage
// error for --watch even with --prune (only a one-off --prune run treats
// it as emptied).
func TestWatchMissingFolderIsUsage(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	missing := filepath.Join(t.TempDir(), "gone")
	for _, args := range [][]string{
		{"ingest", "--index", dir, missing},
		{"ingest", "--watch", "--index", dir, missing},
		{"ingest", "--watch", "--prune", "--index", dir, missing},
	} {
		if r := runCLI(t, nil, args...); r.code != exitUsage || !strings.Contains(r.stderr, missing) {
			t.Errorf("%v: exit %d %q, want %d naming the folder", args[:len(args)-3], r.code, r.stderr, exitUsage)
		}
	}
}
