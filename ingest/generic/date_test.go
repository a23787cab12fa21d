package generic

import "testing"

// readDate reads page and gives its date as printed ("" for none) and the
// page read.
func readDate(page string) (string, Page) {
	p := Read(page, Hints{})
	if p.Date.IsZero() {
		return "", p
	}
	return p.Date.String(), p
}

// TestDateLabels: a date whose label names another event than publication
// (a deliverable's due date, a talk's recording day) is no publication
// date; a page with only such a date is left undated, not misdated.
func TestDateLabels(t *testing.T) {
	const head = "Harbour Lights of the Northern Isles\n\nBy Annika Vollstedt\n\n"
	const body = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n"
	for _, c := range []struct{ label, want string }{
		{"Published: 12 May 2020", "2020-05-12"},
		{"Цитирований: 3 по состоянию на 12.05.2023", ""},
		{"วันที่นำเข้าข้อมูล 12 May 2020", ""},
		{"วันที่ปรับปรุงข้อมูล 12 May 2020", ""},
		{"ISSUE 2019/04 MAY 2019", "2019-05"},
		{"Citations: 12 as of 30.01.2024", ""},
		{"2019. 4. 22. 08:05 Harbours, Ferries\n승인 2019.04.15  07:42:10", "2019-04-15"},
		{"수정 2019.04.18", ""},
		{"Harbour Policy · March 2020 · Cited by 12", "2020-03"},
		{"Due date: 31.03.2012", ""},
		{"Recording date: Tuesday, December 10, 2019", ""},
		{"RECORDING DATE Tuesday, December 10, 2019", ""},
		{"Registration deadline: 4 June 2021", ""},
		{"Posted on 3 March 2022 - Recording available", "2022-03-03"},
		{"Podcast recording · 3 March 2022", "2022-03-03"},
		{"First draft: May 2015 This draft: January 2016", "2016-01"},
		{"First draft: May 2015", ""},
		{"Downloaded 118 times since 25 January 2017.", ""},
		{"Published\n2016-07", "2016-07"},
		{"Published: 2019-11-05 09:12", "2019-11-05"},
		{"By Anna Berg\n2021-03-12 09:14", "2021-03-12"}, // a news page's day and minute
		{"12-03-2021, 10:05", "2021-03-12"},
		{"Submitted on 14 March 2020", "2020-03-14"}, // a blog's post day      // a labelled day keeps its minute
		{"HPI Ferry Studies 2014-02-1", ""},          // a series' number, padded unevenly
		{"Dated 12 May 2020", "2020-05-12"},
		{"2014-02-15", "2014-02-15"},
		{"Published\n2016-07\nDate\n2016-08-09", "2016-07"},
		{"Veröffentlicht: 03.03.2025,\nLetzte Aktualisierung: 28.05.2025", "2025-03-03"},
		{"Letzte Aktualisierung: 28.05.2025", ""},
		{"14 August 2019\nVeröffentlicht: 03.03.2025", "2025-03-03"},
		{"Harbour Notes\n20 min readOct 10, 2024", "2024-10-10"},
		{"DOI: https://doi.org/10.30884/hsr/2023.01.03", ""},
		{"Article history:\nReceived 16 October 2010\nReceived in revised form\n15 June 2011", ""},
		{"Accepted\n20 June 2011", ""},
		{"REVISED\nMarch 2003", "2003-03"},
		{"Received: 01 May 2022 Revised: 03 May 2022 Accepted: 26 May 2022 Published: 06 June 2022", "2022-06-06"},
		{"Submitted: 21.04.2023 Accepted: 27.05.2023", ""},
		{"preprint · v1 · submitted 2026-04-06 · cs.CR", "2026-04-06"},
		// two record rows further down: the labelled one, and "Published" over "Date"
		{"Harbour Papers\nNumber 4\nDate\n12 May 2020\nLast modified\n3 June 2021", "2020-05-12"},
		{"Harbour Papers\nNumber 4\nDate\n3 June 2021\nPublished\n12 May 2020", "2020-05-12"},
	} {
		if got, p := readDate(head + c.label + body); got != c.want {
			t.Errorf("%q: date %q, want %q (skip %q)", c.label, got, c.want, p.Skip)
		}
	}
}

