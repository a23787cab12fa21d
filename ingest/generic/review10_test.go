package generic

import (
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/fields"
)

// Rows for the rules written after the K batch was read, in invented
// words: each fails when the line it names is broken (docs/mutations.md,
// section "After the K batch was read").

const review10Prose = "The ferry to the outer isles runs twice a week in winter, and the councils have asked the board to add a third crossing before the storms begin.\n\nThe board says the harbour dues do not cover the cost of a third crossing, and the councils say the dues were never meant to."

// TestTrailingNames checks a byline run into the end of the title's line:
// cut when something says it is a byline, kept when the name may be the
// title's own.
func TestTrailingNames(t *testing.T) {
	for _, c := range []struct {
		name, page, title string
		authors           []string
	}{
		{"a sentence-case title over a cased name whose byline is printed apart", "Portos e balsas: o difícil caminho das ilhas do norte Bruno Calheiros\nBruno Calheiros\n" + review10Prose,
			"Portos e balsas: o difícil caminho das ilhas do norte", []string{"Bruno Calheiros"}},
		{"a question before the name", "Harbour Dues in the Isles: Who Pays for the Quays? Larissa Holmqvist\n" + review10Prose,
			"Harbour Dues in the Isles: Who Pays for the Quays?", []string{"Larissa Holmqvist"}},
		{"a capital By before the name", "The Isles in the Kingdom’s Ferry Policy By Ryo Tanabe\n" + review10Prose,
			"The Isles in the Kingdom’s Ferry Policy", []string{"Ryo Tanabe"}},
		{"footnote marks and a joiner, then the abstract's heading", "Kriteria Pelabuhan Pulau: Sebuah Tinjauan Andi Saputra* dan Budi Harsono ** Abstract\n" + review10Prose,
			"Kriteria Pelabuhan Pulau: Sebuah Tinjauan", []string{"Andi Saputra", "Budi Harsono"}},
		{"a lone footnote mark before the name", "Adalar Feribot Notları: Limanlar ve Ücretler * Selim Kayacan\n" + review10Prose,
			"Adalar Feribot Notları: Limanlar ve Ücretler", []string{"Selim Kayacan"}},
		{"capitals over a cased name", "FERRIES WITHOUT HARBOURS IN THE NORTHERN ISLES Peter Hollis\n" + review10Prose,
			"FERRIES WITHOUT HARBOURS IN THE NORTHERN ISLES", []string{"Peter Hollis"}},
		{"a Title Case title whose name the page prints apart", "Quays, Dues and the Future of the Island Ferries Daniel Moray\nDaniel Moray is a fellow of the Harbour College.\n" + review10Prose,
			"Quays, Dues and the Future of the Island Ferries", []string{"Daniel Moray"}},
		// kept: the name may be the title's own
		{"a Title Case title ending on a name the page names nowhere else", "Island Ferries and the Old Peter Harbour Trust\n" + review10Prose,
			"Island Ferries and the Old Peter Harbour Trust", nil},
		{"a name after 'to'", "The Harbour Board's Open Letter to Anna Berg\n" + review10Prose,
			"The Harbour Board's Open Letter to Anna Berg", nil},
		{"a name after an office", "the isles' councils write to President Anna Berg\n" + review10Prose,
			"the isles' councils write to President Anna Berg", nil},
		{"a possessive name", "living with harbours: the isles toward Hugo Moreno’s Ferries\n" + review10Prose,
			"living with harbours: the isles toward Hugo Moreno’s Ferries", nil},
		{"an institute named after a person", "Documento di lavoro delle isole - Istituto Bruno Ferrante\n" + review10Prose,
			"Documento di lavoro delle isole - Istituto Bruno Ferrante", nil},
		{"a small by belongs to the title", "the ferry crossings of the isles as told by Anna Berg\n" + review10Prose,
			"the ferry crossings of the isles as told by Anna Berg", nil},
		{"a closing quote before the name", "The Harbour Board’s “New Crossing” Peter Hollis\n" + review10Prose,
			"The Harbour Board’s “New Crossing”", []string{"Peter Hollis"}},
		// kept: the review's cases, in invented words
		{"a caption naming the person", "Why Voters Chose Daniel Moray\nDaniel Moray at a rally in Northport\n" + review10Prose,
			"Why Voters Chose Daniel Moray", nil},
		{"a title's own By after a participle", "Island Schools Shaped By Maria Lindqvist\n" + review10Prose,
			"Island Schools Shaped By Maria Lindqvist", nil},
		{"a sentence-case title naming its subject", "Las medidas del puerto que anunció Daniel Moray\n" + review10Prose,
			"Las medidas del puerto que anunció Daniel Moray", nil},
		{"a paragraph naming the person is no byline", "The Case for Impeaching Daniel Moray\nThe harbour board says Daniel Moray broke the rules of the quay.\n" + review10Prose,
			"The Case for Impeaching Daniel Moray", nil},
		{"a stop of an abbreviation before the name", "Harbour Dues in the Isles of St. Peter Hollis\n" + review10Prose,
			"Harbour Dues in the Isles of St. Peter Hollis", nil},
		{"three words after a question", "Whatever Happened to the Island Ferries? Peter Hollis Revisited\n" + review10Prose,
			"Whatever Happened to the Island Ferries? Peter Hollis Revisited", nil},
		{"a foreign preposition before the name", "Entretien exclusif avec Daniel Moray\n" + review10Prose,
			"Entretien exclusif avec Daniel Moray", nil},
		{"a trade before the name", "Interview with harbour economist Daniel Moray\n" + review10Prose,
			"Interview with harbour economist Daniel Moray", nil},
		{"a news sentence on the person is no note on their post", "Harbour Board Honours Daniel Moray\nDaniel Moray is the third pilot to win the prize.\n" + review10Prose,
			"Harbour Board Honours Daniel Moray", nil},
		{"a preposition smallWords leaves out", "The Harbour Board Since Daniel Moray\n" + review10Prose,
			"The Harbour Board Since Daniel Moray", nil},
		{"a labelled record's title is whole", "Title: Who Pays for the Quays? Daniel Moray\nAuthor: Anna Berg\nDate: 2019\n" + review10Prose,
			"Who Pays for the Quays? Daniel Moray", []string{"Anna Berg"}},
		{"a foreign preposition before the name under capitals", "ENTRETIEN EXCLUSIF AVEC Daniel Moray\n" + review10Prose,
			"ENTRETIEN EXCLUSIF AVEC Daniel Moray", nil},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.title || strings.Join(p.Authors, "; ") != strings.Join(c.authors, "; ") {
			t.Errorf("%s: title %q, authors %q; want %q, %q", c.name, p.Title, p.Authors, c.title, c.authors)
		}
	}
}

