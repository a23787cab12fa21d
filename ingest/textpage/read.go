// Package textpage reads a page saved as text, the common scrape format
// (an RSIS page dump: menus, breadcrumb, the article under its SYNOPSIS and
// COMMENTARY headings, footer). Its entry point is Read; ReadText serves
// the other readers when they hold a page already rendered as text.
package textpage

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/generic"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
)

// Read reads a page saved as text. Bytes that are not UTF-8 are read as
// Windows-1252, with a warning.
func Read(f page.File, k *site.Set) page.Result {
	text, warn := textutil.DecodeText(f.Data)
	r := ReadText(text, f.URL, k)
	if warn != "" {
		r.Warnings = append(r.Warnings, warn)
	}
	return r
}

// ReadText reads a page already decoded to text (an HTML page rendered as
// a dump, the text of a JSON Lines record). pageURL is the page's address
// when known, else "".
func ReadText(text, pageURL string, k *site.Set) page.Result {
	return reader{k}.parseTextDump(text, pageURL)
}

// HasSections reports whether a page rendered as text has a line that is a
// synopsis or body heading of rules: only then does ReadText find an
// article in it.
func HasSections(text string, rules *site.Rules) bool {
	for _, l := range splitDump(text) {
		low := strings.ToLower(l.text)
		if !l.bullet && (rules.Synopsis[low] || rules.Body[low]) {
			return true
		}
	}
	return false
}

// reader reads pages with what k knows of their sites.
type reader struct{ k *site.Set }

// dumpLine is one line of a page saved as text.
type dumpLine struct {
	text   string // trimmed, without its bullet
	key    string // text in lower case when short enough to be a heading or label, else ""
	bullet bool   // the line was a list item ("• RSIS", "- Publication")
	dash   bool   // the bullet was a dash, as in the reader layout's breadcrumb
}

// maxKeyLen bounds the lines that can be a heading, a layout word or a menu
// label; only those are looked up in the layout word sets.
const maxKeyLen = 64

func splitDump(text string) []dumpLine {
	raw := strings.Split(text, "\n")
	out := make([]dumpLine, len(raw))
	for i, r := range raw {
		t := strings.TrimSpace(r)
		l := dumpLine{text: t}
		for _, b := range []string{"• ", "· ", "- ", "* ", "– "} {
			if strings.HasPrefix(t, b) {
				l.text = strings.TrimSpace(t[len(b):])
				l.bullet = true
				l.dash = b == "- "
				break
			}
		}
		if len(l.text) <= maxKeyLen {
			l.key = strings.ToLower(l.text)
		}
		out[i] = l
	}
	return out
}

