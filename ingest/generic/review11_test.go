package generic

import (
	"strings"
	"testing"
)

// Rows for the capabilities added after the L batch was read, in invented
// words: each fails when the line it names is broken (docs/mutations.md,
// section "After the L batch was read").

// TestInterfaceLines checks that a line made of a site's controls alone,
// in any of many languages, is furniture, and that a title using some of
// the same words is not.
func TestInterfaceLines(t *testing.T) {
	for _, l := range []string{
		"[打印本文] [关闭本页] 字体: [大] [中] [小]",
		"Privacidad - Condiciones",
		"Navigation – Plan du site",
		"Ingen resultater fundet",
		"Drucken | Teilen | Kontakt",
		"Imprimir Compartir",
		"Back to",
		"Beranda | Kontak",
		"Распечатать | Поделиться",
		"인쇄 닫기",
		"Kebijakan Privasi",
	} {
		if !IsFurniture(l) || !NotTitle(l) {
			t.Errorf("%q: not taken for the site's controls", l)
		}
	}
	for _, l := range []string{
		"Privacy and Power in the Harbour Economy",
		"Back to Basics: Ferry Dues in the Isles",
		"Search and Rescue at Sea",
		"Terms of Trade for the Northern Isles",
		"La privacidad de los pasajeros",
		"Home Rule for the Isles",
		"台湾港口一瞥",
		// the reviewer's: words of a site's tools that are also a title's
		"Back Home", "Sprache und Kontakt", "Pesquisa e Ajuda", "Privacy", "Feedback and Help", "Lingua e accessibilità",
		"Gizlilik ve iletişim", "Поиск и помощь", "隐私", "Volver", "中 大", "Impressum",
	} {
		if IsFurniture(l) || NotTitle(l) {
			t.Errorf("%q: taken for the site's controls", l)
		}
	}
	// the page's title, not the control bar over it
	page := "当前位置:首页 > 第六期 > 正文\n\n港口与渡轮\n\n日期:2017-12-26 来源:港口杂志 作者:李明\n\n[打印本文] [关闭本页] 字体: [大] [中] [小]\n\n" +
		"一、引言\n\n北方群岛的渡轮每周只开两次，冬季风暴期间经常停航，岛上居民出行十分不便。港务局去年提出增加第三班渡轮，但各岛议会认为费用应由中央财政承担，双方至今没有达成一致。\n\n" +
		"本文回顾了过去十年港口收费的变化，比较了三个岛屿议会的立场，并提出了在不增加居民负担的前提下增加冬季航班的几种办法。港务局的数据显示，冬季乘客人数在过去五年中增长了三成。\n\n" +
		"二、港口收费\n\n港口收费最初是为了维护码头而设立的，从来不是为了支付渡轮的运营成本。各岛议会因此认为，用港口收费来支付第三班渡轮既不合理也不现实。\n"
	if p := Read(page, Hints{}); p.Title != "港口与渡轮" {
		t.Errorf("Read: title %q, want 港口与渡轮", p.Title)
	}
}

