// Package htmlpage reads a raw HTML page: the fields come from the site
// profile's CSS selectors, the page's metadata, its main heading and a
// readability extractor; pages of sites whose articles read like their text
// dumps are rendered as text and read by package textpage. Its entry point
// is Read.
package htmlpage

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/address"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/site"
	"github.com/pubindex/pubindex/ingest/textpage"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPage is one HTML page being read: its parsed tree, its metadata and
// what was learnt about it so far.
type htmlPage struct {
	k    *site.Set
	pr   *site.Profile
	root *html.Node
	doc  *goquery.Document
	meta *pageMeta
	// url is the page's absolute address, "" when the page does not say.
	url string
	// h1 is the article's main heading, nil when there is none.
	h1 *html.Node
	// region is the element that holds the article: the <article> or
	// <main> around h1, else <body>.
	region *html.Node
	// names are what the site calls itself (og:site_name, the publisher).
	names []string
	// blogName is the blog's name its <h1> prints over a post's title, ""
	// when the page has none.
	blogName string
	// postHeads are the lower headings that print the <title>'s part after
	// ": ", found once (postHeadsRead) for blogNameHeading.
	postHeads     []*html.Node
	postHeadsRead bool
	// nav holds the folded text of short menu links.
	nav map[string]bool
	// chrome holds the elements that are site furniture (menus, footer,
	// share buttons, related articles, cookie banner, comments).
	chrome map[*html.Node]bool
	rules  *site.Rules
	warn   []string
}

// Read reads a raw HTML page (f.URL is not used: a page names its own
// address, and a JSON Lines reader fills it in when the page does not).
// The fields come from the site profile's
// CSS selectors when the page is from a known site, else from the page's
// metadata (Highwire citation_*, Dublin Core, OpenGraph, schema.org
// JSON-LD), its main heading and the readability extractor. RSIS pages,
// whose article reads like a text dump, go through the text-dump parser.
func Read(f page.File, k *site.Set) page.Result {
	x, err := load(f.Data, k)
	if err != nil {
		return page.Result{Err: err}
	}
	r := x.read()
	r.Warnings = dedupeStrings(append(x.warn, r.Warnings...))
	return r
}

// load decodes and parses a page and finds its address, site, main
// heading, article region and furniture.
func load(data []byte, k *site.Set) (*htmlPage, error) {
	text, warns := decodeHTML(data)
	root, warn, err := parseTree(text)
	if err != nil {
		return nil, err
	}
	if warn != "" {
		warns = append(warns, warn)
	}
	x := &htmlPage{k: k, root: root, doc: goquery.NewDocumentFromNode(root), meta: readMeta(root), warn: warns}
	x.url = x.pageURL()
	x.pr = x.profile()
	x.rules = k.Rules(x.pr)
	x.names = x.siteNames()
	x.nav = menuLabels(root)
	x.h1 = x.mainHeading()
	if x.h1 == nil {
		for _, h := range findAll(root, isTag(atom.H1)) {
			if t := nodeText(h); x.blogNameHeading(h, t) {
				x.blogName = t // a blog's name over its post: the <title>'s part to strip
				break
			}
		}
	}
	x.region = x.articleRegion()
	x.chrome = x.findChrome()
	return x, nil
}

