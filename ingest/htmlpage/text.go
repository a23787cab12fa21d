package htmlpage

import (
	"bytes"
	"fmt"
	"mime"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxCharsetScan is how far into a page a <meta charset> is looked for.
// The HTML standard looks at 1024 bytes only, but saved pages often carry
// long comments and inline scripts before it.
const maxCharsetScan = 16 << 10

// decodeHTML returns the page as UTF-8 text (Parse has already turned pages
// with a UTF-16 byte order mark into UTF-8). The encoding comes from the
// page's <meta charset> or http-equiv
// Content-Type; a page that declares a legacy charset but whose bytes are
// valid UTF-8 (a scraper that re-encoded the page and kept its declaration)
// is read as UTF-8. Undeclared bytes that are not UTF-8 are read as
// Windows-1252. The warnings say what was assumed.
func decodeHTML(data []byte) (string, []string) {
	var warns []string
	if label := declaredCharset(data); label != "" {
		e, name := charset.Lookup(label)
		switch {
		case e == nil:
			warns = append(warns, fmt.Sprintf("unknown charset %q declared: page read as UTF-8", label))
		case name == "utf-8" || strings.HasPrefix(name, "utf-16"):
			// UTF-16 cannot be declared in the page itself: it is UTF-8.
		case utf8.Valid(data) && hasHighBit(data):
			warns = append(warns, fmt.Sprintf("page declares charset %s but its bytes are UTF-8: read as UTF-8", name))
		default:
			if out, err := e.NewDecoder().Bytes(data); err == nil {
				s, _ := textutil.DecodeText(out)
				return strings.TrimPrefix(s, "\ufeff"), warns
			}
			warns = append(warns, fmt.Sprintf("bytes do not decode as the declared charset %s: page read as UTF-8", name))
		}
	}
	s, warn := textutil.DecodeText(data)
	if warn != "" {
		warns = append(warns, warn)
	}
	return strings.TrimPrefix(s, "\ufeff"), warns
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// declaredCharset returns the charset label a page declares in its head
// (<meta charset> or <meta http-equiv="Content-Type" content="...;
// charset=...">), or "".
func declaredCharset(data []byte) string {
	z := html.NewTokenizer(bytes.NewReader(data[:min(len(data), maxCharsetScan)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, equiv, content string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = strings.ToLower(strings.TrimSpace(string(v)))
				case "content":
					content = string(v)
				}
			}
			if cs = strings.TrimSpace(cs); cs != "" {
				return cs
			}
			if equiv == "content-type" {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
				if i := textutil.IndexFold(content, "charset="); i >= 0 {
					v := strings.Trim(content[i+len("charset="):], `"' `)
					if j := strings.IndexAny(v, `;"' `); j >= 0 {
						v = v[:j]
					}
					if v != "" {
						return v
					}
				}
			}
		}
	}
}

// maxNesting is how deep parseTree lets elements nest when it must flatten
// a page; x/net/html refuses pages nested deeper than 512 elements.
const maxNesting = 256

// parseTree parses a decoded page. A page nested too deep for the parser
// (unclosed <div> or <font> tags, repeated) is parsed again with the
// elements below maxNesting levels dropped (their text kept), and the
// warning says so.
func parseTree(text string) (*html.Node, string, error) {
	warn := ""
	if t, ok := closeTitle(text); ok {
		text, warn = t, "the <title> element is not closed: closed before the first tag after it"
	}
	root, err := html.Parse(strings.NewReader(text))
	if err == nil {
		return root, warn, nil
	}
	root, err2 := html.Parse(strings.NewReader(flattenDeep(text)))
	if err2 != nil {
		return nil, "", fmt.Errorf("parse html: %w", err)
	}
	return root, fmt.Sprintf("page nested deeper than the parser allows (%v): read with its deepest elements flattened", err), nil
}

// closeTitle closes a <title> element that its page never closes ("<title>Harbour
// News<!-- x -->…", "…</titlevalue=…"), or closes only after markup it
// swallowed, which would make the whole page the title's text and leave
// no body: the title ends before the first tag after it.
func closeTitle(text string) (string, bool) {
	low := asciiLower(text[:min(len(text), maxTitleScan)]) // byte for byte, so that its offsets are text's
	i := strings.Index(low, "<title")
	if i < 0 {
		return text, false
	}
	gt := strings.IndexByte(low[i:], '>')
	if gt < 0 {
		return text, false
	}
	start := i + gt + 1
	if end := titleEnd(low[start:]); end >= 0 && (end <= maxTitleRunes*utf8.UTFMax || !strings.Contains(low[start:start+end], "<")) {
		return text, false // closed, and not after markup it swallowed
	}
	lt := strings.IndexByte(text[start:], '<')
	if lt < 0 || start+lt >= len(low) {
		return text, false
	}
	at := start + lt
	return text[:at] + "</title>" + text[at:], true
}

// titleEnd is the offset of the first real </title> end tag in low ("</title",
// then ">", a space or "/"), or -1: "</titlevalue=…" ends nothing.
func titleEnd(low string) int {
	for k := 0; ; {
		j := strings.Index(low[k:], "</title")
		if j < 0 {
			return -1
		}
		j += k
		if e := j + len("</title"); e >= len(low) || strings.IndexByte("> \t\n\r\f/", low[e]) >= 0 {
			return j
		}
		k = j + 1
	}
}

// asciiLower is s with its ASCII capitals in small letters, every other
// byte as it is.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// maxTitleScan is how far into a page its <title> and end tag are looked
// for.
const maxTitleScan = 64 << 10

// voidElements have no end tag.
var voidElements = textutil.SetOf("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen")

// flattenDeep drops the start and end tags of elements nested deeper than
// maxNesting (counting tags as written), keeping everything else as it is.
func flattenDeep(text string) string {
	z := html.NewTokenizer(strings.NewReader(text))
	var sb strings.Builder
	depth := 0
	skipped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return sb.String()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= maxNesting {
				skipped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if skipped[string(name)] > 0 {
				skipped[string(name)]--
				continue
			}
			depth = max(depth-1, 0)
		}
		sb.Write(raw)
	}
}

