package htmlpage

import (
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"github.com/pubindex/pubindex/ingest/site"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// menuLabels returns the folded text of the short links in menus, headers
// and footers (not in breadcrumbs or headings): a title equal to one is a
// menu label, not a publication's title.
func menuLabels(root *html.Node) map[string]bool {
	out := map[string]bool{}
	var walk func(n *html.Node, in bool, depth int)
	walk = func(n *html.Node, in bool, depth int) {
		if depth > maxRenderDepth || n.Type == html.ElementNode && (isBreadcrumb(n) || headingLevel(n) > 0) {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Nav || n.DataAtom == atom.Header || n.DataAtom == atom.Footer ||
				attr(n, "role") == "navigation" || attr(n, "role") == "menu" || attr(n, "role") == "menubar":
				in = true
			case in && n.DataAtom == atom.A:
				t := nodeText(n)
				if w := len(strings.Fields(t)); w > 0 && w <= 4 {
					out[pub.FoldKey(t)] = true
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in, depth+1)
		}
	}
	walk(root, false, 0)
	return out
}

// findAll returns the element nodes under root for which keep is true, in
// document order.
func findAll(root *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxRenderDepth {
			return
		}
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return out
}

// within reports whether n has an ancestor (not n itself) for which f is
// true.
func within(n *html.Node, f func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && f(p) {
			return true
		}
	}
	return false
}

func isTag(as ...atom.Atom) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, a := range as {
			if n.DataAtom == a {
				return true
			}
		}
		return false
	}
}

func isMainContainer(n *html.Node) bool {
	return n.DataAtom == atom.Article || n.DataAtom == atom.Main || attr(n, "role") == "main"
}

// logoTokens mark the site's own name or logo, which some sites put in an
// <h1>.
var logoTokens = textutil.SetOf("logo", "brand", "branding", "sitename", "sitetitle", "masthead")

// logoClass reports whether an element's class or id marks the site's
// logo or name ("site-logo", "site-title", "brand").
func logoClass(n *html.Node) bool {
	toks := classTokens(n)
	site := false
	for _, t := range toks {
		if logoTokens[t] {
			return true
		}
		site = site || t == "site"
	}
	if site {
		for _, t := range toks {
			if t == "title" || t == "name" {
				return true
			}
		}
	}
	return false
}

// mainHeading returns the <h1> of the article: not the site logo, not in
// a menu, footer or sidebar, with a plausible title; when there are
// several, the one in the <article> or <main> element, then the one
// closest to the metadata title.
func (x *htmlPage) mainHeading() *html.Node {
	metaTitle, src := x.metaTitleSource()
	var best *html.Node
	bestScore := -1
	for _, h := range findAll(x.root, isTag(atom.H1)) {
		if within(h, isTag(atom.Nav, atom.Aside, atom.Footer)) || hiddenElement(h) || within(h, hiddenElement) {
			continue
		}
		logo := false
		for n, k := h, 0; n != nil && k < 3 && !logo; n, k = n.Parent, k+1 {
			logo = logoClass(n)
		}
		for _, d := range findAll(h, func(n *html.Node) bool { return n != h }) {
			logo = logo || logoClass(d)
		}
		t := nodeText(h)
		if logo || !x.plausibleTitle(t) || x.otherTitle(t, metaTitle, src) || x.blogNameHeading(h, t) {
			continue
		}
		score := 0
		if within(h, isMainContainer) {
			score += 2
		}
		if metaTitle != "" && wordOverlap(t, metaTitle) > 0 {
			score++
		}
		if score > bestScore {
			best, bestScore = h, score
		}
	}
	return best
}

// lowerHeading is the title of a page without an <h1> or title metadata:
// its first <h2> to <h4> outside the page's furniture that reads as a
// title, as old and hand-made pages head their text; a heading after the
// text has begun (in paragraphs, divisions, table cells or lines broken
// by <br>) heads a section of it or the furniture under it.
func (x *htmlPage) lowerHeading() string {
	text, found := 0, ""
	var walk func(n *html.Node, depth int) bool // false stops the walk
	walk = func(n *html.Node, depth int) bool {
		if depth > maxRenderDepth {
			return true
		}
		switch n.Type {
		case html.TextNode:
			if text += len(strings.TrimSpace(n.Data)); text > sectionAfter {
				return false
			}
			return true
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Aside, atom.Footer, atom.Header:
				return true
			}
			if hiddenElement(n) || x.inChrome(n) {
				return true
			}
			if n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4 {
				t := textutil.CleanSpace(nodeText(n))
				if low := strings.ToLower(strings.Trim(t, " :")); synopsisWords[low] || endHeadingRe().MatchString(low) {
					return false // the text's own section ("Key findings") or what follows it: no title above
				}
				if x.plausibleTitle(t) && len(strings.Fields(t)) <= 30 {
					found = t
					return false
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c, depth+1) {
				return false
			}
		}
		return true
	}
	walk(x.root, 0)
	return found
}

// sectionAfter is how much text comes before a heading that heads a
// section of the text or the furniture under it, not the text: a line
// of a menu or two, a kicker, a byline.
const sectionAfter = 150

