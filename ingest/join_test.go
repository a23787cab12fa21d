package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/internal/testpdf"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// reportPDF is an invented report: a cover with the title over two lines,
// two authors and a month, then a body page holding marker.
func reportPDF(t *testing.T, title1, title2, marker string) []byte {
	t.Helper()
	data, err := testpdf.Write([][]string{
		{title1, title2, "", "Marcus Webb and Chen Yuxin", "", "February 2012"},
		{"Introduction", "", "The seabed network carries the " + marker + " traffic of the region,", "and its repair ships are few and slow to arrive."},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeBytes(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPDFJoinsLandingPage: a PDF of a publication whose landing page is in
// the scrape joins that page's document, by code (file name) or by title and
// date, and adds its text; without its landing page it is a document of its
// own; pruned, the page's document is as a clean build makes it.
func TestPDFJoinsLandingPage(t *testing.T) {
	const title1, title2 = "Undersea Cables as Critical", "Infrastructure in the Asia-Pacific"
	for _, tc := range []struct{ name, file string }{
		{"by code", "WP12003.pdf"},
		{"by title and date", "cables-report-final.pdf"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "landing.txt"), fixturePage(t, "rsis-08-undersea-cables.txt"))
			writeBytes(t, filepath.Join(dir, tc.file), reportPDF(t, title1, title2, "zebrafinch"))
			ix := openTestIndex(t)
			p := newTestParser(t)
			sum := run(t, ix, p, dir)
			if sum.Added != 1 || len(sum.Failed) != 0 {
				t.Fatalf("added %d, failed %v; want one document", sum.Added, sum.Failed)
			}
			d, err := ix.Document("WP12003")
			if err != nil || d == nil {
				t.Fatalf("WP12003: %v %v", d, err)
			}
			if !strings.Contains(d.Body, "zebrafinch") {
				t.Errorf("the PDF's text is not in the document")
			}
			if d.Title != title1+" "+title2 || !slices.Equal(d.Authors, []string{"Marcus Webb", "Chen Yuxin"}) || d.Date.String() != "2012-02-28" {
				t.Errorf("the landing page's fields must win: %q %v %s", d.Title, d.Authors, d.Date)
			}
			srcs, err := ix.SourcesOf(context.Background(), "WP12003")
			if err != nil || len(srcs) != 2 {
				t.Fatalf("sources = %d (%v), want the page and the PDF", len(srcs), err)
			}

			// The PDF gone and pruned: the document is the page's alone.
			if err := os.Remove(filepath.Join(dir, tc.file)); err != nil {
				t.Fatal(err)
			}
			if _, err := Run(context.Background(), ix, p, Config{Roots: []string{dir}, Prune: true}); err != nil {
				t.Fatal(err)
			}
			after, _ := ix.Document("WP12003")
			clean := openTestIndex(t)
			run(t, clean, p, dir)
			want, _ := clean.Document("WP12003")
			if after == nil || want == nil || after.ContentHash != want.ContentHash {
				t.Errorf("after pruning the PDF the document differs from a clean build")
			}
		})
	}

	t.Run("alone", func(t *testing.T) {
		dir := t.TempDir()
		writeBytes(t, filepath.Join(dir, "cables-report-final.pdf"), reportPDF(t, title1, title2, "zebrafinch"))
		ix := openTestIndex(t)
		sum := run(t, ix, newTestParser(t), dir)
		if sum.Added != 1 {
			t.Fatalf("added %d, want the PDF as a publication of its own", sum.Added)
		}
		var got []string
		if err := ix.Each(context.Background(), func(d *pub.Document) error { got = append(got, d.Title); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0] != title1+" "+title2 {
			t.Errorf("titles = %q", got)
		}
	})
}

// TestMirrorIsAVersion: a copy of a publication on a document sharing site
// joins the publisher's page as a version (one document, the page's text,
// both files among its sources); without the page it is a publication of its
// own; with no date on the copy, only a copy that shares passages joins.
func TestMirrorIsAVersion(t *testing.T) {
	page := fixturePage(t, "rsis-08-undersea-cables.txt")
	body := "Satellites capture the public imagination, but the backbone of the global internet lies on the ocean floor. Fibre-optic cables no thicker than a garden hose carry the bulk of international communications, financial transactions and data traffic between Asia, North America and Europe."
	mirror := func(date, text string) string {
		return fmt.Sprintf(`{"url": "https://www.scribd.com/document/4711/undersea-cables", "title": "Undersea Cables as Critical Infrastructure in the Asia-Pacific", "date": %q, "text": %q}`+"\n", date, text)
	}
	for _, tc := range []struct {
		name, record string
		joined       bool
	}{
		{"same title and date", mirror("2012-02-28", body+" Uploaded by a reader; 1,204 views."), true},
		{"no date, shared text", mirror("", body), true},
		{"no date, other text", mirror("", strings.Repeat("A different note on cable repair ships and their crews, written for a trade newsletter, with none of the paper's sentences in it. ", 8)), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "page.txt"), page)
			writeFile(t, filepath.Join(dir, "mirror.jsonl"), tc.record)
			ix := openTestIndex(t)
			sum := run(t, ix, newTestParser(t), dir)
			want := 1
			if !tc.joined {
				want = 2
			}
			if sum.Added != want || len(sum.Failed) != 0 {
				t.Fatalf("added %d (failed %v), want %d", sum.Added, sum.Failed, want)
			}
			d, _ := ix.Document("WP12003")
			if d == nil || strings.Contains(d.Body, "Uploaded by") {
				t.Fatalf("the publisher's page must give the text: %v", d)
			}
			srcs, _ := ix.SourcesOf(context.Background(), "WP12003")
			if tc.joined && len(srcs) != 2 {
				t.Errorf("sources = %d, want the page and its mirror", len(srcs))
			}
		})
	}
}

