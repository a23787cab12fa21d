package generic

import (
	"strings"
	"testing"
)

// Rows for the rules of the JA–JH round (sets IA–IH read), in invented
// words: each fails when the rule it names is broken (docs/mutations.md,
// section "Breadcrumbs, kickers, cut covers"). Negative rows are lines of
// the same shape that must keep their meaning.

func TestFurnitureRound8(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Diese Webseite verwendet Cookies", true},
		{"Ce site utilise des cookies", true},
		{"Cookie-Einstellungen", true},
		{"Startseite / Themen / Inseln", true},
		{"Accueil / Publications / Notes brèves", true},
		{"Research > Isles > Ferries", true},
		{"首页 > 出版物 > 港口 >", true},
		{"Adobe Stock / Kestrel", true},
		{"Find us on Facebook", true},
		{"Folgen Sie uns auf LinkedIn", true},
		{"Follow us on LinkedIn", true},
		{"42 Harbour Street, N.E., 3rd Floor", true},
		{"聯系我們", true},
		// the same words meaning something else
		{"Cookies and the Law of the Sea", false},
		{"Home > Publications", false}, // a section over its heading
		{"Ferries / Harbours: Two Views of the Isles", false},
		{"War and Peace on Facebook: How Islanders Argue Online", false},
		{"The Harbour / Unsplash Story: Free Pictures and the Ports", false},
		{"12 Ways the Harbour Street Market Changed Kestrel", false},
		{"Home / Work / Life", false},
		{"Start / Stop / Start Again", false},
		{"Ports > Roads", false},
		{"Propaganda on Telegram", false},
		{"Islanders on X", false},
		{"Join Threads", false},
		{"Follow Twitter", false},
		{"2019 / 2020 / 2021 / 2022", false},
		{"Shutterstock Licences Explained", false},
		{"Do Island Councils Use Cookies Lawfully?", false},
		{"The Cookie Policy Trap", false},
		{"100 Days on Harbour Square: The Protests of 2019", false},
		{"50 Years of Kestrel Road, 1970–2020", false},
	} {
		if got := IsFurniture(c.line); got != c.want {
			t.Errorf("IsFurniture(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestStampedLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"ISBN 978 1 23 456789 0 (Harbour classification: K 12.5)", true},
		{"ISSN: 1234-5678", true},
		{"doi: 10.1234/kestrel.2020.01", true},
		{"Kestrel HRB-ENG.indb", true},
		{"4 views120 pages", true},
		{"Março 2021 • N o 87", true},
		{"March 2019 | No. 12", true},
		{"ISSN and the Identity of Serials: A History", false},
		{"June 2022 Ferry Count", false},
		{"Doing Business 2020 • Kestrel", false},
		{"95 Pages on the Harbour", false},
	} {
		if got := stampedLine(strings.ToLower(c.line)); got != c.want {
			t.Errorf("stampedLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	// the stamps are never titles, whichever rule asks
	for _, l := range []string{"Março 2021 • N o 87", "4 views120 pages"} {
		if !neverTitle(l) || !NotTitle(l) {
			t.Errorf("the stamp %q read as a title (neverTitle %v, NotTitle %v)", l, neverTitle(l), NotTitle(l))
		}
	}
	// a journal's issue line with its volume in Roman figures is no title
	if !neverTitle("Island Policy Review No. 14, Spring Term 2009, Volume XII, No.3") {
		t.Error("an issue line with a Roman volume read as a title")
	}
	for _, l := range []string{"현안분석", "연구보고서"} {
		if !neverTitle(l) {
			t.Errorf("the series label %q read as a title", l)
		}
	}
}

func TestAuthorsOnly(t *testing.T) {
	authors := []string{"Wen Zhao", "Jun Zhou", "Ana Berga"}
	for _, c := range []struct {
		t    string
		want bool
	}{
		{"Wen Zhao and Jun Zhou", true},
		{"Wen Zhao, Jun Zhou & Ana Berga", true},
		{"Ana Berga y Jun Zhou", true},
		{"Wen Zhao", false}, // one name: isAuthor's own test
		{"Wen Zhao and the Harbour Board", false},
		{"Ferries and Harbours", false},
	} {
		if got := authorsOnly(c.t, authors); got != c.want {
			t.Errorf("authorsOnly(%q) = %v, want %v", c.t, got, c.want)
		}
	}
	if r := (reader{}); !r.isAuthor("Wen Zhao and Jun Zhou", authors) {
		t.Error("a title made of the byline's names is not taken for the authors")
	}
	if authorsOnly("Wen Zhao and Jun Zhou", []string{"Wen Zhao"}) {
		t.Error("a line of names read as the byline's when only one of them signs")
	}
}

func TestColonKicker(t *testing.T) {
	for _, c := range []struct{ page, title, want string }{
		{"رأي\n\nعام 2030 :\n\nخطة جديدة للموانئ\n\nتشرح هذه الورقة الرسوم والأرصفة في الجزر الخارجية.", "خطة جديدة للموانئ", "عام 2030 : خطة جديدة للموانئ"},
		{"Harbour tolls:\n\nWho Pays for the Quays?\n\nAnna Berg", "Who Pays for the Quays?", "Harbour tolls: Who Pays for the Quays?"},
		// a kicker stands apart; a page's tool, a chapter's number, a repeated label are none
		{"Harbour tolls:\nWho Pays for the Quays?\nAnna Berg", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Share:\n\nWho Pays for the Quays?\n\nAnna Berg", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Chapter 3:\n\nWho Pays for the Quays?\n\nAnna Berg", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Ferries:\n\nWho Pays for the Quays?\n\nFerries:\n\nThe Winter Timetable", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		// labels are no part of the title
		{"Commentary:\n\nWho Pays for the Quays?\n\nAnna Berg", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Preview:\n\nWho Pays for the Quays?\n\n", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"작성자:\n\n항만 요금은 누가 내는가\n\n", "항만 요금은 누가 내는가", "항만 요금은 누가 내는가"},
		{"Anna Berg:\n\nWho Pays for the Quays?\n\n", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Published:\n\nWho Pays for the Quays?\n\n", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"Ferries:\n\nFerries:\n\nWho Pays for the Quays?\n\n", "Who Pays for the Quays?", "Who Pays for the Quays?"}, // printed twice
		// no colon, or a long line: no kicker
		{"Harbour tolls\nWho Pays for the Quays?\n", "Who Pays for the Quays?", "Who Pays for the Quays?"},
		{"The councils of the outer isles have asked the board one question:\nWho Pays for the Quays?\n", "Who Pays for the Quays?", "Who Pays for the Quays?"},
	} {
		ls := split(c.page)
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		if got := r.colonKicker(c.title); got != c.want {
			t.Errorf("colonKicker(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}

func TestTitleTrims(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"FERRY DUES ON THE OUTER ISLES FERRY DUES ON THE OUTER ISLES. A council's view", "FERRY DUES ON THE OUTER ISLES. A council's view"},
		{"HARBOUR DUES HARBOUR DUES. A study of the quays", "HARBOUR DUES. A study of the quays"},
		{"Sea to Sea, Sea to Sea", "Sea to Sea, Sea to Sea"},                                                             // the same words, meant twice
		{"Sea to Sea, Sea to Sea: Ferry Links Across the Isles", "Sea to Sea, Sea to Sea: Ferry Links Across the Isles"}, // not in capitals
		{"New New York", "New New York"},
	} {
		if got, _ := doubledHead(c.in); got != c.want {
			t.Errorf("doubledHead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want int
	}{
		{"The Role of the Harbour Board in the Isles* ANNA. BERG**", len("The Role of the Harbour Board in the Isles")},
		{"Ferries of the Outer Isles† PER LINDQVIST", len("Ferries of the Outer Isles")},
		{"Ferries of the Outer Isles* Per Lindqvist**", len("Ferries of the Outer Isles")},
		{"The Quay Tax† Kestrel Versus Northport", 0},      // neither capitals nor a mark of its own
		{"Ferries of the Outer Isles* and Their Quays", 0}, // words of the title after the mark
		{"A* Search for the Shortest Ferry Route", 0},      // a name, not a mark
		{"Ferries of the Outer Isles*", 0},                 // a mark alone: trimTitleTail's own rule
	} {
		if got := markThenName(c.in); got != c.want {
			t.Errorf("markThenName(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	page := "Northport and the Outer Isles: Time for a Shared Ferry Board? Ana Berga\n\nEvery council runs its own ferry contract.\n\nAna Berga studies island transport at the Kestrel Institute."
	ls := split(page)
	r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
	for _, c := range []struct {
		in      string
		authors []string
		want    string
		signed  string
	}{
		{"Northport and the Outer Isles: Time for a Shared Ferry Board? Ana Berga", []string{"Ana Berga"}, "Northport and the Outer Isles: Time for a Shared Ferry Board?", "Ana Berga"},
		// no byline: the page names the author again apart from the title
		{"Northport and the Outer Isles: Time for a Shared Ferry Board? Ana Berga", nil, "Northport and the Outer Isles: Time for a Shared Ferry Board?", "Ana Berga"},
		// another byline, or a name the page never prints again: the title's words
		{"Is Kestrel Ready? Ferry Fares Reform", []string{"Li Wei"}, "Is Kestrel Ready? Ferry Fares Reform", "Li Wei"},
		{"Is Kestrel Ready? Ana Berga", []string{"Li Wei"}, "Is Kestrel Ready? Ana Berga", "Li Wei"},
		{"Is Kestrel Ready? Per Lindqvist", nil, "Is Kestrel Ready? Per Lindqvist", ""},
		{"Who Pays for Ferries? Island Councils", nil, "Who Pays for Ferries? Island Councils", ""},
		{"Do the Isles Pay Their Way? Part Two", nil, "Do the Isles Pay Their Way? Part Two", ""},
		{"Is It Time? Yes", nil, "Is It Time? Yes", ""},
	} {
		got, authors := r.questionAuthor(c.in, c.authors)
		if got != c.want || strings.Join(authors, "; ") != c.signed {
			t.Errorf("questionAuthor(%q, %q) = %q, %q; want %q, %q", c.in, c.authors, got, authors, c.want, c.signed)
		}
	}
}

func TestCoverSpanEnds(t *testing.T) {
	// the publisher's name before a cover's title is no part of it
	l := "ISLAND ECONOMICS DEPARTMENT SERIES NO. 15 Anna Berg Northern Isles Development Bank A Framework for Setting Ferry Priorities"
	start := strings.Index(l, "A Framework")
	if got := titleHeadBefore(l, start); got != start {
		t.Errorf("titleHeadBefore took %q into the title", l[got:start])
	}
	// a title in Title Case runs to its line's end; a sentence does not
	for _, c := range []struct {
		rest []string
		want bool
	}{
		{strings.Fields("Reduction Strategy"), true},
		{strings.Fields("Reduction in the"), false},
		{strings.Fields("and it goes on"), false},
		{strings.Fields("Anna Berg"), false},              // the cover's author
		{strings.Fields("Reform Strategy Review"), false}, // three words: as often the authors or the publisher
		{strings.Fields("Development Bank"), false},       // the publisher
	} {
		if got := titleCaseRun(c.rest); got != c.want {
			t.Errorf("titleCaseRun(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}

func TestBylinesRound8(t *testing.T) {
	const prose = "The ferry to the outer isles runs twice a week in winter, and the councils have asked the board to add a third crossing before the storms begin.\n\nThe board says the harbour dues do not cover the cost of a third crossing, and the councils say the dues were never meant to."
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"French 'par' over names and a post", "Des ferries sans ports\n\nPar Ana Berga et Pedro Tena, chercheurs à l'Institut de Kestrel\n\n" + prose, []string{"Ana Berga", "Pedro Tena"}},
		{"German 'von' in small letters", "Fähren ohne Häfen\n\nvon Anna Berg\n\n" + prose, []string{"Anna Berg"}},
		{"co-authors after commas", "Fähren ohne Häfen\n\nVon Anna Berg, Per Lindqvist, Li Wei\n\n" + prose, []string{"Anna Berg", "Per Lindqvist", "Li Wei"}},
		{"a day, then the byline", "Ferries Without Harbours\n\n14.02.2024 Author: Per Lindqvist\n\n" + prose, []string{"Per Lindqvist"}},
		// a paper's authors between its title and a paragraph broken over lines
		{"names over a broken paragraph", "Ferry Dues and Island Councils: Who Pays for the Outer\nQuays in Winter\nAnna Berga Tena and Per Lindqvist\nDepartment of Island Studies, Faculty of Harbour Sciences, Kestrel University\nKeywords: ferries, dues, councils, winter crossings, quays\nAbstract: In 2019 the councils of the outer isles began to ask who should pay\nfor the quays that the mainland ferries use, and this paper follows the\nquestion through three winters of council minutes and harbour accounts.", []string{"Anna Berga Tena", "Per Lindqvist"}},
		{"a Vietnamese author label", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Li Wei\n\n" + prose, []string{"Li Wei"}},
		{"an Indonesian writer label", "Kapal Feri di Pulau Kestrel\n\nPenulis: Ana Berga\n\n" + prose, []string{"Ana Berga"}},
		{"a genre's label before 'Written by'", "Ferries Without Harbours\n\nPerspective – Written by Per Lindqvist\n\n" + prose, []string{"Per Lindqvist"}},
		{"a journal site's mail link glued to the author", "Ferries Without Harbours\n\n• Anna BergEmail author\n\n" + prose, []string{"Anna Berg"}},
		{"names under the title with their affiliations in brackets", "Ferries Without Harbours: Who Pays for the Quays\nAnna Berg (Harbour College, Northport)\nPer Lindqvist (Kestrel Institute, Kestrel)\nMarch 2018\n" + prose, []string{"Anna Berg", "Per Lindqvist"}},
		{"a name under the title with a note mark and its department", "Ferries Without Harbours: Who Pays for the Quays\nPer Lindqvist† Department of Island Studies, Kestrel University\n" + prose, []string{"Per Lindqvist"}},
		{"a title line with a bracket is no byline", "Ferries Without Harbours: Who Pays for the Quays\nThe Winter Timetable (Second Edition)\n" + prose, nil},
		// names that are no byline: a photo's subject, a foreword's writer, an office
		{"a caption's subject in brackets", "Ferries Without Harbours: Who Pays for the Quays\nAna Berga (right), harbour master at Kestrel\n" + prose, nil},
		{"an interviewee over the byline", "Ferries Without Harbours: Who Pays for the Quays\nPer Lindqvist (University of the Isles)\nInterview by Anna Berg\n" + prose, []string{"Anna Berg"}},
		{"a note mark before no affiliation", "Ferries Without Harbours: Who Pays for the Quays\nNorthport Quays Revisited* See the timetable on page four\n" + prose, nil},
		{"a foreword's writer over the byline", "Ferries Without Harbours: Who Pays for the Quays\n\nForeword written by Li Wei\n\nBy Anna Berg\n\n" + prose, []string{"Anna Berg"}},
		{"an office under an author label", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Ban Biên Tập\n\n" + prose, nil},
		{"two journal authors with mail links", "Ferries Without Harbours: Who Pays for the Quays\n\n• Anna BergEmail author\n• Per LindqvistEmail author\n\n" + prose, []string{"Anna Berg", "Per Lindqvist"}},
		{"a CJK author label with the day's field after it", "Ferries Without Harbours\n\n作者: Per Lindqvist 发布时间:2021-03-09\n\n" + prose, []string{"Per Lindqvist"}},
		{"a document's label where the byline stands", "Outer Isles Ferry Review\n\nWritten by Final Report\n\n" + prose, nil},
		// a sentence opening with the same word is no byline
		{"'Par ailleurs' opens a sentence", "Des ferries sans ports\n\nPar ailleurs, les conseils des îles ont demandé une troisième traversée.\n\n" + prose, nil},
	} {
		p := Read(c.page, Hints{})
		if strings.Join(p.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: authors %q, want %q", c.name, p.Authors, c.want)
		}
	}
}

func TestDatedByline(t *testing.T) {
	for _, c := range []struct {
		page string
		want bool
	}{
		{"Kestrel Liman Kurulları\n2012-04-07\nAna Berga,\nKestrel Üniversitesi", true},
		{"Kestrel Liman Kurulları\n2012-04-07\nBy Ana Berga", true},
		// two bare names around a day are an author list, not a title over a byline
		{"Per Lindqvist Anna\n12 May 2021\nAnna Berg", false},
		{"Liman Kurulları\n2012-04-07\nAna Berga,", false}, // two words
	} {
		ls := split(c.page)
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		if got := r.datedByline(0); got != c.want {
			t.Errorf("datedByline(%q) = %v, want %v", c.page, got, c.want)
		}
	}
}

func TestCJKNames(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"2024-01-12李海燕", []string{"李海燕"}},
		{"王一舟, 李海燕", []string{"王一舟", "李海燕"}},
		{"김바람 이바다", []string{"김바람", "이바다"}},
		// labels, topics and section words are no names
		{"日本語", nil},
		{"国际形势", nil},
		{"摘要", nil},
		{"서론", nil}, // "introduction", though 서 opens names too
		{"목차", nil},
		{"로그인", nil},
		{"港口与渡轮的未来", nil},
	} {
		if got := cjkNames(c.line); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("cjkNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	const prose = "北方诸岛的渡轮每周只开两班，岛上的议会要求在风暴季节之前增加第三班。港务局说港口费不够支付第三班的费用。"
	// a section's word over the day is no byline, though a surname's character opens it
	for _, head := range []string{"高温预警", "周报", "정치"} {
		if p := Read("北方诸岛渡轮与港口费的未来\n\n"+head+"\n2024-07-01\n\n"+prose, Hints{}); len(p.Authors) > 0 {
			t.Errorf("the section word %q read as the author: %q", head, p.Authors)
		}
	}
	// a Japanese page's words and names are not told apart by a surname list
	const jaProse = "北の島のフェリーは冬に週二便しか走らない。島の議会は嵐の季節の前に三便目を求めている。\n\n港の管理者は、港の料金では三便目の費用をまかなえないと言う。議会は、料金が三十年前に決められたまま一度も見直されていないと答えている。"
	if p := Read("北の島のフェリーと港の料金はだれが払うのか\n\n2024-01-12高校\n\n"+jaProse, Hints{}); p.Skip != "" || len(p.Authors) > 0 {
		t.Errorf("a Japanese word after a glued day read as the author: %q (skip %q)", p.Authors, p.Skip)
	}
	if p := Read("섬 여객선 요금 인상 논란\n\n김바람\n2021년 3월 3일\n\n섬 주민들은 여객선 요금이 또 오른다는 소식에 걱정이 많다. 섬과 육지를 잇는 배는 하루 두 번뿐이다.", Hints{}); strings.Join(p.Authors, "; ") != "김바람" {
		t.Errorf("a Korean name over the day: authors %q", p.Authors)
	}
	if p := Read("北方诸岛渡轮与港口费的未来\n\n2024-01-12李海燕\n\n"+prose, Hints{}); strings.Join(p.Authors, "; ") != "李海燕" {
		t.Errorf("a name under a CJK title after a glued day: authors %q", p.Authors)
	}
}
