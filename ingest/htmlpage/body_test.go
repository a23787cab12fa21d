package htmlpage

import (
	"fmt"
	"slices"
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
		{"a closed comment thread after the article",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p>` + paras(3) + `</article>` +
				`<div class="talk"><p>Comments are now closed for this story Harbour Watcher</p><p>The council should have seen this coming years ago, and now the rest of us will pay for the quays twice over.</p></div>`,
			[]string{"Paragraph 3"}, []string{"Comments are now closed", "seen this coming"}},
		{"a short article over related teasers",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>Talks ended on Friday without a date for the next round.</p><p>The council will meet again in June.</p>` +
				`<h3>Related Articles</h3><p>` + para(7) + `</p><p>` + para(8) + `</p><p>` + para(9) + `</p></article>`,
			[]string{"Talks ended on Friday"}, []string{"Paragraph 7", "Paragraph 9"}},
		{"a timeline's closing of comments is the article's",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>` + para(1) + `</p><p>Comments closed: 4 May 2021</p><p>` + para(2) + `</p><p>` + para(3) + `</p></article>`,
			[]string{"Paragraph 2", "Paragraph 3"}, nil},
		{"a landing page over related publications",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>May 4, 2021</p><p>Download the report (PDF)</p>` +
				`<h2>Related publications</h2><p>` + para(7) + `</p><p>` + para(8) + `</p><p>` + para(9) + `</p></article>`,
			nil, []string{"Paragraph 7", "Paragraph 9"}},
		{"a chart post over its comments",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>Sailings per week, 2010-2021.</p><h3>3 Comments</h3>` +
				`<p>Harbour Watcher</p><p>` + para(7) + `</p><p>Island Voter</p><p>` + para(8) + `</p><p>` + para(9) + `</p></article>`,
			[]string{"Sailings per week"}, []string{"Paragraph 7", "3 Comments"}},
		{"a consultation's closing notice over its text",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p><p>Comments are now closed for this post</p>` + paras(4) + `</article>`,
			[]string{"Paragraph 1", "Paragraph 4"}, nil},
		{"a sentence on comments inside the article",
			`<article><h1>The Harbour Deal Falls Apart</h1><p>By Jane Doe</p>` + paras(3) + `<p>Comments are closed until the review ends.</p><p>` + para(4) + `</p><p>` + para(5) + `</p></article>`,
			[]string{"Paragraph 4", "Paragraph 5"}, nil},
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

// TestUntitledArticleKept: a saved page with no <title>, no <h1> and no
// metadata is an article when it has an article's worth of text. It is
// titled by a heading above its text when it has one, else by its text's
// first words; a heading inside the text heads a section, not the page;
// a short untitled page stays skipped.
func TestUntitledArticleKept(t *testing.T) {
	k := testSet(t)
	for _, c := range []struct{ name, html, want string }{
		{"h3-over-text", `<html><body><div class="menu"><a href="/">Home</a></div><p>Posted in Ferries</p><h3>Winter Fares on the Outer Isles</h3>` + paras(10) + `</body></html>`,
			"Winter Fares on the Outer Isles"},
		{"no-heading", `<html><body>` + paras(10) + `</body></html>`,
			"Paragraph 1 of the article carries its argument forward with several clauses …"},
		{"section-heading-inside", `<html><body>` + paras(3) + `<h2>Costs and Fares</h2>` + paras(8) + `</body></html>`,
			"Paragraph 1 of the article carries its argument forward with several clauses …"},
		// text in divisions counts as much as paragraphs: the heading under
		// it is the furniture's
		{"heading-after-div-text", `<html><body>` + divs(10) + `<h2>About the author</h2><p>Anna Berg writes on ferries.</p></body></html>`,
			"Paragraph 1 of the article carries its argument forward with several clauses …"},
		{"section-label-heading", `<html><body><p>Kestrel Point Institute working paper</p><h3>Key findings</h3>` + paras(10) + `</body></html>`,
			"Paragraph 1 of the article carries its argument forward with several clauses …"},
		{"user-label-first", `<html><body><span>user0</span>` + paras(10) + `</body></html>`,
			"Paragraph 1 of the article carries its argument forward with several clauses …"},
	} {
		r := Read(page.File{Path: c.name + ".html", Data: []byte(c.html)}, k)
		if r.Doc == nil {
			t.Errorf("%s: skipped: %s", c.name, r.Skip)
			continue
		}
		if r.Doc.Title != c.want || !r.TitleGuessed {
			t.Errorf("%s: title %q (guessed %v), want %q", c.name, r.Doc.Title, r.TitleGuessed, c.want)
		}
		if len(r.Warnings) == 0 {
			t.Errorf("%s: no warning that the title was guessed", c.name)
		}
	}
	// long enough for an undated titled page (minUndatedBody), too short
	// for an untitled one
	short := `<html><body>` + paras(5) + `</body></html>`
	if r := Read(page.File{Path: "short.html", Data: []byte(short)}, k); r.Doc != nil {
		t.Errorf("short untitled page kept as a document titled %q", r.Doc.Title)
	}
	// a title element that reads as no title ("Home") asks for twice the text
	home := `<html><head><title>Home</title></head><body>` + paras(8) + `</body></html>`
	if r := Read(page.File{Path: "home.html", Data: []byte(home)}, k); r.Doc != nil {
		t.Errorf("a site's page titled Home with little text kept as %q", r.Doc.Title)
	}
	titled := `<html><head><title>Winter Fares on the Outer Isles</title></head><body>` + paras(10) + `</body></html>`
	if r := Read(page.File{Path: "titled.html", Data: []byte(titled)}, k); r.Doc == nil || r.TitleGuessed {
		t.Errorf("titled page: guessed %v, doc %v", r.TitleGuessed, r.Doc != nil)
	}
}

// TestUnclosedTitle: a page whose <title> is never closed still has its
// article; without the repair the whole page is the title's text.
func TestUnclosedTitle(t *testing.T) {
	k := testSet(t)
	src := `<html><head><title>Harbour News<!-- x --></head><body><h2>Winter Fares on the Outer Isles</h2>` + paras(8) + `</body></html>`
	r := Read(page.File{Path: "unclosed.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 8 of the article") {
		t.Fatalf("article of a page with an unclosed title lost: %+v", r)
	}
	// letters that grow when lower-cased before the title move no offset
	pre := `<meta content="` + strings.Repeat("İ", 20) + `">`
	if got, ok := closeTitle(pre + "<title>A<p>body text</p>"); !ok || got != pre+"<title>A</title><p>body text</p>" {
		t.Errorf("closeTitle after wide letters = %q", got)
	}
	closed := `<html><head><title>Harbour News</title></head><body></body></html>`
	if got, ok := closeTitle(closed); ok || got != closed {
		t.Errorf("a closed title was changed: %q", got)
	}
	// an end tag run into an attribute ends nothing; a title closed only
	// after the markup it swallowed is closed before it
	// a long title of its own, in Cyrillic, with a semicolon and a line break, stays whole
	ru := "Паромное сообщение с северными островами в условиях сокращения субсидий;\nэкономические последствия для островных советов, портов и жителей архипелага в 2010–2020 годах"
	if got := runawayTitle(ru); got != ru {
		t.Errorf("a long Cyrillic title cut to %q", got)
	}
	for _, src := range []string{
		`<html><head><title id="t">Fares Rise on the Outer Isles - Harbour News</titlevalue="true" --></head><body><h2>Fares Rise on the Outer Isles</h2>` + paras(8) + `</body></html>`,
		`<html><head><title>Fares Rise on the Outer Isles (Harbour News)ntById("font"); obj.style.fontSize = size + "pt"; ` + strings.Repeat("obj.style.lineHeight = height; ", 12) +
			`</head><body><h2>Fares Rise on the Outer Isles</h2>` + paras(8) + `</body></html></title>`,
	} {
		r := Read(page.File{Path: "broken.html", Data: []byte(src)}, k)
		if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 8 of the article") || len(r.Doc.Title) > 80 {
			t.Errorf("a page whose title swallowed its markup: %+v", r)
		}
	}
}

// TestEndHeadingUnderDate: an end heading with the article's date alone
// above it has the article begun above it: it ends the article, and the
// teasers under it, however they open, are not taken for its text.
func TestEndHeadingUnderDate(t *testing.T) {
	k := testSet(t)
	src := `<html><head><title>The Harbour Deal Falls Apart | Invented News</title></head><body><article><h1>The Harbour Deal Falls Apart</h1>` +
		`<p>4 May 2021</p><h3>Latest News</h3><p>By Jane Doe</p><p>` + para(7) + `</p><p>` + para(8) + `</p><p>` + para(9) + `</p></article></body></html>`
	if r := Read(page.File{Path: "date.html", Data: []byte(src)}, k); r.Doc != nil && strings.Contains(r.Doc.Body, "Paragraph 7") {
		t.Errorf("teasers under an end heading below the date read as the article: %q", r.Doc.Body)
	}
}

// TestCommentsUnderDate: a comments heading under the article's date,
// over comments with their writers' names between them, ends an article
// that has no text: the comments are not taken for it.
func TestCommentsUnderDate(t *testing.T) {
	k := testSet(t)
	src := `<html><head><title>The Harbour Deal Falls Apart | Invented News</title></head><body><article><h1>The Harbour Deal Falls Apart</h1>` +
		`<p>4 May 2021</p><p>Comments</p><p>` + para(7) + `</p><p>Harbour Watcher</p><p>` + para(8) + `</p></article></body></html>`
	if r := Read(page.File{Path: "comments.html", Data: []byte(src)}, k); r.Doc != nil && strings.Contains(r.Doc.Body, "Paragraph 7") {
		t.Errorf("comments under a date read as the article: %q", r.Doc.Body)
	}
	// a podcast's page: comments that open with their writers' names
	says := `<html><head><title>Who Pays for the Quays? | Invented News</title></head><body><article><h1>Podcast: Who Pays for the Quays?</h1><p>By Jane Doe</p><p>4 May 2021</p>` +
		`<h2>Comments</h2><p>Harbour Watcher says: ` + para(7) + `</p><p>Island Voter says: ` + para(8) + `</p><p>Leave a reply</p></article></body></html>`
	if r := Read(page.File{Path: "podcast.html", Data: []byte(says)}, k); r.Doc != nil && strings.Contains(r.Doc.Body, "Paragraph 7") {
		t.Errorf("readers' comments read as the article: %q", r.Doc.Body)
	}
}

// TestWireStoryKept: a short story with no title of its own, no date and
// no byline is an article when it opens with a news dateline or an
// agency's credit line; the same text without one is a site's page.
func TestWireStoryKept(t *testing.T) {
	k := testSet(t)
	story := `<p>Ferry fares on the outer isles will rise by a tenth from March, the harbour board said on Monday, after a year of storms.</p>` +
		`<p>The board blamed fuel costs and two lost sailings a week in winter, and said the rise would be reviewed after a year.</p>`
	for _, c := range []struct {
		name, lead string
		want       bool
	}{
		{"dateline", `<p>KIRKWALL, Orkney (AP) - ` + strings.Repeat("Island councils said they would fight the rise in court. ", 2) + `</p>`, true},
		{"dateline with a low line", `<p>LERWICK _ ` + strings.Repeat("Island councils said they would fight the rise in court. ", 2) + `</p>`, true},
		{"agency credit", `<h3>Ferry Fares to Rise on the Outer Isles</h3><p>United Press International</p>`, true},
		{"none", `<p>` + strings.Repeat("Island councils said they would fight the rise in court. ", 2) + `</p>`, false},
		{"a notice in capitals", `<p>VACANCY – The Harbour Institute is seeking a research assistant to join its ferry programme from September, for a year at first.</p>`, false},
		{"a press release's place and dash", `<p>WASHINGTON, D.C. – The Harbour Institute today announced that Anna Berg will join its ferry programme as a senior fellow in September.</p>`, false},
		{"a photo's credit", `<p>AP</p><p>` + strings.Repeat("Island councils said they would fight the rise in court. ", 3) + `</p>`, false},
	} {
		menu := `<ul class="nav">` + strings.Repeat(`<li><a href="/isles">Isles and Harbours</a></li><li><a href="/fares">Fares and Timetables</a></li><li><a href="/weather">Weather at Sea</a></li>`, 12) + `</ul>`
		src := `<html><head><title>Harbour</title></head><body>` + menu + c.lead + story + `</body></html>`
		if r := Read(page.File{Path: c.name + ".html", Data: []byte(src)}, k); (r.Doc != nil) != c.want {
			t.Errorf("%s: document %v, want %v (%s)", c.name, r.Doc != nil, c.want, r.Skip)
		}
	}
}

func TestLeadWords(t *testing.T) {
	for _, c := range []struct {
		paras []string
		want  string
	}{
		{[]string{"Dr. Anna Berg told the council on Monday that the ferry would run. The board agreed."}, "Dr. Anna Berg told the council on Monday that the ferry would run"},
		{[]string{"In 2.5 years the U.S. ferry fares rose by half. The councils asked why."}, "In 2.5 years the U.S. ferry fares rose by half"},
		{[]string{"冬季の航路は島の暮らしを支える唯一の手段であるが、近年は燃料費の高騰と乗組員の不足により運航日数が減少している。本研究は費用を検討する。"}, "冬季の航路は島の暮らしを支える唯一の手段であるが、近年は燃料費の高騰と乗組員の不足により運航日数が減少している"},
		{[]string{strings.Repeat("冬季の航路は島の暮らしを支える", 6)}, strings.Repeat("冬季の航路は島の暮らしを支える", 4) + "…"},
	} {
		if got := leadWords(c.paras); got != c.want {
			t.Errorf("leadWords(%q) = %q, want %q", c.paras[0], got, c.want)
		}
	}
}

// TestEndHeadingAboveArticle: an end heading ("Latest News") that the
// extractor set above the article's first paragraph is a sidebar's, not
// the article's end; under a paragraph, or over no article, it ends it.
func TestEndHeadingAboveArticle(t *testing.T) {
	x, err := load([]byte(`<html><head><title>The Harbour Deal</title></head><body><p>x</p></body></html>`), testSet(t))
	if err != nil {
		t.Fatal(err)
	}
	head := []block{{text: "Related Links", heading: 4}, {text: "Latest News", heading: 4}}
	art := []block{{text: para(1)}, {text: para(2)}, {text: para(3)}}
	tail := []block{{text: "Ferry times for the weekend"}, {text: "Harbour dues rise again"}}
	byline := block{text: "By Anna Berg"}
	for _, c := range []struct {
		name   string
		blocks []block
		want   int // body paragraphs kept
	}{
		{"a sidebar's heading above the article", append(append(append([]block{}, head...), byline), art...), 3},
		{"a sidebar's heading above text with no byline or date", append(append([]block{}, head...), art...), 0},
		{"the heading under the article's text", append(append(append([]block{}, art[:1]...), head[1], byline), append(art[1:], block{text: para(4)})...), 1},
		{"the heading under a byline", append([]block{byline, head[1], byline}, art...), 0},
		{"the heading over one paragraph", []block{{text: "Island Weekly"}, head[1], byline, art[0]}, 0},
		{"the heading over short items only", append(append([]block{{text: "Island Weekly"}}, head[1]), tail...), 0},
	} {
		_, body := x.cleanBody(c.blocks, "The Harbour Deal", nil)
		n := 0
		for _, b := range body {
			if strings.HasPrefix(b, "Paragraph") {
				n++
			}
		}
		if n != c.want || slices.Contains(body, tail[0].text) {
			t.Errorf("%s: body %q, want %d paragraphs", c.name, body, c.want)
		}
	}
}
