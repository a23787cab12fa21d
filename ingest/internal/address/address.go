// Package address reads what a page's address says about the page: a
// site's own page (its home, about, team, programme or topic pages), a
// list of its items (a tag's, a category's, an author's or a search's
// page, a numbered page, an archive) or one of its events. The readers
// weigh it with what the page itself shows.
package address

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/pubindex/pubindex/ingest/internal/textutil"
)

// Home is what Site names a site's home page by.
const Home = "home page"

// Site names what a page's address says it is when it is a site's own
// page rather than a document's: its home ("/", "/en/"), a short path
// ending in an about, team or programme word ("/about-us",
// "/en/about/history"), a short one opening with such a word
// ("/people/jane-roe", "/projects/winter-crossings"); "" otherwise.
// A blog's "/?p=123", a document's file, a path naming a publication or a
// report, and an address routed after "#" are left to the page.
func Site(raw string) string {
	u, segs, ok := parse(raw)
	if !ok {
		return ""
	}
	if len(segs) == 1 && (segs[0] == "index.php" || segs[0] == "index.html" || segs[0] == "index.htm") {
		segs = nil
	}
	if len(segs) == 0 {
		if u.RawQuery != "" || u.Fragment != "" {
			return "" // a post's id, an application's route
		}
		return Home
	}
	last := segs[len(segs)-1]
	if k := strings.LastIndexByte(last, '.'); k > 0 {
		if docExtensions[last[k+1:]] {
			return "" // a document's file
		}
		last = last[:k]
	}
	for _, s := range segs {
		if publicationWord(s) {
			return "" // "/institute/publications/…", "/projects/ports/final-report"
		}
	}
	name := last
	if n := countSuffixRe.ReplaceAllString(last, ""); siteWords[n] {
		name = n // "/about-26": a site's numbered copy of its page; "/governance-2" is a blog's second post of that name
	}
	switch {
	case len(segs) == 1 && (navLastSegments[name] || siteWords[name]),
		len(segs) == 2 && (siteWords[name] || navLastSegments[name] && (siteWords[segs[0]] || navFirstSegments[segs[0]])):
		return "/" + strings.Join(segs, "/") // "/history", "/about/history", "/institut/presentation", not "/ai/governance"
	}
	if len(segs) <= 2 && (navFirstSegments[segs[0]] || navSectionSegments[segs[0]]) && !strings.ContainsAny(last, "0123456789") {
		return "/" + strings.Join(segs, "/")
	}
	return ""
}

// parse gives a page's address and the segments of its path, in small
// letters, a language's segment before them dropped; ok is false when raw
// is no address of a site.
func parse(raw string) (*url.URL, []string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return nil, nil, false
	}
	var segs []string
	for _, s := range strings.Split(strings.ToLower(u.Path), "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	if len(segs) > 0 && langSegment(segs[0]) {
		segs = segs[1:]
	}
	return u, segs, true
}

// countSuffixRe matches the figures a site's CMS adds to a page's name
// when it is copied ("about-26", "about-2"), not a year ("vision-2030").
var countSuffixRe = regexp.MustCompile(`-\d{1,2}$`)

// docExtensions are the endings of documents' files.
var docExtensions = textutil.SetOf("pdf", "doc", "docx", "odt", "rtf", "epub", "ppt", "pptx", "xls", "xlsx")