// articleRegion is the <article> or <main> around the main heading (or
// <body> when the heading sits in a banner above them); without a heading,
// the <main>, else the only <article>, else <body>.
func (x *htmlPage) articleRegion() *html.Node {
	body := x.root
	if b := findAll(x.root, isTag(atom.Body)); len(b) > 0 {
		body = b[0]
	}
	if x.h1 != nil {
		for p := x.h1.Parent; p != nil; p = p.Parent {
			if p.Type == html.ElementNode && isMainContainer(p) {
				return p
			}
		}
		return body
	}
	if mains := findAll(x.root, isTag(atom.Main)); len(mains) > 0 {
		return mains[0]
	}
	if arts := findAll(x.root, isTag(atom.Article)); len(arts) == 1 {
		return arts[0]
	}
	return body
}

// chromeTokens are class and id words of site furniture.
var chromeTokens = textutil.SetOf("share", "sharing", "shares", "social", "socials", "sharethis", "addthis",
	"related", "recommended", "newsletter", "newsletters", "subscribe", "subscription", "signup",
	"cookie", "cookies", "consent", "gdpr", "comments", "comment", "commentlist", "disqus", "respond",
	"breadcrumb", "breadcrumbs", "pagination", "pager", "promo", "advert", "advertisement", "ads",
	"sponsor", "sponsored", "popup", "modal", "sidebar", "widget", "widgets", "toolbar", "print",
	"skip", "menu", "navbar", "navigation", "footer", "masthead", "donate", "donation", "cta",
	"readmore", "tools", "player", "tags", "jump", "caption", "credit", "credits", "gallery", "slideshow", "carousel")

// chromePrefixes start class words of site furniture ("sharebar",
// "socialmedia", "relatedposts").
var chromePrefixes = []string{"share", "social", "newsletter", "subscri", "cookie", "related", "breadcrumb", "disqus", "advert", "sponsor"}

func isChromeToken(t string) bool {
	if chromeTokens[t] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return strings.HasPrefix(t, "comment") && !strings.HasPrefix(t, "commentar")
}

var chromeRoles = textutil.SetOf("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar")