func dedupeStrings(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func (x *htmlPage) read() page.Result {
	if why := x.errorPage(); why != "" {
		return page.Result{Skip: "not a publication: error page (" + why + ")", Kind: "error"}
	}
	if kind, why := x.nonPublication(); kind != "" {
		return x.other(kind, why)
	}
	if x.dumpLayout() {
		if r, ok := x.readDump(); ok {
			return r
		}
	}
	return x.readArticle()
}

// readArticle extracts a publication with the profile's selectors, the
// page's metadata and the readability extractor.
func (x *htmlPage) readArticle() page.Result {
	var r page.Result
	title, code, src := x.title()
	if title == "" && !textAtLeast(x.root, minUntitledBody) {
		return page.Result{Skip: skipUntitled}
	}
	if title == "" {
		if title, r.TitleGuessed = x.lowerHeading(), true; title != "" {
			r.Warnings = append(r.Warnings, warnHeadingTitle)
		}
	}
	zone := x.headerZone(title)
	authors := x.authors(zone)
	date := x.date(zone)
	labels := x.categories()
	syn, body := x.content(title, authors)
	if title == "" || src == "<title>" {
		// a headline set in a classed element above the text, where the
		// page has no title, a <title> that lists the site's sections, or
		// one that names none of the headline's words (the site's own)
		untitled := title == "" || describesSite(title)
		if h := x.classHeading(append(append([]string(nil), syn...), body...), untitled); h != "" &&
			(untitled || wordOverlap(h, title) == 0 && (len(strings.Fields(h)) >= 4 || hasCJK(h))) {
			title, r.TitleGuessed = h, true
			r.Warnings = append(r.Warnings, warnHeadingTitle)
			// the byline and date by the headline, else those found before
			zone = x.headerZone(title)
			if a := x.authors(zone); len(a) > 0 {
				authors = a
			}
			if d := x.date(zone); !d.IsZero() {
				date = d
			}
			body = dropHead(body, title)
		}
	}
	if title == "" {
		// a saved page without a title element or a heading: an article
		// by its length, titled by its first words, since a skipped
		// article cannot be found
		need := minUntitledBody
		if datelined(body) {
			need = minUndatedBody / 2 // a wire story's dateline or credit: an article, however short
		} else if len(x.metaTitles()) > 0 {
			need *= 2 // a title the page gives but no title reads (a site's "Home"): a longer text to be an article
		}
		if parasLen(body) < need {
			return page.Result{Skip: skipUntitled}
		}
		title = leadWords(append(append([]string(nil), syn...), body...))
		r.Warnings = append(r.Warnings, warnLeadTitle)
	}
	if len(body) == 0 && len(syn) == 0 {
		return page.Result{Skip: "not a publication: the article has no text"}
	}
	if len(body) == 0 {
		r.Warnings = append(r.Warnings, "no body text after the synopsis (page cut short?)")
	}
	if date.IsZero() && len(authors) == 0 && len(syn) == 0 && !x.articleSignal(false) && !datelined(body) && parasLen(body) < minUndatedBody {
		return x.other("page", "no date, author or article metadata, and little text")
	}
	if date.IsZero() && len(authors) == 0 && !x.articleSignal(false) {
		// a site's own page or a list, told by its address, whatever its text
		if what := address.Site(x.url); what != "" {
			return x.other("navigation", "no date, no byline, and the address of a site's own page: "+what)
		}
		if what := address.List(x.url); what != "" {
			return x.other("listing", "no date, no byline, and the address of a list: "+what)
		}
	}
	d := &pub.Document{
		Code:      code,
		Title:     title,
		Authors:   authors,
		Date:      date,
		Publisher: x.publisher(),
		Synopsis:  strings.Join(syn, "\n\n"),
		Body:      strings.Join(body, "\n\n"),
	}
	r.Unknown = x.k.Classify(d, labels)
	x.finishDoc(d)
	r.Doc = d
	return r
}

// datelineRe matches a news agency's dateline opening a paragraph: a place
// in capitals with the agency in brackets ("EUGENE, Ore. (AP) - Oregon …",
// "LONDON (Reuters) - …"), or an agency's low line ("HONOLULU _ South
// …"). A place and a dash alone ("WASHINGTON, D.C. – The Institute today
// announced …", "VACANCY – …") open press releases and notices too.
var datelineRe = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]{2,30}(?:(?:, [\p{L}. ]{2,20})?\s*\((?:AP|Reuters|AFP|UPI|dpa|PTI|IANS|Xinhua|Bloomberg|Yonhap|Kyodo|Bernama|ANI)\)\s*[-–—]{1,2}| _)\s+\p{Lu}`)

// datelined reports whether one of the first paragraphs opens with a news
// dateline or is a news agency's credit line: a story, which a site's own
// page never is.
func datelined(body []string) bool {
	for _, p := range body[:min(len(body), 3)] {
		if len(p) >= 80 && datelineRe.MatchString(p) || wireCredits[strings.ToLower(strings.TrimSpace(p))] {
			return true
		}
	}
	return false
}

// wireCredits are news agencies' names printed as a story's credit line.
var wireCredits = textutil.SetOf("united press international", "associated press", "the associated press",
	"agence france-presse", "press trust of india", "kyodo news") // not "AP" or "Reuters" alone, a photo's credit as often

// minUndatedBody is how much body text a page without a date, an author or
// article metadata needs to be read as an article: a short page like that
// is a site's own page (about, contact), a long one an article whose date
// the reader could not find.
const minUndatedBody = 500

// skipUntitled is the reason a page without a usable title and with
// little text is skipped.
const skipUntitled = "not a publication: no article title found (no plausible heading or title metadata, and little text)"

// minUntitledBody is how much body text (in bytes) a page without a
// usable title needs to be read as an article; twice as much when it has
// a title element or metadata that reads as no title (a site's "Home").
const minUntitledBody = 800

// textAtLeast reports whether the text under root, scripts and styles
// apart, holds n bytes or more; it stops counting there.
func textAtLeast(root *html.Node, n int) bool {
	total := 0
	var walk func(c *html.Node, depth int) bool
	walk = func(c *html.Node, depth int) bool {
		if depth > maxRenderDepth {
			return false
		}
		switch {
		case c.Type == html.TextNode:
			total += len(strings.TrimSpace(c.Data))
			return total >= n
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style):
			return false
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if walk(k, depth+1) {
				return true
			}
		}
		return false
	}
	return walk(root, 0)
}

// The warnings of a title the reader guessed; a JSON record's own title
// takes their place.
const (
	warnHeadingTitle = "no usable title element, <h1> or metadata: titled by the heading above its text"
	warnLeadTitle    = "no usable title on the page: titled by its text's first words"
)

// GuessWarning reports whether w is the warning of a title the reader
// guessed.
func GuessWarning(w string) bool { return w == warnHeadingTitle || w == warnLeadTitle }

// leadWords is a title made of the text's first sentence, or of its
// first words when the sentence is long: of its first paragraph of eight
// words or more (or of CJK letters), not a user's name or a label over
// it. A sentence ends at a stop before a space and a capital after three
// words at least, so an opening "Dr. Anna Berg" or "2.5 years" does not
// end it.
func leadWords(paras []string) string {
	p := paras[0]
	for _, q := range paras {
		if len(strings.Fields(q)) >= 8 || utf8.RuneCountInString(q) >= 40 && hasCJK(q) {
			p = q
			break
		}
	}
	for _, m := range sentenceEndRe().FindAllStringIndex(p, 8) {
		if len(strings.Fields(p[:m[0]])) >= 3 {
			p = p[:m[0]]
			break
		}
	}
	if k := strings.IndexAny(p, "。！？"); k > 0 {
		p = p[:k]
	}
	fs := strings.Fields(p)
	if len(fs) > 14 {
		return strings.TrimRight(strings.Join(fs[:12], " "), ",;:") + " …"
	}
	p = strings.Join(fs, " ")
	if hasCJK(p) && utf8.RuneCountInString(p) > maxLeadRunes {
		return string([]rune(p)[:maxLeadRunes]) + "…"
	}
	return p
}

// sentenceEndRe matches a sentence's end: a stop, a space, a capital.
var sentenceEndRe = textutil.LazyRegexp(`[.!?]\s+\p{Lu}`)

// maxLeadRunes bounds a title made of a text's first words in a script
// without spaces.
const maxLeadRunes = 60

func parasLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}

// finishDoc gives a document its URL, code and series.
func (x *htmlPage) finishDoc(d *pub.Document) {
	if x.url != "" && d.URL == "" {
		x.k.SetURL(d, x.pr, x.url)
	}
	if d.Code == "" {
		if pdf, _ := x.meta.first("citation_pdf_url"); pdf != "" {
			d.Code = fields.CodeFromURL(x.absURL(pdf), x.prefixes())
		}
	}
	if d.Series == "" && d.URL != "" {
		d.Series = x.seriesByURL(d.URL)
	}
	if d.Series == "" && d.Code != "" {
		d.Series = x.pr.SeriesOfCode(d.Code)
	}
}

// other handles a page that is not a publication.
func (x *htmlPage) other(kind, why string) page.Result {
	var title string
	var authors []string
	var date pub.Date
	if x.k.KeepOther() {
		title, _, _ = x.title()
		authors = x.authors(nil)
		date = x.metaDate()
	}
	return x.k.Other(kind, why, title, date, authors, x.pr, x.url)
}

// dumpLayout reports whether the page is from a site whose articles read
// like its text dumps (a "CODE | Title" heading, SYNOPSIS and COMMENTARY
// headings, a Categories line), as RSIS pages do.
func (x *htmlPage) dumpLayout() bool {
	return x.pr != x.k.Generic() && len(x.pr.BodyHeadings) > 0 && len(x.pr.CodePrefixes) > 0
}

// readDump renders the page as a text dump and reads it with the text-dump
// parser, so such pages give what their dumps give; the metadata fills in
// what the article does not say. ok is false when the page has no
// SYNOPSIS or COMMENTARY heading at all.
func (x *htmlPage) readDump() (page.Result, bool) {
	text := dumpText(x.root)
	if !textpage.HasSections(text, x.rules) {
		return page.Result{}, false
	}
	r := textpage.ReadText(text, x.url, x.k)
	d := r.Doc
	if d == nil || d.PageType != "" && d.PageType != pub.PageTypePublication {
		return r, true
	}
	if len(d.Authors) == 0 {
		d.Authors = x.authors(nil)
	}
	if meta := x.metaDate(); d.Date.IsZero() {
		d.Date = meta
	} else if !meta.IsZero() && !datesAgree(d.Date, meta) {
		r.Warnings = append(r.Warnings, fmt.Sprintf("the page's date %s disagrees with its metadata %s: kept %s", d.Date, meta, d.Date))
	}
	x.finishDoc(d)
	return r, true
}

// pageURL returns the page's own absolute address: <link rel=canonical>,
// og:url, citation_abstract_html_url, the address recorded when the page
// was saved, the JSON-LD url, or a DC.identifier that is a URL. A relative
// address is resolved against the first absolute one. Site roots
// ("https://site/") are no publication's address and are refused.
func (x *htmlPage) pageURL() string {
	m := x.meta
	cands := []string{m.canonical}
	for _, k := range []string{"og:url", "citation_abstract_html_url"} {
		cands = append(cands, m.all(k)...)
	}
	cands = append(cands, m.savedFrom)
	if a := m.ldArticle(); a != nil {
		cands = append(cands, ldText(a["url"]))
		if me, ok := m.ldResolve(a["mainEntityOfPage"]).(map[string]any); ok {
			cands = append(cands, ldText(me["@id"]), ldText(me["url"]))
		} else {
			cands = append(cands, ldText(a["mainEntityOfPage"]))
		}
	}
	// Dublin Core identifiers are often a short link or a DOI: last.
	cands = append(cands, m.all("dc.identifier")...)
	cands = append(cands, m.all("dcterms.identifier")...)
	var base *url.URL
	for _, c := range cands {
		if u, err := url.Parse(strings.TrimSpace(c)); err == nil && u.IsAbs() && u.Host != "" {
			base = u
			break
		}
	}
	rootOnly := false
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" || strings.HasPrefix(c, "urn:") || strings.HasPrefix(c, "doi:") {
			continue
		}
		u, err := url.Parse(c)
		if err != nil {
			continue
		}
		if !u.IsAbs() {
			if base == nil || !strings.HasPrefix(c, "/") {
				continue
			}
			u = base.ResolveReference(u)
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
			continue
		}
		if strings.Trim(u.Path, "/") == "" && u.RawQuery == "" || address.Site(u.String()) == address.Home {
			rootOnly = true // a canonical left at the site's home ("/", "/en/", "/index.php") names no page
			continue
		}
		if _, err := fields.CanonicalURL(u.String(), nil); err != nil {
			continue
		}
		return u.String()
	}
	if rootOnly {
		x.warn = append(x.warn, "the page's canonical address is its site's home page: URL left empty")
	}
	return ""
}

// absURL resolves a possibly relative link against the page's address.
func (x *htmlPage) absURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return ""
	}
	if u.IsAbs() {
		return u.String()
	}
	base, err := url.Parse(x.url)
	if err != nil || x.url == "" {
		return ""
	}
	return base.ResolveReference(u).String()
}

// profile picks the site profile of the page: by the host of its address,
// else by the name the page gives its site, else by the site's marker
// phrases in the page's chrome (title, header, menus, footer).
func (x *htmlPage) profile() *site.Profile {
	p := x.k
	if host := fields.HostOf(x.url); host != "" {
		for _, pr := range p.Profiles() {
			if pr.MatchesHost(host) {
				return pr
			}
		}
		return p.Generic()
	}
	m := x.meta
	var said []string
	for _, k := range []string{"og:site_name", "application-name", "citation_publisher", "dc.publisher", "dcterms.publisher"} {
		said = append(said, m.all(k)...)
	}
	for _, o := range m.ld {
		said = append(said, m.ldName(o["publisher"]))
	}
	for _, s := range said {
		k := pub.FoldKey(s)
		if k == "" {
			continue
		}
		for _, pr := range p.Profiles() {
			if k == pub.FoldKey(pr.Publisher) || k == pub.FoldKey(pr.Name) {
				return pr
			}
			for _, mk := range pr.Markers {
				if k == pub.FoldKey(mk) {
					return pr
				}
			}
		}
	}
	chrome, hosts := chromeText(x.root)
	chrome = m.title + "\n" + strings.Join(said, "\n") + "\n" + chrome
	best, bestN := p.Generic(), 1
	for _, pr := range p.Profiles() {
		n := 0
		for _, mk := range pr.Markers {
			if mk != "" && strings.Contains(chrome, mk) {
				n++
			}
		}
		for h := range hosts {
			if pr.MatchesHost(h) {
				n++
				break
			}
		}
		if n > bestN {
			best, bestN = pr, n
		}
	}
	return best
}

// chromeText returns the text of the page's header, menus and footer, and
// the hosts their links point to.
func chromeText(root *html.Node) (string, map[string]bool) {
	var sb strings.Builder
	hosts := map[string]bool{}
	var walk func(n *html.Node, in bool, depth int)
	walk = func(n *html.Node, in bool, depth int) {
		if depth > maxRenderDepth {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Header || n.DataAtom == atom.Footer || n.DataAtom == atom.Nav || chromeBox(n):
				if !in {
					sb.WriteString(nodeText(n))
					sb.WriteByte('\n')
				}
				in = true
			case n.DataAtom == atom.A:
				if in {
					if h := fields.HostOf(attr(n, "href")); h != "" {
						hosts[h] = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in, depth+1)
		}
	}
	walk(root, false, 0)
	return sb.String(), hosts
}

// chromeBoxTokens are class and id words of the page's header, menus and
// footer in layouts that predate <header> and <footer>.
var chromeBoxTokens = textutil.SetOf("header", "footer", "masthead", "menu", "nav", "navbar", "navigation", "topbar", "banner")

func chromeBox(n *html.Node) bool {
	for _, t := range classTokens(n) {
		if chromeBoxTokens[t] {
			return true
		}
		for _, suf := range []string{"nav", "menu", "header", "footer"} {
			if strings.HasSuffix(t, suf) {
				return true
			}
		}
	}
	return false
}

// siteNames returns what the site calls itself.
func (x *htmlPage) siteNames() []string {
	m := x.meta
	var out []string
	if x.pr != x.k.Generic() {
		out = append(out, x.pr.Publisher, x.pr.Name)
		out = append(out, x.pr.Markers...)
	}
	for _, k := range []string{"og:site_name", "application-name", "citation_publisher", "dc.publisher", "dcterms.publisher", "twitter:site"} {
		for _, v := range m.all(k) {
			out = append(out, strings.TrimPrefix(v, "@"))
		}
	}
	for _, o := range m.ld {
		if ldIs(o, ldSiteTypes) {
			out = append(out, ldText(o["name"]), ldText(o["alternateName"]))
		}
		out = append(out, m.ldName(o["publisher"]))
	}
	// A "site name" that is the page's own title, or a sentence, is a
	// mistake of the page's metadata.
	titles := map[string]bool{}
	for _, k := range []string{"og:title", "twitter:title", "citation_title", "dc.title", "dcterms.title"} {
		for _, v := range m.all(k) {
			titles[pub.FoldKey(v)] = true
		}
	}
	if a := m.ldArticle(); a != nil {
		titles[pub.FoldKey(ldText(a["headline"]))] = true
	}
	var keep []string
	for i, s := range out {
		s = textutil.CleanSpace(s)
		if s == "" || len(strings.Fields(s)) > 8 || titles[pub.FoldKey(s)] && (x.pr == x.k.Generic() || i >= 2) {
			continue
		}
		keep = append(keep, s)
	}
	return keep
}

// isSiteName reports whether s is the site's own name, as the page gives
// it or as its host spells it ("csis.org" for "CSIS").
func (x *htmlPage) isSiteName(s string) bool {
	if x.namedSite(s) {
		return true
	}
	l := lettersOnly(s)
	if h := fields.HostOf(x.url); h != "" && l != "" {
		label, _, _ := strings.Cut(h, ".")
		if l == lettersOnly(label) || l == lettersOnly(h) {
			return true
		}
	}
	return false
}

// namedSite reports whether s is a name the page gives its site. Unlike
// isSiteName it does not compare with the host, whose name can be a
// person's ("janedoe.net").
func (x *htmlPage) namedSite(s string) bool {
	k := pub.FoldKey(s)
	if k == "" {
		return false
	}
	l := lettersOnly(s)
	for _, n := range x.names {
		if k == pub.FoldKey(n) || l != "" && l == lettersOnly(n) {
			return true
		}
	}
	return false
}

func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// publisher is the profile's publisher, or for an unknown site the name
// the page gives its publisher.
func (x *htmlPage) publisher() string {
	if x.pr != x.k.Generic() {
		return x.pr.Publisher
	}
	m := x.meta
	if a := m.ldArticle(); a != nil {
		if n := m.ldName(a["publisher"]); n != "" {
			return n
		}
	}
	v, _ := m.first("citation_publisher", "dc.publisher", "dcterms.publisher", "og:site_name")
	return v
}

func (x *htmlPage) prefixes() []string { return x.k.CodePrefixes(x.pr) }

var seriesRes sync.Map // pattern -> *regexp.Regexp, or nil when it does not compile

// seriesByURL returns the series the profile files under the URL's path.
func (x *htmlPage) seriesByURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	path := strings.ToLower(u.Path)
	for _, s := range x.pr.SeriesByURL {
		v, ok := seriesRes.Load(s.URL)
		if !ok {
			re, err := regexp.Compile(s.URL)
			if err != nil {
				re = nil
			}
			v, _ = seriesRes.LoadOrStore(s.URL, re)
		}
		if re, _ := v.(*regexp.Regexp); re != nil && re.MatchString(path) {
			return s.Series
		}
	}
	return ""
}

// Text is the text of an HTML fragment rendered as a page dump, for a
// JSON Lines record whose html field holds the article alone.
func Text(fragment string) (string, error) {
	root, _, err := parseTree(fragment)
	if err != nil {
		return "", err
	}
	return dumpText(root), nil
}