// TestGivenNamesLeaveWords guards the lexicon against words a title ends
// on: a place, a month or a dynasty read as a given name would cut it.
func TestGivenNamesLeaveWords(t *testing.T) {
	for _, w := range []string{"Sri", "Santiago", "Milan", "Ming", "Yuan", "Jun", "Made", "Can", "Will", "Mark", "Grace", "Frank", "Don", "Temel", "Nur", "Jan", "Wei"} {
		if fields.IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = true, a word titles end on", w)
		}
	}
	for _, w := range []string{"Bruno", "LARISSA", "ryo", "Selim", "Andi"} {
		if !fields.IsGivenName(w) {
			t.Errorf("IsGivenName(%q) = false", w)
		}
	}
}

// TestQuestionAfterColon checks a subtitle that asks, set in two lines:
// the question mark on the second line ends the title.
func TestQuestionAfterColon(t *testing.T) {
	for _, c := range []struct{ name, page, title string }{
		{"a question after the colon", "Ferries Without Harbours: Is There Room for Another Crossing\nThis Winter?\n\nBy Anna Berg\n\n" + review10Prose,
			"Ferries Without Harbours: Is There Room for Another Crossing This Winter?"},
		{"no question: the next line is not joined", "Ferries Without Harbours: The Room for Another Crossing\nThis Winter?\n\nBy Anna Berg\n\n" + review10Prose,
			"Ferries Without Harbours: The Room for Another Crossing"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, p.Title, c.title)
		}
	}
	// a standfirst that asks, under a subtitle opening with a question
	// word, is no end of the title
	p := Read("Fiscal Rules in the Isles: Where Next\nCan the new harbour dues survive the next storm?\n\nBy Anna Berg\n\n"+review10Prose, Hints{})
	if strings.Contains(p.Title, "Next Can") {
		t.Errorf("a standfirst joined to the title: %q", p.Title)
	}
}

