package parse

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/internal/golden"
)

// htmlExpect is the hand-written truth of one record of an HTML fixture
// (testdata/html/NN-slug.expect.json), written from the page, not from the
// parser.
type htmlExpect struct {
	Skip           string   `json:"skip"`
	Code           string   `json:"code"`
	Title          string   `json:"title"`
	Series         string   `json:"series"`
	Authors        []string `json:"authors"`
	Date           string   `json:"date"`
	Regions        []string `json:"regions"`
	Topics         []string `json:"topics"`
	Publisher      string   `json:"publisher"`
	URL            string   `json:"url"`
	PageType       string   `json:"page_type"`
	SynopsisPrefix string   `json:"synopsis_prefix"`
	BodyPrefix     string   `json:"body_prefix"`
	BodySuffix     string   `json:"body_suffix"`
	BodyExcludes   []string `json:"body_excludes"`
}

type htmlExpectFile struct {
	Results []htmlExpect `json:"results"`
}

func htmlFixtures(t testing.TB) []string {
	t.Helper()
	pages, err := filepath.Glob("../../testdata/html/*.html")
	if err != nil || len(pages) < 16 {
		t.Fatalf("want at least 16 HTML fixture pages, found %d (%v)", len(pages), err)
	}
	return pages
}

func readHTMLExpect(t *testing.T, page string) htmlExpectFile {
	t.Helper()
	path := strings.TrimSuffix(page, ".html") + ".expect.json"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("every fixture needs an expectation file: %v", err)
	}
	var f htmlExpectFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(f.Results) == 0 {
		t.Fatalf("%s: no results", path)
	}
	return f
}

// TestHTMLExpectations parses every HTML fixture and checks each field
// against the hand-written expectation, reporting every field that differs.
func TestHTMLExpectations(t *testing.T) {
	p := newTestParser(t)
	for _, page := range htmlFixtures(t) {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			want := readHTMLExpect(t, page)
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			if f := Detect(name, data); f != FormatHTML {
				t.Errorf("Detect = %v, want html", f)
			}
			got := p.Parse(context.Background(), name, data)
			if len(got) != len(want.Results) {
				t.Fatalf("%d results, want %d: %+v", len(got), len(want.Results), got)
			}
			for i, w := range want.Results {
				checkHTMLResult(t, got[i], w)
			}
		})
	}
}

func checkHTMLResult(t *testing.T, r page.Result, w htmlExpect) {
	t.Helper()
	if r.Err != nil {
		t.Fatalf("error %v", r.Err)
	}
	if w.Skip != "" {
		if r.Doc != nil || !strings.Contains(r.Skip, w.Skip) {
			t.Errorf("skip = %q (document %v), want a skip containing %q", r.Skip, r.Doc != nil, w.Skip)
		}
		return
	}
	if r.Doc == nil {
		t.Fatalf("skipped (%s), want a document; warnings %q", r.Skip, r.Warnings)
	}
	d := r.Doc
	field := func(name, got, want string) {
		if got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	list := func(name string, got, want []string) {
		if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	field("code", d.Code, w.Code)
	field("title", d.Title, w.Title)
	field("series", d.Series, w.Series)
	list("authors", d.Authors, w.Authors)
	field("date", d.Date.String(), w.Date)
	list("regions", d.Regions, w.Regions)
	list("topics", d.Topics, w.Topics)
	field("publisher", d.Publisher, w.Publisher)
	field("url", d.URL, w.URL)
	field("page_type", d.PageType, w.PageType)
	if !strings.HasPrefix(d.Synopsis, w.SynopsisPrefix) {
		t.Errorf("synopsis = %.120q..., want prefix %q", d.Synopsis, w.SynopsisPrefix)
	}
	if !strings.HasPrefix(d.Body, w.BodyPrefix) {
		t.Errorf("body = %.120q..., want prefix %q", d.Body, w.BodyPrefix)
	}
	if !strings.HasSuffix(d.Body, w.BodySuffix) {
		t.Errorf("body = ...%q, want suffix %q", d.Body[max(0, len(d.Body)-120):], w.BodySuffix)
	}
	for _, x := range w.BodyExcludes {
		if strings.Contains(d.Body, x) {
			t.Errorf("body contains %q", x)
		}
	}
	if d.ID == "" || !d.Date.Valid() {
		t.Errorf("id %q, date %#v", d.ID, d.Date)
	}
	if t.Failed() {
		t.Logf("warnings: %q", r.Warnings)
	}
}

// TestHTMLGolden pins the full parser output for every HTML fixture
// (UPDATE_GOLDEN=1 rewrites the files).
func TestHTMLGolden(t *testing.T) {
	p := newTestParser(t)
	for _, page := range htmlFixtures(t) {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", "golden", "html", name+".json"), parseFile(t, p, page))
		})
	}
}

