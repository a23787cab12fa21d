package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pubindex/pubindex/internal/testcorpus"
)

// loadKinds are the requests the load test's clients make, in turn.
var loadKinds = []struct{ name, path string }{
	{"term", "/api/search?q=security"},
	{"phrase", "/api/search?" + url.Values{"q": {`"data sovereignty"`}}.Encode()},
	{"boolean", "/api/search?" + url.Values{"q": {"(maritime OR naval) -china"}}.Encode()},
	{"prefix", "/api/search?q=sovereign*"},
	{"filtered", "/api/search?" + url.Values{"q": {"policy"}, "region": {"Southeast Asia and ASEAN"}, "since": {"2015"}, "sort": {"newest"}}.Encode()},
	{"browse", "/api/search?page=3"},
	{"facets", "/api/facets?" + url.Values{"q": {"security"}, "region": {"Global"}, "months": {"2020"}}.Encode()},
	{"doc", "/api/doc/"},
	{"page", "/"},
}

// TestServeLoad runs 16 clients against serve --watch while new pages
// arrive and are committed: no request may fail, and memory must not run
// away. It logs p50/p95/p99 per kind of request. The short form (CI) runs
// 5 s on pages generated from testdata; PUBINDEX_LOAD_CORPUS (a folder of
// pages) and PUBINDEX_LOAD_SECONDS give the full form of
// docs/benchmarks.md.
func TestServeLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no load test")
	}
	seconds := 5
	if s := os.Getenv("PUBINDEX_LOAD_SECONDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 600 {
			t.Fatalf("PUBINDEX_LOAD_SECONDS=%q: want 1 to 600", s)
		}
		seconds = n
	}
	pages := loadPages(t)
	// Nine tenths are indexed before the clients start; the rest arrive in
	// batches while they run.
	live := t.TempDir()
	initial := len(pages) * 9 / 10
	for _, p := range pages[:initial] {
		linkOrCopy(t, p, filepath.Join(live, filepath.Base(p)))
	}
	dir := filepath.Join(t.TempDir(), "index")
	start := time.Now()
	if r := runCLI(t, nil, "ingest", "--index", dir, live); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	t.Logf("ingested %d pages in %v", initial, time.Since(start).Round(time.Millisecond))
	base := startServe(t, "--index", dir, "--watch", live, "--settle", "100ms")
	var hit struct {
		Hits []struct{ ID string } `json:"hits"`
	}
	getAPI(t, base, "/api/search?limit=1", &hit)
	if len(hit.Hits) == 0 {
		t.Fatal("empty index")
	}
	docPath := "/api/doc/" + url.PathEscape(hit.Hits[0].ID)
	total0 := searchTotal(t, base, url.Values{})

	deadline := time.Now().Add(time.Duration(seconds) * time.Second)
	var wg sync.WaitGroup
	// The scraper: the remaining pages, in ten batches over the run.
	rest := pages[initial:]
	wg.Add(1)
	go func() {
		defer wg.Done()
		batch := max(1, (len(rest)+9)/10)
		for i := 0; i < len(rest); i += batch {
			for _, p := range rest[i:min(i+batch, len(rest))] {
				linkOrCopy(t, p, filepath.Join(live, filepath.Base(p)))
			}
			time.Sleep(time.Duration(seconds) * time.Second / 12)
		}
	}()
	// Memory, sampled through the run.
	var rss []int64
	stopRSS := make(chan struct{})
	var rssDone sync.WaitGroup
	rssDone.Add(1)
	go func() {
		defer rssDone.Done()
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stopRSS:
				return
			case <-tk.C:
				if n := residentBytes(); n > 0 {
					rss = append(rss, n)
				}
			}
		}
	}()
	const clients = 16
	lat := make([]map[string][]time.Duration, clients)
	var failures atomic.Int64
	var firstErr atomic.Value
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	for c := range clients {
		lat[c] = map[string][]time.Duration{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i++ {
				k := loadKinds[i%len(loadKinds)]
				path := k.path
				if k.name == "doc" {
					path = docPath
				}
				t0 := time.Now()
				resp, err := hc.Get(base + path)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if err == nil && resp.StatusCode != http.StatusOK {
						err = fmt.Errorf("%s: %s", path, resp.Status)
					}
				}
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err)
					continue
				}
				lat[c][k.name] = append(lat[c][k.name], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	close(stopRSS)
	rssDone.Wait()
	tr.CloseIdleConnections()
	if n := failures.Load(); n > 0 {
		t.Errorf("%d requests failed; the first: %v", n, firstErr.Load())
	}
	waitFor(t, func() bool { return searchTotal(t, base, url.Values{}) == total0+len(rest) })

	var sb strings.Builder
	fmt.Fprintf(&sb, "%d clients, %ds, %d pages (+%d during the run)\n%-9s %7s %8s %8s %8s\n", clients, seconds, initial, len(rest), "kind", "n", "p50 ms", "p95 ms", "p99 ms")
	all := 0
	for _, k := range loadKinds {
		var d []time.Duration
		for c := range clients {
			d = append(d, lat[c][k.name]...)
		}
		all += len(d)
		if len(d) == 0 {
			t.Errorf("no %s request completed", k.name)
			continue
		}
		slices.Sort(d)
		q := func(p float64) float64 {
			return float64(d[min(len(d)-1, int(p*float64(len(d))))].Microseconds()) / 1000
		}
		fmt.Fprintf(&sb, "%-9s %7d %8.2f %8.2f %8.2f\n", k.name, len(d), q(0.50), q(0.95), q(0.99))
	}
	fmt.Fprintf(&sb, "%.0f requests/s", float64(all)/float64(seconds))
	if len(rss) >= 8 {
		// Flat memory: the last quarter of the run holds no more than the
		// first quarter plus a margin for the pages added meanwhile.
		q := len(rss) / 4
		first, last := slices.Max(rss[:q]), slices.Max(rss[len(rss)-q:])
		fmt.Fprintf(&sb, "; RSS first quarter max %d MB, last quarter max %d MB", first>>20, last>>20)
		if last > first*3/2+64<<20 {
			t.Errorf("memory grew from %d MB to %d MB during the run", first>>20, last>>20)
		}
	}
	t.Log("\n" + sb.String())
}

// loadPages returns the pages of the load test: $PUBINDEX_LOAD_CORPUS, or
// 400 pages generated from testdata.
func loadPages(t *testing.T) []string {
	t.Helper()
	dir := os.Getenv("PUBINDEX_LOAD_CORPUS")
	if dir == "" {
		dir = t.TempDir()
		if err := testcorpus.Write(dir, "../../testdata/pages", 400); err != nil {
			t.Fatal(err)
		}
	}
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil || len(pages) < 20 {
		t.Fatalf("load corpus %s: %d pages, %v", dir, len(pages), err)
	}
	slices.Sort(pages)
	return pages
}

func linkOrCopy(t *testing.T, from, to string) {
	if err := os.Link(from, to); err == nil {
		return
	}
	b, err := os.ReadFile(from)
	if err == nil {
		err = os.WriteFile(to, b, 0o644)
	}
	if err != nil {
		t.Error(err)
	}
}

// residentBytes is this process's resident memory (the server runs in the
// test process), or 0 where /proc is missing.
func residentBytes() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
