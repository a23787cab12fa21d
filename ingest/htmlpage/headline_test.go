package htmlpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/page"
	"golang.org/x/net/html"
)

// oldStory is a short story of an old table-laid news page (invented):
// too short to be read as an article without a title.
const oldStory = `<p class="bodytext">Harbour pilots on the outer isles will stop work for two days next month after talks with the board over night shifts broke down on Friday, their union said.</p>` +
	`<p class="bodytext">The board said it regretted the decision and that ferries would keep sailing with pilots brought in from the mainland.</p>` +
	`<p class="bodytext">Talks are due to resume next week, and both sides say they hope to settle before the strike begins.</p>`

// oldPage sets head over oldStory in the table layout of a page saved
// around 2008, with a long left menu, under the given <title> element.
func oldPage(title, head string) string {
	var menu strings.Builder
	for _, m := range []string{"Home", "Latest News", "Island Sport", "Ferry Timetables", "Harbour Dues", "Weather Forecasts",
		"School Holidays", "Road Closures", "Island Games", "Letters to the Editor", "Send Us Your Pictures", "Jobs and Careers",
		"Property Listings", "Motors", "Family Notices", "Photo Sales", "Subscribe to the Print Edition", "Advertise With Us"} {
		menu.WriteString("<a href=\"/" + strings.ToLower(strings.ReplaceAll(m, " ", "-")) + "\">" + m + "</a><br>\n")
	}
	return "<html><head>" + title + "</head><body>\n<table><tr><td class=\"leftnav\">\n" + menu.String() + "</td>\n" +
		"<td class=\"main\">\n<table><tr><td>\n" + head + "\n</td></tr></table>\n<table><tr><td>\n" + oldStory + "\n</td></tr></table>\n" +
		"</td>\n<td class=\"mostread\"><b>Most read</b><br>\n<a href=\"/a\">Coast road to close for a week of repairs in March</a><br>\n<a href=\"/b\">Island games team named after trials on the mainland</a><br>\n<a href=\"/c\">New pier to open in May after two years of works</a><br>\n<a href=\"/d\">Winter timetable brings an extra Sunday sailing</a></td>" +
		"</tr></table>\n<div class=\"footer\">(c) Invented Isles News 2008 - Contact Us - Terms of use - Privacy</div>\n</body></html>"
}

// TestClassHeadline: an old news page heads its short story with an
// element its class names a headline, and has no <h1> and no title
// metadata, or only a <title> naming the site: the story is read under
// that headline, where it was skipped or titled by the site.
func TestClassHeadline(t *testing.T) {
	k := testSet(t)
	cases := []struct {
		name, title, head, want, date string
		keep                          string // text above the headline that stays in the body
	}{
		{"span headline, no title element", ``,
			`<span class="article_headline">Pilots to strike over night shifts</span><br><div class="author"><span class="article_auth">29 December 2007 (16:00)</span></div>`,
			"Pilots to strike over night shifts", "2007-12-29", ""},
		{"div title, byline beside it", ``,
			`<div style="float:right">Jane Roe<br>29 Dec, 2007</div><div class="readArticleTitle">Pilots to strike over night shifts</div><div class="readArticleBlurb"><b>Welcome aboard.</b></div>`,
			"Pilots to strike over night shifts", "2007-12-29", ""},
		{"site's title element, headline class over a date", `<title>isles news - sport, weather, ferries, harbours</title>`,
			`<b><span class="newsHeadline">Pilots to strike over night shifts</span></b><br><span class="dateText">2007-12-30 14:49:00.0</span>`,
			"Pilots to strike over night shifts", "2007-12-30", ""},
		{"an old page's header text class, no title element", ``,
			`<b><span class="headerText">Pilots to strike over night shifts</span></b><br><span class="dateText">2007-12-30 14:49:00.0</span>`,
			"Pilots to strike over night shifts", "2007-12-30", ""},
		{"a title element that describes the site, header text over the story", `<title>isles news - ferries, harbours, weather, sport</title>`,
			`<b><span class="headerText">Pilots to strike over night shifts</span></b><br><span class="dateText">2007-12-30 14:49:00.0</span>`,
			"Pilots to strike over night shifts", "2007-12-30", ""},
		{"a bare header class whose line ends in the story's time", `<meta name="date" content="2008-01-15">`,
			`<div class="header">Pilots to strike over night shifts @ Tuesday 15 January, 06:55 GMT</div>`,
			"Pilots to strike over night shifts", "2008-01-15", ""},
		{"a standfirst in a subheadline under the headline", `<meta name="date" content="2008-01-15">`,
			`<div class="headline">Pilots to strike over night shifts</div><div class="subheadline">Two days without pilots on the northern routes, and ferries crewed from the mainland</div>`,
			"Pilots to strike over night shifts", "2008-01-15", ""},
		{"a headline broken by <br>", `<meta name="date" content="2008-01-15">`,
			`<div class="headline">Pilots to strike over night shifts<br>Two days without pilots on the northern routes</div>`,
			"Pilots to strike over night shifts", "2008-01-15", ""},
		{"a one-word kicker that opens the text's first words", `<meta name="date" content="2008-01-15">`,
			`<div class="kicker">Harbour</div><div class="headline">Pilots to strike over night shifts</div>`,
			"Pilots to strike over night shifts", "2008-01-15", ""},
		{"a site's title listing a section the headline names", `<title>isles news - sport, weather, ferries, harbours</title><meta name="date" content="2008-01-15">`,
			`<div class="article-headline">Harbours face two days without pilots</div>`,
			"Harbours face two days without pilots", "2008-01-15", ""},
		{"a headline opening with a given name", `<meta name="date" content="2008-01-15">`,
			`<div class="headline">Jane Roe Wins Harbour Pilots Award</div>`,
			"Jane Roe Wins Harbour Pilots Award", "2008-01-15", ""},
		{"key points above the headline", `<meta name="date" content="2008-01-15">`,
			`<ul class="points"><li>Two days without pilots on the routes</li><li>Ferries crewed from the mainland</li><li>Talks to resume next week</li></ul><div class="headline">Pilots to strike over night shifts</div>`,
			"Pilots to strike over night shifts", "2008-01-15", "• Ferries crewed from the mainland"},
		{"a short deck in a subheadline under the headline", `<meta name="date" content="2008-01-15">`,
			`<div class="headline">Pilots to strike over night shifts</div><div class="subheadline">Two days without pilots</div>`,
			"Pilots to strike over night shifts", "2008-01-15", ""},
	}
	for _, c := range cases {
		r := Read(page.File{Path: "old.html", Data: []byte(oldPage(c.title, c.head))}, k)
		if r.Doc == nil {
			t.Errorf("%s: story skipped: %s", c.name, r.Skip)
			continue
		}
		if r.Doc.Title != c.want || r.Doc.Date.String() != c.date {
			t.Errorf("%s: got %q %q, want %q %q", c.name, r.Doc.Title, r.Doc.Date.String(), c.want, c.date)
		}
		if !strings.Contains(r.Doc.Body, "Harbour pilots on the outer isles") || strings.Contains(r.Doc.Body, c.want) ||
			strings.Contains(r.Doc.Body, "Jane Roe") || strings.Contains(r.Doc.Body, "2007") || !strings.Contains(r.Doc.Body, c.keep) {
			t.Errorf("%s: want the story without its headline and byline: %q", c.name, r.Doc.Body)
		}
	}
}