// findChrome returns the elements that are site furniture: menus, sidebars
// and footers, the site header, forms, share buttons, related articles,
// newsletter boxes, cookie banners and comments, and what the profile's
// drop selector names. An element that holds the main heading is never
// furniture, and neither is one that holds most of the page's paragraph
// text unless it is a menu, sidebar or footer.
func (x *htmlPage) findChrome() map[*html.Node]bool {
	out := map[*html.Node]bool{}
	dropped := map[*html.Node]bool{}
	if x.pr.HTML != nil && strings.TrimSpace(x.pr.HTML.Drop) != "" {
		x.doc.Find(x.pr.HTML.Drop).Each(func(_ int, s *goquery.Selection) {
			for _, n := range s.Nodes {
				dropped[n] = true
			}
		})
	}
	ptext := map[*html.Node]int{}
	all := measureText(x.root, atom.P, true, ptext)
	// Pages whose text is not in <p> elements (<br> layouts) are measured
	// by the text outside links instead.
	prose := ptext
	linkless := all < 500 // prose is then the text outside links
	if linkless {
		prose = map[*html.Node]int{}
		all = measureText(x.root, atom.A, false, prose)
	}
	// holdsText: n holds more than share tenths of the page's prose
	holdsText := func(n *html.Node, share int) bool {
		return all > 0 && prose[n]*10 > all*share
	}
	// The elements around the article's body, as the page marks it (a blog
	// platform's "widget" that holds its post, say), are no furniture by
	// their class words: the largest marked element, when it holds a good
	// share of the page's text outside links (comments and boxes are
	// marked the same way, but hold less).
	aroundBody := map[*html.Node]bool{}
	if marks := findAll(x.root, articleBodyMark); len(marks) > 0 {
		free, allFree := prose, all
		if !linkless {
			free = map[*html.Node]int{}
			allFree = measureText(x.root, atom.A, false, free)
		}
		best := marks[0]
		for _, m := range marks[1:] {
			if free[m] > free[best] {
				best = m
			}
		}
		if free[best]*10 >= allFree*3 {
			for p := best; p != nil; p = p.Parent {
				aroundBody[p] = true
			}
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxRenderDepth {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html {
			hard, soft := x.chromeKind(n)
			if soft && aroundBody[n] {
				soft = false
			}
			if hard && n.DataAtom == atom.Aside && holdsText(n, 5) && all-prose[n] < asideOutside {
				hard, soft = false, true // an <aside> that holds the page's text is the article, set in the wrong element
			}
			if dropped[n] {
				hard = true
			}
			holdsH1 := x.h1 != nil && isAncestor(n, x.h1)
			if hard && !holdsH1 || soft && !holdsH1 && !holdsText(n, 4) {
				out[n] = true
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(x.root, 0)
	return out
}

// chromeKind says whether n is furniture by its tag (hard) or by its class,
// id or role (soft, because layouts name their wrappers like that too).
func (x *htmlPage) chromeKind(n *html.Node) (hard, soft bool) {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer:
		return true, false
	case atom.Form, atom.Dialog, atom.Figcaption:
		return false, true
	case atom.Figure:
		// A picture and its caption; a figure that holds a table is data.
		if len(findAll(n, isTag(atom.Table))) == 0 {
			return false, true
		}
	case atom.Header:
		if !within(n, isMainContainer) {
			return false, true
		}
	}
	if chromeRoles[strings.ToLower(attr(n, "role"))] || isBreadcrumb(n) {
		return false, true
	}
	for _, t := range classTokens(n) {
		if isChromeToken(t) {
			return false, true
		}
	}
	return false, false
}

// inChrome reports whether n is inside site furniture.
func (x *htmlPage) inChrome(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if x.chrome[n] {
			return true
		}
	}
	return false
}

// headerZone returns the short lines around the title at the top of the
// article (kicker, byline, date), up to the first paragraph of text; on a
// page whose title is not in it, the short lines at its top.
func (x *htmlPage) headerZone(title string) []block {
	blocks := renderBlocks(x.region)
	at := -1
	for i, b := range blocks {
		if x.h1 != nil && b.owner != nil && isAncestor(x.h1, b.owner) ||
			x.h1 == nil && pub.FoldKey(b.text) == pub.FoldKey(title) {
			at = i
			break
		}
	}
	from, to := max(0, at-3), min(len(blocks), at+10)
	if at < 0 {
		// No heading on the page: the top of the article.
		from, to = 0, min(len(blocks), 10)
	}
	var zone []block
	for i := from; i < to; i++ {
		b := blocks[i]
		if b.owner != nil && (x.inChrome(b.owner) || holdsModified(b.owner)) || i == at {
			continue
		}
		if i > at && len(b.text) > 200 {
			break
		}
		zone = append(zone, b)
	}
	return zone
}

// content returns the synopsis and the body paragraphs: the profile's
// synopsis and body elements when they are there, else the readability
// extract of the page with its furniture removed.
func (x *htmlPage) content(title string, authors []string) (syn, body []string) {
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Synopsis }); rule != "" {
		for _, n := range x.doc.Find(rule).Nodes {
			if x.inChrome(n) {
				continue
			}
			for _, b := range renderBlocks(n) {
				low := strings.ToLower(strings.TrimRight(b.text, ":"))
				if x.rules.Synopsis[low] || synopsisWords[low] {
					continue
				}
				syn = append(syn, x.bullet(b))
			}
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
			break
		}
	}
	for n := range x.chrome {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var blocks []block
	if rule := x.rule(func(r *site.HTMLRules) string { return r.Body }); rule != "" {
		var best *html.Node
		bestLen := 0
		for _, n := range x.doc.Find(rule).Nodes {
			if l := len(nodeText(n)); l > bestLen {
				best, bestLen = n, l
			}
		}
		if best != nil && bestLen >= 200 {
			blocks = renderBlocks(best)
		}
	}
	if blocks != nil {
		// The readability extract only matters when the profile's body is
		// short: it costs a copy of the page and a scoring pass.
		if n := textLen(blocks); n < 1000 {
			if alt := x.readable(); textLen(alt) > 3*n {
				x.warn = append(x.warn, "the profile's body element holds little text: used the readability extract")
				blocks = alt
			}
		}
	} else if blocks = x.readable(); textLen(blocks) < 200 {
		if alt := renderBlocks(x.region); textLen(alt) > textLen(blocks) {
			blocks = alt
		}
	}
	s, b := x.cleanBody(blocks, title, authors)
	if len(syn) == 0 {
		syn = s
	}
	return syn, b
}

func textLen(bs []block) int {
	n := 0
	for _, b := range bs {
		n += len(b.text)
	}
	return n
}

// readable runs the readability extractor on the page (its furniture
// already removed) and returns the article's paragraphs.
func (x *htmlPage) readable() (out []block) {
	defer func() {
		if recover() != nil { // a bug in the extractor must not stop the ingest
			x.warn = append(x.warn, "the readability extractor failed on this page")
			out = nil
		}
	}()
	var u *url.URL
	if x.url != "" {
		u, _ = url.Parse(x.url)
	}
	art, err := readabilityFromDocument(x.root, u)
	if err != nil || art == nil {
		return nil
	}
	return renderBlocks(art)
}

// synopsisWords are headings that introduce a summary on many sites.
var synopsisWords = textutil.SetOf("synopsis", "abstract", "summary", "executive summary", "key findings", "key points", "in brief", "key takeaways", "at a glance", "highlights")

// endHeadingRe matches the headings under which an article's page goes on
// with something else: related articles, comments, tags. (A newsletter
// box is dropped, not cut at: sites put them in the middle of articles.)
var endHeadingRe = textutil.LazyRegexp(`^(related( (articles?|content|posts|publications|reading|analysis|research|commentar(y|ies)|stories|items))?|read next|more (on this topic|from (the|this) authors?|like this|in this series|analysis|commentary)|you (may|might) also (like|enjoy|be interested in)|recommended( reading| for you)?|(\d+ )?comments?|leave a (reply|comment)|join the (conversation|discussion)|tags|topics|keywords|more about( this( topic)?)?|explore more|latest (articles|analysis|posts|news|publications)|most (read|popular)|popular (posts|articles))$`)

// chromeLineRe matches short lines of site furniture inside an article.
var chromeLineRe = textutil.LazyRegexp(`^(share( (this|on \w+|article|page|via \w+|this (article|page|post)))?|tweet|email|e-mail|print( this( page| article)?)?|copy link|link copied|listen( to this article)?|save( article)?|download( pdf| the pdf| report| this report)?|read more|back to top|follow us\b.*|subscribe\b.*|sign up\b.*|advert(isement)?|skip to .*|\d+ min(ute)?s? read|reading time:? .*|photo|image|video|newsletter|(sign up|subscribe) (for|to) (our|the) newsletters?.*)$`)

var cookieRe = textutil.LazyRegexp(`(?i)\b(we use|this (web)?site uses|uses?) cookies\b|\baccept (all )?cookies\b|\bcookie (policy|settings|preferences)\b`)

// commentsClosedRe matches the notice that opens a closed comment thread,
// naming what the comments were on ("Comments are now closed for this
// story"), run into the first commenter's name on some pages. A
// consultation's "Comments are now closed." and "Comments are closed
// until Monday" are an article's own lines.
var commentsClosedRe = textutil.LazyRegexp(`^comments are (now )?closed for this (story|article|post|entry)( \S+){0,2}$`)

// articleBelow reports whether the blocks hold three paragraphs or more
// and the article's byline or date opens them: an end heading ("Latest
// News") with only labels above it and an article's head below is a
// sidebar's that the extractor set before the article, not the article's
// end.
func articleBelow(blocks []block) bool {
	head, n := false, 0
	for k, b := range blocks {
		if k < 3 && len(b.text) < 80 && isHeaderText(b.text) {
			head = true
		}
		if len(b.text) >= minParagraph {
			if n++; n >= 3 {
				return head
			}
		}
	}
	return false
}

// headerIn reports whether a byline or a date stands among the blocks:
// the article has begun above an end heading, which then ends it.
func headerIn(blocks []block) bool {
	for _, b := range blocks {
		if len(b.text) < 80 && isHeaderText(b.text) {
			return true
		}
	}
	return false
}

// isHeaderText reports whether t is an article's byline or date line:
// "By …", "Published …", a date alone.
func isHeaderText(t string) bool {
	_, ok := fields.ParseDate(strings.TrimSpace(t), fields.DayFirst)
	return ok || stampRe().MatchString(t) || strings.HasPrefix(strings.ToLower(strings.TrimSpace(t)), "by ")
}

// menuEntry reports whether block i is a link in a run of five linked
// list items or more, a menu's entry ("Latest News" among "Top Stories",
// "Weather", …), or a block wholly a link ("Comments" under the date); the
// caller passes such an entry only before the article's text, where it is
// not a heading that ends the article.
func menuEntry(blocks []block, i int) bool {
	linkItem := func(b block) bool { return b.heading == 0 && b.item && b.links*2 >= len(b.text) }
	if b := blocks[i]; b.heading == 0 && !b.item && b.links >= len(strings.TrimSpace(b.text)) {
		return true // a link to the comments under the date ("Comments"), not their heading
	}
	if !linkItem(blocks[i]) {
		return false
	}
	lo, hi := i, i
	for lo > 0 && linkItem(blocks[lo-1]) {
		lo--
	}
	for hi+1 < len(blocks) && linkItem(blocks[hi+1]) {
		hi++
	}
	return hi-lo+1 >= 5 // a site's menu; three or four tabs ("Latest News", "Most Popular", "Opinion") head a section's list
}

// relatedBoxEnd is the index after a box of related links that opens at
// block i (a "Related …" heading, then list items in links) when no text
// but menus and links stands above it (aboveText, under labelsOnly bytes)
// and three paragraphs follow the box, the first naming a word of the
// title; i otherwise.
func relatedBoxEnd(blocks []block, i int, low, title string, aboveText int) int {
	b := blocks[i]
	if i == 0 || aboveText >= labelsOnly || b.heading == 0 && len(b.text) > 40 || !strings.HasPrefix(low, "related") || !endHeadingRe().MatchString(low) {
		return i
	}
	k := i + 1
	for k < len(blocks) && blocks[k].item && blocks[k].links*2 >= len(blocks[k].text) {
		k++
	}
	if k == i+1 {
		return i // a heading with no list of links under it
	}
	n, told := 0, false
	for _, p := range blocks[k:min(len(blocks), k+6)] {
		if len(p.text) >= minParagraph && p.links*4 < len(p.text) {
			n++
			told = told || n == 1 && sharesWord(title, p.text)
		}
	}
	if n < 3 || !told {
		return i
	}
	return k
}

// kindWords name a page's kind in its title ("Podcast: …", "Video: …"),
// which its boilerplate names too.
var kindWords = map[string]bool{"podcast": true, "episode": true, "video": true, "webinar": true, "interview": true, "event": true,
	"launch": true, "report": true, "briefing": true, "series": true, "audio": true}

// commonWords are words of five letters or more that any text holds.
var commonWords = map[string]bool{"about": true, "after": true, "again": true, "their": true, "which": true, "there": true, "these": true,
	"those": true, "where": true, "while": true, "would": true, "could": true, "should": true, "other": true, "first": true, "under": true,
	"since": true, "between": true, "through": true, "against": true, "before": true, "being": true, "every": true, "never": true,
	"still": true, "three": true, "years": true, "today": true, "world": true, "people": true}

// sharesWord reports whether text holds one of title's words of five
// letters or more, its kind's and common words apart: a story's first
// paragraph tells what its headline names, a site's boilerplate does not.
func sharesWord(title, text string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		words[w] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 5 && words[w] && !kindWords[w] && !commonWords[w] {
			return true
		}
	}
	return false
}

// minParagraph is the length from which a block is a paragraph of the
// article rather than a heading, a label or a link; labelsOnly is the
// text of labels alone above an end heading that a sidebar set first.
const (
	minParagraph = 120
	labelsOnly   = 60
	// commentsAfter is the article's text above a closed thread's notice:
	// a notice over the text is a consultation's, not the comments' start
	commentsAfter = 300
)

// cleanBody turns the article's blocks into synopsis and body paragraphs:
// it drops the header lines above the text (title, byline, date, kicker),
// stops where the footer or the related articles and comments start,
// splits off a summary under a SYNOPSIS, Summary or Key Findings heading,
// and drops share buttons, cookie notices and repeated lines.
func (x *htmlPage) cleanBody(blocks []block, title string, authors []string) (syn, body []string) {
	end := len(blocks)
	above := 0     // the text above, headings apart
	aboveText := 0 // the same, menus and links apart
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		t := b.text
		low := strings.ToLower(strings.Trim(t, " :.•"))
		_, cats := fields.CategoriesLine(t)
		if k := relatedBoxEnd(blocks, i, low, title, aboveText); k > i {
			// a box of related links set between the article's head and
			// its first paragraph: dropped, where ending there would
			// leave the article without its text
			blocks = append(blocks[:i:i], blocks[k:]...)
			end = len(blocks)
			i--
			continue
		}
		if x.rules.IsFooter(t) || i > 0 && cats ||
			i > 0 && (b.heading > 0 || len(t) <= 40) && len(strings.Fields(t)) <= 6 && endHeadingRe().MatchString(low) && !(aboveText < labelsOnly && menuEntry(blocks, i)) && (above >= labelsOnly || headerIn(blocks[:i]) || !articleBelow(blocks[i+1:])) ||
			above >= commentsAfter && len(t) <= 80 && commentsClosedRe().MatchString(low) ||
			i > 0 && b.heading > 0 && low == "read more" { // not the button that unfolds the rest of the article
			end = i
			break
		}
		if b.heading == 0 {
			above += len(strings.TrimSpace(t))
			if !b.item && b.links*2 < len(t) {
				aboveText += len(strings.TrimSpace(t))
			}
		}
	}
	blocks = blocks[:end]
	authorSet := map[string]bool{}
	for _, a := range authors {
		authorSet[pub.FoldKey(a)] = true
	}
	crumbs := map[string]bool{}
	for _, c := range x.meta.crumbs {
		crumbs[pub.FoldKey(c)] = true
	}
	for _, s := range x.meta.all("article:section") {
		crumbs[pub.FoldKey(s)] = true
	}
	// Header lines above the first paragraph.
	start := 0
	for start < len(blocks) && start < 12 {
		t := blocks[start].text
		if len(t) >= 150 || !x.headerLine(t, title, authorSet, crumbs) {
			break
		}
		start++
	}
	blocks = blocks[start:]
	// Bylines and dates under a standfirst: the header goes on below it.
	for i := 1; i < len(blocks) && i < 6; i++ {
		t := blocks[i].text
		if len(t) < 150 && (x.headerLine(t, title, authorSet, crumbs) || stampRe().MatchString(t)) {
			blocks = append(blocks[:i:i], blocks[i+1:]...)
			i--
		}
	}
	// A summary under its heading at the top.
	for i := 0; i < len(blocks) && i < 4; i++ {
		low := strings.ToLower(strings.TrimRight(blocks[i].text, ": "))
		if !(x.rules.Synopsis[low] || synopsisWords[low]) || blocks[i].heading == 0 && len(blocks[i].text) > 40 {
			continue
		}
		// The summary runs to the next heading, or to the end of the box
		// that holds its heading.
		var box *html.Node
		if blocks[i].owner != nil {
			box = blocks[i].owner.Parent
		}
		j := i + 1
		for j < len(blocks) && blocks[j].heading == 0 && !x.rules.Body[strings.ToLower(blocks[j].text)] &&
			(box == nil || blocks[j].owner == nil || isAncestor(box, blocks[j].owner)) {
			j++
		}
		if j == len(blocks) && j > i+2 {
			j = i + 2 // no heading after it: the summary is its first paragraph
		}
		for _, b := range blocks[i+1 : j] {
			if !x.dropLine(b.text) {
				syn = append(syn, x.bullet(b))
			}
		}
		blocks = append(blocks[:i:i], blocks[j:]...)
		break
	}
	pointers := pointerLines(blocks)
	for i, b := range blocks {
		t := b.text
		low := strings.ToLower(t)
		if x.rules.Body[low] || x.rules.Synopsis[low] || x.dropLine(t) || pointers[i] {
			continue
		}
		t = x.bullet(b)
		if len(body) > 0 && body[len(body)-1] == t {
			continue
		}
		body = append(body, t)
	}
	return syn, body
}

