package htmlpage

import (
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
)

// TestMenuEntryIsNoEndHeading: a section menu's "Latest News" among other
// linked entries, set before the story by the extract, is a menu's entry,
// not the heading the article ends at.
func TestMenuEntryIsNoEndHeading(t *testing.T) {
	k := testSet(t)
	src := `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><h2>News</h2><ul>` +
		`<li><a href="/top">Top Stories</a></li><li><a href="/pix">Latest Pictures</a></li><li><a href="/world">World Affairs</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport and Leisure</a></li><li><a href="/culture">Culture</a></li><li><a href="/latest">Latest News</a></li><li><a href="/weather">Weather</a></li><li><a href="/travel">Travel</a></li></ul>` +
		`<h1>Ferry fares rise again</h1>` + paras(5) + `</div></body></html>`
	r := Read(page.File{Path: "menu.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") {
		t.Fatalf("the story under a menu was lost: %+v", r)
	}
	// a section's three tabs over its stories' summaries end what little
	// text there is: the section is no article
	tabs := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>News | Harbour Policy Institute</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/research">Research</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><div id="content"><h1>News</h1><ul class='tabs'><li><a href='#latest'>Latest News</a></li><li><a href='#popular'>Most Popular</a></li><li><a href='#opinion'>Opinion</a></li></ul><p>Councils on the western isles have voted to take over the running of two small harbours from the board, saying local control would let them keep the piers open through the winter when the board had planned to close them.</p><p>A new survey of island households finds that one in five has considered moving to the mainland in the last two years, with the cost and reliability of the ferries the reason given most often after housing.</p><p>The operator of the northern isles routes has ordered two new vessels from a yard on the mainland, the first new ships for the routes in more than twenty years, with delivery expected in three years' time.</p></div></main>
<footer><p>&copy; Harbour Policy Institute. All rights reserved.</p></footer></body></html>`
	if r := Read(page.File{Path: "tabs.html", Data: []byte(tabs)}, k); r.Doc != nil {
		t.Errorf("a section's tabs did not end it: %q", r.Doc.Body)
	}
}

// TestRelatedBoxBeforeText: a box of related links set between the
// story's head and its first paragraph is dropped, and the story read;
// the same box after the story's text still ends it.
func TestRelatedBoxBeforeText(t *testing.T) {
	k := testSet(t)
	box := `<h2>Related Articles</h2><ul><li><a href="/a">Harbour board blamed for storm losses</a></li><li><a href="/b">Islanders ask for a third sailing</a></li><li><a href="/c">More Top Stories</a></li></ul>`
	src := `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><ul><li><a href="/top">Top Stories</a></li><li><a href="/news">Latest News</a></li></ul>` +
		`<h1>Ferry fares rise again</h1><h2>By Jane Doe 18/01/2008</h2>` + box + `<p>Ferry fares on the outer isles will rise again from March, the harbour board said on Monday, after a year of storms and lost sailings.</p>` + paras(3) + `</div></body></html>`
	r := Read(page.File{Path: "related.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") || strings.Contains(r.Doc.Body, "Harbour board blamed") {
		t.Fatalf("want the story without the related links: %+v", r)
	}
	// the same box over a site's boilerplate, which names nothing of the title
	src = strings.Replace(src, `<p>Ferry fares on the outer isles will rise again from March, the harbour board said on Monday, after a year of storms and lost sailings.</p>`, ``, 1)
	if r = Read(page.File{Path: "related3.html", Data: []byte(src)}, k); r.Doc != nil {
		t.Errorf("paragraphs that name nothing of the title read as the story under a related box: %q", r.Doc.Body)
	}
	src = `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><h1>Ferry fares rise again</h1><h2>By Jane Doe 18/01/2008</h2>` +
		paras(3) + box + strings.Repeat(`<p>`+strings.Repeat("A teaser of another story on fares that runs on long enough to look like a paragraph. ", 3)+`</p>`, 3) + `</div></body></html>`
	r = Read(page.File{Path: "related2.html", Data: []byte(src)}, k)
	if r.Doc == nil || strings.Contains(r.Doc.Body, "teaser of another story") {
		t.Errorf("a related box after the text did not end the article: %+v", r)
	}
}

// TestCommentsLinkUnderDate: a link to the comments under the story's
// date ("Comments", all of it a link) is no heading of a thread: the story
// below it is read.
func TestCommentsLinkUnderDate(t *testing.T) {
	k := testSet(t)
	src := `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><h1>Ferry fares rise again</h1>` +
		`<span>Last updated at 09:40am on 3rd March 2031</span><p><a href="#comments">Comments</a></p>` + paras(4) + `</div></body></html>`
	r := Read(page.File{Path: "commentslink.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") {
		t.Fatalf("the story under a comments link was lost: %+v", r)
	}
}

// TestMenuAfterText: a menu's "Latest News" after the story's text ends
// it; only before the text is a menu's entry passed.
func TestMenuAfterText(t *testing.T) {
	k := testSet(t)
	menu := `<ul><li><a href="/top">Top Stories</a></li><li><a href="/pix">Latest Pictures</a></li><li><a href="/latest">Latest News</a></li><li><a href="/weather">Weather</a></li><li><a href="/travel">Travel</a></li></ul>`
	teaser := `<p>` + strings.Repeat("A teaser of another story that runs on long enough to look like a paragraph of its own. ", 2) + `</p>`
	src := `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><h1>Ferry fares rise again</h1><p>By Jane Doe</p><p>4 May 2021</p>` +
		paras(3) + menu + teaser + teaser + teaser + `</div></body></html>`
	r := Read(page.File{Path: "menuafter.html", Data: []byte(src)}, k)
	if r.Doc == nil || strings.Contains(r.Doc.Body, "teaser of another story") {
		t.Errorf("a menu after the story did not end it: %+v", r)
	}
}