// TestStampsInOtherLanguages checks days that are no publication's: a
// "last updated" stamp, a sharing site's upload day over its view counter.
// A wrong date is worse than none.
func TestStampsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"an Arabic last-updated stamp", "العبّارات والموانئ في الجزر الشمالية\nآخر تحديث: الأحد 03/02/2019 09:15 ص\n\n" + review10Prose},
		{"a Japanese last-updated stamp", "北の島々のフェリーと港\n最終更新日：2019年2月3日\n\n" + review10Prose},
		{"a Chinese last-updated stamp", "北方岛屿的渡轮与港口\n最后更新：2019年2月3日\n\n" + review10Prose},
		{"an Arabic update date", "العبّارات والموانئ في الجزر الشمالية\nتاريخ التحديث: 03/02/2019\n\n" + review10Prose},
		{"a Thai revised edition's day", "ผลกระทบต่อท่าเรือในหมู่เกาะ\n*หมายเหตุ ฉบับปรับปรุง 29 มิถุนายน 2563\n\n" + review10Prose},
		{"an upload day over a view counter", "Fähren ohne Häfen\n\n03.02.2019 Aufrufe\n\n" + review10Prose},
		{"an upload day over a Spanish view counter", "Transbordadores sin puertos\n\n03.02.2019 visualizaciones\n\n" + review10Prose},
		{"an upload day over a Portuguese view counter", "Balsas sem portos\n\n03.02.2019 visualizações\n\n" + review10Prose},
		{"an upload day over a French view counter", "Des bacs sans ports\n\n03.02.2019 · 120 vues\n\n" + review10Prose},
		{"an upload day over a Russian view counter", "Паромы без портов\n\n03.02.2019 просмотров: 120\n\n" + review10Prose},
		{"an upload day over a Turkish view counter", "Limansız feribotlar\n\n03.02.2019 görüntülenme\n\n" + review10Prose},
		{"an upload day over a Vietnamese view counter", "Phà không có cảng\n\n03.02.2019 lượt xem\n\n" + review10Prose},
	} {
		if p := Read(c.page, Hints{}); p.Skip != "" || !p.Date.IsZero() {
			t.Errorf("%s: skip %q, date %v; want a document with no date", c.name, p.Skip, p.Date)
		}
	}
}