func (x *htmlPage) bullet(b block) string {
	if b.item {
		return "• " + b.text
	}
	return b.text
}

// maxLinkLine is the length under which a block that is nearly all link is
// a pointer to another page (related articles, "Read more: ..."), not text.
const maxLinkLine = 200

// linkLine reports whether a block is a short line that is nearly all link.
func linkLine(b block) bool {
	return len(b.text) <= maxLinkLine && b.links*10 >= len(b.text)*8
}

// pointerLines marks the link lines that point away from the article: runs
// of them (a list of related articles) and single ones under a label
// ("Read more: ..."). A lone link line in the text is the article's own
// (a source, a shop).
func pointerLines(blocks []block) []bool {
	out := make([]bool, len(blocks))
	for i, b := range blocks {
		if !linkLine(b) {
			continue
		}
		run := i > 0 && linkLine(blocks[i-1]) || i+1 < len(blocks) && linkLine(blocks[i+1])
		label := strings.IndexByte(b.text, ':')
		labelled := label > 0 && label <= 25 && len(b.text)-b.links >= label
		out[i] = run || labelled
	}
	return out
}

// dropLine reports whether a line is site furniture inside the article.
func (x *htmlPage) dropLine(t string) bool {
	low := strings.ToLower(strings.Trim(t, " :.|•›»"))
	if x.rules.Drop[low] || len(t) <= 120 && (chromeLineRe().MatchString(low) || socialOnly(low)) {
		return true
	}
	if len(t) <= 100 && stampRe().MatchString(t) || len(t) <= 200 && copyrightRe().MatchString(t) {
		return true
	}
	return len(t) <= 400 && cookieRe().MatchString(t)
}

