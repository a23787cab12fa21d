package generic

import (
	"strings"
	"testing"
)

// The rows below guard the rules learned from the Z batch once it was
// read (testdata/review17). The pages are invented.

// TestReview17Pages reads each page of testdata/review17 and checks its
// title (or SKIP) and date against want.tsv.
func TestReview17Pages(t *testing.T) {
	checkReviewPages(t, "testdata/review17")
}

// TestColumnLines checks that a menu saved in its columns is a line of
// furniture, and that a cover's parts or a text set with wide gaps are
// not.
func TestColumnLines(t *testing.T) {
	for _, c := range []struct {
		raw    string
		lines  []string
		chrome bool
	}{
		{"Home          Archives           Harbour Institute Homepage       View the current issue           Videos   ",
			[]string{"Home Archives Harbour Institute Homepage View the current issue Videos"}, true},
		{"Ferry Fares in the Farther Isles     Policy Brief     No. 4     2031",
			[]string{"Ferry Fares in the Farther Isles Policy Brief No. 4 2031"}, false},
		// rows a review found read as menus: a cover's title set wide, a
		// record's labels, a day's row, a running head with its number
		{"BERTH   FEES   AND   DREDGING", []string{"BERTH FEES AND DREDGING"}, false},
		{"Title:\tSilting and Shipping\tYear:\t2017", []string{"Title: Silting and Shipping Year: 2017"}, false},
		{"Mardi 12 mars 2019   |   Tribune   |   Par Anne Berger   |   Lecture 5 min", []string{"Mardi 12 mars 2019 | Tribune | Par Anne Berger | Lecture 5 min"}, false},
		{"Harbourside Institute      Policy Brief      No. 7      Rethinking Berth Fees", []string{"Harbourside Institute Policy Brief No. 7 Rethinking Berth Fees"}, false},
		{"Ferry Fares in the Farther Isles     Policy Brief     Jane Roe     Harbour Institute",
			[]string{"Ferry Fares in the Farther Isles Policy Brief Jane Roe Harbour Institute"}, false},
		{"Title:\tSilting and Shipping\tPublisher:\tSarn Estuary Trust", []string{"Title: Silting and Shipping Publisher: Sarn Estuary Trust"}, false},
		{"Ferry Fares     A Winter Timetable", []string{"Ferry Fares A Winter Timetable"}, false},
		{"Home\tArchives\tHarbour Videos\tContact Us", []string{"Home Archives Harbour Videos Contact Us"}, true},
		{"Home     About Us     Contact", []string{"Home About Us Contact"}, false}, // three items: too few to tell
		// a sentence with a wide gap in it is one line
		{"The harbour board has cut two winter sailings.   It has also raised the fares on the northern routes and the councils have asked for the money back, as they did in the last winter and the one before it.",
			[]string{"The harbour board has cut two winter sailings. It has also raised the fares on the northern routes and the councils have asked for the money back, as they did in the last winter and the one before it."}, false},
	} {
		ls := split(c.raw)
		var got []string
		for _, l := range ls {
			got = append(got, l.text)
		}
		if strings.Join(got, "\n") != strings.Join(c.lines, "\n") {
			t.Errorf("split(%q) = %q, want %q", c.raw, got, c.lines)
			continue
		}
		if ls[0].chrome != c.chrome {
			t.Errorf("split(%q)[0].chrome = %v, want %v", c.raw, ls[0].chrome, c.chrome)
		}
	}
}

// TestLabelledQuote checks that a series label's quoted title is the
// title, and that a speaker's quoted words, a slogan after a colon and a
// sentence that quotes a journal stay whole.
func TestLabelledQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Institute Occasional Paper: “Ferries, Fares and the Winter Timetable”", "Ferries, Fares and the Winter Timetable"},
		{"Isles Perspective 2031/5 “How the Ferry Vote Showed the Limits of Island Councils” by Jane Roe and Per Berg", "How the Ferry Vote Showed the Limits of Island Councils"},
		// not a series label
		{"Harbour Minister: “We Will Keep Every Winter Sailing”", "Harbour Minister: “We Will Keep Every Winter Sailing”"},
		{"Ferry Watch: “Fares Worth Paying”", "Ferry Watch: “Fares Worth Paying”"},
		{"An article by Jane Roe was published in “Journal of Island Studies”", "An article by Jane Roe was published in “Journal of Island Studies”"},
		{"The “Lifeline Ferry” Report and Its Critics", "The “Lifeline Ferry” Report and Its Critics"},
		{"A Report on “Lifeline Ferries for the Isles”", "A Report on “Lifeline Ferries for the Isles”"},
		{"The Occasional Paper “Ferries for the Isles”", ""},
		{"Occasional Paper “Blue Economy” and “Green Growth”", ""},
		{"Occasional Paper “Ferries for the Isles” Launched Today", ""},
		{`Harbour Institute Occasional Paper: "Ferries for the Isles"`, "Ferries for the Isles"},
		{"Harbour Isles Policy Research Centre Occasional Paper: “Ferries for the Isles”", ""}, // a label too long to be one
		{"Occasional Paper: “Ferries”", ""},
		// headlines that quote, after a kind's word (a review found them)
		{"New Report Warns “Housing Shortfall Will Double”", ""},
		{"Article 12 “Right to Clean Water” Upheld by Court", ""},
		{"Paper Mill Workers Say “We Were Never Consulted”", ""},
		{"Policy Update “Project Lantern Quay” Gets Green Light", ""},
		{"Perspectives “Blue Economy” and “Green Growth Agenda” Compared", ""},
		{"Report Card: “Northern Provinces Earn a C Minus”", ""},
		{`Update zur Hafenreform: "Die Gebühren steigen weiter"`, ""},
		{`Review Essay "The Quiet Harbour" by Lena Moss`, ""},
		{"Essay Prize Winner “Nets, Boats and Borders” Announced", ""},
		{`Brief Explains "What the Aquifer Ruling Means for Farmers" in Plain Terms`, ""},
	} {
		if c.want == "" {
			c.want = c.in
		}
		if got := labelledQuote(c.in); got != c.want {
			t.Errorf("labelledQuote(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestGuestLabels checks that a guest post's or column's label comes off
// its title, in capitals too.
func TestGuestLabels(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{"Guest Post: Rethinking the Harbour Levy\n\nBy Jane Roe\n\n18 May 2030\n\n" + islandProse, "Rethinking the Harbour Levy"},
		{"GUEST COLUMN The Valley Line Needs Its Second Track\n\nBy Jane Roe\n\n4 April 2031\n\n" + islandProse, "The Valley Line Needs Its Second Track"},
	} {
		if p := Read(c.page, Hints{}); p.Title != c.want {
			t.Errorf("title %q, want %q", p.Title, c.want)
		}
	}
}