// TestShortTitleOverDate checks a short Title Case title over its day: a
// preposition is in no one's name, so the line is no byline.
func TestShortTitleOverDate(t *testing.T) {
	for _, c := range []struct{ name, page, title string }{
		{"over a bare day", "Ferries Without Harbours\n\nFebruary 3, 2019\n\n" + review10Prose, "Ferries Without Harbours"},
		{"over a labelled day", "Quays Beyond Repair\n\nPublished: February 3, 2019\n\n" + review10Prose, "Quays Beyond Repair"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title || p.Date.IsZero() {
			t.Errorf("%s: title %q, date %v, skip %q; want %q and its day", c.name, p.Title, p.Date, p.Skip, c.title)
		}
	}
}

// TestIssueLinesInOtherLanguages checks a journal issue's header in the
// languages journals print it in: never a title.
func TestIssueLinesInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Tom 3 Zeszyt 2 2019", true},
		{"Bd. 4 Heft 1", true},
		{"Jahrgang 9 Nr. 2", true},
		{"Año 12 Núm. 3", true},
		{"Ano 7 Nº 41", true},
		{"Tomo 4 Número 2", true},
		{"Anno 6 Fascicolo 3", true},
		{"Vol. 2 Fasc. 1", true},
		{"Band 3 Nr. 4", true},
		{"Tome 5 Numéro 2", true},
		{"Cilt 5 Sayı 2", true},
		{"Jilid 8 Nomor 1", true},
		{"Том 7 № 1", true},
		{"Vol. 8, No. 2", true},
		{"Tomorrow's Ferries: Two Crossings a Week", false},
		{"Piano 3 and the Harbour Band", false},
		{"The Phantom 2 Issue 3 Problem", false},
		{"Band 3 Nr. 4 und die Zukunft der Inselhäfen", false},
		{"Revista de Estudios Insulares Vol. 5, No. 1 (2019)", true},
		{"Vol. 12 No. 3 (2019): pp. 45–67", true},
		{"Vol. 8 Núm. 1 (2020): enero-junio", true},
		{"Jilid 4 Nomor 2 tahun 2020", true},
	} {
		if got := neverTitle(c.line); got != c.want {
			t.Errorf("neverTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestDutchGermanBanners checks an institution's banner in Dutch or
// German capitals over the page's title: the banner is no title.
func TestDutchGermanBanners(t *testing.T) {
	for _, c := range []struct{ name, page, title string }{
		{"a Dutch council over a cover's lines", "NATIONALE RAAD VOOR HAVENBELEID\nVeerboten zonder havens o v e r d e n o o r d e l i j k e e i l a n d e n\nHAVENSTAD UNIVERSITY PRESS\nVeerboten zonder havens\n" + review10Prose, "Veerboten zonder havens"},
		{"a German institute", "INSTITUT FÜR HAFENFORSCHUNG\n\nFähren ohne Häfen auf den nördlichen Inseln\n\n" + review10Prose, "Fähren ohne Häfen auf den nördlichen Inseln"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, p.Title, c.title)
		}
	}
	for _, line := range []string{"Raad voor Havenbeleid", "Stiftung für Inselforschung"} {
		if !isOrgLine(mkLine(line)) {
			t.Errorf("isOrgLine(%q) = false", line)
		}
	}
	if isOrgLine(mkLine("CENTRUM VAN DE HAVENS")) {
		t.Errorf("a Dutch title with 'van' read as an organisation")
	}
}

// TestAboutTitlesWithOur checks an institution's page about itself headed
// "our history" in Indonesian, Portuguese or Italian: navigation.
func TestAboutTitlesWithOur(t *testing.T) {
	for _, title := range []string{"SEJARAH KAMI", "Nossa história", "La nostra storia", "Visi dan Misi Kami"} {
		if !aboutTitle(title) {
			t.Errorf("aboutTitle(%q) = false", title)
		}
	}
}

// TestPersonLines checks lines of people, which are never a title, against
// titles that open with a person's name.
func TestPersonLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Daniel Moray", true},
		{"LTG (Ret.) Peter Hollis Maria Lindqvist COL (Ret.) Anna Berg", true},
		{"Harry Moray, and Commander Jeff Lindqvist", true},
		{"Sen. Sheldon Moray", true},
		{"Nora Moray, CEO Peter Hollis, Senior Consultant", true},
		{"Anna a. Lindqvist", true},
		{"Bruno Calheiros University of the Isles; Harbour College", true},
		{"Maria Lindqvist, Director of the Harbour Council", true},
		{"Peter Hollis Senior Fellow", true},
		// titles
		{"Anna Karenina and the Politics of the Steppe", false},
		{"Daniel Moray, Ferries and the Isles", false},
		{"Peter Hollis: A Life at Sea", false},
		{"Daniel, Director of the Harbour", false},
		{"Paul Moray Is Wrong About Ferries", false},
		{"Anna BERG, Maria Lindqvist, Northport; Isles, mars 2015", true},
		{"Nora Moray, CEO Peter Hollis, Harbour Data Scientist Anna Berg, Senior Consultant", true},
		{"Margaret Moray, Britain and the Isles", false},
		{"Margaret Moray, Ronald Hollis and the End of the Ferries", false},
		{"Daniel Moray and Peter Hollis in the Northern Isles", false},
		{"Robert Moray Stiftung Annual Report 2022", false},
		{"John Maynard Moray Research Programme", false},
		{"Joe Moray Administration Harbour Policy", false},
		{"Peter Hollis, Senior Fellow: Why the Ferries Matter", false},
		{"Ferries Without Harbours", false},
		{"Harbour Dues in the Isles", false},
	} {
		if got := personLine(c.line); got != c.want {
			t.Errorf("personLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestPortraitAndDOILines checks a portrait's alternative text and a
// record's DOI line, both printed over a paper's title on real pages.
func TestPortraitAndDOILines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Picture of Daniel Moray", true},
		{"Photo of Maria van Hollis", true},
		{"Picture of Health in the Northern Isles", false},
		{"Picture of Health Care", false},
		{"Portrait of Rural Ireland", false},
		{"2021-03-04DOI: 10.12345/harbour.2021.003", true},
		{"DOI: 10.12345/harbour.2021.003", true},
		{"Harbour dues and the island ferries 10.12345/harbour.2021.003", false},
	} {
		if got := neverTitle(c.line); got != c.want {
			t.Errorf("neverTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	if !NotTitle("2021-03-04DOI: 10.12345/harbour.2021.003") {
		t.Errorf("NotTitle: a DOI line is a title")
	}
	p := Read("Ferries without harbours in the northern isles\n\nPicture of Daniel Moray\nDaniel Moray\n\nSenior Fellow at the Harbour College\n\n"+review10Prose, Hints{})
	if p.Title != "Ferries without harbours in the northern isles" {
		t.Errorf("a portrait's text over the author: title %q", p.Title)
	}
}

// TestBlogRepostDays checks a blog's day header over a text it reposts:
// the text's own issue or byline day, printed below, is the publication's.
func TestBlogRepostDays(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		{"an issue line below", "Sunday, May 14, 2017\n\nFerries Without Harbours in the Isles\n\nHarbour Notes No. 61    May 2017\n\n" + review10Prose, "2017-05"},
		{"a German header, a byline's day in brackets", "Montag, 15. Mai 2017\n\nFähren ohne Häfen auf den Inseln\n\nAnna Berg (2. Mai 2017)\n\n" + review10Prose, "2017-05-02"},
		{"a German header alone over a signed post", "Montag, 15. Mai 2017\n\nFähren ohne Häfen auf den Inseln\n\nvon Anna Berg\n\n" + review10Prose, "2017-05-15"},
	} {
		if p := Read(c.page, Hints{}); p.Date.String() != c.want {
			t.Errorf("%s: date %q, want %q", c.name, p.Date.String(), c.want)
		}
	}
}

// TestForeignMonthRange checks an issue's two months named in another
// language: the year alone is sure.
func TestForeignMonthRange(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Balsas sem portos nas ilhas do norte\n\nRevista das Ilhas, Janeiro/Junho 2009\n\n" + review10Prose, "2009"},
		{"Fähren ohne Häfen auf den Inseln\n\nInselhefte, Mai/Juni 2009\n\n" + review10Prose, "2009"},
		{"Balsas sem portos nas ilhas do norte\n\nRevista das Ilhas, Junho 2009\n\n" + review10Prose, "2009-06"},
	} {
		if p := Read(c.page, Hints{}); p.Date.String() != c.want {
			t.Errorf("%q: date %q, want %q", c.page[:40], p.Date.String(), c.want)
		}
	}
}

// TestWeekdayHeaders checks a blog's day header in the languages blogs are
// written in, which the repost rules read as a posting day.
func TestWeekdayHeaders(t *testing.T) {
	for _, low := range []string{"montag, 15. mai 2017", "lundi 15 mai 2017", "lunes, 15 de mayo de 2017", "segunda-feira, 15 de maio de 2017",
		"lunedì 15 maggio 2017", "maandag 15 mei 2017", "senin, 15 mei 2017", "monday, may 15, 2017", "tuesday , march 19 2024", "montag, den 15. mai 2017", "saturday, the 10th of november 2012", "saturday — november 10, 2012"} {
		if !startsWeekday(low) {
			t.Errorf("startsWeekday(%q) = false", low)
		}
	}
	for _, low := range []string{"domingo cavallo, march 12, 2019", "quinta avenida, 5 de mayo", "sabato rossi 2019", "minggu ke-3 maret 2019"} {
		if startsWeekday(low) {
			t.Errorf("startsWeekday(%q) = true: a name or a week, not a day's header", low)
		}
	}
}

// TestCoverOverMonth checks a sharing site's cover: its name in two words
// over its month is the title, two words over a whole day a byline.
func TestCoverOverMonth(t *testing.T) {
	const top = "Diapos una empresa de Kestrel logo\n1 de 30\nDescargar para leer sin conexión\n"
	const prose = "Con una flota renovada y una red de muelles en las islas del norte, el consejo insular busca reducir el costo del cruce en invierno.\nLa junta del puerto presentó sus cuentas de los últimos diez inviernos y propuso un fondo común para las tormentas.\n"
	if p := Read(top+"Perspectiva Insular\nMarzo 2019\n"+prose, Hints{}); p.Title != "Perspectiva Insular" {
		t.Errorf("a cover over its month: title %q", p.Title)
	}
	ls := split(top + "Quiroga Vidal\n3 de marzo de 2019\n" + prose)
	r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
	if r.coverOverMonth(3) {
		t.Errorf("two words over a whole day read as a cover")
	}
}

// TestShortTitleOverForeignDate checks a page whose only title is two or
// three Title Case words over its day, which read as a byline: indexed
// under that line rather than skipped; a name over a day on a page with
// no prose stays skipped.
func TestShortTitleOverForeignDate(t *testing.T) {
	for _, c := range []struct{ page, title, date string }{
		{"Europäische Hafenpolitik\n15. Mai 2017\n\n" + review10Prose, "Europäische Hafenpolitik", "2017-05-15"},
		{"Harbour Rules Revisited\nMarch 3, 2019\n\n" + review10Prose, "Harbour Rules Revisited", "2019-03-03"},
		{"Utang Pelabuhan Indonesia\n12 Mei 2021\n\n" + review10Prose, "Utang Pelabuhan Indonesia", "2021-05-12"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title || p.Date.String() != c.date {
			t.Errorf("title %q, date %q, skip %q; want %q, %q", p.Title, p.Date.String(), p.Skip, c.title, c.date)
		}
	}
	if p := Read("Quiroga Vidal\nMarch 3, 2019\n\nThe ferry to the outer isles runs twice a week in winter, and the councils have asked the board to add a third crossing before the storms begin.", Hints{}); p.Skip == "" {
		t.Errorf("a name over a day with one line of text indexed as %q", p.Title)
	}
	if p := Read("Anna Lindqvist\nMarch 3, 2019\n\n"+review10Prose, Hints{}); p.Title == "Anna Lindqvist" {
		t.Errorf("a common given name over a day read as the title")
	}
}

// TestMonthRangeNonLatin checks an issue's two months in Turkish and
// Russian, whose first letters are no ASCII word's.
func TestMonthRangeNonLatin(t *testing.T) {
	for _, low := range []string{"ekonomi bülteni, şubat/mart 2019", "вестник, январь/июнь 2019"} {
		if !monthRange(low) {
			t.Errorf("monthRange(%q) = false", low)
		}
	}
}

// TestForeignBylineWhole checks a foreign "by" line: a byline when names
// follow it alone, a title when it goes on as one.
func TestForeignBylineWhole(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"von Anna Berg", true},
		{"por Daniel Moray y Anna Berg, 3 de mayo de 2019", true},
		{"Von Peter Hollis bis Anna Berg", false},
		{"Por Qué Fracasan los Puertos", false},
		{"Por María de los Ángeles Pérez (Instituto Insular)", true},
	} {
		if got := wholeForeignByline(c.line); got != c.want {
			t.Errorf("wholeForeignByline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	p := Read("Von Peter Hollis bis Anna Berg\nDie Häfen der Inseln in vier Jahrzehnten\n\n"+review10Prose, Hints{})
	if p.Title != "Von Peter Hollis bis Anna Berg" {
		t.Errorf("a title opening with 'Von': title %q", p.Title)
	}
}

// TestThaiDateOnPage checks a Thai page's day in the Buddhist era.
func TestThaiDateOnPage(t *testing.T) {
	p := Read("ท่าเรือและเรือข้ามฟากในหมู่เกาะทางเหนือ\nวันพฤหัสบดีที่ 19 ธันวาคม พ.ศ. 2562\n\n"+review10Prose, Hints{})
	if p.Date.String() != "2019-12-19" {
		t.Errorf("date %q, want 2019-12-19", p.Date.String())
	}
}
