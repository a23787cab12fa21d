package generic

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// The rows below guard the rules learned from the X and Y batches once
// they were read: a record's field whose value is a number, an age or an
// identifier, a journal's cover line to be cited by, a research
// corporation's spaced logo, a bracketed date with its comma after the
// month, a heading that a full stop ends over the text, an object of data
// printed into the page, a program's error trace, and a font-size widget's
// label. The pages are invented.

// TestMetaValueNotTitle checks that "Label: value" lines whose value no
// title holds are never titles, and that titles of the same shape stay.
func TestMetaValueNotTitle(t *testing.T) {
	for _, c := range []struct {
		line string
		not  bool
	}{
		{"Academic year: 2019", true},
		{"Last View : 4d ago", true},
		{"Year of Publication: 2016", true},
		{"PAPERBACK: ISBN 978-1-23456-789-0", true},
		{"Downloads: 1,204", true},
		{`Download "Published online: 3 Mar 2011."`, true},
		{"Renderer->render() (Line: 586)", true},
		{"View: 217 times", true},
		{"Kestrel • Harbour Town • Northport • Southport", true},
		{"Home · About · Publications · Contact", true},
		// titles of the same shape
		{"Ferry Fares: An A-Z", false},
		{"Harbour Dues: The Isles", false},
		{"Northern Isles: 10 Winters On", false},
		{"Island Councils: Three Proposals for 2030", false},
		{`Download "Ferry Fares in the Northern Isles"`, false},
		{"Ferry Fares • The Northern Isles in Winter", false},
		{"Harbour Dues: 300 Years of the Quays", false},
		{"Energy • Water • Food • Land: The Nexus", false},
	} {
		if got := NotTitle(c.line); got != c.not {
			t.Errorf("NotTitle(%q) = %v, want %v", c.line, got, c.not)
		}
		if c.not && titleShape(mkLine(c.line)) {
			t.Errorf("titleShape(%q) = true, want false", c.line)
		}
	}
	// A sharing site's record: the counters' ages and the academic year
	// over the document, whose title is its first line.
	page := "Ferry Fares and the Cost of Winter Sailings\n\n3y ago\n\n12 Views\n\n1 Downloads\n\nLast View : 4d ago\n\nLast Download : 2m ago\n\nUpload by : harbour_reader\n\nTranscription\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Ferry Fares and the Cost of Winter Sailings" {
		t.Errorf("Read: title %q, want the document's first line", p.Title)
	}
}

// TestJournalCite checks that a journal's download cover, run into one
// line, gives the title its "To cite this article" line names.
func TestJournalCite(t *testing.T) {
	page := "Published online: 03 Mar 2011.\n\nSize: px\n\nStart display at page:\n\nDownload \"Published online: 03 Mar 2011.\"\n\nTranscription\n\n" +
		"1 This article was downloaded by: [Anna Berg] On: 05 March 2011, At: 09:14 Publisher: Harbour Press, 1 Quay Street, Kestrel Harbour Studies Quarterly Journal details and notes for authors: Ferry fares in the northern isles, a review (II) Anna Berg a & Per Lindqvist b a Harbour Institute Published online: 03 Mar To cite this article: Anna Berg & Per Lindqvist (2011) Ferry fares in the northern isles, a review (II), Harbour Studies Quarterly, 4:1, 12-30, DOI: / To link to this article: The article begins on the next page. Harbour Press checks what it prints with care, but it gives no promise that every figure in its pages is right, and readers should test them against the sources before they rely on them.\n"
	if p := Read(page, Hints{}); p.Title != "Ferry fares in the northern isles, a review (II)" {
		t.Errorf("Read: title %q, want the cited title", p.Title)
	}
	// a cite line without the journal's volume and issue names nothing
	if m := journalCiteRe.FindStringSubmatch("To cite this article: Anna Berg (2011) Ferry fares in the isles, a review, online only"); m != nil {
		t.Errorf("journalCiteRe matched a line without volume and issue: %q", m[1])
	}
}