// copyrightRe matches the site's copyright line.
var copyrightRe = textutil.LazyRegexp(`(?i)^(©|\(c\)|ⓒ|copyright\b)|©\s*\d{4}|\ball rights reserved\b`)

// creditRe matches the credit line of a picture above an article.
var creditRe = textutil.LazyRegexp(`(?i)^(photo|image|picture|credit|source|illustration)s?( credit)?\s*:|getty images|reuters|\bafp\b|\bap photo\b|shutterstock|unsplash|wikimedia commons|\bepa\b`)

// stampRe matches a line that stamps when the article was published or
// updated ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM").
var stampRe = textutil.LazyRegexp(`(?i)^(first |last )?(published|posted|updated)\b[^.!?]*\d`)

// clockRe matches a line that is only a time of day ("1:39 PM ET").
var clockRe = textutil.LazyRegexp(`(?i)^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[a-z]{0,4}$`)

// socialWords are the words of a row of share buttons.
var socialWords = textutil.SetOf("share", "print", "email", "e-mail", "mail", "tweet", "facebook", "twitter", "x",
	"linkedin", "whatsapp", "telegram", "reddit", "copy", "link", "save", "download", "pdf", "listen",
	"on", "this", "article", "page", "bluesky", "threads", "wechat", "weibo", "line")

