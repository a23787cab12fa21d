package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the server's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startServe runs `pubindex serve` in-process on a free loopback port and
// returns its base URL; the server stops, and its exit is checked, when
// the test ends.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	stderr := &lockedBuffer{}
	done := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), pw, stderr,
			func(string) string { return "" })
		pw.Close()
		done <- code
	}()
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
	}()
	var base string
	select {
	case l := <-lines:
		f := strings.Fields(l)
		if len(f) < 2 || !strings.HasPrefix(f[1], "http://") {
			t.Fatalf("serve printed %q", l)
		}
		base = strings.TrimSuffix(f[1], "/")
	case code := <-done:
		t.Fatalf("serve exited with %d: %s", code, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK && code != exitInterrupted {
				t.Errorf("serve exited with %d: %s", code, stderr.String())
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not stop within 30s of its context ending")
		}
	})
	return base
}

// getAPI decodes the JSON answer of GET base+path.
func getAPI(t *testing.T, base, path string, v any) int {
	t.Helper()
	resp, err := http.Get(base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode
}

// searchTotal is the API's total for the URL parameters p.
func searchTotal(t *testing.T, base string, p url.Values) int {
	t.Helper()
	var r struct {
		Total int `json:"total"`
	}
	if code := getAPI(t, base, "/api/search?"+p.Encode(), &r); code != http.StatusOK {
		t.Fatalf("search %v: status %d", p, code)
	}
	return r.Total
}

// hostileRecord is a scraped publication whose every field tries to run
// script or spoof the page.
const hostileRecord = `{"url": "https://example.org/hostile?x=\"><script>window.__pwned=3</script>", ` +
	`"title": "<script>window.__pwned=1</script> Data sovereignty <img src=x onerror=\"window.__pwned=2\"> \u202eevil\u202c zero\u200bwidth", ` +
	`"text": "A hostile page about data sovereignty. <img src=x onerror=\"window.__pwned=4\"> <a href=\"javascript:window.__pwned=5\">click</a> <script>window.__pwned=6</script> More on data sovereignty follows.\n\nSecond paragraph with <b>markup</b> and data sovereignty again.", ` +
	`"date": "2024", "authors": ["<svg onload=window.__pwned=7>"], "tags": ["Europe"], "publisher": "<i>Evil Think Tank</i>"}` + "\n"

// servedCorpus copies the bundled pages and the hostile record into a
// fresh folder.
func servedCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	pages, err := filepath.Glob("../../testdata/pages/*.txt")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "hostile.jsonl"), []byte(hostileRecord), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}