// TestSiteTailCut checks the site's and the section's names cut from a
// title taken from a page's head line when the page prints the title
// again below without them, and titles kept whole otherwise.
func TestSiteTailCut(t *testing.T) {
	body := "\n\nThe harbour dues of the northern isles were reformed in 2019, and this note asks what the three councils learned from it and what they would change before the next winter.\n"
	for _, c := range []struct{ name, page, title string }{
		{"a domain and a section after the title, a heading below",
			"Harbour Dues and the Isles | Island Policy | kestrel.example\n\nIsland Policy Ferries Quays Harbours\n\nHarbour Dues and the Isles Why the Councils Disagree\n\nAnna Berg" + body,
			"Harbour Dues and the Isles Why the Councils Disagree"},
		{"an archive's name after the title, the title below",
			"Les droits de port dans les îles - Archive ouverte Kestrel Aller au contenu\n\nArticle Année : 2008\n\nLes droits de port dans les îles\n\nRésumé" + body,
			"Les droits de port dans les îles"},
		// kept whole
		{"a breadcrumb's tail above the whole title",
			"Harbour Dues Reform\n\nHarbour Dues Reform - Lessons from the Isles\n\nBy Anna Berg\n\n12 March 2021" + body,
			"Harbour Dues Reform - Lessons from the Isles"},
		{"the subtitle on the next line below",
			"Ferries and Quays - Lessons from the Isles\n\nFerries and Quays:\n\nLessons from the Isles\n\nAnna Berg" + body,
			"Ferries and Quays: Lessons from the Isles"}, // the page's own colon, from the lines below
		{"the title again deep in the text, its subtitle on the next line",
			"Buscar\n\nPortos e Balsas - Como as Ilhas Pagam o Cais\n\nPrévia do material em texto\n\nIntrodução" + body + "\nPortos e Balsas:\nComo as Ilhas\nPagam o Cais\n",
			"Portos e Balsas - Como as Ilhas Pagam o Cais"},
		{"a subtitle whose words the text's first paragraph uses again",
			"Ferries and Quays - Lessons from the Isles\n\nFerries and Quays\n\nPublished 12 March 2021\n\nLessons from the Isles, a review by Anna Berg of ten winters of crossings, and of what the councils asked." + body,
			"Ferries and Quays - Lessons from the Isles"},
		{"a subtitle that names no site, the short title printed below",
			"Harbour Dues - What the Isles Must Do\n\nHarbour Dues\n\nAnna Berg" + body,
			"Harbour Dues - What the Isles Must Do"},
		{"an archive's name after the title, the title's words only in a paragraph",
			"Open Harbours and the Isles - Kestrel Archive\n\nOpen harbours and the isles have been argued over since the councils first asked for a third winter crossing, and the board never agreed to one." + body,
			"Open Harbours and the Isles - Kestrel Archive"},
		{"a report's owner is the site's name, as after any title", "2019 Annual Report - Kestrel Institute\n\n2019 Annual Report\n\nA year of crossings" + body,
			"2019 Annual Report"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, p.Title, c.title)
		}
	}
	// a chapter's label after a yearbook's title is the title's own part
	page := "Anuario de las Islas 2025 | Introducción\n\nAnuario de las Islas 2025 (edición 2024)\n\nAna Ruiz\n\nIntroducción" + body
	r := reader{ls: split(page)}
	if got := r.siteTailCut("Anuario de las Islas 2025 | Introducción"); got != "Anuario de las Islas 2025 | Introducción" {
		t.Errorf("siteTailCut cut a chapter's label: %q", got)
	}
	r = reader{ls: split(strings.Replace(page, "Introducción", "Kestrel Institute", 1))}
	if got := r.siteTailCut("Anuario de las Islas 2025 | Kestrel Institute"); got != "Anuario de las Islas 2025" {
		t.Errorf("siteTailCut kept a site's name: %q", got)
	}
}

// TestFlatPageIndexed checks that a publication saved as one long line (a
// PDF's text run together) is read, however its first words look: a
// copyright notice opening the line does not make the page furniture.
func TestFlatPageIndexed(t *testing.T) {
	words := strings.Repeat("The councils of the northern isles asked the harbour board to add a third winter crossing, and the board answered that the dues do not cover it. ", 8)
	page := "Copyright ©Kestrel Barometer 2020 1 Dispatch No. 12 | 4 February 2020 Islanders see fewer ferries and trust the harbour board less Kestrel Barometer Dispatch No. 12 | Anna Berg Summary " + words + "\n"
	p := Read(page, Hints{})
	if p.Skip != "" {
		t.Fatalf("skipped: %s", p.Skip)
	}
	if !strings.Contains(strings.Join(p.Body, "\n"), "third winter crossing") {
		t.Errorf("body lost the text: %d paragraphs", len(p.Body))
	}
	// a first page run into one line that mentions cookies and consent is still text
	flat := "Kestrel Barometer Dispatch No. 13 Islanders and their data Anna Berg Summary The councils asked whether the ferry's booking site may keep cookies without consent, and whether islanders accept them. " + words
	if p := Read(flat+"\n", Hints{}); p.Skip != "" {
		t.Errorf("a flat page mentioning cookies skipped: %s", p.Skip)
	}
	// a long cookie banner or rights notice is still furniture
	cookie := "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. " +
		strings.Repeat("Si continúa navegando, consideramos que acepta su uso y da su consentimiento a nuestra política. ", 6)
	rights := "© 2021 Kestrel Institute for Island Studies. All rights reserved. " + strings.Repeat("Nothing in this paper may be copied or kept in any form unless the institute says so in writing. ", 6)
	for _, l := range []string{cookie, rights} {
		if !IsFurniture(l) {
			t.Errorf("a long notice read as text: %.60q", l)
		}
	}
}