// TestRepostNote: a page that says its text was published elsewhere first
// carries the original's day when the note gives it, and no day when it
// does not: the page's own day is the repost's. Other sentences with
// "first appeared" leave the page's day alone.
func TestRepostNote(t *testing.T) {
	const head = "Harbour Lights of the Northern Isles\n\n14 August 2019\n\nBy Annika Vollstedt\n\n"
	const body = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n"
	for _, c := range []struct{ note, want string }{
		{"", "2019-08-14"},
		{"This post was originally published by the Harbour Review on 2 August 2019.", "2019-08-02"},
		{"This report (Briefing No. 7) was originally published by the Harbour Board on 2 August 2019.", "2019-08-02"},
		{"This was first published on July 12.", ""},
		{"This article is republished from The Harbour Review under a Creative Commons licence.", ""},
		{"Over the holidays we are republishing the pieces our readers liked best.", ""},
		{"Editor's note: This piece was originally published by the Harbour Board, and republished on the Lantern on 9 August 2019.", ""},
		{"The word lighthouse first appeared in print in 1622, long before the keepers kept logbooks.", "2019-08-14"},
		{"The logbooks were first published in 1950 by the island council and are still read today.", "2019-08-14"},
		{"This is the first published study of the keepers' logbooks, which the council opened last year.", "2019-08-14"},
		{"This has long been the view of the boards; the figures first appeared in the council's minutes.", "2019-08-14"},
		{"This essay was first published in 1950 and is reprinted here with a new preface.", ""},
	} {
		if got, p := readDate(head + c.note + body); got != c.want {
			t.Errorf("%q: date %q, want %q (skip %q)", c.note, got, c.want, p.Skip)
		}
	}
}

// TestTimeRange: an event's hours, in English and German, are a time
// range; a page range is not.
func TestTimeRange(t *testing.T) {
	for low, want := range map[string]bool{
		"10 am to 12 pm":                true,
		"10:00 am - 11:30 am":           true,
		"18:30 bis 19:45 uhr · kiel":    true,
		"18:30 bis 19:45":               true,
		"von 18 bis 20 uhr":             true,
		"seiten 10 bis 12 des berichts": false,
		"chapters 3 to 5 of the report": false,
	} {
		if got := timeRange(low); got != want {
			t.Errorf("timeRange(%q) = %v, want %v", low, got, want)
		}
	}
}

// TestRepostNoteLabel: a repost note that gives no day leaves a labelled
// "Published:" day alone; it drops only an unlabelled day.
func TestRepostNoteLabel(t *testing.T) {
	const page = "Harbour Lights of the Northern Isles\n\nPublished: 14 August 2019\n\nBy Annika Vollstedt\n\nThis essay was first published in 1950 and is reprinted here with a new preface.\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year.\n"
	if p := Read(page, Hints{}); p.Date.String() != "2019-08-14" {
		t.Errorf("date %q, want 2019-08-14", p.Date.String())
	}
}

