package htmlpage

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"github.com/pubindex/pubindex/ingest/site"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// errorTitleRe matches the titles of pages that failed to load: HTTP
// errors, bot checks, maintenance notices.
var errorTitleRe = textutil.LazyRegexp(`(?i)^(400|401|403|404|410|429|500|502|503|504)\b|\b(page|file|document|article) (was )?not found\b|^not found\b|access denied|^forbidden\b|just a moment|attention required|are you a robot|service (temporarily )?unavailable|too many requests|^error( \d{3})?$|bad gateway|under maintenance`)

// errorPage says why the page is an error page a scraper saved, or "".
func (x *htmlPage) errorPage() string {
	t := x.meta.title
	if x.h1 != nil {
		return ""
	}
	if len(t) < 80 && errorTitleRe().MatchString(t) {
		return fmt.Sprintf("title %q", t)
	}
	return ""
}

// metaTitleSource is the first plausible title the metadata gives, site
// name removed, and where it comes from.
func (x *htmlPage) metaTitleSource() (string, string) {
	for _, c := range x.metaTitles() {
		if t := x.stripSiteName(c.text, c.loose); x.plausibleTitle(t) {
			return t, c.src
		}
	}
	return "", ""
}

// strongTitleSources are the metadata meant to be the page's title; a
// heading that shares no word with them is not the title. (JSON-LD
// headlines are sometimes a description instead.)
var strongTitleSources = textutil.SetOf("citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title")

type titleCand struct {
	text, src string
	loose     bool // the <title>: strip any short " | Site" suffix
}

func (x *htmlPage) metaTitles() []titleCand {
	m := x.meta
	var out []titleCand
	for _, k := range []string{"citation_title", "dc.title", "dcterms.title", "og:title", "twitter:title"} {
		if v, _ := m.first(k); v != "" {
			out = append(out, titleCand{v, k, false})
		}
	}
	if a := m.ldArticle(); a != nil {
		if v := ldText(a["headline"]); v != "" {
			out = append(out, titleCand{v, "JSON-LD headline", false})
		}
		if v := ldText(a["name"]); v != "" {
			out = append(out, titleCand{v, "JSON-LD name", false})
		}
	}
	if m.title != "" {
		out = append(out, titleCand{m.title, "<title>", true})
	}
	return out
}

// title returns the publication's title and the code printed before it
// ("IP25008 | Title"): the profile's title element, else the main <h1>,
// else the metadata titles in order, else <title> without the site name.
func (x *htmlPage) title() (title, code, src string) {
	var cands []titleCand
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Title }); rule != "" {
		for _, n := range x.doc.Find(rule).Nodes {
			if !x.inChrome(n) {
				cands = append(cands, titleCand{nodeText(n), "profile title", false})
			}
		}
	}
	if x.h1 != nil { // not a heading the metadata disowns (mainHeading)
		cands = append(cands, titleCand{nodeText(x.h1), "<h1>", false})
	}
	cands = append(cands, x.metaTitles()...)
	for _, c := range cands {
		t := x.stripSiteName(c.text, c.loose)
		if k, rest, ok := fields.CodeFromText(t, x.prefixes()); ok && rest != "" {
			code, t = k, rest
		}
		if x.plausibleTitle(t) {
			return t, code, c.src
		}
		code = ""
	}
	return "", "", ""
}

// otherTitle reports whether a heading is not the page's title because it
// shares no word with the title the metadata gives: a section or site name
// above the article, or the headline of a teaser. The <title> element alone
// is too often the same on every page to overrule a long heading.
func (x *htmlPage) otherTitle(h, metaTitle, src string) bool {
	return metaTitle != "" && wordOverlap(h, metaTitle) == 0 && !hasCJK(h) && !hasCJK(metaTitle) &&
		(strongTitleSources[src] || src == "<title>" && len(strings.Fields(h)) <= 4)
}

