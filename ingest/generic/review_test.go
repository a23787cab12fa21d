package generic

import (
	"slices"
	"testing"
)

// Counterexamples a review found to this round's rules: ordinary
// publication pages (and ordinary non-publication pages) that the rules
// first misread. Each guards the narrowing that followed.

const revBody = "The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n\n" +
	"This paper follows the record of those meetings and proposes a way to set the fares that the three councils could share, with the harbour board's consent.\n"

// revByline is a byline and a day between a review page's title and its text.
const revByline = "\n\nBy Anna Berg\n12 March 2020\n\n"

func TestReviewTitles(t *testing.T) {
	for _, c := range []struct{ name, page, want string }{
		// leadPageRe (title.go:1708,1750): a count opening a capitals title is cut
		{"leadPage-count", "100 DAYS OF THE NEW HARBOUR BOARD\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "100 DAYS OF THE NEW HARBOUR BOARD"},
		// leadPageRe's "19-19" branch: a ratio opening a title is cut
		{"leadPage-ratio", "50-50 Fare Sharing Between the Island Councils\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "50-50 Fare Sharing Between the Island Councils"},
		// joinerAt's "i" (title.go:1044) in readBlock's capitals joining (title.go:771): a roman numeral joins the author to the title
		{"caps-roman-I", "THE ISLES AFTER WORLD WAR I\nANNA BERG\n12 March 2020\n\n" + revBody, "THE ISLES AFTER WORLD WAR I"},
		// postalRe (chrome.go:120) in NotTitle/titleShape: ", 2019 Edition" reads as a postcode and town
		{"postal-year", "Island Ferry Statistics, 2019 Edition\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "Island Ferry Statistics, 2019 Edition"},
		// capsHeadEnd/authorsRun (read.go:1235,1298): a Title Case subtitle of name-like words is cut as authors
		{"capsHead-subtitle", "HARBOUR DUES AND FERRY FARES Winter Pricing Explained\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "HARBOUR DUES AND FERRY FARES Winter Pricing Explained"},
		// noteThenName (read.go:1283): a "1" inside the title followed by two capitalised words
		{"noteThenName", "Why the Island Ferries Rank 1 Among Harbour Costs\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "Why the Island Ferries Rank 1 Among Harbour Costs"},
		// "无码" furniture (chrome.go:230): 无码头 ("without a wharf") in a title makes it furniture
		{"wuma-wharf", "无码头岛屿的渡轮服务：北方三岛的经验与启示\n\nBy Anna Berg\n12 March 2020\n\n" + revBody, "无码头岛屿的渡轮服务：北方三岛的经验与启示"},
	} {
		p := Read(c.page, Hints{})
		if p.Title != c.want || p.Skip != "" {
			t.Errorf("%s: title %q (skip %q), want %q", c.name, p.Title, p.Skip, c.want)
		}
	}
}

func TestReviewSkippedPublications(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		// sectionTitleRe (kind.go:1122): "the" made optional, so "Welcome to Society 5.0" is an about page
		{"welcome-society", "Welcome to Society 5.0: The Isles Go Digital\n\nBy Anna Berg\n12 March 2020\n\n" + revBody},
		// listingTitleRe (kind.go:1245): any short "News from X" title is a listing
		{"news-from", "News from the Harbour Front\n\nBy Anna Berg\n12 March 2020\n\n" + revBody},
	} {
		if p := Read(c.page, Hints{}); p.Skip != "" {
			t.Errorf("%s: skipped (%s), want indexed", c.name, p.Skip)
		}
	}
}

func TestReviewAuthors(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       []string
	}{
		// nameLine (fields.go:83): a name ending on a particle ("Le", "Bin", "Du", "Di") or starting with a
		// foreign small word ("Per", "Les", "Des", "Na", "Il") is no longer a name line
		{"name-Le", "Harbour Dues in the Isles\nMinh Le\n12 March 2020\n\n" + revBody, []string{"Minh Le"}},
		{"name-Bin", "Harbour Dues in the Isles\nLi Bin\n12 March 2020\n\n" + revBody, []string{"Li Bin"}},
		{"name-Per", "Harbour Dues in the Isles\nPer Lindqvist\n12 March 2020\n\n" + revBody, []string{"Per Lindqvist"}},
		{"name-Les", "Harbour Dues in the Isles\nLes Dawson\n12 March 2020\n\n" + revBody, []string{"Les Dawson"}},
		// the same rule's joinerAt(end): a list of authors broken after "and"
		{"names-and-break", "Harbour Dues in the Isles\n\nAnna Berg, Tomas Brandt and\nLena Ortiz\n\n12 March 2020\n\n" + revBody, []string{"Anna Berg", "Tomas Brandt"}},
		// and the capitals title of caps-roman-I takes its author
		{"caps-roman-I", "THE ISLES AFTER WORLD WAR I\nANNA BERG\n12 March 2020\n\n" + revBody, []string{"Anna Berg"}},
	} {
		p := Read(c.page, Hints{})
		for _, w := range c.want {
			if !slices.Contains(p.Authors, w) {
				t.Errorf("%s: authors %q, want %q among them", c.name, p.Authors, w)
			}
		}
	}
}

func TestReviewDates(t *testing.T) {
	// the cue piece rule (fields.go:595): a byline bar of more than 12 words loses its labelled day
	page := "Harbour Dues in the Isles\n\nAnna Berg | Harbour Institute | Published on 12 March 2019 | 5 min read | Share this article\n\n" + revBody
	if p := Read(page, Hints{}); p.Date.String() != "2019-03-12" {
		t.Errorf("byline bar: date %q, want 2019-03-12", p.Date.String())
	}
}

func TestReviewNonPublications(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		// the stamp as document evidence (read.go:530): any stamped page of prose is indexed, and
		// bestUnnamedLine takes the stamp itself as its title ("2021-05-05")
		{"stamp-404", " date 2021-05-05 The page you are looking for has moved or no longer exists on this site, and the search box below may help you find it again.\n\n" +
			"If you followed a link from another site, please let its owners know that the address has changed, so that other readers can reach the new page.\n"},
		{"stamp-cookies", " date 2021-05-05 We use cookies on this site to remember your choices and to count our visitors, and we never sell what we learn about you to anyone.\n\n" +
			"You may turn the cookies off in your browser at any time, though some parts of the site, such as the search and the reading list, may then stop working.\n"},
		// CJK broken prose (read.go:266): a list of CJK titles, none ending on 。, is a broken paragraph
		{"cjk-title-list", "研究成果\n\n港口收费政策对北方岛屿渡轮运营成本的长期影响研究\n岛屿议会与大陆港务局之间关于冬季票价分担机制的比较分析\n" +
			"北方三岛渡轮航线补贴制度改革的路径选择与政策建议\n港口基础设施投资对岛屿地区经济发展贡献的实证评估\n冬季航线停运对岛屿居民医疗与教育服务可及性的影响\n"},
	} {
		if p := Read(c.page, Hints{}); p.Skip == "" {
			t.Errorf("%s: indexed as %q, want skipped", c.name, p.Title)
		}
	}
}

func TestReviewCoverHeadLowercase(t *testing.T) {
	// coverHeads' new words (title.go:1330) end a span in small letters too (title.go:1392):
	// "índice" (index) and "sommaire" (summary) inside a title cut it
	const record = "\n16\nUpload: others\nPost on 20-Jul-2021\n1 views\n"
	for _, c := range [][2]string{
		{"las tarifas portuarias: un ...", "2. Las tarifas portuarias: un nuevo índice para el norte Introducción los faros de las islas del norte son muchos, y cada uno tiene sus reglas."},
		{"les tarifs des ports: un ...", "2. Les tarifs des ports: un nouveau sommaire des îles du nord Introduction les phares des îles du nord sont nombreux, et chacun a ses règles."},
	} {
		ls := split(c[0] + record + c[1] + "\n")
		r := reader{ls: ls, names: make([]int8, len(ls))}
		if got := r.completeCut(0, c[0]); got == "Las tarifas portuarias: un nuevo" || got == "Les tarifs des ports: un nouveau" {
			t.Errorf("completeCut(%q) = %q: cut at a cover heading's word in small letters", c[0], got)
		}
	}
}