// TestHTMLKeepOther indexes the pages that are not publications with
// --keep-other, under their page type.
func TestHTMLKeepOther(t *testing.T) {
	p, err := NewParser(Options{KeepOther: true})
	if err != nil {
		t.Fatal(err)
	}
	for page, kind := range map[string]string{"16-lowy-event.html": "event", "17-carnegie-listing.html": "listing", "21-eastasiaforum-tag.html": "listing"} {
		data, err := os.ReadFile(filepath.Join("../../testdata/html", page))
		if err != nil {
			t.Fatal(err)
		}
		rs := p.Parse(context.Background(), page, data)
		if len(rs) != 1 || rs[0].Doc == nil || rs[0].Doc.PageType != kind || rs[0].Doc.Title == "" {
			t.Errorf("%s: %+v, want a %s document with a title", page, rs, kind)
		}
	}
}

func TestDetectHTMLVariants(t *testing.T) {
	page := "<html><head><title>T</title></head><body><p>x</p></body></html>"
	for name, data := range map[string]string{
		"bom":           "\xef\xbb\xbf" + page,
		"bom-space":     "\xef\xbb\xbf\n\n   " + page,
		"whitespace":    "\r\n\t  <!DOCTYPE html>\n" + page,
		"comment":       "<!-- saved from url=(0026)https://example.org/a/b -->\n" + page,
		"xml":           `<?xml version="1.0" encoding="UTF-8"?>` + "\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\">\n" + page,
		"xml-comment":   `<?xml version="1.0"?><!-- c -->` + page,
		"doctype-lower": "<!doctype html>" + page,
		"head-only":     "<head><meta charset=utf-8><title>T</title></head>",
	} {
		if f := Detect("page.txt", []byte(data)); f != FormatHTML {
			t.Errorf("%s: Detect = %v, want html", name, f)
		}
	}
}

// htmlDoc parses an HTML page and returns its one result.
func htmlDoc(t *testing.T, page string) page.Result {
	t.Helper()
	rs := newTestParser(t).Parse(context.Background(), "page.html", []byte(page))
	if len(rs) != 1 {
		t.Fatalf("%d results", len(rs))
	}
	return rs[0]
}

const htmlBody = `<p>The first paragraph of the article is long enough to be read as text, with several clauses and a full stop at the end of it.</p>
<p>The second paragraph carries on in the same way, so that the extractor sees an article and not a menu or a list of links to other pages.</p>
<p>The third paragraph closes the argument with a recommendation that governments in the region would do well to consider before the next crisis.</p>`

