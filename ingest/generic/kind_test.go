package generic

import (
	"fmt"
	"strings"
	"testing"
)

// TestAboutTitle checks the titles of an institution's page about itself
// against publications' titles of the same shape: an essay "Who We Are
// Now", a menu label over a publication, a Japanese report "…について"
// and a Chinese report's "…简介".
func TestAboutTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Who We Are About HRPC":        true,
		"Who We Are | Harbour Centre":  true,
		"Über uns – HRPC":              true,
		"当財団について":                      true,
		"关于我们":                         true,
		"研究所简介":                        true,
		"연구원 소개":                       true,
		"Our Mission":                  true,
		"港湾研究所とは":                      true,
		"Who We Are Now":               false,
		"Who we are":                   false,
		"少子化対策について":                    false,
		"港湾政策の今後について":                  false,
		"研究报告简介":                       false,
		"民主主義とは":                       false,
		"Mission Creep in the Estuary": false,
	} {
		if got := aboutTitle(title); got != want {
			t.Errorf("aboutTitle(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestCountHeading: a heading with its count of items is a list's title;
// a numbered document's title is not.
func TestCountHeading(t *testing.T) {
	for title, want := range map[string]bool{
		"Governance, Ferries and Accountability (768)": true,
		"Harbour Resolution 2231 (2015)":               false,
		"Ferry Fares (5)":                              false,
		"The G20 at Twenty (20)":                       false,
		"Harbour Working Paper (105)":                  false,
		"Strategic Comments (17)":                      false,
	} {
		if got := countHeading(title); got != want {
			t.Errorf("countHeading(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestNavTitle checks the titles that mark a home page (a section
// heading, a tagline, the institution's name) against publication titles
// that share their words.
func TestNavTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"The Latest from the Harbour Institute", true},
		{"Latest news with #HarbourInstitute", true},
		{"News (Archive)", true},
		{"ピックアップ", true},
		{"An independent think tank for the islands", true},
		{"Kestrel Point Institute of Coastal Studies (KPICS)", true},
		{"The Harbour Foundation (THF)", true},
		{"The Board of Trustees (BOT)", true},
		{"Programs and Projects", true},
		{"Welcome to Institute of Harbour & Ferry Studies, KPU", true},
		{"TOP > About HI", true},
		{"Programs and Projects for the Harbour Dues", false},
		{"The Board of Trustees and the Harbour Dues", false},
		{"The Latest Ferry Timetables Cost the Islands Dearly", false},
		{"News from the Harbour: What the Tolls Mean", false},
		{"Why the Harbour Institute (HI) Should Merge", false},
		{"The Fishers Should Be a Movement, Not Just a Think Tank", false},
		{"Publications and the Politics of the Press", false},
		{"Welcome to the website of the Harbour Institute (HI)!", true},
		{"Welcome to the Kestrel Point Institute", true},
		{"Home Welcome", true},
		{"Executive Director’s Message", true},
		{"Mission Statement", true},
		{"History & evolution", true},
		{"= Kestrel Point Institute of Coastal Studies =", true},
		{"Frequently Asked Questions - Origin of the Harbour Report", true},
		{"Welcome to The Harbour Review", false},
		{"Message from the President", false},
		{"A Mission Statement for the Island Councils", false},
		{"An Independent Review of the Islands' Ferry Fund", false},
		{"Reforming the Island Rights Council (IHRC)", false},
		{"An Interview with Dr. Anna Berg, President of the East Isles Institute (EII)", false},
		{"Frequently Asked Questions about the Ferry Fund", false},
		{"Advisory Board", true},
		{"Project List", true},
		{"Board of Trustees", true},
		{"The Advisory Board and the Harbour Reforms", false},
		{"Our Team Effort on Ferry Fares", false},
		{"Welcome to the Post-Ferry World", false},
		{"The Latest Research on Ferry Fares", false},
		{"Against the Machine-Made Disclaimer", false},
	} {
		if got := navTitle(c.title); got != c.want {
			t.Errorf("navTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestListingTitle checks the headings of archive, tag and search pages
// against publication titles that share their words.
func TestListingTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Posts Tagged ‘ferry fares’", true},
		{"Artikel zum Schlagwort Hafenstiftung", true},
		{"Research Reports & Collections (70)", true},
		{"Harbour Institute Publication Archive: 2021", true},
		{"Publikasjoner", true},
		{"검색결과 총 1,204 건", true},
		{"Search results for ferries", true},
		{"Most-Read Publications of 2017", true},
		{"News from HI", true},
		{"News from the Harbour: What the Tolls Mean", false},
		{"Most Read Articles Are Not the Best Ones", false},
		{"Publications That Changed the Harbour", false},
		{"Research on the Islands (2019)", false},
		{"Tagged and Tracked: Seabirds of the Northern Isles", false},
		{"포털 검색결과의 공정성 확보 방안", false},
		{"Island Funding for Research & Innovation (2021)", false},
	} {
		if got := listingTitleRe.MatchString(c.title); got != c.want {
			t.Errorf("listingTitleRe.MatchString(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}

// TestTitleKind checks the kinds told by a page's final title: a home
// page's heading always, an about title only when rerank chose it on a
// page with no date and no byline, a list's heading always.
func TestTitleKind(t *testing.T) {
	for _, c := range []struct {
		title          string
		reranked, bare bool
		want           string
	}{
		{"The Latest from the Harbour Institute", false, false, KindNavigation},
		{"当財団について", true, true, KindNavigation},
		{"当財団について", true, false, ""},
		{"当財団について", false, true, ""},
		{"Posts Tagged ‘ferry fares’", false, false, KindListing},
		{"Ferry Fares and the Island Councils", true, true, ""},
	} {
		if got, _ := (&reader{}).titleKind(c.title, c.reranked, c.bare); got != c.want {
			t.Errorf("titleKind(%q, reranked %v, bare %v) = %q, want %q", c.title, c.reranked, c.bare, got, c.want)
		}
	}
}

// TestNamesItself checks an institution's name printed with its acronym
// at the top of the page against publication titles that name an
// institution.
func TestNamesItself(t *testing.T) {
	const top = "Coastal Institute of Maritime and Fisheries Studies\n(CIMFS)\n"
	for title, want := range map[string]bool{
		"Coastal Institute of Maritime and Fisheries Studies":                true,
		"Coastal Institute of Maritime Studies":                              false,
		"Why the Coastal Institute of Maritime and Fisheries Studies Failed": false,
		"Harbour Lights of the Northern Isles":                               false,
	} {
		ls := split(top + "\n" + title + "\n")
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.namesItself(title); got != want {
			t.Errorf("namesItself(%q) = %v, want %v", title, got, want)
		}
	}
}

// TestHomeSections checks that a home page's section headings are counted
// once each and only when set as headings, not as a menu's bullets.
func TestHomeSections(t *testing.T) {
	for text, want := range map[string]int{
		"Latest Publications\nA Title Here Today\nUpcoming Events >\nAn Event Here Soon\n": 2,
		"Latest news\nA Title Here Today\nLatest news\nAnother Title Here Too\n":           1,
		"• All Publications\n• Past Events\n":                                              0,
		"Related Articles\nA Title Here Today\nRecent posts\nA Post Here Today\n":          1,
		"Latest Publications\nA Title Here Today\nLatest Blogs\n":                          2,
		"Our Research\nLatest News\nUpcoming Events\nAbout Us\nA Title Here Today\n":       1,
	} {
		ls := split(text)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if hs, _ := r.homeSections(); len(hs) != want {
			t.Errorf("homeSections(%q) = %q, want %d", text, hs, want)
		}
	}
}

// TestHomeSectionsArticle: an article stays a publication when its site's
// menu, printed as lines above its title, holds section labels, and when a
// short bylined article has a sidebar of sections under it.
func TestHomeSectionsArticle(t *testing.T) {
	const para = "The lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year.\n\n"
	for name, page := range map[string]string{
		"menu above": "Harbour Policy Institute\nOur Research\nLatest News\nUpcoming Events\nAbout Us\n\nHarbour Lights of the Northern Isles\n\n12 May 2020\n\nBy Annika Vollstedt\n\n" +
			para + para + para + para + para + para,
		"short, sidebar below": "Harbour Lights of the Northern Isles\n\nBy Annika Vollstedt\n\n" + para +
			"Latest Publications\nFerry Fares After the Storm in the Isles\n\nUpcoming Events\nRoundtable on the Ferries of the Northern Isles\n",
	} {
		if p := Read(page, Hints{}); p.Skip != "" {
			t.Errorf("%s: skipped (%s), want a publication", name, p.Skip)
		}
	}
}

// TestSharingFurniture: a sharing site's page of one document (an advert's
// label, an upload stamp, a report link) is one document, even when the
// document is itself a list (a programme of papers and their authors).
func TestSharingFurniture(t *testing.T) {
	const doc = "Harbour Research Papers 2019-20\n%sHarbour Research Papers 2019-20\nMajor Findings\nKestrel Point Institute\nMay 2010\n" +
		"Tracing the Ferries of the Northern Isles\nAnnika Vollstedt\nCauses and Effects of Harbour Dues in the Isles\nJürgen Müller\n" +
		"Links between Lamps and Logbooks in the Isles\nMara Quist\nA Safe Harbour for the Island Trade\nOla Strand\n" +
		"The Keepers of the Northern Isles and their Logbooks\nTomas Berg\n"
	for _, c := range []struct {
		furniture string
		listing   bool
	}{
		{"Uploaded by Mara\nadvertisement\n", false},
		{"Report DMCA / Copyright\nDOWNLOAD PDF FILE\n", false},
		{"Uploaded by Mara\nTranscript of Harbour Research Papers\n", false},
		{"Page content transcription\nIf your browser does not render page correctly, please read the page content below\n", false},
		{"Uploaded by Mara\n", true},
		{"", true},
	} {
		p := Read(fmt.Sprintf(doc, c.furniture), Hints{})
		if got := p.Kind == KindListing; got != c.listing {
			t.Errorf("furniture %q: kind %q (%s), want listing %v", c.furniture, p.Kind, p.Skip, c.listing)
		}
	}
}

// TestAgenda: an event's programme by the clock in its many forms marks
// the page; a whole day's programme is enough alone, two timed lines under
// a byline are an article's timeline.
func TestAgenda(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"16h00: Opening remarks", true},
		{"10:30 – Panel one", true},
		{"11.30h Begrüßung", true},
		{"11:00am: Welcome remarks", true},
		{"11:00am – 12:15pm: The ferries and the isles", true},
		{"11:00 – 12:15: The ferries and the isles", true},
		{"12:00 Reflections on the harbour elections", true},
		{"2020: a year of harbour dues", false},
		{"12.5 per cent of the dues", false},
		{"12.50 million households pay the harbour dues", false},
		{"11.30 am Welcome", true},
	} {
		if got := agendaRe.MatchString(strings.ToLower(c.line)); got != c.want {
			t.Errorf("agendaRe(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	const prose = "The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months and its own logbooks.\n"
	day := "Harbour Day 2021\n" + prose + "09:00 Welcome by the harbour master\n10:00 The ferries and their fares\n11:30 Lamps and logbooks\n13:00 Lunch at the quay\n"
	if p := Read(day, Hints{}); p.Kind != KindEvent {
		t.Errorf("a day's programme: kind %q (%s), want an event", p.Kind, p.Skip)
	}
	figures := "Harbour Figures 2021\n" + prose + "12.50 million households pay the harbour dues\n45.30 per cent of them on the outer isles\n10.20 billion crowns in dues each year\n23.75 per cent more than in 2010\n"
	if p := Read(figures, Hints{}); p.Kind == KindEvent {
		t.Errorf("a box of key figures: read as an event (%s)", p.Skip)
	}
	spread := "Harbour Day 2021\n" + prose + "09:00 Welcome by the harbour master\n" + strings.Repeat(prose, 6) + "10:00 The ferries and their fares\n" + strings.Repeat(prose, 6) +
		"11:30 Lamps and logbooks\n" + strings.Repeat(prose, 6) + "13:00 Lunch at the quay\n"
	if p := Read(spread, Hints{}); p.Kind == KindEvent {
		t.Errorf("timed lines spread over the text: read as an event (%s)", p.Skip)
	}
	article := "The Night the Lamps Went Out\nBy Anna Berg\n12 May 2021\n" + prose + "21:40 The first lamp fails at the north quay\n22:15 The ferry turns back to the harbour\n" + prose
	if p := Read(article, Hints{}); p.Skip != "" {
		t.Errorf("an article's timeline: skipped (%s)", p.Skip)
	}
	if p := Read(strings.Replace(article, "By Anna Berg\n", "", 1), Hints{}); p.Skip != "" {
		t.Errorf("an article's timeline without a byline: skipped (%s)", p.Skip)
	}
}

// TestArchiveHead: a tag's, a category's or an author's archive heading at
// the top makes the page a listing even when its excerpt shows one item
// whole; a category kicker over a bylined article, or such words further
// down, do not.
func TestArchiveHead(t *testing.T) {
	const item = "Between Two Harbours and a Very Hard Place\n" +
		"The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months and its own logbooks.\n" +
		"The island councils paid for the oil until the ferries came, and then the harbour dues were raised to pay for the light instead.\n"
	const article = "Ferry Fares and the Island Councils\nBy Anna Berg\n12 May 2021\n" +
		"The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months and its own logbooks.\n"
	for _, c := range []struct {
		page    string
		listing bool
	}{
		{"Tag: Ferries\n" + item, true},
		{"Archive for the ‘Harbour Institute’ Category\n" + item, true},
		{"Posts Tagged ‘harbour dues’\n" + item, true},
		{"Entries by harbouradmin\n" + item, true},
		{"Category: Commentary\n" + article, false},
		{"Tag: Ferries\n" + article, false}, // a tag's crumb over one bylined article
		{"Archive for the Future: Keeping the Logbooks of the Isles\nBy Anna Berg\n12 May 2021\n" + item, false},
		{"Stories Filed Under Pressure: The Harbour Press and the Law\n" + item, false},
		{"Category: Documents\nUpload: harbouradmin\nPost on 12-May-2021\n" + item, false}, // a sharing site's record
		{"Harbour Notes\nWinter Essays on the Isles\nTag: Ferries\n" + item, false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindListing; got != c.listing {
			t.Errorf("%.30q: kind %q (%s), want listing %v", c.page, p.Kind, p.Skip, c.listing)
		}
	}
}

// TestDateline: a release whose first paragraph opens with a place, a day
// and a dash is a news release; the same under a byline is an article, and
// a sentence that opens with a span of days or a weekday is no dateline.
func TestDateline(t *testing.T) {
	const rest = " The board of the Harbour Institute has chosen a new director, who will take up the post in the spring and lead the work on the ferries.\nThe institute thanks the outgoing director for ten years of work on the harbour dues and the lamps of the isles.\n"
	for _, c := range []struct {
		page string
		news bool
	}{
		{"New Director for the Harbour Institute\nKestrelport, 29. Oktober 2018 –" + rest, true},
		{"New Director for the Harbour Institute\nNEW HARBOUR, October 22, 2014—" + rest, true},
		{"New Director for the Harbour Institute\nKestrelport, 6 December 2022." + rest, true},
		{"New Director for the Harbour Institute\nBy Anna Berg\nKestrelport, 29 October 2018 –" + rest, false},
		{"New Director for the Harbour Institute\nThe harbour board asked the ferries for their fares in the spring and has led the work on the ferries ever since.\nThe island councils paid for the oil until the ferries came, and then the harbour dues were raised to pay for it.\nKestrelport, 29 October 2018 –" + rest, false}, // a dateline deep in the text quotes a release
		// the review's counterexamples: a byline's name, a kind's label, a
		// paper speaking of itself, a letter to its readers
		{"Chips and the New Trade Blocs\nAnna Berg, 12 May 2023 – The harbour board asked the ferries for their fares in the spring and lead the work on the ferries ever since.\n" + rest, false},
		{"Chips and the New Trade Blocs\nPolicy Brief, May 12, 2023 — The harbour board asked the ferries for their fares in the spring and lead the work on the ferries ever since.\n" + rest, false},
		{"Chips and the New Trade Blocs\nKestrelport, 12 May 2023 – This brief examines how the harbour board set the fares of the ferries in the spring and since.\n" + rest, false},
		{"Chips and the New Trade Blocs\nKestrelport, 12 May 2023. We, the undersigned, ask the harbour board to keep the ferries running through the winter months.\n" + rest, false},
		{"New Director for the Harbour Institute\nFrom July 9-11, 2024, I took part in the harbour forum." + rest, false},
		{"New Director for the Harbour Institute\nTuesday, 5 December 2023 –" + rest, false},
		{"New Director for the Harbour Institute\nReceived 14 January 2019." + rest, false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindNews; got != c.news {
			t.Errorf("%q: kind %q (%s), want news %v", strings.Split(c.page, "\n")[1], p.Kind, p.Skip, c.news)
		}
	}
}

// TestSelfDescription: an institution describing itself near the top of a
// page without a byline or a date makes it a home or about page; the same
// sentence under a bylined article, or a title that names a think tank,
// does not.
func TestSelfDescription(t *testing.T) {
	const self = "The Harbour Foundation is an independent think-tank focused on improving the lives of the people of the isles, through research on their ferries and harbours.\n"
	const prose = "Right to Moor has been a cornerstone of harbour policy in the isles since its introduction in 1980, and it has shaped who owns the quays ever since.\n" +
		"A long-standing finding is that island households on low incomes pay more for their ferries than their neighbours on the mainland.\n"
	for _, c := range []struct {
		page string
		nav  bool
	}{
		{"Analysis and action on island living standards\n" + prose + self, true},
		{"We are a non-partisan think tank applying hindsight and foresight to the harbours of the isles, for the people who live on them.\n" + prose, true},
		{"Right to Moor at Forty\nBy Anna Berg\n12 May 2021\n" + prose + self, false},
		{"Now is the time for an independent harbour think tank\nBy Anna Berg\n" + prose, false},
		{"Harbours and the Race for Quantum Lamps\nThe Isles is one of the leading places in lamp research, and its harbours have paid for much of it since the war.\n" + prose, false},
		{"Analysis and action on island living standards\nThe Harbour Bank is the leading lender to the ferry owners of the isles and a research partner of the councils.\n" + prose, false},
		// a topic's page: a topic's name over its programme describing itself
		{"Ferries & harbours\nOur ferries and harbours programme focuses on who pays for the winter crossing and how the quays are kept.\n" + prose, true},
		{"Northern Isles\nThe Northern Isles Programme at the Harbour Foundation keeps the logbooks of the three isles and reads them each winter.\n" + prose, true},
		{"Ferry Lines\nThe isles are served by some forty ferry lines, each with its own owners and its own timetable.\nThe research group on ferry lines studies how their fares are set and who sets them.\n" + prose, true},
		// the same topic's name over an article's own text, or over a bylined one
		{"Northern Isles\nThe harbour experts of the three isles met the ferry owners in the spring to set the winter fares, as they do each year.\n" + prose, false},
		{"Ferries & harbours\nThis paper asks who pays for the winter crossing and how the quays are kept.\n" + prose, false},
		{"Northern Isles\nBy Anna Berg\nThe Northern Isles Programme at the Harbour Foundation keeps the logbooks of the three isles and reads them each winter.\n" + prose, false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindNavigation; got != c.nav {
			t.Errorf("%.40q: kind %q (%s), want navigation %v", c.page, p.Kind, p.Skip, c.nav)
		}
	}
}

// TestMirrorMarksGeneric: labels any site may print (an advert's label, a
// download button) count as a sharing site's marks only beside one of its
// own: a publisher's own page printing several is no mirror copy.
func TestMirrorMarksGeneric(t *testing.T) {
	for _, c := range []struct {
		top  string
		want bool
	}{
		{"Ferry Fares and the Island Councils\nBy Anna Berg\n12 May 2023\nDownload PDF file\nAdvertisement\nAdvertisement\n", false},
		{"Transcript of Ferry Fares and the Island Councils\nAdvertisement\n", false},
		{"Uploaded by Mara\nAdvertisement\nFerry Fares and the Island Councils\n", true},
		{"Uploaded by Mara\nFerry Fares and the Island Councils\n", false},
	} {
		ls := split(c.top + "The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months.\n")
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.mirrorMarks() >= 2; got != c.want {
			t.Errorf("%.40q: mirror %v (%d marks), want %v", c.top, got, r.mirrorMarks(), c.want)
		}
	}
}

// TestArchiveHeadRe: an archive heading decides alone, so its forms need
// their label's colon, the quotes round the tag, a one-word user or a date.
func TestArchiveHeadRe(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Tag: Ferries", true},
		{"Archive for the ‘Harbour Institute’ Category", true},
		{"Archive for 28 diciembre 2014", true},
		{"Posts Tagged ‘harbour dues’", true},
		{"Entries by harbouradmin", true},
		{"Archive for the Future: Keeping the Logbooks of the Isles", false},
		{"Stories Filed Under Pressure: The Harbour Press and the Law", false},
		{"Entries by Islanders and Their Meaning", false},
	} {
		if got := archiveHeadRe.MatchString(c.line); got != c.want {
			t.Errorf("archiveHeadRe(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestCoverPrintedTwice checks that a report whose dated heading is printed
// on its cover and again on its title page, each under a different series
// line, is not read as a listing of two items.
func TestCoverPrintedTwice(t *testing.T) {
	page := "HARBOUR Series on Ferry Links and Island Councils (FERRY: Isles-Mainland Links )\n\n" +
		"Island ferry fares in the North Isles March 2019 to June 2021\n\nA. Vollstedt\n\nFERRY-Isles Research Report 2021/04\n\n" +
		"The Harbour Institute is a partner of the Ferry Project, funded by the Island Councils\n\n" +
		"Research Report Thematic Report FERRY-Isles RR 2021/04\n\n" +
		"Island ferry fares in the North Isles March 2019 to June 2021\n\nA. Vollstedt\n\n" +
		"Visiting Fellow, Harbour Institute, and Honorary Fellow, Institute of Island Studies, Kestrel Point\n\n" +
		"This text may be downloaded for personal research only. Any other copy, on paper or on a screen, needs the consent of the Harbour Institute, which holds the rights to it.\n\n" +
		"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n"
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Errorf("Read: skipped (%s), want the report indexed", p.Skip)
	}
}