// parseTextDump extracts the article of a page saved as text: the menus,
// breadcrumb, footer and cookie notice around it are dropped. The article
// is found by its structure (the SYNOPSIS and COMMENTARY headings, the
// title and date lines above them), never by line numbers or one menu's
// exact text, so every generation of the site's chrome reads the same.
// pageURL is the page's address when the scrape recorded it.
func (p reader) parseTextDump(text, pageURL string) page.Result {
	lines := splitDump(text)
	if pageURL == "" {
		pageURL = recordedURL(lines)
	}
	pr := p.k.ProfileFor(pageURL, text)
	rules := p.k.Rules(pr)

	var anchors []int // a synopsis heading starts each copy of the article
	for i, l := range lines {
		if !l.bullet && rules.Synopsis[l.key] {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 {
		for i, l := range lines {
			if !l.bullet && rules.Body[l.key] {
				anchors = append(anchors, i)
			}
		}
	}
	var r page.Result
	hdrEnd := len(lines)
	if len(anchors) > 0 {
		hdrEnd = anchors[0]
	}
	h := p.parseHeader(lines, hdrEnd, pr, rules)
	head := lines[:hdrEnd]
	if h.titleIdx >= 0 {
		head = lines[:h.titleIdx]
	}
	strong := len(anchors) > 0 && h.title != ""
	if kind, why := p.nonPublication(pr, pageURL, head, text, strong); kind != "" {
		return p.k.Other(kind, why, h.title, h.date, h.authors, pr, pageURL)
	}
	if len(anchors) == 0 && h.code != "" && h.dateIdx >= 0 {
		// No headings (some older pages): the article follows the header
		// directly, if prose follows it at all.
		at := max(h.dateIdx, h.titleIdx)
		if !prose(lines[at+1:], rules) {
			return page.Result{Skip: "not a publication: a title and date but no article text"}
		}
		anchors = []int{at}
	}
	if len(anchors) == 0 || h.title == "" || h.guessed {
		// Not the layout of a known site, or a header the site reader
		// only guessed: score the page as any site's.
		return p.anySite(text, lines, pageURL, pr)
	}

	footer := len(lines)
	for i := anchors[0]; i < len(lines); i++ {
		if !lines[i].bullet && rules.IsFooter(lines[i].text) {
			footer = i
			break
		}
	}
	var syn, body []string
	for k, a := range anchors {
		if a >= footer {
			break
		}
		end := footer
		if k+1 < len(anchors) && anchors[k+1] < end {
			end = anchors[k+1]
		}
		s, b := articleCopy(lines[a:end], rules)
		if len(strings.Join(b, "")) > len(strings.Join(body, "")) || len(body) == 0 && len(s) > len(syn) {
			syn, body = s, b
		}
	}
	if len(syn) == 0 && len(body) == 0 {
		return page.Result{Skip: "not a publication: the article is empty (page cut short?)"}
	}
	if len(body) == 0 {
		r.Warnings = append(r.Warnings, "no body text after the synopsis (page cut short?)")
	}

	d := &pub.Document{
		Code:      h.code,
		Title:     h.title,
		Date:      h.date,
		Publisher: pr.Publisher,
		Synopsis:  strings.Join(syn, "\n\n"),
		Body:      strings.Join(body, "\n\n"),
	}
	r.Warnings = append(r.Warnings, h.warnings...)
	var labels []string
	for _, l := range lines[:footer] {
		if s, ok := fields.CategoriesLine(l.text); ok {
			labels = append(labels, p.k.Taxonomy().SplitCategories(s)...)
		}
	}
	r.Unknown = p.k.Classify(d, labels)
	if d.Series == "" && d.Code != "" {
		d.Series = pr.SeriesOfCode(d.Code)
	}
	d.Authors = h.authors
	if len(d.Authors) == 0 && len(body) > 0 {
		d.Authors = fields.CleanAuthors(fields.AuthorsFromBio(body[len(body)-1]))
	}
	if pageURL != "" {
		p.k.SetURL(d, pr, pageURL)
	}
	r.Doc = d
	return r
}

// prose reports whether lines hold article text: at least two paragraphs
// of 150 characters or more before the footer.
func prose(lines []dumpLine, rules *site.Rules) bool {
	n := 0
	for _, l := range lines {
		if !l.bullet && rules.IsFooter(l.text) {
			break
		}
		if !l.bullet && len(l.text) >= 150 {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// recordedURL returns the address a scraper wrote at the top of a dump
// ("URL: https://...", "Source: ...", or a line that is only a URL), or "".
func recordedURL(lines []dumpLine) string {
	n := 0
	for _, l := range lines {
		if l.text == "" || l.bullet {
			continue
		}
		if n++; n > urlLines {
			break
		}
		if u := urlLineValue(l.text); u != "" {
			return u
		}
	}
	return ""
}

// urlLines is how many of a dump's first lines with text may hold the
// address a scraper wrote.
const urlLines = 6

// urlLineValue is the address a line holds when the line is only an
// address, labelled or not ("URL: https://…", "<https://…>"), else "".
func urlLineValue(t string) string {
	t = strings.TrimSpace(t)
	for _, p := range []string{"url:", "source:", "link:", "page url:", "saved from:", "address:", "original url:", "canonical url:", "canonical:"} {
		if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) {
			t = strings.TrimSpace(t[len(p):])
			break
		}
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "<"), ">")
	if (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")) && !strings.ContainsAny(t, " \t") {
		return t
	}
	return ""
}

// withoutURLLine drops the line a scraper wrote the page's address on
// ("URL: https://…") from the top of text: the address is no part of the
// page, and its figures would read as a date, its words as a title. The
// line may write the address with another scheme, a slash more or less.
func withoutURLLine(text, pageURL string) string {
	if pageURL == "" {
		return text
	}
	want := urlKey(pageURL)
	for off, n := 0, 0; off < len(text) && n < urlScanLines; n++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		if u := urlLineValue(text[off : off+end]); u != "" && urlKey(u) == want {
			return text[:off] + text[min(len(text), off+end+1):]
		}
		off += end + 1
	}
	return text
}

// urlScanLines bounds the lines, blank and bulleted ones too, read for the
// line that holds the recorded address (recordedURL reads urlLines of them
// with text).
const urlScanLines = 40

// urlKey is an address without its scheme, a leading "www.", a final
// slash or index file and its tracking parameters, its host in small
// letters: two writings of one page's address give one key.
func urlKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := u.EscapedPath()
	for _, ix := range []string{"/index.html", "/index.htm", "/index.php"} {
		path = strings.TrimSuffix(path, ix)
	}
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(k, "utm_") {
			q.Del(k) // a feed's or a newsletter's tracking: the same page
		}
	}
	return host + strings.TrimSuffix(path, "/") + "?" + q.Encode()
}

