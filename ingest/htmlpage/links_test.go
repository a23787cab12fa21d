package htmlpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
)

// posts is n blog posts printed in full, each under its title linking to
// the post's own page.
func posts(n int) string {
	var sb strings.Builder
	for i := range n {
		fmt.Fprintf(&sb, `<div class="post"><h2><a href="/2024/05/post-%d.html">Notes from the harbour, week %d</a></h2>%s</div>`, i, i, paras(8))
	}
	return sb.String()
}

// TestArticleAmongLinks: an article stays an article however many links to
// other articles its page carries and however its platform names its
// boxes; a blog's page of posts printed in full is a listing.
func TestArticleAmongLinks(t *testing.T) {
	k := testSet(t)
	const ferry = "Winter Fares on the Outer Isles"
	titled := `<html><head><title>` + ferry + ` | Kestrel Notes</title><meta property="og:title" content="` + ferry + `"></head><body>`
	untitled := `<html><head></head><body>`
	sidebar := `<div class="about-box"><p>` + strings.Repeat("Kestrel Notes is written on the quay by two islanders who keep the harbour's records. ", 15) + `</p></div>`
	for _, c := range []struct {
		name, page, skip, title string
	}{
		// a heading inside the article that links elsewhere (a box, a
		// byline set as a heading) made the whole article one teaser's
		{"a linked heading inside a long article", untitled + `<h1>` + ferry + `</h1><div class="story">` + paras(6) +
			`<div class="box"><h2><a href="/ferries">Running the ferry company</a></h2></div>` + paras(12) + `</div>` + teasers(12) + `</body></html>`,
			"", ferry},
		// a byline set as a heading with a link to its author opens the article
		{"a linked byline heading over the article", untitled + `<h1>` + ferry + `</h1><div class="story"><h3>By <a href="/authors/anna-berg">Anna Berg and Per Lindqvist</a></h3>` +
			paras(12) + `</div>` + teasers(12) + `</body></html>`,
			"", ferry},
		// the same, the article's text set between <br>s
		{"a linked heading inside an article of bare text", untitled + `<h1>` + ferry + `</h1><p>By Anna Berg</p><p>3 May 2024</p><div class="story">` + strings.Repeat(para(1)+"<br>", 6) +
			`<div class="box"><h2><a href="/ferries">Running the ferry company</a></h2></div>` + strings.Repeat(para(2)+"<br>", 12) + `</div>` + teasers(12) + `</body></html>`,
			"", ferry},
		// a short dated article under its own headline, many teasers beside it
		{"a short article beside many teasers", titled + `<h1>` + ferry + `</h1><p>By Anna Berg</p><p>3 May 2024</p><div class="story">` + paras(5) + `</div>` + teasers(42) + `</body></html>`,
			"", ferry},
		// a listing's headlines may open with a foreign "by"'s word
		{"headlines opening with 'Por'", untitled + `<h1>Puertos</h1>` + strings.Replace(teasers(12), "Another story", "Por qué fallan los puertos", -1) + `</body></html>`,
			"not a publication: listing page (12 article links and no article text)", ""},
		// a topic page is headed by its own title too, with an introduction, but undated
		{"a topic page's introduction over its teasers", titled + `<h1>` + ferry + `</h1><div class="intro">` + paras(5) + `</div>` + teasers(25) + `</body></html>`,
			"not a publication: listing page (25 article links and no article text)", ""},
		{"a blog's posts in full", untitled + `<h1>Kestrel Notes</h1>` + posts(5) + `</body></html>`,
			"not a publication: listing page (5 article links and no article text)", ""},
		// sections headed by links to what they discuss
		{"an article whose sections' headings are links", untitled + `<h1>` + ferry + `</h1><p>By Anna Berg</p>` + posts(3) + `</body></html>`,
			"", ferry},
		// a blog platform's post in a "widget", beside sidebars with more
		// text outside links than the post
		{"a post in a platform's widget", untitled + `<div id="Blog1" class="widget Blog"><h3>` + ferry + `</h3><div class="post-body entry-content">` +
			strings.Repeat(para(1)+"<br>", 8) + `</div></div>` + sidebar + `</body></html>`,
			"", ferry},
		{"an article set in an aside", untitled + `<h1>` + ferry + `</h1><aside class="blogPost"><p>Posted 9 August 2012 by Anna Berg</p><div>` + strings.Repeat(para(2)+"<br>", 8) + `</div></aside></body></html>`,
			"", ferry},
		// the blog's name in <h1>, the post's title in <h3>, both in <title>
		{"a blog's name over its post", `<html><head><title>Kestrel Notes: ` + ferry + `</title></head><body><h1><a href="https://kestrel-notes.example/">Kestrel Notes</a></h1>` +
			`<h2 class="date-header">Friday, October 19, 2012</h2><h3 class="post-title">` + ferry + `</h3>` + paras(3) + `</body></html>`,
			"", ferry},
		// a report's subtitle under its title, both in <title>
		{"a title and its subtitle", `<html><head><title>` + ferry + `: Who Pays and Who Rides</title></head><body><h1><a href="/">` + ferry + `</a></h1>` +
			`<h2>Who Pays and Who Rides</h2><p>By Anna Berg</p>` + paras(6) + `</body></html>`,
			"", ferry},
	} {
		r := Read(page.File{Path: "page.html", Data: []byte(c.page)}, k)
		switch {
		case c.skip != "":
			if r.Doc != nil || r.Skip != c.skip {
				t.Errorf("%s: skip %q, want %q", c.name, r.Skip, c.skip)
			}
		case r.Doc == nil:
			t.Errorf("%s: no document: %s", c.name, r.Skip)
		case r.Doc.Title != c.title:
			t.Errorf("%s: title %q, want %q", c.name, r.Doc.Title, c.title)
		case !strings.Contains(r.Doc.Body, "Paragraph 1 of") && !strings.Contains(r.Doc.Body, "Paragraph 2 of"):
			t.Errorf("%s: the article's text is not in the body: %.200s", c.name, r.Doc.Body)
		}
	}
}

// TestAddressPages: a page without a date, a byline or article metadata at
// a site's own address or a list's is skipped as such, whatever its text;
// the same page at an article's address, or with its byline, is read.
func TestAddressPages(t *testing.T) {
	k := testSet(t)
	html := func(canonical, byline string) string {
		return `<html><head><title>Ports and Island Councils</title><link rel="canonical" href="` + canonical + `"></head><body>` +
			`<h1>Ports and Island Councils</h1>` + byline + paras(6) + `</body></html>`
	}
	for _, c := range []struct {
		url, byline, kind string
	}{
		{"https://kestrel.example/about-us", "", "navigation"},
		{"https://kestrel.example/programs/ports", "", "navigation"},
		{"https://kestrel.example/tag/ferries/page/2", "", "listing"},
		{"https://kestrel.example/research/ports-and-island-councils", "", ""},
		{"https://kestrel.example/en/", "", ""}, // every page's canonical left at the home: it names no page
		{"https://kestrel.example/about-us", "<p>By Anna Berg</p>", ""},
	} {
		r := Read(page.File{Path: "page.html", Data: []byte(html(c.url, c.byline))}, k)
		if c.kind == "" && r.Doc == nil {
			t.Errorf("%s %q: skipped: %s", c.url, c.byline, r.Skip)
		}
		if c.kind != "" && (r.Doc != nil || r.Kind != c.kind) {
			t.Errorf("%s: kind %q (skip %q), want %q", c.url, r.Kind, r.Skip, c.kind)
		}
	}
}
