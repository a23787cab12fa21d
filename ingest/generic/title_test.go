package generic

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTrimTitleTail checks that a book's ISBNs and a dangling separator
// after a title are dropped, and that a title made of them is kept.
// TestDoubled checks that a title printed twice on one line is read once.
func TestDoubled(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"THE ROLE OF HARBOUR BOARDSTHE ROLE OF HARBOUR BOARDS", "THE ROLE OF HARBOUR BOARDS"},
		{"The Harbour Dues The Harbour Dues", "The Harbour Dues"},
		{"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
		{"北 方 諸 島 の フ ェ リ ー 運 賃 北方諸島のフェリー運賃", "北方諸島のフェリー運賃"},
		{"The Harbour Dues THE HARBOUR DUES", "The Harbour Dues"},
		{"Dues and Fares, Fares and Dues", "Dues and Fares, Fares and Dues"},
	} {
		if got, _ := doubled(c.in); got != c.want {
			t.Errorf("doubled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "THE ROLE OF HARBOUR BOARDSTHE ROLE OF HARBOUR BOARDS\n\nBy Anna Berg\n\n" +
		"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n"
	if p := Read(page, Hints{}); p.Title != "THE ROLE OF HARBOUR BOARDS" {
		t.Errorf("Read: title %q, want it once (skip %q)", p.Title, p.Skip)
	}
	// an institution's name printed twice is a cover's banner: the page is not made its home page
	page = "The Harbour Centre for Island Studies (HCIS) The Harbour Centre for Island Studies (HCIS)\n\nBy Anna Berg\n\n" +
		"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n"
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Errorf("Read: skipped (%s), want the document indexed", p.Skip)
	}
}

// TestOpenColon checks that a title's colon with nothing after it goes,
// and a lead-in or a lone word keeps it.
func TestOpenColon(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ferry Fares and the Island Councils:", "Ferry Fares and the Island Councils"},
		{"港湾政策の新しい課題：", "港湾政策の新しい課題"},
		{"Ferries:", "Ferries:"},
		{"In lieu of an abstract, here is a brief excerpt of the content:", "In lieu of an abstract, here is a brief excerpt of the content:"},
		{"Ferry Fares: the Island Councils", "Ferry Fares: the Island Councils"},
	} {
		if got := openColon(c.in); got != c.want {
			t.Errorf("openColon(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a sharing site's record of a document whose heading ends on a colon
	page := "• No results found\n\nHarbour Dues of the Northern Isles:\n\nN/A\nProtected\n\nAcademic year: 2023\n\n" +
		"Share \"Harbour Dues of the Northern Isles:\"\n\nCopied!\n8\n0\n0\n\nFull text\n\n(1)\n\n2015. 6. 1. | CO 15-13\n\nAnna Berg (Harbour Institute, visiting fellow)\n\n" +
		"The harbour dues of the northern isles rose every winter for a decade, and the island councils asked the mainland why in letters and at every meeting.\n"
	if p := Read(page, Hints{}); p.Title != "Harbour Dues of the Northern Isles" || p.Date.String() != "2015-06-01" {
		t.Errorf("Read: title %q, date %v; want the title without its colon, dated 2015-06-01 (skip %q)", p.Title, p.Date, p.Skip)
	}
}

func TestTrimTitleTail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Lights of the Northern Isles 9781234567897", "Harbour Lights of the Northern Isles"},
		{"Título: Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles"},
		{"Читать онлайн Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles"},
		{"Статья 'Harbour Lights of the Northern Isles'", "Harbour Lights of the Northern Isles"},
		{"Title: Lamps", "Title: Lamps"},
		{"Harbour Lights of the Northern Isles 123456789X, 9781234567897", "Harbour Lights of the Northern Isles"},
		{"Harbour Case No. 1234567890", "Harbour Case No. 1234567890"},
		{"Brexit - 9781234567897", "Brexit - 9781234567897"},
		{"Ferry Fares and the Island Councils - 9781234567897", "Ferry Fares and the Island Councils"},
		{"Ferry Fares and the Island Councils -", "Ferry Fares and the Island Councils"},
		{"Ferry Fares and the Island Councils |", "Ferry Fares and the Island Councils"},
		{"O FUTURO DOS PORTOS DAS ILHAS: QUESTÕES PARA O DESENVOLVIMENTO ATÉ 2035 Raphael Camargo Lima 2335", "O FUTURO DOS PORTOS DAS ILHAS: QUESTÕES PARA O DESENVOLVIMENTO ATÉ 2035"},
		{"PROJEÇÃO DAS TARIFAS DOS PORTOS DAS ILHAS. James Bolívar Luna * Cláudio Gomes", "PROJEÇÃO DAS TARIFAS DOS PORTOS DAS ILHAS"},
		{"QUANTO CUSTA ZERAR AS TARIFAS DOS PORTOS ATÉ 2050? Agosto de 2017", "QUANTO CUSTA ZERAR AS TARIFAS DOS PORTOS ATÉ 2050?"},
		{"FERRIES AND THE ISLE COUNCILS: Harbour Lessons", "FERRIES AND THE ISLE COUNCILS: Harbour Lessons"},
		{"Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente 1 Paula Benavides Economista Rodrigo Valdés Escuela de Gobierno", "Tarifas en las Islas: Antecedentes y Contornos para una Reforma Urgente"},
		{"The Harbour Plan for Chapter 1 Anna Berg Wrote", "The Harbour Plan for Chapter 1 Anna Berg Wrote"},
		{"Harbour Policy: The Board Ranks 1 Global AI Threat", "Harbour Policy: The Board Ranks 1 Global AI Threat"},
		{"Harbour Surveys: The North Isles© HI 2018", "Harbour Surveys: The North Isles"},
		{"Harbour© HI 2018", "Harbour© HI 2018"},
		{"THE LAST KEEPERS OF THE NORTH LIGHT Ferry Crews in a Warming Sea", "THE LAST KEEPERS OF THE NORTH LIGHT Ferry Crews in a Warming Sea"},
		{"NATO AND EU POLICY Toward the Isles", "NATO AND EU POLICY Toward the Isles"},
		{"FERRY FARES OF THE ISLES 2019", "FERRY FARES OF THE ISLES 2019"},
		{"Lighthouse Budget 2021", "Lighthouse Budget 2021"},
		{"What the ferry fares taught me5 minutes read", "What the ferry fares taught me"},
		{"Ferry Fares After the Storm 6 min read", "Ferry Fares After the Storm"},
		{"12 min read", "12 min read"},
		{"Report 9781234567897", "Report 9781234567897"},
		{"Lessons from Covid-195 min read", "Lessons from Covid-195 min read"},
		{"Deposit Insurance in the Harbour Union*", "Deposit Insurance in the Harbour Union"},
		{"Ferry Fares After the Storm †", "Ferry Fares After the Storm"},
		{"Path Planning for Ferries with A*", "Path Planning for Ferries with A*"},
		{"Waiting for the Harbour....", "Waiting for the Harbour...."},
		{"Choosing our Ferries: 12 Points for the Isles . . . . . . .", "Choosing our Ferries: 12 Points for the Isles"},
		{"Choosing our Ferries: 12 Points for the Isles . . . . . . . 4", "Choosing our Ferries: 12 Points for the Isles"},
		{"india's role in facilitating trade under safta - icrier", "india's role in facilitating trade under safta"},
		{"ferry fares after the storm - summary", "ferry fares after the storm - summary"},
		{"Housing as a Safety Net - Harbour Institute€¦", "Housing as a Safety Net"},
		{"Harbour Debates After the Storm - europa.eu", "Harbour Debates After the Storm"},
		{"Ferry Fares After the Storm | HPC", "Ferry Fares After the Storm"},
		{"Ferry Fares - Harbour Institute", "Ferry Fares"},
		{"Reforming the Harbours - The Council's Role", "Reforming the Harbours - The Council's Role"},
		{"Reforming the Harbours - What the Council Should Do", "Reforming the Harbours - What the Council Should Do"},
		{"Rebuilding the Harbours - The Role of the Donor Group", "Rebuilding the Harbours - The Role of the Donor Group"},
		{"Ferry Fares After the Storm - Institute for Coastal Affairs", "Ferry Fares After the Storm"},
		{"Ferry Fares After the Storm - The Harbour Institute", "Ferry Fares After the Storm"},
		{"Harbour Masters After the Storm - DeSantis", "Harbour Masters After the Storm - DeSantis"},
		{"the future of harbour work - revised", "the future of harbour work - revised"},
		{"Ferry Fares After the Storm - Part Two", "Ferry Fares After the Storm - Part Two"},
		{"Ferry Fares After the Storm - Notes from a Harbour Institute", "Ferry Fares After the Storm - Notes from a Harbour Institute"},
		{"Annual Harbour Report 2012 - Harbour Council", "Annual Harbour Report 2012 - Harbour Council"},
		{"The Northward Expansion of the Ferries (original) (raw)", "The Northward Expansion of the Ferries"},
		{"The Future of Harbour Deterrence (opens in new tab)", "The Future of Harbour Deterrence"},
		{"Ferry Fares and the Island Councils (harbours.gov)", "Ferry Fares and the Island Councils"},
		{"Ferry Fares and the Island Councils (harbourpolicy.org)", "Ferry Fares and the Island Councils"},
		{"港湾の国内情勢と対外政策 - 概要", "港湾の国内情勢と対外政策 - 概要"},
		{"Ferry Fares After the Storm - Clingendael ...", "Ferry Fares After the Storm"},
		{"Ferry Fares After the Storm - Part Two ...", "Ferry Fares After the Storm - Part Two ..."},
		{"Planning for the Post-Storm Era | VoxHarbour", "Planning for the Post-Storm Era"},
		{"Planning for the Post-Storm Era | Post-Storm", "Planning for the Post-Storm Era | Post-Storm"},
		{"港湾の国内情勢と対外政策 - 日本港湾研究所", "港湾の国内情勢と対外政策"},
		{"Harbour Poverty 2017 - Joseph Harbour Foundation", "Harbour Poverty 2017"},
		{"Harbour Poverty - Foundation", "Harbour Poverty - Foundation"},
		{"Научная статья на тему 'Harbour Lights of the Northern Isles'", "Harbour Lights of the Northern Isles"},
		{"Article on the topic «Harbour Lights of the Northern Isles»", "Harbour Lights of the Northern Isles"},
		{"restricted access Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles"},
		{"Restricted Access to the Harbours of the Northern Isles", "Restricted Access to the Harbours of the Northern Isles"},
		{"Home / Work: Ferry Workers of the Isles", "Home / Work: Ferry Workers of the Isles"},
		{"In lieu of an abstract, here is a brief excerpt of the content: Editor's Note", "Editor's Note"},
		{"In lieu of an abstract, here is a brief excerpt of the content:", "In lieu of an abstract, here is a brief excerpt of the content:"},
		{"Home > Research > Ferries > Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles"},
		{"Home [ ECONOMY ] Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles"},
		{"Home / Research / Harbour Lights: A/B Tests of the Isles", "Harbour Lights: A/B Tests of the Isles"},
		{"Home > Research > Ferries", "Home > Research > Ferries"},
		{"Home/Away: Ferry Workers of the Isles", "Home/Away: Ferry Workers of the Isles"},
		{"Home Front: Ferry Workers of the Isles", "Home Front: Ferry Workers of the Isles"},
		{"", ""},
	} {
		if got := trimTitleTail(c.in); got != c.want {
			t.Errorf("trimTitleTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRecordTitle: a repository record's heading ("Publication: Title") gives
// the title without its label; the value under a bare record label
// ("Series") is no title, though an abstract may open with the title; a
// menu's last label ("About") does not run on into the title below it.
func TestRecordTitle(t *testing.T) {
	const body = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n"
	for _, c := range []struct{ head, want string }{
		{"Publication: Harbour Lights of the Northern Isles\nLoading...\nPublished\n2016-07\n", "Harbour Lights of the Northern Isles"},
		{"Publication: Policy Brief\n\nHarbour Lights of the Northern Isles\n", "Harbour Lights of the Northern Isles"},
		{"Item: Harbour Lights of the Northern Isles\nSeries\nField Notes on Coastal Heritage\nAuthor(s)\nVollstedt, Annika\n", "Harbour Lights of the Northern Isles"},
		{"Abstract\n\nHarbour Lights of the Northern Isles\n", "Harbour Lights of the Northern Isles"},
		{"Download \"Harbour Lights of the Northern Isles\"\nBy Annika Vollstedt\n", "Harbour Lights of the Northern Isles"},
		{"Download Harbour Lights of the Northern Isles\nHarbour Lights of the Northern Isles\nBy Annika Vollstedt\n", "Harbour Lights of the Northern Isles"},
		{"Download Speeds and the Rural Digital Divide\nBy Annika Vollstedt\n", "Download Speeds and the Rural Digital Divide"},
		{"Coast Review\nHome\nRegions\nAbout\n\nHarbour Lights of the Northern Isles\n12 May 2020\n", "Harbour Lights of the Northern Isles"},
	} {
		p := Read(c.head+body, Hints{})
		if p.Title != c.want {
			t.Errorf("%q: title %q, want %q (skip %q)", c.head, p.Title, c.want, p.Skip)
		}
	}
}

// TestNoTitleFallback: a page whose rules find no title is indexed under
// its best-ranked line when it shows a document's marks (here a byline),
// never under the byline itself; prose alone, without such marks, is no
// publication.
func TestNoTitleFallback(t *testing.T) {
	const prose = "The island economy depends on a handful of harbours whose dues are set by boards that answer to the mainland, and this paper asks how much of the islands' income those dues take each year and who pays them in the end.\n\nThe dues are levied per tonne of cargo and per passenger, and they have risen faster than prices in every year since the boards were merged.\n"
	p := Read("By Annika Vollstedt and Per Lindqvist\n\n"+prose, Hints{})
	if p.Skip != "" || p.Title == "" || strings.Contains(p.Title, "Vollstedt") {
		t.Errorf("with a byline: skip %q, title %q; want indexed under a line of the text", p.Skip, p.Title)
	}
	const two = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n\nThe dues are levied per tonne of cargo and per passenger, and they have risen faster than prices in every year since the boards were merged into one authority for all the isles.\n"
	p = Read("By Annika Vollstedt\n\n12 May 2020"+two+two+two, Hints{})
	if p.Skip != "" || p.Title == "" || strings.Contains(p.Title, "Vollstedt") {
		t.Errorf("with a single byline and a date: skip %q, title %q; want indexed under a line of the text", p.Skip, p.Title)
	}
	if p := Read(prose, Hints{}); p.Skip == "" {
		t.Errorf("prose alone: indexed as %q, want skipped", p.Title)
	}
	// no document's marks, but a heading rerank is sure of over two paragraphs
	page := "Island Harbours\nArticlesEnglish Articles\n\nThe Isles: An Inconvenient Truth But Inevitable Ferry War?\n\n" +
		"Abstract: Amid a rapid rise in the harbour trade, the mainland has ramped up its claims on the ferry routes of the northern isles, and the councils ask what this means for them.\n\n" +
		"Problem statement: Is the mainland likely to take over the ferries in light of its present or near-future state of affairs? \n\n" +
		"So what?: The island councils should keep supporting the harbour accord and write the ferry rules into their own charters to deter a takeover of the routes.\n\n" +
		"Source: shutterstock.com/KESTREL POINT\n\nA Renegade Isle Awaiting the Ferries\n"
	if p := Read(page, Hints{}); p.Title != "The Isles: An Inconvenient Truth But Inevitable Ferry War?" {
		t.Errorf("a sure heading over text: title %q (skip %q), want the heading", p.Title, p.Skip)
	}
	// the same heading over one paragraph: too little text to tell it from a site's own page
	one := "Island Harbours\nArticlesEnglish Articles\n\nThe Isles: An Inconvenient Truth But Inevitable Ferry War?\n\n" +
		"Abstract: Amid a rapid rise in the harbour trade, the mainland has ramped up its claims on the ferry routes of the northern isles, and the councils ask what this means for them.\n"
	if p := Read(one, Hints{}); p.Skip == "" {
		t.Errorf("a sure heading over one paragraph: indexed as %q, want skipped", p.Title)
	}
}

// TestTrimTitleAuthor: a byline run into the end of a title is cut when
// the page prints the name on another line too ("…ResetBy Jane Roe", a
// name with a footnote's figure or before "Abstract"), and kept when no
// other line names it ("… Outplayed By Vladimir Putin", "… Desert Storm
// 2"); "By Numbers and Tables" and "Part 2" are no names.
func TestTrimTitleAuthor(t *testing.T) {
	checkTrimTitle(t, []trimCase{
		{"Beyond the Harbour ResetBy Annika Vollstedt %", "Annika Vollstedt", "Beyond the Harbour Reset"},
		{"The Harbour in the Island's Foreign Policy By Per Lindqvist", "PER LINDQVIST", "The Harbour in the Island's Foreign Policy"},
		{"Ferry Fares: Synthesis or Uneasy Compromise? Annika Vollstedt 1", "1 Annika Vollstedt is a fellow of the Harbour Institute.", "Ferry Fares: Synthesis or Uneasy Compromise?"},
		{"Reflections on the Ferries of the Isles Per Lindqvist1", "Per Lindqvist, Kestrel Point University", "Reflections on the Ferries of the Isles"},
		{"Reflections on the Ferries of the Isles Jürgen Müller1", "Jürgen Müller, Kestrel Point University", "Reflections on the Ferries of the Isles"},
		{"Harbour Dues in the Northern Isles Annika Vollstedt Abstract", "Annika Vollstedt", "Harbour Dues in the Northern Isles"},
		{"Why the Isles Were Outplayed By Harbour Masters", "Annika Vollstedt", "Why the Isles Were Outplayed By Harbour Masters"},
		{"The Lessons of Operation Desert Storm 2", "Annika Vollstedt", "The Lessons of Operation Desert Storm 2"},
		{"Harbour Governance in the Isles By Numbers and Tables", "Numbers and Tables", "Harbour Governance in the Isles By Numbers and Tables"},
		{"The Future of Harbour Work Part 2", "Work Part", "The Future of Harbour Work Part 2"},
		{"HARBOUR GOVERNANCE IN THE NORTHERN ISLES ANNIKA VOLLSTEDT1", "The keepers lit the lamps.", "HARBOUR GOVERNANCE IN THE NORTHERN ISLES"},
		{"Harbour Governance in the Northern Isles Annika Vollstedt1", "The keepers lit the lamps.", "Harbour Governance in the Northern Isles Annika Vollstedt1"},
		{"HARBOUR GOVERNANCE AFTER WORLD WAR2", "The keepers lit the lamps.", "HARBOUR GOVERNANCE AFTER WORLD WAR2"},
	})
}

// TestCompleteCut: a sharing site's record line cuts the title short (in
// small letters, with a preview of the text after the cut); the cover
// run into a later line gives the whole title, up to its author's label,
// its author's name or an editor's line, never the author before it and
// never words that run on into the text.
func TestCompleteCut(t *testing.T) {
	const record = "\n16\nUpload: others\nPost on 20-Jul-2021\n1 views\n"
	for _, c := range []struct{ top, cover, want string }{
		{"harbour lights of the northern isles: keepers ...", "1 Harbour Lights of the Northern Isles: Keepers and their Logbooks Author: Annika Vollstedt, Kestrel Point",
			"Harbour Lights of the Northern Isles: Keepers and their Logbooks"},
		{"harbour lights of the northern isles: keepers...", "1 Harbour Lights of the Northern Isles: Keepers and their Logbooks Annika Vollstedt in Per Lindqvist (editor), Island Studies",
			"Harbour Lights of the Northern Isles: Keepers and their Logbooks"},
		{"harbour lights of the northern isles: keepers ...... the lamps were lit, i.e.,...", "Harbour Lights of the Northern Isles: Keepers and their Logbooks EDITED BY DR. PER LINDQVIST, VISITING FELLOW",
			"Harbour Lights of the Northern Isles: Keepers and their Logbooks"},
		{"why are the harbour dues so high?...key findings. •the dues rose...", "Annika Vollstedt Why Are the Harbour Dues So High?",
			"Why Are the Harbour Dues So High?"}, // the name before it is not prepended; the cover's capitals are kept
		// a record in small letters made from a file name stops short without a mark
		{"harbour lights of the northern isles", "HARBOUR LIGHTS OF THE NORTHERN ISLES A CASE STUDY OF THE KEEPERS The keepers of the isles lit their lamps in three waves.",
			"HARBOUR LIGHTS OF THE NORTHERN ISLES A CASE STUDY OF THE KEEPERS"},
		{"harbour lights of the northern isles a case study", "HARBOUR LIGHTS OF THE NORTHERN ISLES A CASE STUDY The keepers of the isles lit their lamps in three waves.",
			"HARBOUR LIGHTS OF THE NORTHERN ISLES A CASE STUDY"}, // the same words, in the cover's capitals, without the text after them
		// the same words in the cover's capitals, whatever mark cut the record
		{"lamps before ferries: what the winter accounts of the harbour board show€¦", "12 HARBOUR | March 2019 Lamps Before Ferries: What the Winter Accounts of the Harbour Board Show Anna Berg and Per Lindqvist The board keeps two ledgers",
			"Lamps Before Ferries: What the Winter Accounts of the Harbour Board Show"},
		// a cover heading in another language ends the title
		{"los faros de las islas: el ...", "2. Los faros de las islas: el caso del norte Introducción los faros de las islas del norte son muchos, y cada uno tiene sus reglas.",
			"Los faros de las islas: el caso del norte"},
		// a horizon year after "until" is the title's
		{"o futuro dos portos das ilhas: questões para o...", "O FUTURO DOS PORTOS DAS ILHAS: QUESTÕES PARA O DESENVOLVIMENTO ATÉ 2035 Raphael Camargo Lima 2335",
			"O FUTURO DOS PORTOS DAS ILHAS: QUESTÕES PARA O DESENVOLVIMENTO ATÉ 2035"},
		// no end before the text runs on: the record's words stay
		{"harbour lights of the northern isles ...", "Harbour Lights of the Northern Isles, Keepers and the Lamps Annika Vollstedt Island Harbour Minister Per Lindqvist declared in November 2017 that",
			"harbour lights of the northern isles ..."},
	} {
		ls := split(c.top + record + c.cover + "\n")
		r := reader{ls: ls, names: make([]int8, len(ls))}
		got := r.completeCut(0, c.top)
		if got == "" {
			got = c.top
		}
		if got != c.want {
			t.Errorf("completeCut(%q) = %q, want %q", c.top, got, c.want)
		}
	}
}

// TestPrintedHead: a cover's title with its author's name run into its
// end loses the name when the page prints the title alone and the name
// apart; a Title Case title's last words stay, and so does a title broken
// over two lines whose second looks like a name.
func TestPrintedHead(t *testing.T) {
	checkTrimTitle(t, []trimCase{
		{"Harbour Lights of the Northern Isles Annika Vollstedt", "Harbour Lights of the Northern Isles\n© Annika Vollstedt, 2021", "Harbour Lights of the Northern Isles"},
		{"HARBOUR LIGHTS OF THE NORTHERN ISLES ANNIKA VOLLSTEDT", "Annika Vollstedt\nHARBOUR LIGHTS OF THE NORTHERN ISLES", "HARBOUR LIGHTS OF THE NORTHERN ISLES"},
		{"Harbour Lights of the Northern Isles Annika Vollstedt*", "Harbour Lights of the Northern Isles\nAnnika Vollstedt: Personal Note", "Harbour Lights of the Northern Isles"},
		{"Harbour Lights of the Northern Isles Annika Vollstedt", "© Annika Vollstedt, 2021", "Harbour Lights of the Northern Isles Annika Vollstedt"},
		{"Harbour Lights of the Northern Isles Annika Vollstedt", "Harbour Lights of the Northern Isles", "Harbour Lights of the Northern Isles Annika Vollstedt"},
		{"Harbour Lights of the Northern Isles Annika Vollstedt", "Harbour Lights of the Northern Isles\nHarbour Lights of the Northern Isles Annika Vollstedt", "Harbour Lights of the Northern Isles Annika Vollstedt"},
		{"Harbour Lights of the Northern Isles Anna Maria Berg", "Harbour Lights of the Northern Isles\n© Anna Maria Berg, 2021", "Harbour Lights of the Northern Isles"},
		{"Harbour Pilots and the Night Tide Workshop Report", "Harbour Pilots and the Night Tide\nWorkshop Report", "Harbour Pilots and the Night Tide Workshop Report"},
		{"Harbour Lights of the Northern Isles Why Now?", "Harbour Lights of the Northern Isles\nWhy Now? A Note on the Lamps", "Harbour Lights of the Northern Isles Why Now?"},
		{"Harbour Dues: Time to Rewrite Island Playbook", "Harbour Dues: Time to\nRewrite Island Playbook", "Harbour Dues: Time to Rewrite Island Playbook"},
	})
}

// TestSelfCite: a page that names itself only in the line it asks to be
// cited by (under the site's menu, over its text) takes its title from
// there; a heading printed before that line stays the title.
func TestSelfCite(t *testing.T) {
	const text = "The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n" +
		"Harbour dues rose twice in ten years, and the ferries' owners say the lamps and the logbooks cost them more each winter than the fares bring in.\n"
	for _, c := range []struct{ top, want string }{
		{"CENTRES\nProgrammes & Centres\nLocation\nAnna Berg and Per Lindqvist, “Ferry Fares and the Island Councils,” Harbour Issue Brief No. 84, Kestrel Point Institute, May 2021.\n",
			"Ferry Fares and the Island Councils"},
		{"Location\nAnna Berg, Per Lindqvist, and Li Wei, Eds., The Lamps of the Northern Isles: Keepers and their Logbooks, July 2025, Kestrel Point Institute.\n",
			"The Lamps of the Northern Isles: Keepers and their Logbooks"},
		{"Location\nAttribution: Anna Berg and Per Lindqvist, “Ferry Fares and the Island Councils,” Harbour Issue Brief No. 84, Kestrel Point Institute, May 2021.\n",
			"Ferry Fares and the Island Councils"},
		{"Ferry Fares in the Northern Isles\nAnna Berg and Per Lindqvist, “Ferry Fares and the Island Councils,” Harbour Issue Brief No. 84, Kestrel Point Institute, May 2021.\n",
			"Ferry Fares in the Northern Isles"},
		// a cut line of the text after the cite line: the cite line's title
		{"Location\nAnna Berg and Per Lindqvist, “Ferry Fares and the Island Councils,” Harbour Issue Brief No. 84, Kestrel Point Institute, May 2021.\nHowever, the island councils' continued quarrel with the ferry owners across the Isl\n",
			"Ferry Fares and the Island Councils"},
		// a related paper's citation above a bylined heading
		{"Related\nAnna Berg and Per Lindqvist, “Ferry Fares and the Island Councils,” Harbour Issue Brief No. 84, Kestrel Point Institute, May 2021.\nLamps and Logbooks of the Northern Isles\nBy Li Wei\n",
			"Lamps and Logbooks of the Northern Isles"},
	} {
		if p := Read(c.top+text, Hints{}); p.Title != c.want {
			t.Errorf("%q: title %q, want %q (skip %q)", c.top[:20], p.Title, c.want, p.Skip)
		}
	}
}

// TestJSONRecord: a page saved as a site's JSON record (a WordPress post,
// a catalogue's record) takes its title, day and authors from the record's
// fields, escapes undone, even when the record is cut short.
func TestJSONRecord(t *testing.T) {
	for _, c := range []struct{ text, title, date, authors string }{
		{`{"id":17,"date":"2021-03-29T06:00:49","modified":"2021-04-02T10:00:00","slug":"lamps","title":{"rendered":"\u2018Lamps\u2019 of the Northern Isles: (re-)lit"},"content":{"rendered":"<p>The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months and its own logbooks, and this post follows th`,
			"‘Lamps’ of the Northern Isles: (re-)lit", "2021-03-29", ""},
		{`{"title":"Harbour Dues &amp; the Island Councils","authors":"Anna Berg, Per Lindqvist","doi":"10.1111/hd.12378","abstract":"<p>We are coming to the end of a decade in which the island councils have argued with the ferry owners about the harbour dues, and this paper`,
			"Harbour Dues & the Island Councils", "", "Anna Berg; Per Lindqvist"},
		// the review's records: a nested title is not the page's, tags are dropped
		{`{"journal":{"title":"Journal of Harbour Studies"},"title":"Chips and the New Trade Blocs of the Isles","abstract":"The harbour board asked the ferries for their fares in the spring, and the island councils have quarrelled with the ferry owners ever since about who pays for the lamps."}`,
			"Chips and the New Trade Blocs of the Isles", "", ""},
		{`{"@context":"https://schema.org","breadcrumb":{"title":"Home"},"title":"Chips and the New Trade Blocs of the Isles","date":"2023-05-12T08:00:00","text":"The harbour board asked the ferries for their fares in the spring, and the island councils have quarrelled with the ferry owners ever since about who pays."}`,
			"Chips and the New Trade Blocs of the Isles", "2023-05-12", ""},
		{`{"id":7,"title":{"rendered":"<em>Lamps<\/em> of the Northern Isles \u2013 a history"},"content":{"rendered":"<p>The keepers of the northern isles lit their lamps in three waves, each with its own rules for the winter months and its own logbooks, and this post follows th`,
			"Lamps of the Northern Isles – a history", "", ""},
	} {
		p := Read(c.text+"\n", Hints{})
		date := ""
		if !p.Date.IsZero() {
			date = p.Date.String()
		}
		if p.Title != c.title || date != c.date || strings.Join(p.Authors, "; ") != c.authors {
			t.Errorf("%.30q: got %q %q %q, want %q %q %q (skip %q)", c.text, p.Title, date, p.Authors, c.title, c.date, c.authors, p.Skip)
		}
	}
}

// TestRepeatedOpening: a flattened cover that prints its title twice gives
// the title; a preview repeating the text's first sentence, a run that
// ends open and a line longer than the stretch searched give none.
func TestRepeatedOpening(t *testing.T) {
	long := strings.Repeat("The keepers of the northern isles lit their lamps in three waves each winter. ", 30)
	huge := strings.Repeat(strings.Repeat("lamp", 30)+" ", 30) // words so long that a few outrun the stretch searched
	for _, c := range []struct{ text, want string }{
		{"Harbour Lights of the Northern Isles Harbour Lights of the Northern Isles Event Report\n", "Harbour Lights of the Northern Isles"},
		{"7\nLess Lit Harbours. The isles' lamp policy and what it means for the ferries\nLess Lit Harbours. The isles' lamp policy and what it means for the ferries\nThe keepers…\n",
			"Less Lit Harbours. The isles' lamp policy and what it means for the ferries"},
		{"The keepers of the northern isles lit their lamps in three waves, each with its own rules and logbooks kept through the winter months. The keepers of the northern isles lit their lamps in three waves, each with its own rules and logbooks kept through the winter months.\n", ""},
		{"Journal of Harbour Studies, vol. 3 Journal of Harbour Studies, vol. 4\n", ""},
		{long + "\n", ""},
		{"Ferry Fares in the Northern Isles ProFerry Fares in the Northern Isles Event Report\n", ""},                                                                                                            // a repeat inside a word is none
		{"Ferry Fares in the Northern Isles " + strings.Repeat("lamps and logbooks ", 90) + "Ferry Fares in the Northern Isles\n", ""},                                                                           // past the stretch searched
		{"Office of Harbour Policy Events\nAbout Us\nThe Office of Harbour Policy Events seeks to host open debates on the isles' harbour dues.\n", ""},                                                          // a mention in a sentence
		{"The keepers of the northern isles lit their lamps in three waves, each with its own proxima... more The keepers of the northern isles lit their lamps in three waves, each with its own rules.\n", ""}, // a cut preview
		{huge + "\n" + huge + "\n", ""},
	} {
		ls := split(c.text)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.repeatedOpening(); got != c.want {
			t.Errorf("repeatedOpening(%.40q) = %q, want %q", c.text, got, c.want)
		}
	}
	// The page, read whole: the cover's title, where the rules found none.
	page := "Harbour Lights of the Northern Isles Harbour Lights of the Northern Isles Event Report The keepers of the northern isles lit their lamps in three waves, each with its own rules and logbooks, and the island councils paid for the oil until the ferries came, when the harbour dues were raised to pay for the light instead.\n"
	if p := Read(page, Hints{}); p.Title != "Harbour Lights of the Northern Isles" {
		t.Errorf("Read: title %q, want the title printed twice (skip %q)", p.Title, p.Skip)
	}
}

// TestNotTitleJournalHead: a journal's short running head with its ISSNs
// is never a title; a long line that holds an ISSN and the title run
// together is left to the span readers.
func TestNotTitleJournalHead(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Harbour Studies p-ISSN: 2163-2618 e-ISSN: 2163-2634", true},
		{"ISSUE: 2021 No. 30 ISSN 2335-6677 HARBOUR RESEARCHERS ANALYSE CURRENT EVENTS Kestrel Point | 12 March 2021 Back to the Harbour? Scenarios for the Isles", false},
		{"Harbour Studies and the Island Councils", false},
		{"ISSN and the Identity of Serials: A History", false},
		{"Annika Vollstedt1,&, Tomas Brandt1, Lena Ortiz2,3", true}, // a list of authors
		{"Vollstedt A.K., Brandt T.", true},
		{"Harbour Institute for Applied Ferry Analysis, Schlossplatz 1, A-2361 Kestrel, Isles", true}, // an address
		{"Harbour Dues, 2019, 12345 Ferries Later", false},
		{"Harbour Institute, Alt-Moabit 91, 10559 Kestrel", true},
		{"Island Ferry Statistics, 2019 Edition", false},
		{"1200 17th Street NW Kestrel, DC 20036 202.457.1700 fax 202.429.6063", true},
		{"Harbour Dues on Main Street in 2020", false},
	} {
		if got := NotTitle(c.line); got != c.want {
			t.Errorf("NotTitle(%q) = %v, want %v", c.line, got, c.want)
		}
		if c.want && titleShape(mkLine(c.line)) {
			t.Errorf("titleShape(%q) = true, want false for a running head or a list of authors", c.line)
		}
	}
	// three full names: never the title, though the rules' shape lets it by
	if l := "Annika Vollstedt, Tomas Brandt and Lena Ortiz"; !NotTitle(l) {
		t.Errorf("NotTitle(%q) = false, want true", l)
	}
}

// TestJoinEchoed: a title broken over a cover's lines is joined when
// another line (a record, a running head) ends with the joined words; a
// name, an ISBN, a labelled field or a line that runs on is never joined.
func TestJoinEchoed(t *testing.T) {
	for _, c := range []struct{ page, title, want string }{
		{"How Can the Isles Be Defended\nagainst the Winter Storms?\nAnna Berg\nHARBOUR BRIEFS - HOW CAN THE ISLES BE DEFENDED AGAINST THE WINTER STORMS?\n",
			"How Can the Isles Be Defended", "How Can the Isles Be Defended against the Winter Storms?"},
		{"Download ferry fares, harbour dues and the isles\nFERRY FARES, HARBOUR DUES\nAND THE ISLES\n",
			"FERRY FARES, HARBOUR DUES", "FERRY FARES, HARBOUR DUES AND THE ISLES"},
		{"Ferry Fares and the Isles\nAnna Berg\nDownload Ferry Fares and the Isles Anna Berg\n",
			"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
		{"Ferry Fares and the Isles\n9781234567897\nDownload Ferry Fares and the Isles 9781234567897\n",
			"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
		{"Ferry Fares and the Isles\nEditors: Anna Berg\nFerry Fares and the Isles Editors: Anna Berg\n",
			"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
		{"FERRY FARES,\nTHE HARBOUR DUES\nAND THE ISLES\nDownload ferry fares, the harbour dues and the isles\n",
			"FERRY FARES,", "FERRY FARES, THE HARBOUR DUES AND THE ISLES"},
		{"Ferry Fares and the Isles\nand the nine harbours of the outer isles in the winter months\nDownload Ferry Fares and the Isles and the nine harbours of the outer isles in the winter months\n",
			"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
		{"Ferry Fares and the Isles\nin Winter\nFerry Fares and the Isles in Winter and Summer\n",
			"Ferry Fares and the Isles", "Ferry Fares and the Isles"},
	} {
		ls := split(c.page)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.joinEchoed(c.title); got != c.want {
			t.Errorf("joinEchoed(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestLeadLabel: a kind's label without a number, or a page's button, run
// into a title's start is cut; a title that opens with "Report" or an
// article "A" keeps it.
func TestLeadLabel(t *testing.T) {
	r := reader{}
	for _, c := range []struct{ in, want string }{
		{"SPECIAL REPORT Harbour horizons Strengthening the isles' ferries", "Harbour horizons Strengthening the isles' ferries"},
		{"UNCLASSIFIED Country Profile of the North Isles", "Country Profile of the North Isles"},
		{"4 | El legado del programa de los puertos en las islas", "El legado del programa de los puertos en las islas"},
		{"HF3020 Refit and the Limits of the Island Ferry Fleet", "HF3020 Refit and the Limits of the Island Ferry Fleet"},
		{"1810 UMA PROPOSTA PARA AS TARIFAS DOS PORTOS", "UMA PROPOSTA PARA AS TARIFAS DOS PORTOS"},
		{"2021 HARBOUR DUES OF THE NORTH ISLES", "2021 HARBOUR DUES OF THE NORTH ISLES"},
		{"10 Reasons the Ferries Cost More in Winter", "10 Reasons the Ferries Cost More in Winter"},
		{"POLICY REPORT Ferry Fares and the Island Councils", "Ferry Fares and the Island Councils"},
		{"Policy Report Cards for the Island Councils", "Policy Report Cards for the Island Councils"},
		{"Special Report Card on the Harbour Goals", "Special Report Card on the Harbour Goals"},
		{"Adjust font size: Ferry Fares and the Island Councils", "Ferry Fares and the Island Councils"},
		{"A A Is the Harbour Ready for Winter?", "Is the Harbour Ready for Winter?"},
		{"Portada de Las tarifas de los transbordadores", "Las tarifas de los transbordadores"},
		{"ДОКЛАД ПАРОМЫ И ОСТРОВА СЕВЕРА", "ПАРОМЫ И ОСТРОВА СЕВЕРА"},
		{"Report of the Harbour Commission on Ferry Fares", "Report of the Harbour Commission on Ferry Fares"},
		{"A Harbour for the Isles", "A Harbour for the Isles"},
		{"POLICY BRIEF writing for the isles and their ferries", "POLICY BRIEF writing for the isles and their ferries"},
	} {
		if got := r.trimAffixes(c.in); got != c.want {
			t.Errorf("trimAffixes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// a paper's code before the title is cut when the page prints it again
	title := "19-19 The Harbour Board's Existential Crisis: How to Save It"
	pr := pageReader(title + "\nPOLICY BRIEF 19-19 The Harbour Board's lawyers seem content to let it expire.\n")
	if got := pr.trimAffixes(title); got != "The Harbour Board's Existential Crisis: How to Save It" {
		t.Errorf("trimAffixes(%q) with the code printed again = %q, want it cut", title, got)
	}
	if got := r.trimAffixes(title); got != title {
		t.Errorf("trimAffixes(%q) with the code printed once = %q, want it kept", title, got)
	}
}

// TestNotAuthor: an author's name taken for the title, when the page says
// who the person is, gives way to the best line that is no one's name; a
// name-shaped title the page says nothing about stays.
func TestNotAuthor(t *testing.T) {
	if spanWeights == nil {
		t.Skip("the reranker is off")
	}
	const page = "Anna Lindqvist\nAnna Lindqvist is Research Fellow in the Harbour Unit, based in Kestrel Point. Her research looks at the ferries of the isles.\n" +
		"Some lessons from a life on the ferries\nWhen I was fifteen years old, I learned something startling about the harbour and the lamps that the keepers lit each night.\n"
	ls := split(page)
	r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
	if got, ok := r.notAuthor("Anna Lindqvist", []string{"Anna Lindqvist"}); !ok || got != "Some lessons from a life on the ferries" {
		t.Errorf("notAuthor = %q, %v; want the line under the note", got, ok)
	}
	if got, ok := r.notAuthor("Anna Lindqvist", nil); ok {
		t.Errorf("notAuthor = %q for a person's page with no byline; want the name kept", got)
	}
	ls = split(strings.Replace(page, "Anna Lindqvist is Research Fellow", "The unit's fellows work", 1))
	r = reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
	if got, ok := r.notAuthor("Anna Lindqvist", []string{"Anna Lindqvist"}); ok {
		t.Errorf("notAuthor = %q without a note on the person; want the title kept", got)
	}
	if got, ok := r.notAuthor("Making Harbours Work", []string{"Making Harbours Work"}); ok {
		t.Errorf("notAuthor = %q for a misread name; want the title kept", got)
	}
}

// TestTopLevelFields: only the record's own level counts, values keep
// their raw text, and a record cut short gives what comes before the cut.
func TestTopLevelFields(t *testing.T) {
	for _, c := range []struct {
		in   string
		want map[string]string
	}{
		{`{"a":"x, y","b":{"a":"no"},"c":[1,{"a":2}],"d":3}`, map[string]string{"a": `"x, y"`, "b": `{"a":"no"}`, "c": `[1,{"a":2}]`, "d": "3"}},
		{`{"a":"x \" }","b":"cut sho`, map[string]string{"a": `"x \" }"`, "b": `"cut sho`}},
		{`{"a":`, map[string]string{"a": ""}},
		{`{`, map[string]string{}},
	} {
		if got := topLevelFields(c.in); !cmp.Equal(got, c.want) {
			t.Errorf("topLevelFields(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestLabelledRecordTitle: a record's labelled title over another of its
// fields is its title; a container's title ("Journal title:") or a title
// over a line that is no record field is not read this way.
func TestLabelledRecordTitle(t *testing.T) {
	for _, c := range []struct {
		page string
		want string
	}{
		{"Título: O canal e os barqueiros\nAutor: Vance, Orla\n", "O canal e os barqueiros"},
		{"Journal title: Journal of Harbour Studies\nAuthor: Anna Berg\nArticle title: Ferry Fares and the Isles\n", ""},
		{"Título: O canal e os barqueiros\nNota: a primeira versão saiu em 2011\n", ""},
	} {
		ls := split(c.page)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if _, got := r.labelledRecordTitle(); got != c.want {
			t.Errorf("labelledRecordTitle(%.30q) = %q, want %q", c.page, got, c.want)
		}
	}
}

// trimCase is a title, another line of its page and the title trimTitle
// should give.
type trimCase struct{ title, other, want string }

// checkTrimTitle reads each case's two lines as a page and checks
// trimTitle on its title.
func checkTrimTitle(t *testing.T, cases []trimCase) {
	t.Helper()
	for _, c := range cases {
		ls := split(c.title + "\n" + c.other + "\n")
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.trimTitle(c.title); got != c.want {
			t.Errorf("trimTitle(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

// TestMarkedNameList checks that a list of authors with their affiliations'
// marks, or with initials, is never a title, and a title naming places is.
func TestMarkedNameList(t *testing.T) {
	for _, c := range []struct {
		in            string
		broad, strict bool
	}{
		{"Annika Vollstedt1,&, Tomas Brandt1, Lena Ortiz2,3, Li Wei1", true, true},
		{"Vollstedt A.K., Brandt T.", true, true},
		{"вольштедт а.к., Брандт т.т", true, true},
		{"A. K. Vollstedt, T. Brandt", true, true},
		{"North Isles, South Isles and the Harbour Union", false, false},
		{"Annika Vollstedt, Tomas Brandt", false, false},
		{"Harbour Union 2030, Ferry Plans 2040", false, false},
		{"Authors Annika VOLLSTEDT, Tomas BRANDT", true, true},
		{"Annika Vollstedt, Tomas Brandt and Lena Ortiz", true, false},
		{"Annika VollstedtTomas BrandtLena S. Ortiz", true, false},
		{"North Isles, South Isles and Harbour Union", true, false}, // three two-word names: a list, whatever they name
		{"Ferries, Fares and Harbour Councils", false, false},
		{"HarbourLights FerryBoats", false, false},
	} {
		if got := markedNameList(c.in, true); got != c.broad {
			t.Errorf("markedNameList(%q, broad) = %v, want %v", c.in, got, c.broad)
		}
		if got := markedNameList(c.in, false); got != c.strict {
			t.Errorf("markedNameList(%q, strict) = %v, want %v", c.in, got, c.strict)
		}
	}
}

// TestBrokenProseCJK checks that a Japanese paragraph broken across lines
// of a PDF's text is read as prose, so the page is a publication, while a
// list of short CJK lines is not.
func TestBrokenProseCJK(t *testing.T) {
	page := "第1章 北の島の港湾政策は地域の中核概念たり得るか\n\n第1章 北の島の港湾政策は地域の中核概念たり得るか\n田中\n港\nはじめに\n" +
		"港湾の料金は冬になると上がり、島の議会は何年も前からその理由を問\n" +
		"い続けてきた。本稿はその経緯をたどり、料金の決め方を改める道を考え\n" +
		"るとともに、島ごとの違いがどこから来たのかを、議会の記録から読み解\n" +
		"いていく。冬の料金が夏より高いのは燃料のためだと言われてきたが、帳\n"
	if p := Read(page, Hints{}); p.Title != "第1章 北の島の港湾政策は地域の中核概念たり得るか" {
		t.Errorf("Read: title %q, want the chapter's heading (skip %q)", p.Title, p.Skip)
	}
	list := []line{mkLine("港湾の料金は冬になると上がり、島の議会はその理由を問い続けてきた。"), mkLine("本稿はその経緯をたどり、料金の決め方を改める道を考える。"),
		mkLine("冬の料金が夏より高いのは燃料のためだと言われてきたのである。")}
	// a listing's titles, each over its teaser cut short
	list = append(list, mkLine("Harbour dues: Why the isles pay more in the winter months"), mkLine("港湾の料金は冬になると上がり、島の議会は何年も前からその理由を問い続けて"),
		mkLine("Ferry fares: How the councils can share the cost of the crossing"), mkLine("本稿はその経緯をたどり、料金の決め方を改める道を考えるとともに、島ごと"))
	markBrokenProse(list)
	for _, l := range list {
		if l.prose {
			t.Errorf("markBrokenProse: %q marked as a broken paragraph's line, though each line ends its sentence or is a listing's", l.text)
		}
	}
}

// TestDottedTitle checks that a heading whose subtitle follows a full stop
// is a title, while sentences and a catalogue's record are not.
func TestDottedTitle(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The multi-speed isles. Reinforcing the ferry links of the three island councils", true},
		{"Case of the North Isle. The Harbour Board in the Ferry Dispute: Lessons Learned", true},
		{"The harbour dues rose again. The councils asked why.", false},
		{"The state of the ferries. Kestrel Point, North Isle: Harbour Research Institute", false},
		{"Ferry Reports / Harbour Institute Kestrel Point. Kestrel Point : HI, 2003 - 2013", false},
		{"The harbour dues rose again. The councils asked the mainland why. Nobody answered them", false},
	} {
		if got := dottedTitle(c.in); got != c.want {
			t.Errorf("dottedTitle(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	page := "The multi-speed isles. Reinforcing the ferry links of the three island councils\n\n" +
		"The isles are often seen from the mainland as one region. However, their harbours, their councils and their ferries differ, and so do the ways each of them has chosen to keep its crossings open through the winter.\n"
	if p := Read(page, Hints{}); p.Title != "The multi-speed isles. Reinforcing the ferry links of the three island councils" {
		t.Errorf("Read: title %q, want the dotted heading (skip %q)", p.Title, p.Skip)
	}
}

// TestCasedBreak checks that a stop followed by a small letter (a typo's or
// an abbreviation's) does not make a title a sentence.
func TestCasedBreak(t *testing.T) {
	for _, c := range []struct {
		in            string
		cased, broken bool
	}{
		{"Harbour doctrines and stable ferry. relationships: the case of the isles", false, true},
		{"The dues rose. The councils asked why the ferries cost more in winter; nobody answered them.", true, true},
		{"Harbour Dues in the Isles", false, false},
	} {
		if got := casedBreak(c.in); got != c.cased {
			t.Errorf("casedBreak(%q) = %v, want %v", c.in, got, c.cased)
		}
		if got := sentenceBreak(c.in); got != c.broken {
			t.Errorf("sentenceBreak(%q) = %v, want %v", c.in, got, c.broken)
		}
		if l := split(c.in)[0]; l.prose && titleShape(l) == c.cased {
			t.Errorf("titleShape(%q) = %v, want %v", c.in, !c.cased, !c.cased)
		}
	}
	page := "Harbour doctrines and stable ferry. relationships: the case of the northern isles\n\nSimilar documents\n" +
		"Introduction: The Isles and Theories of Ferry Deterrence: Island Perspectives\n\n" +
		"Kestrel Rethinking of its First Crossing Policy: Implications for Island Stability\n\nHB/CONF.2020/PC.II/WP.30\n\n" +
		"The 25 years since the end of the ferry war have seen several notable\n\n" +
		"Ferry Deterrence: An Interview with Anna Berg\n\nHarbour and Deterrence: A Keeper s View\n\nKestrel s Ferry Doctrine\n\n" +
		"Kestrel s Ferry Deterrence: Examination and Analysis\n\nThe Harbour Crescent\n\n" +
		"Reconsidering minimum deterrence in the isles: island responses to Kestrel s tactical ferries\n\n" +
		"Implications of the Growing Ferry Nexus on the Island Geopolitics\n\n" +
		"The 2013 Harbour White Paper: Strategic Guidance Without Strategy\n\nChapter 8: The Use of Ferries\n\nIs stable ferry deterrence feasible?\n"
	if p := Read(page, Hints{}); p.Title != "Harbour doctrines and stable ferry. relationships: the case of the northern isles" {
		t.Errorf("Read: title %q, want the heading above the similar documents (skip %q)", p.Title, p.Skip)
	}
}

// TestCapsJoiner checks that a capitals title broken at a joining word of
// any language ("… E" / "TARIFAS INSULARES", "… REFORMA" / "EN LAS ISLAS")
// is read whole, not as a title and an author.
func TestCapsJoiner(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Sei sulla pagina 1di 30\n\n2492\n\nPROTEÇÃO DOS PORTOS E\nTARIFAS INSULARES\n\nCarolina Vollstedt\nSergio Brandt\n2492\nTEXTO PARA DISCUSSÃO\nRio de Janeiro, julho de 2019\n\n" +
			"PROTEÇÃO DOS PORTOS E TARIFAS INSULARES\n\nCarolina Vollstedt1\nSergio Brandt2\n\n" +
			"O texto estuda as tarifas dos portos das ilhas do norte, que sobem a cada inverno, e as razões que os conselhos das ilhas apresentaram ao longo dos anos.\n",
			"PROTEÇÃO DOS PORTOS E TARIFAS INSULARES"},
		{"Está en la página 1de 41\n\nSerie Documentos de Trabajo\n\nSuperintendencia de Puertos\nAlameda 1449.\nKestrel, Islas.\nwww.spuertos.example\n\n" +
			"DOCUMENTO DE TRABAJO N 45\n\nIMPLEMENTACIÓN DE LA REFORMA PORTUARIA\n\n\nEN LAS ISLAS\nSolange Vollstedt\nAbril 2011\n" +
			"Los Documentos de Trabajo son una línea de publicaciones de la Superintendencia de Puertos, que estudian las tarifas de los transbordadores de las islas.\n",
			"IMPLEMENTACIÓN DE LA REFORMA PORTUARIA EN LAS ISLAS"},
		{"SlideShare una empresa de Scribd logo\n1 de 584\nDescargar para leer sin conexión\nLÍDERES PARA LA GESTIÓN EN\nPUERTOS CIUDADANOS Y JUSTICIA\n" +
			"Karelia Villa Mar, Viviana Vélez-Brandt, Bárbara Cedillo, Andrés Ortiz\ny Pavel Munguía\n" +
			"Esta publicación está basada en el material de aprendizaje del curso masivo en línea de los puertos de las islas, que el consorcio de tres universidades preparó.\n",
			"LÍDERES PARA LA GESTIÓN EN PUERTOS CIUDADANOS Y JUSTICIA"},
		// a mirror's record cut at "PARA", its cover line run into the authors
		{"portos 2035: tendências de peso e incertezas para\n\n48\nPORTOS 2035: TENDÊNCIAS DE PESO E INCERTEZAS PARA TARIFAS INSULARES Claudio Vollstedt Yacine Brandt Helder Rogério Sant’Ana Ortiz 2337\n\n" +
			"Upload: others\n\nPost on 05-Nov-2021\n\n0 views\n\nCategory:\n\nDocuments\n\n\n0 download\n\n" +
			"O texto estuda as tarifas dos portos das ilhas do norte, que sobem a cada inverno, e as razões que os conselhos das ilhas apresentaram ao longo dos anos.\n",
			"PORTOS 2035: TENDÊNCIAS DE PESO E INCERTEZAS PARA TARIFAS INSULARES"},
		// a cover broken over lines, printed again on the title page broken at "PARA"
		{"Você está na página 1de 48\n\n2337\n\nPORTOS 2035: TENDÊNCIAS\n\n\nDE PESO E INCERTEZAS PARA\nTARIFAS INSULARES\n\nClaudio Vollstedt Monteiro\n\n\n" +
			"Yacine Brandt\nHelder Rogério Sant’Ana Ortiz\n\ntd_Portos2035_capa.indd 2 25/09/2017 17:07:50\n\n\n2337\nTEXTO PARA DISCUSSÃO\nRio de Janeiro, setembro de 2017\n\n" +
			"PORTOS 2035: TENDÊNCIAS DE PESO E INCERTEZAS PARA\n\n\nTARIFAS INSULARES\n\nClaudio Vollstedt Monteiro1\n\n\nYacine Brandt2\nHelder Rogério Sant’Ana Ortiz3\n\n1. Sociólogo.\n2. Sociólogo.\n" +
			"3. Técnico de planejamento e pesquisa na Diretoria de Estudos dos Portos, das Ilhas e dos Conselhos (Dieps) do Instituto.\n",
			"PORTOS 2035: TENDÊNCIAS DE PESO E INCERTEZAS PARA TARIFAS INSULARES"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.want {
			t.Errorf("%.30q: title %q, want %q (skip %q)", c.page, p.Title, c.want, p.Skip)
		}
	}
}

// TestLetterSpacedSection checks that a section heading set letter by
// letter is no title's shape, and a spaced title's initials are.
func TestLetterSpacedSection(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"S U M M A R Y", false},
		{"A B S T R A C T", false},
		{"T H E H A R B O U R D U E S O F T H E I S L E S", true}, // a short line so set is a logo (spacedLogo)
	} {
		if got := titleShape(mkLine(c.in)); got != c.want {
			t.Errorf("titleShape(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