// socialOnly reports whether a line is only share buttons ("Share · Print
// · Email").
func socialOnly(low string) bool {
	words := strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !socialWords[w] {
			return false
		}
	}
	return true
}

// headerLine reports whether a line above the article text is part of its
// header: the title, a byline, a date, a reading time, a breadcrumb or
// section label, the site's name.
func (x *htmlPage) headerLine(t, title string, authors, crumbs map[string]bool) bool {
	k := pub.FoldKey(t)
	if k == pub.FoldKey(title) || x.dropLine(t) || crumbs[k] || x.nav[k] || x.isSiteName(t) {
		return true
	}
	if _, rest, ok := fields.CodeFromText(t, x.prefixes()); ok && pub.FoldKey(rest) == pub.FoldKey(title) {
		return true
	}
	if kind, _ := x.k.Taxonomy().Classify(t); kind != site.KindUnknown {
		return true
	}
	if _, ok := fields.CategoriesLine(t); ok {
		return true
	}
	if _, ok := bylineText(t); ok {
		return true
	}
	if len(authors) > 0 {
		names := fields.CleanAuthors(fields.SplitAuthors(t))
		all := len(names) > 0
		for _, n := range names {
			all = all && authors[pub.FoldKey(n)]
		}
		if all {
			return true
		}
	}
	if _, ok := fields.CJKDate(t); ok {
		return true
	}
	if len(t) <= 100 && creditRe().MatchString(t) || clockRe().MatchString(t) {
		return true
	}
	if len(t) <= 80 {
		for _, o := range []fields.DateOrder{fields.DayFirst, fields.MonthFirst} {
			if _, ok, stamp := fields.DateLine(t, o); ok || stamp {
				return true
			}
			if _, ok := fields.FindDate(t, o); ok && len(t) <= 60 && !strings.HasSuffix(t, ".") {
				return true
			}
		}
	}
	return false
}

// measureText records in into, for n and every element below it, how many
// bytes of text it holds inside elements of kind el (inside true) or outside
// them (inside false, skipping scripts, styles and other silent elements),
// and returns n's count.
func measureText(n *html.Node, el atom.Atom, inside bool, into map[*html.Node]int) int {
	var walk func(n *html.Node, in bool, depth int) int
	walk = func(n *html.Node, in bool, depth int) int {
		if depth > maxRenderDepth || !inside && n.Type == html.ElementNode && silentElements[n.DataAtom] {
			return 0
		}
		total := 0
		if n.Type == html.TextNode && in == inside {
			total = len(strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode && n.DataAtom == el {
			in = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			total += walk(c, in, depth+1)
		}
		into[n] = total
		return total
	}
	return walk(n, false, 0)
}

// asideOutside is the most prose a page may hold outside an <aside> that
// is read as its article.
const asideOutside = 300

// articleBodyMark reports whether an element is marked as an article's
// body by schema.org's itemprop or the usual microformat classes.
func articleBodyMark(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
		return true
	}
	for _, t := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		switch t {
		case "entry-content", "post-body", "article-body", "articlebody", "story-body", "post-content", "article-content":
			return true
		}
	}
	return false
}

