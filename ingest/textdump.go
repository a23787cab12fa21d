package ingest

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/pubindex/pubindex/index"
)

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

// dumpRules are the layout words of the profile, merged with the generic
// ones, as sets.
type dumpRules struct {
	synopsis, body, drop, roots map[string]bool
	footer                      []string
}

// rules returns the dump rules of pr.
func (p *Parser) rules(pr *Profile) dumpRules {
	if r, ok := p.rulesOf[pr]; ok {
		return r
	}
	return p.makeRules(pr)
}

func (p *Parser) makeRules(pr *Profile) dumpRules {
	set := func(lists ...[]string) map[string]bool {
		m := map[string]bool{}
		for _, l := range lists {
			for _, s := range l {
				m[strings.ToLower(s)] = true
			}
		}
		return m
	}
	g := p.generic
	return dumpRules{
		synopsis: set(pr.SynopsisHeadings, g.SynopsisHeadings),
		body:     set(pr.BodyHeadings, g.BodyHeadings),
		drop:     set(pr.DropLines, g.DropLines),
		roots:    set(pr.BreadcrumbRoots),
		footer:   append(append([]string(nil), pr.FooterMarkers...), g.FooterMarkers...),
	}
}

func (r dumpRules) isFooter(s string) bool {
	for _, m := range r.footer {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// profileFor picks the site profile of a page: by the host of its URL when
// known, else by the site's marker phrases in the text.
func (p *Parser) profileFor(pageURL, text string) *Profile {
	if host := hostOf(pageURL); host != "" {
		for _, pr := range p.profiles {
			if pr.matchesHost(host) {
				return pr
			}
		}
		return p.generic
	}
	best, bestN := p.generic, 0
	for _, pr := range p.profiles {
		n := 0
		for _, m := range pr.Markers {
			if strings.Contains(text, m) {
				n++
			}
		}
		if n > bestN {
			best, bestN = pr, n
		}
	}
	return best
}

func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// isCategories reports whether s is a Categories line and returns its labels.
func isCategories(s string) (string, bool) {
	for _, p := range []string{"Categories:", "Category:", "CATEGORIES:"} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return "", false
}

// parseTextDump extracts the article of a page saved as text: the menus,
// breadcrumb, footer and cookie notice around it are dropped. The article
// is found by its structure (the SYNOPSIS and COMMENTARY headings, the
// title and date lines above them), never by line numbers or one menu's
// exact text, so every generation of the site's chrome reads the same.
// pageURL is the page's address when the scrape recorded it.
func (p *Parser) parseTextDump(text, pageURL string) Result {
	lines := splitDump(text)
	if pageURL == "" {
		pageURL = recordedURL(lines)
	}
	pr := p.profileFor(pageURL, text)
	rules := p.rules(pr)

	var anchors []int // a synopsis heading starts each copy of the article
	for i, l := range lines {
		if !l.bullet && rules.synopsis[l.key] {
			anchors = append(anchors, i)
		}
	}
	if len(anchors) == 0 {
		for i, l := range lines {
			if !l.bullet && rules.body[l.key] {
				anchors = append(anchors, i)
			}
		}
	}
	var r Result
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
		return p.other(kind, why, h, pr, pageURL)
	}
	if len(anchors) == 0 && h.code != "" && h.dateIdx >= 0 {
		// No headings (some older pages): the article follows the header
		// directly, if prose follows it at all.
		at := max(h.dateIdx, h.titleIdx)
		if !prose(lines[at+1:], rules) {
			return Result{Skip: "not a publication: a title and date but no article text"}
		}
		anchors = []int{at}
	}
	if len(anchors) == 0 {
		if h.title != "" {
			return p.other("page", "no SYNOPSIS or COMMENTARY section", h, pr, pageURL)
		}
		return Result{Skip: "not a publication: no article found (no SYNOPSIS or COMMENTARY section, no title and date)"}
	}
	if h.title == "" {
		return Result{Skip: "not a publication: article has no title line"}
	}

	footer := len(lines)
	for i := anchors[0]; i < len(lines); i++ {
		if !lines[i].bullet && rules.isFooter(lines[i].text) {
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
		return Result{Skip: "not a publication: the article is empty (page cut short?)"}
	}
	if len(body) == 0 {
		r.Warnings = append(r.Warnings, "no body text after the synopsis (page cut short?)")
	}

	d := &index.Document{
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
		if s, ok := isCategories(l.text); ok {
			labels = append(labels, p.tax.SplitCategories(s)...)
		}
	}
	r.Unknown = p.classify(d, labels)
	if d.Series == "" && d.Code != "" {
		d.Series = pr.SeriesByPrefix[codePrefix(d.Code)]
	}
	d.Authors = h.authors
	if len(d.Authors) == 0 && len(body) > 0 {
		d.Authors = normalizeAuthors(AuthorsFromBio(body[len(body)-1]))
	}
	if pageURL != "" {
		p.setURL(d, pr, pageURL)
	}
	r.Doc = d
	return r
}

// prose reports whether lines hold article text: at least two paragraphs
// of 150 characters or more before the footer.
func prose(lines []dumpLine, rules dumpRules) bool {
	n := 0
	for _, l := range lines {
		if !l.bullet && rules.isFooter(l.text) {
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
		if n++; n > 6 {
			break
		}
		t := l.text
		for _, p := range []string{"url:", "source:", "link:", "page url:", "saved from:", "address:", "original url:", "canonical url:", "canonical:"} {
			if len(t) > len(p) && strings.EqualFold(t[:len(p)], p) {
				t = strings.TrimSpace(t[len(p):])
				break
			}
		}
		if (strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")) && !strings.ContainsAny(t, " \t") {
			return t
		}
	}
	return ""
}

// articleCopy reads one copy of the article, from its first heading to the
// next copy, its Categories line or the footer.
func articleCopy(lines []dumpLine, rules dumpRules) (syn, body []string) {
	bodyAt := -1
	end := len(lines)
	for i := 1; i < len(lines); i++ {
		if _, ok := isCategories(lines[i].text); ok || navLine(lines[i].text) {
			end = i
			break
		}
		if bodyAt < 0 && !lines[i].bullet && rules.body[lines[i].key] {
			bodyAt = i
		}
	}
	paras := func(ls []dumpLine) []string {
		var out []string
		for _, l := range ls {
			t := l.text
			if t == "" || rules.drop[l.key] || rules.body[l.key] || rules.synopsis[l.key] {
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
	case rules.body[first]:
		return nil, paras(lines[1:end])
	case bodyAt >= 0:
		return paras(lines[1:bodyAt]), paras(lines[bodyAt+1 : end])
	case rules.synopsis[first]:
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
	date        index.Date
	titleIdx    int // line of the title, -1 when none
	dateIdx     int // line of the date, -1 when none
	crumbs      []string
	warnings    []string
}

// headerWindow is how many non-empty lines above the article can belong to
// its header.
const headerWindow = 40

// parseHeader reads title, code, authors and date from the lines before
// end. It works backwards from the article, so whatever menus come first
// never matter.
func (p *Parser) parseHeader(lines []dumpLine, end int, pr *Profile, rules dumpRules) header {
	h := header{titleIdx: -1, dateIdx: -1}
	var near []int // indexes of non-empty lines, nearest the article first
	for i := end - 1; i >= 0 && len(near) < headerWindow; i-- {
		t := lines[i].text
		if t == "" || !lines[i].bullet && rules.drop[lines[i].key] {
			continue
		}
		if end == len(lines) && rules.isFooter(t) {
			near = near[:0] // no article: only look above the footer
			continue
		}
		near = append(near, i)
	}
	order := pr.order()
	// The date: the nearest line that is a date and nothing else.
	for k, i := range near {
		if k >= 12 {
			break
		}
		if d, ok, stamp := dateLine(lines[i].text, order); ok {
			h.date, h.dateIdx = d, i
			break
		} else if stamp {
			h.warnings = append(h.warnings, fmt.Sprintf("ignored %q: not a publication date", lines[i].text))
		}
	}
	// The title: a "CODE | Title" line, the page's own heading before the
	// bulleted breadcrumb copy of it.
	prefixes := p.codePrefixes(pr)
	for _, bulleted := range []bool{false, true} {
		for k, i := range near {
			if k >= 20 || h.title != "" {
				break
			}
			if lines[i].bullet != bulleted {
				continue
			}
			if code, rest, ok := CodeFromText(lines[i].text, prefixes); ok && strings.TrimSpace(rest) != "" {
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
			h.title, h.titleIdx = lines[above[1]].text, above[1]
		case len(above) >= 1 && p.plausibleTitle(lines[above[0]].text, rules):
			h.title, h.titleIdx = lines[above[0]].text, above[0]
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
			if t == "" || lines[i].bullet || rules.drop[lines[i].key] {
				continue
			}
			if k, _ := p.tax.Classify(t); k != KindUnknown {
				continue // a series or region label printed under the title
			}
			if _, ok := isCategories(t); ok || !looksLikeAuthors(t) {
				break
			}
			h.authors = append(h.authors, normalizeAuthors(SplitAuthors(t))...)
		}
		h.authors = dedupeFold(h.authors)
	}
	return h
}

// dateLine reads a line that is a publication date ("03 February 2025",
// "Published 1 Mar 2024 11:00"). stamp reports a line that holds a date
// which is not a publication date (an upload or crawl stamp).
func dateLine(s string, order DateOrder) (d index.Date, ok, stamp bool) {
	if len(s) > 80 {
		return d, false, false
	}
	low := strings.ToLower(s)
	for _, w := range []string{"updated", "modified", "crawled", "retrieved", "accessed", "uploaded", "scraped", "downloaded", "saved"} {
		if strings.Contains(low, w) {
			_, found := FindDate(s, order)
			return d, false, found
		}
	}
	rest := s
	for _, p := range []string{"published on", "published:", "published", "posted on", "posted:", "date:", "dated"} {
		if strings.HasPrefix(low, p) {
			rest = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if d, ok := ParseDate(rest, order); ok {
		return d, true, false
	}
	if rest != s {
		if d, ok := FindDate(rest, order); ok {
			return d, true, false
		}
	}
	return d, false, false
}

// plausibleTitle rejects lines that cannot be a publication title: menu
// labels, taxonomy labels, layout words and one-word lines.
func (p *Parser) plausibleTitle(s string, rules dumpRules) bool {
	low := strings.ToLower(s)
	if len(strings.Fields(s)) < 2 || len(s) > 300 || rules.drop[low] || rules.roots[low] || rules.synopsis[low] || rules.body[low] {
		return false
	}
	if k, _ := p.tax.Classify(s); k != KindUnknown {
		return false
	}
	if _, ok := isCategories(s); ok {
		return false
	}
	return true
}

// looksLikeAuthors reports whether a header line is a list of names.
func looksLikeAuthors(s string) bool {
	if len(s) > 200 || strings.HasSuffix(s, ".") && !strings.HasSuffix(s, " Jr.") || strings.HasSuffix(s, "?") {
		return false
	}
	names := SplitAuthors(s)
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

func normalizeAuthors(names []string) []string {
	var out []string
	for _, n := range names {
		if n = NormalizeAuthor(n); n != "" {
			out = append(out, n)
		}
	}
	return dedupeFold(out)
}

// dedupeFold drops values equal to an earlier one under FoldKey.
func dedupeFold(vals []string) []string {
	seen := map[string]bool{}
	out := vals[:0]
	for _, v := range vals {
		k := index.FoldKey(v)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, v)
	}
	return out
}

// classify files the Categories labels under series, regions and topics,
// and returns the labels no taxonomy knows (they become topics).
func (p *Parser) classify(d *index.Document, labels []string) (unknown []string) {
	for _, l := range labels {
		kind, name := p.tax.Classify(l)
		switch kind {
		case KindSeries:
			if d.Series == "" {
				d.Series = name
			}
		case KindRegion:
			d.Regions = append(d.Regions, name)
		case KindTopic:
			d.Topics = append(d.Topics, name)
		default:
			if name != "" {
				d.Topics = append(d.Topics, name)
				unknown = append(unknown, name)
			}
		}
	}
	d.Regions = dedupeFold(d.Regions)
	d.Topics = dedupeFold(d.Topics)
	return dedupeFold(unknown)
}

func codePrefix(code string) string {
	i := 0
	for i < len(code) && code[i] >= 'A' && code[i] <= 'Z' {
		i++
	}
	return code[:i]
}

// setURL records the canonical URL of the page and, when the article
// carries no code, takes one from the URL's slug.
func (p *Parser) setURL(d *index.Document, pr *Profile, raw string) {
	var rewrites []Rewrite
	for _, q := range p.profiles {
		rewrites = append(rewrites, q.URLRewrites...)
	}
	u, err := CanonicalURL(raw, rewrites)
	if err != nil {
		return
	}
	d.URL = u
	if d.Code == "" {
		d.Code = CodeFromURL(u, pr.CodePrefixes)
		if d.Series == "" && d.Code != "" {
			d.Series = pr.SeriesByPrefix[codePrefix(d.Code)]
		}
	}
}

// nonPublication checks a page against the profile's cues for pages that
// are not publications (events, news releases, newsletters, ...): its URL,
// the section its breadcrumb names, and (for pages without an article
// structure, weak) phrases only such pages carry. Menus list every section
// of a site, so only the breadcrumb right above the page's own header
// counts, never a menu.
func (p *Parser) nonPublication(pr *Profile, pageURL string, head []dumpLine, text string, strong bool) (kind, why string) {
	prefixes := p.codePrefixes(pr)
	if kind, why := crumbsNonPublication(pr, pageURL, breadcrumbPath(head, p.rules(pr), prefixes)); kind != "" {
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

// crumbsNonPublication checks a page's URL and breadcrumb sections
// against the profile's cues; the deepest section says most.
func crumbsNonPublication(pr *Profile, pageURL string, path []string) (kind, why string) {
	urlPath := ""
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		urlPath = strings.ToLower(u.Path)
	}
	for i, c := range pr.NonPublication {
		if urlPath != "" && i < len(pr.urlCues) && pr.urlCues[i] != nil && pr.urlCues[i].MatchString(urlPath) {
			return c.Kind, "its URL is an " + c.Kind + " address"
		}
	}
	for i := len(path) - 1; i >= 0; i-- {
		for _, c := range pr.NonPublication {
			for _, b := range c.Breadcrumb {
				if strings.EqualFold(path[i], b) {
					return c.Kind, fmt.Sprintf("breadcrumb section %q", path[i])
				}
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
func breadcrumbPath(head []dumpLine, rules dumpRules, prefixes []string) []string {
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
		if rules.roots[strings.ToLower(run[0])] {
			path = path[:0]
			for _, item := range run {
				if _, _, ok := CodeFromText(item, prefixes); ok || len(path) == 2 {
					break
				}
				if !rules.roots[strings.ToLower(item)] {
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
		if code, rest, ok := CodeFromText(l.text, prefixes); ok && strings.TrimSpace(rest) != "" {
			seen[code] = true
		}
	}
	return len(seen)
}

// other handles a page that is not a publication: skipped with its reason,
// or with KeepOther, indexed under its page type.
func (p *Parser) other(kind, why string, h header, pr *Profile, pageURL string) Result {
	name := kind
	if kind != "page" {
		name = kind + " page"
	}
	reason := fmt.Sprintf("not a publication: %s (%s)", name, why)
	if !p.keep || h.title == "" {
		r := Result{Skip: reason}
		if kind != "page" {
			r.kind = kind // a plain "page" is only a page without an article
		}
		return r
	}
	d := &index.Document{Title: h.title, Date: h.date, Authors: h.authors, Publisher: pr.Publisher, PageType: kind}
	if pageURL != "" {
		p.setURL(d, pr, pageURL)
	}
	return Result{Doc: d, Warnings: []string{reason + ", kept"}}
}