// TestSentenceBefore checks that a subject of four words, or a verb, before
// a date's cue makes a sentence, and a label's word does not.
func TestSentenceBefore(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The previous survey of the isles was ", true},
		{"The first harbour survey ", true},
		{"The survey was ", true},
		{"Report ", false},
		{"Our new survey ", false},
	} {
		if got := sentenceBefore(c.in); got != c.want {
			t.Errorf("sentenceBefore(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestCueInSentence checks that a cue word inside the text's sentences
// ("published in November 2017 a report", "was issued in May 2016") does
// not label a date, so the day printed under the title stays the post's.
func TestCueInSentence(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Harbour Peace in the Northern Isles\n\nThursday, December 7, 2017\n\n" +
			"The Harbour Board, a council committed to ferry links, published in November 2017 a report titled \"Building Peace on the Quays\" by Anna Berg.\n\n" +
			"The report finds that the ferry strategy for the isles must move beyond the councils to the crews, the keepers and the islanders who use the crossings every winter.\n", "2017-12-07"},
		{"Harbour Surveys: The North Isles\n\nJune 2018\n\nOVERVIEW\n\nThe previous Survey of the North Isles was issued in May 2016.\n\n" +
			"The ferry links of the isles were reviewed by the Harbour Board on 14 March 2018, and the draft was revised in the light of the councils' letters before its final approval.\n", "2018-06"},
	} {
		if got, p := readDate(c.page); got != c.want {
			t.Errorf("%.40q: date %q, want %q (skip %q)", c.page, got, c.want, p.Skip)
		}
	}
}

// TestDateStamp checks that the day a saved page records before its first
// line is split from the title, and gives way to the day printed by the
// byline.
func TestDateStamp(t *testing.T) {
	for _, c := range []struct{ page, title, date string }{
		{" date 2021-05-05 North Isles: Harbour Dues - Has the Age of Cheap Ferries Ended?\n\n4 May 2021\nHarbour Review (Kestrel Point)\nanalysis By Anna Berg\n\n" +
			"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n",
			"North Isles: Harbour Dues - Has the Age of Cheap Ferries Ended?", "2021-05-04"},
		{" date 2020-06-09 Analyst warns of Kestrel’s ‘grey zone’ tactics\n\nStaff writer, with KPA\n\n\n\n\n" +
			"The North Isles face increased threats from Kestrel through its wider use of “grey zone” tactics, a harbour analyst said.\n\n" +
			"Kestrel seeks to apply “extreme pressure” through means that fall short of a blockade, said Anna Berg, a fellow in the ferry division of the Institute for Island Defence, in an article.\n",
			"Analyst warns of Kestrel’s ‘grey zone’ tactics", "2020-06-09"},
		// the text only, its heading cut off: indexed for its day, under its first line
		{" date 2022-12-06 When historians look back at the harbour board's years, they will rank the ferry links as its most remarkable work, and the councils agree.\n\n" +
			"Running with the timetable pioneered by the old board under the councils' first government, the new board's vision has ensured that the isles can take pride in their crossings.\n",
			"When historians look back at the harbour board's years, they will rank the ferry links as its most remarkable work, and the councils agree.", "2022-12-06"},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.title || p.Date.String() != c.date {
			t.Errorf("%.40q: title %q, date %v; want %q, %s (skip %q)", c.page, p.Title, p.Date, c.title, c.date, p.Skip)
		}
	}
}

// TestBlogDayHeader: a day printed alone over an unsigned title with its
// weekday is a blog's day header, which on the labelled sets was a
// repost's or an aggregator's day more often than the post's own: no
// date, unless the reposted cover's own earlier day is printed below. A
// byline under the title makes it the post's own day.
func TestBlogDayHeader(t *testing.T) {
	const body = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n"
	for _, c := range []struct{ page, want string }{
		{"Tuesday, March 14, 2023\n\nHarbour Lights of the Northern Isles" + body, ""},
		{"Tuesday, March 14, 2023\n\nHarbour Lights of the Northern Isles\nBy Anna Berg" + body, "2023-03-14"},
		{"Tuesday, March 14, 2023\n\nHarbour Lights of the Northern Isles" + body + "\nNo. 8\nHarbour Lights of the\nNorthern Isles\nAnna Berg\nKestrel Institute\n9 March 2023\n" + body, "2023-03-09"},
		{"Harbour Lights of the Northern Isles\n\nTuesday, March 14, 2023" + body, "2023-03-14"},
		{"Harbour Lights of the Northern Isles\n\n14 March 2023" + body, "2023-03-14"},
		{"Harbour Lights of the Northern Isles\n\nAnna Berg, 14 March 2023" + body, "2023-03-14"},
		{"HARBOUR LIGHTS OF THE NORTHERN ISLES\nA Survey\nVolume One\nThe Keepers\nThe Lamps\nKestrel Institute\nMARCH 2023" + body, "2023-03"},
		{"Harbour Review - Ferries Tuesday, 14 March 2023\nHarbour Lights of the Northern Isles\nAnna Berg Research Director" + body, "2023-03-14"},
	} {
		if got, p := readDate(c.page); got != c.want {
			t.Errorf("%.60q: date %q, want %q (skip %q)", c.page, got, c.want, p.Skip)
		}
	}
}
