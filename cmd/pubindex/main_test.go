package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/internal/golden"
)

type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs pubindex in-process with no environment but what env gives.
func runCLI(t *testing.T, env map[string]string, args ...string) cliResult {
	t.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string { return env[k] }
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb, getenv)
	return cliResult{code, out.String(), errb.String()}
}

var (
	secondsRE = regexp.MustCompile(`in [0-9.]+s:|"(seconds|took_ms|score|size_bytes)": [0-9.e+-]+|"finished": "[^"]+"`)
	statsRE   = regexp.MustCompile(`(?m)^(Size: +)[0-9.]+ MB$|^(Last ingest: +)[0-9-]+ [0-9:]+`)
)

// scrub replaces what varies between runs and machines.
func scrub(s string, repl map[string]string) string {
	for from, to := range repl {
		s = strings.ReplaceAll(s, from, to)
	}
	s = statsRE.ReplaceAllString(s, "${1}${2}X")
	return secondsRE.ReplaceAllStringFunc(s, func(m string) string {
		if strings.HasPrefix(m, "in ") {
			return "in Xs:"
		}
		k, _, _ := strings.Cut(m, ":")
		return k + `: "X"`
	})
}

func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := filepath.EvalSymlinks(a); err == nil {
		a = r
	}
	return a
}

func TestCLI(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	pages := abs(t, "../../testdata/pages")
	repl := map[string]string{dir: "$INDEX", pages: "$PAGES"}
	env := map[string]string{}

	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"query-before-ingest", []string{"query", "--index", dir, "maritime"}, exitError},
		{"ingest", []string{"ingest", "--index", dir, pages}, exitOK},
		{"ingest-again", []string{"ingest", "--index", dir, pages}, exitOK},
		{"query-phrase-region", []string{"query", "--index", dir, `"data sovereignty"`, "--region", "Southeast Asia and ASEAN"}, exitOK},
		{"query-phrase-europe-json", []string{"query", "--index", dir, `"data sovereignty"`, "--region", "Europe", "--json"}, exitOK},
		{"query-filters-json", []string{"query", "--index", dir, "maritime", "--series", "idss papers", "--region", "Global", "--region", "Europe", "--since", "2015", "--until", "2024-06", "--sort", "newest", "-n", "1", "--json"}, exitOK},
		{"query-none", []string{"query", "--index", dir, "zzzzqqq"}, exitOK},
		{"query-filters", []string{"query", "--index", dir, "--series", "idss papers", "--since", "2015", "--until", "2024-06", "--sort", "oldest", "-n", "3"}, exitOK},
		{"query-bad-syntax", []string{"query", "--index", dir, `"data sovereignty`}, exitUsage},
		{"query-bad-paren", []string{"query", "--index", dir, "maritime AND (china"}, exitUsage},
		{"query-bad-date", []string{"query", "--index", dir, "x", "--since", "June 2024"}, exitUsage},
		{"query-bad-sort", []string{"query", "--index", dir, "x", "--sort", "random"}, exitUsage},
		{"unknown-flag", []string{"query", "--index", dir, "--frobnicate"}, exitUsage},
		{"unknown-command", []string{"qeury", "--index", dir, "maritime"}, exitUsage},
		{"extra-argument", []string{"stats", "--index", dir, "maritime"}, exitUsage},
		{"query-limit-zero", []string{"query", "--index", dir, "maritime", "-n", "0"}, exitUsage},
		{"query-exclude-word", []string{"query", "--index", dir, "maritime", "-china", "-n", "1"}, exitOK},
		{"query-unknown-field", []string{"query", "--index", dir, "regoin:europe"}, exitUsage},
		{"query-filter-miss", []string{"query", "--index", dir, "x", "--region", "eurpoe"}, exitUsage},
		{"query-loose-filters", []string{"query", "--index", dir, "--region", "southeast asia", "--author", "tan", "--publisher", "rsis", "-n", "1", "--sort", "newest"}, exitOK},
		{"query-too-long", []string{"query", "--index", dir, strings.Repeat("a ", 2100)}, exitUsage},
		{"complete-region", []string{"__complete", "query", "--index", dir, "--region", "so"}, exitOK},
		{"show", []string{"show", "--index", dir, "co05018"}, exitOK},
		{"show-json", []string{"show", "--index", dir, "WP19012", "--json"}, exitOK},
		{"show-missing", []string{"show", "--index", dir, "XX00000"}, exitError},
		{"stats", []string{"stats", "--index", dir}, exitOK},
		{"ingest-no-folder", []string{"ingest", "--index", dir}, exitUsage},
		{"ingest-missing-folder", []string{"ingest", "--index", dir, filepath.Join(pages, "nope")}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCLI(t, env, repl, tt.name, tt.wantCode, tt.args...)
		})
	}
}

