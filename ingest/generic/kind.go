package generic

import (
	"net/url"
	"regexp"
	"strings"
)

// eventCues are labels and phrases of event pages.
var eventCues = []string{"event date", "event time", "date & time", "date and time", "venue:", "venue",
	"location:", "register now", "registration", "rsvp", "speakers", "speaker:", "moderator", "chairperson:",
	"panellists", "panelists", "live online", "join us", "will be held", "will take place", "admission",
	"add to calendar", "register here", "event type", "organised by", "organized by"}

// pubCues are structures only publications have.
var pubCues = []string{"abstract", "executive summary", "synopsis", "key points", "key findings"}

var (
	newsCues       = []string{"press release", "media release", "news release", "for immediate release", "in the news", "media advisory", "press statement"}
	listingCues    = []string{"showing posts", "search results", "page 1 of", "« previous", "next »", "load more", "results per page", "number of results", "older posts", "newer posts"}
	itemRe         = regexp.MustCompile(`^(?:19|20)\d\d/\d{1,4} `)
	monthArchiveRe = regexp.MustCompile(`/(?:19|20)\d\d/\d\d/?$`)
)

// pubDateKeys label a publication's own date in a record.
var pubDateKeys = setOf("published", "publication date", "date published", "date of publication", "posted",
	"originally published", "first published", "release date")

