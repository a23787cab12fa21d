package generic

import (
	"strings"
	"testing"
)

// Rows for the rules of the IA–IH round, in invented words: each fails when
// the rule it names is broken (docs/mutations.md, section "Stamps,
// mastheads, similar documents, foreign labels (sets HA–HH read, IA–IH held
// out)"). Negative rows are the titles of the same shape that must stay
// whole.

func TestCutStamps(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Isle of Kestrel, Feb. 6 -- Ferries for the Outer Isles", "Ferries for the Outer Isles"},
		{"Northport, March 12, 2019 -- Harbour Dues Rise Again", "Harbour Dues Rise Again"},
		{"Charting the Straits Annual Report 2019 Published : May 2020", "Charting the Straits Annual Report 2019"},
		{"Ferries and Fares in the Isles Publicado el 3 de mayo de 2021", "Ferries and Fares in the Isles"},
		{"FERRY SUBSIDY RETROSPECTIVE: ROUTES AND FARES. Public Disclosure Authorized. Public Disclosure Authorized", "FERRY SUBSIDY RETROSPECTIVE: ROUTES AND FARES"},
		{"Ferries in the 2000s: A Fleet Too Old? Anna Berg[*]", "Ferries in the 2000s: A Fleet Too Old?"},
		{"The Ferries of the Northern Isles -...", "The Ferries of the Northern Isles"},
		{"Harbour Dues and the Outer Isles. October 2016", "Harbour Dues and the Outer Isles"},
		// titles of the same shape that keep their words
		{"Reports Published: How Harbour Councils Print Their Budgets", "Reports Published: How Harbour Councils Print Their Budgets"},
		{"Kestrel, Feb. 6: A Storm Diary", "Kestrel, Feb. 6: A Storm Diary"},
		{"Public Disclosure Authorized", "Public Disclosure Authorized"}, // nothing left before it
		{"Ferries, Harbours and the Fleet, 2016", "Ferries, Harbours and the Fleet, 2016"},
		{"Who Pays for the Winter Ferry? Anna Berg", "Who Pays for the Winter Ferry? Anna Berg"}, // no note's mark: the page decides
		{"The Best Island Books Published in 2020", "The Best Island Books Published in 2020"},   // no month: a title's words
		{"Every Ferry Timetable Published Since 1950", "Every Ferry Timetable Published Since 1950"},
		{"El primer mapa de las islas, publicado en 1912", "El primer mapa de las islas, publicado en 1912"},
		{"Sailing Diary, June 12 – Crossing to Kestrel in Fog", "Sailing Diary, June 12 – Crossing to Kestrel in Fog"},                         // a diary's day: only a wire's "--" is a dateline
		{"Remembering the old Kestrel, May 9 -- A Day the Ferries Stopped", "Remembering the old Kestrel, May 9 -- A Day the Ferries Stopped"}, // a place is capitalised words
		{"After the Harbour Conference – 2030 Targets for the Island Fleet", "After the Harbour Conference – 2030 Targets for the Island Fleet"},
	} {
		if got := cutStamps(c.in); got != c.want {
			t.Errorf("cutStamps(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestImprintLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Editor: Kestrel Institute Coordinado por: Ana Berga y Pedro Tena ISSN: 1234-5678 Depósito Legal: M-1234-2009", true},
		{"Publisher: Harbour Press Editor: Anna Berg ISBN: 978-0-00-000000-0", true},
		{"Ferries: Fares: A Study of Island Prices", false},
		{"Fares: Who Pays? Subsidies: Who Gains? Ferries: Who Decides?", false}, // three labels, none an imprint's
		{"Harbour Notes: Winter 2019", false},
	} {
		if got := imprintLine(c.line); got != c.want {
			t.Errorf("imprintLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestDottedNames(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Ana Berga • Pedro Lindqvist", true},
		{"Anna Berg | Li Wei | Per Lindqvist", true},
		{"Ferries • Harbours • Isles", false},
		{"Anna Berg • the ferry timetable of the isles", false},
		{"Anna Berg", false}, // one name: no list
	} {
		if got := dottedNames(c.line); got != c.want {
			t.Errorf("dottedNames(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestSiteLinesAreChrome(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"kestrel-docs.pub", true},
		{"www.harbour-papers.org", true},
		{"2018-06-30-harbour-review", true},
		{"2018-06-30_winter_ferries.pdf", true},
		{"Kestrel.pub: The Isles", false},
		{"2018-06-30", false}, // a day alone is a date line
		{"source: harbour statistics office, ferry traffic, 2014-15", true},
		{"tài liệu hạn chế xem trước, hãy tải về để đọc hết", true}, // a preview's limit
		{"популярное деньнеделя месяц", true},                       // a "popular" widget
		{"thông tin tài liệu", true},
		{"sources of harbour finance in the isles", false},
		{"source: how a hill spring feeds the whole of kestrel", false}, // a title's label, no publisher and year
		{"fonte: jornal das ilhas, 14/03/2019", false},                  // a news item's credit: no table's name
		{"fonte: jornal das ilhas, porto novo, 14/03/2019", false},      // a news item's credit ends on a day
		{"популярное заблуждение о паромах", false},
	} {
		if got := isChrome(c.line, wordCount(c.line)); got != c.want {
			t.Errorf("isChrome(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestNameListsInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Anna Berg, Per Lindqvist und Li Wei", true},
		{"Ana Berga, Pedro Tena y Li Wei", true},
		{"Anna Berg, Per Lindqvist et Li Wei", true},
		{"Ferries, Harbours und Islands", false}, // one word each: no names
		{"Anna Berg und Li Wei", false},          // two names without marks may be a title's words
	} {
		if got := markedNameList(c.line, true); got != c.want {
			t.Errorf("markedNameList(%q, broad) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestCenturyLineIsNoName(t *testing.T) {
	r := pageReader("NUEVOS PUERTOS DE LA POLÍTICA INSULAR\nFRENTE AL SIGLO XXI\nAna Berga\n")
	if r.isNameLine(1) {
		t.Errorf("isNameLine(%q) = true, want false: a century's figure is no name's", r.ls[1].text)
	}
	r = pageReader("Harbour Notes\nJOHN ROE III\n")
	if !r.isNameLine(1) {
		t.Errorf("isNameLine(%q) = false, want true: a generation's figure stays a name's", r.ls[1].text)
	}
}

func TestAffiliationInBrackets(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Anna Berg (University of the Isles, Northport)", true},
		{"Li Wei (Harbour College, Southport, Kestrel)", true},
		{"Ferry Fares (University Edition)", false},                        // no comma: a title's edition
		{"Ferry Fares (Harbour Institute, 2019)", false},                   // a year in the bracket: an edition's
		{"Annual Report (Institute of Harbour Studies, Northport)", false}, // a kind of document is no name
		{"Anna Berg (University of the Isles) and the ferry", false},       // the bracket does not end the line
	} {
		if got := authorAffiliation(c.line); got != c.want {
			t.Errorf("authorAffiliation(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestMastheads(t *testing.T) {
	page := "You are on page 1of 14\n\nHarbour Studies Review 12 (2019) 41–60\n\nHarbour Studies Review\n\njournal homepage: www.kestrel.example/hsr\n\n" +
		"The cost of winter closures on island trade: How do\nplanned closures compare with storm closures?\n"
	ls := split(page)
	for _, l := range ls {
		if l.text == "Harbour Studies Review" && !l.chrome {
			t.Errorf("the journal's name over its volume line and home page is not furniture")
		}
	}
	// an article titled like a review, printed once: no masthead
	page = "Harbour Studies Review\n\nAnna Berg\n\nA review of the year's harbour studies, from the storms of January to the new breakwater.\n"
	for _, l := range split(page) {
		if l.text == "Harbour Studies Review" && l.chrome {
			t.Errorf("a title printed once taken for a masthead")
		}
	}
}

func TestTitleOverRelatedList(t *testing.T) {
	page := "Harbour Dues and the Outer Isles. October 2016\n\nSimilar documents\nThree island councils set a common table of dues\n\n" +
		"Ferries and Fishermen: Sharing the North Quay\n\nNorth Quay - Renewal or Repair\n\nTides, tolls and the island budget\n"
	r := pageReader(page)
	if i, title := r.title(); i != 0 || r.trimTitle(title) != "Harbour Dues and the Outer Isles" {
		t.Errorf("title() = %d, %q, want the document over the list of similar ones", i, title)
	}
	for _, c := range r.spanCands("") {
		if c.at > 1 {
			t.Errorf("rerank offers %q from the list of similar documents", c.text)
		}
	}
}

func TestTranscribedPageIsOneDocument(t *testing.T) {
	r := pageReader("Ferries of the Isles · Report...\n\n72\n\nTranscript of Ferries of the Isles · Report...\n\nReport\n")
	if !r.transcribed() {
		t.Errorf("transcribed() = false on a page with a transcript line")
	}
	if r := pageReader("Ferries of the Isles\n\nA transcript of the council meeting follows.\n"); r.transcribed() {
		t.Errorf("transcribed() = true on a page that only mentions a transcript")
	}
}

func TestUnitBannersInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"PROGRAMA DE MUELLES Y FAROS", true},
		{"DIRECCIÓN GENERAL DE POLÍTICAS INSULARES", true},
		{"ÁREA DE TRAVESÍAS INSULARES", true},
		{"Programa de las islas: una propuesta", false}, // a title's colon
	} {
		if got := isOrgLine(mkLine(c.line)); got != c.want {
			t.Errorf("isOrgLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestIssueLineIsNoTitle(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"março 2020 • n o 41", true},
		{"março 2020 · nº 12", true},
		{"julho 2019 • portos do norte", false},
		{"o 25 de abril de 1974", false}, // Portuguese "the 25th of April": a title
	} {
		if got := onlyDateWords(c.line); got != c.want {
			t.Errorf("onlyDateWords(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestAboutPages(t *testing.T) {
	prose := "The institute was founded in 1998 by two harbour masters and a schoolteacher, after a winter of gales had closed every crossing of the straits for a month.\n"
	for _, c := range []struct {
		name, page string
		about      bool
	}{
		{"an about heading, a history heading, prose", "About Us\n\nHistory\n\n" + prose, true},
		// a site's menu word saved over a news headline and its byline
		{"a menu's about word over a headline", "Sobre nós\n\nA nova linha de ferry entre Porto Novo e a Ilha do Falcão começa a funcionar em março, com quatro viagens por dia e bilhetes mais baratos\n\nAna Berga\n\n" + prose, false},
		{"an Indonesian about heading", "Tentang Kami\n\nKestrel Harbour Institute didirikan pada tahun 1998 oleh para peneliti pelabuhan yang ingin membantu dewan pulau membuat kebijakan penyeberangan yang lebih baik.\n", true},
		// a bare "About" is as often a menu's label over a publication's long title
		{"a menu's About over a long title", "About\n\nWho Pays for the Winter Ferry When the Storms Close the Northern Crossing for Weeks at a Time\n\nAnna Berg\n\n12 March 2021\n\n" + prose, false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindNavigation; got != c.about {
			t.Errorf("%s: kind %q (skip %q), want about page %v", c.name, p.Kind, p.Skip, c.about)
		}
	}
}

func TestTitleOverRelatedLabelled(t *testing.T) {
	// the first line reads as a record's field ("HDC: … October 2016"), yet
	// it is the document a sharing site lists the similar ones under
	page := "HDC: Harbour Dues and the Future. October 2016\n\nSimilar documents\nThree island councils set a common table of dues in 2012 after a long winter\n\n" +
		"Ferries and Fishermen: Sharing the North Quay\n\nNorth Quay - Renewal or Repair\n\nTides, tolls and the island budget\n"
	r := pageReader(page)
	if i, title := r.title(); i != 0 || title != "HDC: Harbour Dues and the Future" {
		t.Errorf("title() = %d, %q, want the first line without its month", i, title)
	}
}

func TestCJKSectionLabels(t *testing.T) {
	for _, l := range []string{"コメンタリー", "コラム", "논평"} {
		if !isSectionLabel(l) {
			t.Errorf("isSectionLabel(%q) = false, want true", l)
		}
	}
}

func TestSiteTail(t *testing.T) {
	for _, c := range []struct {
		tail string
		want bool
	}{
		{"KHI Analiz", true},
		{"Harbour Institute", true},
		{"Interview", false},
		{"Chapter Three", false},
		{"The Breakwater at Fifty", false},
		{"Consultation Draft", false},
		{"Module 3", false},
		{"ছবি : সংগৃহীত", false}, // a caption's credit in a script without capitals
	} {
		if got := siteTail(c.tail); got != c.want {
			t.Errorf("siteTail(%q) = %v, want %v", c.tail, got, c.want)
		}
	}
}

func TestTranscriptListingsStayListings(t *testing.T) {
	if r := pageReader("Kestrel Harbour Society\n\nTalks\n\nTranscript of our talk on the old ferries\n\nBy Per Lindqvist\n"); r.transcribed() {
		t.Errorf("transcribed() = true on a society's list of talk transcripts")
	}
}

func TestMastheadNeedsAJournalsName(t *testing.T) {
	for _, page := range []string{
		"Kestrel Institute Working Paper 12/2019\n\nReview of Harbour Dues in the Outer Isles\n\nISSN 1234-5678\n\nAnna Berg and Per Lindqvist\n",
		"A Ferry Captain's Journal\n\nISSN 0011-2233\n\nPer Lindqvist\n",
		"Island Transport Review\n\nFinal Report to the Council\n\nISSN 2050-1234\n",
	} {
		for _, l := range split(page) {
			if l.chrome && !strings.HasPrefix(l.low, "issn") {
				t.Errorf("line %q taken for a masthead", l.text)
			}
		}
	}
	page := "International Journal of Island Transport\n\nISSN: 1234-5678\n\nHarbour charges and island families\n"
	if ls := split(page); !ls[0].chrome {
		t.Errorf("a journal's name over its ISSN is not furniture")
	}
}

func TestRelatedHeadingsAtTheTop(t *testing.T) {
	body := "The council's plan to cut the Saturday ferry has angered islanders, who say the boat is their only way to reach the market at Northport before the winter.\n\nMore than two thousand have signed a petition against the cut, and the harbour master has asked for a second vote.\n"
	for _, c := range []struct{ name, page, want string }{
		// a news site's "Read next" under its name: no similar documents, so no document's name above them
		{"read next under a site's name", "Northport Herald\nRead next\nIsland schools to close early for storm\n\nThe Quiet Men of the Night Ferry\nBy Per Lindqvist\nNovember 2, 2021\n\n" + body, "The Quiet Men of the Night Ferry"},
		// a related heading before any title does not end the search
		{"related posts first", "Related Posts\nFerry Fares Go Up Again in April\nBy Per Lindqvist, 3 March 2022\n\n" + body, "Ferry Fares Go Up Again in April"},
		{"related posts over a blog's byline", "Related Posts\nFerry Fares Go Up Again in April\nHarbour Notes blog, by Per Lindqvist, 3 March 2022\n" + body, "Ferry Fares Go Up Again in April"},
		{"more like this first", "More like this\nFerry Pilots Warn of Shallower Channel at Northport\nLi Wei\n" + body, "Ferry Pilots Warn of Shallower Channel at Northport"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.want {
			t.Errorf("%s: title %q (skip %q), want %q", c.name, p.Title, p.Skip, c.want)
		}
	}
	// a similar-documents heading far down names nothing above it
	r := pageReader("Kestrel Docs Library Home\nBrowse\nUpload\nSign in\nThe Winter Ferry Report\nAnna Berg\nSimilar documents\nHarbour dues in the isles\n")
	if i, title := r.titleOverRelated(6); i >= 0 {
		t.Errorf("titleOverRelated(6) = %d, %q, want none so far down", i, title)
	}
	// with no document's name above the list, its lines stay candidates
	r = pageReader("Kestrel Docs\nSimilar documents\nFerry Timetable Winter 2020\nHarbour dues in the isles\n")
	found := false
	for _, c := range r.spanCands("") {
		found = found || c.text == "Ferry Timetable Winter 2020"
	}
	if !found {
		t.Errorf("spanCands dropped the lines under a similar-documents heading with no document's name above it")
	}
}

func TestNamesWithRomanFigures(t *testing.T) {
	for _, line := range []string{"XI JINPING", "MALCOLM X", "LI XI"} {
		if r := pageReader("Harbour Notes\n" + line + "\n"); !r.isNameLine(1) {
			t.Errorf("isNameLine(%q) = false, want true: a century's figure needs a century's word", line)
		}
	}
}

func TestByTailDegreeOnly(t *testing.T) {
	for _, c := range []struct {
		title string
		cut   bool
	}{
		{"Have Harbour Boards Become Politicized? By Per Lindqvist, MPA 2014", true},
		{"Ferries Owned By Harbour Boards, Not Councils", false}, // a comma's words after "By": a title's
	} {
		k, _ := authorTail(c.title)
		if got := k > 0; got != c.cut {
			t.Errorf("authorTail(%q) = %d, want a byline %v", c.title, k, c.cut)
		}
	}
}

func TestDashTailNeedsASite(t *testing.T) {
	page := "Harbour Dues Reform\n\nHarbour Dues Reform - Lessons from the Isles\n\nBy Anna Berg\n\n12 March 2021\n\n" +
		"The harbour dues of the northern isles were reformed in 2019, and this note asks what the three councils learned from it and what they would change.\n"
	if p := Read(page, Hints{}); p.Title != "Harbour Dues Reform - Lessons from the Isles" {
		t.Errorf("Read: title %q, want the subtitle kept: it names no site", p.Title)
	}
}

func TestMastheadBranches(t *testing.T) {
	for _, c := range []struct{ name, page, masthead string }{
		{"over its ISSN", "Journal of Island Transport\n\nISSN: 1234-5678\n\nHarbour charges and island families\n", "Journal of Island Transport"},
		{"over its home page", "Revista de Estudios Insulares\n\njournal homepage: www.kestrel.example/rei\n\nLos faros del norte\n", "Revista de Estudios Insulares"},
		{"printed with volume and pages", "Harbour Studies Review\n\nHarbour Studies Review 12 (2019) 41–60\n\nThe cost of closures\n", "Harbour Studies Review"},
	} {
		for _, l := range split(c.page) {
			if l.text == c.masthead && !l.chrome {
				t.Errorf("%s: %q is not furniture", c.name, l.text)
			}
		}
	}
	// a name printed again with a year but no volume's pages is a report's title
	for _, l := range split("Kestrel Harbour Review\n\nKestrel Harbour Review (2019)\n\nAnna Berg\n") {
		if l.chrome {
			t.Errorf("line %q taken for a masthead", l.text)
		}
	}
	// "The Annual Review of Island Ferries" printed with a year elsewhere is an article
	for _, l := range split("The Annual Review of Island Ferries\n\nThe Annual Review of Island Ferries (2019)\n\nAnna Berg\n") {
		if l.chrome {
			t.Errorf("line %q taken for a masthead", l.text)
		}
	}
}

func TestForeignSimilarDocuments(t *testing.T) {
	for _, h := range []string{"Documentos relacionados", "Похожие документы", "Dokumen terkait", "Tài liệu liên quan", "Ähnliche Dokumente"} {
		r := pageReader("Harbour Dues and the Outer Isles\n\n" + h + "\nThree island councils set a common table of dues\n")
		if !isSimilarDocs(r.ls[1].low) {
			t.Errorf("%q is not read as a similar-documents heading", h)
		}
		if i, title := r.title(); i != 0 || r.trimTitle(title) != "Harbour Dues and the Outer Isles" {
			t.Errorf("title() under %q = %d, %q, want the first line", h, i, title)
		}
	}
}

func TestForeignWidgetsAreChrome(t *testing.T) {
	for _, l := range []string{"có thể bạn quan tâm", "vous aimerez aussi", "te puede interesar", "você também pode gostar", "veja também",
		"das könnte sie auch interessieren", "potrebbe interessarti", "читайте также", "смотрите также", "关注我们", "相关文章", "相关阅读",
		"関連記事", "おすすめ記事", "registration i will attend:", "i will attend:", "thông tin tài liệu", "download embed", "популярное"} {
		if !isChrome(l, wordCount(l)) {
			t.Errorf("isChrome(%q) = false, want true", l)
		}
	}
}

func TestSiteTailIsNoPart(t *testing.T) {
	for _, tail := range []string{"Part II", "Chapter IV", "COVID-19 Update", "Phase II", "A Review"} {
		if siteTail(tail) {
			t.Errorf("siteTail(%q) = true, want false", tail)
		}
	}
}

func TestPublishedTailOtherLanguages(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Le isole del nord e i traghetti Pubblicato il 3 marzo 2021", "Le isole del nord e i traghetti"},
		{"As ilhas do norte e os ferries Publicado em 3 de maio de 2021", "As ilhas do norte e os ferries"},
		{"Ferries of the Northern Isles Published: 12 May, 2020", "Ferries of the Northern Isles"},
	} {
		if got := cutStamps(c.in); got != c.want {
			t.Errorf("cutStamps(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCenturyWordAfterFigure(t *testing.T) {
	for _, line := range []string{"PUERTOS PARA EL SIGLO XXI", "HÄFEN IM XX JAHRHUNDERT", "HARBOURS OF THE XXI CENTURY"} {
		if r := pageReader("Harbour Notes\n" + line + "\n"); r.isNameLine(1) {
			t.Errorf("isNameLine(%q) = true, want false", line)
		}
	}
}

func TestSimilarTop(t *testing.T) {
	head := []string{"Harbour Dues and the Outer Isles", "kestrel docs", "Upload", "Share", "Embed", "Report"}
	for _, c := range []struct {
		at   int
		want bool
	}{{4, true}, {5, false}} {
		page := strings.Join(head[:c.at], "\n") + "\nSimilar documents\nThree island councils set a common table of dues\n"
		r := pageReader(page)
		i, _ := r.titleOverRelated(c.at)
		if got := i == 0; got != c.want {
			t.Errorf("heading at line %d: titleOverRelated gives line %d, want the first line %v", c.at, i, c.want)
		}
	}
}
