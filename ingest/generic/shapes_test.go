package generic

import (
	"slices"
	"strings"
	"testing"
)

// Shapes met on the labelled sets EA to EH: a title broken after a
// possessive, a byline whose name the page prints the other way round, a
// title's head on the line above the one the rules read, a kind's label
// before the title, a sharing site's quoted share button, a repository's
// item table without colons and a record's closing full stop.

func TestShapesTitles(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		// authorLabels in isByline: a label without its colon over the names is no title
		{"author-label", "Auteurs Anne Berger, Paul Lindet, Marie Caron et Luc Moreau (IP)\nEnjeux des traversées : réussir l’hiver dans les îles du nord\nOCTOBRE 2021 I N° 9\n\n" + revBody,
			"Enjeux des traversées : réussir l’hiver dans les îles du nord"},
		{"author-title-2", "Authors Rethink Island Ferry Fares\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "Authors Rethink Island Ferry Fares"},
		{"author-title", "Authors and Readers in the Isles, 1900–2020, and Beyond\n\nBy Anna Berg\n12 March 2020\n\n" + revBody,
			"Authors and Readers in the Isles, 1900–2020, and Beyond"},
		// leadSeriesRe in trimLeadIn: a series' label before a flattened cover's title, read by rerank
		{"series-lead", "KHI Working Paper Series Causes and Remedies for the Isles’ Long Winter Crossing: Lessons for the Harbour Board Anna Berg and Per Lindqvist No. 554 December 2015 Kestrel Harbour Institute Anna Berg is Dean of the Kestrel Harbour Institute. Per Lindqvist is Professor of Economics at the Harbour School and a research fellow of the board.\n\n" + revBody,
			"Causes and Remedies for the Isles’ Long Winter Crossing: Lessons for the Harbour Board"},
		// cutAtHeading: a record line run past the title into the text, cut where the document's heading ends
		{"record-past-heading", "Reload, Reset, or Relaunch? The Isles’ Ferry Optionsthan fares rose Ferries are waiting in...\n30\nTranscript of Reload, Reset, or Relaunch? The Isles’ Ferry Optionsthan fares rose Ferries are waiting in...\n" +
			"Reload, Reset, or Relaunch?The Isles’ Ferry Options\nAnna BergAssistant Director\nHarbour DepartmentKestrel Harbour Board\nSeptember 2016\n1\nReload, Reset, or Relaunch?\n\n" + revBody,
			"Reload, Reset, or Relaunch? The Isles’ Ferry Options"},
		// cjkSpaces on the final title
		{"cjk-space", "北方諸島の運賃 に関する港湾の協力のあり方\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "北方諸島の運賃に関する港湾の協力のあり方"},
		// namedCoverTitle: a one-line cover opening with its month, a title in sentence case, names with initials;
		// "this series of memos" deep in its text makes no series page
		{"one-line-cover", "December 2016 A principled harbour role in island ferry fares Anna B. Berg, Per L. Lindqvist, and Li Wei Anna B. Berg is a professor of economics at the Harbour School. " +
			"Per L. Lindqvist is a fellow of the Kestrel Institute. Li Wei is an associate professor of geography at the Harbour School. Preface The harbour board's role in the ferry fares of the isles has long been contentious and continues to evolve, " +
			"and the last fifteen years have seen more change in it than any time since the war. Recent debate over the fares has centred on what the board should not do. In developing this series of memos to the councils, we outline an affirmative case for its role.\n",
			"A principled harbour role in island ferry fares"},
		// coverLineTitle: a journal's running head, then the title after its last year, then the author with a note's figure
		{"one-line-journal", "Journal of Harbour Finance & Ferries, vol. 5, no. 3, 2015, 47-61 ISSN: 1792-6580 (print version), 1792-6599 (online) Kestrel Press Ltd, 2015 Did the Harbour Board’s Two Rules Hit the Fares? Anna Berg1 Abstract Over the past two decades, the isles have been perplexed by a series of problems, like ageing ferries, high dues and slow crossings. " +
			"Shortly after taking office in December 2012, the harbour board set two rules on the fares and the dues, and this paper attempts to evaluate their performance over the past two years. It was found that the fares fell, but most of the targets are still to be met.\n",
			"Did the Harbour Board’s Two Rules Hit the Fares?"},
		// kickerOver: a section's label over the headline
		{"kicker-labels", "Analysis & Opinions - Harbour Review\nBerg on Lindqvist, 'The Board's Lessons in Storms: Memory in Island Councils'\n" + revBody,
			"Berg on Lindqvist, 'The Board's Lessons in Storms: Memory in Island Councils'"},
		{"kicker-name", "Isles/Mainland (Ferries-Quays-Partners) Tomas Brandt\n\nFerry fares at seventy: challenges ahead\n\n" + revBody,
			"Ferry fares at seventy: challenges ahead"},
		// a title with "&" over its dek stays the title
		{"kicker-dek", "Ferries & Harbours of the North\nHow the isles pay for the winter crossing, and why the councils want it changed\n" + revBody,
			"Ferries & Harbours of the North"},
		// a note's mark ending a title printed whole elsewhere is the title's, not an author's
		{"title-note-mark", "The Northern Harbour Debt Crisis\nTranscript\nThe Northern Harbour Debt Crisis\nJournal of Harbour Perspectives—Volume 26, Number 3—Summer 2012—Pages 49–68\nThe Northern Harbour Debt Crisis†\nAnna B. Berg\n" + revBody,
			"The Northern Harbour Debt Crisis"},
		// a capitals title broken after "DA" goes on; its next line is no name
		{"caps-da", "Você está na página 1de 42\n\n2303\n\nSIMULAÇÕES DA TRAJETÓRIA DA\nTARIFA DAS BALSAS DO\nARQUIPÉLAGO (2017 A 2037)\n\nAna Berga de Castro Souza\n\nTEXTO PARA DISCUSSÃO\nRio de Janeiro, abril de 2017\n\n" + revBody,
			"SIMULAÇÕES DA TRAJETÓRIA DA TARIFA DAS BALSAS DO ARQUIPÉLAGO (2017 A 2037)"},
		// a saved page's "Title | Site" over the heading alone
		{"title-bar-site", "Fünfte gegen Vierte Gewalt: Fähren unter Beschuss | Blätter für nördliche und insulare Politik\nLoginWarenkorb\nFünfte gegen Vierte Gewalt: Fähren unter Beschuss\nvon Anna Berg\n\n" + revBody,
			"Fünfte gegen Vierte Gewalt: Fähren unter Beschuss"},
		// a sharing site's file-type label after the title
		{"pdf-label", "Harbour Policing: Often Advocated, Rarely Practiced PDF\nSummary\nThis document analyses the concept of harbour policing and its many definitions.\nFull Transcript\n" + revBody,
			"Harbour Policing: Often Advocated, Rarely Practiced"},
		// titlePageHeadRe: a running head, "Title | 1", run into a one-line page's text
		{"running-head", "7\nAverting Crisis on the Northern Ferry Lanes | 1 The future of the northern lanes, among the busiest and most storm-prone waters of the isles, which the ferries of three councils cross each winter, is in doubt. " +
			"The harbour board has raised its dues twice in ten years, and the ferry owners say the lamps and the logbooks cost them more each winter than the fares bring in, while the councils ask why the crossing costs more than the summer one.\n",
			"Averting Crisis on the Northern Ferry Lanes"},
		// titleAgainAfterDate: a one-line cover printed twice with its month between the copies
		{"cover-twice", "Moor Light Steer Sail The Northern Isles’ Strategy for Countering Winter Storms Annual Report March 2010 The Northern Isles’ Strategy for Countering Winter Storms Annual Report March 2010 Presented to the Councils by the Harbour Master of the Isles March 2010 Cm 7833 £14.35 © Harbour Board 2010 " +
			"The text in this document may be reproduced free of charge in any format or medium providing it is reproduced accurately and not used in a misleading context.\n",
			"Moor Light Steer Sail The Northern Isles’ Strategy for Countering Winter Storms Annual Report"},
		// laterRelated: "You might also like ..." over other documents after the article's own text
		{"later-related", "The new rules of the crossing: Why fast change in the fares requires bold harbour targets\nArticle\n" + revBody +
			"In this briefing, we outline how the councils' meeting opens a new era of harbour policy that links the fares to the timetable.\nYou might also like ...\n" +
			"Transformed by the storm: How the winter crossing could change the isles – and how to manage it\nThe winter crossing is a good thing for the isles, and it has brought them closer to the mainland than ever before.\n" +
			"Diversifying the fleet: the board's strategy in a fragmenting market\nHow the board might build more durable partnerships in ferries, quays and lamps.\n" +
			"High harbour dues in the island trade: The case for action\nForty per cent of all island traders pay dues they cannot afford, and it is time for the board to act.\n",
			"The new rules of the crossing: Why fast change in the fares requires bold harbour targets"},
		// possessiveEnd in readBlock: the line after a possessive is the title's, not an author's
		{"possessive", "Ferry Policy on the Harbour Board's\nWinter Timetable\nAnna Berg and Per Lindqvist\n12 March 2020\n\n" + revBody,
			"Ferry Policy on the Harbour Board's Winter Timetable"},
		// a contraction ends a title, and the name under it stays a name
		{"contraction", "The Ferry Fare Rise and Why It's\nAnna Berg\n12 March 2020\n\n" + revBody, "The Ferry Fare Rise and Why It's"},
		// reversedName in trimTitle: "By Keng Shu" over "Shu Keng, …" is the byline
		{"reversed-name", "Harbour Working Papers No. 2 (July 2010)\n\nFerry Links from Below: Observing the Island Councils across the Strait By Keng Shu\n\n" +
			"Ferry Links from Below: Observing the Island Councils across the Strait Shu Keng, Associate Professor, School of Harbour Studies\n\n" + revBody,
			"Ferry Links from Below: Observing the Island Councils across the Strait"},
		// joinHeadEchoed: the rules read a cover's later lines; the record line prints them whole with the first
		{"head-echoed", "• No results found\nKestrel po burzy i promy wyspiarskie : kierunki reformy taryf i perspektywy na zimę\nN/A\nN/A\nProtected\nAcademic year: 2021\n" +
			"Share \"Kestrel po burzy i promy wyspiarskie : kierunki reformy taryf i perspektywy na zimę\"\nCopied!\n20\n0\n0\nFull text\n\n(1)\n\nAnna Bergowa\n\n" +
			"Kestrel po burzy i promy\n\nwyspiarskie : kierunki reformy taryf i\n\nperspektywy na zimę\n\nStudia Portowe nr 1 (3), 113-131\n\n2014\n\n(2)\n\n" +
			"Streszczenie:\n\nTemat artykułu dotyczy przeszłości i przyszłości taryf promowych na wyspach północnych w kontekście zimowych przepraw i decyzji rad.\n\n" + revBody,
			"Kestrel po burzy i promy wyspiarskie : kierunki reformy taryf i perspektywy na zimę"},
		// genrePrefixes: a kind's label with a colon before the title
		{"working-paper-colon", "<<\n\nWorking Paper: The Cost of Winter Crossings in the Northern Isles\n\nAnna Berg, Head, Harbour Programme\n\nJune 2011\n\n" + revBody,
			"The Cost of Winter Crossings in the Northern Isles"},
		// bracketLeadRe: a kind's label in brackets glued to the title
		{"bracket-speech", "[Speech]Ferry Fares, Harbour Dues, and the Island Councils\n\nANNA Berg\n29 February 2024\n\n" + revBody,
			"Ferry Fares, Harbour Dues, and the Island Councils"},
		// a title in brackets is not a label
		{"bracket-title", "[Re]thinking the Winter Crossing of the Northern Isles\n\nBy Anna Berg\n12 March 2020\n\n" + revBody,
			"[Re]thinking the Winter Crossing of the Northern Isles"},
		// itemTableKeys: a repository's item table saved without colons
		{"item-table", "HARBOUR REPO - Institute of Island Studies\nN/A\nProtected\nTitle 北方諸島のフェリー運賃と港湾料金\nAuthor(s) 北 島子\nCitation 港湾研究所報 第2巻 P155-P160\nIssue Date 2020-2\n\n" + revBody,
			"北方諸島のフェリー運賃と港湾料金"},
		// a title that starts with "Title" over an author and an abstract is no item table
		{"title-ix", "Title IX and the Island Colleges\nAuthor Anna Berg\nAbstract This paper asks how the law applies to the two small colleges of the isles.\n\n" + revBody,
			"Title IX and the Island Colleges"},
		// finalStop: a catalogue record's closing stop goes, an abbreviation's stays
		{"final-stop", "Zum Hauptinhalt springen\n\nFährpolitik der Nordinseln nach dem Sturm 2022.\n\nBy Anna Berg\n12 March 2020\n\n" + revBody,
			"Fährpolitik der Nordinseln nach dem Sturm 2022"},
		{"abbreviation-stop", "Island Ferries and the Harbour Boards of the U.S.A.\n\nBy Anna Berg\n12 March 2020\n\n" + revBody,
			"Island Ferries and the Harbour Boards of the U.S.A."},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.want || p.Skip != "" {
			t.Errorf("%s: title %q (skip %q), want %q", c.name, p.Title, p.Skip, c.want)
		}
	}
}

// TestShapesAuthors: a title's second line that reads as a name is not
// the byline; the names under the title are.
func TestShapesAuthors(t *testing.T) {
	p := Read("Ferry Policy on the Harbour Board's\nWinter Timetable\nAnna Berg and Per Lindqvist\n\n"+revBody, Hints{})
	if want := []string{"Anna Berg", "Per Lindqvist"}; !slices.Equal(p.Authors, want) {
		t.Errorf("authors %q, want %q", p.Authors, want)
	}
}

// TestAuthorLabel: a label without its colon is not one of the names.
func TestAuthorLabel(t *testing.T) {
	p := Read("Auteurs Anne Berger, Paul Lindet, Marie Caron\nEnjeux des traversées : réussir l’hiver dans les îles du nord\n\n"+revBody, Hints{})
	if want := []string{"Anne Berger", "Paul Lindet", "Marie Caron"}; !slices.Equal(p.Authors, want) {
		t.Errorf("authors %q, want %q", p.Authors, want)
	}
}

// TestGenreByline: a genre's "… by" before the names is not a name.
func TestGenreByline(t *testing.T) {
	p := Read("Speech by Anna Berg\nThe Ferry Fares of Winter\n12 March 2020\n\n"+revBody, Hints{})
	if want := []string{"Anna Berg"}; !slices.Equal(p.Authors, want) {
		t.Errorf("authors %q, want %q", p.Authors, want)
	}
}

// TestShareQuote: a sharing site's page of one document that prints its
// title in a quoted share button is that document, not a listing; a
// quoted phrase in a title is no share button.
func TestShareQuote(t *testing.T) {
	page := "• Aucun résultat trouvé\nLes îles du nord dans l’agenda des ports : quelle tarification des traversées pour quel hiver ? L’exemple de Kestrel\nN/A\nN/A\nProtected\nAcademic year: 2021\n" +
		"Partager \"Les îles du nord dans l’agenda des ports : quelle tarification des traversées pour quel hiver ? L’exemple de Kestrel\"\nCopied!\n13\n0\n0\nTexte intégral\n(1)\n" +
		"Les îles du nord dans l’agenda des ports : quelle tarification des traversées pour quel hiver ? L’exemple de Kestrel\nL’exemple de Kestrel\nAnne Berger et Paul Lindet\n" +
		"Anne Berger : Docteure en géographie des îles, chercheuse au sein du laboratoire des ports (LP), Kestrel\nPaul Lindet : Professeur en géographie, chercheur au sein du laboratoire des ports (LP), Kestrel\n" +
		"Résumé\nL’inventaire des programmes de traversée montre qu’ils suivent les plans des conseils des îles pour l’hiver, et que les tarifs restent fixés sur le continent.\n" +
		"Mots-clés : traversées, ports, îles, tarifs Classification JEL : Q42, R41\n"
	if r := (reader{ls: split(page)}); r.mirrorMarks() < 2 {
		t.Errorf("mirrorMarks = %d, want a sharing site's two marks (share button, copy notice)", r.mirrorMarks())
	}
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "Les îles du nord dans l’agenda des ports : quelle tarification des traversées pour quel hiver ? L’exemple de Kestrel" {
		t.Errorf("title %q (skip %q)", p.Title, p.Skip)
	}
	for _, c := range []struct {
		top  string
		want bool
	}{
		{"Share \"Ferry fares after the storm\"\nFerry fares after the storm\n", true},
		{"Beyond \"Zero-Sum Ferry Fares\"\nZero-Sum Ferry Fares in the Isles\n", false},
		{"Share \"Ferry fares after the storm\"\nAnother line\n", false},
	} {
		r := reader{ls: split(c.top), names: make([]int8, 3)}
		if got := r.shareQuote(r.ls[0]); got != c.want {
			t.Errorf("shareQuote(%q) = %v, want %v", c.top, got, c.want)
		}
	}
}

// TestJoinHeadEchoed: the line before the title's goes in front of it when
// the page prints the two together elsewhere, and only then.
func TestJoinHeadEchoed(t *testing.T) {
	for _, c := range []struct {
		top, title string
		ti         int
		want       string
	}{
		{"Share \"Ferry fares after the storm : three ways to share the harbour dues\"\nFerry fares after the\nstorm : three ways to share the harbour dues\n", "storm : three ways to share the harbour dues", 2,
			"Ferry fares after the storm : three ways to share the harbour dues"},
		{"Share \"Winter crossings\"\nFerry fares after the\nstorm : three ways to share the harbour dues\n", "storm : three ways to share the harbour dues", 2,
			"storm : three ways to share the harbour dues"},
		{"Anna Berg Ferry fares after the storm : three ways to share the harbour dues\nAnna Berg\nFerry fares after the storm : three ways to share the harbour dues\n", "Ferry fares after the storm : three ways to share the harbour dues", 2,
			"Ferry fares after the storm : three ways to share the harbour dues"},
		{"Ferry fares after the storm : three ways to share the harbour dues\nAnna Berg\nstorm : three ways to share the harbour dues\n", "storm : three ways to share the harbour dues", 2,
			"storm : three ways to share the harbour dues"},
	} {
		ls := split(c.top)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.joinHeadEchoed(c.ti, c.title); got != c.want {
			t.Errorf("joinHeadEchoed(%q) = %q, want %q", c.top, got, c.want)
		}
	}
}

// TestEventCues: an events plugin's labels, a CJK event's fields and a
// dated line with a span of hours make an event page; an article that
// mentions its launch event in a sentence stays a publication.
func TestEventCues(t *testing.T) {
	const pitch = "The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n" +
		"Ferry owners, councillors and harbour masters will meet to discuss the fares, the timetable and the harbour dues of the coming winter.\n"
	for _, c := range []struct {
		name, page string
		event      bool
	}{
		{"plugin", "Ferry Fares After the Storm: Where Are We Headed?\nLoading Events\n« All Events\n" + pitch, true},
		{"plugin-bullet", "Ferry Fares After the Storm: Where Are We Headed?\n  • This event has passed.\nFerry Fares After the Storm: Where Are We Headed?\n30th May 2022 @ 1:00 pm - 2:00 pm\n" + pitch, true},
		{"hours-span", "Harbours 2021\nJoin harbour experts from the councils and the ferry owners to explore the winter crossing.\n11 October 2021 TO 12 October 2021 — 1:00PM TO 4:00PM\nOvercoming the costs of the winter crossing\n" + pitch + "Why attend?\n", true},
		{"japanese", "【港湾サイドイベント開催報告】北方諸島の冬季航路とフェリー運賃への取り組み\n掲載日:2022.08.23\nイベント |\nサイドイベント概要\n会議名:「北方諸島の冬季航路」\n日時:2022年8月23日 17:00~18:30(JST)\n形式:オンライン開催\n参加者:172名\n主催:港湾研究所\n" + pitch, true},
		{"article", "Ferry Fares After the Storm\nBy Anna Berg\n12 March 2022\n" + pitch + "The paper was presented on 11 October 2021 at a meeting of the councils in the harbour hall of the largest isle.\n", false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindEvent; got != c.event {
			t.Errorf("%s: kind %q (%s), want event %v", c.name, p.Kind, p.Skip, c.event)
		}
	}
}

// TestCJKSpaces: a PDF's line break inside Japanese leaves a space next to
// a kana, which goes; a chapter's label keeps its space, and so do
// Korean's words and a Latin word's edges.
func TestCJKSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"北方諸島の運賃 に関する港湾の協力", "北方諸島の運賃に関する港湾の協力"},
		{"第1章 北の島の港湾政策", "第1章 北の島の港湾政策"},
		{"북방 도서의 페리 요금", "북방 도서의 페리 요금"},
		{"港湾の JICA の協力", "港湾の JICA の協力"},
	} {
		if got := cjkSpaces(c.in); got != c.want {
			t.Errorf("cjkSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestNamedCoverSentence: a sentence before names on a one-line page is no
// cover's title, even after a month.
func TestNamedCoverSentence(t *testing.T) {
	line := "December 2016 The harbour board has long said Anna B. Berg, Per L. Lindqvist, and Li Wei were wrong about the fares of the isles, and this paper asks why the board said so and what the councils did about it over the fifteen years that followed."
	if got := namedCoverTitle(line); got != "" {
		t.Errorf("namedCoverTitle = %q, want none", got)
	}
}

// TestDayHeadsAndDigests: a blog's day over each post after the first
// makes a listing, an article's own timeline does not; a digest whose
// items end with their outlet is a newsletter, one repost with its outlet
// is not.
func TestDayHeadsAndDigests(t *testing.T) {
	article := "The Winter Crossing Through the Years\nBy Anna Berg\n12 March 2020\n" + revBody +
		"The record of the meetings shows three turns in the councils' view of the fares, each after a storm.\n" +
		"Wednesday, May 14, 2014\nThe Councils Meet the Board\n" +
		"The first meeting set the winter fares for the first time, and the councils asked the board to print them in the harbour office.\n" +
		"Friday, May 2, 2016\nThe Board Raises the Dues\n" +
		"The second meeting raised the harbour dues, and the ferry owners said the fares would have to follow them within the year.\n"
	for _, c := range []struct{ name, page, kind string }{
		{"blog", "Love Is in the Harbour: The Board, the Isles' Greenest Lender?\n" +
			"An unexpected lender has done more for the isles' ferries than the councils and the mainland combined, and this post asks how it came to be.\n" +
			"Wednesday, May 14, 2014\nWhy Coal Ferries Are Worse Than Sail\n" +
			"The sail lobby in some isles can be very strong: so strong, in fact, that the fear of it alone has kept the coal ferries running for a decade.\n" +
			"Friday, May 2, 2014\nHarbours: Empowering the Traveller? A Talk by Anna Berg\n" +
			"On May 1st the harbour school hosted a talk by Anna Berg, a councillor of the largest isle, with an elaborately long title about the winter crossing.\n", KindListing},
		{"article", article, ""},
		{"unsigned", strings.Replace(strings.Replace(article, "By Anna Berg\n12 March 2020\n", "", 1), "This paper follows", "The harbour office keeps", 1), ""},
		{"digest", "Harbour News Brief\nAugust 5, 2022\nFerries and Quays\n" +
			"Here Are All the Ways the Board Is Hitting Back Against the Councils’ PlanBloomberg\n" +
			"Since the councils published their plan on August 2, the board has announced new dues for every quay of the isles.\n" +
			"Isles and Mainland Hail ‘Win-Win’ Ferry Deal After Rare Harbour SummitReuters\n" +
			"As one of few visitors to the board since the storm, the mainland's minister met the councils to sign the deal.\n", KindNewsletter},
		{"repost", "Here Are All the Ways the Board Is Hitting Back Against the Councils’ PlanBloomberg\nBy Anna Berg\n5 August 2022\n" + revBody, ""},
	} {
		if p := Read(c.page, Hints{}); p.Kind != c.kind {
			t.Errorf("%s: kind %q (%s), want %q", c.name, p.Kind, p.Skip, c.kind)
		}
	}
}

// TestKickerOver: a label over a headline that prose follows; not over a
// line that a byline follows, nor a line ending in a name without a
// section's slash.
func TestKickerOver(t *testing.T) {
	for _, c := range []struct {
		top  string
		want bool
	}{
		{"Ferries / Harbours\nThe Winter Crossing in Five Charts and a Table\n" + revBody, true},
		{"Ferries / Harbours\nThe Winter Crossing in Five Charts and a Table\nBy Anna Berg\n" + revBody, false},
		{"Island Ferries - Winter Report\nHow the Councils Should Fund the Crossing of the Northern Sound\n" + revBody, false},
		{"Ferries & Harbours\nHow the Councils Should Fund the Crossing of the Northern Sound\n" + revBody, false},
		{"Isles/Mainland (Ferries-Quays) Tomas Brandt\nFerry fares at seventy: challenges ahead\n" + revBody, true},
		{"Harbour Lights Tomas Brandt\nFerry fares at seventy: challenges ahead\n" + revBody, false},
	} {
		ls := split(c.top)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.kickerOver(0, r.nextLine(0)); got != c.want {
			t.Errorf("kickerOver(%.40q) = %v, want %v", c.top, got, c.want)
		}
	}
}

// TestNoteOne: a title's first note figure goes when the page shows the
// note (its text on a line, or the authors after the figure); a part's, a
// day's or an episode's number stays, and so does a figure without a note.
func TestNoteOne(t *testing.T) {
	const note = "\n1 This paper draws on a thesis written at the Harbour School of the northern isles.\n"
	for _, c := range []struct{ in, page, want string }{
		{"Riset untuk Kemandirian Pangan yang Berkelanjutan 1", note, "Riset untuk Kemandirian Pangan yang Berkelanjutan"},
		{"The Harbour Board's Plan for the Isles 1", note, "The Harbour Board's Plan for the Isles"},
		{"The Harbour Board's Plan for the Isles 1", "\n", "The Harbour Board's Plan for the Isles 1"},
		{"Ferry Fares in the Northern Isles, Part 1", note, "Ferry Fares in the Northern Isles, Part 1"},
		{"Harbour Voices Podcast on the Isles: Episode 1", note, "Harbour Voices Podcast on the Isles: Episode 1"},
		{"Fares of Isles 1", note, "Fares of Isles 1"},
		{"Island Ferries in the Winter: Briefing 1", note, "Island Ferries in the Winter: Briefing 1"},
	} {
		ls := split(c.in + c.page + revBody)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.noteOne(c.in); got != c.want {
			t.Errorf("noteOne(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if p := Read("Riset untuk Tarif Feri yang Berkelanjutan 1 Anna Berga, Per Lindqvist, Li Wei\n\n12 March 2020\n\n"+revBody, Hints{}); p.Title != "Riset untuk Tarif Feri yang Berkelanjutan" {
		t.Errorf("Read: title %q", p.Title)
	}
}

// TestForeignTitleWords: a capitals line with another language's
// preposition is a title's, not a name; names with particles stay names.
func TestForeignTitleWords(t *testing.T) {
	for _, c := range []struct {
		line string
		name bool
	}{
		{"SEGURANÇA PORTUÁRIA COMO FATOR DE DESENVOLVIMENTO", false},
		{"Puertos Insulares Sobre Tarifas Justas", false},
		{"José Ronaldo de Castro Souza Júnior", true},
		{"ANA BERGA DA SILVA", true},
	} {
		ls := split("Harbour Dues and the Winter Crossing\n" + c.line + "\n12 March 2020\n" + revBody)
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.isNameLine(1); got != c.name {
			t.Errorf("isNameLine(%q) = %v, want %v", c.line, got, c.name)
		}
	}
}

// TestLabelHead: "Label: value" is a record's field only when the label is
// short and a label's word; a title's head before its colon is not.
func TestLabelHead(t *testing.T) {
	for _, c := range []struct {
		line  string
		title bool
	}{
		{"Organised ferry fares in Europe: emerging trends and policy challenges", true},
		{"Organised ferries: emerging trends", true},
		{"Ferry price shocks ahead: what next for the isles", true},
		{"Organisation: Harbour Institute of the Isles", false},
		{"Publication date: 12 March 2020", false},
		{"Content type: Working paper", false},
	} {
		if got := titleShape(mkLine(c.line)); got != c.title {
			t.Errorf("titleShape(%q) = %v, want %v", c.line, got, c.title)
		}
	}
}
