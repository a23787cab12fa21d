package generic

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The rows below guard the rules learned from the V and W batches once
// they were read: a sharing site's genre label before a title, a footnote's
// number run into the last word, a digest's quoted reference, an image's
// slug under a line of words, a page whose only paragraph is cut short, a
// menu's "About" over a bylined page, an event report's heading, a
// journal's received days, and a date or a dash before a title. Each row
// names what it guards; the pages are invented.

// TestTitleGenreCut checks that a two-word genre label in Title Case run
// into a title's head comes off, and that a label that goes on into the
// title's own words stays.
func TestTitleGenreCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Policy Brief Ferry Fares in the Northern Isles", "Ferry Fares in the Northern Isles"},
		{"Working Paper A method for pricing winter crossings", "A method for pricing winter crossings"},
		{"Research Report Die Fährpreise der nördlichen Inseln", "Die Fährpreise der nördlichen Inseln"},
		// kept whole
		{"Working Paper Series on the Northern Isles", "Working Paper Series on the Northern Isles"},
		{"Policy Brief No. 4 on the Northern Isles", "Policy Brief No. 4 on the Northern Isles"},
		{"Policy Brief on the ferries of the isles", "Policy Brief on the ferries of the isles"},
		{"Policy Brief Writing for Island Councils", "Policy Brief Writing for Island Councils"},
		{"Policy Brief Policy Brief: Ferries of the Isles", "Policy Brief Policy Brief: Ferries of the Isles"},
		{"Harbour Report Ferry Fares in the Isles", "Harbour Report Ferry Fares in the Isles"},
		{"policy brief Ferry Fares in the Isles", "policy brief Ferry Fares in the Isles"},                 // a phrase, not a label
		{"Special Report Prepared for the Harbour Board", "Special Report Prepared for the Harbour Board"}, // a genre that opens titles of its own
		{"Research Paper Mills and the Integrity of Harbour Studies", "Research Paper Mills and the Integrity of Harbour Studies"},
		{"Policy Brief Ferry Fares", "Policy Brief Ferry Fares"}, // two words would be too few to stay
	} {
		if got := titleGenreCut(c.in); got != c.want {
			t.Errorf("titleGenreCut(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	page := "working paper a method for pricing winter...\n\n12\nWorking Paper A method for pricing winter crossings in the isles\n\nUpload: others\n\nPost on 02-Mar-2021\n\n4 views\n\nCategory:\n\nDocuments\n\nTRANSCRIPT\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "A method for pricing winter crossings in the isles" {
		t.Errorf("Read: title %q, want the sharing site's label cut", p.Title)
	}
}

// TestNoteDigit checks that a footnote's number run into a title's last
// word comes off, and that a name's own digits stay.
func TestNoteDigit(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Ferry Fares in a Time of Scarcity1", "Ferry Fares in a Time of Scarcity"},
		{"Island ferries and the cost of scarcity2", "Island ferries and the cost of scarcity"},
		// kept whole
		{"Ferry Fares After the G20", "Ferry Fares After the G20"},
		{"Ferry Fares and Web3", "Ferry Fares and Web3"},
		{"Harbour Dues After COVID19", "Harbour Dues After COVID19"},
		{"Ferries Scarcity1", "Ferries Scarcity1"},                                 // too short to be sure
		{"Island ferries and the gene Sirt1", "Island ferries and the gene Sirt1"}, // a short name's digit
		{"Ferry Fares in the Isles 2", "Ferry Fares in the Isles 2"},
	} {
		if got := dropLead(c.in); got != c.want {
			t.Errorf("dropLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestQuotedCite checks that a digest's reference gives its quoted title
// and its authors, and that a quote followed by anything but names stays.
func TestQuotedCite(t *testing.T) {
	for _, c := range []struct {
		in, title string
		names     []string
	}{
		{"“Ferry Fares in the Isles”, Anna Berg, Per Lindqvist (Harbour Institute, Isles)", "Ferry Fares in the Isles", []string{"Anna Berg", "Per Lindqvist"}},
		{"\"Who Pays for the Quays?\", Anna Berg and Li Wei", "Who Pays for the Quays?", []string{"Anna Berg", "Li Wei"}},
		// kept whole
		{"“Ferry Fares in the Isles”, a review of ten winters of crossings", "“Ferry Fares in the Isles”, a review of ten winters of crossings", nil},
		{"“Ferry Fares in the Isles”", "“Ferry Fares in the Isles”", nil},
		{"“Ferry Fares in the Isles”, winter edition, revised and enlarged", "“Ferry Fares in the Isles”, winter edition, revised and enlarged", nil},
		{"“The Long Crossing”, Anna Berg (Harbour Press)", "“The Long Crossing”, Anna Berg (Harbour Press)", nil}, // a review's head: the book's author and publisher
		{"“The Long Crossing”, Anna Berg (Harbour Press, Bergen)", "“The Long Crossing”, Anna Berg (Harbour Press, Bergen)", nil},
		{"“The Long Crossing”, Anna Berg (Bergen, 2019)", "“The Long Crossing”, Anna Berg (Bergen, 2019)", nil},
		{"“The Long Crossing”, Anna Berg and Per Holm (Isles University Press)", "“The Long Crossing”, Anna Berg and Per Holm (Isles University Press)", nil},
	} {
		title, names := quotedCite(c.in)
		if title != c.title || strings.Join(names, "; ") != strings.Join(c.names, "; ") {
			t.Errorf("quotedCite(%q) = %q, %q; want %q, %q", c.in, title, names, c.title, c.names)
		}
	}
	review := "Reviews\n\n“The Long Crossing: Ferries of the Northern Isles”, Anna Berg, Per Lindqvist\n\n12 May 2021\n\n" + islandProse
	if p := Read(review, Hints{}); slices.Contains(p.Authors, "Anna Berg") {
		t.Errorf("a review's head gave the book's authors as the page's: %q", p.Authors)
	}
	page := "“Who Pays for the Quays in the Northern Isles?”, Anna Berg, Per Lindqvist (Harbour Institute, Isles)\n\n" + islandProse + "\nRead more here.\n"
	if p := Read(page, Hints{}); p.Title != "Who Pays for the Quays in the Northern Isles?" || strings.Join(p.Authors, "; ") != "Anna Berg; Per Lindqvist" {
		t.Errorf("Read: title %q, authors %q; want the quoted title and its two authors", p.Title, p.Authors)
	}
}

// TestSlugLine checks that a file's slug under a heading is furniture, so
// that the heading is not joined with it.
func TestSlugLine(t *testing.T) {
	if ls := split("The harbour dues of the isles\nharbour_dues\nimg_2041_quay\nHarbour_Dues_2019\n"); !ls[1].chrome || !ls[2].chrome || ls[3].chrome {
		t.Error("a slug in small letters under a heading is not furniture, or a file's name in capitals is")
	}
	if ls := split("harbour_dues_paper\nUpload: others\n"); ls[0].chrome {
		t.Error("a sharing site's file name over its record taken for furniture")
	}
	page := "Sections\n\nCommentary\n\nThe board’s review of harbour dues—and what the councils say about it\n\nharbour_dues\n\n" + islandProse
	if p := Read(page, Hints{}); p.Title != "The board’s review of harbour dues—and what the councils say about it" {
		t.Errorf("Read: title %q, want the heading without the slug", p.Title)
	}
}

// TestCutText checks that a page whose only paragraph is long and cut
// short is read as a publication, and that a listing of long teasers is
// still a listing.
func TestCutText(t *testing.T) {
	para := strings.Repeat("The harbour board has proposed a third winter sailing to the outer isles, and the councils ask who should pay for it. ", 5) +
		"The talks have gone on for three years, and neither side has moved…"
	page := "Who Pays for the Third Sailing?\n\n  • Anna Berg\n\n    Anna Berg\n\n    Senior Fellow, Harbour Institute\n\n" + para
	p := Read(page, Hints{})
	if p.Skip != "" || p.Title != "Who Pays for the Third Sailing?" {
		t.Errorf("one cut paragraph: skip %q, title %q; want the publication", p.Skip, p.Title)
	}
	short := "Harbour News\n\nWho Pays for the Third Sailing?\n\nThe harbour board has proposed a third winter sailing to the outer isles, and the councils ask who should pay…\n"
	if p := Read(short, Hints{}); p.Skip == "" {
		t.Errorf("a short teaser taken for a page's text: indexed as %q", p.Title)
	}
	for _, job := range []string{
		"Jobs\n\nResearch Fellow, Harbour Programme\n\n" + para + "\n\nApply now\n",
		"Jobs\n\nResearch Fellow, Harbour Programme\n\nClosing date: 30 April 2024\n\n" + para + "\n\nContact\n",
	} {
		if p := Read(job, Hints{}); p.Skip == "" {
			t.Errorf("a job's page with one cut paragraph indexed as %q", p.Title)
		}
	}
	list := "Publications\n\nWho Pays for the Third Sailing?\n\n" + para + "\n\nThe Quays After the Storm\n\n" + para + "\n\nA Fourth Ferry?\n\n" + para
	if p := Read(list, Hints{}); p.Skip == "" {
		t.Errorf("a listing of three cut teasers indexed as %q", p.Title)
	}
}

// TestAboutMenuOverByline checks that a menu's "About" taken for the
// title of a page with a byline and a date does not make it an about page,
// and that it still does without them.
func TestAboutMenuOverByline(t *testing.T) {
	for _, c := range []struct {
		name, page string
		about      bool
	}{
		{"a bylined, dated episode under the menu", "About\nExperts\nPodcast Episode\n\nA Ferry Policy for the Isles\n\nBy Anna Berg and Per Lindqvist\nPublished on Aug 11, 2022\n\n" + islandProse, false},
		{"a byline without a date", "About\nExperts\nPodcast Episode\n\nA Ferry Policy for the Isles\n\nBy Anna Berg and Per Lindqvist\n\n" + islandProse, true},
		{"the institution about itself", "About\nExperts\n\nThe Harbour Institute studies the ferries of the isles.\n\n" + islandProse, true},
	} {
		ls := split(c.page)
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		kind, why := r.kind(0, "About Experts")
		if (kind == KindNavigation) != c.about {
			t.Errorf("%s: kind %q (%s), want an about page: %v", c.name, kind, why, c.about)
		}
	}
}

// TestEventReportHeads checks that a heading that names an event's report
// makes the page an event's, and that a title only starting with the same
// words does not.
func TestEventReportHeads(t *testing.T) {
	for _, c := range []struct {
		title string
		event bool
	}{
		{"Webinar Report: Ferries and the Northern Isles", true},
		{"Post Event Report on the Quays Workshop “Who Pays?”", true},
		{"Seminar Highlights: A Third Winter Sailing", true},
		{"E-Launch of the Island Ferries Survey 2024", true},
		{"Talk on Harbour Dues Masks a Deeper Rift Between the Isles", false}, // a headline's noun
		{"Event Reporting in the Isles: How Papers Cover Storms", false},
		{"Webinars and the Isles: A New Way to Meet", false},
	} {
		if got := eventLabelled(c.title, nil); got != c.event {
			t.Errorf("eventLabelled(%q) = %v, want %v", c.title, got, c.event)
		}
	}
	if eventLabelled("Webinar Report: Ferries and the Northern Isles", []string{"Anna Berg"}) {
		t.Error("an authored report of a webinar taken for the event's page")
	}
	page := "Webinar Report: Ferries and the Northern Isles\n\n24 February 2022\n\n" + islandProse
	if p := Read(page, Hints{}); p.Skip == "" {
		t.Errorf("an event's report indexed as %q", p.Title)
	}
}

// TestReceivedDayCJK checks that a journal's "received" day in Chinese,
// Japanese or Korean is not the article's date, and that a "published"
// day still is.
func TestReceivedDayCJK(t *testing.T) {
	for _, c := range []struct{ stamp, want string }{
		{"收稿日期:2022-03-07", ""},
		{"受付日 2022年3月7日", ""},
		{"접수일 2022.03.07", ""},
		{"发布日期:2022-03-07", "2022-03-07"},
		{"收稿日期:2022-03-07；修回日期:2022-05-10；网络出版日期:2022-06-20", "2022-06-20"},
	} {
		page := "海岛渡轮与港口费用研究\n\n张 杨\n\n" + c.stamp + "\n\n" + islandProse
		if got := Read(page, Hints{}).Date.String(); got != c.want {
			t.Errorf("%s: date %q, want %q", c.stamp, got, c.want)
		}
	}
}

// TestLeadDateAndDash checks that a date with its label, or a list's dash,
// run into a title's head comes off, and that a year or a number that
// opens the title's own words stays.
func TestLeadDateAndDash(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"date 2024-03 Una rotta per le isole del nord", "Una rotta per le isole del nord"},
		{"JULY 2019 How Ferry Fares Grew in the Isles", "How Ferry Fares Grew in the Isles"},
		{"date 12.05.2021 Ferry Fares and the Northern Isles", "Ferry Fares and the Northern Isles"},
		{"- The Contribution of the Harbour Board to the Isles", "The Contribution of the Harbour Board to the Isles"},
		{"Transcript: Who Pays for the Third Sailing?", "Who Pays for the Third Sailing?"},
		// kept whole
		{"2024 Annual Report of the Harbour Board", "2024 Annual Report of the Harbour Board"},
		{"July 2019 Ferries", "July 2019 Ferries"},
		{"March 2024 was the stormiest month for the isles", "March 2024 was the stormiest month for the isles"},
		{"May Day and the Harbour Workers of the Isles", "May Day and the Harbour Workers of the Isles"},
		{"March Madness Hits the Island Ferries", "March Madness Hits the Island Ferries"},
		{"5 Lessons from the Ferry Strike", "5 Lessons from the Ferry Strike"},
		{"12.05.2021 Ferry Fares and the Northern Isles", "12.05.2021 Ferry Fares and the Northern Isles"}, // a day may open a title
		{"9.11.1989 Die Nacht der offenen Häfen", "9.11.1989 Die Nacht der offenen Häfen"},
		{"2011-12 Harbour Budget: What It Means for the Isles", "2011-12 Harbour Budget: What It Means for the Isles"}, // a fiscal year
		{"May 1968 Revisited: Students, Dockers and the Harbour Board", "May 1968 Revisited: Students, Dockers and the Harbour Board"},
		{"July 2019 How Ferry Fares Grew in the Isles", "July 2019 How Ferry Fares Grew in the Isles"}, // no case break
		{"date 2024-03 Ferry Fares", "date 2024-03 Ferry Fares"},
		{"date 2024-03 ferry fares in the isles", "date 2024-03 ferry fares in the isles"},
		{"JULY 2019 HOW FERRY FARES GREW IN THE ISLES", "JULY 2019 HOW FERRY FARES GREW IN THE ISLES"},
		{"-  Ferries", "-  Ferries"},
	} {
		if got := dropLead(c.in); got != c.want {
			t.Errorf("dropLead(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReview15Pages reads the pages two reviews invented against this
// round's rules (testdata/review15 and review15b, named r<rule><letter>_…):
// each harm they found is a page whose title, skip or date must stay as the
// code before the rule gave it, each "should_fire" page one the rule must
// still catch.
func TestReview15Pages(t *testing.T) {
	checkReviewPages(t, "testdata/review15", "testdata/review15b")
}

// checkReviewPages reads each page a dir's want.tsv names and checks its
// title (or KEEP, SKIP) and, when the row gives one, its date.
func checkReviewPages(t *testing.T, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, "want.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			if strings.HasPrefix(row, "#") {
				continue
			}
			f := strings.Split(row, "\t")
			page, err := os.ReadFile(filepath.Join(dir, f[0]))
			if err != nil {
				t.Fatal(err)
			}
			p := Read(string(page), Hints{})
			got := p.Title
			switch {
			case p.Skip != "":
				got = "SKIP"
			case f[1] == "KEEP":
				got = "KEEP"
			}
			if got != f[1] {
				t.Errorf("%s/%s: %q (%s), want %q", dir, f[0], got, p.Skip, f[1])
			}
			if len(f) > 2 && p.Date.String() != f[2] {
				t.Errorf("%s/%s: date %q, want %q", dir, f[0], p.Date.String(), f[2])
			}
		}
	}
}