// articleCopy reads one copy of the article, from its first heading to the
// next copy, its Categories line or the footer.
func articleCopy(lines []dumpLine, rules *site.Rules) (syn, body []string) {
	bodyAt := -1
	end := len(lines)
	for i := 1; i < len(lines); i++ {
		if _, ok := fields.CategoriesLine(lines[i].text); ok || navLine(lines[i].text) {
			end = i
			break
		}
		if bodyAt < 0 && !lines[i].bullet && rules.Body[lines[i].key] {
			bodyAt = i
		}
	}
	paras := func(ls []dumpLine) []string {
		var out []string
		for _, l := range ls {
			t := l.text
			if t == "" || rules.Drop[l.key] || rules.Body[l.key] || rules.Synopsis[l.key] {
				continue
			}
			if l.bullet {
				t = "• " + t
			}
			if len(out) > 0 && out[len(out)-1] == t {
				continue // a caption printed twice, a line the scraper saw twice
			}
			out = append(out, t)
		}
		return out
	}
	first := lines[0].key
	switch {
	case rules.Body[first]:
		return nil, paras(lines[1:end])
	case bodyAt >= 0:
		return paras(lines[1:bodyAt]), paras(lines[bodyAt+1 : end])
	case rules.Synopsis[first]:
		// No COMMENTARY heading: the synopsis is the first paragraph.
		all := paras(lines[1:end])
		if len(all) == 0 {
			return nil, nil
		}
		return all[:1], all[1:]
	}
	return nil, paras(lines[1:end])
}

// navLine reports a line of site navigation: four or more short items
// separated by " | " (Home | Sitemap | Contact Us | Terms of Use).
func navLine(s string) bool {
	parts := strings.Split(s, " | ")
	if len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		if len(p) > 30 {
			return false
		}
	}
	return true
}

// header is what the lines above the article say.
type header struct {
	title, code string
	authors     []string
	date        pub.Date
	titleIdx    int // line of the title, -1 when none
	// guessed is set when the title is only the line above the date (no
	// code line, no breadcrumb): on a page of no known site the generic
	// reader weighs more cues than that.
	guessed  bool
	dateIdx  int // line of the date, -1 when none
	crumbs   []string
	warnings []string
}

// headerWindow is how many non-empty lines above the article can belong to
// its header.
const headerWindow = 40

