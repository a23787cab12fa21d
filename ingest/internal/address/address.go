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

// Site names what a page's address says it is when it is a site's
// own page rather than a document's: its home ("/", "/en/"), or a path
// ending in an about, team, programme or topic word ("/about-us",
// "/research/ports/programs"), or a short one opening with such a word
// ("/people/jane-roe"); "" otherwise. A blog's "/?p=123" is a post.
func Site(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
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
	if len(segs) == 1 && (segs[0] == "index.php" || segs[0] == "index.html" || segs[0] == "index.htm") {
		segs = nil
	}
	if len(segs) == 0 {
		if u.RawQuery != "" {
			return ""
		}
		return "home page"
	}
	last := segs[len(segs)-1]
	if k := strings.LastIndexByte(last, '.'); k > 0 {
		last = last[:k]
	}
	if navLastSegments[last] || navLastSegments[strings.TrimRight(last, "-0123456789")] {
		return "/" + segs[len(segs)-1]
	}
	if (len(segs) <= 2 && navFirstSegments[segs[0]] || len(segs) <= 3 && navSectionSegments[segs[0]]) && !strings.ContainsAny(last, "0123456789") {
		return "/" + strings.Join(segs, "/")
	}
	return ""
}

// List names what a page's address says when it is a list of a
// site's items: a tag's, a category's or an author's page, a search, a
// numbered page of a list, a year's or a month's archive; "" otherwise.
// An aggregator's "/page/2018/1117/…" article and a record's
// "/search/…/record/…" are no lists.
func List(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
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
	for i, s := range segs {
		if s == "record" || s == "records" || s == "item" || s == "handle" && i+2 < len(segs) {
			return "" // one record of a catalogue's
		}
	}
	for i, s := range segs {
		switch {
		case s == "page" && i+1 < len(segs) && allDigits(segs[i+1]) && len(segs[i+1]) < 4 && i+2 >= len(segs):
			return "/page/" + segs[i+1]
		case listPageRe.MatchString(s):
			return "/" + s
		case listSegments[s]:
			return "/" + s + "/"
		case (s == "category" || s == "categories" || s == "author") && len(segs)-i == 2:
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
	listSegments = textutil.SetOf("tag", "tags", "taxonomy", "search", "tag_formato", "schlagwort", "etiqueta", "etiquetas")
)

// Event names the part of a page's address that files it under a
// site's events ("/events/…", "/veranstaltungen/…"), "" otherwise: the
// word must head a deeper path, as an event's own page is.
func Event(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	segs := strings.Split(strings.Trim(strings.ToLower(u.Path), "/"), "/")
	for _, s := range segs[:max(0, len(segs)-1)] {
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
	if len(s) == 2 {
		return s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
	}
	return len(s) == 5 && s[2] == '-'
}

// navLastSegments end the addresses of a site's own pages: who it is,
// its people, programmes and topics, its terms.
var navLastSegments = textutil.SetOf("about", "about-us", "aboutus", "history", "ueber-uns", "uber-uns", "quienes-somos", "quem-somos", "qui-sommes-nous",
	"who-we-are", "our-vision", "our-work", "ourwork", "mission", "vision", "team", "our-team", "people", "staff", "experts", "leadership",
	"programs", "programmes", "topics", "centers", "centres", "research-themes", "research-areas", "presentation", "presentacio", "presentacion",
	"greeting", "leitbild", "editorial-policy", "terms-of-use", "privacy", "privacy-policy", "contact", "contact-us", "faq", "careers", "jobs",
	"donate", "partners", "funders", "board", "governance", "organization", "organisation", "schwerpunkte", "what-we-do", "nuestro-trabajo",
	"research-team", "associate-researchers", "founding-principles")

// navFirstSegments open the short addresses of a site's own pages:
// "/about/history", "/people/jane-roe", "/programs/ports".
var navFirstSegments = textutil.SetOf("about", "about-us", "aboutus", "ueber-uns", "quienes-somos", "who-we-are", "people", "profile", "profiles", "experts",
	"staff", "programs", "programmes", "topics", "topic", "centers", "organization")

// navSectionSegments open the addresses of a site's projects,
// programmes, centres and committees, a level deeper than navFirstSegments:
// "/projects/ports/winter-crossings". A numbered record ("/project/164900")
// is no such page.
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