// TestSpacedLogo checks that a research corporation's logo set letter by
// letter, alone or run into its cover's text, is not the title, and that
// a title opening with the word stays.
func TestSpacedLogo(t *testing.T) {
	page := "Research Report\n\nC O R P O R AT I O N\n\nFerry Fares and the Cost of Winter Sailings in the Northern Isles\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Ferry Fares and the Cost of Winter Sailings in the Northern Isles" {
		t.Errorf("Read: title %q, want the cover's title", p.Title)
	}
	page = "C O R P O R A T I O N Ferry Fares and the Cost of Winter Sailings Anna Berg, Per Lindqvist\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title == "" || p.Title[0] == 'C' {
		t.Errorf("Read: title %q, want the logo cut from the run-on cover", p.Title)
	}
	for _, l := range split("CORPORATION TAX AND THE ISLES\nCorporation Tax and the Isles") {
		if l.text[0] != 'C' {
			t.Errorf("split cut %q", l.text)
		}
	}
}

// TestBracketedMonthComma checks that "(March, 26 2021)" before a title is
// the post's day on a line of its own.
func TestBracketedMonthComma(t *testing.T) {
	page := "Harbour Notes\n\n« April 2021 »\nSun Mon Tue Wed Thu Fri Sat\n1 2 3\n\n(March, 26 2021) Ferry fares rise again in the northern isles\n\n" + islandProse
	p := Read(page, Hints{})
	if p.Title != "Ferry fares rise again in the northern isles" || p.Date.String() != "2021-03-26" {
		t.Errorf("Read: %q %v, want the title without its day, dated 2021-03-26", p.Title, p.Date)
	}
}

// TestStoppedHeading checks that a page whose only heading, opened by a
// label in capitals, ends with a full stop over its text is read under
// that heading, and that a call to join in capitals and a page opening
// with a sentence are not.
func TestStoppedHeading(t *testing.T) {
	page := "THE NORTHERN ISLES: A Winter Without Ferries.\n\n" + islandProse
	if p := Read(page, Hints{}); p.Skip != "" || p.Title != "THE NORTHERN ISLES: A Winter Without Ferries" {
		t.Errorf("Read: skip %q title %q, want the heading without its stop", p.Skip, p.Title)
	}
	page = "JOIN US: Research Assistants for the Harbour Programme.\n\n" + islandProse
	if p := Read(page, Hints{}); p.Skip == "" {
		t.Errorf("Read: a call to join indexed as %q", p.Title)
	}
	page = "The ferries did not run this week.\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title == "The ferries did not run this week" {
		t.Errorf("Read: a sentence became the title")
	}
}

// TestDataBlock checks that an object of data a template printed into the
// page is neither a listing's teasers nor a title, so the article under it
// is read.
func TestDataBlock(t *testing.T) {
	page := "• Research\n  • About\nDonate\n{\n  \"authors\": [\n    \"Anna Berg\"\n  ],\n  \"type\": \"commentary\",\n  \"centers\": [\n    \"Harbour Institute\"\n  ],\n  \"regions\": [\n    \"Northern Isles\",\n    \"Mainland\"\n  ],\n  \"topics\": [\n    \"Transport\"\n  ]\n}\n\nCommentary\n\nFerry Fares and the Cost of Winter Sailings\n\nThe isles need a third sailing, and someone has to pay for it.\n\nBy Anna Berg\nPublished on Mar 12, 2015\n\n" + islandProse
	p := Read(page, Hints{})
	if p.Skip != "" || p.Title != "Ferry Fares and the Cost of Winter Sailings" || p.Date.String() != "2015-03-12" {
		t.Errorf("Read: skip %q title %q date %v, want the article", p.Skip, p.Title, p.Date)
	}
	// quoted lines that are not fields stay what they are
	ls := split("\"Ferry fares are too high\"\n\"The isles need a third sailing\"\n\"Who pays for the quays?\"")
	for _, l := range ls {
		if l.chrome {
			t.Errorf("split: quoted line %q marked as furniture", l.text)
		}
	}
}

