package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/pubindex/pubindex/internal/testpdf"

	"github.com/pubindex/pubindex/internal/testcorpus"
)

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// buildBinary compiles pubindex, once per test run, for the tests that need
// a real process (kill, signals).
func buildBinary(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pubindex-bin")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "pubindex")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// makeCorpus writes n generated pages into a temporary folder.
func makeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := testcorpus.Write(dir, "../../testdata/pages", n); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runBin runs the binary to completion, for at most two minutes.
func runBin(t *testing.T, bin string, args ...string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func exportOf(t *testing.T, bin, dir string) string {
	t.Helper()
	out, errs, code := runBin(t, bin, "export", "--index", dir)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	return out
}

// TestCrashSafety kills ingest with SIGKILL at several moments of a run
// (early, while batches are written, while segments merge), checks after
// each kill that the index opens and answers, then lets a run finish and
// compares the index with a clean build: nothing lost, nothing duplicated.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a corpus several times")
	}
	bin := buildBinary(t)
	corpus := makeCorpus(t, 1200)
	addCopies(t, corpus)
	small := []string{"--batch-size", "40", "--quiet"} // many batches, so kills land mid-run and merges happen

	cleanDir := filepath.Join(t.TempDir(), "clean")
	start := time.Now()
	if _, errs, code := runBin(t, bin, append([]string{"ingest", corpus, "--index", cleanDir}, small...)...); code != 0 {
		t.Fatalf("clean build: exit %d: %s", code, errs)
	}
	full := time.Since(start)
	want := exportOf(t, bin, cleanDir)
	if n := strings.Count(want, "\n"); n != 1200 {
		t.Fatalf("clean build has %d documents, want 1200 (copies and PDFs join their publications)", n)
	}
	if n := strings.Count(want, "crashproof"); n != 40 {
		t.Fatalf("clean build has the PDF text in %d documents, want 40", n)
	}

	dir := filepath.Join(t.TempDir(), "crashed")
	kill := func(name string, when func(*exec.Cmd) bool) {
		cmd := exec.Command(bin, append([]string{"ingest", corpus, "--index", dir}, small...)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		deadline := time.After(3 * full)
	wait:
		for !when(cmd) {
			select {
			case <-exited:
				t.Logf("%s: ingest finished before the kill point", name)
				break wait
			case <-deadline:
				break wait
			case <-time.After(2 * time.Millisecond):
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		select {
		case <-exited:
		case <-time.After(time.Minute):
			t.Fatalf("%s: ingest did not die after SIGKILL", name)
		}
		if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
			return // killed before the index existed: nothing to check
		}
		out, errs, code := runBin(t, bin, "query", "maritime", "--index", dir, "--json")
		if code != 0 || !strings.Contains(out, `"total"`) {
			t.Errorf("%s: the killed index does not answer: exit %d %s", name, code, errs)
		}
		checkHistoryAgrees(t, bin, dir, name)
		checkAlertSurvives(t, bin, dir, name)
		saveAlert(t, bin, dir)
	}
	after := func(d time.Duration) func(*exec.Cmd) bool {
		t0 := time.Now()
		return func(*exec.Cmd) bool { return time.Since(t0) >= d }
	}
	zaps := func(min int) func(*exec.Cmd) bool {
		return func(*exec.Cmd) bool {
			m, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
			return len(m) >= min
		}
	}
	// A merge writes a new segment while its inputs still exist: kill when
	// the newest segment is younger than some older one's removal.
	merging := func() func(*exec.Cmd) bool {
		seen := map[string]bool{}
		return func(*exec.Cmd) bool {
			m, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
			gone := 0
			now := map[string]bool{}
			for _, f := range m {
				now[f] = true
			}
			for f := range seen {
				if !now[f] {
					gone++
				}
			}
			for f := range now {
				seen[f] = true
			}
			return gone > 0 // segments were merged away: merges are running
		}
	}
	kill("early", after(full/20))
	kill("first segments", zaps(2))
	kill("mid-run", after(full/3))
	kill("during merges", merging())
	kill("late", after(full*2/3))

	out, errs, code := runBin(t, bin, "ingest", corpus, "--index", dir, "--quiet")
	if code != 0 {
		t.Fatalf("final run: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "0 removed; 0 skipped, 0 failed") {
		t.Errorf("final run summary: %s", out)
	}
	if got := exportOf(t, bin, dir); got != want {
		t.Errorf("index after kills and a final run differs from a clean build (%d vs %d lines)", strings.Count(got, "\n"), strings.Count(want, "\n"))
	}
	checkHistoryAgrees(t, bin, dir, "after the final run")
	checkAlertSurvives(t, bin, dir, "after the final run")
	if out, errs, code := runBin(t, bin, "new", "everything", "--json", "-n", "1", "--index", dir); code != 0 || !strings.Contains(out, `"total": 1200`) {
		t.Errorf("after the final run, new for an alert matching everything: exit %d %.300s %s", code, out, errs)
	}
}

// addCopies adds to a corpus a mirror's copy (JSON Lines, a document sharing
// site's address) of every tenth page and the PDF of every thirtieth, named
// by its code, so that kills also land while copies and PDFs are joined to
// their publications.
func addCopies(t *testing.T, corpus string) {
	t.Helper()
	pages, _ := filepath.Glob(filepath.Join(corpus, "page-*.txt"))
	codeRe := regexp.MustCompile(`\b(CO|IP|PR|WP|NTS)\d{5}\b`)
	var mirrors strings.Builder
	for i, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		code := codeRe.FindString(string(b))
		if code == "" {
			continue
		}
		if i%10 == 0 {
			fmt.Fprintf(&mirrors, `{"url": "https://www.scribd.com/document/%d/copy", "code": %q, "title": "a copy", "text": "Uploaded by a reader. The copy of %s."}`+"\n", i, code, code)
		}
		if i%30 == 0 {
			pdf, err := testpdf.Write([][]string{{"Report " + code, "", "The full text of " + code + " holds the word crashproof."}}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(corpus, code+".pdf"), pdf, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(filepath.Join(corpus, "mirrors.jsonl"), []byte(mirrors.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// signalIngest starts an ingest of a 600-page corpus in small batches,
// sends sig once the first segment is written, and returns what the
// process printed and its exit code.
func signalIngest(t *testing.T, bin, corpus, dir string, sig os.Signal) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, "ingest", corpus, "--index", dir, "--batch-size", "20")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.After(2 * time.Minute)
wait:
	for {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended before the signal: %v\n%s%s", err, out.String(), errb.String())
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("no segment written after two minutes")
		case <-time.After(2 * time.Millisecond):
			if m, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap")); len(m) > 0 {
				break wait
			}
		}
	}
	cmd.Process.Signal(sig)
	var err error
	select {
	case err = <-exited:
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatalf("ingest did not stop within a minute of %v", sig)
	}
	ee, ok := err.(*exec.ExitError)
	if !ok {
		t.Fatalf("ingest after %v: %v, want an exit code\n%s%s", sig, err, out.String(), errb.String())
	}
	return out.String(), errb.String(), ee.ExitCode()
}

// TestInterrupt: Ctrl-C stops ingest after the batch being written, says
// how far it got, exits 130, and the next run completes the work.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	corpus := makeCorpus(t, 600)
	dir := filepath.Join(t.TempDir(), "ix")
	out, errb, code := signalIngest(t, bin, corpus, dir, os.Interrupt)
	if code != exitInterrupted {
		t.Fatalf("interrupted ingest: exit %d, want %d\n%s%s", code, exitInterrupted, out, errb)
	}
	m := regexp.MustCompile(`Interrupted after committing (\d+) publications .*; (\d+) pages left`).FindStringSubmatch(out)
	if m == nil || !strings.Contains(errb, "interrupted") {
		t.Fatalf("interrupted ingest did not say how far it got:\n%s%s", out, errb)
	}
	// What it says is true: the index holds the publications it says it
	// committed, and the next run reads only the pages it says are left.
	if n := strings.Count(exportOf(t, bin, dir), "\n"); strconv.Itoa(n) != m[1] {
		t.Errorf("interrupted ingest said it committed %s publications; the index holds %d", m[1], n)
	}
	so, errs, code := runBin(t, bin, "ingest", corpus, "--index", dir)
	if code != 0 || !strings.Contains(so, "600 pages ("+m[2]+" read)") {
		t.Fatalf("run after the interrupt: exit %d, want 600 pages with the %s left read\n%s%s", code, m[2], so, errs)
	}
	if n := strings.Count(exportOf(t, bin, dir), "\n"); n != 600 {
		t.Errorf("%d documents after resuming, want 600", n)
	}
}