// TestLandingPageAfterItsPDF: a PDF or a mirror's copy indexed in an earlier
// run, before its landing page was scraped, joins the landing page when it
// comes, so the index is the one a clean build of the folder makes.
func TestLandingPageAfterItsPDF(t *testing.T) {
	const title1, title2 = "Undersea Cables as Critical", "Infrastructure in the Asia-Pacific"
	for _, tc := range []struct {
		name, file string
		data       func(t *testing.T) []byte
	}{
		{"pdf", "cables-report-final.pdf", func(t *testing.T) []byte { return reportPDF(t, title1, title2, "zebrafinch") }},
		{"mirror", "copy.jsonl", func(t *testing.T) []byte {
			return []byte(`{"url": "https://www.scribd.com/document/4711/cables", "title": "` + title1 + " " + title2 + `", "date": "2012-02-28", "text": "Uploaded by a reader. zebrafinch"}` + "\n")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeBytes(t, filepath.Join(dir, tc.file), tc.data(t))
			ix := openTestIndex(t)
			p := newTestParser(t)
			if sum := run(t, ix, p, dir); sum.Added != 1 {
				t.Fatalf("first run added %d, want the copy alone", sum.Added)
			}
			writeFile(t, filepath.Join(dir, "landing.txt"), fixturePage(t, "rsis-08-undersea-cables.txt"))
			run(t, ix, p, dir)
			clean := openTestIndex(t)
			run(t, clean, p, dir)
			if got, want := exportIDs(t, ix), exportIDs(t, clean); !slices.Equal(got, want) {
				t.Fatalf("after the landing page came: %v; a clean build has %v", got, want)
			}
			d, _ := ix.Document("WP12003")
			w, _ := clean.Document("WP12003")
			if d == nil || w == nil || d.ContentHash != w.ContentHash {
				t.Errorf("the joined document differs from a clean build's")
			}
			srcs, _ := ix.SourcesOf(context.Background(), "WP12003")
			if len(srcs) != 2 {
				t.Errorf("sources = %d, want the page and the copy", len(srcs))
			}
		})
	}
}

func exportIDs(t *testing.T, ix *index.Index) []string {
	t.Helper()
	var ids []string
	if err := ix.Each(context.Background(), func(d *pub.Document) error { ids = append(ids, d.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}
