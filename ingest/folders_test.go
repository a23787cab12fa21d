package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/internal/testcorpus"
)

// Tests of issue 12: scrape folders as scrapers and browsers leave them.

const pngBytes = "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"

func gz(t *testing.T, data string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(data)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// countOpens counts, by base name, the files the run opens.
func countOpens(t *testing.T) (opened func() map[string]int) {
	t.Helper()
	var mu sync.Mutex
	n := map[string]int{}
	orig := openFile
	t.Cleanup(func() { openFile = orig })
	openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		mu.Lock()
		n[filepath.Base(name)]++
		mu.Unlock()
		return orig(name, flag, perm)
	}
	return func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		out := n
		n = map[string]int{}
		return out
	}
}

// TestPassOverNotPages: what a browser saves beside a page (page_files/
// with images, styles, scripts, fonts) and what scrapers leave (archives,
// sitemaps) is passed over and counted, by name without being opened and
// by content where the name lies; it is neither a page seen nor a failure,
// so a re-run exits cleanly. PDFs are not passed over: they are pages.
func TestPassOverNotPages(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "article.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"))
	files := map[string]string{
		"article_files/logo.png":    pngBytes,
		"article_files/site.css":    "body { color: #333 }\n",
		"article_files/app.js":      "window.dataLayer = [];\n",
		"article_files/font.woff2":  "wOF2\x00\x01\x00\x00",
		"article_files/bundle.zip":  "PK\x03\x04\x14\x00",
		"backup.tar.gz":             gz(t, "not read"),
		"logo.txt":                  pngBytes, // the name lies
		"sitemap.xml":               "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://x.org/a</loc></url></urlset>\n",
		"feed/sitemap-1.xml.gz":     gz(t, "<?xml version=\"1.0\"?>\n<sitemapindex></sitemapindex>\n"),
		"article_files/photo":       "\xff\xd8\xff\xe0\x00\x10JFIF\x00", // no extension
		"article_files/tracker.txt": "GIF89a\x01\x00\x01\x00\x80\x00\x00",
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, name), data)
	}
	writeFile(t, filepath.Join(dir, "paper.pdf"), "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
	want := map[string]int{"image": 4, "style": 1, "script": 1, "font": 1, "archive": 2, "sitemap": 2}
	opened := countOpens(t)
	ix, p := openTestIndex(t), newTestParser(t)
	for _, round := range []string{"first run", "second run"} {
		sum, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sum.PassedOver, want) {
			t.Errorf("%s: passed over %v, want %v", round, sum.PassedOver, want)
		}
		if sum.Seen != 2 { // article.txt and paper.pdf
			t.Errorf("%s: %d pages seen, want 2", round, sum.Seen)
		}
		for _, is := range append(sum.Failed, sum.Skipped...) {
			if !strings.HasSuffix(is.Path, "paper.pdf") {
				t.Errorf("%s: %s is listed (%s), want it passed over", round, is.Path, is.Reason)
			}
		}
		for name, n := range opened() {
			if parseKind := filepath.Ext(name); parseKind == ".png" || parseKind == ".css" || parseKind == ".js" || parseKind == ".woff2" || parseKind == ".zip" || strings.HasSuffix(name, ".tar.gz") {
				t.Errorf("%s: %s was opened %d times; its name shows it is not a page", round, name, n)
			}
			if round == "second run" && name != "paper.pdf" {
				t.Errorf("second run opened %s again, unchanged", name)
			}
		}
	}
}

