package generic

import (
	"fmt"
	"strings"
	"testing"
)

// A title the page prints cut at a length in one place and whole in
// another: wholeLater takes the words a later line goes on with, and
// wholeBefore the head of a cover's broken title when a copy's head line
// kept only its end; institutions' names are never rerank's title.

func TestWholeLater(t *testing.T) {
	for _, c := range []struct{ name, page, title, want string }{
		{"line-end", "Winter Fares and the Crossings of the Northern\n\nWinter Fares and the Crossings of the Northern Isles\nAnna Berg and Per Lindqvist\nAbstract\n" + revBody,
			"Winter Fares and the Crossings of the Northern", "Winter Fares and the Crossings of the Northern Isles"},
		{"line-end-stop", "Las tarifas del invierno y los puertos de las islas del\n\nLas tarifas del invierno y los puertos de las islas del Norte.\nAnna Berg\n" + revBody,
			"Las tarifas del invierno y los puertos de las islas del", "Las tarifas del invierno y los puertos de las islas del Norte"},
		{"separator-twice", "Can the Harbour Board Keep the Winter Ferry · fares rose in the first year,...\n12\nTranscript of Can the Harbour Board Keep the Winter Ferry Running? · fares rose in the first year,...\n" +
			"Page 1: Can the Harbour Board Keep the Winter Ferry Running? · fares rose in the first year, and the board\nCan the Harbour Board Keep the Winter Ferry\nRunning?\n" + revBody,
			"Can the Harbour Board Keep the Winter Ferry", "Can the Harbour Board Keep the Winter Ferry Running?"},
		// the words a separator ends once are a site's suffix as often as the title's
		{"separator-once", "Can the Harbour Board Keep the Winter Ferry Running · fares rose in the first year\n\n" + revBody,
			"Can the Harbour Board Keep the Winter Ferry", "Can the Harbour Board Keep the Winter Ferry"},
		{"site-suffix", "Ferry Dues in the Northern Isles since 2010 - Harbour Papers\n\nFerry Dues in the Northern Isles since 2010\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"glued-name", "Ferry Dues in the Northern Isles since 2010Anna Berg\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"name-after", "Ferry Dues in the Northern Isles since 2010 Anna Berg\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"note-figure", "Ferry Dues in the Northern Isles since 2010 1 Anna Berg y Per Lindqvist\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"byline-after", "Ferry Dues in the Northern Isles since 2010 ; By Anna Berg\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"sentence-after", "Ferry Dues in the Northern Isles since 2010 were set by the board.\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"date-after", "Ferry Dues in the Northern Isles since 2010 March 2019\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		{"caps-then-label", "ПАРОМНЫЕ ТАРИФЫ СЕВЕРНЫХ ОСТРОВОВ\n\nПАРОМНЫЕ ТАРИФЫ СЕВЕРНЫХ ОСТРОВОВ Текст научной статьи по специальности «Экономика»\n" + revBody,
			"ПАРОМНЫЕ ТАРИФЫ СЕВЕРНЫХ ОСТРОВОВ", "ПАРОМНЫЕ ТАРИФЫ СЕВЕРНЫХ ОСТРОВОВ"},
		{"label-after", "Паромные тарифы северных островов и их пассажиры\n\nПаромные тарифы северных островов и их пассажиры Текст научной статьи по специальности «Экономика»\n" + revBody,
			"Паромные тарифы северных островов и их пассажиры", "Паромные тарифы северных островов и их пассажиры"},
		{"caps-then-words", "FERRY DUES IN THE NORTHERN ISLES\n\nFERRY DUES IN THE NORTHERN ISLES Text of the article on economics\n" + revBody,
			"FERRY DUES IN THE NORTHERN ISLES", "FERRY DUES IN THE NORTHERN ISLES"},
		{"figure-after", "Ferry Dues in the Northern Isles since 2010 1 Introduction to the dues\n\n" + revBody,
			"Ferry Dues in the Northern Isles since 2010", "Ferry Dues in the Northern Isles since 2010"},
		// a copy's line holding the title further in gives words only before a separator
		{"copy-line-no-separator", "Ferry Dues in the Northern Isles\n\nTranscript of Ferry Dues in the Northern Isles and the councils\n" + revBody,
			"Ferry Dues in the Northern Isles", "Ferry Dues in the Northern Isles"},
		// more than eight words after a separator are a preview's, not the title's
		{"long-rest", "Ferry Dues in the Northern Isles and the fares of the three northern routes since the long winter · the fares rose\nPage 1: Ferry Dues in the Northern Isles and the fares of the three northern routes since the long winter · the fares rose\n" + revBody,
			"Ferry Dues in the Northern Isles", "Ferry Dues in the Northern Isles"},
		// capsSubtitle: a capitals cover run into one line, the subtitle up to the author's name
		{"caps-subtitle", "41\nFERRY DUES IN THE NORTHERN ISLES: SHARES, COSTS, AND CHOICES Anna Berg HARBOUR WORKING PAPER SERIES NO. 9 June 2017\n\nFERRY DUES IN THE NORTHERN ISLES: · PDF file\n" + revBody,
			"FERRY DUES IN THE NORTHERN ISLES", "FERRY DUES IN THE NORTHERN ISLES: SHARES, COSTS, AND CHOICES"},
		{"caps-subtitle-no-name", "FERRY DUES IN THE NORTHERN ISLES: SHARES, COSTS, AND CHOICES 2016 Kestrel Harbour Board\n\n" + revBody,
			"FERRY DUES IN THE NORTHERN ISLES", "FERRY DUES IN THE NORTHERN ISLES"},
		{"cased-colon", "Ferry Dues in the Northern Isles: Shares and Costs\n\nFerry Dues in the Northern Isles\n" + revBody,
			"Ferry Dues in the Northern Isles", "Ferry Dues in the Northern Isles"},
		// wholeBefore: a cover's title broken in capitals, its copy's head line keeping the end only
		{"cover-head", "FERRY FARES AND THE WINTER - harbour.example · the fares rose,...\n\nKESTREL HARBOUR SCHOOL\nDOES ANYONE PAY FOR\nFERRY FARES AND\nTHE WINTER\nCandidate\nAnna Berg\n" + revBody,
			"FERRY FARES AND THE WINTER", "DOES ANYONE PAY FOR FERRY FARES AND THE WINTER"},
		{"same-words-and-a-mark", "FERRY FARES AND THE\nWINTER CROSSINGS*\n\nFERRY FARES AND THE WINTER CROSSINGS\n" + revBody,
			"FERRY FARES AND THE WINTER CROSSINGS", "FERRY FARES AND THE WINTER CROSSINGS"},
		{"menu-word-over", "Coast Review\nHome\nAbout\n\nFerry Fares and the Winter\n12 May 2020\n" + revBody,
			"Ferry Fares and the Winter", "Ferry Fares and the Winter"},
	} {
		r := pageReader(c.page)
		ti, _ := r.title()
		if got := r.wholeLater(ti, c.title); got != c.want {
			t.Errorf("%s: wholeLater = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestOrgLineForeign(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"CORTE DEI PORTI", true},
		{"UNIVERSIDADE FEDERAL DO LITORAL", true},
		{"UNIVERSITÀ DEGLI STUDI DEL PORTO NUOVO", true},
		{"Dipartimento di Studi Marittimi e Portuali", true},
		{"Graduate School in Harbour Studies", true},
		{"Centro per i Porti del Nord", true},
		{"UNIVERSIDADE DO LITORAL NORTE", true},
		{"CENTRE FOR THE STUDY OF HARBOUR DUES AND FERRY FARES", true},
		{"Centro de las tarifas", false},                // a phrase in lower case
		{"Banco de Pruebas: las tarifas", false},        // a colon: a title's
		{"Corte Suprema Decides Ferry Case", false},     // no joining word after the kind
		{"Centre Stage for the Northern Isles", false},  // English names its kind last
		{"Annual Report 2012 - Harbour Council", false}, // a title and its publisher
		{"Ferry Notes | Kestrel Harbour Institute", false},
	} {
		if got := isOrgLine(mkLine(c.text)); got != c.want {
			t.Errorf("isOrgLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRerankNotOrg(t *testing.T) {
	hand := "FERRY FARES AND THE WINTER"
	org := spanCand{text: "UNIVERSITÀ DEGLI STUDI DEL PORTO NUOVO"}
	if !excludedFor(hand)(&org) {
		t.Errorf("%q may be rerank's title", org.text)
	}
	org.f[sHand] = 1 // the rules' own pick stays a candidate
	if excludedFor(hand)(&org) {
		t.Errorf("the rules' title %q is excluded", org.text)
	}
}

// TestUnspacedProse: Thai, Lao, Khmer and Burmese write a sentence without
// spaces between its words; a paragraph of them is prose, so that a page of
// such text is not taken for a menu.
func TestUnspacedProse(t *testing.T) {
	para := strings.Repeat("การเดินเรือข้ามฟากในฤดูหนาวมีค่าใช้จ่ายสูงกว่าฤดูร้อน ", 4) + "และสภาท่าเรือควรทบทวนอัตราค่าโดยสาร"
	if w := wordCount(para); w < 25 {
		t.Errorf("wordCount of a Thai paragraph = %d, want 25 or more", w)
	}
	page := "ค่าโดยสารเรือข้ามฟากในฤดูหนาว: ใครควรจ่าย\nแอนนา เบิร์ก\n" + para + "\n\n" + para + "\n"
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Errorf("a Thai paper is skipped: %s", p.Skip)
	}
}

// TestCitedHead: a journal's running head with its volume, year and pages
// is furniture, never the title; a title with a span of years is not one.
func TestCitedHead(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Harbour Studies Part B 12 (2015) 41–58", true},
		{"Вестник Гавани. 2019. 2(31). С. 77-95", true},
		{"Island Studies Quarterly, vol. 3, no. 2, 2018, 101-118", true},
		{"Working Paper No. 3, 2019, pp. 1-24", true},
		{"Ferries 2020-2030: The Decade Ahead", false},
		{"Proceedings of the Harbour Day 2019, 12-18", false},
		{"Ferry Lessons (2025) from the U.S. 2020–2024", false},
		{"The Isles (1900-2020): A History", false},
		{"Harbour Review No. 12, March 2020", false},
		{"Ferry Fares 2010–2019: Ten Years of Rises", false},
	} {
		if got := journalHead(mkLine(c.text)); got != c.want {
			t.Errorf("journalHead(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAffiliatedNames(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"The winter value of the northern crossings: A cost model Li Wei, Anna Berg ⇑ Department of Harbour Studies, Kestrel University", "The winter value of the northern crossings: A cost model"},
		{"Staying Afloat: What the Harbour Councils Do Per Lindqvist† School of Harbour Studies, Kestrel College", "Staying Afloat: What the Harbour Councils Do"},
		{"Ferry Dues and the Isles Anna Berg and Li Wei School of Harbour Studies", "Ferry Dues and the Isles"},
		{"Lessons from the Kestrel School of Harbour Studies", "Lessons from the Kestrel School of Harbour Studies"},
		{"Ferry Dues and the Isles Anna Berg", "Ferry Dues and the Isles Anna Berg"}, // no affiliation: another rule's to judge
		{"The Latest from the Kestrel Point Institute", "The Latest from the Kestrel Point Institute"},
		{"Notes on Ferry Dues Kestrel Point Institute", "Notes on Ferry Dues Kestrel Point Institute"},
		{"Notes from the Kestrel Point School of Harbour Studies", "Notes from the Kestrel Point School of Harbour Studies"},
		{"Notes on the Kestrel Point* School of Harbour Studies", "Notes on the Kestrel Point* School of Harbour Studies"},
		{"Notes on Ferry Dues Kestrel Point School of Harbour Studies", "Notes on Ferry Dues Kestrel Point School of Harbour Studies"},
		{"Twenty Years On: Anna Berg and Li Wei School of Harbour Studies", "Twenty Years On: Anna Berg and Li Wei School of Harbour Studies"},
	} {
		if got := pageReader(c.title + "\n\n" + revBody).trimAffixes(c.title); got != c.want {
			t.Errorf("trimAffixes(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestPublisherBanners(t *testing.T) {
	for _, l := range []string{"Contents lists available at HarbourDirect", "ИССЛЕДОВАТЕЛЬСКИЕ СТАТЬИ", "Original Article",
		"読み込み中.... (全文を見る)", "您好，欢迎访问北方港湾研究网", "Informing humanitarians worldwide, the harbour way",
		"No hay artículos similaresSimilares en Puerto", "WOW !! SO MUCH FERRY ! SUCH HARBOUR !",
		"১২ মার্চ ২০২১, ২৮ ফাল্গুন ১৪২৭, ২৮ রজব ১৪৪২", "শুক্রবার, ১২ মার্চ, ২০২১, ২৮ ফাল্গুন ১৪২৭, ২৮ রজব ১৪৪২",
		"Ferry crews wait at the quay in KestrelPicha: Harbour Press /Anna Berg",
		"Research Articles", "Original Research", "Review Article", "加载中...", "載入中...", "您好，欢迎访问北方港湾研究网"} {
		if !NotTitle(l) {
			t.Errorf("%q may be a title", l)
		}
	}
	for _, l := range []string{"1914, 1945, 1989: Three Turning Points for the Isles", "Ferries, Fares, and 3 Other Worries", "Dues, Tolls, Fares, 2010-2020", "Why Ferries Matter!",
		"1914, 1945, 1989: Turning Points", "Ferry 1 and 2, Dock 3 and 4, Harbour Dues", "Go! Go! Go! The Ferry Race Across the Isles", "Ferry 1, Ferry 2, and Ferry 3 Crossing the Northern Sound in Winter"} {
		if NotTitle(l) || !titleShape(mkLine(l)) {
			t.Errorf("%q may not be a title", l)
		}
	}
	for _, l := range []string{"১২ মার্চ ২০২১, ২৮ ফাল্গুন ১৪২৭, ২৮ রজব ১৪৪২", "WOW !! SO MUCH FERRY ! SUCH HARBOUR !"} {
		if titleShape(mkLine(l)) {
			t.Errorf("%q has a title's shape for the rules", l)
		}
	}
}

// TestAuthorAffiliation: an author's name with the affiliation after it,
// or a CJK affiliation ending with the author's post, is never a title.
func TestAuthorAffiliation(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Per Lindqvist† School of Harbour Studies, Kestrel College, Harbourside", true},
		{"Anna Berg, School of Harbour Studies", true},
		{"北方海洋大学港湾経営研究科 准教授", true},
		{"北方諸島の運賃と港湾の協力", false},
		{"北方海洋大学港湾経営研究科准教授", false}, // the post not set apart
		{"Harbour Lights: Department of Ferries Reconsidered", false},
		{"Per Lindqvist and the Winter Ferry", false},
	} {
		if got := authorAffiliation(c.text); got != c.want {
			t.Errorf("authorAffiliation(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	line := "Per Lindqvist† School of Harbour Studies, Kestrel College, Harbourside"
	if titleShape(mkLine(line)) {
		t.Errorf("%q has a title's shape for the rules", line)
	}
	for _, l := range []string{line, "北方海洋大学港湾経営研究科 准教授"} {
		if !excludedFor("Staying Afloat")(&spanCand{text: l}) {
			t.Errorf("%q may be rerank's title", l)
		}
	}
}

// TestTrimTails: what a saved page or a flattened cover prints next to a
// title is cut; a title's own words of the same shapes stay.
func TestTrimTails(t *testing.T) {
	enough := func(s string) bool { return len(strings.Fields(s)) >= 3 }
	for _, c := range []struct{ in, want string }{
		{"PDF 北方諸島フェリー運賃の見直しについて", "北方諸島フェリー運賃の見直しについて"},
		{"PDF Ferry Fares", "PDF Ferry Fares"}, // too short without it
		{"harbourbriefs WHO PAYS FOR THE WINTER FERRY?", "WHO PAYS FOR THE WINTER FERRY?"},
		{"harbour WHO PAYS FOR THE WINTER FERRY?", "harbour WHO PAYS FOR THE WINTER FERRY?"}, // a short word may be the title's
		{"Ferry Dues in the Northern Isles - harbour.example", "Ferry Dues in the Northern Isles"},
		{"Ferry Dues in the Northern Isles - Part Two", "Ferry Dues in the Northern Isles - Part Two"},
		{"THE FERRY FUND AND THE ISLESNOVEMBER 2016", "THE FERRY FUND AND THE ISLES"},
		{"THE FERRY FUND AND THE ISLESNOVEMBER", "THE FERRY FUND AND THE ISLES"},
		{"THE FERRY FUND AND THEIR DISMAY", "THE FERRY FUND AND THEIR DISMAY"},
		{"I TRAGHETTI DELLE ISOLE DEL NORD. a cura di Anna Berg e Per Lindqvist", "I TRAGHETTI DELLE ISOLE DEL NORD"},
		{"I TRAGHETTI DELLE ISOLE DEL NORD. Una Storia", "I TRAGHETTI DELLE ISOLE DEL NORD. Una Storia"},
		{"冬の航路をどう守るか 北方港湾研究所主任研究員・山田花子", "冬の航路をどう守るか"},
		{"冬の航路をどう守るか 北方港湾研究所の提言", "冬の航路をどう守るか 北方港湾研究所の提言"},
		{"নৌপরিবহন ও দ্বীপের ভাড়া by আনা বার্গ", "নৌপরিবহন ও দ্বীপের ভাড়া"},
		{"Ferry Dues in the Northern Isles by Anna Berg", "Ferry Dues in the Northern Isles by Anna Berg"}, // another rule's, with the page's byline
		{"Stand by Me: Ferries in Winter", "Stand by Me: Ferries in Winter"},
	} {
		if got := trimTails(c.in, enough); got != c.want {
			t.Errorf("trimTails(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCoverRecord: a cut page holding only a working paper's cover (its
// series, title, author and month) is a publication's record, not a menu.
func TestCoverRecord(t *testing.T) {
	cover := "Sie sind auf Seite 1von 28\n\nKestrel School of Harbour Studies\n\nHarbour Papers Series · No. 7 / 2021\n\nWhat the Ferry Fund Did for the Isles\n\n\nAnna Berg\n\nOctober 2021\n\n\nQuay Road 12, Kestrel\n"
	if p := Read(cover, Hints{}); p.Skip != "" || p.Title != "What the Ferry Fund Did for the Isles" || p.Date.String() != "2021-10" {
		t.Errorf("cover: title %q date %v skip %q", p.Title, p.Date, p.Skip)
	}
	menu := "Kestrel School of Harbour Studies\n\nWorking Papers\n\nWhat the Ferry Fund Did for the Isles\n\nAnna Berg\n\nOctober 2021\n"
	if p := Read(menu, Hints{}); p.Skip == "" {
		t.Errorf("a name and a month without a series line make no record: indexed as %q", p.Title)
	}
}

// TestWholeLaterLongHead: a page whose text begins past the lines read for
// a title (a long list under the title) is read without running past them.
func TestWholeLaterLongHead(t *testing.T) {
	var b strings.Builder
	b.WriteString("The Winter Ferries of the Northern Isles Reconsidered\nAnna Berg\n12 March 2019\n")
	for i := range 100 {
		fmt.Fprintf(&b, "Harbour item number %d\n", i)
	}
	b.WriteString(strings.Repeat(revBody, 3))
	if p := Read(b.String(), Hints{}); p.Title != "The Winter Ferries of the Northern Isles Reconsidered" {
		t.Errorf("title %q", p.Title)
	}
}