// titleSeps separate a title from the site name in <title> and og:title.
var titleSeps = []string{" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " ｜ "}

// stripSiteName removes the site's name from the end or start of a title
// ("Title | Lowy Institute"). loose also removes any short last part after
// " | " from a long enough title, for sites whose name is not known.
func (x *htmlPage) stripSiteName(t string, loose bool) string {
	t = textutil.CleanSpace(t)
	for range 4 {
		changed := false
		for _, sep := range titleSeps {
			if i := strings.LastIndex(t, sep); i > 0 && x.isSiteName(t[i+len(sep):]) {
				t, changed = strings.TrimSpace(t[:i]), true
				break
			}
			if i := strings.Index(t, sep); i > 0 && x.isSiteName(t[:i]) {
				t, changed = strings.TrimSpace(t[i+len(sep):]), true
				break
			}
		}
		if i := strings.Index(t, ": "); !changed && i > 0 && x.blogName != "" && pub.FoldKey(t[:i]) == pub.FoldKey(x.blogName) {
			t, changed = strings.TrimSpace(t[i+2:]), true // a blog platform's "Blog: Post"
		}
		if !changed {
			break
		}
	}
	if loose {
		if i := strings.LastIndex(t, " | "); i > 0 {
			head, tail := t[:i], t[i+3:]
			if len(strings.Fields(head)) >= 3 && len(strings.Fields(tail)) <= 5 {
				t = strings.TrimSpace(head)
			}
		}
	}
	return t
}

// plausibleTitle rejects what cannot be a publication's title: the site's
// name, a menu label, a taxonomy label, a layout word, a date, an error
// message, one word.
func (x *htmlPage) plausibleTitle(t string) bool {
	t = textutil.CleanSpace(t)
	if t == "" || len(t) > 400 || !strings.ContainsFunc(t, unicode.IsLetter) {
		return false
	}
	if hasCJK(t) {
		if utf8.RuneCountInString(t) < 4 {
			return false
		}
	} else if len(strings.Fields(t)) < 2 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(t, ":"))
	if x.isSiteName(t) || x.nav[pub.FoldKey(t)] || x.rules.Drop[low] || x.rules.Roots[low] ||
		x.rules.Synopsis[low] || x.rules.Body[low] || errorTitleRe().MatchString(t) && len(t) < 60 {
		return false
	}
	if k, _ := x.k.Taxonomy().Classify(t); k != site.KindUnknown {
		return false
	}
	if _, ok := fields.CategoriesLine(t); ok {
		return false
	}
	if _, ok := fields.ParseDate(t, fields.DayFirst); ok {
		return false
	}
	return true
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// titleStop are words too common to tie two titles together.
var titleStop = textutil.SetOf("the", "a", "an", "of", "and", "in", "on", "for", "to", "with", "is", "its", "at", "by", "from", "as", "or")

// wordOverlap counts the words two titles share.
func wordOverlap(a, b string) int {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(pub.FoldKey(s)) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w != "" && !titleStop[w] {
				m[w] = true
			}
		}
		return m
	}
	wa, wb := words(a), words(b)
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return n
}

// rule returns one of the profile's HTML selectors, or "".
func (x *htmlPage) rule(f func(*site.HTMLRules) string) string {
	if x.pr.HTML == nil {
		return ""
	}
	return strings.TrimSpace(f(x.pr.HTML))
}

// authors returns the publication's authors from the first source that
// names any: the profile's authors element, citation_author, DC.creator,
// article:author, JSON-LD author, <meta name=author>, a byline element in
// the article, a "By ..." line under the title.
func (x *htmlPage) authors(zone []block) []string {
	m := x.meta
	var sources [][]string
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Authors }); rule != "" {
		var names []string
		for _, n := range x.doc.Find(rule).Nodes {
			if !x.inChrome(n) {
				names = append(names, elementNames(n)...)
			}
		}
		sources = append(sources, names)
	}
	for _, k := range []string{"citation_author", "dc.creator", "dcterms.creator"} {
		var names []string
		for _, v := range m.all(k) {
			if !x.namedSite(v) {
				names = append(names, citationName(v)...)
			}
		}
		sources = append(sources, names)
	}
	var names []string
	for _, v := range m.all("article:author") {
		if !strings.Contains(v, "://") && !strings.HasPrefix(v, "/") && !x.namedSite(v) {
			names = append(names, fields.SplitAuthors(v)...)
		}
	}
	sources = append(sources, names)
	if a := m.ldArticle(); a != nil {
		sources = append(sources, m.ldPeople(a["author"]))
	}
	names = nil
	for _, v := range m.all("author") {
		if !x.namedSite(v) {
			names = append(names, fields.SplitAuthors(v)...)
		}
	}
	sources = append(sources, names, x.bylineNames())
	names = nil
	for _, b := range zone {
		if line, ok := bylineText(b.text); ok {
			names = append(names, fields.SplitAuthors(line)...)
		}
	}
	sources = append(sources, names)
	for _, s := range sources {
		var keep []string
		for _, n := range fields.CleanAuthors(s) {
			if !x.namedSite(n) {
				keep = append(keep, n)
			}
		}
		if len(keep) > 0 {
			return keep
		}
	}
	return nil
}

