package generic

import (
	"strings"
	"testing"
)

// Rows for the fixes after the JA–JH round's last review, in invented
// words: each fails when the line it names is broken (docs/mutations.md,
// section "Byline fixes after the review").

const review9Prose = "The ferry to the outer isles runs twice a week in winter, and the councils have asked the board to add a third crossing before the storms begin.\n\nThe board says the harbour dues do not cover the cost of a third crossing, and the councils say the dues were never meant to."

// TestBylinesReview9 checks the title with the authors: a name line taken
// for the title would pass an authors-only check for the wrong reason.
func TestBylinesReview9(t *testing.T) {
	const title = "Ferries Without Harbours: Who Pays for the Quays"
	for _, c := range []struct {
		name, page, title string
		want              []string
	}{
		{"an interviewee with an affiliation over the byline", title + "\nPer Lindqvist (University of the Isles)\nInterview by Anna Berg\n" + review9Prose, title, []string{"Anna Berg"}},
		{"a short title over a mail link glued to the author", "Ferries Without Harbours\n\n• Anna BergEmail author\n\n" + review9Prose, "Ferries Without Harbours", []string{"Anna Berg"}},
		{"a title ending in 'Email Author' is a title", "How to Write an Email Author\n\nBy Anna Berg\n\n" + review9Prose, "How to Write an Email Author", []string{"Anna Berg"}},
		// given names that open offices' names in Vietnamese or Indonesian
		{"'Tim' and 'Ban' are given names in English", title + "\n\nBy Tim Harbour and Ban Li\n\n" + review9Prose, title, []string{"Tim Harbour", "Ban Li"}},
		{"a Vietnamese office is no author", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Sở Giao thông Vận tải\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"a Vietnamese committee with plain words after 'Ban'", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Ban Kinh tế Trung ương\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"a Vietnamese centre", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Trung tâm Nghiên cứu Biển\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"a Vietnamese central body", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Trung ương Đoàn\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"a Vietnamese company", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Công ty Cảng Kestrel\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"Vietnamese police", "Phà và cảng ở các đảo phía bắc\n\nTác giả: Công an tỉnh Kestrel\n\n" + review9Prose, "Phà và cảng ở các đảo phía bắc", nil},
		{"'Trung' is a given name too", title + "\n\nBy Trung Nguyen\n\n" + review9Prose, title, []string{"Trung Nguyen"}},
		{"an Indonesian study team", "Kapal Feri di Pulau Kestrel\n\nPenulis: Tim Kajian Kebijakan\n\n" + review9Prose, "Kapal Feri di Pulau Kestrel", nil},
		{"an Indonesian editorial team is no author", "Kapal Feri di Pulau Kestrel\n\nPenulis: Tim Redaksi\n\n" + review9Prose, "Kapal Feri di Pulau Kestrel", nil},
		// a colon after a byline's place is no field's label
		{"a byline's place before a colon", title + "\n\nBy Jane Roe in Northport: a report for the councils\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"a Japanese name in katakana after its label", title + "\n\n著者：アンナ・ベルク\n\n" + review9Prose, title, []string{"アンナ・ベルク"}},
		{"a newsroom's reporter is no name", title + "\n\n作者：本报记者\n\n" + review9Prose, title, nil},
		{"an editorial office is no name", title + "\n\n作者: 编辑部\n\n" + review9Prose, title, nil},
		{"an institute is no name", title + "\n\n作者: 海洋研究所\n\n" + review9Prose, title, nil},
		{"a Korean team is no name", title + "\n\n저자: 연구기획팀\n\n" + review9Prose, title, nil},
		{"a Han word without a surname is no name", title + "\n\n作者: 港口调查\n\n" + review9Prose, title, nil},
		{"a Japanese desk", title + "\n\n著者：経済調査部\n\n" + review9Prose, title, nil},
		{"a Japanese editorial office", title + "\n\n著者：編集部\n\n" + review9Prose, title, nil},
		{"a compound surname", title + "\n\n作者: 欧阳海燕\n\n" + review9Prose, title, []string{"欧阳海燕"}},
		{"a name ending in a character bodies end in too", title + "\n\n作者: 王会\n\n" + review9Prose, title, []string{"王会"}},
		{"a label only the fallback knows, after words that name no one", title + "\n\nBy Jane Roe, translated from Dutch Note: see below\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"a label only the fallback knows, after a date's word", title + "\n\nBy Jane Roe Updated on Note: see below\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"CJK names after a CJK label", title + "\n\n作者: 王一舟、李海燕\n\n" + review9Prose, title, []string{"王一舟", "李海燕"}},
		{"a Japanese name after its label", title + "\n\n著者：長谷川真理子\n\n" + review9Prose, title, []string{"長谷川真理子"}},
		{"an affiliation's label after the names", title + "\n\nAuthor: Jane Roe Affiliation: Harbour College\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"a reading time after the names", title + "\n\nBy Jane Roe Reading time: 5 min\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"an unknown label after the names", title + "\n\nBy Jane Roe Quays: Northport\n\n" + review9Prose, title, []string{"Jane Roe"}},
		{"a CJK field after the names", title + "\n\n作者: Per Lindqvist 发布时间:2021-03-09\n\n" + review9Prose, title, []string{"Per Lindqvist"}},
		// the names under a label alone stop at the next field
		{"an editor's label under the names", title + "\nBy\nAna Berga\nEdited by\nLi Wei\n\n" + review9Prose, title, []string{"Ana Berga"}},
		{"another label alone under the names", title + "\nWritten by\nAna Berga\nPenulis:\nLi Wei\n\n" + review9Prose, title, []string{"Ana Berga"}},
		{"a label alone over a catalogue's names", title + "\n\nAuthor\n\nListed:\n  • Ana Berga\n\n    (Harbour College)\n\n  • Per Lindqvist\n\n" + review9Prose, title, []string{"Ana Berga", "Per Lindqvist"}},
		// each name a line with a long affiliation after it
		{"names with long affiliations, one a line", title + "\nAnna Berg (Department of Island Studies, Faculty of Harbour Sciences, Kestrel University, Northport)\nPer Lindqvist (Centre for Ferry Law and Policy, School of Maritime Affairs, Harbour College, Southport)\n" + review9Prose, title, []string{"Anna Berg", "Per Lindqvist"}},
		// a publisher after a date is no author
		{"'Originally published by' after a day", title + "\n\n8 February 2016 | Originally published by Harbour Times\n\n" + review9Prose, title, nil},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.title || strings.Join(p.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: title %q, authors %q; want %q, %q", c.name, p.Title, p.Authors, c.title, c.want)
		}
	}
}

func TestMailLinkLines(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool // never a title
	}{
		{"• Anna BergEmail author", true},
		{"Per LindqvistEmail author", true},
		{"How to Write an Email Author", false},
		{"Ferries Without Harbours Email author", false},
	} {
		if got := NotTitle(c.line); got != c.want {
			t.Errorf("NotTitle(%q) = %v, want %v", c.line, got, c.want)
		}
		if got := neverTitle(c.line); got != c.want {
			t.Errorf("neverTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestCJKDeskWords(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{"2024-07-01周报", nil},
		{"2024-07-01 周报", nil},
		{"정치부", nil},
		{"周末版", nil},
		{"李海燕 정치부", nil},
		{"김바람 서론", nil}, // 서 opens names too
		{"2024-07-01李海燕", []string{"李海燕"}},
	} {
		if got := cjkNames(c.line); strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("cjkNames(%q) = %q, want %q", c.line, got, c.want)
		}
	}
	const prose = "北方诸岛的渡轮每周只开两班，岛上的议会要求在风暴季节之前增加第三班。港务局说港口费不够支付第三班的费用。"
	for _, c := range []struct {
		head string
		want []string
	}{
		{"2024-07-01周报", nil},
		{"사회부\n2024-07-01", nil},
		{"王一舟、李海燕\n2024-07-01", []string{"王一舟", "李海燕"}},
		{"王一舟 李海燕\n2024-07-01", []string{"王一舟", "李海燕"}},
	} {
		p := Read("北方诸岛渡轮与港口费的未来\n\n"+c.head+"\n\n"+prose, Hints{})
		if strings.Join(p.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("under the title %q: authors %q, want %q", c.head, p.Authors, c.want)
		}
	}
}

// TestNavAddress: a page without a date or a byline at a site's own
// address (address.Site) is a navigation page; a dated, bylined page there
// is kept.
func TestNavAddress(t *testing.T) {
	const page = "Ports, Ferries and Island Councils\n\nThe Kestrel Institute studies ferries, harbours and the councils of the outer isles, and advises the boards that run them on dues and timetables.\n\nOur researchers work from Northport and Southport, and publish papers, briefs and a yearly review of the crossings."
	if p := Read(page, Hints{URL: "https://www.kestrel.org/programs"}); p.Kind != KindNavigation || !strings.Contains(p.Skip, "address") {
		t.Errorf("a programme's page at its address: title %q, kind %q, skip %q", p.Title, p.Kind, p.Skip)
	}
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Errorf("the same page without its address skipped: %s", p.Skip) // the address alone tells it
	}
	const post = "Who Pays for the Quays\n\nBy Anna Berg\n\n3 May 2021\n\n" + review9Prose
	if p := Read(post, Hints{URL: "https://www.kestrel.org/about-us"}); p.Skip != "" {
		t.Errorf("a bylined, dated page at an about address skipped: %s", p.Skip)
	}
}

// TestPDFButton: a viewer's "PDF" button run into a search snippet's
// title is cut when the title is printed again; "PDF …" printed twice on
// its own is a title.
func TestPDFButton(t *testing.T) {
	page := "47\nKestrel Report No. 8 March 2020 Anna Berg Ferries Without Harbours in Winter Centre for Island Policy\n\n" +
		"PDF Ferries Without Harbours in Winter · Ferries Without ... in any form beyond the quays\n\nEmbed Size (px)\n\nCitation preview\n\n" +
		"Kestrel Report No. 8 March 2020\n\nAnna Berg\n\nFerries Without Harbours in Winter\n\nCentre for Island Policy\n\n" + review9Prose
	if p := Read(page, Hints{}); p.Title != "Ferries Without Harbours in Winter" {
		t.Errorf("a viewer's button before a title printed again: %q", p.Title)
	}
	page = "PDF Accessibility for Island Councils\n\nPDF Accessibility for Island Councils\n\nBy Anna Berg\n\n" + review9Prose
	if p := Read(page, Hints{}); p.Title != "PDF Accessibility for Island Councils" {
		t.Errorf("a title opening with PDF: %q", p.Title)
	}
}

// TestEchoNoOrg: a title joined to the next line because the page prints
// them together elsewhere stops before a programme's or an institute's
// name on that line.
func TestEchoNoOrg(t *testing.T) {
	page := "Special Report No. 9 March 2021 Anna Berg Ferries Without Harbours Who Pays for the Quays Centre for Island Policy\n\n" +
		"Ferries Without Harbours Who Pays for the Quays\n\nCentre for Island Policy\n\n" + review9Prose
	if p := Read(page, Hints{}); p.Title != "Ferries Without Harbours Who Pays for the Quays" {
		t.Errorf("title %q", p.Title)
	}
}

// TestFileSizeStamp: a file's format and size is a stamp, never a title;
// a title that names a size or a format is not.
func TestFileSizeStamp(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"REPORT / PDF / 418 KB", true},
		{"Download (1.2 MB)", true},
		{"pdf, 2,3 Mo", true},
		{"English (PDF, 410 KB)", true},
		{"The 64 KB Limit and the Harbour Archive", false},
		{"Size Matters: 25 Mb Broadband for the Isles", false},
		{"Download Speeds of 100 Mb for Every Home", false},
		{"Download the full Kestrel report on ferries, quays and harbour dues here (PDF, 2 MB)", false}, // a sentence
		{"PDF Files in the Island Archive", false},
		{"Moving 500 MB of Harbour Records to the Cloud: A Report for the Councils", false},
	} {
		if got := stampedLine(strings.ToLower(c.line)); got != c.want {
			t.Errorf("stampedLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestBylinesJRead: bylines of the forms J showed once read, in invented
// words.
func TestBylinesJRead(t *testing.T) {
	const title = "Ferries Without Harbours: Who Pays for the Quays"
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		{"a coordinator's label", title + "\n\nCoord. Ana Berga - Informe 7 | Marzo 2019\n\n" + review9Prose, []string{"Ana Berga"}},
		{"a Spanish coordinator's label with a colon", title + "\n\nCoordinadora: Ana Berga\n\n" + review9Prose, []string{"Ana Berga"}},
		{"'read more' in German is no name", title + "\n\nWeiter lesen\n\n" + review9Prose, nil},
		{"a body's name before a posting stamp", title + "\n\nUnion Insulaire - 11/03/2021 09:40:00\n\n" + review9Prose, nil},
		{"a day's name before the date", title + "\n\nBy Anna Berg Monday, 3 July 2017\n\n" + review9Prose, []string{"Anna Berg"}},
		{"a day's name ending a name, no date after it", title + "\n\nBy Grace Ada Friday\n\n" + review9Prose, []string{"Grace Ada Friday"}},
		{"a name ending in 'Press' before a day", title + "\n\nAnna Press - 11/03/2021\n\n" + review9Prose, []string{"Anna Press"}},
		{"a newswire before a day", title + "\n\nAssociated Press - 11/03/2021\n\n" + review9Prose, nil},
		{"a union before a day", title + "\n\nIsland Union - 11/03/2021\n\n" + review9Prose, nil},
		{"a day's name with no date after the separator", title + "\n\nBy Grace Ada Friday | Senior Fellow\n\n" + review9Prose, []string{"Grace Ada Friday"}},
		{"a name before a day after a dash", title + "\n\nAnna Berg - 11/03/2021\n\n" + review9Prose, []string{"Anna Berg"}},
	} {
		p := Read(c.page, Hints{})
		if strings.Join(p.Authors, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: authors %q, want %q", c.name, p.Authors, c.want)
		}
	}
}

// TestIssueYearOverStamp: an aggregator's posting stamp with its hour
// beside a journal issue's year gives the issue's year; a stamp alone, or
// an issue years older, leaves the day.
func TestIssueYearOverStamp(t *testing.T) {
	const prose = "北方诸岛的渡轮每周只开两班，岛上的议会要求在风暴季节之前增加第三班。港务局说港口费不够支付第三班的费用。议会说港口费从来不是为此设立的，三十年来也没有调整过。"
	for _, c := range []struct {
		head, want string
	}{
		{"2021-05-14 07:52王一舟\n群岛研究 2021年3期", "2021"},
		{"2019-02-11 18:05\n群岛研究 2018年第4期", "2018"},
		{"2021-05-14 07:52王一舟", "2021-05-14"},
		{"2021-05-14\n群岛研究 2021年3期", "2021-05-14"},
		{"2021-05-14 07:52\n群岛研究 2010年3期", "2021-05-14"},
		{"2021-05-14 07:52\n本文观点参见《群岛研究》2020年第3期", "2021-05-14"}, // a citation of an issue
		{"2021-05-14 07:52\n来源：《群岛研究》2021年第3期", "2021"},          // the page's own source line
		{"2021-05-14 07:52\n群岛研究 2021年3期总第45期", "2021"},
		{"日期: 2021-05-14\n群岛研究 2021年3期", "2021-05-14"}, // a day without its hour
		{"2021-05-14 07:52\n北方诸岛的议会在2021年3期的会刊里第一次提到港口费，此后每一期都有人追问，港务局却始终没有正面回答这些问题。", "2021-05-14"}, // a sentence
		{"2021-05-14 07:52\n2021年第6号台风在北方诸岛登陆", "2021-05-14"}, // a typhoon's number
	} {
		p := Read("北方诸岛渡轮与港口费的未来\n\n"+c.head+"\n\n"+prose, Hints{})
		if got := p.Date.String(); got != c.want {
			t.Errorf("under %q: date %q, want %q", c.head, got, c.want)
		}
	}
}

// TestDepositAndFeatureNotes: an open archive's deposit day is no
// publication date, and a note that the text was "originally featured"
// elsewhere dates it to the note's day.
func TestDepositAndFeatureNotes(t *testing.T) {
	const title = "Ferries Without Harbours: Who Pays for the Quays"
	for _, c := range []struct {
		name, page, want string
	}{
		{"an open archive's deposit day", title + "\n\nAnna Berg\n\nSubmitted on 12 Feb 2011\n\nHAL Id: halshs-00000001\n\n" + review9Prose, ""},
		{"a blog's post day", title + "\n\nAnna Berg\n\nSubmitted on 12 Feb 2011\n\n" + review9Prose, "2011-02-12"},
		{"a blog's post day beside a link to an archive", title + "\n\nAnna Berg\n\nSubmitted on 12 Feb 2011\n\nSee the paper at https://hal.science/hal-00000001\n\n" + review9Prose, "2011-02-12"},
		{"a deposit's day in French", title + "\n\nAnna Berg\n\nSoumis le 23 nov. 2008\n\n" + review9Prose, ""},
		{"a note that the text was featured first", title + "\n\nBy Harbour Desk | June 9, 2023\n\n(This piece was originally featured in the Kestrel Post on June 3, 2023.)\n\n" + review9Prose, "2023-06-03"},
		{"a submission's deadline is no note", title + "\n\nBy Anna Berg | June 9, 2023\n\nThe featured papers were submitted in March.\n\n" + review9Prose, "2023-06-09"},
	} {
		if got := Read(c.page, Hints{}).Date.String(); got != c.want {
			t.Errorf("%s: date %q, want %q", c.name, got, c.want)
		}
	}
	page := title + "\n\nAnna Berg\n\nSubmitted on 12 Feb 2011\n\n" + review9Prose
	if got := Read(page, Hints{URL: "https://hal.science/hal-00000001"}).Date.String(); got != "" {
		t.Errorf("an open archive's record at its address: date %q, want none", got)
	}
	if got := Read(page, Hints{URL: "https://nothal.science/x"}).Date.String(); got != "2011-02-12" {
		t.Errorf("a blog whose host only ends like the archive's: date %q", got)
	}
}

// TestListAddress: a page without a date or a byline at a list's address
// (address.List) is a listing.
func TestListAddress(t *testing.T) {
	const page = "Ports, Ferries and Island Councils\n\nThe Kestrel Institute studies ferries, harbours and the councils of the outer isles, and advises the boards that run them on dues and timetables.\n\nOur researchers work from Northport and Southport, and publish papers, briefs and a yearly review of the crossings."
	if p := Read(page, Hints{URL: "https://kestrel.example/tag/ferries/page/2"}); p.Kind != KindListing || !strings.Contains(p.Skip, "address") {
		t.Errorf("a tag's page at its address: title %q, kind %q, skip %q", p.Title, p.Kind, p.Skip)
	}
}

// TestEventAddress: an address filed under a site's events in another
// language (address.Event) is an event's cue, as "/events/" is.
func TestEventAddress(t *testing.T) {
	const page = "Who Pays for the Quays\n\nThe councils of the outer isles and the harbour board look again at the dues the ferries pay at each quay, and at who should pay for a third crossing in winter.\n\nThe board's accounts for the last three winters are set beside the councils' own figures."
	if p := Read(page, Hints{}); p.Skip != "" {
		t.Fatalf("the page without its address skipped: %s", p.Skip) // the address alone must tell it
	}
	if p := Read(page, Hints{URL: "https://kestrel.example/de/veranstaltungen/who-pays-for-the-quays"}); p.Kind != KindEvent {
		t.Errorf("an event at its address: title %q, kind %q, skip %q", p.Title, p.Kind, p.Skip)
	}
}