// TestOpenTitleGoesOn checks that a title cut after a joining word, in
// any of the languages read, is completed from the next line or from the
// rest of a long line up to its byline, and that nothing is added where
// no byline or next line ends it.
func TestOpenTitleGoesOn(t *testing.T) {
	prose := "\n\nLos consejos de las islas del norte pidieron a la junta del puerto un tercer cruce en invierno, y la junta respondió que las tasas no lo cubren.\n\nEl informe compara las tres islas y propone dos maneras de pagar el cruce sin subir las tasas de los vecinos.\n"
	for _, c := range []struct{ name, page, title string }{
		{"a Spanish title broken after 'a', the rest on the next line",
			"Inicio\nBlog\nCovid-19: El reto de llevar ayuda a\nlos pescadores de las islas del norte\nmayo 6, 2020 por Ana Ruiz" + prose,
			"Covid-19: El reto de llevar ayuda a los pescadores de las islas del norte"},
		{"a sharing site's cut title, its whole form in the first page run into one line",
			"las tasas del puerto como argumento fiscal. el caso de la\n\n15\n\n43 Las tasas del puerto como argumento fiscal. El caso de la descentralización portuaria en las islas Alejandro Ruiz Universidad de las Islas. " +
				strings.Repeat("Los consejos de las islas pidieron un tercer cruce en invierno. ", 6) + prose,
			"las tasas del puerto como argumento fiscal. el caso de la descentralización portuaria en las islas"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.title {
			t.Errorf("%s: title %q, want %q", c.name, p.Title, c.title)
		}
	}
	// each step on its own, as the ranking may hand it the cut title
	r := reader{ls: split("Privacidad - Condiciones\nCovid-19: El reto de llevar ayuda a\nlos pescadores informales y vulnerables\nmayo 6, 2020 por Ana Ruiz" + prose)}
	if got := r.extendOpen("Covid-19: El reto de llevar ayuda a"); got != "Covid-19: El reto de llevar ayuda a los pescadores informales y vulnerables" {
		t.Errorf("extendOpen: %q", got)
	}
	if got := r.extendOpen("Covid-19: El reto de llevar ayuda a los pescadores informales y vulnerables"); got != "Covid-19: El reto de llevar ayuda a los pescadores informales y vulnerables" {
		t.Errorf("extendOpen ran on past a closed title: %q", got)
	}
	r = reader{ls: split("Harbour Dues and the Isles of Dan\nthe harbour story\n" + prose)}
	if got := r.extendOpen("Harbour Dues and the Isles of Dan"); got != "Harbour Dues and the Isles of Dan" {
		t.Errorf("extendOpen took a name for a joining word: %q", got)
	}
	r = reader{ls: split("43 Las tasas del puerto como argumento fiscal. El caso de la descentralización portuaria en las islas Alejandro Ruiz Universidad de las Islas. " + strings.Repeat("Los consejos de las islas pidieron un tercer cruce en invierno. ", 6) + "\n")}
	if got := r.extendInline("las tasas del puerto como argumento fiscal. el caso de la"); got != "las tasas del puerto como argumento fiscal. el caso de la descentralización portuaria en las islas" {
		t.Errorf("extendInline: %q", got)
	}
	// a paragraph under a title cut open is not its end
	r = reader{ls: split("Covid-19: El reto de llevar ayuda a\nlos consejos de las islas del norte pidieron a la junta del puerto un tercer cruce en invierno y la junta respondió que no\n" + prose)}
	if got := r.extendOpen("Covid-19: El reto de llevar ayuda a"); got != "Covid-19: El reto de llevar ayuda a" {
		t.Errorf("extendOpen took in a paragraph: %q", got)
	}
	// a title's own last words, however they look
	for _, c := range []struct{ page, title string }{
		{"Nuclear Ferries: Pro and Con\nThe case for and against the new ferries, in ten points\n" + prose, "Nuclear Ferries: Pro and Con"},
		{"Las tasas del puerto revisadas, Ruiz et al\nUna respuesta a la nota de la junta\n" + prose, "Las tasas del puerto revisadas, Ruiz et al"},
		{"A Conversation with Dan\nThe harbour master on ten winters of crossings\n" + prose, "A Conversation with Dan"},
		{"Un análisis de los puertos de América del Sur\nCon datos de diez inviernos\n" + prose, "Un análisis de los puertos de América del Sur"},
		{"Die neue Winterfähre ist da\nDer Hafen hat am Montag die neue Fähre getauft\n" + prose, "Die neue Winterfähre ist da"},
		{"Warum der Hafen mit der Insel nicht redet\nDer Hafen hat am Montag die neue Fähre getauft\n" + prose, "Warum der Hafen mit der Insel nicht redet"},
	} {
		r := reader{ls: split(c.page)}
		if got := r.extendOpen(c.title); got != c.title {
			t.Errorf("extendOpen(%q) = %q", c.title, got)
		}
	}
	// a paragraph that opens with the title's words is the text, not a first page run into one line
	r = reader{ls: split("Harbour Dues in the Second Age of reform Anna Berg told the board, and the councils asked for a crossing " + strings.Repeat("and the board said the dues would not pay for it ", 8) + "\n")}
	if got := r.extendInline("Harbour Dues in the Second Age of"); got != "Harbour Dues in the Second Age of" {
		t.Errorf("extendInline ran into a paragraph: %q", got)
	}
	// a contents line is no first page run into one line
	r = reader{ls: split("3 Harbour Dues in the Second Age of Reform Anna Berg 45\n")}
	if got := r.extendInline("Harbour Dues in the Second Age of"); got != "Harbour Dues in the Second Age of" {
		t.Errorf("extendInline took a contents line: %q", got)
	}
	// nothing is added without an end: no byline within a title's length
	r = reader{ls: split("12 Harbour Dues in the Second Age of " + strings.Repeat("reform and the councils asked for more ferries ", 8) + "Anna Berg Professor of Harbours\n")}
	if got := r.extendInline("Harbour Dues in the Second Age of"); got != "Harbour Dues in the Second Age of" {
		t.Errorf("extendInline ran into the text: %q", got)
	}
	// the title printed twice on one line ends at its second print
	r = reader{ls: split("12 Harbour Dues in the Isles: Evolving Rules And Harbour Dues in the Isles: Evolving Rules and Practice Anna Berg Professor " + strings.Repeat("and more words here ", 12) + "\n")}
	if got := r.extendInline("Harbour Dues in the Isles: Evolving Rules And"); got != "Harbour Dues in the Isles: Evolving Rules And" {
		t.Errorf("extendInline ran into the title printed again: %q", got)
	}
}

// TestLedeByline checks a byline run into the text's first line, in
// several languages, and lines that open with the same words but name no
// one; and a date's label set apart from its day, which is no name.
func TestLedeByline(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"Par Anne Berger. Les îles du nord attendent un troisième passage.", []string{"Anne Berger"}},
		{"Oleh Budi Santoso dan Siti Rahma. Para peneliti pelabuhan menulis tentang kapal.", []string{"Budi Santoso", "Siti Rahma"}},
		{"Por María José Ruiz | Las islas del norte piden un tercer cruce.", []string{"María José Ruiz"}},
		{"By Richard L. Kestrel, Anna Berg and Maria Lindqvist. They study the harbours of the north.", []string{"Richard L. Kestrel", "Anna Berg", "Maria Lindqvist"}},
		{"Por Ana Ruiz y Pablo Gil. Las islas del norte piden un tercer cruce.", []string{"Ana Ruiz", "Pablo Gil"}},
		{"Di Marco Rossi e Giulia Bianchi – Le isole del nord chiedono un traghetto.", []string{"Marco Rossi", "Giulia Bianchi"}},
		{"By Anna Berg, Peter Hollis, Maria Lindqvist, Daniel Moray and Sara Ekberg. The councils asked for a ferry.", []string{"Anna Berg", "Peter Hollis", "Maria Lindqvist", "Daniel Moray", "Sara Ekberg"}},
		{"By Lars Kestrel-Pedersen, Project Senior Researcher, Institute for Island Studies. The ferries…", []string{"Lars Kestrel-Pedersen"}},
		// a name that is the sentence's subject
		{"Von Angela Kestrel, der damaligen Hafenchefin, stammt der Satz über die Fähren.", nil},
		{"Di Giovanni Falcone, il giudice, si parla ancora nelle isole.", nil},
		{"By Martin Luther King Day, the board had printed the new timetable.", nil},
		{"Oleh Joko Widodo, program pelabuhan ini diresmikan.", nil},
		{"By Peter Hollis Jr. The board says the dues do not cover the crossing.", []string{"Peter Hollis Jr."}},
		// no one
		{"Por qué las islas del norte piden un tercer cruce en invierno.", nil},
		{"Von der Leyen sagte am Montag, die Häfen seien wichtig.", nil},
		{"Par ailleurs, les ports des îles du nord demandent un troisième passage.", nil},
		{"By Harbour Standards, the northern isles pay the highest dues.", nil},
		{"By Harbour Standards. The northern isles pay the highest dues.", nil}, // no given name opens it
		{"Por Ana Ruiz sobre Pablo Gil. Las islas del norte y sus puertos.", nil},
		{"Por Ana Ruiz sobre Pablo Gil, las islas del norte y sus puertos.", nil}, // names not ended by a stop, a comma or a dash
	} {
		if got := ledeByline(c.line); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("ledeByline(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	page := "Point de vue\nPublié le\nMardi 12 mars 2019\nPar Anne Berger. Les trois conseils des îles du nord ont enfin trouvé un accord avec la commission du port sur les tarifs du passage.\n" +
		"Les îles du nord demandent depuis longtemps un troisième passage en hiver, et la commission du port a enfin accepté d'étudier la question avec les conseils.\n"
	r := reader{ls: split(page)}
	if r.isNameLine(1) {
		t.Errorf("%q read as a name", r.ls[1].text)
	}
	if got := r.authors(0); strings.Join(got, "; ") != "Anne Berger" {
		t.Errorf("authors = %q, want the byline run into the first line", got)
	}
	// a byline printed apart wins over a name in the text's first line
	r = reader{ls: split("Les ports des îles\nPar Marie Dupont. Jean Monnet disait que l'Europe se ferait dans les crises, et les îles du nord le savent bien.\nClaire Martin\n" + page)}
	if got := r.authors(0); strings.Join(got, "; ") != "Claire Martin" {
		t.Errorf("authors = %q, want the byline printed apart", got)
	}
}

// TestArchiveHeadings checks that a blog system's archive heading over a
// page of long teasers makes it a listing, in English and in the
// translations blog systems print, and that a post whose body merely
// mentions an archive stays a publication.
func TestArchiveHeadings(t *testing.T) {
	teasers := "\n\nFerries of the northern isles\n\nThe councils of the northern isles asked the harbour board to add a third winter crossing, and the board answered that the dues do not cover it.\n\n" +
		"Quays and their keepers\n\nThe quays of the outer isles were built by the councils in the last century, and the harbour board now wants to take them over with their keepers.\n\n" +
		"A new timetable for winter\n\nThe harbour board has printed a new timetable for the winter months, and the councils say it leaves the smallest islands without a ferry for a week.\n"
	for _, head := range []string{"Tag Archive for: Island Ferries", "Archivo de la etiqueta: Transbordadores", "Schlagwort-Archiv: Fähren", "Arsip Tag: Kapal Feri", "Архивы меток: Паромы"} {
		if p := Read(head+teasers, Hints{}); p.Kind != KindListing || !strings.Contains(p.Skip, "an archive heading") {
			t.Errorf("%q: kind %q (skip %q), want a listing under its archive heading", head, p.Kind, p.Skip)
		}
	}
	// one long teaser and a second title: the heading alone tells the list
	one := "\n\nFerries of the northern isles face a hard winter\n\nThe councils of the northern isles asked the harbour board to add a third winter crossing, and the board answered that the dues do not cover it. The councils say the dues were never meant to pay for crossings, and they ask the state to pay instead.\n\nQuays and their keepers in a changing harbour\n"
	if p := Read("Tag Archive for: Island Ferries"+one, Hints{}); p.Kind != KindListing {
		t.Errorf("one teaser under an archive heading: kind %q, want a listing", p.Kind)
	}
	if p := Read("Island Ferries"+one, Hints{}); p.Skip != "" {
		t.Errorf("the same page without the heading skipped: %s", p.Skip)
	}
	// headings that may open a title add to other evidence only
	article := "\nThe three councils of the northern isles asked the harbour board last winter to add a third ferry crossing each week, and the board replied that harbour dues were never meant to pay for a service that runs at a loss for five months of the year.\n\nThis paper looks back over ten years of dues, compares what each council has said in its minutes, and sets out two ways to pay for a winter crossing without raising what residents pay at the quay or cutting the summer timetable.\n\nThe first option is a small levy on freight that lands at Northport between November and March, collected by the board and kept in a separate account that only the winter service may draw on.\n\nThe second option asks the three councils to share the cost in proportion to the number of residents who use the crossing, a formula that the smallest island has so far rejected as unfair to it.\n\nNeither option is free of risk. A freight levy may push hauliers towards the longer southern route, while a shared subsidy depends on three budgets that are all under pressure from rising fuel costs.\n\nWe conclude that a levy, capped and reviewed after three winters, is the more robust of the two, and we set out how the board could put it in place before the next winter timetable is published.\n\nOver the same decade the number of residents who cross in winter has fallen by a fifth, but the number of freight movements has risen, which suggests that the crossing matters more to island businesses than to commuters.\n"
	for _, title := range []string{"Stories by Island Women", "Browsing the News on Small Islands"} {
		if p := Read("Research\n\n"+title+"\n\nAnna Berg\n"+article, Hints{}); p.Skip != "" {
			t.Errorf("%q over one long text skipped: %s", title, p.Skip)
		}
	}
	post := "Ferries of the Northern Isles\n\nBy Anna Berg\n\n12 March 2021\n\nThe tag archive of the harbour board's old blog lists every crossing since 1990, and this note reads it.\n" + teasers
	if p := Read(post, Hints{}); p.Skip != "" {
		t.Errorf("a post mentioning an archive skipped: %s", p.Skip)
	}
}

// TestEventPagesInOtherLanguages checks event pages told by their fields'
// labels or by their title's kind of event in other languages than
// English, and a report of an event kept as a publication.
func TestEventPagesInOtherLanguages(t *testing.T) {
	about := "\n\nLos consejos de las islas del norte y la junta del puerto discutirán el tercer cruce de invierno y las tasas que lo pagarían, con expertos de las tres islas.\n\n" +
		"La entrada es libre y habrá traducción simultánea para los asistentes de las islas que lo pidan con antelación.\n"
	for _, c := range []struct{ name, page string }{
		{"a Spanish seminar", "Seminario internacional sobre los puertos de las islas del norte\n\n12 de marzo de 2021" + about},
		{"a French round table", "Table ronde : les ports des îles du nord\n\n12 mars 2021" + about},
		{"a French seminar", "Séminaire : les ports des îles du nord\n\n12 mars 2021" + about},
		{"a Portuguese seminar's fields", "Portos e balsas nas ilhas do norte\n\nData e hora: 12/03/2021, 10h\n\nLocal do evento: Auditório do Porto" + about},
		{"an Indonesian registration", "Pelabuhan dan kapal feri di pulau utara\n\nPendaftaran: harbour.example/daftar\n\nTempat: Aula Pelabuhan" + about},
	} {
		if p := Read(c.page, Hints{}); p.Kind != KindEvent {
			t.Errorf("%s: kind %q (skip %q), want an event", c.name, p.Kind, p.Skip)
		}
	}
	for _, title := range []string{"Relatoría del seminario internacional sobre los puertos de las islas del norte", "Actes du colloque sur les ports des îles",
		"Panel Data Evidence on Island Ferries", "Taller Ships, Fewer Crossings", "Tagungsband der Jahrestagung 2022", "Solar Panels on the Quays"} {
		if p := Read(title+"\n\nAna Ruiz\n\n12 de marzo de 2021"+about, Hints{}); p.Skip != "" {
			t.Errorf("%q skipped: %s", title, p.Skip)
		}
	}
	// a topic's heading that is also an event's field label, without its colon
	land := "Hak atas tanah di pulau utara\n\nPendaftaran Tanah di Pulau Utara\n\nTempat dan waktu pendaftaran berbeda.\n\nPendaftaran tanah di pulau utara dimulai pada tahun 1990 dan masih belum selesai, menurut laporan dewan pulau, karena banyak pemilik tanah tidak memiliki dokumen.\n"
	if p := Read(land, Hints{}); p.Kind == KindEvent {
		t.Errorf("a land registration study read as an event: %s", p.Skip)
	}
}

// TestPressReleasesInOtherLanguages checks a press release told by its
// label in other languages than English.
func TestPressReleasesInOtherLanguages(t *testing.T) {
	text := "\n\nDie Inselräte haben am Montag den Hafenausschuss gebeten, im Winter eine dritte Fähre fahren zu lassen, und der Ausschuss hat zugesagt, die Kosten zu prüfen.\n\nDer Bericht erscheint im März und vergleicht die drei Inseln.\n"
	for _, head := range []string{"Pressemitteilung", "Comunicado de prensa:", "Siaran Pers | 12.03.2021"} {
		if p := Read(head+"\n\nHafenausschuss prüft dritte Winterfähre"+text, Hints{}); p.Kind != KindNews {
			t.Errorf("%q: kind %q (skip %q), want news", head, p.Kind, p.Skip)
		}
	}
	// a title about press releases, a sentence quoting one
	for _, head := range []string{"Pressemitteilungen in der Wissenschaftskommunikation der Inseln", "Siaran pers dewan pulau menyebutkan bahwa kapal feri ketiga akan berlayar pada musim dingin."} {
		if p := Read(head+"\n\nAnna Weber\n\n12. März 2021"+text, Hints{}); p.Kind == KindNews {
			t.Errorf("%q: read as a press release", head)
		}
	}
}

// TestViewerPagesAreOneDocument checks that a sharing site's viewer,
// which prints each page under the document's name, with the document's
// contents, is read as one publication, not as a listing.
func TestViewerPagesAreOneDocument(t *testing.T) {
	page := "Le CIN en bref\n68\nLe CIN en bref Mai 2013\nTranscript of Le CIN en bref\nPage 1: Le CIN en bref\nLe CIN en brefMai 2013\nPage 2: Le CIN en bref\n1\nPage 3: Le CIN en bref\n2\n" +
		"Avertissement Le conseil des îles ne saurait être tenu pour responsable des erreurs et des omissions de ce document, ni de l'usage qui en est fait.\n" +
		"Brochure préparée par le service des relations extérieures du conseil des îles du nord\ncopyright © 2013 Conseil des îles du nord\n" +
		"Page 4: Le CIN en bref\n3\nLe CIN en brefMai 2013\nPage 5: Le CIN en bref\n4\nPage 6: Le CIN en bref\n5\nTable des matières\n1. Introduction\n2. Aperçu historique, objectifs, membres\net ressources\n3. Structure et organigramme\n4. Opérations, politiques, initiatives\net réalisations\nAnnexes\n3\n3\n9\n20\n57\n" +
		"Page 7: Le CIN en bref\n6\nIntroduction\nLe conseil des îles du nord (CIN)\nest une institution commune aux trois îles du nord, qui gère\nles ports, les quais et les passages en hiver comme en été.\nIl réunit les trois conseils et la commission du port, et\npublie chaque année un bref aperçu de ses activités.\nPage 8: Le CI\n"
	p := Read(strings.ReplaceAll(page, "\n", "\n\n"), Hints{}) // a blank line between lines, as the viewer's text is saved
	if p.Skip != "" {
		t.Fatalf("skipped: %s", p.Skip)
	}
	if !strings.HasPrefix(p.Title, "Le CIN en bref") {
		t.Errorf("title %q", p.Title)
	}
	// page markers of different documents, or two hits in one report, are a list's
	for _, list := range []string{"Page 1: Harbour dues in the isles\n\nPage 2: Ferries and quays\n\nPage 3: A winter timetable\n",
		"Showing 1–4 of 23 results\n\nPage 3: Harbour Dues Review 2019\n\nPage 14: Harbour Dues Review 2019\n\nPage 2: Ferry Timetables 2020\n",
		"Page 1: Minutes of the Harbour Board, 3 May 2019\n\nPage 1: Minutes of the Harbour Board, 7 June 2019\n\nPage 1: Minutes of the Harbour Board, 5 July 2019\n"} {
		if r := (reader{ls: split(list)}); r.viewerPaged() {
			t.Errorf("a list's markers read as one document's pages: %.40q", list)
		}
	}
	if r := (reader{ls: split("Results for harbour dues\n\nPage 3: Harbour Dues Review 2019\n\nFerry Timetables 2020\n")}); r.viewerPaged() {
		t.Errorf("one page marker read as a viewer's")
	}
}