// bylineRe matches a line that introduces the authors: "By Jane Doe",
// "Author: Jane Doe", "Commentary by Jane Doe".
var bylineRe = textutil.LazyRegexp(`(?i)^(?:(?:authors?|author\(s\)|contributors?)\s*[:：]\s*|(?:by|(?:written|posted|words|commentary|analysis|report|article|essay|paper|brief|briefing|critical questions|opinion|op-ed|interview|perspective|post) by)\s*:?\s+)`)

// bylineText returns the names part of a byline, or false when the line is
// not one.
func bylineText(s string) (string, bool) {
	if len(s) >= 200 {
		return "", false
	}
	loc := bylineRe().FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	return cutBylineDate(s[loc[1]:]), true
}

// cutBylineDate removes the date that often follows the names in a byline.
func cutBylineDate(names string) string {
	// Names hold no digits: what follows is a date ("By Jane Doe 3 March
	// 2025", "By Jane Doe | Nov 13, 2024").
	if i := strings.IndexFunc(names, unicode.IsDigit); i >= 0 {
		names = names[:i]
	}
	for _, sep := range []string{" | ", " · ", " — ", " – ", " - "} {
		names, _, _ = strings.Cut(names, sep)
	}
	// "By Jane Doe March 11, 2015": drop the month the digits left behind.
	words := strings.Fields(names)
	for len(words) > 0 {
		w := strings.ToLower(strings.Trim(words[len(words)-1], ".,;:|"))
		if !fields.IsMonthOrWeekday(w) && w != "on" && w != "at" && w != "" {
			break
		}
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// citationName reads one citation_author or DC.creator value, which names
// one person, often as "Last, First": "Doe, Jane" is Jane Doe. A value
// with two full names ("Tan Wei Ling, Li Mingjiang") is a list.
func citationName(v string) []string {
	v = textutil.CleanSpace(v)
	if strings.Count(v, ",") == 1 && !strings.ContainsAny(v, ";&") && !strings.Contains(strings.ToLower(v), " and ") {
		last, first, _ := strings.Cut(v, ",")
		last, first = strings.TrimSpace(last), strings.TrimSpace(first)
		lw, fw := len(strings.Fields(last)), len(strings.Fields(first))
		if lw > 0 && fw > 0 && !fields.IsAffiliation(first) && !fields.IsAffiliation(last) && (lw == 1 || fw == 1 || initialsOnly(first)) {
			return []string{first + " " + last}
		}
	}
	return fields.SplitAuthors(v)
}

func initialsOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(strings.TrimRight(w, ".")) > 1 {
			return false
		}
	}
	return true
}

// bylineTokens mark a byline element.
var bylineTokens = textutil.SetOf("byline", "author", "authors", "contributor", "contributors", "by")

// bylineNames finds the authors in a byline element of the article: a
// rel=author link, an itemprop=author element, or an element whose class
// says byline or author.
func (x *htmlPage) bylineNames() []string {
	for _, n := range findAll(x.region, func(n *html.Node) bool {
		if hasToken(attr(n, "rel"), "author") || hasToken(attr(n, "itemprop"), "author") {
			return true
		}
		for _, t := range classTokens(n) {
			if bylineTokens[t] {
				return true
			}
		}
		return false
	}) {
		if t := nodeText(n); x.inChrome(n) || within(n, isTag(atom.Aside, atom.Footer)) ||
			len(t) > 200 || len(findAll(n, isTag(atom.A))) > 6 || x.namedSite(t) {
			continue
		}
		if names := fields.CleanAuthors(elementNames(n)); len(names) > 0 {
			return names
		}
	}
	return nil
}

// elementNames returns the names an authors element gives: the text of its
// links when it has any (each link a person), else its text.
func elementNames(n *html.Node) []string {
	links := findAll(n, isTag(atom.A))
	var out []string
	for _, a := range links {
		out = append(out, fields.SplitAuthors(nodeText(a))...)
	}
	if len(fields.CleanAuthors(out)) > 0 {
		return out
	}
	t := nodeText(n)
	if len(t) > 300 {
		return nil
	}
	return fields.SplitAuthors(cutBylineDate(t))
}

