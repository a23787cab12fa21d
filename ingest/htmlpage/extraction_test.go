package htmlpage_test

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/pubindex/pubindex/ingest/htmlpage"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// The floors the extraction benchmark must stay above (figures and how to
// get the data in docs/html-extraction.md).
const (
	benchMinF1      = 0.97
	benchMaxMissing = 0
)

// TestExtractionBenchmark scores the body text the reader extracts from the
// pages of a public article extraction benchmark against their ground truth,
// as the benchmark's own evaluate.py does. It runs only when
// PUBINDEX_HTMLBENCH_DIR names the benchmark's folder (ground-truth.json and
// html/<id>.html.gz); PUBINDEX_HTMLBENCH_OUT, when set, names a file the
// extracted bodies are written to in the benchmark's output format.
func TestExtractionBenchmark(t *testing.T) {
	dir := os.Getenv("PUBINDEX_HTMLBENCH_DIR")
	if dir == "" {
		t.Skip("PUBINDEX_HTMLBENCH_DIR not set: see docs/html-extraction.md")
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatalf("ground-truth.json: %v", err)
	}
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	k := site.New(prs, site.NewTaxonomy(prs...), false)
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := map[string]map[string]string{}
	var scores []shingleScore
	var f1s []float64
	missing := 0
	for _, id := range ids {
		data, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			t.Fatal(err)
		}
		r := htmlpage.Read(page.File{Path: id + ".html", Data: data}, k)
		var body string
		if r.Doc == nil {
			missing++
			why := r.Skip
			if r.Err != nil {
				why = r.Err.Error()
			}
			t.Logf("no document: %s (%s): %s", id[:12], truth[id].URL, why)
		} else {
			body = strings.TrimSpace(r.Doc.Synopsis + "\n\n" + r.Doc.Body)
		}
		out[id] = map[string]string{"articleBody": body}
		s := scoreShingles(truth[id].ArticleBody, body)
		scores = append(scores, s)
		f1s = append(f1s, s.f1())
		if testing.Verbose() {
			t.Logf("page %s F1 %.3f P %.3f R %.3f %s", id[:12], s.f1(), s.precision(), s.recall(), truth[id].URL)
		}
	}
	p, r, f1 := benchmarkF1(scores)
	slices.Sort(f1s)
	t.Logf("%d pages: F1 %.4f (precision %.4f, recall %.4f), median page F1 %.4f, %d pages without a document",
		len(ids), f1, p, r, f1s[len(f1s)/2], missing)
	if path := os.Getenv("PUBINDEX_HTMLBENCH_OUT"); path != "" {
		b, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if f1 < benchMinF1 {
		t.Errorf("F1 %.4f, below the floor %.3f", f1, benchMinF1)
	}
	if missing > benchMaxMissing {
		t.Errorf("%d pages gave no document, want at most %d", missing, benchMaxMissing)
	}
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

// shingleScore is the share of a page's 4-word shingles that are true
// positives, false positives and false negatives (they sum to 1, so that
// long pages weigh no more than short ones).
type shingleScore struct{ tp, fp, fn float64 }

func (s shingleScore) precision() float64 {
	switch {
	case s.fp == 0 && s.fn == 0:
		return 1
	case s.tp == 0 && s.fp == 0:
		return 0
	}
	return s.tp / (s.tp + s.fp)
}

func (s shingleScore) recall() float64 {
	switch {
	case s.fp == 0 && s.fn == 0:
		return 1
	case s.tp == 0 && s.fn == 0:
		return 0
	}
	return s.tp / (s.tp + s.fn)
}

func (s shingleScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// benchmarkF1 is the benchmark's figure: the mean precision over pages that
// extracted something, the mean recall over pages that have a body, and
// their harmonic mean.
func benchmarkF1(scores []shingleScore) (p, r, f1 float64) {
	var np, nr int
	for _, s := range scores {
		if s.tp+s.fp > 0 {
			p += s.precision()
			np++
		}
		if s.tp+s.fn > 0 {
			r += s.recall()
			nr++
		}
	}
	p /= float64(max(np, 1))
	r /= float64(max(nr, 1))
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}

// benchTokens splits text into words as the benchmark's \w+ does.
func benchTokens(s string) []string {
	return strings.FieldsFunc(s, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c) && c != '_'
	})
}

// shingles counts the 4-word shingles of a text; a text of fewer words is
// one shingle.
func shingles(s string) map[string]int {
	toks := benchTokens(s)
	out := map[string]int{}
	for i := 0; i < max(1, len(toks)-3); i++ {
		sh := toks[i:min(i+4, len(toks))]
		if len(sh) > 0 {
			out[strings.Join(sh, "\x00")]++
		}
	}
	return out
}

func scoreShingles(truth, pred string) shingleScore {
	ts, ps := shingles(truth), shingles(pred)
	var s shingleScore
	for k, tc := range ts {
		pc := ps[k]
		s.tp += float64(min(tc, pc))
		s.fn += float64(max(0, tc-pc))
	}
	for k, pc := range ps {
		s.fp += float64(max(0, pc-ts[k]))
	}
	if sum := s.tp + s.fp + s.fn; sum > 0 {
		s.tp, s.fp, s.fn = s.tp/sum, s.fp/sum, s.fn/sum
	}
	return s
}

// TestShingleScore checks the benchmark's figure on small texts, so a
// change to the scoring does not go unnoticed when the data is absent.
func TestShingleScore(t *testing.T) {
	tests := []struct {
		truth, pred string
		p, r        float64
	}{
		{"one two three four five", "one two three four five", 1, 1},
		{"one two three four five", "", 0, 0},
		{"one two three four five", "one two three four five six", 2.0 / 3, 1},
		{"one two three four five six", "one two three four", 1, 1.0 / 3},
		{"Hello, world!", "hello world", 0, 0},
	}
	for _, tt := range tests {
		s := scoreShingles(tt.truth, tt.pred)
		if d := s.precision() - tt.p; d > 1e-9 || d < -1e-9 {
			t.Errorf("%q vs %q: precision %v, want %v", tt.truth, tt.pred, s.precision(), tt.p)
		}
		if d := s.recall() - tt.r; d > 1e-9 || d < -1e-9 {
			t.Errorf("%q vs %q: recall %v, want %v", tt.truth, tt.pred, s.recall(), tt.r)
		}
	}
}