// TestClassHeadlineNot: what sites set in headline and title classes
// besides the headline is no title: a byline, a subheadline's name, a
// stamp, an advert's heading, a section label; and a <title> that is the
// story's own stays.
func TestClassHeadlineNot(t *testing.T) {
	k := testSet(t)
	story := `<title>Pilots to strike over night shifts | Isles News</title>`
	site := `<title>isles news - sport, weather, ferries, harbours</title>`
	stamp := `<br><span class="dateText">2007-12-30 14:49:00.0</span>`
	cases := []struct {
		name, title, head, want string
	}{
		{"subheadline name under the <title>'s headline", story,
			`<span class="subheadline">Jane Roe</span>` + stamp, "Pilots to strike over night shifts"},
		{"byline in a headline class", ``, `<div class="headline">By Jane Roe</div>` + stamp, ""},
		{"stamp in a title class", ``, `<span class="title">Last Updated: 6:10 PM Dec 31, 2007</span>`, ""},
		{"a person's name in a headline class", ``, `<span class="headline">Jane Roe</span>` + stamp, ""},
		{"an advert's heading", ``, `<span class="ad-heading">Featured Ferry Sites</span>` + stamp, ""},
		{"a sidebar widget's title over the text", ``, `<div class="widget-title">Most Read Stories This Week</div>` + stamp, ""},
		{"a sidebar's title over the text", ``, `<div class="sidebar-title">Island Ferry Timetables for the Winter</div>` + stamp, ""},
		{"a short label under a site's title element", site, `<p class="title">Useful Ferry Links</p>` + stamp, "isles news - sport, weather, ferries, harbours"},
		{"a bare header class", ``, `<div class="header">Pilots to strike over night shifts</div>` + stamp, ""},
		{"a bare title class", ``, `<p class="title">Home &gt; Research &gt; Harbours &gt; Pilots</p>` + stamp, ""},
		{"an author's job title", ``, `<div class="author-title">Senior Fellow, Harbour Governance Programme</div>` + stamp, ""},
		{"a section's title", site, `<div class="section-title">Views From the Regional Desks</div>` + stamp, "isles news - sport, weather, ferries, harbours"},
		{"a ticker of headlines", site, `<div class="top-headlines">Ferry strike called off after late night talks</div>` + stamp, "isles news - sport, weather, ferries, harbours"},
		{"a headline sharing the page title's words", story, `<div class="entry-title">Pilots strike again on Monday</div>` + stamp, "Pilots to strike over night shifts"},
		{"a short headline under the page's own title", story, `<div class="entry-title">Island Ferries Halted</div>` + stamp, "Pilots to strike over night shifts"},
		{"a headline class far above the text", ``, `<div class="entry-title">Harbour desk notes for the week ahead</div>` +
			strings.Repeat(`<p>A short line of the harbour desk's weekly notes, one of several.</p>`, 6), ""},
		{"a linked headline (a teaser)", ``, `<div class="entry-title"><a href="/other">Harbour board meets islanders again</a></div>` + stamp, ""},
		{"a whole paragraph in a headline class", ``, `<div class="entry-title">` + strings.Repeat("harbour board words ", 11) + `</div>` + stamp, ""},
		{"a header text class where the page has a title", story, `<span class="headerText">Regional Views and Letters</span>` + stamp, "Pilots to strike over night shifts"},
		{"a bare header with a time where the page has a title", story, `<div class="header">Harbour board meets islanders @ Tuesday 15 January, 06:55 GMT</div>`, "Pilots to strike over night shifts"},
		{"a bare header class where the page has a title", site, `<div class="header">Pilots to strike over night shifts</div>` + stamp, "isles news - sport, weather, ferries, harbours"},
	}
	for _, c := range cases {
		// dated by its metadata: a page whose headline is refused is
		// skipped (its text is short) or titled by its first words
		r := Read(page.File{Path: "old.html", Data: []byte(oldPage(c.title+`<meta name="date" content="2007-12-30">`, c.head))}, k)
		got := ""
		if r.Doc != nil {
			got = r.Doc.Title
		}
		if c.want == "" && got != "" && !strings.HasPrefix(got, "Harbour pilots") || c.want != "" && got != c.want {
			t.Errorf("%s: title %q, want %q (or the story's first words, or none); %s", c.name, got, c.want, r.Skip)
		}
	}
}

