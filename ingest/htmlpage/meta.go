package htmlpage

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what an HTML page says about itself in its markup: <meta>
// tags (Highwire citation_*, Dublin Core, OpenGraph, article:*), schema.org
// JSON-LD, <link rel="canonical">, <title> and the address a browser
// recorded when the page was saved.
type pageMeta struct {
	// tags maps a lower-cased meta name, property or itemprop to its
	// values in page order.
	tags map[string][]string
	// ld holds every JSON-LD object of the page, @graph and arrays
	// flattened; ldByID indexes those with an @id.
	ld     []map[string]any
	ldByID map[string]map[string]any
	// canonical is the href of <link rel="canonical">.
	canonical string
	// title is the text of <title>.
	title string
	// savedFrom is the URL a browser or SingleFile wrote in a comment when
	// it saved the page.
	savedFrom string
	// crumbs are the labels of the page's breadcrumb.
	crumbs []string
}

// readMeta collects the metadata of a parsed page.
func readMeta(root *html.Node) *pageMeta {
	m := &pageMeta{tags: map[string][]string{}, ldByID: map[string]map[string]any{}}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > maxRenderDepth {
			return
		}
		switch n.Type {
		case html.CommentNode:
			if m.savedFrom == "" {
				m.savedFrom = savedFromURL(n.Data)
			}
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Meta:
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for _, k := range []string{"name", "property", "itemprop"} {
					for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
						// RDFa spells Dublin Core dc:creator, HTML meta DC.creator.
						if rest, ok := strings.CutPrefix(key, "dc:"); ok {
							key = "dc." + rest
						} else if rest, ok := strings.CutPrefix(key, "dcterms:"); ok {
							key = "dcterms." + rest
						}
						m.tags[key] = append(m.tags[key], content)
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" && !within(n, isTag(atom.Svg)) {
					m.title = textutil.CleanSpace(runawayTitle(textContent(n)))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					for _, o := range parseJSONLD(textContent(n)) {
						m.ld = append(m.ld, o)
						if id := ldText(o["@id"]); id != "" {
							if _, dup := m.ldByID[id]; !dup {
								m.ldByID[id] = o
							}
						}
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	m.crumbs = breadcrumbs(root, m)
	return m
}

func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == tok {
			return true
		}
	}
	return false
}

// textContent is all the text under n, as the DOM's textContent.
func textContent(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxRenderDepth {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return sb.String()
}

// savedFromRe finds the page address in the comment browsers write when
// they save a page ("saved from url=(0063)https://...") and in the one
// SingleFile writes ("url: https://...").
var savedFromRe = textutil.LazyRegexp(`(?i)(?:saved from url=\(\d+\)|\burl:\s*)(https?://[^\s"'<>]+)`)

func savedFromURL(comment string) string {
	if m := savedFromRe().FindStringSubmatch(comment); m != nil {
		return m[1]
	}
	return ""
}

// first returns the first non-empty value of the first key that has one.
func (m *pageMeta) first(keys ...string) (val, key string) {
	for _, k := range keys {
		for _, v := range m.tags[k] {
			if v = textutil.CleanSpace(v); v != "" {
				return v, k
			}
		}
	}
	return "", ""
}

// all returns every value of key.
func (m *pageMeta) all(key string) []string {
	var out []string
	for _, v := range m.tags[key] {
		if v = textutil.CleanSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// parseJSONLD decodes one JSON-LD script and returns its objects, with
// top-level arrays, @graph and a nested mainEntity flattened. A script that
// does not parse gives nothing; raw line breaks inside strings, the most
// common fault of hand-made JSON-LD, are forgiven.
func parseJSONLD(raw string) []map[string]any {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "//")
	s = strings.TrimPrefix(strings.TrimSpace(s), "<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "]]>")
	s = strings.TrimSuffix(strings.TrimSpace(s), "//")
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		fixed := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
		if err := json.Unmarshal([]byte(fixed), &v); err != nil {
			return nil
		}
	}
	var out []map[string]any
	flattenLD(v, &out, 0)
	return out
}

func flattenLD(v any, out *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			flattenLD(e, out, depth+1)
		}
	case map[string]any:
		if _, isGraph := t["@graph"]; !isGraph || t["@type"] != nil {
			*out = append(*out, t)
		}
		if g, ok := t["@graph"]; ok {
			flattenLD(g, out, depth+1)
		}
		if me, ok := t["mainEntity"].(map[string]any); ok && me["@type"] != nil {
			flattenLD(me, out, depth+1)
		}
	}
}

