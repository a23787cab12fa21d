package htmlpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
)

// para is a paragraph of article text; n makes each one different.
func para(n int) string {
	return fmt.Sprintf("Paragraph %d of the article carries its argument forward with several clauses, a named source and a full stop at the end of it.", n)
}

func paras(n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteString("<p>" + para(i+1) + "</p>")
	}
	return sb.String()
}

func divs(n int) string {
	var sb strings.Builder
	for i := range n {
		sb.WriteString(`<div class="body-paragraph">` + para(i+1) + "</div>")
	}
	return sb.String()
}

// teasers is a block of links to other articles, as news pages put beside
// or under their article.
func teasers(n int) string {
	var sb strings.Builder
	sb.WriteString(`<div class="more-stories">`)
	for i := range n {
		fmt.Fprintf(&sb, `<div class="story"><h3><a href="/2024/other-story-%d">Another story about something else entirely %d</a></h3></div>`, i, i)
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// TestBodyExtraction checks what the body keeps and drops on pages shaped
// like the news and blog pages of the extraction benchmark
// (docs/html-extraction.md).
func TestBodyExtraction(t *testing.T) {
	head := `<html><head><title>The Harbour Deal Falls Apart | Invented News</title>` +
		`<meta property="og:title" content="The Harbour Deal Falls Apart"><link rel="canonical" href="https://news.example.org/2024/harbour-deal"></head><body>`
	tests := []struct {
		name       string
		body       string
		keep, drop []string
	}{
		{"article in divs beside teasers",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p>` +
				divs(5) + `</article>` + teasers(8),
			[]string{"Paragraph 1", "Paragraph 5"}, nil},
		{"headline linking to the page itself",
			`<article><h2><a href="">The Harbour Deal Falls Apart</a></h2><p>By Jane Doe</p><div class="content">` + paras(5) + `</div></article>` + teasers(8),
			[]string{"Paragraph 1", "Paragraph 5"}, nil},
		{"figure, caption and gallery",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p>` +
				`<figure><img src="a.jpg"><figcaption>The harbour at dawn. Credit: Somebody</figcaption></figure>` +
				`<div class="wp-caption"><img src="b.jpg"><span class="caption-text">Cranes idle at the quay</span></div>` +
				`<div class="article-gallery"><div>Image 1 of 5</div></div><p>` + para(2) + `</p></article>`,
			[]string{"Paragraph 1", "Paragraph 2"}, []string{"harbour at dawn", "Cranes idle", "Image 1 of 5"}},
		{"a Read More button is not the end",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p><div class="read-more-button">Read More</div><p>` + para(2) + `</p></article>`,
			[]string{"Paragraph 1", "Paragraph 2"}, []string{"Read More"}},
		{"related links dropped, a lone source link kept",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p>` +
				`<p>READ MORE: <a href="/2024/cranes">Cranes stand idle as the strike goes on</a></p>` +
				`<p>` + para(2) + `</p><p><a href="https://ministry.example.gov/report">The ministry's report on the harbour</a></p><p>` + para(3) + `</p>` +
				`<ul><li><a href="/a">Port strike enters its third week</a></li><li><a href="/b">Shipping rates climb again</a></li></ul></article>`,
			[]string{"Paragraph 3", "The ministry's report on the harbour"}, []string{"Cranes stand idle", "third week", "rates climb"}},
		{"byline and stamp under a standfirst",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>Talks ended without a date for the next round</p><p>By Jane Doe</p>` +
				`<p>Published Nov 18, 2024 at 4:07 PM | Updated at 5:36 PM on Nov 18, 2024</p><p>` + para(1) + `</p><p>` + para(2) + `</p></article>`,
			[]string{"Talks ended", "Paragraph 1"}, []string{"By Jane Doe", "Updated at"}},
		{"advert label and copyright line",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p><p>Advert</p><p>` + para(2) + `</p><p>© 2024 Invented News. All rights reserved.</p></article>`,
			[]string{"Paragraph 2"}, []string{"Advert", "rights reserved"}},
		{"a breadcrumb around the article is no label of its lines",
			`<div class="breadcrumb"><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p><p>Talks ended without a date for the next round.</p><p>` + para(2) + `</p></div>`,
			[]string{"Talks ended without a date"}, nil},
	}
	k := testSet(t)
	for _, tt := range tests {
		r := Read(page.File{Path: "page.html", Data: []byte(head + tt.body + `</body></html>`)}, k)
		if r.Doc == nil {
			t.Errorf("%s: no document: %s %v", tt.name, r.Skip, r.Err)
			continue
		}
		text := r.Doc.Synopsis + "\n" + r.Doc.Body
		for _, s := range tt.keep {
			if !strings.Contains(text, s) {
				t.Errorf("%s: body lacks %q:\n%s", tt.name, s, text)
			}
		}
		for _, s := range tt.drop {
			if strings.Contains(text, s) {
				t.Errorf("%s: body keeps %q:\n%s", tt.name, s, text)
			}
		}
	}
}

// TestUndatedArticleKept: a page with no date, author or metadata is an
// article when it has an article's worth of text, a site's own page when
// it is short.
func TestUndatedArticleKept(t *testing.T) {
	k := testSet(t)
	long := `<html><body><h1>A Diet Explained Step by Step</h1>` + paras(6) + `</body></html>`
	if r := Read(page.File{Path: "long.html", Data: []byte(long)}, k); r.Doc == nil {
		t.Errorf("long undated article skipped: %s", r.Skip)
	}
	short := `<html><body><h1>About Our Institute</h1><p>` + para(1) + `</p><p>` + para(2) + `</p></body></html>`
	if r := Read(page.File{Path: "short.html", Data: []byte(short)}, k); r.Doc != nil {
		t.Errorf("short undated page kept as a document")
	}
}
