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
		{"author-label", "Auteurs Anne Berger, Paul Lindet, Marie Caron et Luc Moreau (IP)\nTraversées d’hiver : ce que les îles du nord attendent des ports\nMARS 2019 | N° 4\nTraversées d’hiver : ce que les îles du nord attendent des ports\n\n" + revBody,
			"Traversées d’hiver : ce que les îles du nord attendent des ports"},
		{"author-title-2", "Authors Rethink Island Ferry Fares\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "Authors Rethink Island Ferry Fares"},
		{"author-title", "Authors and Readers in the Isles, 1900–2020, and Beyond\n\nBy Anna Berg\n12 March 2020\n\n" + revBody,
			"Authors and Readers in the Isles, 1900–2020, and Beyond"},
		// leadSeriesRe in trimLeadIn: a series' label before a flattened cover's title, read by rerank
		{"series-lead", "KHI Working Paper Series Why the Winter Crossing Costs More: Notes for the Harbour Board Anna Berg and Per Lindqvist No. 31 March 2019 Kestrel Harbour Institute Anna Berg leads the institute's ferry studies. Per Lindqvist teaches economics at the Harbour School and advises the board on its dues.\n\n" + revBody,
			"Why the Winter Crossing Costs More: Notes for the Harbour Board"},
		// cutAtHeading: a record line run past the title into the text, cut where the document's heading ends
		{"record-past-heading", "Refit, Retire, or Replace? The Isles’ Ferry Choicesthe crossings grew longer Ferries wait at the quay in...\n30\nTranscript of Refit, Retire, or Replace? The Isles’ Ferry Choicesthe crossings grew longer Ferries wait at the quay in...\n" +
			"Refit, Retire, or Replace?The Isles’ Ferry Choices\nAnna BergDeputy Harbour Master\nFerry OfficeKestrel Harbour Board\nSeptember 2016\n1\nRefit, Retire, or Replace?\n\n" + revBody,
			"Refit, Retire, or Replace? The Isles’ Ferry Choices"},
		// cjkSpaces on the final title
		{"cjk-space", "北方諸島の運賃 に関する港湾の協力のあり方\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "北方諸島の運賃に関する港湾の協力のあり方"},
		// namedCoverTitle: a one-line cover opening with its month, a title in sentence case, names with initials;
		// "this series of memos" deep in its text makes no series page
		{"one-line-cover", "June 2018 A fair share of the winter crossing for the outer isles Anna B. Berg, Per L. Lindqvist, and Li Wei Anna B. Berg teaches geography at the Harbour School. " +
			"Per L. Lindqvist works for the Kestrel Institute. Li Wei studies ferry law at the Harbour School. Preface Who pays for the winter crossing has been argued over since the first ferry left the quay, " +
			"and the argument has grown louder with every rise in the fares. The councils have mostly said what the board must stop doing. In writing this series of memos to the councils, we set out instead what the board should do.\n",
			"A fair share of the winter crossing for the outer isles"},
		// coverLineTitle: a journal's running head, then the title after its last year, then the author with a note's figure
		{"one-line-journal", "Island Studies Quarterly, vol. 3, no. 2, 2018, 101-118 ISSN: 0000-1113 (print), 0000-2226 (online) Kestrel Press, 2018 Did the Board’s New Dues Lower the Fares? Anna Berg1 Abstract For ten years the isles have lived with old ferries, rising dues and slower crossings. " +
			"In 2016 the harbour board brought in two new rules on the dues, and this article asks what they did to the fares on the three northern routes. The fares fell in the first winter and rose again in the second.\n",
			"Did the Board’s New Dues Lower the Fares?"},
		// kickerOver: a section's label over the headline
		{"kicker-labels", "Analysis & Opinions - Harbour Review\nBerg on Lindqvist, 'Harbour Boards and Their Logbooks: How Councils Recall a Storm'\n" + revBody,
			"Berg on Lindqvist, 'Harbour Boards and Their Logbooks: How Councils Recall a Storm'"},
		{"kicker-name", "Isles/Shores (Quays-Lamps-Crews) Tomas Brandt\n\nFerry fares after the storm: what next\n\n" + revBody,
			"Ferry fares after the storm: what next"},
		// a title with "&" over its dek stays the title
		{"kicker-dek", "Ferries & Harbours of the North\nHow the isles pay for the winter crossing, and why the councils want it changed\n" + revBody,
			"Ferries & Harbours of the North"},
		// a note's mark ending a title printed whole elsewhere is the title's, not an author's
		{"title-note-mark", "The Northern Harbour Dues Crisis\nTranscript\nThe Northern Harbour Dues Crisis\nJournal of Island Studies—Volume 9, Number 2—Winter 2018—Pages 11–29\nThe Northern Harbour Dues Crisis†\nAnna B. Berg\n" + revBody,
			"The Northern Harbour Dues Crisis"},
		// a capitals title broken after "DA" goes on; its next line is no name
		{"caps-da", "Você está na página 1de 42\n\n1187\n\nPROJEÇÕES DA EVOLUÇÃO DA\nTARIFA DAS BALSAS DO\nARQUIPÉLAGO (2020 A 2040)\n\nAna Berga de Castro Porto\n\nNOTA TÉCNICA\nPorto Alegre, maio de 2020\n\n" + revBody,
			"PROJEÇÕES DA EVOLUÇÃO DA TARIFA DAS BALSAS DO ARQUIPÉLAGO (2020 A 2040)"},
		// a saved page's "Title | Site" over the heading alone
		{"title-bar-site", "Fähren im Sturm: Die Inseln unter Druck | Hefte für Hafen und Inselpolitik\nLoginWarenkorb\nFähren im Sturm: Die Inseln unter Druck\nvon Anna Berg\n\n" + revBody,
			"Fähren im Sturm: Die Inseln unter Druck"},
		// a sharing site's file-type label after the title
		{"pdf-label", "Harbour Patrols: Much Promised, Seldom Seen PDF\nSummary\nThis document looks at what the councils mean by a harbour patrol and why so few are kept.\nFull Transcript\n" + revBody,
			"Harbour Patrols: Much Promised, Seldom Seen"},
		// titlePageHeadRe: a running head, "Title | 1", run into a one-line page's text
		{"running-head", "7\nKeeping the Northern Ferry Lanes Open | 1 Three councils share the northern lanes, and each winter the storms close them for weeks at a time while the ferries wait in the lee of the largest isle. " +
			"The harbour board has raised its dues twice in ten years, and the ferry owners say the lamps and the logbooks cost them more each winter than the fares bring in, while the councils ask why the crossing costs more than the summer one.\n",
			"Keeping the Northern Ferry Lanes Open"},
		// titleAgainAfterDate: a one-line cover printed twice with its month between the copies
		{"cover-twice", "Watch Warn Shelter Repair The Harbour Board’s Plan for Countering Winter Storms Annual Report June 2014 The Harbour Board’s Plan for Countering Winter Storms Annual Report June 2014 Laid before the Councils by the Harbour Master June 2014 No. 412 © Harbour Board 2014 " +
			"You may copy this report for any purpose as long as you copy it whole and name the harbour board as its author.\n",
			"Watch Warn Shelter Repair The Harbour Board’s Plan for Countering Winter Storms Annual Report"},
		// laterRelated: "You might also like ..." over other documents after the article's own text
		{"later-related", "Lamps first: why the board should light the quays before it buys new ferries\nArticle\n" + revBody +
			"In this note we set out what the councils could ask of the board at its spring meeting.\nYou might also like ...\n" +
			"After the storm: what the winter taught the ferry crews and how the councils should answer them\nThe crews kept a log of every cancelled crossing last winter, and the log makes hard reading for the board and the councils alike.\n" +
			"One fleet or three: the councils and their shared ferries\nSharing the ferries would save the councils money each winter, but each isle fears that it would lose its own boat and its own timetable.\n" +
			"Dues that bite: the case for a cap on harbour dues\nSmall traders on the outer isles now pay more in harbour dues than in rent, and it is time for the board to act on it.\n",
			"Lamps first: why the board should light the quays before it buys new ferries"},
		// possessiveEnd in readBlock: the line after a possessive is the title's, not an author's
		{"possessive", "Ferry Policy on the Harbour Board's\nWinter Timetable\nAnna Berg and Per Lindqvist\n12 March 2020\n\n" + revBody,
			"Ferry Policy on the Harbour Board's Winter Timetable"},
		// a contraction ends a title, and the name under it stays a name
		{"contraction", "The Ferry Fare Rise and Why It's\nAnna Berg\n12 March 2020\n\n" + revBody, "The Ferry Fare Rise and Why It's"},
		// reversedName in trimTitle: "By Lan Wei" over "Wei Lan, …" is the byline
		{"reversed-name", "Harbour Working Papers No. 2 (July 2010)\n\nFerry Ties Between the Isles: Councils and Crews on Both Shores of the Sound By Lan Wei\n\n" +
			"Wei Lan, Associate Professor, School of Harbour Studies\n\n" + revBody,
			"Ferry Ties Between the Isles: Councils and Crews on Both Shores of the Sound"},
		// a cover's title broken over three lines under a record line that prints it whole (joinHeadEchoed's own cases are in TestJoinHeadEchoed)
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
	p := Read("Auteurs Anne Berger, Paul Lindet, Marie Caron\nTraversées d’hiver : ce que les îles du nord attendent des ports\n\n"+revBody, Hints{})
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
	page := "• Aucun résultat trouvé\n" +
		"Les traversées d’hiver des îles du nord : qui paie le quai, qui paie la lampe ? Le cas de Kestrel\n" +
		"N/A\n" +
		"N/A\n" +
		"Protected\n" +
		"Academic year: 2021\n" +
		"Partager \"Les traversées d’hiver des îles du nord : qui paie le quai, qui paie la lampe ? Le cas de Kestrel\"\n" +
		"Copied!\n" +
		"13\n" +
		"0\n" +
		"0\n" +
		"Texte intégral\n" +
		"(1)\n" +
		"Les traversées d’hiver des îles du nord : qui paie le quai, qui paie la lampe ? Le cas de Kestrel\n" +
		"Le cas de Kestrel\n" +
		"Anne Berger et Paul Lindet\n" +
		"Anne Berger : chargée de recherche, laboratoire des ports de Kestrel\n" +
		"Paul Lindet : maître de conférences, laboratoire des ports de Kestrel\n" +
		"Résumé\n" +
		"Trois conseils insulaires se partagent les quais du nord, mais chacun compte ses lampes à sa façon. Nous comparons leurs registres d’hiver et montrons que les passagers des îles lointaines paient deux fois.\n" +
		"Mots-clés : traversées, quais, îles, tarifs\n" +
		"Abstract. Winter crossings of the northern isles: who pays for the quay, who pays for the lamp?\n"
	if r := (reader{ls: split(page)}); r.mirrorMarks() < 2 {
		t.Errorf("mirrorMarks = %d, want a sharing site's two marks (share button, copy notice)", r.mirrorMarks())
	}
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "Les traversées d’hiver des îles du nord : qui paie le quai, qui paie la lampe ? Le cas de Kestrel" {
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
		{"plugin", "Ferry Fares After the Storm: What Comes Next?\nLoading Events\n« All Events\n" + pitch, true},
		{"plugin-bullet", "Ferry Fares After the Storm: What Comes Next?\n  • This event has passed.\nFerry Fares After the Storm: What Comes Next?\n30th May 2022 @ 1:00 pm - 2:00 pm\n" + pitch, true},
		{"hours-span", "Harbours 2021\nTwo afternoons for crews, clerks and councillors on the winter crossing.\n11 October 2021 TO 12 October 2021 — 1:00PM TO 4:00PM\nPaying for the winter crossing\n" + pitch + "Why attend?\n", true},
		{"japanese", "【港湾セミナー報告】北方諸島の冬季航路を考える\n掲載日:2021.11.05\nセミナー |\n概要\n会議名:「北方諸島の冬季航路」\n日時:2021年11月5日 14:00~15:30\n形式:会場とオンライン\n参加者:64名\n主催:港湾研究所\n" + pitch, true},
		{"article", "Ferry Fares After the Storm\nBy Anna Berg\n12 March 2022\n" + pitch + "The paper was presented on 11 October 2021 at a meeting of the councils in the harbour hall of the largest isle.\n", false},
	} {
		p := Read(c.page, Hints{})
		if got := p.Kind == KindEvent; got != c.event {
			t.Errorf("%s: kind %q (%s), want event %v", c.name, p.Kind, p.Skip, c.event)
		}
	}
}

// TestCJKSpaces: a PDF's line break inside Japanese leaves a space before
// a particle in hiragana, which goes; a chapter's label keeps its space, and so do
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
		{"blog", "Lamps Before Lines: Why the Board Buys Lighthouses First\n" +
			"The harbour board spent more on lamps than on ferries last year, and the councils want to know why; here is what the accounts say.\n" +
			"Wednesday, May 14, 2014\nSail Is Cheaper Than You Think\n" +
			"A schooner costs a third of a steam ferry to run through the winter, yet no council has ever asked the board to try one.\n" +
			"Friday, May 2, 2014\nNotes From the Quay: A Talk by Anna Berg\n" +
			"Anna Berg spoke at the harbour school on Thursday about her years on the quay, and we took notes for those who missed it.\n", KindListing},
		{"article", article, ""},
		{"unsigned", strings.Replace(strings.Replace(article, "By Anna Berg\n12 March 2020\n", "", 1), "This paper follows", "The harbour office keeps", 1), ""},
		{"digest", "Harbour News Brief\nAugust 5, 2022\nFerries and Quays\n" +
			"Board Raises Dues at Every Quay After the Councils Publish Their PlanBloomberg\n" +
			"The new dues take effect next month, and the councils say nobody asked them.\n" +
			"Outer Isles Sign Ferry Deal With the Mainland After a Long NightReuters\n" +
			"The deal keeps two crossings a day through the winter, paid for by the mainland for three years.\n", KindNewsletter},
		{"repost", "Board Raises Dues at Every Quay After the Councils Publish Their PlanBloomberg\nBy Anna Berg\n5 August 2022\n" + revBody, ""},
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
		{"Ferries - Harbours & Quays\nHow the Councils Should Fund the Crossing of the Northern Sound\n" + revBody, false},
		{"News & Commentary - Harbour Review\nHow the Councils Should Fund the Crossing of the Northern Sound\n" + revBody, true},
		{"Isles/Shores (Quays-Lamps) Tomas Brandt\nFerry fares after the storm: what next\n" + revBody, true},
		{"Harbour Lights Tomas Brandt\nFerry fares after the storm: what next\n" + revBody, false},
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
		{"Kajian Tarif Feri Pulau Utara 1", note, "Kajian Tarif Feri Pulau Utara"},
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
	if p := Read("Kajian Dermaga Pulau Utara dan Selatan 1 Anna Berga, Per Lindqvist, Li Wei\n\n12 March 2020\n\n"+revBody, Hints{}); p.Title != "Kajian Dermaga Pulau Utara dan Selatan" {
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
		{"TARIFAS PORTUÁRIAS COMO FATOR DE INTEGRAÇÃO", false},
		{"Puertos Insulares Sobre Tarifas Justas", false},
		{"Ana Lúcia de Castro Porto Neto", true},
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
		{"Organised ferry fares in the isles: new trends and open questions", true},
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

// TestLowerShift: a letter that grows when lower-cased ("Ⱥ") before " by "
// moves no offset into the line's own text.
func TestLowerShift(t *testing.T) {
	for _, page := range []string{
		"The Ferry Fares of Winter\nBy ȺȺȺȺȺȺ by A\n12 March 2020\n" + revBody,
		"The Ferry Fares of Winter\n12 March 2020 ȺȺȺȺȺȺȺȺ by A\n" + revBody,
		"Speech ȺȺȺȺȺȺȺȺ by A\nThe Ferry Fares of Winter\n12 March 2020\n" + revBody,
	} {
		_ = Read(page, Hints{}) // must not panic
	}
}

// TestFinalStopSpace: an abbreviation's stop stays after any kind of space.
func TestFinalStopSpace(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Dues of the Isles in 2022\u00a0etc.", "Harbour Dues of the Isles in 2022\u00a0etc."},
		{"Harbour Dues of the Isles in 2022.", "Harbour Dues of the Isles in 2022"},
	} {
		if got := finalStop(c.in); got != c.want {
			t.Errorf("finalStop(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