// ldTypes returns the @type of a JSON-LD object, lower-cased, without a
// vocabulary prefix ("schema:Article", "http://schema.org/Article" and
// "Article" are all "article").
func ldTypes(o map[string]any) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		if s != "" {
			out = append(out, strings.ToLower(s))
		}
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

// ldTypeLabel returns the @type of a JSON-LD object as written, for
// messages ("Event", "CollectionPage").
func ldTypeLabel(o map[string]any) string {
	var out []string
	switch t := o["@type"].(type) {
	case string:
		out = append(out, t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
	}
	return textutil.CleanSpace(strings.Join(out, ", "))
}

// ldArticleTypes are the schema.org types of a publication.
var ldArticleTypes = textutil.SetOf("article", "newsarticle", "scholarlyarticle", "report", "blogposting",
	"socialmediaposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
	"reportagenewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "techarticle",
	"medicalscholarlyarticle", "satiricalarticle", "liveblogposting", "thesis", "book", "chapter",
	"publicationissue")

// ldListingTypes are the schema.org types of a page that lists others.
var ldListingTypes = textutil.SetOf("collectionpage", "searchresultspage", "blog")

// ldSiteTypes are the schema.org types whose name is the site's.
var ldSiteTypes = textutil.SetOf("website", "organization", "organisation", "researchorganization", "newsmediaorganization", "educationalorganization", "collegeoruniversity")

// ldProfileTypes mark a person's profile page.
var ldProfileTypes = textutil.SetOf("profilepage")

func ldIs(o map[string]any, set map[string]bool) bool {
	for _, t := range ldTypes(o) {
		if set[t] {
			return true
		}
	}
	return false
}

func ldIsEvent(o map[string]any) bool {
	for _, t := range ldTypes(o) {
		if strings.HasSuffix(t, "event") || t == "eventseries" {
			return true
		}
	}
	return false
}

// ldArticle returns the page's publication object, or nil.
func (m *pageMeta) ldArticle() map[string]any {
	for _, o := range m.ld {
		if ldIs(o, ldArticleTypes) {
			return o
		}
	}
	return nil
}

// ldText reads a JSON-LD value as text: a string, a number, a
// {"@value": ...} object or the first of an array.
func ldText(v any) string {
	switch t := v.(type) {
	case string:
		return textutil.CleanSpace(t)
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64)
	case map[string]any:
		return ldText(t["@value"])
	case []any:
		for _, e := range t {
			if s := ldText(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldResolve follows a {"@id": ...} reference to the object of the same
// page that has that @id.
func (m *pageMeta) ldResolve(v any) any {
	o, ok := v.(map[string]any)
	if !ok {
		return v
	}
	if id := ldText(o["@id"]); id != "" && len(o) <= 2 {
		if full, ok := m.ldByID[id]; ok {
			return full
		}
	}
	return o
}

// ldPeople returns the names of the people in an author value: a string,
// an object with name (or givenName and familyName), a reference to such
// an object, or an array of them. Organisations are left out.
func (m *pageMeta) ldPeople(v any) []string {
	var out []string
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch t := m.ldResolve(v).(type) {
		case string:
			out = append(out, fields.SplitAuthors(t)...)
		case []any:
			for _, e := range t {
				add(e, depth+1)
			}
		case map[string]any:
			for _, ty := range ldTypes(t) {
				if ty == "organization" || ty == "organisation" || ty == "corporation" || ty == "newsmediaorganization" || ty == "researchorganization" {
					return
				}
			}
			name := ldText(t["name"])
			if name == "" {
				name = strings.TrimSpace(ldText(t["givenName"]) + " " + ldText(t["familyName"]))
			}
			if name != "" {
				out = append(out, fields.SplitAuthors(name)...)
			}
		}
	}
	add(v, 0)
	return out
}

// ldName returns the name of an object value (publisher) or a string.
func (m *pageMeta) ldName(v any) string {
	switch t := m.ldResolve(v).(type) {
	case string:
		return textutil.CleanSpace(t)
	case map[string]any:
		return ldText(t["name"])
	case []any:
		for _, e := range t {
			if s := m.ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldLabels returns the strings of a value that is a string or an array of
// strings.
func ldLabels(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		if s := textutil.CleanSpace(t); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range t {
			out = append(out, ldLabels(e)...)
		}
	}
	return out
}

// breadcrumbs returns the labels of the page's breadcrumb trail: a
// BreadcrumbList in JSON-LD, else the links or items of an element marked
// as a breadcrumb.
func breadcrumbs(root *html.Node, m *pageMeta) []string {
	for _, o := range m.ld {
		for _, t := range ldTypes(o) {
			if t != "breadcrumblist" {
				continue
			}
			items, _ := o["itemListElement"].([]any)
			var out []string
			for _, it := range items {
				io, ok := it.(map[string]any)
				if !ok {
					continue
				}
				name := ldText(io["name"])
				if name == "" {
					name = m.ldName(io["item"])
				}
				if name != "" {
					out = append(out, name)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
	}
	var found *html.Node
	var find func(n *html.Node, depth int)
	find = func(n *html.Node, depth int) {
		if found != nil || depth > maxRenderDepth {
			return
		}
		if n.Type == html.ElementNode && isBreadcrumb(n) {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c, depth+1)
		}
	}
	find(root, 0)
	if found == nil {
		return nil
	}
	var out []string
	for _, b := range renderBlocks(found) {
		for _, part := range strings.FieldsFunc(b.text, func(r rune) bool { return r == '›' || r == '»' || r == '>' || r == '/' || r == '|' }) {
			// A breadcrumb is a label; sentences are an article misread as one.
			if part = textutil.CleanSpace(part); part != "" && len(strings.Fields(part)) <= 8 {
				out = append(out, part)
			}
		}
	}
	return out
}

func isBreadcrumb(n *html.Node) bool {
	if strings.Contains(strings.ToLower(attr(n, "aria-label")), "breadcrumb") {
		return true
	}
	for _, t := range classTokens(n) {
		if t == "breadcrumb" || t == "breadcrumbs" || t == "crumbs" {
			return true
		}
	}
	return false
}

// runawayTitle cuts a <title> whose end tag is broken ("</titlevalue=…",
// or none before the script), which swallows the page's markup and code
// up to the next end tag: the text before the first end tag, or, in a
// title too long to be one, before the first mark of code.
func runawayTitle(t string) string {
	if k := textutil.IndexFold(t, "</title"); k >= 0 {
		t = t[:k]
	}
	if utf8.RuneCountInString(t) <= maxTitleRunes {
		return t
	}
	k := strings.IndexAny(t, "<{}")
	for _, code := range []string{`");`, `');`, " = "} {
		if j := strings.Index(t, code); j > 0 && (k < 0 || j < k) {
			k = j
		}
	}
	if k > 0 {
		return t[:k]
	}
	return t
}

// maxTitleRunes is the length past which a <title> is taken to have run
// on into the page's code, which is then cut at its first mark of code
// (a tag, a brace, a call's end, an assignment), not at a title's own
// semicolon or line break.
const maxTitleRunes = 300