// TestErrorTracePage checks that a page holding only a program's error
// trace is skipped, not indexed under a line of it.
func TestErrorTracePage(t *testing.T) {
	page := "Error message\nDeprecated function: something is deprecated in Harbour\\Utility\\UrlHelper::isValid()\nHarbour\\Utility\\UrlHelper::isValid() (Line: 252)\nharbour_preprocess_view()\ncall_user_func_array() (Line: 261)\nHarbour\\Theme\\ThemeManager->render() (Line: 491)\nHarbour\\Render\\Renderer->doRender() (Line: 504)\n"
	if p := Read(page, Hints{}); p.Skip == "" {
		t.Errorf("Read: error trace indexed as %q", p.Title)
	}
}

// TestFontSizeLabel checks that a font-size widget's label ending with a
// colon does not run into the title under it.
func TestFontSizeLabel(t *testing.T) {
	page := "Adjust font size:\n\nFerry Fares and the Cost of Winter Sailings\n\nHarbour Institute Time: 11 10, 2017 Writer: Anna Berg\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "Ferry Fares and the Cost of Winter Sailings" {
		t.Errorf("Read: title %q, want the title without the widget's label", p.Title)
	}
}

// TestProgramDayIsNoCoverDate checks that a programme's day, session or
// panel head with its date in brackets ("Day 1 (May 8, 2031):") dates
// nothing: here it would be taken for the cover date of a document that a
// blog reposts under its weekday header.
func TestProgramDayIsNoCoverDate(t *testing.T) {
	page := "Friday, May 9, 2031\n\nFerries at the Harbour Forum\n\n" + islandProse + islandProse + islandProse + "\nDay 1 (May 8, 2031):\n\nThe forum opened with the harbour board's plan for a third sailing, and the councils answered it the same afternoon.\n"
	if p := Read(page, Hints{}); p.Date.String() == "2031-05-08" {
		t.Errorf("Read: date %v, the programme's day", p.Date)
	}
}

// TestReview16Pages reads the pages two reviews invented against this
// round's rules (testdata/review16/want.tsv): titles that look like
// fields, cite lines with commas in the journal's name, spaced words,
// bracketed days, names in capitals, headings with a stop, quoted terms,
// code in titles, genre words, calendars, bullets and programme days.
func TestReview16Pages(t *testing.T) {
	checkReviewPages(t, "testdata/review16", "testdata/review16b")
	// a book review's cover: its genre heading is no author
	b, err := os.ReadFile("testdata/review16/r2e_cite_book_review.txt")
	if err != nil {
		t.Fatal(err)
	}
	if p := Read(string(b), Hints{}); slices.Contains(p.Authors, "Book Review") {
		t.Errorf("authors %q", p.Authors)
	}
}

// TestCalendarHead checks that a month between arrows dates nothing only
// over a calendar's row of weekdays, not over prose that holds a weekday's
// three letters ("sat").
func TestCalendarHead(t *testing.T) {
	page := "Harbour Monthly\n\n« March 2021 »\n\nThe councils sat with the harbour board for three days and agreed on nothing but the date of the next meeting.\n\nFerry Fares After the Storms\n\n" + islandProse
	if p := Read(page, Hints{}); p.Date.String() != "2021-03" {
		t.Errorf("Read: date %v, want the review's month", p.Date)
	}
}

// TestJournalCitePrinted checks that a cut of the cite line counts as
// printed only when a line opens with it: a journal's name that holds the
// cut's words ("Journal of Harbour Studies") prints no title.
func TestJournalCitePrinted(t *testing.T) {
	text := "Journal of Harbour Studies\nPublished online: 3 Mar 2016\nTo cite this article: Anna Berg (2016) Harbour Studies, island councils and the limits of local control, Journal of Harbour Studies, 4:1, 12-30, DOI: x\n"
	ls := split(text)
	r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
	if _, got := r.journalCite(2, ls[2].text); got != "" {
		t.Errorf("journalCite = %q, want none: no line prints the title", got)
	}
}

// TestCoverCiteCaseFolding checks that a cite line after letters whose
// lower case is longer in bytes than they are ("Ⱥ") reads without a
// panic: the label is found on the line's own bytes.
func TestCoverCiteCaseFolding(t *testing.T) {
	page := strings.Repeat("Ⱥ", 600) + " To cite this article: Anna Berg (2011) Ferry fares in the northern isles, Harbour Studies Quarterly, 4:1, 12-30\n\n" + islandProse
	Read(page, Hints{})
}