// TestHeadlineClass checks which class words name a story's headline:
// a story's, an article's, a post's or an entry's title, not the title of
// anything else a page classes the same way (a review found each).
func TestHeadlineClass(t *testing.T) {
	for _, c := range []struct {
		class    string
		untitled bool
		want     bool
	}{
		{"article_headline", false, true},
		{"news-title", false, true},
		{"headline2", false, true},
		{"rdheadline", false, true},
		{"card__headline", false, false},
		{"promo-headline", false, false},
		{"headline-list", false, false},
		{"related-post-title", false, false},
		{"latest-news-title", false, false},
		{"next-post-title", false, false},
		{"readArticleTitle", false, true},
		{"entry-title", false, true},
		{"post_title", false, true},
		{"story-heading", false, true},
		{"headline", false, true},
		{"headerText", true, true},
		{"headerText", false, false}, // a section's label on a page titled otherwise
		{"subheadline", false, false},
		{"articleSubtitle", false, false},
		{"supertitle", false, false},
		{"top-headlines", false, false},
		{"author-title", false, false},
		{"section-title", false, false},
		{"box-title", false, false},
		{"card__title", false, false},
		{"photo-title", false, false},
		{"event-title", false, false},
		{"item-title", false, false},
		{"tagline-title", false, false},
		{"title", true, false},
		{"header", true, false},
		{"newsletter-title", false, false},
	} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: c.class}}}
		if got := headlineClass(n, c.untitled); got != c.want {
			t.Errorf("headlineClass(%q, untitled %v) = %v, want %v", c.class, c.untitled, got, c.want)
		}
	}
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"isles sport - rugby news, results, reports, fixtures", true},
		{"Isles News | ferries, harbours, weather and sport", true},
		{"Provinces Turn Their Backs on Central Road Grants - Tarsland Monitor", false},
		{"Ferries, Fares and Freight: Three Questions for the Isles", false},
		{"Ferries and Fares, the Winter Timetable - Isles News", false},
		{"Ferries, fares and the long argument over who pays for the winter sailings, a report - Isles News", false},
	} {
		if got := describesSite(c.title); got != c.want {
			t.Errorf("describesSite(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestClassHeadlineKeepsDate: a headline set below the page's date and
// key points keeps the date the page's top gave, and a comment thread's
// title over a short poem takes neither title nor date from it (pages
// after a review's).
func TestClassHeadlineKeepsDate(t *testing.T) {
	k := testSet(t)
	for _, c := range []struct{ file, title, date, author, text string }{
		{"date-above-keypoints.html", "Who Pays for the Harbours?", "2019-04-11", "Jane Roe", "Port authorities along the Velmar coast"},
		{"poem-thread.html", "The Keeper's Count", "2018-02-02", "", "the keeper counts the ships"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "headline", c.file))
		if err != nil {
			t.Fatal(err)
		}
		r := Read(page.File{Path: c.file, Data: data}, k)
		if r.Doc == nil || r.Doc.Title != c.title || r.Doc.Date.String() != c.date {
			t.Errorf("%s: got %+v, want %q %q", c.file, r.Doc, c.title, c.date)
			continue
		}
		if c.author != "" && (len(r.Doc.Authors) != 1 || r.Doc.Authors[0] != c.author) {
			t.Errorf("%s: authors %q, want %q", c.file, r.Doc.Authors, c.author)
		}
		if !strings.Contains(r.Doc.Body, c.text) {
			t.Errorf("%s: body lost %q: %q", c.file, c.text, r.Doc.Body)
		}
	}
}