// checkCLI runs pubindex with args and compares its exit code, standard
// output and standard error (paths scrubbed with repl) with the goldens
// testdata/NAME.stdout and testdata/NAME.stderr.
func checkCLI(t *testing.T, env, repl map[string]string, name string, wantCode int, args ...string) {
	t.Helper()
	r := runCLI(t, env, args...)
	if r.code != wantCode {
		t.Errorf("exit code = %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, wantCode, r.stdout, r.stderr)
	}
	golden.Check(t, filepath.Join("testdata", name+".stdout"), []byte(scrub(r.stdout, repl)))
	golden.Check(t, filepath.Join("testdata", name+".stderr"), []byte(scrub(r.stderr, repl)))
}

// TestExcludeWordArgs: the README's pubindex query cyber -china excludes
// china, in any place among the flags, instead of failing on the flag -c.
func TestExcludeWordArgs(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "-q", "--index", dir, "../../testdata/pages"); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	total := func(args ...string) int {
		t.Helper()
		r := runCLI(t, nil, append([]string{"query", "--json"}, args...)...)
		var res struct{ Total int }
		if r.code != exitOK || json.Unmarshal([]byte(r.stdout), &res) != nil {
			t.Fatalf("query %q: %d %s", args, r.code, r.stderr)
		}
		return res.Total
	}
	all, not := total("--index", dir, "maritime"), total("--index", dir, "maritime NOT china")
	if not >= all {
		t.Fatalf("maritime NOT china = %d, maritime = %d: the test needs a page with both", not, all)
	}
	for _, args := range [][]string{
		{"--index", dir, "maritime", "-china"},
		{"maritime", "-china", "--index", dir},
		{"--index=" + dir, "-n", "5", "maritime", "-china"},
		{"--index", dir, "-n5", "--", "maritime", "-china"},
	} {
		if got := total(args...); got != not {
			t.Errorf("query %q = %d, want %d", args, got, not)
		}
	}
}

func TestIndexLocation(t *testing.T) {
	home := t.TempDir()
	pages := abs(t, "../../testdata/pages")
	// No --index and no PUBINDEX_INDEX: the index goes under the data dir,
	// and a later command finds it from another working directory.
	env := map[string]string{"HOME": home}
	if r := runCLI(t, env, "ingest", pages); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(home, ".local/share/pubindex/index/index_meta.json")); err != nil {
		t.Fatalf("index not in the default location: %v", err)
	}
	if r := runCLI(t, env, "query", "maritime", "--json"); r.code != exitOK || !strings.Contains(r.stdout, `"total"`) {
		t.Fatalf("query from default location: %d %s", r.code, r.stderr)
	}
	// PUBINDEX_INDEX wins over the default, --index over both.
	other := filepath.Join(t.TempDir(), "other")
	env["PUBINDEX_INDEX"] = other
	if r := runCLI(t, env, "query", "maritime"); r.code != exitError || !strings.Contains(r.stderr, other) {
		t.Errorf("PUBINDEX_INDEX not used: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, env, "query", "maritime", "--index", filepath.Join(home, ".local/share/pubindex/index")); r.code != exitOK {
		t.Errorf("--index not preferred over PUBINDEX_INDEX: %d %s", r.code, r.stderr)
	}
}

func TestIngestJSONAndPartialFailure(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	src := t.TempDir()
	page, err := os.ReadFile("../../testdata/pages/rsis-01-malacca-patrols.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(src, "good.txt"), page, 0o644)
	os.WriteFile(filepath.Join(src, "image.txt"), []byte("\x00\x03\x07 no known format \x00\x00"), 0o644)
	os.WriteFile(filepath.Join(src, "menu.txt"), []byte("Home\nAbout\nPublications\nContact Us\n"), 0o644)
	r := runCLI(t, nil, "ingest", "--index", dir, "--json", src)
	if r.code != exitPartial {
		t.Fatalf("exit %d, want %d (a page failed)\n%s", r.code, exitPartial, r.stderr)
	}
	var sum struct {
		Seen    int `json:"pages_seen"`
		Added   int `json:"added"`
		Skipped []struct{ File, Reason string }
		Failed  []struct{ File, Reason string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &sum); err != nil {
		t.Fatalf("summary is not JSON: %v\n%s", err, r.stdout)
	}
	if sum.Seen != 3 || sum.Added != 1 || len(sum.Failed) != 1 || len(sum.Skipped) != 1 {
		t.Fatalf("summary %+v", sum)
	}
	if !strings.HasSuffix(sum.Failed[0].File, "image.txt") || !strings.Contains(sum.Failed[0].Reason, "binary") {
		t.Errorf("failed %+v", sum.Failed[0])
	}
	if !strings.HasSuffix(sum.Skipped[0].File, "menu.txt") || !strings.HasPrefix(sum.Skipped[0].Reason, "not a publication") {
		t.Errorf("skipped %+v", sum.Skipped[0])
	}
}

// TestReportHints checks the message and exit code of the errors a user
// acts on, which are hard to provoke from outside.
func TestReportHints(t *testing.T) {
	tests := []struct {
		err      error
		wantCode int
		want     string
	}{
		{&index.VersionError{Dir: "/ix", Have: "pubindex-1", Want: index.MappingVersion}, exitError,
			"pubindex: index /ix has mapping version pubindex-1, this pubindex reads " + index.MappingVersion + "\nRebuild it from your scrape folders: pubindex ingest --rebuild FOLDER... --index /ix\n"},
		{&index.LockedError{Dir: "/ix", Owner: &index.Owner{PID: 42, Command: "pubindex ingest /s", Since: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}}, exitBusy,
			"pubindex: index /ix is in use by \"pubindex ingest /s\" (pid 42, since 2026-01-02 03:04:05)\nWait for it to finish, or stop it (Ctrl-C in its terminal, or kill 42): it stops cleanly after its current batch.\n"},
		{context.Canceled, exitInterrupted, "pubindex: interrupted\n"},
		{&partialError{failed: 2}, exitPartial, "pubindex: 2 pages could not be read (listed above)\n"},
	}
	for _, tt := range tests {
		var errb bytes.Buffer
		e := &env{stderr: &errb, indexDir: "/ix"}
		if code := report(e, tt.err); code != tt.wantCode || errb.String() != tt.want {
			t.Errorf("report(%v) = %d %q, want %d %q", tt.err, code, errb.String(), tt.wantCode, tt.want)
		}
	}
}

// TestExitCodesAsDocumented pins the exit codes to the numbers the help and
// README.md promise: scripts test the numbers, while the other tests compare
// with the constants and would not notice a renumbering.
func TestExitCodesAsDocumented(t *testing.T) {
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"success", exitOK, 0}, {"error", exitError, 1}, {"usage", exitUsage, 2},
		{"some pages failed", exitPartial, 3}, {"index in use", exitBusy, 4}, {"interrupted", exitInterrupted, 130},
	} {
		if c.got != c.want {
			t.Errorf("%s: exit %d, documented as %d", c.name, c.got, c.want)
		}
		if !regexp.MustCompile(fmt.Sprintf(`(?m)^  %d +\S`, c.want)).MatchString(exitHelp) {
			t.Errorf("%s: exit %d is not listed in the help", c.name, c.want)
		}
	}
}