// TestGzipPages: a gzipped page is read; one that decompresses to more
// than the size limit (a gzip bomb) is skipped without being decompressed
// further; a damaged one fails with a reason naming gzip.
func TestGzipPages(t *testing.T) {
	dir := t.TempDir()
	page := fixturePage(t, "rsis-02-militant-recruitment.txt")
	writeFile(t, filepath.Join(dir, "page.txt.gz"), gz(t, page))
	writeFile(t, filepath.Join(dir, "bomb.html.gz"), gz(t, strings.Repeat("word ", 1<<20))) // 5 MiB of text, a few KB packed
	writeFile(t, filepath.Join(dir, "broken.gz"), gz(t, page)[:200])
	writeFile(t, filepath.Join(dir, "logo.png.gz"), gz(t, pngBytes))
	ix := openTestIndex(t)
	sum, err := Run(context.Background(), ix, newTestParser(t), Config{Roots: []string{dir}, MaxFileSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 1 {
		t.Errorf("added %d, want the gzipped page (failed %v)", sum.Added, sum.Failed)
	}
	reasons := map[string]string{}
	for _, is := range append(sum.Failed, sum.Skipped...) {
		reasons[filepath.Base(is.Path)] = is.Reason
	}
	if r := reasons["bomb.html.gz"]; !strings.Contains(r, "decompresses to over the size limit") {
		t.Errorf("gzip bomb: reason %q, want the size limit", r)
	}
	if r := reasons["broken.gz"]; !strings.Contains(r, "gzip") || len(sum.Failed) != 1 {
		t.Errorf("damaged gzip: reason %q, failed %v", r, sum.Failed)
	}
	if sum.PassedOver["image"] != 1 {
		t.Errorf("a gzipped image: passed over %v", sum.PassedOver)
	}
}

// TestIncludeExclude: --include and --exclude narrow a run; a pattern
// matches the path relative to the root or the base name, an excluded
// folder is left out whole, and exclude wins over include.
func TestIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "2026/a.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"))
	writeFile(t, filepath.Join(dir, "2026/b.html"), fixturePage(t, "rsis-02-militant-recruitment.txt"))
	writeFile(t, filepath.Join(dir, "drafts/c.txt"), fixturePage(t, "rsis-03-gulf-oil-energy-security.txt"))
	writeFile(t, filepath.Join(dir, "d.txt"), fixturePage(t, "rsis-04-rice-export-bans.txt"))
	p := newTestParser(t)
	for _, tt := range []struct {
		name             string
		include, exclude []string
		want             []string // files read
	}{
		{"none", nil, nil, []string{"2026/a.txt", "2026/b.html", "d.txt", "drafts/c.txt"}},
		{"exclude folder by name", nil, []string{"drafts"}, []string{"2026/a.txt", "2026/b.html", "d.txt"}},
		{"include base name", []string{"*.txt"}, nil, []string{"2026/a.txt", "d.txt", "drafts/c.txt"}},
		{"include relative path", []string{"2026/*"}, nil, []string{"2026/a.txt", "2026/b.html"}},
		{"star does not cross a slash", []string{"*/a.txt", "*.html"}, nil, []string{"2026/a.txt", "2026/b.html"}},
		{"exclude wins", []string{"*.txt"}, []string{"drafts/*", "d.txt"}, []string{"2026/a.txt"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openTestIndex(t)
			sum, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Include: tt.include, Exclude: tt.exclude})
			if err != nil {
				t.Fatal(err)
			}
			srcs, err := ix.AllSources(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range srcs {
				rel, _ := filepath.Rel(realDir(t, dir), s.Path)
				got = append(got, filepath.ToSlash(rel))
			}
			sort.Strings(got)
			if diff := cmp.Diff(tt.want, got); diff != "" || sum.Seen != len(tt.want) {
				t.Errorf("files read (-want +got), %d seen:\n%s", sum.Seen, diff)
			}
		})
	}
	_, err := Run(context.Background(), openTestIndex(t), p, Config{Roots: []string{dir}, Exclude: []string{"[a-"}})
	if !errors.Is(err, filepath.ErrBadPattern) || !strings.Contains(err.Error(), "[a-") {
		t.Errorf("a bad pattern: error %v, want one naming it and wrapping filepath.ErrBadPattern", err)
	}
}

// TestEmptyFolderWarns: a folder never indexed that holds no page is a
// warning naming it (a mistyped path, patterns that leave nothing).
func TestEmptyFolderWarns(t *testing.T) {
	full, empty, images := t.TempDir(), t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(full, "a.txt"), fixturePage(t, "rsis-01-malacca-patrols.txt"))
	writeFile(t, filepath.Join(images, "a.png"), pngBytes)
	sum, err := Run(context.Background(), openTestIndex(t), newTestParser(t), Config{Roots: []string{full, empty, images}})
	if err != nil {
		t.Fatal(err)
	}
	warned := map[string]string{}
	for _, w := range sum.Warnings {
		warned[w.Path] = w.Reason
	}
	for _, d := range []string{empty, images} {
		if !strings.Contains(warned[realDir(t, d)], "no pages") {
			t.Errorf("folder with no pages %s: warnings %v", d, sum.Warnings)
		}
	}
	if _, ok := warned[realDir(t, full)]; ok || len(sum.Warnings) != 2 {
		t.Errorf("warnings %v, want the two folders without pages", sum.Warnings)
	}
}