func TestHTMLDatePriority(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             string
		warn             string // a substring of some warning
	}{
		{"citation before og", `<meta name="citation_publication_date" content="2025/02/03"><meta property="article:published_time" content="2025-02-04T01:00:00Z">`, ``, "2025-02-03", ""},
		{"citation_date", `<meta name="citation_date" content="2019">`, ``, "2019", ""},
		{"dublin core", `<meta name="DC.date" content="2024-05">`, ``, "2024-05", ""},
		{"timestamp keeps its calendar date", `<meta property="article:published_time" content="2024-11-13T06:00:00+11:00">`, ``, "2024-11-13", ""},
		{"json-ld", `<script type="application/ld+json">{"@type":"Article","datePublished":"2023-08-15T23:30:00-04:00","dateModified":"2024-01-01"}</script>`, ``, "2023-08-15", ""},
		{"modified only", `<meta property="article:modified_time" content="2024-11-15T10:00:00+11:00">`, ``, "", "modification date"},
		{"json-ld modified only", `<script type="application/ld+json">{"@type":"Article","headline":"A Title Here","dateModified":"2024-01-01"}</script>`, ``, "", "dateModified"},
		{"time element", ``, `<time datetime="2022-03-04">4 March 2022</time>`, "2022-03-04", ""},
		{"updated time element ignored", ``, `<time class="updated" datetime="2022-03-04">4 March 2022</time>`, "", ""},
		{"visible date line", ``, `<p>Published 7 June 2021</p>`, "2021-06-07", ""},
		{"ambiguous numeric date on an unknown site", ``, `<p>Published: 03/04/2021</p>`, "", "ambiguous date"},
		{"unambiguous numeric date on an unknown site", ``, `<p>Published: 23/04/2021</p>`, "2021-04-23", ""},
		{"updated line is a stamp", ``, `<p>Updated 7 June 2021</p>`, "", ""},
		{"disagreement warned", `<meta name="citation_publication_date" content="2025/02/03"><meta property="article:published_time" content="2021-01-01">`, ``, "2025-02-03", "disagree"},
		{"cjk date line", ``, `<p>2024年11月13日</p>`, "2024-11-13", ""},
	}
	for _, tt := range tests {
		page := `<html><head><title>A Title Here | Site</title>` + tt.head + `</head><body><main><h1>A Title Here</h1><p class="byline">By Jane Doe</p>` + tt.body + htmlBody + `</main></body></html>`
		r := htmlDoc(t, page)
		if r.Doc == nil {
			t.Errorf("%s: skipped %q", tt.name, r.Skip)
			continue
		}
		if got := r.Doc.Date.String(); got != tt.want {
			t.Errorf("%s: date %q, want %q (warnings %q)", tt.name, got, tt.want, r.Warnings)
		}
		if tt.warn != "" && !strings.Contains(strings.Join(r.Warnings, "\n"), tt.warn) {
			t.Errorf("%s: warnings %q, want one about %q", tt.name, r.Warnings, tt.warn)
		}
	}
}

func TestHTMLTitle(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"h1 beats a shortened headline", `<script type="application/ld+json">{"@type":"Article","headline":"Short"}</script>`, `<h1>The Full and Longer Title of the Piece</h1>`, "The Full and Longer Title of the Piece"},
		{"title suffix stripped", `<meta property="og:site_name" content="Invented Review">`, ``, "Only the Title Tag Names This Page"},
		{"logo h1 ignored", ``, `<header><h1 class="site-logo"><a href="/">Invented Review</a></h1></header><h2>Not Used</h2>`, "Only the Title Tag Names This Page"},
		{"menu label h1 ignored", `<meta property="og:title" content="The Real Title of the Article">`, `<nav><a href="/a">Latest Analysis</a></nav><h1>Latest Analysis</h1>`, "The Real Title of the Article"},
		{"code split from the title", ``, `<h1>IP25008 | The Illusion of an Internet Utopia</h1>`, "The Illusion of an Internet Utopia"},
	}
	for _, tt := range tests {
		page := `<html><head><title>Only the Title Tag Names This Page | Invented Review</title>` + tt.head +
			`</head><body>` + tt.body + `<p>By Jane Doe</p><p>3 February 2025</p>` + htmlBody + `</body></html>`
		r := htmlDoc(t, page)
		if r.Doc == nil {
			t.Errorf("%s: skipped %q", tt.name, r.Skip)
			continue
		}
		if r.Doc.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, r.Doc.Title, tt.want)
		}
	}
}

func TestHTMLSkips(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"error page", `<html><head><title>404 Not Found</title></head><body><p>Sorry.</p></body></html>`, "error page"},
		{"cloudflare", `<html><head><title>Just a moment...</title></head><body><p>Checking your browser.</p></body></html>`, "error page"},
		{"json-ld event", `<html><head><script type="application/ld+json">{"@type":"BusinessEvent","name":"A Forum on Things"}</script></head><body><h1>A Forum on Things</h1>` + htmlBody + `</body></html>`, "event page"},
		{"event phrases", `<html><body><h1>A Forum on Regional Things</h1><p>Venue: Room 2</p><p>Register now</p>` + htmlBody + `</body></html>`, "event page"},
		{"tag url", `<html><head><link rel="canonical" href="https://example.org/tag/china/"></head><body><h1>Posts about China</h1>` + htmlBody + `</body></html>`, "listing page"},
		{"no title", `<html><body>` + htmlBody + `</body></html>`, "no article title"},
		{"no date, author or metadata", `<html><body><h1>About Our Institute</h1>` + htmlBody + `</body></html>`, "not a publication: page"},
		{"empty", ``, "not a publication"},
	}
	for _, tt := range tests {
		r := htmlDoc(t, tt.page)
		if r.Doc != nil || !strings.Contains(r.Skip, tt.want) || !strings.HasPrefix(r.Skip, "not a publication: ") {
			t.Errorf("%s: skip %q (doc %v), want %q", tt.name, r.Skip, r.Doc != nil, tt.want)
		}
	}
}

