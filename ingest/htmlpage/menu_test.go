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
		`<li><a href="/top">Top Stories</a></li><li><a href="/pix">Latest Pictures</a></li><li><a href="/latest">Latest News</a></li><li><a href="/weather">Weather</a></li></ul>` +
		`<h1>Ferry fares rise again</h1>` + paras(5) + `</div></body></html>`
	r := Read(page.File{Path: "menu.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") {
		t.Fatalf("the story under a menu was lost: %+v", r)
	}
}

// TestRelatedBoxBeforeText: a box of related links set between the
// story's head and its first paragraph is dropped, and the story read;
// the same box after the story's text still ends it.
func TestRelatedBoxBeforeText(t *testing.T) {
	k := testSet(t)
	box := `<h2>Related Articles</h2><ul><li><a href="/a">Harbour board blamed for storm losses</a></li><li><a href="/b">Islanders ask for a third sailing</a></li><li><a href="/c">More Top Stories</a></li></ul>`
	src := `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><ul><li><a href="/top">Top Stories</a></li><li><a href="/news">Latest News</a></li></ul>` +
		`<h1>Ferry fares rise again</h1><h2>By Jane Doe 18/01/2008</h2>` + box + paras(4) + `</div></body></html>`
	r := Read(page.File{Path: "related.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") || strings.Contains(r.Doc.Body, "Harbour board blamed") {
		t.Fatalf("want the story without the related links: %+v", r)
	}
	src = `<html><head><title>Ferry fares rise again | Invented News</title></head><body><div id="main"><h1>Ferry fares rise again</h1><h2>By Jane Doe 18/01/2008</h2>` +
		paras(3) + box + strings.Repeat(`<p>`+strings.Repeat("A teaser of another story that runs on long enough to look like a paragraph. ", 3)+`</p>`, 3) + `</div></body></html>`
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
		`<span>Last updated at 10:11am on 14th January 2008</span><p><a href="#comments">Comments</a></p>` + paras(4) + `</div></body></html>`
	r := Read(page.File{Path: "commentslink.html", Data: []byte(src)}, k)
	if r.Doc == nil || !strings.Contains(r.Doc.Body, "Paragraph 1") {
		t.Fatalf("the story under a comments link was lost: %+v", r)
	}
}