// dated is a date and where it came from.
type dated struct {
	d   pub.Date
	src string
}

// pubDateKeys are the meta tags of a publication date, in priority order.
var pubDateKeys = []string{
	"citation_publication_date", "citation_date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
	"article:published_time", "og:article:published_time", "og:published_time", "published_time",
	"datepublished", "publication_date", "publish_date", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "date",
}

// modDateKeys are the meta tags of a modification date: never a
// publication date.
var modDateKeys = []string{"article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "revised"}

// date returns the publication date: the profile's date element, the
// metadata, a <time datetime> in the article, a date line under the title.
// When two sources disagree, the first is kept and a warning says so; a
// date that can be read two ways is left empty.
func (x *htmlPage) date(zone []block) pub.Date {
	var cands []dated
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Date }); rule != "" {
		for _, n := range x.doc.Find(rule).Nodes {
			if x.inChrome(n) {
				continue
			}
			if d, ok := x.elementDate(n); ok {
				cands = append(cands, dated{d, "profile date"})
				break
			}
		}
	}
	cands = append(cands, x.metaDates()...)
	for _, n := range findAll(x.region, isTag(atom.Time)) {
		if x.inChrome(n) || isModifiedElement(n) {
			continue
		}
		if d, ok := x.elementDate(n); ok {
			cands = append(cands, dated{d, "<time>"})
			break
		}
	}
	for _, b := range zone {
		if len(b.text) > 100 {
			continue
		}
		if d, ok := x.visibleDate(b.text); ok {
			cands = append(cands, dated{d, "date line"})
			break
		}
	}
	if len(cands) == 0 {
		for _, k := range modDateKeys {
			if v, _ := x.meta.first(k); v != "" {
				x.warn = append(x.warn, fmt.Sprintf("ignored %s %q: a modification date, not a publication date", k, v))
				break
			}
		}
		if a := x.meta.ldArticle(); a != nil && ldText(a["dateModified"]) != "" {
			x.warn = append(x.warn, fmt.Sprintf("ignored JSON-LD dateModified %q: a modification date, not a publication date", ldText(a["dateModified"])))
		}
		return pub.Date{}
	}
	win := cands[0]
	for _, c := range cands[1:] {
		if !datesAgree(win.d, c.d) {
			x.warn = append(x.warn, fmt.Sprintf("date sources disagree: kept %s (%s), ignored %s (%s)", win.d, win.src, c.d, c.src))
			break
		}
	}
	return win.d
}

// metaDate is the publication date the metadata gives.
func (x *htmlPage) metaDate() pub.Date {
	if ds := x.metaDates(); len(ds) > 0 {
		return ds[0].d
	}
	return pub.Date{}
}

// metaDates returns the publication dates of the meta tags and JSON-LD.
func (x *htmlPage) metaDates() []dated {
	var out []dated
	m := x.meta
	for _, k := range pubDateKeys {
		for _, v := range m.all(k) {
			if d, ok := x.parseDate(v, k); ok {
				out = append(out, dated{d, k})
				break
			}
		}
	}
	a := m.ldArticle()
	objs := m.ld
	if a != nil {
		objs = append([]map[string]any{a}, objs...)
	}
	for _, o := range objs {
		if v := ldText(o["datePublished"]); v != "" {
			if d, ok := x.parseDate(v, "JSON-LD datePublished"); ok {
				out = append(out, dated{d, "JSON-LD datePublished"})
				break
			}
		}
	}
	return out
}

// datesAgree reports whether two dates can name the same day, allowing a
// day for time zones.
func datesAgree(a, b pub.Date) bool {
	return !a.Start().After(b.End().AddDate(0, 0, 1)) && !b.Start().After(a.End().AddDate(0, 0, 1))
}

// elementDate reads the date of an element: its datetime or content
// attribute, else its text.
func (x *htmlPage) elementDate(n *html.Node) (pub.Date, bool) {
	for _, k := range []string{"datetime", "content"} {
		if v := strings.TrimSpace(attr(n, k)); v != "" {
			if d, ok := x.parseDate(v, "<"+n.Data+" "+k+">"); ok {
				return d, true
			}
		}
	}
	return x.visibleDate(nodeText(n))
}

// holdsModified reports whether n is or holds a <time> element that gives
// a modification date.
func holdsModified(n *html.Node) bool {
	if isModifiedElement(n) {
		return true
	}
	for _, t := range findAll(n, isTag(atom.Time)) {
		if isModifiedElement(t) {
			return true
		}
	}
	return false
}