// parseHeader reads title, code, authors and date from the lines before
// end. It works backwards from the article, so whatever menus come first
// never matter.
func (p reader) parseHeader(lines []dumpLine, end int, pr *site.Profile, rules *site.Rules) header {
	h := header{titleIdx: -1, dateIdx: -1}
	var near []int // indexes of non-empty lines, nearest the article first
	for i := end - 1; i >= 0 && len(near) < headerWindow; i-- {
		t := lines[i].text
		if t == "" || !lines[i].bullet && rules.Drop[lines[i].key] {
			continue
		}
		if end == len(lines) && rules.IsFooter(t) {
			near = near[:0] // no article: only look above the footer
			continue
		}
		near = append(near, i)
	}
	order := pr.Order()
	// The date: the nearest line that is a date and nothing else.
	for k, i := range near {
		if k >= 12 {
			break
		}
		if d, ok, stamp := fields.DateLine(lines[i].text, order); ok {
			h.date, h.dateIdx = d, i
			break
		} else if stamp {
			h.warnings = append(h.warnings, fmt.Sprintf("ignored %q: not a publication date", lines[i].text))
		}
	}
	// The title: a "CODE | Title" line, the page's own heading before the
	// bulleted breadcrumb copy of it.
	prefixes := p.k.CodePrefixes(pr)
	for _, bulleted := range []bool{false, true} {
		for k, i := range near {
			if k >= 20 || h.title != "" {
				break
			}
			if lines[i].bullet != bulleted {
				continue
			}
			if code, rest, ok := fields.CodeFromText(lines[i].text, prefixes); ok && strings.TrimSpace(rest) != "" {
				h.code, h.title, h.titleIdx = code, strings.TrimSpace(rest), i
			}
		}
	}
	// The reader layout: date, then a dashed breadcrumb ending in the title.
	if h.title == "" {
		var crumbs []int
		for _, i := range near {
			if !lines[i].dash {
				if len(crumbs) > 0 {
					break
				}
				if i == h.dateIdx {
					continue
				}
				break
			}
			crumbs = append(crumbs, i)
		}
		if len(crumbs) >= 2 {
			last := lines[crumbs[0]].text
			if p.plausibleTitle(last, rules) {
				h.title, h.titleIdx = last, crumbs[0]
			}
			for k := len(crumbs) - 1; k >= 0; k-- {
				h.crumbs = append(h.crumbs, lines[crumbs[k]].text)
			}
		}
	}
	// Older layouts: title, then authors, then the date.
	if h.title == "" && h.dateIdx >= 0 {
		var above []int
		for _, i := range near {
			if i < h.dateIdx && !lines[i].bullet {
				above = append(above, i)
				if len(above) == 2 {
					break
				}
			}
		}
		switch {
		case len(above) == 2 && looksLikeAuthors(lines[above[0]].text) && p.plausibleTitle(lines[above[1]].text, rules):
			h.title, h.titleIdx, h.guessed = lines[above[1]].text, above[1], true
		case len(above) >= 1 && p.plausibleTitle(lines[above[0]].text, rules):
			h.title, h.titleIdx, h.guessed = lines[above[0]].text, above[0], true
		}
	}
	// Authors: the name lines right after the title, up to the date. The
	// first line of another kind ends them, so a title found in a menu
	// never takes body text or a Categories line for names.
	if h.titleIdx >= 0 {
		stop := end
		if h.dateIdx > h.titleIdx {
			stop = h.dateIdx
		}
		for i := h.titleIdx + 1; i < stop; i++ {
			t := lines[i].text
			if t == "" || lines[i].bullet || rules.Drop[lines[i].key] {
				continue
			}
			if k, _ := p.k.Taxonomy().Classify(t); k != site.KindUnknown {
				continue // a series or region label printed under the title
			}
			if _, ok := fields.CategoriesLine(t); ok || !looksLikeAuthors(t) {
				break
			}
			h.authors = append(h.authors, fields.CleanAuthors(fields.SplitAuthors(t))...)
		}
		h.authors = fields.DedupeFold(h.authors)
	}
	return h
}

// plausibleTitle rejects lines that cannot be a publication title: menu
// labels, taxonomy labels, layout words, one-word lines, and what no page
// of any site has for a title (series-and-number lines, labelled dates).
func (p reader) plausibleTitle(s string, rules *site.Rules) bool {
	low := strings.ToLower(s)
	if len(strings.Fields(s)) < 2 || len(s) > 300 || rules.Drop[low] || rules.Roots[low] || rules.Synopsis[low] || rules.Body[low] || generic.NotTitle(s) {
		return false
	}
	if k, _ := p.k.Taxonomy().Classify(s); k != site.KindUnknown {
		return false
	}
	if _, ok := fields.CategoriesLine(s); ok {
		return false
	}
	return true
}

