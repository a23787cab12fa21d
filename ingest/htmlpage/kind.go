package htmlpage

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleSignal reports whether the metadata says the page is an article:
// strongly (citation_title, a schema.org article type) or, unless strong
// is set, also weakly (og:type article, article:published_time).
func (x *htmlPage) articleSignal(strong bool) bool {
	m := x.meta
	if v, _ := m.first("citation_title"); v != "" || m.ldArticle() != nil {
		return true
	}
	if strong {
		return false
	}
	if v, _ := m.first("og:type"); strings.EqualFold(v, "article") {
		return true
	}
	v, _ := m.first("article:published_time")
	return v != ""
}

// genericCues are URL path folders of pages that are not publications, on
// any site.
var genericCues = map[string]string{
	"event": "event", "events": "event", "press-release": "news", "press-releases": "news",
	"media-release": "news", "media-releases": "news", "news-release": "news", "news-releases": "news",
	"tag": "listing", "tags": "listing", "category": "listing", "categories": "listing",
	"author": "listing", "search": "listing", "archive": "listing", "archives": "listing",
	"people": "profile", "experts": "profile", "staff": "profile", "profile": "profile", "profiles": "profile",
}

// genericCrumbs are breadcrumb labels of pages that are not publications.
var genericCrumbs = map[string]string{
	"events": "event", "event": "event", "upcoming events": "event", "past events": "event",
	"press releases": "news", "media releases": "news", "news releases": "news",
}

// eventPhrases are phrases of event pages.
var eventPhrases = []string{"register now", "register here", "registration is required", "add to calendar",
	"add to my calendar", "event details", "venue:", "rsvp", "save the date", "register to attend",
	"this event has ended", "upcoming event", "webinar registration", "event date", "speakers:"}

// nonPublication tells whether the page is an event, a news release, a
// profile or a listing (a tag, category or landing page), and why. The
// profile's cues apply, then generic ones; a page whose metadata says it
// is an article is a publication whatever its URL and breadcrumb say.
func (x *htmlPage) nonPublication() (kind, why string) {
	m := x.meta
	strong := x.articleSignal(true)
	if m.ldArticle() == nil {
		for _, o := range m.ld {
			switch {
			case ldIsEvent(o):
				return "event", "schema.org type " + ldTypeLabel(o)
			case ldIs(o, ldProfileTypes):
				return "profile", "schema.org type ProfilePage"
			case ldIs(o, ldListingTypes) && !strong:
				return "listing", "schema.org type " + ldTypeLabel(o)
			}
		}
	}
	if v, _ := m.first("og:type"); strings.EqualFold(v, "profile") && !strong {
		return "profile", "og:type profile"
	}
	if strong {
		return "", ""
	}
	if k, w := x.pr.NonPublicationCue(x.url, m.crumbs); k != "" {
		return k, w
	}
	if k, w := urlCue(x.url); k != "" {
		return k, w
	}
	for _, c := range m.crumbs {
		if k := genericCrumbs[strings.ToLower(c)]; k != "" {
			return k, fmt.Sprintf("breadcrumb %q", c)
		}
	}
	weak := x.articleSignal(false)
	if !weak {
		main := strings.ToLower(x.mainText())
		for _, c := range x.pr.NonPublication {
			for _, t := range c.Text {
				if t != "" && strings.Contains(main, strings.ToLower(t)) {
					return c.Kind, fmt.Sprintf("page says %q", t)
				}
			}
		}
		var said []string
		for _, t := range eventPhrases {
			if strings.Contains(main, t) {
				said = append(said, t)
			}
		}
		if len(said) >= 2 {
			return "event", fmt.Sprintf("page says %q and %q", said[0], said[1])
		}
	}
	teasers, free := x.listingShape()
	if teasers >= 5 && free < max(600, 40*teasers) && !(free >= minUndatedBody && x.headedByTitle()) {
		return "listing", fmt.Sprintf("%d article links and no article text", teasers)
	}
	return "", ""
}

// urlCue checks the folders of a URL's path against the generic cues.
func urlCue(raw string) (kind, why string) {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return "", ""
	}
	segs := strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
	for i, s := range segs {
		k := genericCues[s]
		if k == "" {
			continue
		}
		// A listing folder has one or two levels under it (/tag/china);
		// deeper paths are articles filed under it.
		if k == "listing" && len(segs)-i-1 > 2 {
			continue
		}
		return k, fmt.Sprintf("its URL is under /%s/", s)
	}
	return "", ""
}