// TestHTMLDeepNesting reads a page nested deeper than the HTML parser
// allows (unclosed tags) instead of failing on it.
func TestHTMLDeepNesting(t *testing.T) {
	page := "<html><body><h1>A Title Here</h1><p>By Jane Doe</p>" + strings.Repeat(`<div><font size="2">`, 2000) + htmlBody + "</body></html>"
	r := htmlDoc(t, page)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "The second paragraph carries on") {
		t.Fatalf("%+v", r)
	}
	if !strings.Contains(strings.Join(r.Warnings, "\n"), "flattened") {
		t.Errorf("warnings %q, want one about flattening", r.Warnings)
	}
}

func TestHTMLURL(t *testing.T) {
	tests := []struct {
		name, head, want string
	}{
		{"canonical", `<link rel="canonical" href="https://www.example.org/a/b/?utm_source=x">`, "https://example.org/a/b"},
		{"relative canonical resolved by og:url", `<link rel="canonical" href="/a/c"><meta property="og:url" content="https://example.org/a/b">`, "https://example.org/a/c"},
		{"site root refused", `<link rel="canonical" href="https://example.org/">`, ""},
		{"site root skipped for og:url", `<link rel="canonical" href="https://example.org/"><meta property="og:url" content="https://example.org/a/d">`, "https://example.org/a/d"},
		{"not http", `<link rel="canonical" href="ftp://example.org/a">`, ""},
	}
	for _, tt := range tests {
		page := `<html><head>` + tt.head + `</head><body><h1>A Title Here</h1><p>By Jane Doe</p>` + htmlBody + `</body></html>`
		r := htmlDoc(t, page)
		if r.Doc == nil {
			t.Errorf("%s: skipped %q", tt.name, r.Skip)
			continue
		}
		if r.Doc.URL != tt.want {
			t.Errorf("%s: url %q, want %q", tt.name, r.Doc.URL, tt.want)
		}
		if tt.want != "" && r.Doc.ID != tt.want {
			t.Errorf("%s: id %q, want the URL", tt.name, r.Doc.ID)
		}
	}
}

// TestHTMLSameDocument checks that one page saved under two addresses,
// with different chrome, is one document with one content hash.
func TestHTMLSameDocument(t *testing.T) {
	a := `<html><head><link rel="canonical" href="https://www.example.org/a/b/?utm_medium=email"></head><body><nav><a href="/">Home</a></nav><h1>A Title Here</h1><p>By Jane Doe</p>` + htmlBody + `</body></html>`
	b := `<!-- saved from url=(0025)http://example.org/a/b#top -->
<html><head></head><body><header>Other chrome</header><h1>A Title Here</h1><p>By Jane Doe</p>` + htmlBody + `<footer>Copyright © 2025</footer></body></html>`
	ra, rb := htmlDoc(t, a), htmlDoc(t, b)
	if ra.Doc == nil || rb.Doc == nil {
		t.Fatalf("skipped: %q %q", ra.Skip, rb.Skip)
	}
	if ra.Doc.ID != rb.Doc.ID || ra.Doc.ContentHash != rb.Doc.ContentHash {
		t.Errorf("ids %q %q, hashes %s %s", ra.Doc.ID, rb.Doc.ID, ra.Doc.ContentHash, rb.Doc.ContentHash)
	}
}

func TestHTMLProfileByMarkers(t *testing.T) {
	page := `<html><head><meta property="og:site_name" content="Lowy Institute"></head><body><h1>A Title About the Pacific</h1><p>By Jane Doe</p>` + htmlBody + `</body></html>`
	r := htmlDoc(t, page)
	if r.Doc == nil || r.Doc.Publisher != "Lowy Institute" {
		t.Fatalf("%+v", r)
	}
	// A page from another host that cites RSIS is not an RSIS page.
	page = `<html><head><link rel="canonical" href="https://example.org/x/y"></head><body><h1>A Title About the Pacific</h1><p>By Jane Doe</p>` + htmlBody +
		`<p>Jane Doe was a visitor at the S. Rajaratnam School of International Studies and wrote for RSIS Publications.</p></body></html>`
	r = htmlDoc(t, page)
	if r.Doc == nil || r.Doc.Publisher != "" {
		t.Fatalf("publisher %q, want none", r.Doc.Publisher)
	}
}