// blogNameHeading reports whether the <h1> h, whose text is t, is a
// blog's name over a post: it links to the site's root (or is one of the
// site's names), the <title> is that name, ": " and the post's title, and a
// lower heading prints the post's title (not as the <h1>'s own subtitle).
func (x *htmlPage) blogNameHeading(h *html.Node, t string) bool {
	head, post, ok := strings.Cut(x.meta.title, ": ")
	if !ok || pub.FoldKey(head) != pub.FoldKey(t) || len(strings.Fields(post)) < 2 || !x.linksHome(h) && !x.isSiteName(t) {
		return false
	}
	if !x.postHeadsRead {
		x.postHeadsRead = true // once per page: a blog's archive repeats its name in an <h1> per post
		key := pub.FoldKey(post)
		for _, l := range findAll(x.root, isTag(atom.H2, atom.H3, atom.H4)) {
			if pub.FoldKey(nodeText(l)) == key && !within(l, isTag(atom.Nav, atom.Aside, atom.Footer)) {
				x.postHeads = append(x.postHeads, l)
			}
		}
	}
	for _, l := range x.postHeads {
		if nextElement(h) != l {
			return true
		}
	}
	return false
}

// linksHome reports whether an element is, holds or sits in a link to its
// site's root ("/", "https://kestrel.example/"; the page's own host when
// the page gives its address).
func (x *htmlPage) linksHome(n *html.Node) bool {
	host := ""
	if u, err := url.Parse(x.url); err == nil {
		host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	home := func(a *html.Node) bool {
		href := strings.TrimSpace(attr(a, "href"))
		if href == "/" || href == "./" {
			return true
		}
		u, err := url.Parse(href)
		return err == nil && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == "" &&
			(host == "" || strings.TrimPrefix(strings.ToLower(u.Host), "www.") == host)
	}
	for p := n; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return home(p)
		}
	}
	for _, a := range findAll(n, isTag(atom.A)) {
		if home(a) {
			return true
		}
	}
	return false
}

// nextElement is the element after n among its siblings, nil when none.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// classHeading is the title of a page without a usable <h1> or title
// metadata that heads its story with an element its class or id names the
// story's headline ("article_headline", "readArticleTitle", "entry-title"),
// as old and hand-made news pages do: the last such element a few short
// lines above the text's first paragraph of prose. It returns "" when there
// is none. untitled says the page has no title otherwise.
func (x *htmlPage) classHeading(body []string, untitled bool) string {
	k := slices.IndexFunc(body, proseParagraph)
	if k < 0 {
		return ""
	}
	first := pub.FoldKey(body[k])
	blocks := renderBlocks(x.region)
	at := -1
	for i, b := range blocks {
		k := pub.FoldKey(b.text)
		if k == "" || !strings.HasPrefix(first, k[:min(len(k), len(first), 60)]) {
			continue
		}
		if len(k) < min(len(first), 60) {
			// a block shorter than the paragraph opens it only when the
			// next carries it on (a headline the extract glued to it),
			// not a kicker that happens to be its first word
			if i+1 >= len(blocks) {
				continue
			}
			rest, nk := strings.TrimSpace(first[len(k):]), pub.FoldKey(blocks[i+1].text)
			if nk == "" || !strings.HasPrefix(rest, nk[:min(len(nk), len(rest), 20)]) {
				continue
			}
		}
		at = i
		break
	}
	from := at - 1
	if at >= 0 && len(pub.FoldKey(blocks[at].text)) < len(first) {
		from = at // the extract glued the paragraph from blocks: the first may be the headline
	}
	between := 0
	for i := from; i >= 0 && i >= at-headlineAbove && between <= headlineGap; i-- {
		b := blocks[i]
		if i < at {
			between += len(b.text)
		}
		t := textutil.CleanSpace(b.text)
		if b.owner == nil || b.links*2 >= len(t) {
			continue
		}
		h := cutDateTail(t)
		// a bare "header" class heads a site as often as a story: only a
		// line that ends in its story's time is taken from it
		if (headlineElement(b.owner, t, untitled) || untitled && h != t && slices.Equal(classTokens(b.owner), []string{"header"})) &&
			x.plausibleTitle(h) && !x.notHeadline(h) {
			return h
		}
	}
	return ""
}

// proseParagraph reports whether p is a paragraph of the text's prose, not
// a headline, a byline or a date over it: 80 bytes and eight words or more.
func proseParagraph(p string) bool { return len(p) >= 80 && len(strings.Fields(p)) >= 8 }

// headlineAbove and headlineGap bound what stands between a story's
// headline and its first paragraph: a date, a byline, a blurb, a caption.
const (
	headlineAbove = 5
	headlineGap   = 300
)

// headlineElement reports whether n, or an element a few levels in it
// that holds its whole text t, has a class or id naming a story's
// headline.
func headlineElement(n *html.Node, t string, untitled bool) bool {
	key := pub.FoldKey(t)
	seen := 0
	var walk func(e *html.Node, depth int) bool
	walk = func(e *html.Node, depth int) bool {
		if seen++; seen > headlineNodes {
			return false
		}
		if headlineClass(e, untitled) {
			// the element holds the line whole, or opens with it (not the
			// second line of a headline broken by <br>)
			if k := pub.FoldKey(nodeText(e)); k == key || e == n && strings.HasPrefix(k, key) {
				return true
			}
		}
		if depth < 3 {
			for c := e.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && walk(c, depth+1) {
					return true
				}
			}
		}
		return false
	}
	return walk(n, 0)
}

