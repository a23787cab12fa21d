package generic

import (
	"fmt"
	"strings"
	"testing"
)

// Rows for this round's rules, in invented words: each fails when the rule
// it names is broken (docs/mutations.md, section "Run-on documents, …").

func TestOnlyDateWordsForeign(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"abril 2016", true},
		{"jueves, 14 de marzo de 2019", true},
		{"lundi 3 mars 2014", true},
		{"ocak 2020", true},
		{"2019 de 2020", false}, // "de" dates nothing without a month
		{"12 de 2020", false},
		{"mayo de los puertos", false}, // a month among other words
		{"martes de carnaval", false},  // a weekday among other words
	} {
		if got := onlyDateWords(c.line); got != c.want {
			t.Errorf("onlyDateWords(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestLooksLikeNamePart(t *testing.T) {
	for _, s := range []string{"Part III", "Phase II", "Volume IV"} {
		if looksLikeName(s) {
			t.Errorf("looksLikeName(%q) = true", s)
		}
	}
	if !looksLikeName("Anna Berg") {
		t.Errorf("looksLikeName(Anna Berg) = false")
	}
}

func TestEndsOpenVietnamese(t *testing.T) {
	if !endsOpen("Tác động của chiến lược cảng biển của") {
		t.Errorf("a Vietnamese line cut after của does not end open")
	}
	for _, l := range []string{"Tác động của chiến lược cảng biển phía Bắc", "Những chuyến phà của đảo trở về"} {
		if endsOpen(l) {
			t.Errorf("a whole Vietnamese title ends open: %q", l)
		}
	}
}

func TestFileTail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Winter Ferries of the Isles.pdf", "Winter Ferries of the Isles"},
		{"Harbour-Annual-Review-2019.Pdf", "Harbour-Annual-Review-2019"},
		{"北方諸島の冬季航路に関する研究.pdf", "北方諸島の冬季航路に関する研究"},
		{"北方諸島冬季航路之研究_第1頁", "北方諸島冬季航路之研究"},
		{"Notes.pdf", "Notes.pdf"}, // too little left for a title
		{"Why We Still Send Timetables as .pdf", "Why We Still Send Timetables as .pdf"}, // the extension as a word
	} {
		if got := trimTails(c.in, threeWords); got != c.want {
			t.Errorf("trimTails(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestBannerName(t *testing.T) {
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"HPI - Harbour Policy Institute", true},
		{"HPI - Kestrel Endowment for Coastal Peace", true},
		{"Harbour Policy Institute (HPI)", true},
		{"CENTER FOR HARBOUR RESEARCH ON FERRY POLICY", true},
		{"Kestrel Endowment for Coastal Peace", false}, // in Title Case a headline's words as often
		{"Restoring Trust in Island Ferries", false},
		{"Food Bank Use Rises on the Isles", false},
		{"Report of the Ferry Users Committee", false},
		{"Plan Director de la Fundación Kestrel", false},
		{"HPI - Winter Fares and the Storm Board", false},
		{"HPI - Plan for the Kestrel Fund", false}, // the subject's fund, not the name's kind
		{"HPI - Building Trust in Island Ports", false},
		{"HPI - Bank Runs and Ferry Fares", false},
		{"HPI - Fund Managers and the Isles", false},
		{"HPI - Northern Isles Development Bank", true},
	} {
		if got := bannerName(c.t); got != c.want {
			t.Errorf("bannerName(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

// TestRunOnDocument: a document's text saved as one long line is a
// publication under the title among its first words, not a page without
// a title; a web page's long paragraph under a heading is not such a line.
func TestRunOnDocument(t *testing.T) {
	prose := strings.Repeat("The councils have asked the harbour board to keep the winter crossing open through the storms, and the board has asked the mainland ports to share the cost. ", 10)
	page := "Lowering Fares for Island Families: How Far Can Winter Credits Go? Quick Readings on Current Harbour Questions " + prose + "\n"
	p := Read(page, Hints{})
	if p.Skip != "" || p.Title != "Lowering Fares for Island Families: How Far Can Winter Credits Go?" {
		t.Errorf("run-on document: skip %q, title %q", p.Skip, p.Title)
	}
	r := reader{ls: split(page), names: make([]int8, len(split(page)))}
	if !r.runOnTop() {
		t.Errorf("runOnTop false on a document run into one line")
	}
	forum := "Home Forums Ferries and Fares Early ferry cancelled again Reply Quote per_l wrote: " + prose + "\n"
	if p := Read(forum, Hints{}); p.Skip == "" {
		t.Errorf("a forum's page saved as one line indexed as %q", p.Title)
	}
	long := "Ferries\n" + strings.Repeat("The councils have asked the harbour board to keep the winter crossing open again. ", 16) + "\n" // 224 words
	r = reader{ls: split(long), names: make([]int8, len(split(long)))}
	if r.runOnTop() {
		t.Errorf("runOnTop true on a paragraph of 224 words")
	}
	short := "Ferries\n" + strings.Repeat("The councils have asked the harbour board to keep the winter crossing open. ", 8) + "\n"
	r = reader{ls: split(short), names: make([]int8, len(split(short)))}
	if r.runOnTop() {
		t.Errorf("runOnTop true on a web paragraph")
	}
}

// TestNameListAfterPossessive: a possessive's noun follows it, so the
// capitalised words after it are the title's, not its authors'.
func TestNameListAfterPossessive(t *testing.T) {
	r := reader{ls: split("x"), names: make([]int8, 1)}
	const title = "A Report on the Harbour Board’s Ferry Lanes, Island Ports"
	if got := r.trimAffixes(title); got != title {
		t.Errorf("trimAffixes(%q) = %q", title, got)
	}
}

// TestEchoCut: a head line that prints the title alone cuts the author's
// name, or the first part of it, run into the title's end; a title broken
// over lines keeps its second line.
func TestEchoCut(t *testing.T) {
	page := "winter credits and ferry fares in the northern isles\n\nPage 1\n\nWinter Credits and Ferry Fares in the Northern Isles Anna Berg Li Wei\n\nMarch 2016\n"
	r := reader{ls: split(page), names: make([]int8, len(split(page)))}
	for _, in := range []string{
		"Winter Credits and Ferry Fares in the Northern Isles Anna Berg Li Wei",
		"Winter Credits and Ferry Fares in the Northern Isles Anna",
	} {
		if got := r.echoCut(in); got != "Winter Credits and Ferry Fares in the Northern Isles" {
			t.Errorf("echoCut(%q) = %q", in, got)
		}
	}
	page = "Ferry Fares in the Isles\nHome\nFerry Fares in the Isles Winter Review\nBy Anna Berg\n3 May 2020\n"
	r = reader{ls: split(page), names: make([]int8, len(split(page)))}
	if in := "Ferry Fares in the Isles Winter Review"; r.echoCut(in) != in {
		t.Errorf("echoCut took a blog's name over its post for an echo: %q", r.echoCut(in))
	}
	page = "Reinforcing the Ferry Lanes of the Harbour Board's\nEastern Crossing\n\nBy Anna Berg\n"
	r = reader{ls: split(page), names: make([]int8, len(split(page)))}
	if in := "Reinforcing the Ferry Lanes of the Harbour Board's Eastern Crossing"; r.echoCut(in) != in {
		t.Errorf("echoCut cut a title broken after a possessive: %q", r.echoCut(in))
	}
}

func TestListenButtonTail(t *testing.T) {
	const title = "섬 항로의 겨울 운임과 항만 기금"
	if got := trimTails(title+" 본문듣기", threeWords); got != title {
		t.Errorf("trimTails kept the listen button: %q", got)
	}
}

// TestRegistrationDated: a masthead's "No. … dated 3-5-1983" under the
// text dates a licence, not the publication.
func TestRegistrationDated(t *testing.T) {
	page := "Harbour Studies Quarterly\n\nFerries and Fares in the Northern Isles\n\nBy Anna Berg\n\n" +
		strings.Repeat("The councils have asked the harbour board to keep the winter crossing open through the storms, and the board has asked the mainland ports to share the cost.\n\n", 6) +
		"Editor\n\nPer Lindqvist\n\nLicence No. 2211-83/41 dated 3-5-1983. ISSN. 1234-5678\n"
	if p := Read(page, Hints{}); !p.Date.IsZero() {
		t.Errorf("dated by a registration: %v", p.Date)
	}
}

// TestDocumentRunNotListing: chapter titles each over its author's name
// look like a list's items, but a document's text run over six lines
// and more follows them: one document, not a listing. Without that run
// the same head is a listing.
func TestDocumentRunNotListing(t *testing.T) {
	head := "Harbour Papers 2016\n\nHarbour Dues in Winter\nAnna Berg\nFerry Crews and the Storm Fund\nLi Wei\nThe Price of a Crossing\nPer Lindqvist\n\n"
	var run strings.Builder
	for _, s := range []string{
		"Fares on the winter crossing have risen faster than wages on the isles",
		"for five years in a row, and the councils now ask what the rise means",
		"for households, for the shops that sell what the boats carry and for",
		"the boats themselves, which sail less often each winter because the board",
		"is short of crews. The three papers in this volume take these questions",
		"in turn, with the board's own figures for the last ten winters, route by",
		"route, and end with what the councils could ask of the board and the ports.",
	} {
		run.WriteString(s + "\n")
	}
	if p := Read(head+run.String(), Hints{}); p.Skip != "" {
		t.Errorf("a document's text after chapter titles skipped: %s", p.Skip)
	}
	if p := Read(head+"Read the papers\n", Hints{}); p.Kind != KindListing {
		t.Errorf("the list alone: kind %q (%s), want a listing", p.Kind, p.Skip)
	}
	// a news list whose teasers wrap over seven lines keeps its own marks
	var list strings.Builder
	list.WriteString("Harbour Evening Post\nNews | Islands | Opinion\nLatest news\n\n")
	for i, h := range []string{"Pier Repairs Start Monday", "New Ferry for the North Route", "Council Agrees Winter Fares", "Harbour Dues to Rise"} {
		fmt.Fprintf(&list, "%s\n%d March 2021\n%s\nRead more\n\n", h, 20-i, run.String())
	}
	list.WriteString("Page 1 of 9 Next >\n")
	if p := Read(list.String(), Hints{}); p.Kind != KindListing {
		t.Errorf("a news list with long teasers: kind %q (%s, title %q), want a listing", p.Kind, p.Skip, p.Title)
	}
	// a journal's contents with an abstract under each article: a label
	// printed per item
	var toc strings.Builder
	toc.WriteString("Harbour Studies Quarterly\nVolume 12, Issue 3 (2019)\nTable of contents\n\n")
	for _, h := range []string{"Pier Repairs and the Island Economy", "A New Ferry for the North Route", "Winter Fares and Household Budgets", "Harbour Dues in Three Ports"} {
		fmt.Fprintf(&toc, "%s\nAnna Berg\nAbstract\n%sFull text PDF\n\n", h, run.String())
	}
	if p := Read(toc.String(), Hints{}); p.Kind != KindListing {
		t.Errorf("a journal's contents with abstracts: kind %q (%s, title %q), want a listing", p.Kind, p.Skip, p.Title)
	}
}

func TestPastOrgExcluded(t *testing.T) {
	const org = "CENTER FOR HARBOUR RESEARCH"
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Kestrel University 12 Quay Mall @ Pier, Lantern Harbour Building, Room 40", true},
		{"Publicaciones Kestrel ........................................ 12", true},
		{"CENTER FOR HARBOUR RESEARCH Working Paper No. 112", true},
		{"HPI - Kestrel Endowment for Coastal Peace", true},
		{"HARBOUR RESEARCH", true}, // a part of the banner
		{"Winter Fares in the Isles: Politics and Reform", false},
	} {
		if got := pastOrgExcluded(c.t, org); got != c.want {
			t.Errorf("pastOrgExcluded(%q) = %v, want %v", c.t, got, c.want)
		}
	}
}

func TestThumbnailFurniture(t *testing.T) {
	if !IsFurniture("Thumbnail Image") {
		t.Errorf("a repository's image label is not furniture")
	}
	if IsFurniture("Thumbnail Images from the Harbour Archive") {
		t.Errorf("a title opening with the label is furniture")
	}
}

// TestFundTail: a bank's, an endowment's or a fund's name after a dash is
// the publisher's, not the title's.
func TestFundTail(t *testing.T) {
	r := reader{ls: split("x"), names: make([]int8, 1)}
	for _, tail := range []string{"Northern Isles Development Bank", "Kestrel Endowment", "Island Harbour Fund"} {
		const title = "PERSPECTIVES ÉCONOMIQUES DES ÎLES DU NORD"
		if got := r.trimTitle(title + " - " + tail); got != title {
			t.Errorf("trimTitle kept %q: %q", tail, got)
		}
	}
}

// TestBannerKeptWithoutTitle: a banner stays the title when rerank's best
// other candidate is a sentence of the text.
func TestBannerKeptWithoutTitle(t *testing.T) {
	page := "CENTER FOR HARBOUR RESEARCH\n\nThe councils have asked the harbour board to keep the winter crossing open through the storms, and the board has asked the mainland ports to share the cost of the crews.\n\n" +
		"The board says it cannot cut fares while it is short of crews for the winter, and the ports say the isles should pay more.\n\nThis note sets out what a shared fund would cost and who would pay for it.\n"
	if p := Read(page, Hints{}); p.Skip == "" && p.Title != "CENTER FOR HARBOUR RESEARCH" {
		t.Errorf("banner replaced by %q", p.Title)
	}
}