// block is one paragraph of rendered HTML: the text of a block element
// with its inline content, whitespace collapsed.
type block struct {
	text    string
	heading int        // 1 to 6 for the text of <h1>..<h6>, else 0
	item    bool       // the text is (inside) a list item
	links   int        // bytes of the text inside links
	owner   *html.Node // the innermost block element that holds the text
}

// blockElements end the paragraph before them and after them.
var blockElements = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true,
	atom.Html: true, atom.Legend: true, atom.Li: true, atom.Main: true, atom.Menu: true, atom.Nav: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true,
	atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Br: true,
}

// silentElements hold no text a reader sees.
var silentElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
	atom.Input: true, atom.Map: true, atom.Math: true, atom.Title: true,
}

// screenReaderClasses hide text from sighted readers ("Share on X (opens in
// a new window)").
var screenReaderClasses = textutil.SetOf("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible", "hidden-visually")

// hiddenElement reports whether n is not shown: the hidden attribute,
// aria-hidden, an inline display:none, or a screen-reader-only class.
func hiddenElement(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
				return true
			}
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if screenReaderClasses[c] {
					return true
				}
			}
		}
	}
	return false
}

// renderer turns a DOM subtree into blocks.
type renderer struct {
	blocks  []block
	buf     strings.Builder
	space   bool
	heading []int
	items   int
	owners  []*html.Node
	inLink  int // depth of links around the text being written
	links   int // bytes written inside links since the last flush
}

// renderBlocks returns the paragraphs a reader sees in n, in order.
func renderBlocks(n *html.Node) []block {
	if n == nil {
		return nil
	}
	r := &renderer{}
	r.walk(n, 0)
	r.flush()
	return r.blocks
}

// maxRenderDepth bounds the recursion on absurdly nested pages.
const maxRenderDepth = 512

func (r *renderer) walk(n *html.Node, depth int) {
	if depth > maxRenderDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, depth+1)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if silentElements[n.DataAtom] || hiddenElement(n) {
		return
	}
	if !blockElements[n.DataAtom] {
		link := n.DataAtom == atom.A && attr(n, "href") != ""
		if link {
			r.inLink++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.walk(c, depth+1)
		}
		if link {
			r.inLink--
		}
		return
	}
	r.flush()
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		return
	}
	level := headingLevel(n)
	if level > 0 {
		r.heading = append(r.heading, level)
	}
	if n.DataAtom == atom.Li {
		r.items++
	}
	r.owners = append(r.owners, n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c, depth+1)
	}
	r.flush()
	r.owners = r.owners[:len(r.owners)-1]
	if n.DataAtom == atom.Li {
		r.items--
	}
	if level > 0 {
		r.heading = r.heading[:len(r.heading)-1]
	}
}

func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

func (r *renderer) text(s string) {
	for _, c := range s {
		switch {
		case c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff':
		case textutil.IsSpaceLike(c) || unicode.IsControl(c):
			r.space = true
		default:
			n := r.buf.Len()
			if r.space && n > 0 {
				r.buf.WriteByte(' ')
			}
			r.space = false
			r.buf.WriteRune(c)
			if r.inLink > 0 {
				r.links += r.buf.Len() - n
			}
		}
	}
}

func (r *renderer) flush() {
	t := strings.TrimSpace(r.buf.String())
	links := min(r.links, len(t))
	r.buf.Reset()
	r.space = false
	r.links = 0
	if t == "" {
		return
	}
	b := block{text: t, item: r.items > 0, links: links}
	if len(r.heading) > 0 {
		b.heading = r.heading[len(r.heading)-1]
	}
	if len(r.owners) > 0 {
		b.owner = r.owners[len(r.owners)-1]
	}
	r.blocks = append(r.blocks, b)
}

// nodeText is the visible text of n on one line.
func nodeText(n *html.Node) string {
	var parts []string
	for _, b := range renderBlocks(n) {
		parts = append(parts, b.text)
	}
	return strings.Join(parts, " ")
}

// dumpText renders a whole page the way analysts' text dumps show it: one
// line per paragraph, list items as "• " bullets.
func dumpText(n *html.Node) string {
	var sb strings.Builder
	for _, b := range renderBlocks(n) {
		if b.item {
			sb.WriteString("• ")
		}
		sb.WriteString(b.text)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// isAncestor reports whether a is n or one of its ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// attr returns the value of an attribute of n.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// classTokens splits the class and id of n into lower-case words
// ("c-share-buttons" gives c, share, buttons).
func classTokens(n *html.Node) []string {
	s := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// readabilityFromDocument runs the readability extractor on a copy of the
// page and returns the article element it finds, or nil.
func readabilityFromDocument(root *html.Node, pageURL *url.URL) (*html.Node, error) {
	art, err := readability.FromDocument(root, pageURL)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	return art.Node, nil
}
