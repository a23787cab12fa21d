package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/ingest/site"
	"github.com/pubindex/pubindex/internal/golden"
	"github.com/pubindex/pubindex/query"
)

// searchFixture ingests testdata/pages into a fresh index and runs req.
func searchFixture(t *testing.T, reqs ...query.Request) []*query.Result {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p, err := parse.NewParser(parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{"../../testdata/pages"}}); err != nil {
		t.Fatal(err)
	}
	var out []*query.Result
	for _, req := range reqs {
		res, err := query.Local(ix).Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, res)
	}
	return out
}

// TestWriteText pins the terminal rendering: ANSI colour when asked, and
// ** markers with no escape codes otherwise (pipes, NO_COLOR).
func TestWriteText(t *testing.T) {
	res := searchFixture(t,
		query.Request{Text: "malacca", Limit: 1},
		query.Request{Text: `"data sovereignty" OR xiaohongshu`, Regions: []string{"Southeast Asia and ASEAN"}, Limit: 3})
	var color, plain, text bytes.Buffer
	if err := writeText(&color, res[0], textOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if err := writeText(&plain, res[0], textOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(color.String(), ansiMatch+"Malacca") || strings.Contains(color.String(), "**") {
		t.Errorf("colour output does not colour matches:\n%q", color.String())
	}
	if strings.Contains(plain.String(), "\x1b[") || !strings.Contains(plain.String(), "**Malacca**") {
		t.Errorf("plain output has escapes or no markers:\n%s", plain.String())
	}
	golden.Check(t, "testdata/color.txt", color.Bytes())
	if err := writeText(&text, res[1], textOptions{}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/query.txt", text.Bytes())
}

// TestHitWithoutCodeShowsID: a hit without a publication code prints its
// id (a URL or a hash), the handle show needs.
func TestHitWithoutCodeShowsID(t *testing.T) {
	res := &query.Result{Page: 1, Limit: 10, Total: 2, Hits: []query.Hit{
		{Publication: query.Publication{ID: "https://example.org/a/", Title: "No code"}},
		{Publication: query.Publication{ID: "IP25008", Code: "IP25008", Title: "Coded"}},
	}}
	var b bytes.Buffer
	if err := writeText(&b, res, textOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "    id: https://example.org/a/\n") || strings.Contains(b.String(), "id: IP25008") {
		t.Errorf("hit ids:\n%s", b.String())
	}
}

func TestTerminalSafe(t *testing.T) {
	in := "a\x1b]52;c;x\x07b\u009bc\n\td"
	got := terminalSafe(in)
	if strings.ContainsAny(got, "\x1b\x07\u009b") || len(got) != len(in) || !strings.HasSuffix(got, "c\n\td") {
		t.Errorf("terminalSafe(%q) = %q", in, got)
	}
}

// TestPublisherFilterByProfileName: --publisher takes a site profile's
// name (rsis, csis, eastasiaforum) for its publisher, and only that one.
func TestPublisherFilterByProfileName(t *testing.T) {
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	var publishers []string
	for _, pr := range prs {
		publishers = append(publishers, pr.Publisher)
	}
	for _, pr := range prs {
		got := query.MatchValues(index.FacetPublisher, pr.Name, publishers)
		if len(got) != 1 || got[0] != pr.Publisher {
			t.Errorf("--publisher %s matches %q, want %q", pr.Name, got, pr.Publisher)
		}
	}
}

// TestBenchQueryArgs: bench reads a query's argument list as query does,
// -word included.
func TestBenchQueryArgs(t *testing.T) {
	r, err := requestFromArgs([]string{"cyber", "-china", "--region", "Europe", "-n", "3", "-news"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Text != "cyber -china -news" || len(r.Regions) != 1 || r.Regions[0] != "Europe" || r.Limit != 3 {
		t.Errorf("request = %+v", r)
	}
}