// kind finds positive evidence that the page is not a publication. It
// returns the kind and the reason, or "" for a publication.
func (r *reader) kind(ti int, title string) (string, string) {
	ls := r.ls
	n := min(len(ls), headLines*2)
	tlow := strings.ToLower(title)
	path := urlPath(r.url)

	// Publication structure before any listing or event cue.
	pubAt := -1
	for i := 0; i < n; i++ {
		l := ls[i]
		low := strings.TrimRight(l.low, ": ")
		if isByline(l.low) && len(splitNames(stripDate(l.text))) > 0 || hasPrefixAny(low, pubCues) && l.words <= 3 {
			pubAt = i
			break
		}
		if k, _, ok := keyValue(l.text); ok && pubDateKeys[k] {
			pubAt = i
			break
		}
	}

	// News releases.
	for i := 0; i < min(n, 12); i++ {
		if hasPrefixAny(ls[i].low, newsCues) {
			return KindNews, "not a publication: news release (" + ls[i].text + ")"
		}
	}
	for _, p := range []string{"/press-release", "/news-release", "/media-release", "/press-releases/"} {
		if strings.Contains(path, p) {
			return KindNews, "not a publication: news release (address " + p + ")"
		}
	}

	// Events.
	ev, evAt := 0, -1
	for i := 0; i < n; i++ {
		low := ls[i].low
		hit := false
		if ls[i].words <= 8 && hasPrefixAny(strings.TrimSpace(low), eventCues) || timeRange(low) && ls[i].words <= 10 {
			hit = true
		}
		if hit {
			ev++
			if evAt < 0 {
				evAt = i
			}
		}
	}
	if strings.Contains(path, "/event/") || strings.Contains(path, "/events/") {
		ev += 2
		if evAt < 0 {
			evAt = 0
		}
	}
	if ev >= 2 && (pubAt < 0 || evAt < pubAt) {
		return KindEvent, "not a publication: event page (date, time, venue or registration)"
	}

	// Listings: several items, teasers or paging.
	items, teasers, bylines, dates, paging := 0, 0, 0, 0, 0
	names := map[string]bool{}
	firstCue := -1
	mark := func(i int) {
		if firstCue < 0 {
			firstCue = i
		}
	}
	for i := 0; i < n; i++ {
		l := ls[i]
		switch {
		case itemRe.MatchString(l.text):
			items++
			mark(i)
		case l.teaser:
			teasers++
			mark(i)
		case hasPrefixAny(l.low, listingCues):
			paging++
			mark(i)
		}
		if isByline(l.low) && l.words <= 12 {
			if ns := splitNames(stripDate(l.text)); len(ns) > 0 && !names[strings.ToLower(ns[0])] {
				names[strings.ToLower(ns[0])] = true
				bylines++
				if bylines >= 2 {
					mark(i)
				}
			}
		}
		if isDateLine(l) && l.words <= 4 {
			dates++
			if dates >= 3 {
				mark(i)
			}
		}
	}
	// Item labels printed once per item ("The Interpreter" as each
	// item's source), bare author lines and heading+standfirst pairs.
	seen := map[string]int{}
	repeated, pairs, nameLines := 0, 0, 0
	for i := 0; i < n; i++ {
		l := ls[i]
		if l.chrome || l.prose || l.words > 8 {
			continue
		}
		seen[l.low]++
		if seen[l.low] == 3 {
			repeated++
			mark(i)
		}
		if r.isNameLine(i) {
			nameLines++
		}
		if i+2 < n && titleShape(l) && ls[i+1].prose && ls[i+1].words <= 45 && !ls[i+2].prose {
			pairs++
		}
	}
	if nameLines >= 3 {
		bylines = max(bylines, nameLines)
	}
	evidence := 0
	if repeated > 0 {
		evidence += 3
	}
	if pairs >= 3 {
		evidence += 3
	}
	if monthArchiveRe.MatchString(path) {
		evidence += 3
	}
	if items >= 2 {
		evidence += 3
	}
	if teasers >= 3 {
		evidence += 3
	}
	if bylines >= 3 {
		evidence += 3
	}
	if dates >= 3 {
		evidence += 3
	}
	evidence += 2 * paging
	for _, p := range []string{"/tag/", "/tags/", "/category/", "/categories/", "/author/", "/authors/", "/topic/",
		"/topics/", "/label/", "/archive", "/page/", "/search", "publication_type", "/catalog"} {
		if strings.Contains(path, p) {
			evidence += 2
			break
		}
	}
	if isGenreList(tlow) {
		evidence++
	}
	// A publication may end with a list of related items: its title, a
	// byline or date and prose come before the first listing cue.
	strong := ti >= 0 && r.proseBetween(ti, firstCue) >= 2 && (pubAt >= 0 && (firstCue < 0 || pubAt < firstCue) || !r.date(ti).IsZero())
	if evidence >= 3 && !strong {
		if newsletterCue(tlow, path) {
			return KindNewsletter, "not a publication: newsletter issue (a list of items)"
		}
		return KindListing, "not a publication: listing of publications (several items, teasers or paging)"
	}
	if newsletterCue(tlow, path) && r.proseCount() < 6 {
		return KindNewsletter, "not a publication: newsletter issue"
	}

	// Navigation: an about page, a series or collection landing page.
	if strings.HasPrefix(tlow, "about ") || tlow == "about" {
		return KindNavigation, "not a publication: about page (" + title + ")"
	}
	if isGenreList(tlow) && !strong {
		return KindNavigation, "not a publication: collection page (" + title + ")"
	}
	for _, l := range ls[:min(len(ls), 12)] {
		if l.prose && hasAny(l.low, []string{"here you will find", "here we publish", "this series", "the series features",
			"series features", "are a series of"}) && !strong {
			return KindNavigation, "not a publication: series landing page"
		}
	}
	return "", ""
}

func (r *reader) proseBetween(from, to int) int {
	if to < 0 {
		to = len(r.ls)
	}
	c := 0
	for i := from + 1; i < to && i < len(r.ls); i++ {
		if r.ls[i].prose && !r.ls[i].teaser {
			c++
		}
	}
	return c
}

func (r *reader) proseCount() int { return r.proseBetween(-1, -1) }

func newsletterCue(tlow, path string) bool {
	for _, w := range []string{"newsletter", "this week", "weekly digest", "in this issue", "bulletin", "roundup", "round-up"} {
		if strings.Contains(tlow, w) {
			return true
		}
	}
	slug := path[strings.LastIndexByte(path, '/')+1:]
	return strings.HasPrefix(slug, "this-week") || strings.Contains(path, "newsletter")
}

func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func urlPath(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Path)
}
