package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// testSet is what the readers know with the built-in profiles.
func testSet(t testing.TB) *site.Set {
	t.Helper()
	prs, err := site.BuiltinProfiles()
	if err != nil {
		t.Fatal(err)
	}
	return site.New(prs, site.NewTaxonomy(prs...), false)
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
	x := newHTMLPage(testSet(t), []byte(page))
	return x, x.meta
}

func newHTMLPage(k *site.Set, data []byte) *htmlPage {
	x, err := load(data, k)
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
		got := fields.CleanAuthors(m.ldPeople(a["author"]))
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
		got := strings.Join(fields.CleanAuthors(citationName(tt.in)), "|")
		if got != tt.want {
			t.Errorf("citationName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzRead(f *testing.F) {
	pages, _ := filepath.Glob("../../testdata/html/*.html")
	for _, p := range pages {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Article\",\"author\":{\"@id\":\"#a\"}},{\"@id\":\"#a\",\"name\":\"Jane Doe\"}]}</script></head><body><h1>A B</h1><p>x</p></body></html>"))
	f.Add([]byte("<meta charset=shift_jis><h1>\x93\xfa\x96\x7b\x93\xfa\x96\x7b</h1><p>2024\x94N11\x8c\x8e13\x93\xfa</p>"))
	f.Add([]byte("<html><body><h1>CO25041 | A Title</h1><p>SYNOPSIS</p><p>s</p><p>COMMENTARY</p><p>b</p></body></html>"))
	f.Add([]byte("<body><h1>A Title Here</h1>" + strings.Repeat("<div><b>", 400) + "<p>By Jane Doe</p><p>text</p>"))
	f.Add([]byte("<TITLE>İstanbul Harbour<!-- x --><body><h2>Ferry Fares</h2><p>İ text</p>"))
	k := testSet(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		r := Read(page.File{Path: "fuzz.html", Data: data}, k)
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
		if d.Title == "" || !d.Date.Valid() {
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
		if _, err := pub.ParseISODate(d.Date.String()); err != nil && !d.Date.IsZero() {
			t.Fatalf("date %v: %v", d.Date, err)
		}
	})
}