// TestSummaryIDs: the summary names the documents added, updated and
// removed, sorted.
func TestSummaryIDs(t *testing.T) {
	dir := realDir(t, t.TempDir())
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	put(t, a, fixturePage(t, "rsis-01-malacca-patrols.txt"), 1)
	put(t, b, fixturePage(t, "rsis-02-militant-recruitment.txt"), 1)
	ix, p := openTestIndex(t), newTestParser(t)
	sum := run(t, ix, p, dir)
	idA, idB := oneDoc(t, ix, a), oneDoc(t, ix, b)
	added := []string{idA, idB}
	sort.Strings(added)
	if diff := cmp.Diff(added, sum.AddedIDs); diff != "" || len(sum.UpdatedIDs)+len(sum.RemovedIDs) != 0 {
		t.Errorf("first run: added ids (-want +got):\n%s updated %v removed %v", diff, sum.UpdatedIDs, sum.RemovedIDs)
	}
	put(t, a, strings.Replace(fixturePage(t, "rsis-01-malacca-patrols.txt"), "SYNOPSIS\n\n    ", "SYNOPSIS\n\n    Revised. ", 1), 2)
	os.Remove(b)
	sum, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Prune: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(sum.UpdatedIDs, []string{idA}) || !reflect.DeepEqual(sum.RemovedIDs, []string{idB}) || len(sum.AddedIDs) != 0 {
		t.Errorf("second run: added %v updated %v removed %v, want updated %s, removed %s", sum.AddedIDs, sum.UpdatedIDs, sum.RemovedIDs, idA, idB)
	}
}

// TestInterruptCommitsAndResumes: a run cancelled after some batches says
// truthfully how many publications it committed (the index holds exactly
// those) and how many pages are left, and the next run reads only the
// pages that were not committed.
func TestInterruptCommitsAndResumes(t *testing.T) {
	const n = 120
	dir := t.TempDir()
	if err := testcorpus.Write(dir, "../testdata/pages", n); err != nil {
		t.Fatal(err)
	}
	ix, p := openTestIndex(t), newTestParser(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var mu sync.Mutex
	opens := 0
	orig := openFile
	t.Cleanup(func() { openFile = orig })
	openFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
		mu.Lock()
		opens++
		if opens == 50 {
			cancel() // Ctrl-C, after a few batches of 5 were handed over
		}
		mu.Unlock()
		return orig(name, flag, perm)
	}
	sum, err := Run(ctx, ix, p, Config{Roots: []string{dir}, BatchSize: 5, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := ix.Count(context.Background())
	srcs, _ := ix.CountSources(context.Background())
	if !sum.Interrupted || sum.Added == 0 || sum.Added == n {
		t.Fatalf("the run was not cut short: interrupted %v, added %d", sum.Interrupted, sum.Added)
	}
	if int(docs) != sum.Added || len(sum.AddedIDs) != sum.Added {
		t.Errorf("summary says %d publications committed (%d ids), the index holds %d", sum.Added, len(sum.AddedIDs), docs)
	}
	if sum.Left != n-int(srcs) {
		t.Errorf("summary says %d pages left, the index has %d of %d files", sum.Left, srcs, n)
	}

	mu.Lock()
	opens = 0
	mu.Unlock()
	sum, err = Run(context.Background(), ix, p, Config{Roots: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if opens != n-int(srcs) || sum.Parsed != opens {
		t.Errorf("the run after the interrupt opened %d files and read %d, want only the %d not committed", opens, sum.Parsed, n-int(srcs))
	}
	if docs, _ := ix.Count(context.Background()); docs != n || sum.Added != n-sum.Unchanged {
		t.Errorf("after resuming: %d documents (added %d, unchanged %d), want %d", docs, sum.Added, sum.Unchanged, n)
	}
}

// FuzzGunzip: whatever the bytes, gunzip never returns more than the limit
// and never fails without saying why.
func FuzzGunzip(f *testing.F) {
	f.Add([]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"), int64(16))
	f.Add([]byte("plain text"), int64(4))
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(bytes.Repeat([]byte("a"), 4096))
	zw.Close()
	f.Add(b.Bytes(), int64(100))
	f.Fuzz(func(t *testing.T, data []byte, limit int64) {
		if limit < 0 || limit > 1<<20 {
			return
		}
		out, err := gunzip(data, limit)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no reason")
			}
			return
		}
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b && int64(len(out)) > limit {
			t.Fatalf("gunzip gave %d bytes, over the limit of %d", len(out), limit)
		}
	})
}
