package generic

import (
	"strings"
	"testing"
)

// Rows for the capabilities added after the O batch was read, in invented
// words: each fails when the line it names is broken (docs/mutations.md,
// section "After the O batch was read").

// islandProse is three paragraphs of a publication's text.
const islandProse = "The northern isles depend on two ferries a week, and in winter storms they often run neither. The harbour board has proposed a third sailing, but the island councils say the mainland should pay for it, and the two sides have not agreed in three years of talks.\n\n" +
	"This note reviews how harbour dues have changed over the past decade, compares the positions of the three councils, and sets out several ways to add winter sailings without raising the dues that residents pay on every crossing.\n\n" +
	"Harbour dues were first set to keep the quays in repair, never to pay for running the boats themselves, which is why the councils reject using them for a third sailing and ask for a grant from the mainland instead.\n"

// TestArrowLineHidesNoTitle: a line of arrows over the title must not
// hide the title's own line from rerank (a run from the arrows has the
// same letters), so a cover's title run into its byline and series below
// loses to the title printed alone.
func TestArrowLineHidesNoTitle(t *testing.T) {
	page := "<<\n\nHarbour Dues and the Island Councils\n\nAnnika Vollstedt March 3, 2019\n\n" +
		"Harbour Dues and the Island Councils Annika Vollstedt Policy Note #2 2019\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Harbour Dues and the Island Councils" {
		t.Errorf("title %q (skip %q), want the title printed alone", p.Title, p.Skip)
	}
}