// mainText is the text of the article region without furniture.
func (x *htmlPage) mainText() string {
	var sb strings.Builder
	for _, b := range renderBlocks(x.region) {
		if b.owner != nil && x.inChrome(b.owner) {
			continue
		}
		sb.WriteString(b.text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// teaserText is the most text a teaser's summary, date and labels hold
// beside its heading; boxLead is how much of an article's text comes before
// a box's linked heading inside it, at the least.
const (
	teaserText = 800
	boxLead    = 200
)

// listingShape counts the teasers of the page (headings that are links to
// other pages) and the paragraph text that belongs to no teaser. A listing
// has many teasers and little text of its own.
func (x *htmlPage) listingShape() (teasers, free int) {
	body := x.root
	if b := findAll(x.root, isTag(atom.Body)); len(b) > 0 {
		body = b[0]
	}
	skip := func(n *html.Node) bool {
		return n.DataAtom == atom.Nav || n.DataAtom == atom.Header && !within(n, isMainContainer) ||
			n.DataAtom == atom.Footer || n.DataAtom == atom.Aside || x.chrome[n]
	}
	isTeaser := func(n *html.Node) bool {
		if headingLevel(n) < 2 {
			return false
		}
		t := nodeText(n)
		if len(strings.Fields(t)) < 3 || bylineHeading(t) {
			return false // a byline set as a heading links to its author, not to another article
		}
		linked := 0
		for _, a := range findAll(n, isTag(atom.A)) {
			if x.linksAway(a) {
				linked += len(nodeText(a))
			}
		}
		for p := n.Parent; p != nil; p = p.Parent {
			if p.Type == html.ElementNode && p.DataAtom == atom.A && x.linksAway(p) {
				linked = len(t)
				break
			}
		}
		return linked*10 >= len(t)*6
	}
	counts := map[*html.Node]int{}
	size := map[*html.Node]int{} // the text under an element, furniture apart
	var marks []*html.Node
	var walk func(n *html.Node, depth int) (int, int)
	walk = func(n *html.Node, depth int) (int, int) {
		if depth > maxRenderDepth || n.Type == html.ElementNode && (skip(n) || silentElements[n.DataAtom]) {
			return 0, 0
		}
		if n.Type == html.TextNode {
			size[n] = len(strings.TrimSpace(n.Data)) // text set between <br>s counts before a box too
			return 0, size[n]
		}
		c, l := 0, 0
		if n.Type == html.ElementNode && isTeaser(n) {
			c = 1
			marks = append(marks, n)
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cc, cl := walk(ch, depth+1)
			c, l = c+cc, l+cl
		}
		counts[n], size[n] = c, l
		return c, l
	}
	walk(body, 0)
	teasers = len(marks)
	if teasers == 0 {
		return 0, 0
	}
	inTeaser := map[*html.Node]bool{}
	for _, t := range marks {
		top, before := t, 0
		// A teaser's block is its heading and what follows it. A heading
		// after much text of its element is a box inside an article (a
		// linked "more on …" heading): the article is not its summary.
		for p := t.Parent; p != nil && p != body && counts[p] == 1; p = p.Parent {
			for s := top.PrevSibling; s != nil && before <= boxLead; s = s.PrevSibling {
				before += size[s]
			}
			if before > boxLead && size[p] > size[t]+teaserText {
				break
			}
			top = p
		}
		inTeaser[top] = true
	}
	// The free text is the text outside links in paragraphs, or in other
	// blocks long enough to be prose: sites set their articles in <div>s too.
	own := map[*html.Node]int{}
	var order []*html.Node
	var text func(n, block *html.Node, depth int)
	text = func(n, block *html.Node, depth int) {
		if depth > maxRenderDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			if block != nil {
				if _, seen := own[block]; !seen {
					order = append(order, block)
				}
				own[block] += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			if skip(n) || inTeaser[n] || n.DataAtom == atom.A || silentElements[n.DataAtom] {
				return
			}
			if blockElements[n.DataAtom] && n.DataAtom != atom.Br && n.DataAtom != atom.Hr {
				block = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, block, depth+1)
		}
	}
	text(body, nil, 0)
	for _, b := range order {
		if b.DataAtom == atom.P || own[b] >= 100 {
			free += own[b]
		}
	}
	return teasers, free
}

// linksAway reports whether a link leads to another page: not to the page
// itself, nor to a fragment or script.
func (x *htmlPage) linksAway(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		return false
	}
	if x.url == "" {
		return true
	}
	abs := x.absURL(href)
	own, _, _ := strings.Cut(x.url, "#")
	abs, _, _ = strings.Cut(abs, "#")
	return abs != own
}

// headedByTitle reports whether the page's main heading is its own title,
// as its metadata gives it, links nowhere, and has a byline or a date by
// it: an article's headline, however many links the page's boxes carry (a
// topic or an author page is headed by its own title too, but undated).
func (x *htmlPage) headedByTitle() bool {
	if x.h1 == nil || within(x.h1, isTag(atom.A)) || len(findAll(x.h1, isTag(atom.A))) > 0 {
		return false
	}
	meta, _ := x.metaTitleSource()
	t := nodeText(x.h1)
	if meta == "" || pub.FoldKey(meta) != pub.FoldKey(t) {
		return false
	}
	zone := x.headerZone(t)
	return !x.date(zone).IsZero() || len(x.authors(zone)) > 0
}

// bylineHeading reports whether a heading's text is a byline: "By Jane
// Roe", "Von Anna Berg", "Par Li Wei and Per Lindqvist": the word, then
// capitalised names ("Por qué fallan los puertos" is a headline).
func bylineHeading(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 3 || len(fs) > 10 {
		return false
	}
	switch strings.ToLower(fs[0]) {
	case "by", "von", "par", "por", "door", "av", "oleh":
	default:
		return false
	}
	for _, w := range fs[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if lw := strings.ToLower(strings.Trim(w, ",")); !unicode.IsUpper(r) && !byJoins[lw] {
			return false
		}
	}
	return true
}

// byJoins join or particle the names of a byline.
var byJoins = map[string]bool{"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "en": true,
	"de": true, "da": true, "van": true, "von": true, "der": true, "den": true, "del": true, "dos": true, "di": true, "du": true, "la": true, "le": true}