// nonPublication checks a page against the profile's cues for pages that
// are not publications (events, news releases, newsletters, ...): its URL,
// the section its breadcrumb names, and (for pages without an article
// structure, weak) phrases only such pages carry. Menus list every section
// of a site, so only the breadcrumb right above the page's own header
// counts, never a menu.
func (p reader) nonPublication(pr *site.Profile, pageURL string, head []dumpLine, text string, strong bool) (kind, why string) {
	prefixes := p.k.CodePrefixes(pr)
	if kind, why := pr.NonPublicationCue(pageURL, breadcrumbPath(head, p.k.Rules(pr), prefixes)); kind != "" {
		return kind, why
	}
	if strong {
		return "", ""
	}
	if n := listedCodes(head, prefixes); n >= 3 {
		return "listing", fmt.Sprintf("it lists %d publications", n)
	}
	for _, c := range pr.NonPublication {
		for _, t := range c.Text {
			if strings.Contains(text, t) {
				return c.Kind, fmt.Sprintf("page says %q", t)
			}
		}
	}
	return "", ""
}

// breadcrumbPath returns the sections a page's breadcrumb names below its
// root: [Media, News Releases] for RSIS > Media > News Releases > title. It
// reads the last bulleted run that starts at a root (RSIS, Home): menus
// that start at a root come first on a page, the breadcrumb last. The path
// ends before the page's own title (a "CODE | Title" item, whatever comes
// after it is a menu) and has at most two sections.
func breadcrumbPath(head []dumpLine, rules *site.Rules, prefixes []string) []string {
	var path []string
	for i := 0; i < len(head); {
		if !head[i].bullet {
			i++
			continue
		}
		j := i
		var run []string
		for j < len(head) && (head[j].bullet || head[j].text == "") {
			if head[j].bullet {
				run = append(run, head[j].text)
			}
			j++
		}
		if rules.Roots[strings.ToLower(run[0])] {
			path = path[:0]
			for _, item := range run {
				if _, _, ok := fields.CodeFromText(item, prefixes); ok || len(path) == 2 {
					break
				}
				if !rules.Roots[strings.ToLower(item)] {
					path = append(path, item)
				}
			}
		}
		i = j
	}
	return path
}

// listedCodes counts the distinct publication codes that start lines of
// their own ("CO25041 | Title"), as listing and landing pages print them.
func listedCodes(lines []dumpLine, prefixes []string) int {
	seen := map[string]bool{}
	for _, l := range lines {
		if l.bullet || len(l.text) > 300 {
			continue
		}
		if code, rest, ok := fields.CodeFromText(l.text, prefixes); ok && strings.TrimSpace(rest) != "" {
			seen[code] = true
		}
	}
	return len(seen)
}

// looksLikeAuthors reports whether a header line is a list of names.
func looksLikeAuthors(s string) bool {
	if len(s) > 200 || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Jr.") || strings.HasSuffix(s, "?") {
		return false
	}
	names := fields.SplitAuthors(s)
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		if len(strings.Fields(n)) > 6 {
			return false
		}
	}
	return true
}

// anySite reads a page that has no known site's article layout with the
// generic reader, which scores title, date, byline and prose on pages from
// any site.
func (p reader) anySite(text string, lines []dumpLine, pageURL string, pr *site.Profile) page.Result {
	g := generic.Read(withoutURLLine(text, pageURL), generic.Hints{URL: pageURL, CodePrefixes: p.k.CodePrefixes(pr)})
	if g.Skip != "" {
		why := strings.TrimPrefix(g.Skip, "not a publication: ")
		return p.k.Other(g.Kind, why, g.Title, g.Date, g.Authors, pr, pageURL)
	}
	d := &pub.Document{
		Code:     g.Code,
		Title:    g.Title,
		Series:   g.Series,
		Authors:  g.Authors,
		Date:     g.Date,
		Synopsis: g.Synopsis,
		Body:     strings.Join(g.Body, "\n\n"),
	}
	if pr != p.k.Generic() {
		d.Publisher = pr.Publisher
	}
	var r page.Result
	var labels []string
	for _, l := range lines {
		if s, ok := fields.CategoriesLine(l.text); ok {
			labels = append(labels, p.k.Taxonomy().SplitCategories(s)...)
		}
	}
	r.Unknown = p.k.Classify(d, labels)
	if d.Series == "" && d.Code != "" {
		d.Series = pr.SeriesOfCode(d.Code)
	}
	if pageURL != "" {
		p.k.SetURL(d, pr, pageURL)
	}
	r.Doc, r.Mirror = d, g.Mirror
	return r
}