// headlineNodes bounds how many elements headlineElement looks at; only
// those with a headline's class have their text rendered.
const headlineNodes = 20

// headlineClass reports whether one of an element's class words, or its
// id, read whole ("article_headline" as "articleheadline"), names a
// story's headline: a word ending in "headline", or a story's, an
// article's, a post's, an entry's or a news item's title or heading
// ("readArticleTitle", "entry-title"); where untitled (the page has no
// title, or a <title> that lists the site's sections), an old page's
// "headerText" too. Not a subheadline, a list of headlines, or the
// headline of a card, a promo, a widget or a related, next or latest
// item, which sites class the same way.
func headlineClass(n *html.Node, untitled bool) bool {
	for _, w := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		w = strings.TrimRightFunc(strings.Map(func(r rune) rune {
			if r == '-' || r == '_' {
				return -1
			}
			return r
		}, w), unicode.IsDigit) // "headline2"
		if untitled && w == "headertext" {
			return true
		}
		if slices.ContainsFunc(notHeadlineStems, func(st string) bool { return strings.Contains(w, st) }) {
			continue
		}
		for _, end := range []string{"headline", "title", "heading"} {
			head, ok := strings.CutSuffix(w, end)
			if !ok {
				continue
			}
			if end == "headline" {
				return true // "headline", "rdHeadline", "article_headline"
			}
			for _, k := range []string{"article", "story", "post", "entry", "news"} {
				if strings.HasSuffix(head, k) {
					return true
				}
			}
		}
	}
	return false
}

// notHeadlineStems mark a class word as another thing's headline or title.
var notHeadlineStems = []string{"sub", "super", "headlines", "related", "next", "prev", "latest", "recent", "card", "promo",
	"widget", "list", "teaser", "popular", "more"}

// cutDateTail removes a date set after the headline on its line ("Title |
// 3 May 2021", "Title @ Tuesday 15 January, 06:55 GMT"): a whole date, or
// a weekday's name and digits in six words at most.
func cutDateTail(t string) string {
	for _, sep := range []string{" @ ", " | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			rest := strings.Fields(t[i+len(sep):])
			if _, ok, _ := fields.DateLine(strings.Join(rest, " "), fields.DayFirst); ok ||
				len(rest) > 0 && len(rest) <= 6 && fields.IsDayName(strings.ToLower(strings.Trim(rest[0], ".,"))) && strings.ContainsFunc(t[i:], unicode.IsDigit) {
				return strings.TrimSpace(t[:i])
			}
		}
	}
	return t
}

// notHeadline reports whether a line in a headline's element is the
// story's byline, date or time stamp, a section's label, or a person's
// name ("Jane Roe"), which sites set in the same classes.
func (x *htmlPage) notHeadline(t string) bool {
	low := strings.ToLower(strings.Trim(t, " :"))
	if synopsisWords[low] || endHeadingRe().MatchString(low) || stampRe().MatchString(t) || x.headerLine(t, "", nil, nil) {
		return true
	}
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return true
	}
	if len(ws) > 4 || !fields.IsGivenName(strings.ToLower(ws[0])) {
		return false
	}
	for _, w := range ws {
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
	}
	return true
}

// dropHead drops the lines that open body paragraphs read before their
// title was known, above the text down to the one that holds the title (a
// byline over it, a date glued to it); the cleaning of the body dropped
// the header lines under it already.
func dropHead(body []string, title string) []string {
	key := pub.FoldKey(title)
	prose := slices.IndexFunc(body, proseParagraph)
	if prose < 0 {
		prose = len(body)
	}
	if prose < len(body) && prose <= 6 {
		if rest, ok := strings.CutPrefix(body[prose], title); ok && rest != "" && !startsLower(rest) {
			body = append([]string{strings.TrimSpace(rest)}, body[prose+1:]...) // the headline glued to the text under it
			prose = 0
		}
	}
	for k := min(prose, 6) - 1; k >= 0; k-- {
		if p := pub.FoldKey(body[k]); len(p) <= len(key)+60 && strings.Contains(p, key) {
			// a list above the headline (key points) is the text's
			var keep []string
			for _, p := range body[:k] {
				if strings.HasPrefix(p, "• ") {
					keep = append(keep, p)
				}
			}
			body = append(keep, body[k+1:]...)
			break
		}
	}
	return body
}

// describesSite reports whether a <title> describes the site rather than
// names a page: one of its parts is a list of three short items or more
// ("isles sport - rugby news, results, reports, fixtures").
func describesSite(t string) bool {
	for _, sep := range titleSeps {
		t = strings.ReplaceAll(t, sep, "\x00")
	}
	for _, p := range strings.Split(t, "\x00") {
		items := strings.Split(p, ",")
		if len(items) < 3 {
			continue
		}
		short := true
		for _, it := range items {
			short = short && len(strings.Fields(it)) <= 3
		}
		if short {
			return true
		}
	}
	return false
}

// startsLower reports whether s opens with a small letter: a word the cut
// went into, not the start of the next sentence.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
