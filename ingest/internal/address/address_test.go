package address

import "testing"

// TestSite: a site's home, about, team, programme and topic addresses,
// and its projects' a level deeper, are its own pages; a blog's "?p="
// address, a numbered or deeper path, an annual report under "about" are
// not.
func TestSite(t *testing.T) {
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"https://www.kestrel.org/", true},
		{"https://www.kestrel.org/en/", true},
		{"https://www.kestrel.org/index.php", true},
		{"https://www.kestrel.org/about-us", true},
		{"https://www.kestrel.org/de/ueber-uns.html", true},
		{"https://www.kestrel.org/en/about/history", true},
		{"https://www.kestrel.org/research/ports/programs/", false}, // deeper: left to the page
		{"https://www.kestrel.org/publications/vision-2030", false},
		{"https://www.kestrel.org/research/jobs-2030", false},
		{"https://www.kestrel.org/vision-2030", false}, // a year, not a copy's number
		{"https://www.kestrel.org/publications/leadership", false},
		{"https://www.kestrel.org/privacy.pdf", false},
		{"https://www.kestrel.org/ai/governance", false},
		{"https://www.kestrel.org/projects/ferries/winter-crossings-final-report", false},
		{"https://www.kestrel.org/institute/publications/winter-crossings", false},
		{"https://www.kestrel.org/topic/winter-crossings", false},
		{"https://www.kestrel.org/#/publications/winter-crossings", false},
		{"https://www.kestrel.org/people/jane-roe", true},
		{"https://www.kestrel.org/about-26", true},
		{"https://www.kestrel.org/projects/winter-crossings", true},
		{"https://www.kestrel.org/projects/ports/winter-crossings", false}, // a post filed under its project, maybe
		{"https://www.kestrel.org/institute/blog/who-pays-for-the-quays", false},
		{"https://www.kestrel.org/governance-2/", false}, // a blog's second post of that name
		{"https://www.kestrel.org/about-us-2/", true},
		{"https://quays-book.example.org/intro.html", false}, // an online book's first page
		{"https://www.kestrel.org/de/forschungsgruppen/haefen/", true},
		{"https://www.kestrel.org/project/164900", false},
		{"https://www.kestrel.org/projects/ports/2021/winter-crossings", false},
		{"https://www.kestrel.org/?p=4715", false},
		{"https://www.kestrel.org/about/annual-report/2016/", false},
		{"https://www.kestrel.org/topics/20.html", false},
		{"https://www.kestrel.org/publications/ferries-without-harbours", false},
		{"https://www.kestrel.org/2021/05/03/the-team-behind-the-ferries/", false},
		{"", false},
		{"not a url", false},
	} {
		if got := Site(c.url) != ""; got != c.want {
			t.Errorf("Site(%q) = %q, want a site's page: %v", c.url, Site(c.url), c.want)
		}
	}
}

// TestList: a tag's, a category's, an author's or a search's page, a
// numbered page of a list and a year's or month's archive are lists; an
// aggregator's dated article path, a catalogue's record and a post under
// its category are not.
func TestList(t *testing.T) {
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"https://kestrel.example/tag/ferries/", true},
		{"https://kestrel.example/en/tags/harbour-dues/page/3", true},
		{"https://kestrel.example/category/analysis/page/14/", true},
		{"https://kestrel.example/category/analysis", true},
		{"https://kestrel.example/author/anna-berg", true},
		{"https://kestrel.example/search/ferries", true},
		{"https://kestrel.example/taxonomy/term/280", true},
		{"https://kestrel.example/tags/Dom/page:116", true},
		{"https://kestrel.example/2019/", true},
		{"https://kestrel.example/2019/03/", true},
		{"https://kestrel.example/page/2018/1117/11187293.shtml", false},
		{"https://kestrel.example/search/eds/record/grc:177779307", false},
		{"https://kestrel.example/index.php/bookshell/bookdetail/96/category", false},
		{"https://kestrel.example/category/analysis/ferries-without-harbours/", false},
		{"https://kestrel.example/2019/03/14/ferries-without-harbours/", false},
		{"https://kestrel.example/articles/287403?page=5", false},
		{"https://kestrel.example/", false},
		{"https://kestrel.example/library/search/ferries-without-harbours", false},
		{"https://kestrel.example/tags/ferries/ferries-without-harbours", false}, // a post filed under its tag
		{"https://kestrel.example/blog/tag/ferries", true},
		{"https://kestrel.example/blog/search", true},
		{"https://kestrel.example/sustainable-finance/taxonomy", false},
		{"https://kestrel.example/taxonomy/why-the-green-taxonomy-fails", false},
		{"https://kestrel.example/news/tags/ferries/ferries-without-harbours", false},
	} {
		if got := List(c.url) != ""; got != c.want {
			t.Errorf("List(%q) = %q, want a list: %v", c.url, List(c.url), c.want)
		}
	}
}

// TestEvent: an address filed under a site's events, in several
// languages, is an event's; the events' own list page is not.
func TestEvent(t *testing.T) {
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"https://kestrel.example/events/ferry-dues-roundtable-2021/", true},
		{"https://kestrel.example/de/veranstaltungen/faehren-ohne-haefen", true},
		{"https://kestrel.example/fr/evenements/ferries-sans-ports", true},
		{"https://kestrel.example/events/", false},
		{"https://kestrel.example/fileadmin/veranstaltungen/2023/who-pays-for-the-quays.pdf", false},
		{"https://kestrel.example/eventos/2023/relatoria-puertos.pdf", false},
		{"https://kestrel.example/wp-content/uploads/webinars/who-pays.docx", false},
		{"https://kestrel.example/publications/events-on-the-quays", false},
		{"https://kestrel.example/2019/03/14/event-horizon/", false},
	} {
		if got := Event(c.url) != ""; got != c.want {
			t.Errorf("Event(%q) = %q, want an event: %v", c.url, Event(c.url), c.want)
		}
	}
}