// isModifiedElement reports whether a <time> element gives a modification
// date.
func isModifiedElement(n *html.Node) bool {
	for _, t := range classTokens(n) {
		if t == "updated" || t == "modified" || t == "update" {
			return true
		}
	}
	if strings.Contains(strings.ToLower(attr(n, "itemprop")), "modified") {
		return true
	}
	if p := n.Parent; p != nil {
		if low := strings.ToLower(nodeText(p)); strings.Contains(low, "updated") || strings.Contains(low, "modified") {
			return !strings.Contains(low, "published")
		}
	}
	return false
}

// visibleDate reads a date shown on the page ("Published 13 November
// 2024", "Nov 13, 2024 | 5 min read").
func (x *htmlPage) visibleDate(s string) (pub.Date, bool) {
	s = textutil.CleanSpace(s)
	if s == "" || len(s) > 100 {
		return pub.Date{}, false
	}
	if d, ok := fields.CJKDate(s); ok {
		return d, true
	}
	read := func(o fields.DateOrder) (pub.Date, bool) {
		d, ok, stamp := fields.DateLine(s, o)
		if ok || stamp {
			return d, ok
		}
		if len(s) <= 60 && !strings.HasSuffix(s, ".") {
			return fields.FindDate(s, o)
		}
		return pub.Date{}, false
	}
	d, ok, _ := x.sure(s, "date line", read)
	return d, ok
}

// parseDate reads a date value of the metadata (ISO timestamps, "2025/02/03",
// "13 November 2024").
func (x *htmlPage) parseDate(v, src string) (pub.Date, bool) {
	v = textutil.CleanSpace(v)
	if len(v) == 7 && v[4] == '-' {
		if d, err := pub.ParseISODate(v); err == nil {
			return d, true
		}
	}
	d, ok, ambiguous := x.sure(v, src, func(o fields.DateOrder) (pub.Date, bool) {
		if d, ok := fields.ParseDate(v, o); ok {
			return d, true
		}
		return fields.FindDate(v, o) // "17:00, 24 December 2015"
	})
	if !ok && !ambiguous && v != "" {
		x.warn = append(x.warn, fmt.Sprintf("could not read %s %q as a date", src, v))
	}
	return d, ok
}

// sure applies read with the profile's date order; for a site whose order
// is not known it refuses a date that reads differently day-first and
// month-first (03/04/2024).
func (x *htmlPage) sure(s, src string, read func(fields.DateOrder) (pub.Date, bool)) (d pub.Date, ok, ambiguous bool) {
	if x.pr.DateOrder != "" {
		d, ok = read(x.pr.Order())
		return d, ok, false
	}
	d1, ok1 := read(fields.DayFirst)
	d2, ok2 := read(fields.MonthFirst)
	switch {
	case ok1 && ok2 && d1 != d2:
		x.warn = append(x.warn, fmt.Sprintf("ambiguous date %q (%s): %s or %s, left empty", s, src, d1, d2))
		return pub.Date{}, false, true
	case ok1:
		return d1, true, false
	case ok2:
		return d2, true, false
	}
	return pub.Date{}, false, false
}

// categories returns the page's Categories labels: the profile's category
// elements, a "Categories:" line, article:section and article:tag, or the
// JSON-LD articleSection.
func (x *htmlPage) categories() []string {
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Category }); rule != "" {
		var labels []string
		for _, n := range x.doc.Find(rule).Nodes {
			if links := findAll(n, isTag(atom.A)); len(links) > 0 {
				for _, a := range links {
					if t := nodeText(a); t != "" {
						labels = append(labels, t)
					}
				}
				continue
			}
			t := nodeText(n)
			if s, ok := fields.CategoriesLine(t); ok {
				t = s
			}
			labels = append(labels, x.k.Taxonomy().SplitCategories(t)...)
		}
		if len(labels) > 0 {
			return labels
		}
	}
	for _, b := range renderBlocks(x.region) {
		if s, ok := fields.CategoriesLine(b.text); ok && s != "" {
			return x.k.Taxonomy().SplitCategories(s)
		}
	}
	m := x.meta
	labels := append(m.all("article:section"), m.all("article:tag")...)
	if len(labels) > 0 {
		return labels
	}
	if a := m.ldArticle(); a != nil {
		return ldLabels(a["articleSection"])
	}
	return nil
}