// TestReadersDuringIngest: while a process writes the index, reading
// commands are answered by that process (the same output as when they read
// the index themselves), and a second writer is told who holds the index
// within about a second instead of waiting.
func TestReadersDuringIngest(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	pages := abs(t, "../../testdata/pages")
	if r := runCLI(t, nil, "ingest", "--index", dir, pages); r.code != exitOK {
		t.Fatalf("ingest: %s", r.stderr)
	}
	reads := [][]string{
		{"query", "--index", dir, `"data sovereignty"`, "--region", "Southeast Asia and ASEAN", "--json"},
		{"query", "--index", dir, "maritime", "--sort", "newest"},
		{"show", "--index", dir, "co05018", "--json"},
		{"stats", "--index", dir, "--json"},
		{"export", "--index", dir},
	}
	var before []cliResult
	for _, a := range reads {
		before = append(before, runCLI(t, nil, a...))
	}

	ix, err := index.Open(dir, index.Options{Command: "pubindex ingest (test)"})
	if err != nil {
		t.Fatal(err)
	}
	stop := serveReaders(ix, "pubindex ingest (test)", os.Getenv, func(err error) { t.Fatal(err) })
	defer func() { stop(); ix.Close() }()

	scrubTook := regexp.MustCompile(`"(took_ms|size_bytes)": [0-9.]+`)
	for i, a := range reads {
		r := runCLI(t, nil, a...)
		if r.code != exitOK {
			t.Errorf("%v during ingest: exit %d\n%s", a, r.code, r.stderr)
			continue
		}
		if got, want := scrubTook.ReplaceAllString(r.stdout, ""), scrubTook.ReplaceAllString(before[i].stdout, ""); got != want {
			t.Errorf("%v during ingest differs from a direct read:\n%s\nwant:\n%s", a, got, want)
		}
	}
	if r := runCLI(t, nil, "query", "--index", dir, `"unclosed`); r.code != exitUsage || !strings.Contains(r.stderr, "^") {
		t.Errorf("syntax error through the writer: exit %d %q", r.code, r.stderr)
	}
	start := time.Now()
	r := runCLI(t, nil, "ingest", "--index", dir, pages)
	if r.code != exitBusy || !strings.Contains(r.stderr, "in use by \"pubindex ingest (test)\"") {
		t.Errorf("second ingest: exit %d %q, want %d naming the holder", r.code, r.stderr, exitBusy)
	}
	if d := time.Since(start); d > 10*time.Second { // the lock waits 1 s; without the timeout it waits for ever
		t.Errorf("second ingest took %v to give up", d)
	}
}

// TestProgressLine: on a terminal the progress line shows pages done, the
// rate and the time left, redrawn in place, and is erased before the
// summary; runIngest only draws it when stderr is a terminal and not
// --quiet (TestCLI's ingest goldens have an empty stderr).
func TestProgressLine(t *testing.T) {
	var b bytes.Buffer
	p := &progressLine{w: &b}
	p.update(ingest.Progress{Done: 250, Total: 1000, Elapsed: 5 * time.Second})
	if got, want := b.String(), "\r\x1b[K250/1000 pages · 50 pages/s · 15s left"; got != want {
		t.Errorf("progress line = %q, want %q", got, want)
	}
	b.Reset()
	p.clear()
	if b.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q", b.String())
	}
}