// TestFrontMatterCut checks that a report's front-matter headings run
// onto its title's end are cut, and titles that end with such a word
// keep it.
func TestFrontMatterCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"FERRY TRAFFIC IN THE NORTHERN ISLES 2030 Introduction Contents", "FERRY TRAFFIC IN THE NORTHERN ISLES 2030"},
		{"HARBOUR DUES ASSESSMENT GUIDE FOR COUNCILS Acknowledgements", "HARBOUR DUES ASSESSMENT GUIDE FOR COUNCILS"},
		{"Ferry Fares in the Outer Isles Table of Contents", "Ferry Fares in the Outer Isles"},
		{"Проблемы паромов северных островов Featured", "Проблемы паромов северных островов"},
		// kept: a title's own last word
		{"Harbour Economics: A Very Short Introduction", "Harbour Economics: A Very Short Introduction"},
		{"Ferry Dues in the Abstract", "Ferry Dues in the Abstract"},
		{"Island Ferry Fares Summary", "Island Ferry Fares Summary"},
		{"Why Island Women Are Rarely Featured", "Why Island Women Are Rarely Featured"},
		{"Notes on Scholarly Acknowledgements", "Notes on Scholarly Acknowledgements"},
		{"HARBOUR DUES ASSESSMENT GUIDE ACKNOWLEDGEMENTS", "HARBOUR DUES ASSESSMENT GUIDE ACKNOWLEDGEMENTS"},
		{"PRESENTACIÓN DEL NUEVO ÍNDICE", "PRESENTACIÓN DEL NUEVO ÍNDICE"},
		{"Contents", "Contents"},
	} {
		if got := frontMatterCut(c.in); got != c.want {
			t.Errorf("frontMatterCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// and through the whole reader: the title line does not take the
	// headings back from the line it was cut from
	page := "FERRY TRAFFIC IN THE NORTHERN ISLES 2030\n\nFERRY TRAFFIC IN THE NORTHERN ISLES 2030 Introduction Contents\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "FERRY TRAFFIC IN THE NORTHERN ISLES 2030" {
		t.Errorf("Read: title %q, want the headings cut", p.Title)
	}
	page = "Thursday, 9 March 2017 10:12\n\nПроблемы паромов северных островов сегодня Featured\n\nWritten by\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Проблемы паромов северных островов сегодня" {
		t.Errorf("Read: title %q, want the badge cut", p.Title)
	}
}

// TestEditorCut checks that an editor's byline run onto a title is cut
// in several languages, and a title with those words inside keeps them.
func TestEditorCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Una flotta sotto pressione: spese e vantaggi a cura di Anna Rossi e Luca Bianchi", "Una flotta sotto pressione: spese e vantaggi"},
		{"Ferries of the North Edited by Jane Roe", "Ferries of the North"},
		{"Fähren im Winter herausgegeben von Anna Berg", "Fähren im Winter"},
		// kept: no name after the mark, or too little before it
		{"Island Papers edited by the councils themselves", "Island Papers edited by the councils themselves"},
		{"Essays edited by Jane Roe", "Essays edited by Jane Roe"},
	} {
		if got := editorCut(c.in); got != c.want {
			t.Errorf("editorCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "Una flotta sotto pressione: spese e vantaggi a cura di Anna Rossi e Luca Bianchi\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Una flotta sotto pressione: spese e vantaggi" {
		t.Errorf("Read: title %q, want the editors cut", p.Title)
	}
}

// TestTidyTitle checks a glued colon spaced and a quote mark that pairs
// with nothing dropped, and quotes that pair kept.
func TestTidyTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Island ferry rules:An A-Z Guide", "Island ferry rules: An A-Z Guide"},
		{"Notes on Two Books About Ferries”", "Notes on Two Books About Ferries"},
		{"“Notes on Two Books About Ferries", "Notes on Two Books About Ferries"},
		{`Notes on Two Books About Ferries"`, "Notes on Two Books About Ferries"},
		// kept
		{"“Harbour Dues” and the Councils", "“Harbour Dues” and the Councils"},
		{`The "Quiet" Isles`, `The "Quiet" Isles`},
		{`"Harbour" and "Quay"`, `"Harbour" and "Quay"`},
		{"Re:Think the Ferries", "Re:Think the Ferries"},
		{"Time 10:30 at the Quay", "Time 10:30 at the Quay"},
	} {
		if got := tidyTitle(c.in); got != c.want {
			t.Errorf("tidyTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTidyTitleRead checks that the reader's title is tidied.
func TestTidyTitleRead(t *testing.T) {
	page := "Island ferry rules:An A-Z Guide\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Island ferry rules: An A-Z Guide" {
		t.Errorf("title %q, want the colon spaced", p.Title)
	}
}

// TestNoResultsLine checks that a search box's empty answer is the site's
// furniture in several languages, never the title over a document.
func TestNoResultsLine(t *testing.T) {
	for _, l := range []string{"Nenhum resultado encontrado", "Keine Ergebnisse gefunden", "Aucun résultat trouvé", "Nessun risultato trovato", "No results"} {
		if !IsFurniture(l) {
			t.Errorf("%q: not furniture", l)
		}
	}
	page := "Nenhum resultado encontrado\n\nA travessia de inverno e o custo das balsas nas ilhas do norte\n\n" +
		"As ilhas do norte dependem de duas balsas por semana, e no inverno as tempestades muitas vezes impedem as duas travessias. O conselho do porto propôs uma terceira viagem, mas os conselhos das ilhas querem que o continente pague por ela.\n\n" +
		"Esta nota compara as posições dos três conselhos e apresenta várias maneiras de acrescentar viagens de inverno sem aumentar as taxas que os moradores pagam em cada travessia.\n"
	if p := Read(page, Hints{}); p.Title != "A travessia de inverno e o custo das balsas nas ilhas do norte" {
		t.Errorf("Read: title %q (skip %q), want the document's heading", p.Title, p.Skip)
	}
}

// TestNewsletterIssues checks an issue told by its welcome or by the
// heading over its contents, and an article that mentions an edition is
// still an article.
func TestNewsletterIssues(t *testing.T) {
	for name, page := range map[string]string{
		"welcome": "MARCH 2024\n\nFROM QUAYS TO COUNCILS: THE CHANGING FERRY MAP\n\nBy Jane Roe, Editor of Harbour Notes\n\n" +
			"Welcome to the March edition of Harbour Notes, the institute's newsletter: each month we gather what our fellows wrote and what the councils decided.\n\n" + islandProse,
		"contents heading": "Veja nesta edição:\n\nEm março o instituto recebeu em Kestrel gente das ilhas para conversar sobre as balsas de inverno e o preço das travessias.\n\n" +
			"Balsas de inverno\n\nRepresentantes dos conselhos das ilhas apresentaram os números das travessias canceladas no último inverno e pediram mais uma viagem por semana.\n\n" +
			"Taxas portuárias\n\nO segundo painel tratou das taxas portuárias e de quem deve pagar pela manutenção dos cais das ilhas menores.\n",
	} {
		if p := Read(page, Hints{}); p.Skip == "" || !strings.Contains(p.Skip, "newsletter") {
			t.Errorf("%s: skip %q (title %q), want a newsletter issue", name, p.Skip, p.Title)
		}
	}
	for name, page := range map[string]string{
		"an edition in a title":  "Ferry Dues in the Second Edition of the Harbour Code\n\nBy Jane Roe\n\nMarch 3, 2019\n\n" + islandProse,
		"a report's edition":     "Island Ferry Index 2023\n\nMay 4, 2021\n\nWelcome to the 2023 edition of the Island Ferry Index, which ranks forty islands by how often their boats sail in winter.\n\n" + islandProse,
		"an issue as a noun":     "Ferries and Fares\n\nMay 4, 2021\n\nWelcome to the podcast, where today we take up the issue of winter fares on the outer isles.\n\n" + islandProse,
		"a menu's contents link": "Journal of Island Studies\n\nIn This Issue\n\nWho Pays for the Quays? Harbour Dues in the Outer Isles\n\nAnna Berg\n\n" + islandProse,
	} {
		if p := Read(page, Hints{}); strings.Contains(p.Skip, "newsletter") {
			t.Errorf("%s: skipped (%s)", name, p.Skip)
		}
	}
	if p := Read("MARS 2024\n\nLES QUAIS DU NORD\n\nBienvenue dans cette édition de Kestrel Infos, la lettre de l'institut sur les îles et leurs traversées.\n\n"+islandProse, Hints{}); !strings.Contains(p.Skip, "newsletter") {
		t.Errorf("a French welcome: skip %q (title %q), want a newsletter issue", p.Skip, p.Title)
	}
}

// TestEventPagesO checks an event page told by its title's label or by
// its invitation and clock, and a report of an event's talks, with its
// byline, still read as a publication.
func TestEventPagesO(t *testing.T) {
	for name, page := range map[string]string{
		"label": "Harbour Institute cover image\n\nHarbour Institute\n\nLatest episodes\n\nundefined\nJune 9, 2022 • 41min\n\nEVENT: Living on the Isles - Kestrel evening\n\n" + islandProse,
		"invitation": "How to keep the winter ferries running?\n\nA discussion on the future of the island routes.\n\nMembers event Invitation only\n\n12:30PM TO 1:45PM on 9 March\n\nHarbour Institute\n\n" +
			islandProse + "\nDuring this event, the panel will ask who should pay for a third sailing.\n",
	} {
		if p := Read(page, Hints{}); !strings.Contains(p.Skip, "event") {
			t.Errorf("%s: skip %q (title %q), want an event page", name, p.Skip, p.Title)
		}
	}
	page := "What the Ferry Forum Heard\n\nBy Jane Roe\n\nMarch 3, 2019\n\n" + islandProse
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Errorf("an account of a forum: skipped (%s)", p.Skip)
	}
}

// TestFramedItems checks a listing whose items each carry a line of one
// frame ("This article was published by …"), and that a document whose
// running header repeats with its page number is not one.
func TestFramedItems(t *testing.T) {
	page := "Op Eds\n\n" +
		"“Two ferries will not do” – An Opinion Piece by Anna Berg in The Island Times\n\nThis piece first ran in The Island Times on 2 March 2019.\n\nDr Anna Berg is a Research Associate with the Harbour Institute of the Isles.\n\n" +
		"“Who pays for the quay?” – An Opinion Piece by Per Lindqvist in Harbour Daily\n\nThis piece first ran in Harbour Daily on 26 February 2019.\n\nDr Per Lindqvist is a Research Director with the Harbour Institute of the Isles.\n\n" +
		"“Winter sailings and the councils” – An Opinion Piece by Li Wei in North Post\n\nThis piece first ran in North Post on 19 February 2019.\n\nDr Li Wei is a Research Fellow with the Harbour Institute of the Isles.\n"
	if p := Read(page, Hints{}); !strings.Contains(p.Skip, "listing") {
		t.Errorf("framed items: skip %q (title %q), want a listing", p.Skip, p.Title)
	}
	var b strings.Builder
	b.WriteString("Ferry dues in the isles – briefing paper Page 1 of 9\n\nWho pays for the winter sailings\n\n")
	for k, head := range []string{"1. The ferries today", "2. The councils and the board", "3. Ways to a third sailing"} {
		b.WriteString(head + "\n\nFerry dues in the isles – briefing paper Page " + string(rune('2'+k)) + " of 9\n\n")
	}
	ls := split(b.String())
	r := reader{ls: ls, names: make([]int8, len(ls))}
	if at := r.framedItems(len(ls)); at != nil {
		t.Errorf("running header with page numbers: framed items at %v", at)
	}
	// a publication's recommendations, one a line, open alike with nothing between them
	ls = split("Who pays for the winter sailings\n\nThe harbour board should raise the dues on freight only.\nThe harbour board should ask the mainland for a winter grant.\nThe harbour board should publish what each crossing costs.\n\n" + islandProse)
	r = reader{ls: ls, names: make([]int8, len(ls))}
	if at := r.framedItems(len(ls)); at != nil {
		t.Errorf("a list of recommendations: framed items at %v", at)
	}
}

// TestTableRowRecords checks that record labels set in a table's rows
// ("| By: | …") count as each item's record, as plain labels do.
func TestTableRowRecords(t *testing.T) {
	page := "|\non Harbour Finance |\n" +
		"| By: | Berg, Anna (Harbour University); Roe, Jane (North College) |\n" +
		"| Abstract: | This study looks at harbour dues on thirty islands since 1980 with new records of each crossing and of what the councils spent. |\n" +
		"| Keywords: | ferries, harbour dues, councils |\n| JEL: | H20 R40 |\n| Date: | 2025–10 |\n| URL: | https://papers.example.org/n?u=isl:dp181 |\n" +
		"| By: | Per Lindqvist |\n" +
		"| Abstract: | With every harbour bill the isles kept we show who has paid for the quays and for the boats, and who has not. |\n" +
		"| Keywords: | quays, dues |\n| JEL: | H71 |\n| Date: | 2025–09 |\n| URL: | https://papers.example.org/n?u=isl:dp182 |\n"
	if p := Read(page, Hints{}); !strings.Contains(p.Skip, "listing") {
		t.Errorf("skip %q (title %q), want a listing of records", p.Skip, p.Title)
	}
}

// TestBioAuthors checks that a page printing its author only in a note on
// her ("Jane Roe is a Senior Fellow at …", after the text) gives her as the
// author, and that the page's first paragraph on its subject, a sentence on
// a president or a founder, or a body's note gives none.
func TestBioAuthors(t *testing.T) {
	head := "Winter Sailings for the Northern Isles\n\n"
	for _, c := range []struct{ note, want string }{
		{"Dr Jane Roe is a Senior Fellow at the Harbour Institute, where she leads the work on ferries.", "Jane Roe"},
		{"Maria Lindqvist is Professor of Island Economics at the University of the North.", "Maria Lindqvist"},
		{"Anna Berg was the harbour minister when the second ferry was bought, and she opposed the dues.", ""},
		{"Maria Holm was the founder of the Island Ferry Company and its president for ten years.", ""},
		{"Kestrel Holdings is a consultant to the harbour board on the dues it charges.", ""},
		{"Kestrel Holdings is an associate of the Harbour Board in the winter trade.", ""},
	} {
		p := Read(head+islandProse+"\n"+c.note+"\n", Hints{})
		if got := strings.Join(p.Authors, "; "); got != c.want {
			t.Errorf("%q: authors %q, want %q", c.note, got, c.want)
		}
	}
	// the first paragraph speaks of the page's subject, not its author
	p := Read(head+"Maria Lindqvist is a senior economist at the Harbour Board, and she has run its accounts for twenty years.\n\n"+islandProse, Hints{})
	if len(p.Authors) > 0 {
		t.Errorf("a lede on a person: authors %q", p.Authors)
	}
}

// TestCapsGenreCut checks a genre's label in capitals cut from a title's
// head, and a title in capitals, or a label alone, kept.
func TestCapsGenreCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"RESEARCH REPORT Ferry Fares in the Isles", "Ferry Fares in the Isles"},
		{"POLICY BRIEF Winter Sailings in the Isles", "Winter Sailings in the Isles"},
		// kept
		{"RESEARCH REPORT ON FERRY FARES", "RESEARCH REPORT ON FERRY FARES"},
		{"REPORT Cards for the Isles", "REPORT Cards for the Isles"},
		{"POLICY BRIEF", "POLICY BRIEF"},
		{"HARBOUR DUES Revisited", "HARBOUR DUES Revisited"},
	} {
		if got := capsGenreCut(c.in); got != c.want {
			t.Errorf("capsGenreCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "Documents\n\nRESEARCH REPORT Ferry Fares in the Isles\n\nDate post: 08-Jul-2020\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Ferry Fares in the Isles" {
		t.Errorf("Read: title %q, want the label cut", p.Title)
	}
}

// TestHyphenCutHead checks that a head line cut inside a hyphenated word
// ("… for Inter") takes the rest of the title from the heading below.
func TestHyphenCutHead(t *testing.T) {
	page := "Draft Guidelines on Ferry Dues for Inter\nadvertisement\n" +
		"Draft Guidelines on Ferry Dues for Inter-Island Crossings in the\nNorthern Isles: Concepts and Terms\n(Final Draft)\n" +
		"Paper written for the Harbour Board, Northport.\nAnna Berg, May 2004.\n1.\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Draft Guidelines on Ferry Dues for Inter-Island Crossings in the Northern Isles: Concepts and Terms" {
		t.Errorf("title %q, want the whole title", p.Title)
	}
	// the head line's own title goes on from the heading below
	ls := split(page)
	r := reader{ls: ls, names: make([]int8, len(ls))}
	if got := r.wholeLater(0, "Draft Guidelines on Ferry Dues for Inter"); got != "Draft Guidelines on Ferry Dues for Inter-Island Crossings in the" {
		t.Errorf("wholeLater: %q, want the hyphenated word whole", got)
	}
}

// TestPeopleLinesNoTitle checks that a person with a role, an honorific
// and a given name, or a report's credits are never a title, and titles
// in the same shapes are.
func TestPeopleLinesNoTitle(t *testing.T) {
	for _, l := range []string{
		"ANNA BERG, DISTINGUISHED FELLOW",
		"Anna Berg, Senior Fellow at the Harbour Institute",
		"Dr. Maria Lindqvist Hafenforschung und Beratung",
		"Anna Berg with Maria Lindqvist. Graphics: Per Holm and Li Wei",
	} {
		if !NotTitle(l) || !neverTitle(l) && !strings.Contains(l, "Graphics") {
			t.Errorf("%q: taken for a title", l)
		}
	}
	for _, l := range []string{"Harbour Dues, Senior Voices and the Isles", "Mr Ferry Goes to the Isles", "Design: The Quays We Need"} {
		if NotTitle(l) {
			t.Errorf("%q: not taken for a title", l)
		}
	}
	page := "ISSUE BRIEF\n\nFerry Dues for the Northern Isles: Making a Fair Fare APRIL 2020\n\nINTRODUCTION\n\n" +
		strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + "\n\nANNA BERG, DISTINGUISHED FELLOW\n\nA\n\ns the " +
		strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + "\n"
	p := Read(page, Hints{})
	if p.Title != "Ferry Dues for the Northern Isles: Making a Fair Fare" || p.Date.String() != "2020-04" {
		t.Errorf("title %q date %v, want the cover's title and its month", p.Title, p.Date)
	}
}

// TestSharedCopyOfCollectionName checks that a sharing site's copy of a
// document whose title reads as a collection's name ("… Archives", "…
// Studies") is read as the document, and a collection's page is still
// skipped.
func TestSharedCopyOfCollectionName(t *testing.T) {
	page := "The Keeping of Harbour Archives\nTotal Page:24\nFile Type:pdf, Size:880Kb\n" +
		"The Keeping of Harbour Archives THE KEEPING OF HARBOUR ARCHIVES SOON after the storm of the winter the harbour board moved its records inland, and the councils asked who should keep them and who might read them in the years to come. " +
		strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + "\n"
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "The Keeping of Harbour Archives" {
		t.Errorf("copy: title %q, skip %q, want the document", p.Title, p.Skip)
	}
	page = "Harbour Papers and Studies\n\nBrowse the institute's papers by year.\n\n2021\n\n2020\n\n2019\n"
	if p := Read(page, Hints{}); p.Skip == "" {
		t.Errorf("collection page: indexed as %q", p.Title)
	}
}

// TestTitleByLine checks a top line holding the title and its byline
// ("Title, by Jane Roe") over the text, and a line of prose with "by" in
// it left alone.
func TestTitleByLine(t *testing.T) {
	page := "Winter Sailings in the Isles: Northport and Kestrel Councils on the Ferry and the Cost of the Quays, by Per K. Lindqvist, Jr.\n\n" +
		"Friday, 4 May 2012 18:05 webmaster\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Winter Sailings in the Isles: Northport and Kestrel Councils on the Ferry and the Cost of the Quays" {
		t.Errorf("title %q (skip %q), want the line's title", p.Title, p.Skip)
	}
	for _, top := range []string{"The ferry was bought by Anna Berg", "Getting to the Isles in Winter, by Boat and by Rail"} {
		ls := split(top + "\n\n" + islandProse)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if _, got := r.titleByLine(); got != "" {
			t.Errorf("titleByLine: %q from %q", got, top)
		}
	}
}

// TestCJKTitleParts checks a Chinese commentator's name cut from the head
// of a title and a site's name from its tail after an underscore, and a
// title that opens with a word before a colon kept.
func TestCJKTitleParts(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"王明远:北方群岛的渡轮与港口收费", "北方群岛的渡轮与港口收费"},
		{"【李海燕 王一舟】北方群岛渡轮研究新发现(2021~2022年)", "北方群岛渡轮研究新发现(2021~2022年)"},
		{"陳志明|“渡輪”與“港口”的分別在哪裡?_港聞", "“渡輪”與“港口”的分別在哪裡?"},
		{"北方群岛应成立港口研究所_渡轮论坛", "北方群岛应成立港口研究所"},
		// kept: a topic, not a name, before the colon; a desk's name
		{"港口收费:北方群岛的渡轮与港口", "港口收费:北方群岛的渡轮与港口"},
		{"编辑部:北方群岛的渡轮与港口收费", "编辑部:北方群岛的渡轮与港口收费"},
		{"港口_北方群岛渡轮论坛", "港口_北方群岛渡轮论坛"},
		{"北方群岛应成立港口研究所_final", "北方群岛应成立港口研究所_final"},
	} {
		if got := cjkTitleParts(c.in); got != c.want {
			t.Errorf("cjkTitleParts(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "王明远:北方群岛的渡轮与港口收费\n\n北方群岛的渡轮每周只开两次，冬季风暴期间经常停航，岛上居民出行十分不便。港务局去年提出增加第三班渡轮，但各岛议会认为费用应由中央财政承担。\n\n" +
		"本文回顾了过去十年港口收费的变化，比较了三个岛屿议会的立场，并提出了在不增加居民负担的前提下增加冬季航班的几种办法。\n"
	if p := Read(page, Hints{}); p.Title != "北方群岛的渡轮与港口收费" {
		t.Errorf("Read: title %q, want the name cut", p.Title)
	}
}

// TestMirrorTitleMarks checks a research network's "(PDF)" label and a
// mirror's host cut from a title, and a title that names a site kept.
func TestMirrorTitleMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(PDF) Ferry Dues in the Northern Isles", "Ferry Dues in the Northern Isles"},
		{"Harbour Review 2020 - 10.20.30.40", "Harbour Review 2020"},
		{"Island Foreign Policy Review 2019, pure.kestrel.dk", "Island Foreign Policy Review 2019"},
		{"Ferry Fares in the Isles - connecting repositories", "Ferry Fares in the Isles"},
		// kept
		{"Why kestrel.dk Matters to the Isles", "Why kestrel.dk Matters to the Isles"},
		{"Ferries, Quays and Fares", "Ferries, Quays and Fares"},
	} {
		if got := trimTitleTail(c.in); got != c.want {
			t.Errorf("trimTitleTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "Island Foreign Policy Review 2019, pure.kestrel.dk\n\nIsland Foreign Policy Review 2019, pure.kestrel.dk\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Island Foreign Policy Review 2019" {
		t.Errorf("Read: title %q, want the host cut and not put back", p.Title)
	}
}

// TestTextFileTitle checks the title an agency's text version names in its
// opening note, over the note's own lines.
func TestTextFileTitle(t *testing.T) {
	page := "This is the accessible text version for Harbour Board paper HB-12-7\nentitled 'Harbour Board Protocols' that was issued on 3 May\n2011.\n\n" +
		"The board prepared this plain text so that screen readers can read it; the\ntables and figures of the printed paper are described in words.\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Harbour Board Protocols" {
		t.Errorf("title %q, want the note's title", p.Title)
	}
}

// TestCapsBylineNoTitle checks that a byline in capitals inside a cover run
// into one line ("… BY JANE ROE A free …") is not taken for the title.
func TestCapsBylineNoTitle(t *testing.T) {
	page := "How Harbour Dues Keep Winter Sailings Alive Without “Closing the Quays” BY ANNA BERG A harbour that pays its way need not shut its quays in winter, and the board's own boats can run on the dues the councils already charge. " +
		strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + " " + strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + "\n"
	if p := Read(page, Hints{}); p.Title != "How Harbour Dues Keep Winter Sailings Alive Without “Closing the Quays”" {
		t.Errorf("title %q, want the cover's title", p.Title)
	}
}

// TestCiteRecords checks a catalogue's BibTeX or RIS export saved as the
// page: one record is a publication with its title, authors and date,
// whatever its title looks like; an export of several records, and a page
// that only opens with an "@", are not read so.
func TestCiteRecords(t *testing.T) {
	for name, c := range map[string]struct {
		page, title, authors, date string
	}{
		"bibtex": {"@book{4711,\n\tauthor = {Harbour Board of the Isles},\n\ttitle = {Ferry Papers : },\n\tpublisher = {Harbour Board. },\n\tyear = {2003.},\n\tnote = {\"May 2003\".}\n}\n",
			"Ferry Papers", "Harbour Board of the Isles", "2003-05"},
		"bibtex authors": {"@techreport{hb12,\n  title = {Winter Sailings and the Councils},\n  author = {Roe, Jane and Berg, Anna},\n  year = {2019}\n}\n",
			"Winter Sailings and the Councils", "Roe, Jane; Berg, Anna", "2019"},
		"ris on one line": {"TY - RPRT A1 - Roe, Jane A1 - Berg, Anna T1 - Who Pays for the Quays PY - 2021 ER - ",
			"Who Pays for the Quays", "Roe, Jane; Berg, Anna", "2021"},
		"an edited volume": {"@book{hb13,\n  title = {The Isles After the Ferries},\n  editor = {Roe, Jane and Berg, Anna},\n  year = {2019}\n}\n",
			"The Isles After the Ferries", "Roe, Jane; Berg, Anna", "2019"},
	} {
		p := Read(c.page, Hints{})
		if p.Skip != "" || p.Title != c.title || strings.Join(p.Authors, "; ") != c.authors || p.Date.String() != c.date {
			t.Errorf("%s: skip %q title %q authors %q date %v, want %q %q %s", name, p.Skip, p.Title, p.Authors, p.Date, c.title, c.authors, c.date)
		}
	}
	two := "@book{1,\n\ttitle = {Ferry Papers},\n\tyear = {2003}\n}\n@book{2,\n\ttitle = {Quay Papers},\n\tyear = {2004}\n}\n"
	if rec := readCiteRecord(two); rec.title != "" {
		t.Errorf("two entries read as one record: %q", rec.title)
	}
	if p := Read(two, Hints{}); p.Skip == "" {
		t.Errorf("an export of two records indexed as %q", p.Title)
	}
	if rec := readCiteRecord("@harbourboard on the winter ferries: title = {not a record}"); rec.title != "" {
		t.Errorf("a handle read as a record: %q", rec.title)
	}
}

// TestRelatedAfterDocument checks that a site's "More from …" list and a
// sharing site's pager over its other documents end the document: the page
// is the document, not a listing, and its open-ended title takes nothing
// from the list.
func TestRelatedAfterDocument(t *testing.T) {
	page := "March 10, 2020\nThe Case for a Winter Ferry Grant\n" +
		"When the storms closed the northern quays in 2014 the board moved quickly to fund new boats for the southern routes. No such grant, and no such haste, has reached the outer isles.\n" +
		"Read the full article in Harbour Daily.\nMore from HBI\n-\n" +
		"The Quay Review is a Chance to Get Fares Right\nThe winter has shown councils how much the ferries matter to the smallest islands and their schools.\nBy Anna Berg\n-\n" +
		"Ferries: The Next Decade\nSummary The councils of the three islands asked the board what the next ten years of sailings would cost.\nBy Per Lindqvist, Li Wei & Jane Roe\n-\n" +
		"Who Owns the Slipways?\nThe slipways were built by the councils but are kept by the board, and neither wants to pay for their repair.\nBy Maria Holm\n"
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "The Case for a Winter Ferry Grant" {
		t.Errorf("More from: skip %q title %q, want the article", p.Skip, p.Title)
	}
	page = "[PDF] rapport sur les traversées d'hiver : mission des îles et de\nPrevious PDF Next PDF\n" +
		"Les quais du nord en hiver\n1 juin 2018 Les conseils des îles ont demandé au port combien coûterait une troisième traversée chaque semaine ...\n" +
		"La sécurité des petites cales\n10 janv. 2014 Le port met en œuvre une expertise indépendante sur l'état des cales ...\n" +
		"rapport sur les traversées d'hiver : mission des îles et de\n20 sept. 2016 Les îles paient déjà plus que leur part des frais du port.\n"
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "rapport sur les traversées d'hiver : mission des îles et de" {
		t.Errorf("pager: skip %q title %q, want the document's own title", p.Skip, p.Title)
	}
}

// TestSkipLinksAndSizes checks a theme's skip links in other languages
// taken for furniture, and a file's size before its format never a title.
func TestSkipLinksAndSizes(t *testing.T) {
	for _, l := range []string{"Μετάβαση στο περιεχόμενο", "Przejdź do treści", "Zum Inhalt springen", "본문 바로가기"} {
		if !IsFurniture(l) {
			t.Errorf("%q: not furniture", l)
		}
	}
	if !NotTitle("2003 3.7 MB pdf - Harbour Board") || NotTitle("Download Speeds of 100 Mb for Every Island Home") {
		t.Errorf("a file's size and format: NotTitle wrong")
	}
	page := "Μετάβαση στο περιεχόμενο\n\nWINTER FERRIES: A SHARED AGENDA FOR THE ISLES\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "WINTER FERRIES: A SHARED AGENDA FOR THE ISLES" {
		t.Errorf("Read: title %q, want the heading under the skip links", p.Title)
	}
}

// TestReviewRows12 holds the review's invented pages: each was read worse
// by a first version of this round's rules.
func TestReviewRows12(t *testing.T) {
	bios := "Authors\n\nAnna Berg\nAnna Berg is a senior fellow at the Harbour Institute of the Isles.\n\nPer Lindqvist\nPer Lindqvist is a research associate at the Harbour Institute of the Isles.\n\nMaria Holm\nMaria Holm is a visiting scholar at the Harbour Institute of the Isles.\n"
	pages := []struct{ name, page, title string }{
		{"author boxes", "Who Pays for the Quays?\n\nBy Anna Berg, Per Lindqvist and Maria Holm\n\nMay 4, 2021\n\n" + islandProse + "\n" + bios, "Who Pays for the Quays?"},
		{"by invitation in the text", "Who Pays for the Quays?\n\nBy Anna Berg\n\nMay 4, 2021\n\nThe minister came to the isles by invitation of the assembly, and spoke of the winter boats.\n\n" + islandProse + "\nThe roundtable that followed was by invitation only.\n", "Who Pays for the Quays?"},
		{"an event's label over a report with its byline", "Event: Ferries and the Outer Isles\n\nBy Anna Berg\n\nMay 4, 2021\n\n" + islandProse, "Event: Ferries and the Outer Isles"},
		{"Greek title opening like a skip link", "Μετάβαση στην πράσινη ναυτιλία: προκλήσεις για τα νησιά\n\nΆννα Μπεργκ\n\n" + islandProse, "Μετάβαση στην πράσινη ναυτιλία: προκλήσεις για τα νησιά"},
		{"a title on a doctor", "Dr. Maria Holm and the Politics of Island Health\n\nBy Anna Berg\n\nMay 4, 2021\n\n" + islandProse, "Dr. Maria Holm and the Politics of Island Health"},
		{"a month in the title", "Remembering the Storm of October 1987\n\nBy Anna Berg\n\nPosted in Quays\n\n" + islandProse + "\nPosted 19 October 2017\n", "Remembering the Storm of October 1987"},
		{"a capitals title opening with BY", "BY THE NUMBERS: FERRY FARES ON THE OUTER ISLES The councils of the three islands asked the board what the next ten years of winter sailings would cost, and the board answered with a table of fares. " + strings.ReplaceAll(strings.TrimSpace(islandProse), "\n\n", " ") + "\n", ""},
	}
	for _, c := range pages {
		p := Read(c.page, Hints{})
		if p.Skip != "" || c.title != "" && p.Title != c.title {
			t.Errorf("%s: skip %q title %q, want %q", c.name, p.Skip, p.Title, c.title)
		}
		if c.name == "a month in the title" && p.Date.Year == 1987 {
			t.Errorf("%s: dated %v from the title", c.name, p.Date)
		}
		if c.name == "a capitals title opening with BY" && !strings.HasPrefix(p.Title, "BY THE NUMBERS") {
			t.Errorf("%s: title %q", c.name, p.Title)
		}
	}
	// a meeting's note without a byline: "by invitation" in passing and an
	// invitation far down the page are no event's cues
	meeting := "The Mayors' Ferry Talks\n\nMay 4, 2021\n\nThe island mayors met in Kestrel, by invitation of the assembly, to compare winter fares.\n\n"
	for k := 0; k < 4; k++ {
		meeting += islandProse + "\n"
	}
	if p := Read(meeting+"During this event, the mayors also spoke of the slipways.\n\nThe dinner that followed was by invitation only.\n", Hints{}); p.Skip != "" {
		t.Errorf("a meeting's note: skipped (%s)", p.Skip)
	}
	// notes on the authors at the end, with no byline; and lines of one
	// frame under a byline, an article's own table notes
	if p := Read("Who Pays for the Quays?\n\nMay 4, 2021\n\n"+islandProse+"\n"+bios, Hints{}); p.Skip != "" {
		t.Errorf("author boxes without a byline: skipped (%s)", p.Skip)
	}
	framed := "Who Pays for the Quays?\n\nBy Anna Berg\n\nMay 4, 2021\n\n" + islandProse + "\n"
	for _, m := range []string{"March", "April", "June"} {
		framed += "Winter sailings in " + m + "\n\nThis table was compiled from the board's own records of " + m + ".\n\n"
	}
	ls := split(framed)
	r := reader{ls: ls, names: make([]int8, len(ls))}
	if kind, why := r.kind(0, "Who Pays for the Quays?"); strings.Contains(why, "frame") {
		t.Errorf("table notes under a byline: %s %s", kind, why)
	}
	// a listing headed "More from …" over its items is still a listing
	list := "Ferry Policy\n\nThe centre studies the island routes, the fares the councils charge and the boats the board keeps, and it advises both on the winter sailings.\n\nMore from the Ferry Centre\n\n"
	for _, it := range []string{"Who Pays for the Quays?", "Winter Sailings in Numbers", "The Slipways Question", "Fares Since 2005", "A Third Boat for Kestrel"} {
		list += it + "\n\nAnna Berg\n\nMay 4, 2021\n\n"
	}
	if p := Read(list+"Load more\n", Hints{}); p.Skip == "" {
		t.Errorf("a listing under More from: indexed as %q", p.Title)
	}
	for _, c := range []struct{ in, want string }{
		{"Reforma „Kestrel Ładu”", "Reforma „Kestrel Ładu”"},
		{"Regeringen och ”Färjelöftet”", "Regeringen och ”Färjelöftet”"},
	} {
		if got := tidyTitle(c.in); got != c.want {
			t.Errorf("tidyTitle(%q) = %q", c.in, got)
		}
	}
	for _, s := range []string{"The Regulation of Ferries Edited by Algorithms", "Primeiro seminário das ilhas organizado por Kestrel discute tarifas"} {
		if got := editorCut(s); got != s {
			t.Errorf("editorCut(%q) = %q", s, got)
		}
	}
	for _, s := range []string{"韩国:经济增长放缓与港口收费改革", "江西:北方群岛的渡轮与港口收费", "新时代:北方群岛的渡轮与港口收费", "白皮书：北方群岛的渡轮与港口收费", "高齢化：人口減少と港の未来を考える", "万博：港の未来を考える島の会議"} {
		if got := cjkTitleParts(s); got != s {
			t.Errorf("cjkTitleParts(%q) = %q", s, got)
		}
	}
	for _, s := range []string{"Anna Berg, Chairman of Everything", "Central Banks, Independent at Last", "Mr. Ferry Goes to the Isles", "Dr. Maria Holm's Island Legacy", "Ferry Fares, Harbour Chairman"} {
		if NotTitle(s) {
			t.Errorf("%q: not taken for a title", s)
		}
	}
	if !NotTitle("Anna Berg, Director of the Harbour Institute") {
		t.Errorf("a person with her post: taken for a title")
	}
	for name, c := range map[string]struct{ page, title, authors, date string }{
		"a dash inside a RIS title":      {"TY  - RPRT\nTI  - Brexit and the UK - EU Ferry Agreement\nAU  - Roe, Jane\nDA  - 2021/05/03\nER  - \n", "Brexit and the UK - EU Ferry Agreement", "Roe, Jane", "2021-05-03"},
		"a body's name in double braces": {"@techreport{hb1,\n  author = {{Harbour Board of the Isles and the Quays}},\n  title = {Winter Fares},\n  year = 2021\n}\n", "Winter Fares", "Harbour Board of the Isles and the Quays", "2021"},
		"editors before authors":         {"@book{hb2,\n  editor = {Holm, Maria},\n  author = {Roe, Jane},\n  title = {Island Quays},\n  year = {2019}\n}\n", "Island Quays", "Roe, Jane", "2019"},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.title || strings.Join(p.Authors, "; ") != c.authors || p.Date.String() != c.date {
			t.Errorf("%s: title %q authors %q date %v", name, p.Title, p.Authors, p.Date)
		}
	}
}