// publicationWord reports whether a segment of an address names a
// publication or a section of them: no site's own page is filed there.
func publicationWord(s string) bool {
	for _, w := range []string{"publication", "publicacion", "publicaç", "publikation", "report", "paper", "brief", "studie", "study", "analysis", "working"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// List names what a page's address says when it is a list of a site's
// items: a tag's, a category's or an author's page, a search, a numbered
// page of a list, a year's or a month's archive; "" otherwise. The list's
// word must head the path's last two segments, or a numbered page after
// them: "/library/search/ferries" and "/tags/ferries/a-post" are a
// search's and a tag's items. An aggregator's "/page/2018/1117/…"
// article and a catalogue's record are no lists.
func List(raw string) string {
	_, segs, ok := parse(raw)
	if !ok {
		return ""
	}
	for i, s := range segs {
		if s == "record" || s == "records" || s == "item" || s == "handle" && i+2 < len(segs) {
			return "" // one record of a catalogue's
		}
	}
	// a numbered page of a list: ".../page/3", ".../page:116"
	rest := segs
	if n := len(segs); n >= 2 && segs[n-2] == "page" && allDigits(segs[n-1]) && len(segs[n-1]) < 4 {
		rest = segs[:n-2]
		if len(rest) == 0 || !listSegments[rest[0]] && !listHeads[rest[0]] {
			return "/page/" + segs[n-1]
		}
	} else if n > 0 && listPageRe.MatchString(segs[n-1]) {
		return "/" + segs[n-1]
	}
	for i, s := range rest {
		switch {
		case s == "search" && (i == 0 || i == len(rest)-1):
			return "/search/" // "/search/ferries", not "/library/search/a-record"
		case s == "taxonomy" && i+1 < len(rest) && rest[i+1] == "term": // Drupal's "/taxonomy/term/280", not the EU's taxonomy
			return "/taxonomy/"
		case listSegments[s] && len(rest)-i <= 2:
			return "/" + s + "/"
		case listHeads[s] && len(rest)-i == 2:
			return "/" + s + "/"
		}
	}
	if len(segs) >= 1 && len(segs) <= 2 && yearSegRe.MatchString(segs[0]) && (len(segs) == 1 || monthSegRe.MatchString(segs[1])) {
		return "/" + strings.Join(segs, "/") + "/" // a year's or a month's archive
	}
	return ""
}

var (
	listPageRe   = regexp.MustCompile(`^(?:page[:=]\d+|all_p\d+)$`)
	yearSegRe    = regexp.MustCompile(`^(?:19|20)\d\d$`)
	monthSegRe   = regexp.MustCompile(`^(?:0?[1-9]|1[0-2])$`)
	listSegments = textutil.SetOf("tag", "tags", "tag_formato", "schlagwort", "etiqueta", "etiquetas")
	// listHeads head a list only with one segment after them: a post may be
	// filed under its category ("/category/analysis/a-post").
	listHeads = textutil.SetOf("category", "categories", "author")
)

// Event names the part of a page's address that files it under a
// site's events ("/events/…", "/veranstaltungen/…"), "" otherwise: the
// word must head a deeper path, as an event's own page is, and a
// document's file filed there is no event's page.
func Event(raw string) string {
	u, segs, ok := parse(raw)
	if !ok || len(segs) == 0 {
		return ""
	}
	last := segs[len(segs)-1]
	if k := strings.LastIndexByte(last, '.'); k > 0 && docExtensions[last[k+1:]] || strings.Contains(u.Path, "/wp-content/") || strings.Contains(u.Path, "/fileadmin/") {
		return "" // a document filed with an event's papers: a report of it, a paper given there
	}
	for _, s := range segs[:len(segs)-1] {
		if eventSegments[s] {
			return "/" + s + "/"
		}
	}
	return ""
}

// eventSegments file a site's events, in several languages.
var eventSegments = textutil.SetOf("event", "events", "evento", "eventos", "eventi", "veranstaltung", "veranstaltungen", "evenement", "evenements",
	"événements", "evenementen", "webinar", "webinars", "wydarzenia", "мероприятия")

// langSegment reports whether a path's first segment names a language
// ("en", "pt-br", "jp"), as sites put before their own paths.
func langSegment(s string) bool {
	if len(s) == 5 && (s[2] == '-' || s[2] == '_') {
		s = s[:2] // "pt-br", "zh_cn"
	}
	return languages[s]
}

// languages are the codes sites put before their paths.
var languages = textutil.SetOf("en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "jp", "jpn", "zh", "cn", "ko", "kr", "ar", "tr", "pl",
	"id", "vi", "th", "sv", "no", "nb", "da", "fi", "cs", "hu", "ro", "el", "he", "fa", "hi", "ms", "uk", "ua", "bg", "hr", "sr", "sk", "sl", "ca", "eu", "gl")

// navLastSegments end the addresses of a site's own pages: who it is,
// its people, programmes and topics, its terms.
var navLastSegments = textutil.SetOf("about", "about-us", "aboutus", "history", "ueber-uns", "uber-uns", "quienes-somos", "quem-somos", "qui-sommes-nous",
	"who-we-are", "our-vision", "our-work", "ourwork", "mission", "vision", "team", "our-team", "people", "staff", "experts", "leadership",
	"programs", "programmes", "topics", "centers", "centres", "research-themes", "research-areas", "presentation", "presentacio", "presentacion",
	"greeting", "leitbild", "editorial-policy", "terms-of-use", "privacy", "privacy-policy", "contact", "contact-us", "faq", "careers", "jobs",
	"donate", "partners", "funders", "board", "governance", "organization", "organisation", "schwerpunkte", "what-we-do", "nuestro-trabajo",
	"research-team", "associate-researchers", "founding-principles")

// siteWords name a site's own page wherever they stand in a short path:
// "/about-us", "/cidob/presentacio", "/jp/about/greeting".
var siteWords = textutil.SetOf("about", "about-us", "aboutus", "ueber-uns", "uber-uns", "quienes-somos", "quem-somos", "qui-sommes-nous",
	"who-we-are", "presentation", "presentacio", "presentacion", "greeting", "leitbild", "terms-of-use", "privacy-policy", "contact-us",
	"founding-principles", "editorial-policy", "our-vision", "our-work", "ourwork", "what-we-do", "institut", "institute")

// navFirstSegments open the short addresses of a site's own pages:
// "/about/history", "/people/jane-roe", "/programs/ports".
var navFirstSegments = textutil.SetOf("about", "about-us", "aboutus", "ueber-uns", "quienes-somos", "who-we-are", "people", "profile", "profiles", "experts",
	"staff", "programs", "programmes", "topics", "centers", "organization")

// navSectionSegments open the addresses of a site's projects,
// programmes, centres and committees: "/projects/winter-crossings". A
// numbered record ("/project/164900") is no such page, and a deeper path
// may be a post filed there.
var navSectionSegments = textutil.SetOf("project", "projects", "projekt", "projekte", "teilprojekte", "proyecto", "proyectos", "projet", "projets",
	"program", "programs", "programme", "programmes", "centers", "centres", "committees", "portfolio", "institute", "organization",
	"organisation", "who-we-are", "quienes-somos", "forschungsgruppen", "initiatives", "specialprojects")

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
