package ingest

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index"
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
	pages, err := filepath.Glob("../testdata/html/*.html")
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
			got := p.Parse(name, data)
			if len(got) != len(want.Results) {
				t.Fatalf("%d results, want %d: %+v", len(got), len(want.Results), got)
			}
			for i, w := range want.Results {
				checkHTMLResult(t, got[i], w)
			}
		})
	}
}

func checkHTMLResult(t *testing.T, r Result, w htmlExpect) {
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
		data, err := os.ReadFile(filepath.Join("../testdata/html", page))
		if err != nil {
			t.Fatal(err)
		}
		rs := p.Parse(page, data)
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

func TestDecodeHTML(t *testing.T) {
	cp1252 := []byte("<html><head><meta charset=\"windows-1252\"><title>x</title></head><body><p>Ren\xe9 \x93quoted\x94 \x80 5</p></body></html>")
	tests := []struct {
		name string
		in   []byte
		want string // a substring of the decoded page
		warn bool
	}{
		{"windows-1252 declared", cp1252, "René “quoted” € 5", false},
		{"latin-1 label is windows-1252", bytes.Replace(cp1252, []byte("windows-1252"), []byte("ISO-8859-1"), 1), "René “quoted” € 5", false},
		{"http-equiv", []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>caf\xe9</body></html>"), "café", false},
		{"declared legacy, bytes utf-8", []byte("<html><head><meta charset=\"windows-1252\"></head><body>café – ok</body></html>"), "café – ok", true},
		{"undeclared, not utf-8", []byte("<html><body>caf\xe9</body></html>"), "café", true},
		{"utf-8 bom", []byte("\xef\xbb\xbf<html><body>café</body></html>"), "<html><body>café", false},
		{"charset after a long head", append(append([]byte("<html><head><!-- "), bytes.Repeat([]byte("x"), 3000)...), []byte(" --><meta charset=\"windows-1252\"></head><body>na\xefve</body></html>")...), "naïve", false},
		{"shift_jis", []byte("<html><head><meta charset=\"shift_jis\"></head><body>\x93\xfa\x96\x7b</body></html>"), "日本", false},
	}
	for _, tt := range tests {
		got, warns := decodeHTML(tt.in)
		if !strings.Contains(got, tt.want) || !utf8.ValidString(got) {
			t.Errorf("%s: decodeHTML = %q, want it to contain %q", tt.name, got, tt.want)
		}
		if (len(warns) > 0) != tt.warn {
			t.Errorf("%s: warnings %q, want warning %v", tt.name, warns, tt.warn)
		}
	}
}

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		types []string // the @type of each object, joined by "+"
	}{
		{"object", `{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}`, []string{"newsarticle"}},
		{"array", `[{"@type":"WebSite","name":"S"},{"@type":["Report","Article"]}]`, []string{"website", "report+article"}},
		{"graph", `{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Article"},{"@type":"Person","@id":"#p"}]}`, []string{"webpage", "article", "person"}},
		{"main entity", `{"@type":"WebPage","mainEntity":{"@type":"ScholarlyArticle","name":"N"}}`, []string{"webpage", "scholarlyarticle"}},
		{"prefixed types", `{"@type":"schema:Article"} `, []string{"article"}},
		{"iri type", `{"@type":"http://schema.org/BlogPosting"}`, []string{"blogposting"}},
		{"raw newline in a string", "{\"@type\":\"Article\",\"headline\":\"two\nlines\"}", []string{"article"}},
		{"html comment wrapper", "<!--\n{\"@type\":\"Article\"}\n-->", []string{"article"}},
		{"trailing comma", `{"@type":"Article","headline":"H",}`, nil},
		{"truncated", `{"@type":"Article","headline":`, nil},
		{"not json", `var x = 1;`, nil},
		{"empty", ``, nil},
		{"scalar", `"Article"`, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, o := range parseJSONLD(tt.in) {
			got = append(got, strings.Join(ldTypes(o), "+"))
		}
		if !slices.Equal(got, tt.types) {
			t.Errorf("%s: types %q, want %q", tt.name, got, tt.types)
		}
	}
}

// metaOf parses a page and returns its metadata.
func metaOf(t *testing.T, page string) (*htmlPage, *pageMeta) {
	t.Helper()
	x := newHTMLPage(newTestParser(t), []byte(page))
	return x, x.meta
}

func newHTMLPage(p *Parser, data []byte) *htmlPage {
	x, err := p.loadHTML(data)
	if err != nil {
		panic(err)
	}
	return x
}

func TestJSONLDAuthors(t *testing.T) {
	tests := []struct {
		name   string
		author string
		want   []string
	}{
		{"string", `"Jane Doe"`, []string{"Jane Doe"}},
		{"string with two names", `"Jane Doe and John Smith"`, []string{"Jane Doe", "John Smith"}},
		{"object", `{"@type":"Person","name":"Jane Doe"}`, []string{"Jane Doe"}},
		{"given and family name", `{"@type":"Person","givenName":"Jane","familyName":"Doe"}`, []string{"Jane Doe"}},
		{"array of forms", `[{"@type":"Person","name":"Jane Doe"},"John Smith",{"name":"Tan Wei Ling"}]`, []string{"Jane Doe", "John Smith", "Tan Wei Ling"}},
		{"reference into the graph", `{"@id":"#jane"}`, []string{"Jane Doe"}},
		{"organisation left out", `[{"@type":"Organization","name":"Lowy Institute"},{"@type":"Person","name":"Jane Doe"}]`, []string{"Jane Doe"}},
		{"affiliation dropped", `"Jane Doe, Senior Fellow, Invented Institute"`, []string{"Jane Doe"}},
		{"number", `42`, nil},
	}
	for _, tt := range tests {
		page := `<html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"A Title Here","author":` + tt.author +
			`},{"@type":"Person","@id":"#jane","name":"Jane Doe"}]}</script></head><body></body></html>`
		_, m := metaOf(t, page)
		a := m.ldArticle()
		if a == nil {
			t.Fatalf("%s: no article object", tt.name)
		}
		got := normalizeAuthors(m.ldPeople(a["author"]))
		if !slices.Equal(got, tt.want) && (len(got) > 0 || len(tt.want) > 0) {
			t.Errorf("%s: authors %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCitationName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Doe, Jane", "Jane Doe"},
		{"Brennan, Laura M.", "Laura M. Brennan"},
		{"van der Berg, Anna", "Anna van der Berg"},
		{"Jane Doe", "Jane Doe"},
		{"Tan Wei Ling, Li Mingjiang", "Tan Wei Ling|Li Mingjiang"},
		{"Jane Doe, Lowy Institute", "Jane Doe"},
		{"Doe, J.", "J. Doe"},
	}
	for _, tt := range tests {
		got := strings.Join(normalizeAuthors(citationName(tt.in)), "|")
		if got != tt.want {
			t.Errorf("citationName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// htmlDoc parses an HTML page and returns its one result.
func htmlDoc(t *testing.T, page string) Result {
	t.Helper()
	rs := newTestParser(t).Parse("page.html", []byte(page))
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

func FuzzParseHTML(f *testing.F) {
	pages, _ := filepath.Glob("../testdata/html/*.html")
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#a\"}},{\"@id\":\"#a\",\"name\":\"Jane Doe\"}]}</script></head><body><h1>A B</h1><p>x</p></body></html>"))
	f.Add([]byte("<meta charset=shift_jis><h1>\x93\xfa\x96\x7b\x93\xfa\x96\x7b</h1><p>2024\x94N11\x8c\x8e13\x93\xfa</p>"))
	f.Add([]byte("<html><body><h1>CO25041 | A Title</h1><p>SYNOPSIS</p><p>s</p><p>COMMENTARY</p><p>b</p></body></html>"))
	f.Add([]byte("<body><h1>A Title Here</h1>" + strings.Repeat("<div><b>", 400) + "<p>By Jane Doe</p><p>text</p>"))
	p := newTestParser(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		r := p.finish(p.parseHTML("fuzz.html", data), "fuzz.html")
		if el := time.Since(start); el > 10*time.Second {
			t.Fatalf("%d bytes took %v", len(data), el)
		}
		if r.Doc == nil {
			if r.Skip == "" && r.Err == nil {
				t.Fatalf("result with no document, skip or error")
			}
			return
		}
		d := r.Doc
		if d.ID == "" || d.Title == "" || !d.Date.Valid() {
			t.Fatalf("bad document %+v", d)
		}
		for _, s := range append([]string{d.Title, d.Synopsis, d.Body, d.URL, d.Publisher, d.Series}, d.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
		}
		if strings.Contains(d.Title, "\n") {
			t.Fatalf("title with a newline: %q", d.Title)
		}
		if _, err := index.ParseISODate(d.Date.String()); err != nil && !d.Date.IsZero() {
			t.Fatalf("date %v: %v", d.Date, err)
		}
	})
}
