package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
)

// TestSignalStopsQuery: a query that is working (here: waiting for an
// ingest that serves readers and is slow to answer) stops at once on
// SIGTERM or Ctrl-C, with exit 143 or 130 (README, exit status).
func TestSignalStopsQuery(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		sig  os.Signal
		code int
		msg  string
	}{
		{syscall.SIGTERM, exitTerminated, "pubindex: interrupted by SIGTERM"},
		{os.Interrupt, exitInterrupted, "pubindex: interrupted by SIGINT"},
	} {
		t.Run(strings.TrimPrefix(tc.msg, "pubindex: interrupted by "), func(t *testing.T) {
			dir := t.TempDir()
			sockDir, err := os.MkdirTemp("", "pi") // socket paths are short
			if err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(sockDir)
			sock := filepath.Join(sockDir, "s")
			ln, err := net.Listen("unix", sock)
			if err != nil {
				t.Fatal(err)
			}
			started := make(chan struct{}, 1)
			release := make(chan struct{})
			defer close(release)
			mux := http.NewServeMux()
			mux.HandleFunc("GET /ping", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok") })
			mux.HandleFunc("POST /search", func(_ http.ResponseWriter, r *http.Request) {
				started <- struct{}{}
				select { // a search that takes longer than anyone waits
				case <-r.Context().Done():
				case <-release:
				}
			})
			srv := &http.Server{Handler: mux}
			go srv.Serve(ln)
			defer srv.Close()
			owner, _ := json.Marshal(index.Owner{PID: os.Getpid(), Command: "pubindex ingest (test)", Since: time.Now(), Socket: sock})
			if err := os.WriteFile(filepath.Join(dir, "owner.json"), owner, 0o644); err != nil {
				t.Fatal(err)
			}

			cmd := exec.Command(bin, "query", "maritime", "--index", dir)
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			select {
			case <-started:
			case err := <-exited:
				t.Fatalf("query ended before it was working: %v\n%s%s", err, out.String(), errb.String())
			case <-time.After(time.Minute):
				cmd.Process.Kill()
				t.Fatal("the query never reached the index's writer")
			}
			cmd.Process.Signal(tc.sig)
			select {
			case err = <-exited:
			case <-time.After(5 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("query still running 5s after %v", tc.sig)
			}
			ee, ok := err.(*exec.ExitError)
			if !ok || ee.ExitCode() != tc.code {
				t.Fatalf("query after %v: %v, want exit %d\n%s", tc.sig, err, tc.code, errb.String())
			}
			if got := strings.TrimSpace(errb.String()); got != tc.msg {
				t.Errorf("stderr %q, want %q", got, tc.msg)
			}
		})
	}
}

// TestSignalStopsIngest: SIGTERM stops an ingest like Ctrl-C, after the
// batch being written, with exit 143.
func TestSignalStopsIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	corpus := makeCorpus(t, 600)
	dir := filepath.Join(t.TempDir(), "ix")
	out, errb, code := signalIngest(t, bin, corpus, dir, syscall.SIGTERM)
	if code != exitTerminated {
		t.Fatalf("terminated ingest: exit %d, want %d\n%s%s", code, exitTerminated, out, errb)
	}
	if !strings.Contains(out, "Interrupted after committing") {
		t.Errorf("terminated ingest did not say how far it got:\n%s%s", out, errb)
	}
}
