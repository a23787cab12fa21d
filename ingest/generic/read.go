package generic

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/address"
)

// Hints is what the caller knows about a page besides its text.
type Hints struct {
	URL string // page address if known
	// CodePrefixes are the letters that start publication codes of the
	// site (its profile's); nil means the built-in RSIS ones.
	CodePrefixes []string
}

// Page is what the reader found on a page.
type Page struct {
	Title, Code, Series string
	Authors             []string
	Date                pub.Date
	Synopsis            string
	Body                []string // prose paragraphs, chrome removed
	// Kind and Skip are set when the page is not a publication: the page
	// kind (navigation, event, listing, news, newsletter) and the reason.
	Kind, Skip string
	// Mirror is set when the page shows a document sharing site's
	// furniture (upload stamps, page viewers, download buttons): it is a
	// copy of a publication made elsewhere.
	Mirror bool
}

// Page kinds of skipped pages.
const (
	KindNavigation = "navigation"
	KindEvent      = "event"
	KindListing    = "listing"
	KindNews       = "news"
	KindNewsletter = "newsletter"
)

// Bounds that keep the work linear and small whatever the input.
const (
	maxBytes     = 256 << 10 // text read
	maxLines     = 800       // non-empty lines considered
	maxLineBytes = 4000      // longer lines are cut
	headLines    = 80        // lines searched for title, byline and date
)

// codePrefixes are the publication-code prefixes fields.CodeFromText knows.
var codePrefixes = []string{"CO", "IP", "PR", "WP", "NTS"}

type line struct {
	text   string
	low    string
	words  int
	bullet bool
	stamp  bool // the day a saved page records before its first line
	gap    bool // an empty line came before
	prose  bool
	teaser bool // ends like a listing teaser ("…", "Read more")
	chrome bool
	dated  bool // holds a date (computed once: date parsing is the costly part)
}

// Read reads one page saved as text. It never fails: a page it cannot read
// as a publication comes back with Kind and Skip set.
func Read(text string, h Hints) Page {
	ls := split(text)
	r := reader{ls: ls, url: h.URL, slug: slugLetters(h.URL), names: make([]int8, len(ls)), prefixes: h.CodePrefixes}
	if r.prefixes == nil {
		r.prefixes = codePrefixes
	}
	return r.read()
}

type reader struct {
	ls    []line
	url   string
	slug  string // letters of the address's last segment when it reads as words
	names []int8 // isNameLine per line: 0 unknown, 1 no, 2 yes
	// prefixes are the publication-code prefixes of the site.
	prefixes []string
	// shortOverDate lets a short line in name shape over a date be the
	// title, when the page has no other ("Fiscal Rules Revisited" / "3
	// March 2019")
	shortOverDate bool
	head          string // headAlnum, computed once
	mirrorN       int    // mirrorMarks()+1 once counted, 0 before
	kanaMemo      int8   // kana(): 0 unknown, 1 no, 2 yes
	dateFor       int    // title line+2 that dateMemo was found for (ti may be -1), 0 before
	dateMemo      pub.Date
	blockEnd      []int    // block(i)'s end once found, 0 before (a block ends after its first line)
	blockText     []string // block(i)'s text once found
	headLines     string   // headLow, computed once
	keys          []string // lineKey per line of the top, once found
	marks         []uint8  // lineMark per line of the top, once found
	// how title() found its title, and its score and lead over the next
	// block when it scored blocks: rerank weighs the rules' title by them
	handWay               int
	handScore, handMargin float64
}

// The ways title() finds a title.
const (
	handNone     = iota
	handRecord   // a record's, a citation's or a form's title
	handFallback // a series line or a run of capitals, no block scored high enough
	handScored   // the best-scored block
)

// slugLetters is the letters of the last path segment of an address made
// of two or more words ("how-chinas-actions-in…"), or "".
func slugLetters(raw string) string {
	words := slugWords(raw)
	if l := letters(strings.Join(words, "")); len(words) >= 2 && len(l) >= 12 {
		return l
	}
	return ""
}

// slugWords is the words with letters of the last path segment of an
// address, its file extension dropped.
func slugWords(raw string) []string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Path == "" {
		return nil
	}
	path := strings.TrimRight(u.Path, "/")
	seg := path[strings.LastIndexByte(path, '/')+1:]
	if i := strings.LastIndexByte(seg, '.'); i > 0 {
		seg = seg[:i]
	}
	var words []string
	for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '+' }) {
		if hasLetters(w, 1) {
			words = append(words, w)
		}
	}
	return words
}

// spacedLogoRe matches "C O R P O R A T I O N" opening a line, however its
// letters are kerned; when the spacing goes on after it ("C O R P O R A T
// I O N  F O R …", "… T A X") it opens a spaced name or title, not the
// logo.
var spacedLogoRe = regexp.MustCompile(`^C ?O ?R ?P ?O ?R ?A ?T ?I ?O ?N(?: |$)`)

// spacedOn reports whether rest opens with a single letter: the spacing
// goes on after the logo.
func spacedOn(rest string) bool {
	fs := strings.Fields(rest)
	return len(fs) > 0 && utf8.RuneCountInString(fs[0]) == 1
}

// commaDateLineRe matches a line opening with a bracketed day whose comma
// follows the month.
var commaDateLineRe = regexp.MustCompile(`(?m)^\s*\([A-Za-z]{3,9}\.?, \d{1,2} (?:19|20)\d\d\) `)

// monthCommaRe matches a bracketed date with its comma after the month:
// "(March, 26 2021)", read as "(March 26, 2021)".
var monthCommaRe = regexp.MustCompile(`^\(([A-Za-z]{3,9}\.?), (\d{1,2}) ((?:19|20)\d\d)\)$`)

func findDateOK(s string) bool {
	_, ok := findDate(s)
	return ok
}

// gluedDateRe matches a numeric or bracketed date glued before a line's
// text.
var gluedDateRe = regexp.MustCompile(`^(\d{1,2}/\d{1,2}/(?:19|20)\d\d|\([A-Za-z]{3,9}\.?(?: \d{1,2},|, \d{1,2}) (?:19|20)\d\d\)|\(\d{1,2} [A-Za-z]{3,9} (?:19|20)\d\d\)) (.+)$`)

func split(text string) []line {
	if len(text) > maxBytes {
		text = text[:maxBytes]
	}
	text = strings.ToValidUTF8(text, "")
	var out []line
	gap, linkNext, headed := false, false, false
	// two days or more in the "(March, 26 2021)" form open lines of a
	// chronology or a list, not a post's title
	commaDates := len(commaDateLineRe.FindAllStringIndex(text, 2)) > 1
	for len(text) > 0 && len(out) < maxLines {
		var raw string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			raw, text = text[:i], text[i+1:]
		} else {
			raw, text = text, ""
		}
		if len(raw) > maxLineBytes {
			raw = strings.ToValidUTF8(raw[:maxLineBytes], "")
		}
		t := strings.Join(strings.FieldsFunc(raw, isSpace), " ")
		if t == "" {
			gap = true
			continue
		}
		if len(out) == 0 {
			if m := dateStampRe.FindStringSubmatch(t); m != nil {
				// a saved page's record of its day before its first line:
				// a date line of its own (a day the page prints beside its
				// byline wins), then the line
				out = append(out, mkLine(m[1]))
				out[0].stamp = true
				if t = strings.TrimSpace(m[2]); t == "" {
					continue
				}
			}
		}
		l := line{gap: gap}
		gap = false
		for _, b := range []string{"• ", "· ", "- ", "* ", "– ", "‣ ", "▪ ", "> "} {
			if strings.HasPrefix(t, b) {
				t = strings.TrimSpace(t[len(b):])
				l.bullet = true
				break
			}
		}
		if strings.HasPrefix(t, "![") {
			if m := mdImageRe.FindStringSubmatch(t); m != nil {
				t = strings.TrimSpace(m[1]) // a page saved as Markdown: an image's text stands for it
			}
		}
		if t == "" || t == "•" || t == "-" {
			continue
		}
		// A print header's day glued before the title ("7/26/2019 Title")
		// is the day of printing: dropped. A bracketed date before it
		// ("(April 25, 2023) Title") is the post's: a line of its own.
		if m := gluedDateRe.FindStringSubmatch(t); m != nil && len(strings.Fields(m[2])) >= 3 && unicode.IsUpper(firstRune(m[2])) {
			if !strings.HasPrefix(m[1], "(") {
				t = m[2] // a print header's day, whichever order its numbers are in
			} else if d := monthCommaRe.ReplaceAllString(m[1], "($1 $2, $3)"); findDateOK(d) && (d == m[1] || !commaDates) {
				out = append(out, mkLine(strings.Trim(d, "()")))
				out[len(out)-1].gap = l.gap
				l.gap = false
				t = m[2]
			}
		}
		if m := spacedLogoRe.FindString(t); m != "" && strings.Count(m, " ") >= 6 && !spacedOn(t[len(m):]) {
			// a research corporation's logo set letter by letter, alone or
			// run into a cover's text
			if t = strings.TrimSpace(t[len(m):]); t == "" {
				gap = true
				continue
			}
		}
		if len(out) > 0 && strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			gap = true // a stray mark (",", "|", an arrow) between lines carries nothing
			continue
		}
		l.text = t
		l.low = strings.ToLower(t)
		l.words = wordCount(t)
		l.chrome = isChrome(l.low, l.words) || linkNext || spacedMenu(raw) || headed && l.words == 1 && t == l.low && slugLineRe.MatchString(t) || l.words <= 30 && isCredit(l.low) ||
			l.text[0] >= '0' && l.text[0] <= '9' && runningHeadRe.MatchString(l.text) && !yearRe.MatchString(fs0(l.low))
		linkNext = hasPrefixAny(l.low, []string{"next article", "previous article", "read next", "read also", "see also", "related:"})
		l.teaser = isTeaser(l.low)
		headed = headed || l.words >= 3 // a slug under a heading is an image's; a sharing site may name its document by one
		_, l.dated = findDate(t)
		l.prose = !l.chrome && isProse(t, l.words)
		out = append(out, l)
	}
	markDataBlocks(out)
	markCutText(out)
	markBrokenProse(out)
	markRecommendations(out)
	markGluedMenus(out)
	markMastheads(out)
	return out
}

// spacedMenu reports whether a raw line is a menu saved in its columns
// ("Home     Archives     Videos     Contact"): four items or more set
// apart by runs of spaces or tabs, each of four words at most. An item
// that ends a sentence or a label, holds a digit or is a small word alone
// makes the line a cover's, a record's or a date's row instead.
func spacedMenu(raw string) bool {
	parts := columnGapRe.Split(strings.TrimSpace(raw), -1)
	if len(parts) < 4 {
		return false
	}
	for _, p := range parts {
		last, _ := utf8.DecodeLastRuneInString(p)
		if w := wordCount(p); w == 0 || w > 4 || strings.ContainsRune(".?!:…。：？！", last) || strings.ContainsFunc(p, unicode.IsDigit) ||
			smallWords[strings.ToLower(p)] {
			return false // a record's labels, a date's or a number's row, a cover's title set wide ("BERTH   AND   DREDGING")
		}
	}
	return true
}

// columnGapRe matches the gap between columns of a line: three spaces or
// more, or a tab.
var columnGapRe = regexp.MustCompile(`[ \t\x{a0}]{3,}|\t`)

// markDataBlocks marks as furniture an object of data a site's template
// printed into the page, whose braces split drops ("\"authors\": [",
// "\"Jane Roe\"", "\"type\": \"commentary\","): its quoted strings are
// neither teasers nor titles. A run of three lines or more, each a field
// named in small letters (a program's name for it) or a quoted value
// alone, two of them fields, is one; "Remain": 58 per cent is a poll's.
func markDataBlocks(ls []line) {
	for i := 0; i < len(ls); {
		j, keys := i, 0
		for ; j < len(ls); j++ {
			t := ls[j].text
			if dataKeyRe.MatchString(t) {
				keys++
			} else if !dataValueRe.MatchString(t) {
				break
			}
		}
		if j-i >= 3 && keys >= 2 {
			for k := i; k < j; k++ {
				ls[k].chrome, ls[k].teaser, ls[k].prose = true, false, false
			}
		}
		i = max(j, i+1)
	}
}

// dataKeyRe matches a data field's name in small letters, as programs name
// fields, and the start of its value: "\"authors\": [", "\"type\":
// \"commentary\",", "\"primaryCenter\": \"…\",".
var dataKeyRe = regexp.MustCompile(`^"[a-z_][A-Za-z0-9_]*": (?:["\[{\d]|true\b|false\b|null\b)`)

// dataValueRe matches a quoted value alone on its line, a list's item:
// "\"Jane Roe\"", "\"Harbour Institute\",".
var dataValueRe = regexp.MustCompile(`^"[^"]{1,120}",?$`)

// markMastheads marks as furniture a journal's name printed on a line of
// its own when the page also prints it with its volume, year and pages
// ("Harbour Studies Review" over "Harbour Studies Review 12 (2019)
// 41–60"), or, named as journals are ("Journal of …"), just over its ISSN
// or its home page: the journal's masthead above each of its articles,
// never the article's title.
func markMastheads(ls []line) {
	n := min(len(ls), headLines)
	for i := range n {
		l := &ls[i]
		if l.chrome || l.words < 2 || l.words > 10 {
			continue
		}
		named, ended := journalNameRe.MatchString(l.low), journalEndRe.MatchString(l.low)
		if !named && !ended {
			continue
		}
		for j := range n {
			o := ls[j]
			if j == i {
				continue
			}
			rest, ok := strings.CutPrefix(o.low, l.low)
			if ok && strings.HasPrefix(rest, " ") && journalHead(o) ||
				named && (j == i+1 || j == i+2) && (strings.Contains(o.low, "issn") && issnRe.MatchString(o.low) || strings.HasPrefix(o.low, "journal homepage")) {
				l.chrome = true
				break
			}
		}
	}
}

// journalNameRe matches a journal's name: "Journal of …" anywhere
// ("European Journal of …") or a journal's word opening it ("Revista de
// …", "Annals of …"); "A Review of …" is an article's title.
var journalNameRe = regexp.MustCompile(`\bjournal (?:of|for)\b|^(?:revista|jurnal|zeitschrift|cahiers|cuadernos|anales|annals|bulletin)\b`)

// journalEndRe matches a name ending as journals' do ("Harbour Studies
// Review"): a masthead only where the page prints it again as a journal's
// head (with a volume and pages, or with its ISSN).
var journalEndRe = regexp.MustCompile(`\b(?:review|quarterly|journal)$`)

// dateStampRe matches the day a saved page records before its first
// line: "date 2021-05-05 Title …".
var dateStampRe = regexp.MustCompile(`^date (\d{4}-\d\d-\d\d)(?:\s+(.*))?$`)

// markRecommendations marks as furniture a document sharing site's block
// of recommended documents, between its heading ("Recommend Stories") and
// the transcript of the document itself.
func markRecommendations(ls []line) {
	for i := 0; i < len(ls) && i < headLines; i++ {
		if !isRelatedHeading(ls[i].low) {
			continue
		}
		for j := i + 1; j < len(ls) && j <= i+60; j++ {
			if hasPrefixAny(ls[j].low, []string{"idea transcript", "transcript", "citation preview", "page 1:"}) {
				for k := i; k < j; k++ {
					ls[k].chrome, ls[k].prose = true, false
				}
				return
			}
		}
		return
	}
}

// markBrokenProse marks as prose the runs of three or more lines of six or
// more words with no empty line between them, one of them going on from
// the line before: a paragraph broken across lines, as text taken from a
// PDF is.
func markBrokenProse(ls []line) {
	ok := func(l line) bool {
		return l.words >= 6 && !l.chrome && !isByline(l.low) && !isDateLine(l) && !dottedNames(l.text)
	}
	for i := 0; i < len(ls); {
		j, broken, cjk, clauses, stop := i, 0, 0, 0, false
		// a paragraph does not open on a line of names joined by "and"
		// or commas: the authors under a title ("Jane Roe and Li Wei")
		for j < len(ls) && ok(ls[j]) && (j == i || !ls[j].gap) && !(j == i && joinedNames(ls[j].text)) {
			if j > i && unicode.IsLower(firstRune(ls[j].text)) {
				broken++ // a sentence goes on in small letters
			} else if j > i && cjkRunes(ls[j-1].text) >= 15 && cjkRunes(ls[j].text) >= 15 && !strings.ContainsAny(lastRune(ls[j-1].text), "。！？!?") {
				cjk++ // or past a CJK line's end
			}
			if strings.ContainsAny(ls[j].text, "，、；,") {
				clauses++
			}
			stop = stop || strings.ContainsAny(ls[j].text, "。！？")
			j++
		}
		if j-i >= 3 && (broken > 0 || cjk > 0 && (stop || clauses >= 2)) { // CJK titles one per line have no full stop, and a comma in one at most
			// a short first line of the paragraph ("For 70 years, China")
			// continued in lower case on the next
			if p := i - 1; p >= 0 && !ls[i].gap && !ls[p].chrome && unicode.IsLower(firstRune(ls[i].text)) &&
				!strings.ContainsAny(lastRune(ls[p].text), ".?!:") && !isByline(ls[p].low) && !isDateLine(ls[p]) {
				ls[p].prose = true
			}
			for k := i; k < j; k++ {
				ls[k].prose = true
				// a line of a broken paragraph may end on "more" or "..."
				ls[k].teaser = ls[k].teaser && k == j-1
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

var andToComma = strings.NewReplacer(" and ", ",", " & ", ",")

// joinedNames reports whether a line is two names or more joined by commas
// or "and" and nothing else ("Jane Roe, Li Wei and Per Lindqvist"): the
// authors under a title, where a paragraph broken over lines never opens.
func joinedNames(t string) bool {
	parts := strings.Split(andToComma.Replace(t), ",")
	if len(parts) < 2 || len(strings.Fields(t)) > 16 {
		return false
	}
	for _, p := range parts {
		if !looksLikeName(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// dottedNames reports whether a line is two names or more set apart by
// bullets or bars ("Anna Berg • Li Wei"): the authors under a title, where
// a paragraph broken over lines never goes on.
func dottedNames(t string) bool {
	if !strings.ContainsAny(t, "•·|") {
		return false
	}
	ps := strings.FieldsFunc(t, func(r rune) bool { return r == '•' || r == '·' || r == '|' })
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		if !looksLikeName(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isSpace(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// isProse tells a sentence-bearing paragraph from a label, heading or link.
func isProse(t string, words int) bool {
	if words >= 25 {
		return true
	}
	if words < 10 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"”’')]"))
	return strings.ContainsRune(".?!:;…", last) || sentenceBreak(t)
}

// quotedCiteRe matches a reference as digests print one: a quoted title,
// a comma, then its authors and, in brackets, their institution.
var quotedCiteRe = regexp.MustCompile(`^[“"«]([^”"»]{10,300}?)[,.]?[”"»],\s+([^“”"«»()]+?)\s*(\([^()]*\))?\s*$`)

// quotedCite is t's quoted title and the names after it when t is such a
// reference and every part after the quote is a person's name, two names
// at least or one with an institution and its country in brackets ("(IAI,
// Italy)"); t and nil otherwise. A review's head names the book's authors
// and its publisher or year in brackets: "“Title”, Jane Roe (Harbour Press,
// Bergen)"; Read does not ask on a page of reviews.
func quotedCite(t string) (string, []string) {
	m := quotedCiteRe.FindStringSubmatch(t)
	if m == nil {
		return t, nil
	}
	parts := nameSplitRe.Split(m[2], -1)
	if len(parts) < 2 && !strings.Contains(m[3], ",") || yearRe.MatchString(m[3]) || hasAny(strings.ToLower(m[3]), publisherWords) {
		return t, nil // a review's head: the book's authors, its publisher and year
	}
	names := make([]string, 0, len(parts))
	for _, n := range parts {
		if n = strings.TrimSpace(n); !looksLikeName(n) {
			return t, nil
		}
		names = append(names, n)
	}
	return strings.TrimSpace(m[1]), names
}

// publisherWords name a book's publisher in a review's head.
var publisherWords = []string{"press", "verlag", "publishing", "publishers", "books", "editions", "éditions", "edizioni", "ediciones", "editorial", "universit"}

// reviewCues head a page of book reviews or credit a review.
var reviewCues = []string{"book review", "reviews", "reviewed by", "review by", "comptes rendus", "compte rendu", "rezension", "recensione", "reseña"}

// reviewPage reports whether a line at the top heads or credits a review.
func (r *reader) reviewPage() bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if l.words <= 8 && hasPrefixAny(l.low, reviewCues) {
			return true
		}
	}
	return false
}

// markCutText takes back the teaser mark of a long paragraph cut short
// when it is the page's only teaser: the article's own text, cut by the page
// or the scrape. A listing's teasers come several to a page.
func markCutText(ls []line) {
	long, teasers := -1, 0
	for i := range ls {
		if signUpLines[ls[i].low] || hasPrefixAny(ls[i].low, applyByLines) {
			return // an event's, a post's or a person's page: its one cut paragraph describes it
		}
		if ls[i].teaser {
			teasers++
			if ls[i].words >= longTeaser {
				long = i
			}
		}
	}
	if teasers == 1 && long >= 0 {
		ls[long].teaser = false
	}
}

// signUpLines are an event's, a job's or a person's page's calls: to sign
// up, to apply, to read the whole biography.
var signUpLines = setOf("register", "register now", "registration", "rsvp", "sign up", "upcoming", "upcoming events", "add to calendar",
	"apply", "apply now", "apply here", "careers", "vacancies", "job description", "read full biography", "full biography", "read full bio", "full bio")

// applyByLines open a job's deadline line.
var applyByLines = []string{"closing date", "application deadline", "apply by"}

// longTeaser is the length in words from which a paragraph that ends cut
// ("…", "...") is the article's own text cut by the page or the scrape, not a
// listing's teaser.
const longTeaser = 80

// wordCount is the number of words of t: its fields, half its Chinese
// and Japanese letters and a quarter of its Thai, Lao, Khmer and Burmese
// ones, which are written without spaces between words.
func wordCount(t string) int {
	return len(strings.Fields(t)) + cjkRunes(t)/2 + unspacedRunes(t)/4
}

// unspacedRunes counts the characters of t (letters and their vowel and
// tone marks) in the scripts of South-East Asia that write words without
// spaces between them.
func unspacedRunes(t string) int {
	n := 0
	for _, r := range t {
		if r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF {
			n++
		}
	}
	return n
}

// cjkRunes counts the Han, Hiragana and Katakana letters of t, which
// stand for words written without spaces.
func cjkRunes(t string) int {
	n := 0
	for _, r := range t {
		if r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)) {
			n++
		}
	}
	return n
}

// abbrevs end with a dot without ending a sentence.
var abbrevs = setOf("vol", "no", "nos", "dr", "mr", "mrs", "ms", "st", "pp", "p", "ed", "eds", "vs", "jr", "sr",
	"prof", "inc", "ltd", "co", "corp", "fig", "art", "sec", "ch", "op", "cit", "al", "etc", "approx", "dept",
	"gen", "gov", "sen", "rep", "rev", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "ph.d")

// sentenceBreak reports whether s has a dot ending a sentence inside it:
// ". " after a word that is no abbreviation or initial.
func sentenceBreak(s string) bool {
	return stopAt(s, false)
}

// casedBreak is sentenceBreak where the next sentence opens with no small
// letter: "strategic. relationships" is a typo's stop inside a title.
func casedBreak(s string) bool {
	return stopAt(s, true)
}

func stopAt(s string, cased bool) bool {
	for k := 0; k < len(s); {
		j := strings.Index(s[k:], ". ")
		if j < 0 {
			return false
		}
		j += k
		w := s[:j]
		if sp := strings.LastIndexAny(w, " ("); sp >= 0 {
			w = w[sp+1:]
		}
		lw := strings.ToLower(w)
		if utf8.RuneCountInString(w) > 1 && !abbrevs[lw] && !isNumber(w) && !(cased && unicode.IsLower(firstRune(s[j+2:]))) {
			return true
		}
		k = j + 2
	}
	return false
}

func (r *reader) read() Page {
	var p Page
	ls := r.ls
	if len(ls) == 0 {
		return skip(p, KindNavigation, "not a publication: empty page")
	}
	ti, title := r.title()
	rec := readJSONRecord(ls[0].text)
	cited := false // the page is one catalogue record: no kind of page but a publication's
	if rec.title == "" && (strings.HasPrefix(ls[0].text, "@") || strings.HasPrefix(ls[0].text, "TY ")) {
		var b strings.Builder
		for _, l := range ls[:min(len(ls), headLines)] {
			b.WriteString(l.text + "\n")
		}
		rec = readCiteRecord(b.String()) // a catalogue's BibTeX or RIS export
		cited = rec.title != ""
	}
	if rec.title != "" {
		ti, title = 0, rec.title // a site's JSON record saved as the page
	}
	if t := r.completeCut(ti, title); t != "" {
		title = t
	} else if t := r.cutAtHeading(title); t != "" {
		title = t
	}
	if i, t := r.selfCite(); t != "" && (title == "" || ti > i && !r.bylinedAt(ti)) {
		ti, title = i, t // the page names itself only in the line it asks to be cited by, before its text
	}
	if title == "" {
		if i, t := r.coverCite(); t != "" {
			ti, title = i, t // a journal's download cover, run into one line by a sharing site
		}
	}
	if t := r.textFileTitle(); t != "" {
		ti, title = 0, t // the page says what it is the text of
	}
	if kind, why := r.kind(ti, title); kind != "" && !cited {
		return skip(p, kind, why)
	}
	if ti < 0 {
		title = slugTitle(r.url)
	}
	if title == "" {
		title = r.inlineTitle() // handWay stays a fallback's
	}
	if title == "" {
		if i, t := r.titleByLine(); t != "" {
			ti, title = i, t
		}
	}
	prose := 0
	for _, l := range ls {
		if l.prose && !l.teaser {
			prose++
		}
	}
	meta := r.metaLabels()
	fallback := false // the title is rerank's best line already
	switch {
	case title == "" && prose == 0:
		return skip(p, KindNavigation, "not a publication: navigation only (no title, no prose)")
	case title == "" && spanWeights == nil:
		return skip(p, KindNavigation, "not a publication: no title found")
	case title == "":
		// a document's page whose title the rules missed: indexed under
		// the best-ranked line, since a skipped publication cannot be
		// found, when the page shows a document's marks, or its text under
		// a line rerank is sure of
		t, score, ok := r.bestUnnamedLine("") // never a byline as the title: rerank is not asked again
		if !ok || !r.documentEvidence() && !r.runOnTop() && (prose < 2 || score < fallbackScore) {
			if i, t := r.shortTitleOverDate(prose); t != "" {
				ti, title = i, t
				break
			}
			if t := r.stoppedHeading(); t != "" {
				ti, title = 0, t
				break
			}
			return skip(p, KindNavigation, "not a publication: no title found")
		}
		title, fallback = t, true
	case prose == 0 && meta < 3 && r.documentMarks() < 2 && r.mirrorMarks() < 2 && !r.coverRecord(ti) && rec.title == "":
		return skip(p, KindNavigation, "not a publication: no prose and no record metadata")
	}
	p.Title = r.trimTitle(title) // as every candidate of rerank is
	if t, ok := strings.CutPrefix(p.Title, "PDF "); ok && wordsWithLetters(t) >= 3 && r.printedElsewhere(t) && r.snippetLine("PDF "+t) {
		p.Title = t // a viewer's button run into a search snippet's title, printed again below ("PDF Archives and …" is a title)
	}
	if t, ok := cutPrefixFold(p.Title, "download "); ok && wordsWithLetters(t) >= 2 && (unquote(t) != t || r.printedElsewhere(t)) {
		// a sharing site's button run into the title, when the rest is
		// quoted or printed again ("Download Speeds and …" is a title);
		// the rules' title only, a cut line's "Download …" is no better
		// without it
		p.Title = unquote(t)
	}
	reranked := fallback
	if spanWeights != nil && !fallback {
		if t, ok := r.rerank(p.Title, spanWeights); ok {
			p.Title, reranked = t, true
		}
	}
	if spanWeights != nil && bannerName(p.Title) {
		if t, ok := r.rerankPast(p.Title, spanWeights); ok {
			p.Title, reranked = t, true // the institution's banner over the page: its title is below
		}
	}
	p.Title = r.colonKicker(p.Title)
	p.Title = r.noteOne(cjkSpaces(finalStop(openColon(r.extendInline(r.extendOpen(r.wholeLater(ti, r.joinEchoed(r.joinHeadEchoed(ti, r.echoCut(r.siteTailCut(p.Title)))))))))))
	if h, ok := doubled(p.Title); ok && !navTitle(h) {
		p.Title = h // a title printed twice on one line: "THE ROLE OF PORTSTHE ROLE OF PORTS"; an institution's name twice is a cover's banner, not the page's title
	} else if h, ok := doubledHead(p.Title); ok {
		p.Title = h
	}
	p.Title = labelledQuote(dropLead(r.cutGenreTail(tidyTitle(p.Title))))
	if r.mirrorMarks() >= 1 || r.listsSimilarDocs() {
		p.Title = titleGenreCut(p.Title) // a sharing site's copy names the document after its genre
	}
	p.Date = r.date(ti)
	p.Authors = r.authors(ti)
	// a JSON record's own fields, over what its text mentions
	if !rec.date.IsZero() {
		p.Date = rec.date
	}
	if len(rec.authors) > 0 {
		p.Authors = rec.authors
	}
	labelled := r.handWay == handRecord || rec.title != "" // a record's labelled title is whole
	if t, names, ok := r.trailingNames(p.Title); ok && !labelled {
		p.Title = t
		if len(p.Authors) == 0 {
			p.Authors = names
		}
	} else if len(p.Authors) == 0 && ti >= 0 && ti < len(ls) && !labelled {
		if t, names, ok := r.trailingNames(ls[ti].text); ok && t == p.Title {
			p.Authors = names // the title line's byline, which the title rules cut already
		}
	}
	if t, names := cutBylineTail(p.Title); t != p.Title {
		p.Title = t // a byline the rules above left on the title's line
		if len(p.Authors) == 0 {
			p.Authors = names
		}
	}
	if t, names := quotedCite(p.Title); t != p.Title && !r.reviewPage() {
		p.Title = t // a digest's reference: "“Title”, Jane Roe, Li Wei (Institute)"
		if len(p.Authors) == 0 {
			p.Authors = names
		}
	}
	if t, ok := r.notAuthor(p.Title, p.Authors); ok {
		p.Title, reranked = t, true
	}
	p.Title, p.Authors = r.questionAuthor(p.Title, p.Authors)
	if len(p.Authors) == 0 && ti >= 0 && ti < len(ls) {
		if t, a := r.questionAuthor(ls[ti].text, nil); t == p.Title {
			p.Authors = a // the title line's author, cut from the title before
		}
	}
	p.Authors = slices.DeleteFunc(p.Authors, func(a string) bool {
		return strings.EqualFold(alnum(a), alnum(p.Title)) // the title's line read as a byline under a banner
	})
	bare := p.Date.IsZero() && len(p.Authors) == 0
	if kind, why := r.titleKind(p.Title, reranked, bare); kind != "" {
		return skip(Page{}, kind, why)
	}
	if eventLabelled(p.Title, p.Authors) {
		return skip(Page{}, KindEvent, "not a publication: event page ("+p.Title+")")
	}
	if bare && r.namesItself(p.Title) {
		return skip(Page{}, KindNavigation, "not a publication: the institution's name as its title ("+p.Title+")")
	}
	if bare {
		if what := address.Site(r.url); what != "" {
			return skip(Page{}, KindNavigation, "not a publication: no date, no byline, and the address of a site's own page ("+what+")")
		}
		if what := address.List(r.url); what != "" {
			return skip(Page{}, KindListing, "not a publication: no date, no byline, and the address of a list ("+what+")")
		}
	}
	p.Code, p.Series = r.codeSeries()
	p.Synopsis, p.Body = r.body(ti)
	p.Mirror = r.mirrorMarks() >= 2
	return p
}

// gluedColonRe is a colon a page's text glued to the word after it
// ("policy:An A-Z").
var gluedColonRe = regexp.MustCompile(`(\p{Ll}\p{Ll}):(\p{Lu}\p{Ll})`)

// tidyTitle is t with its first glued colon spaced and a quote mark that closes
// nothing, or opens nothing, dropped from its end or its head.
func tidyTitle(t string) string {
	if m := gluedColonRe.FindStringSubmatchIndex(t); m != nil {
		t = t[:m[3]] + ": " + t[m[4]:] // the first only: a title has one subtitle
	}
	if v, ok := strings.CutSuffix(t, "”"); ok && !strings.ContainsAny(v, "“„”«") {
		t = strings.TrimSpace(v) // „…” and ”…” pair too
	} else if v, ok := strings.CutPrefix(t, "“"); ok && !strings.Contains(v, "”") {
		t = strings.TrimSpace(v)
	} else if strings.Count(t, `"`) == 1 {
		t = strings.TrimSpace(strings.Trim(t, `"`))
	}
	if m := bracketLabelRe.FindStringIndex(t); m != nil && wordsWithLetters(t[m[1]:]) >= 3 && !unicode.IsLower(firstRune(t[m[1]:])) &&
		bracketLabels[strings.ToLower(strings.Trim(strings.TrimSpace(t[:m[1]]), "[]"))] {
		t = t[m[1]:] // "[Columnist] Title": a news site's label in brackets; "[Part II]" or "[Working Draft]" say what the text is
	}
	return t
}

// bracketLabelRe matches a label of one to three words in square brackets
// opening a title: "[COLUMNIST] ", "[Opinion] ".
var bracketLabelRe = regexp.MustCompile(`^\[\pL+(?: \pL+){0,2}\] +`)

// bracketLabels are the kinds of column a news site sets in brackets
// before a title, which the title is not.
var bracketLabels = setOf("columnist", "column", "opinion", "op-ed", "editorial", "analysis", "commentary", "comment", "blog",
	"news", "exclusive", "feature", "interview", "guest column", "guest post", "칼럼", "기고", "사설", "评论", "社论", "コラム")

// shortTitleOverDate is the title of a page with two paragraphs of text
// or more whose only title is a short line in name shape over its date
// ("Fiscal Rules Revisited" / "3 March 2019"), which the title rules read
// as a byline. A person's name in that place (a byline over a page whose
// title was cut off) is taken too when nothing marks it as a name: a
// skipped publication cannot be found.
func (r *reader) shortTitleOverDate(prose int) (int, string) {
	if prose < 2 {
		return -1, ""
	}
	r.shortOverDate = true
	defer func() { r.shortOverDate = false }()
	return r.title()
}

// stoppedHeading is the page's first line when it is a heading that a
// label in capitals opens and a full stop ends ("THE NORTHERN ISLES: A
// Winter Without Ferries.") over two paragraphs of
// text, the first at once under it; "" otherwise. Titles rarely end so,
// but a reposting blog's do; a site's own notices ("Vacancy: …", "Call
// for Papers: …") are not in capitals.
func (r *reader) stoppedHeading() string {
	ls := r.ls
	if len(ls) < 3 || ls[0].chrome || !ls[1].prose || ls[1].words < 25 || !ls[2].prose {
		return ""
	}
	t := ls[0].text
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") || ls[0].words < 3 || ls[0].words > 18 || sentenceBreak(t[:len(t)-1]) {
		return ""
	}
	ws := strings.Fields(t)
	cased := 0
	for _, w := range ws {
		if unicode.IsUpper(firstRune(w)) || smallWords[strings.ToLower(w)] {
			cased++
		}
	}
	head, _, ok := strings.Cut(t, ": ")
	if !ok || !allCaps(head) || cased*5 < len(ws)*4 || looksLikeName(strings.TrimSuffix(t, ".")) || NotTitle(t) || callToAction(ws[0]) {
		return ""
	}
	return strings.TrimSuffix(t, ".")
}

// callToAction reports whether a heading's first word asks the reader to
// act ("Join Us: …", "Get Our Briefing: …"): a site's own page.
func callToAction(w string) bool {
	switch strings.ToLower(strings.Trim(w, ":,")) {
	case "join", "get", "sign", "subscribe", "register", "apply", "support", "donate", "contact", "discover", "explore", "learn", "download", "follow", "find", "meet", "welcome", "enroll", "enrol", "book", "buy", "order", "watch", "listen":
		return true
	}
	return false
}

// notAuthor is the best line that is no one's name when title is the
// name of one of the page's authors, and true; title and false otherwise.
func (r *reader) notAuthor(title string, authors []string) (string, bool) {
	if spanWeights == nil || !r.isAuthor(title, authors) {
		return title, false
	}
	if t, _, ok := r.bestUnnamedLine(title); ok { // nor the note about the person
		return t, true
	}
	return title, false
}

// bestUnnamedLine is rerank's best candidate that is no furniture, byline
// or name, nor holds name when it is not "", and whether there is one.
func (r *reader) bestUnnamedLine(name string) (string, float64, bool) {
	cs := r.spanCands("")
	b := pickSpan(cs, spanWeights, r.addCostly, func(c *spanCand) bool {
		return NotTitle(c.text) || isByline(strings.ToLower(c.text)) || looksLikeName(c.text) || name != "" && strings.Contains(c.text, name)
	})
	if b < 0 {
		return "", 0, false
	}
	return cs[b].text, cs[b].f.score(spanWeights), true
}

// notFoundCues mark a missing page's or a cookie banner's text under a day
// stamp: no document.
var notFoundCues = []string{"cookies on", "stores cookies", "uses cookies", "use cookies", "404", "page not found", "could not find the page", "can't be found", "cannot be found",
	"no longer exists", "page you are looking for", "page you requested"}

// fallbackScore is the rerank score above which a line over two
// paragraphs of text is taken for the title of a page without a
// document's marks; below it such a page is as often a site's own page.
const fallbackScore = 2

// runOnTop reports whether one of the first lines is prose of runOnWords
// or more: a document's text saved without its line breaks, whose title is
// among its first words.
func (r *reader) runOnTop() bool {
	for _, l := range r.ls[:min(len(r.ls), 3)] {
		if l.prose && l.words >= runOnWords && !menuStart(l.low) {
			return true
		}
	}
	return false
}

// menuStart reports whether a line's first words hold a site's menu or
// basket words: a forum's or a shop's page saved as one line.
func menuStart(low string) bool {
	fs := strings.Fields(low)
	for _, w := range fs[:min(len(fs), 8)] {
		if runOnMenuWords[strings.Trim(w, ".,:|»")] {
			return true
		}
	}
	return false
}

// runOnMenuWords are words of a site's menus that no document's first
// words hold.
var runOnMenuWords = setOf("home", "forums", "basket", "checkout", "cart", "login", "menu", "sitemap")

// runOnWords is the length from which one line of prose is a document's
// paragraphs run together (a PDF's text saved without its line breaks); a
// web page's paragraph is shorter.
const runOnWords = 240

// isAuthor reports whether t is the byline's names and nothing else
// ("Jane Roe and Li Wei"), or one of the page's authors' names that the
// page names apart from it: a byline or a note about the person ("Jane Roe
// is a fellow …"). A title the author reader misread as a name has no such
// line.
func (r *reader) isAuthor(t string, authors []string) bool {
	if authorsOnly(t, authors) {
		return true // "Jane Roe and Li Wei": the byline's names, no title
	}
	if !looksLikeName(t) {
		return false
	}
	n := normalizeName(t)
	named := false
	for _, a := range authors {
		named = named || strings.EqualFold(normalizeName(a), n)
	}
	if !named {
		return false
	}
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if strings.HasPrefix(l.text, t+" is ") || strings.HasPrefix(l.text, t+" was ") || strings.HasPrefix(l.text, t+", ") ||
			isByline(l.low) && strings.Contains(l.text, t) {
			return true
		}
	}
	return false
}

// documentEvidence reports whether a page with prose shows a document's
// marks: a byline, a sharing site's furniture or a report's marks.
func (r *reader) documentEvidence() bool {
	return r.mirrorMarks() >= 2 || r.documentMarks() >= 1 || len(r.authors(-1)) > 0 || len(r.ls) > 1 && r.ls[0].stamp && !r.ls[1].chrome && !hasAny(r.ls[1].low, notFoundCues)
}

// mirrorMarks counts the furniture of a document sharing site at the top of
// a page: upload stamps, viewers' page counters, download and report
// buttons, view counters.
func (r *reader) mirrorMarks() int {
	if r.mirrorN > 0 {
		return r.mirrorN - 1
	}
	n := r.headMarks(func(l line) bool {
		return hasPrefixAny(l.low, viewerFurniture) || hasPrefixAny(l.low, uploadStamps) || hasPrefixAny(l.low, []string{"download as pdf", "download as docx", "report this document", "save for later", "download now",
			"save to library", "flag for inappropriate content", "total views", "number of embeds", "no downloads"}) ||
			hasPrefixAny(l.low, sharingBanners) ||
			len(l.low) <= 20 && viewCounterRe.MatchString(l.low) || l.low == "continue reading" || r.shareQuote(l)
	})
	if n > 0 {
		// labels any site may print ("Advertisement", "Download PDF
		// file") count only beside a sharing site's own marks
		for _, l := range r.ls[:min(len(r.ls), headLines)] {
			if sharingLabel(l.low) {
				n++
			}
		}
	}
	r.mirrorN = n + 1 // counted once: many rules ask
	return n
}

// shareQuote reports whether l is a sharing site's button with the
// document's title in quotes ("Share “Title”", "Partager “Title”") when
// the page prints that title as a line of its own too.
func (r *reader) shareQuote(l line) bool {
	if l.words > 40 || !strings.HasSuffix(l.text, `"`) && !strings.HasSuffix(l.text, "”") {
		return false
	}
	m := shareQuoteRe.FindStringSubmatch(l.text)
	return m != nil && r.lineAlone(m[1])
}

// shareQuoteRe matches one word and a quoted text: a button's label and the
// document's title.
var shareQuoteRe = regexp.MustCompile(`^\pL+ ["“](.{8,})["”]$`)

// sharingLabel reports whether line low is a label sharing sites print
// and other sites may print too.
func sharingLabel(low string) bool {
	return sharingFurniture[low] || strings.HasPrefix(low, "transcript of ") || strings.HasPrefix(low, "transcrição de ")
}

// sharingFurniture is what sharing sites print around the one document
// they show, but other sites print too: an advert's label, a download
// button, a related list's heading, a copy button's notice.
var sharingFurniture = setOf("advertisement", "anuncio", "publicidad", "werbung", "publicité", "annonce", "reklam",
	"download pdf file", "documentos relacionados", "documents similaires", "ähnliche dokumente", "copied!")

// sharingBanners start lines only a sharing site prints: its banner, its
// offline button, its report link, a reader's transcription notice.
var sharingBanners = []string{"slideshare a scribd company", "slideshare una empresa de scribd", "descargar para leer sin conexión", "download to read offline",
	"page content transcription", "if your browser does not render page correctly", "report dmca / copyright"}

// uploadStamps start a sharing site's upload record lines, printed once
// per document.
var uploadStamps = []string{"uploaded by", "upload date", "upload:", "page created by", "post on ", "date post:"}

// oneMirrorCopy reports whether the page is a sharing site's page of one
// document: its furniture (upload stamp, counters) printed once, where a
// sharing site's list of documents prints it for each.
func (r *reader) oneMirrorCopy() bool {
	if r.mirrorMarks() < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		counter := len(l.low) <= 20 && viewCounterRe.MatchString(l.low)
		if !counter && !hasPrefixAny(l.low, uploadStamps) {
			continue
		}
		k := fs0(l.low)
		if counter {
			k = "counter " + strings.Fields(l.low)[1]
		}
		if seen[k] {
			return false
		}
		seen[k] = true
	}
	return true
}

// mdImageRe matches a Markdown image alone on a line: ![text](address).
var mdImageRe = regexp.MustCompile(`^!\[(.*)\]\([^)\s]*\)$`)

// viewerFurniture starts the lines a document viewer prints around a
// document, on mirrors and on a publisher's own viewer alike.
var viewerFurniture = []string{"you are on page", "embed size", "citation preview", "download to read", "total page", "file type:"}

// headMarks counts the lines at the top of the page that mark reports,
// and the page counters of document viewers.
func (r *reader) headMarks(mark func(line) bool) int {
	n := 0
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if mark(l) || len(l.low) <= 20 && pageCounterRe.MatchString(l.low) {
			n++
		}
	}
	return n
}

// viewCounterRe matches a sharing site's counters ("29 views", "3 download").
var viewCounterRe = regexp.MustCompile(`^[\d.,]+k? (views?|downloads?)$`)

func skip(p Page, kind, why string) Page {
	p.Kind, p.Skip = kind, why
	return p
}

// metaLabels counts catalogue-record labels ("Author:", "Publication Date:")
// on the page: a record's worth makes a publication without prose.
func (r *reader) metaLabels() int {
	n := 0
	for i, l := range r.ls {
		if i >= headLines*2 {
			break
		}
		if k, _, ok := keyValue(l.text); ok && recordKeys[k] {
			n++
		}
	}
	return n
}

// documentMarks counts the marks of a document on a page without prose
// (a book's front matter, a viewer's first page): an ISBN or DOI, "First
// published", a reproduction notice, a page viewer's counters.
func (r *reader) documentMarks() int {
	return r.headMarks(func(l line) bool {
		return hasAny(l.low, []string{"isbn", "doi.org/", "doi:", "first published", "published by", "no part of this"}) ||
			hasAny(l.low, viewerFurniture)
	})
}

var recordKeys = setOf("author", "authors", "publication date", "date published", "published", "publisher",
	"content type", "document type", "institution", "abstract", "isbn", "doi", "journal", "volume", "issue",
	"pages", "year", "series", "language", "source", "format", "date", "type",
	// the same labels on non-English record pages
	"автори", "автор", "авторы", "видання", "видавець", "издатель", "дата", "autor", "autores", "autori",
	"auteur", "auteurs", "verfasser", "herausgeber", "éditeur", "editorial", "editore", "fecha", "datum",
	"date de publication", "fecha de publicación", "publicado", "veröffentlicht", "erschienen", "quelle", "fuente")

// keyValue splits "Label: value" (value may be empty when it is on the next
// line). The label is lower-cased; it must be short.
func keyValue(s string) (key, val string, ok bool) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 || utf8.RuneCountInString(s[:i]) > 30 {
		return "", "", false
	}
	key = strings.ToLower(strings.TrimSpace(s[:i]))
	if strings.Count(key, " ") > 3 {
		return "", "", false
	}
	for _, r := range key {
		if !unicode.IsLetter(r) && r != ' ' && r != '(' && r != ')' && r != '-' {
			return "", "", false
		}
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return key, strings.TrimSpace(s[i+size:]), true
}

// slugTitle makes a title from the last path segment of an address when it
// reads as words ("the-quiet-rise-of-x"); "" otherwise.
func slugTitle(raw string) string {
	words := slugWords(raw)
	if len(words) < 5 {
		return ""
	}
	t := strings.ToLower(strings.Join(words, " "))
	r, size := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[size:]
}

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// issueWords precede an issue or volume number, which a date parser would
// take for a day ("Issue 13 - September 2018").
var issueWords = setOf("issue", "vol", "volume", "no", "nos", "number", "nr")

// dropIssueNumbers blanks the numbers that follow an issue word or "#".
func dropIssueNumbers(s string) string {
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		k := i
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		if k > 0 && s[k-1] == '.' {
			k--
		}
		w := k
		for w > 0 && (s[w-1]|0x20 >= 'a' && s[w-1]|0x20 <= 'z') {
			w--
		}
		word := strings.ToLower(s[w:k])
		if !(k > 0 && s[k-1] == '#' || issueWords[word] || strings.HasSuffix(word, "issue") && len(word) > 5) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		for j := i; j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == '/' || s[j] == '-') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9'); j++ {
			b[j] = ' ' // the whole number: "ISSUE 2019/04 MAY 2019" has no day 4
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// findDate finds a publication date in s, also when the date is glued to
// the word before it ("Published3 March 2024", "Posted on:12/03/2021").
func findDate(s string) (pub.Date, bool) {
	s = dropIssueNumbers(s)
	if strings.Contains(s, " – ") || strings.Contains(s, " - ") || strings.Contains(s, " — ") {
		s = dropDashedNumber(s)
	}
	if strings.Contains(s, " ,") {
		s = spacedCommaRe.ReplaceAllString(s, "$1 $2,") // "September, 01 , 2008"
	}
	if d, ok := fields.FindDate(s, fields.DayFirst); ok {
		return d, true
	}
	if g := unglue(s); g != s {
		return fields.FindDate(g, fields.DayFirst)
	}
	if strings.ContainsAny(s, "年년") {
		return fields.CJKDate(s)
	}
	return pub.Date{}, false
}

// dashedNumberRe matches a number after a bar or a slash, or opening a
// segment of a line split at its bars, set off from
// "month year" by a spaced dash: "HARBOUR PAPERS 14 | 07 – maggio 2014"
// numbers a paper; "Roma, 14 - marzo 2021" is a day.
var dashedNumberRe = regexp.MustCompile(`(^|[|/] ?)(\d{1,2}) [–—-] (\pL+) (?:19|20)\d\d`)

// dropDashedNumber blanks the number of "07 – maggio 2014", so that the
// month is read without a day; a range's end ("12 – 14 April") and a day
// dashed on both sides of its month ("12 - junio - 2019") are kept.
func dropDashedNumber(s string) string {
	return dashedNumberRe.ReplaceAllStringFunc(s, func(m string) string {
		g := dashedNumberRe.FindStringSubmatch(m)
		if !fields.IsMonth(strings.ToLower(g[3])) {
			return m
		}
		return g[1] + strings.Repeat(" ", len(g[2])) + m[len(g[1])+len(g[2]):]
	})
}

// spacedCommaRe matches a month, a comma and a day with a spaced comma
// after it, as some sites print their dates ("September, 01 , 2008").
var spacedCommaRe = regexp.MustCompile(`(?i)\b(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*),?\s+(\d{1,2})\s+,`)

// unglue puts a space between a word of three or more letters and the
// digits touching it, and between digits and a month name or a capital
// after them ("2008During").
func unglue(s string) string {
	var b strings.Builder
	run := 0 // letters in the current word
	prevDigit, prevUpper := false, false
	for i, r := range s {
		isDigit := r >= '0' && r <= '9'
		switch {
		case isDigit && run >= 3:
			b.WriteByte(' ')
		case unicode.IsLetter(r) && prevDigit && (startsMonth(s[i:]) || unicode.IsUpper(r)):
			b.WriteByte(' ')
		case unicode.IsUpper(r) && run > 0 && !prevUpper && startsMonth(s[i:]):
			b.WriteByte(' ') // a month glued to the word before it: "20 min readOct 10, 2024"
		}
		prevUpper = unicode.IsUpper(r)
		b.WriteRune(r)
		if unicode.IsLetter(r) {
			run++
		} else {
			run = 0
		}
		prevDigit = isDigit
	}
	return b.String()
}

func startsMonth(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.EqualFold(s[:3], m) { // the first three bytes only: unglue asks at every letter
			return true
		}
	}
	return false
}

// inlineRecordRe matches a title labelled inside a one-line record
// ("authors: … title: … date: …"), up to the next label.
var inlineRecordRe = regexp.MustCompile(`(?:^|\s)title:\s+(.{10,300}?)\s+(?:date|journal|doi|authors?|abstract|year|source|publisher|keywords|url):\s`)

// repeatedOpening is the longest run of words that opens one of the first
// two lines and is printed again within the next lines, as a cover prints
// its title and its first page prints it again ("Title Title Event
// Report"); "" when there is none of four to twenty-four words. A longer
// run is a preview of the text, not a title.
func (r *reader) repeatedOpening() string {
	var lines []string // single-spaced, as the runs are joined
	for _, l := range r.ls {
		if len(lines) == 4 {
			break
		}
		if !l.chrome {
			lines = append(lines, strings.Join(strings.Fields(l.text), " "))
		}
	}
	for li := 0; li < len(lines) && li < 2; li++ {
		ws := strings.Fields(lines[li])
		line := lines[li][:min(len(lines[li]), 1500)]
		for n := min(25, len(ws)); n >= 4; n-- {
			head := strings.Join(ws[:n], " ")
			// again in the same line (a flattened cover) not after a cut
			// preview ("… only proxima... more It has …"), or opening a
			// line of its own; a mention inside a sentence is none
			again := false
			if len(head) < len(line) { // not when the line is longer than the stretch searched
				if k := strings.Index(line[len(head):], head); k >= 0 && (k == 0 || line[len(head)+k-1] == ' ') {
					again = firstCutMark(line[len(head):len(head)+k]) < 0
				}
			}
			for _, l := range lines[li+1:] {
				again = again || strings.HasPrefix(l, head)
			}
			if !again {
				continue
			}
			if n == 25 || len(head) > 300 || endsOpen(head) || strings.ContainsAny(lastRune(head), ",:;-–") || NotTitle(head) || !hasLetters(head, 10) ||
				n >= 15 && strings.HasSuffix(head, ".") || n < len(ws) && unicode.IsDigit(firstRune(ws[n])) {
				return "" // a sentence of the text, or a label whose numbers differ ("… vol. 3", "… vol. 4")
			}
			return head
		}
	}
	return ""
}

// titlePageHeadRe matches a page's running head at the start of a line: the
// title, a bar and the page's number.
var titlePageHeadRe = regexp.MustCompile(`^(\p{Lu}[^|]{10,150}?) \| \d{1,3} `)

// coverNamesRe matches two names joined by "&" or "and" ("Jane Roe & Li Wei").
var coverNamesRe = regexp.MustCompile(`\s\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:&|and) \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b`)

// titleByRe is a title with its byline on one line: "Title, by Jane Roe".
var titleByRe = regexp.MustCompile(`^(.{12,300}?), [Bb]y (\p{Lu}[\p{L}.'’ -]{2,40}?)(?:, Jr\.?)?$`)

// titleByLine is a title the rules missed printed with its byline on one
// of the page's first lines, over the page's text, and that line; -1 and
// "" when none.
func (r *reader) titleByLine() (int, string) {
	seen := 0
	for i, l := range r.ls {
		if l.chrome {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		m := titleByRe.FindStringSubmatch(l.text)
		if m == nil || !looksLikeName(m[2]) || wordsWithLetters(m[1]) < 3 || r.proseCount() < 2 {
			continue
		}
		return i, strings.TrimSpace(m[1])
	}
	return -1, ""
}

// inlineTitle finds the title of a page whose cover or record came out as
// one long line: a labelled title in a one-line record, or the words
// before the authors' names on a one-line cover that goes on to its
// abstract.
func (r *reader) inlineTitle() string {
	if t := r.repeatedOpening(); t != "" {
		return t
	}
	for i, l := range r.ls {
		if i >= 3 {
			break
		}
		if m := inlineRecordRe.FindStringSubmatch(l.text); m != nil {
			return strings.TrimSpace(m[1])
		}
		if m := titlePageHeadRe.FindStringSubmatch(l.text); m != nil && l.words >= 25 && titleShape(mkLine(m[1])) && wordCount(m[1]) >= 3 {
			return strings.TrimSpace(m[1]) // a page's running head, "Title | 1", run into its text
		}
		if l.words < 60 {
			continue
		}
		k := strings.Index(lowerSameLen(l.text), "abstract") // l.low's offsets may not be l.text's
		if k < 0 || k > 600 {
			continue
		}
		loc := coverNamesRe.FindStringIndex(l.text[:k])
		if loc == nil {
			continue
		}
		if t := strings.TrimSpace(l.text[:loc[0]]); len(strings.Fields(t)) >= 4 && titleShape(mkLine(t)) {
			return t
		}
	}
	for i, l := range r.ls {
		if i >= 5 {
			break
		}
		if t := coverLineTitle(l.text); t != "" {
			return t
		}
		if t := namedCoverTitle(l.text); t != "" {
			return t
		}
		if m := citedTitleRe.FindStringSubmatch(l.text); m != nil && len(strings.Fields(m[1])) >= 3 {
			return strings.TrimSpace(m[1]) // a repository's citation line: "Roe, Jane (2017) Title. Series 8."
		}
	}
	// A page's own title line, "Title | SITE", printed after its text.
	for _, l := range r.ls {
		if m := titleTagRe.FindStringSubmatch(l.text); m != nil && !l.chrome && strings.Count(l.text, " | ") == 1 && len(strings.Fields(m[1])) >= 3 && !strings.HasSuffix(m[1], ".") &&
			!fileTypes[strings.ToLower(l.text[strings.LastIndex(l.text, "| ")+2:])] {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// joinEchoed is title with the next line or two joined to it when the
// page prints the joined words together elsewhere (a title broken over a
// cover's lines that a record or a running head prints whole); title
// unchanged otherwise.
func (r *reader) joinEchoed(title string) string {
	key := alnum(title)
	if len(key) < 8 {
		return title
	}
	n := min(len(r.ls), headLines)
	at := -1
	for j := range n {
		if r.lineKey(j) == key {
			at = j
			break
		}
	}
	if at < 0 {
		return title
	}
	// the one or two lines that may go on the title, longest join first
	var texts, keys []string
	for k := at + 1; k < n && k <= at+2; k++ {
		next := r.ls[k]
		if _, _, kv := keyValue(next.text); kv || next.chrome || next.prose || next.dated || next.words > 8 || wordsWithLetters(next.text) < next.words ||
			r.lineKey(k) == "\x00" || r.isNameLine(k) || isOrgLine(next) {
			break
		}
		texts, keys = append(texts, next.text), append(keys, r.lineKey(k))
	}
	for m := len(texts); m > 0; m-- {
		if r.keyElsewhere(key + strings.Join(keys[:m], "")) {
			return title + " " + strings.Join(texts[:m], " ")
		}
	}
	return title
}

// cutAtHeading is a sharing site's record line cut short ("Ferry
// Choicesthe crossings grew longer each winter in...") up to where
// the document's own heading, printed on a line of its own, ends: the
// record's words after it are the text's. "" when no line is its start.
func (r *reader) cutAtHeading(title string) string {
	if !cutMark(title) {
		return ""
	}
	key := alnum(title)
	best := ""
	for j := range min(len(r.ls), headLines) {
		if l := r.ls[j]; l.prose || l.chrome {
			continue
		}
		if k := r.lineKey(j); len(k) >= 15 && len(k)+5 <= len(key) && len(k) > len(best) && strings.HasPrefix(key, k) {
			best = k
		}
	}
	if best == "" {
		return ""
	}
	n := utf8.RuneCountInString(best)
	for i, c := range title {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if n--; n < 0 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return ""
}

// echoCut is title without the name run into its end when one of the
// page's first lines prints the title alone ("Fares of the Isles" over
// "Fares of the Isles Anna Berg", in any case): a saved document's head
// line over its cover, whose author follows the title on one line.
func (r *reader) echoCut(title string) string {
	fs := strings.Fields(title)
	if allCaps(title) {
		return title // a capitals title broken over a cover's lines: its next line's words look like a name
	}
	key := strings.ToLower(alnum(title))
	for i, seen := 0, 0; i < len(r.ls) && seen < 3; i++ {
		l := r.ls[i]
		if l.words == 0 {
			continue
		}
		seen++
		n := len(strings.Fields(l.text)) // not l.words: CJK letters count as words there
		if n < 4 || n >= len(fs) || len(fs)-n > 5 {
			continue
		}
		if head := strings.Join(fs[:n], " "); endsOpen(head) || possessiveEnd(head) {
			continue // a title broken over lines ("… on the Board's" / "Eastern Lanes"), or a cut head line
		}
		lk := strings.ToLower(alnum(l.text))
		if !strings.HasPrefix(key, lk) || strings.ToLower(alnum(strings.Join(fs[:n], " "))) != lk {
			continue
		}
		if rest := fs[n:]; unicode.IsUpper(firstRune(rest[0])) && (r.namesRun(rest) || len(rest) == 1 && r.nameGoesOn(rest[0])) {
			return strings.Join(fs[:n], " ")
		}
	}
	return title
}

// namesRun reports whether ws are people's names: two names in a row
// ("Anna Berg Li Wei"), or one the page prints elsewhere. "Winter Review"
// after a blog's name printed above is no one's.
func (r *reader) namesRun(ws []string) bool {
	if len(ws) < 2 || !looksLikeName(ws[0]+" "+ws[1]) {
		return false
	}
	if len(ws) >= 4 && looksLikeName(ws[2]+" "+ws[3]) {
		return true
	}
	name, all := ws[0]+" "+ws[1], strings.Join(ws, " ")
	return r.printedApart(all, func(_ int, l line) bool {
		return strings.Contains(l.text, name) && !strings.Contains(l.text, all)
	})
}

// nameGoesOn reports whether a line of the page holds first, a given
// name, followed by a capitalised word: the name whose start a cut line
// ends with ("… of the Northern Isles Anna").
func (r *reader) nameGoesOn(first string) bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if k := strings.Index(l.text, " "+first+" "); k >= 0 {
			rest := strings.Fields(l.text[k+len(first)+2:])
			if len(rest) > 0 && looksLikeName(first+" "+rest[0]) {
				return true
			}
		}
	}
	return false
}

// joinHeadEchoed is title with the line before it, line ti's, put in
// front when the page prints the two together elsewhere: a title broken
// over a cover's lines ("Promy po burzy i nowe" / "taryfy : …")
// of which the rules read the second part. Title unchanged otherwise.
func (r *reader) joinHeadEchoed(ti int, title string) string {
	if ti < 1 || ti >= min(len(r.ls), headLines) || !strings.HasPrefix(title, r.ls[ti].text) {
		return title
	}
	prev := r.ls[ti-1]
	if prev.chrome || prev.prose || prev.dated || prev.words < 2 || prev.words > 10 || !hasLetters(prev.text, 3) || r.lineKey(ti-1) == "\x00" || r.isNameLine(ti-1) {
		return title // a one-word section ("Ferries", "ANALYSIS") ends a breadcrumb or a share line before the title
	}
	if key := r.lineKey(ti-1) + alnum(title); len(key) >= 20 && r.keyElsewhere(key) {
		return prev.text + " " + title
	}
	return title
}

// keyElsewhere reports whether a line at the top ends with key, the
// letters of lines joined (a record's "Download …" line, a running head's
// "SITE - …"; the joined lines cannot): a line that goes on after it runs
// the title into names or dates.
func (r *reader) keyElsewhere(key string) bool {
	for j := range min(len(r.ls), headLines) {
		if strings.HasSuffix(r.lineKey(j), key) {
			return true
		}
	}
	return false
}

// bylinedAt reports whether one of the two lines after line ti is a byline
// or a name: a heading with its author, not a line of the text.
func (r *reader) bylinedAt(ti int) bool {
	for j, k := r.nextLine(ti), 0; j >= 0 && k < 2; j, k = r.nextLine(j), k+1 {
		if isByline(r.ls[j].low) || r.isNameLine(j) || wholeForeignByline(r.ls[j].text) {
			return true
		}
	}
	return false
}

// selfCite finds the line near the top that a page prints to be cited by
// and the title it gives; -1 and "" when there is none.
func (r *reader) selfCite() (int, string) {
	for i, l := range r.ls[:min(len(r.ls), 10)] {
		if l.words < 6 || !strings.Contains(l.text, ", ") {
			continue
		}
		if m := selfCiteRe.FindStringSubmatch(l.text); m != nil {
			return i, strings.TrimSpace(m[1] + m[2])
		}
	}
	return -1, ""
}

// coverCite is the title and its line that a journal's download cover
// names in its "To cite this article" line, or -1 and "".
func (r *reader) coverCite() (int, string) {
	for i, l := range r.ls[:min(len(r.ls), 10)] {
		if m := citeLabelRe.FindStringIndex(l.text); m != nil {
			k := m[0] // on the line's own bytes: lower-casing may change their count
			if j, t := r.journalCite(i, l.text[k:min(len(l.text), k+800)]); t != "" {
				return j, t
			}
		}
	}
	return -1, ""
}

// citeLabelRe matches the label of a journal cover's cite line.
var citeLabelRe = regexp.MustCompile(`(?i)to cite this article: `)

// journalCiteRe matches a journal's cover line to be cited by: its
// authors, the year in brackets, then the title and the journal's name,
// both of which may hold commas, before the volume and issue ("… (2014)
// Title, Harbour Quarterly, 7:2, …").
var journalCiteRe = regexp.MustCompile(`^(?i:to cite this article): [^()]{3,200}? \((?:19|20)\d\d\) (\p{Lu}.{8,400}?), \d{1,4}:\d{1,4},`)

// journalCite is the title a journal cover's cite line names (seg, on line
// i), and the line that prints it apart (i when the cover runs into the
// cite line): of the cuts of "Title, Journal" at a comma, the longest that
// the cover prints apart from the cite line too, before it on its line or
// opening a line of its own ("Journal of European Integration" does not
// print "European integration"); "" when none is.
func (r *reader) journalCite(i int, seg string) (int, string) {
	m := journalCiteRe.FindStringSubmatch(seg)
	if m == nil {
		return -1, ""
	}
	before, _, _ := strings.Cut(r.ls[i].text, seg)
	run := alnum(before)
	printed := func(key string) bool { // in the cover run into the cite line, or opening a line of its own
		if strings.Contains(run, key) {
			return true
		}
		for j := range min(len(r.ls), headLines) {
			if j != i && strings.HasPrefix(r.lineKey(j), key) {
				return true
			}
		}
		return false
	}
	best := ""
	for k := 0; k < len(m[1]); k++ {
		if m[1][k] != ',' || k+1 < len(m[1]) && m[1][k+1] != ' ' {
			continue
		}
		if t := m[1][:k]; wordCount(t) >= 2 && printed(alnum(t)) {
			best = t
		}
	}
	if best == "" {
		return -1, ""
	}
	key := alnum(best)
	for j := range min(len(r.ls), headLines) {
		if j != i && strings.HasPrefix(r.lineKey(j), key) {
			return j, best
		}
	}
	return i, best
}

// textFileRe matches an agency's note opening the text version of a
// report: "This is the accessible text file for … report number … entitled
// 'Title' which was released on …", broken over lines.
var textFileRe = regexp.MustCompile(`(?i)^this is the (?:accessible )?text (?:file|version) for .{0,80}? entitled ['‘“"](.{8,300}?)['’”"],? (?:which|that) was (?:released|issued|published)`)

// textFileTitle is the title such a note names, or "".
func (r *reader) textFileTitle() string {
	if len(r.ls) == 0 || !strings.HasPrefix(r.ls[0].low, "this is the ") {
		return ""
	}
	var b strings.Builder
	for _, l := range r.ls[:min(len(r.ls), 6)] {
		b.WriteString(l.text + " ")
	}
	if m := textFileRe.FindStringSubmatch(b.String()); m != nil {
		return strings.Join(strings.Fields(m[1]), " ")
	}
	return ""
}

// selfCiteRe matches the line a page prints to be cited by: its authors,
// then its title in quotes before its series and number, or an edited
// volume's title before its month and year.
var selfCiteRe = regexp.MustCompile(`^(?:(?i:attribution|cite as|citation|suggested citation|recommended citation|how to cite(?: this)?(?: \w+)?):\s*)?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}(?:,? (?:and )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3})*, (?:“([^”]{10,250}?),?” [^,]{0,40}\b(?i:brief|paper|report|note|commentary|analysis|study)s? (?:No\.|Number|#) ?\d|(?:Eds?\.|eds?\.), (\p{Lu}[^“”]{10,250}?), (?i:` + monthAlt + `) (?:19|20)\d\d,)`)

var (
	// citedTitleRe matches a citation line that opens a repository's
	// record: authors, the year in brackets, the title up to its full stop.
	citedTitleRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+, [\p{Lu}][\p{L}.\s'’-]{0,40}?\.? \((?:19|20)\d\d\)\.? (?:[“"])?(\p{Lu}[^“”"]{10,250}?[\p{Ll}\d?!)])[.”"]\s`)
	// titleTagRe matches a page's title as browsers show it: the title, a
	// bar and the site's acronym.
	titleTagRe = regexp.MustCompile(`^(\p{Lu}.{10,200}?) \| \p{Lu}{2,6}$`)
)

var (
	// coverLeadRe matches what opens a one-line cover before its title: a
	// page count, a month and year, a series line up to its year.
	coverLeadRe = regexp.MustCompile(`(?i)^(?:\d{1,4}\s+)?(?:` + monthAlt + `,? (?:19|20)\d\d\s+)?(?:.{0,80}?\b(?:volume|vol\.|no\.|issue|brief|paper|report)\b.{0,40}?\b(?:19|20)\d\d\s+)?`)
	// coverEndRe matches where a one-line cover's title ends: a month and
	// year, the abstract, a copyright sign, the summary.
	coverEndRe = regexp.MustCompile(`\s(?:(?i:` + monthAlt + `),? (?:19|20)\d\d\b|©|Abstract\b|ABSTRACT\b|Executive Summary|EXECUTIVE SUMMARY)`)
)

// yearWordRe matches a year as a word of its own, a comma or stop after it.
var yearWordRe = regexp.MustCompile(`^(?:19|20)\d\d[,.]?$`)

// titleAgainAfterDate reports whether the words after a cover's month and
// year (e) open with the end of the title before it (t), five words at
// least: a cover printed twice, its date between the copies.
func titleAgainAfterDate(t, e string) bool {
	fs := strings.Fields(e)
	if len(fs) < 7 {
		return false
	}
	after := strings.Join(fs[2:], " ") // past "March 2010"
	ts := strings.Fields(t)
	for k := 0; k+5 <= len(ts); k++ {
		if strings.HasPrefix(after, strings.Join(ts[k:], " ")) {
			return true
		}
	}
	return false
}

// coverLineTitle reads the title of a cover that came out as one long
// line ("OCTOBER 2019 Title Jane Roe Abstract: …", "Title April 2016
// Publisher …"): what follows the series and date line, up to the date,
// the abstract or the copyright sign, without the author's name before
// the abstract. It returns "" when unsure.
func coverLineTitle(text string) string {
	if len(strings.Fields(text)) < 25 {
		return ""
	}
	lead := coverLeadRe.FindString(text)
	rest := text[len(lead):]
	loc := coverEndRe.FindStringIndex(rest)
	if loc == nil || loc[0] > 300 {
		return ""
	}
	// A cover, not a paragraph that names a month: a series or date line
	// before it, or the abstract, the copyright sign or the summary after.
	if e := strings.TrimSpace(rest[loc[0]:]); lead == "" && startsMonth(e) && !titleAgainAfterDate(strings.TrimSpace(rest[:loc[0]]), e) {
		return ""
	}
	t := strings.TrimSpace(rest[:loc[0]])
	fs := strings.Fields(t)
	if len(fs) > 25 {
		// a journal's running head before the title ("…, vol. 5, no. 3,
		// 2015, 47-61 ISSN: … Publisher Ltd, 2015 Title Jane Roe1"): the
		// title follows its last year
		for k := len(fs) - 4; k >= 0; k-- {
			if yearWordRe.MatchString(fs[k]) {
				fs = fs[k+1:]
				break
			}
		}
	}
	if e := rest[loc[0]:]; strings.Contains(e[:min(len(e), 12)], "bstract") || strings.Contains(e[:min(len(e), 12)], "BSTRACT") {
		k := 2 // the author printed between title and abstract, with a middle initial perhaps
		if len(fs) >= 3 && len(strings.TrimSuffix(fs[len(fs)-2], ".")) == 1 {
			k = 3
		}
		if len(fs) > k+3 && looksLikeName(strings.TrimRight(strings.Join(fs[len(fs)-k:], " "), "0123456789*")) {
			fs = fs[:len(fs)-k] // a footnote's figure may be glued to the name ("Jane Roe1")
		}
	}
	t = strings.Join(fs, " ")
	if n := len(fs); n < 4 || n > 25 || !titleShape(mkLine(t)) || endsOpen(t) || sentenceBreak(t) {
		return ""
	}
	return t
}

// coverStartRe matches what a one-line cover prints before its title: a
// date, a month and year, a bar.
var coverStartRe = regexp.MustCompile(`(?i)(?:\b` + monthAlt + ` \d{1,2},? (?:19|20)\d\d|\b` + monthAlt + `,? (?:19|20)\d\d| \|)\s+`)

// namedCoverTitle reads the title of a one-line cover from the words
// before its authors ("… May 2016 Title Jane Roe, Li Wei and …", "… Title
// by Jane Roe"), after the date or bar that comes before it.
func namedCoverTitle(text string) string {
	fs := strings.Fields(text)
	if len(fs) < 25 {
		return ""
	}
	end := -1
	for k := 4; k+3 < len(fs) && k < 50; k++ {
		if strings.EqualFold(fs[k], "by") && looksLikeName(strings.Trim(fs[k+1]+" "+fs[k+2], ",")) || nameRunAt(fs, k) {
			end = k
			break
		}
	}
	if end < 0 {
		return ""
	}
	head := text[:wordOffset(text, end)]
	locs := coverStartRe.FindAllStringIndex(head, -1)
	if len(locs) > 0 {
		head = head[locs[len(locs)-1][1]:]
	}
	t := strings.TrimSpace(head)
	if !titleCased(t) && !(len(locs) > 0 && locs[0][0] == 0 && len(strings.Fields(t)) <= 14 && !hasVerb(t)) {
		return "" // a sentence before names; a cover's month opening the page may head a title in sentence case
	}
	if n := len(strings.Fields(t)); n < 4 || n > 25 || !titleShape(mkLine(t)) || endsOpen(t) || sentenceBreak(t) || !unicode.IsUpper(firstRune(t)) {
		return ""
	}
	return t
}

// hasVerb reports whether t holds an auxiliary or a verb of saying, as a
// sentence does and a title in sentence case seldom does.
func hasVerb(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if sentenceVerbs[strings.Trim(w, ",.;:")] {
			return true
		}
	}
	return false
}

var sentenceVerbs = setOf("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
	"said", "says", "say", "did", "does", "do")

// nameRunAt reports whether words fs[k:] open a list of two or more
// personal names ("Jane Roe, Li Wei", "Jane Roe and Li Wei").
func nameRunAt(fs []string, k int) bool {
	for n := 2; n <= 3 && k+n+1 < len(fs); n++ {
		first := strings.Join(fs[k:k+n], " ")
		joined := strings.HasSuffix(first, ",") || fs[k+n] == "and" || fs[k+n] == "&"
		next := k + n
		if !strings.HasSuffix(first, ",") {
			next++
		}
		if !joined || next+1 >= len(fs) {
			continue
		}
		if n == 3 && !nameParticle(fs[k+1]) {
			continue // "… Their Pear Trees Jane Roe, …": a title's last words are no given name
		}
		if looksLikeName(strings.TrimSuffix(first, ",")) && looksLikeName(strings.Trim(fs[next]+" "+fs[next+1], ",*")) {
			return true
		}
	}
	return false
}

// titleCased reports whether most of the words of t that are not small
// words start with a capital.
func titleCased(t string) bool {
	caps, content := 0, 0
	for _, w := range strings.Fields(t) {
		if smallWords[strings.ToLower(w)] {
			continue
		}
		content++
		if unicode.IsUpper(firstRune(w)) {
			caps++
		}
	}
	return content > 0 && 2*caps >= content
}

// nameParticle reports whether w can stand inside a three-word name: an
// initial ("J.") or a particle ("van", "de").
func nameParticle(w string) bool {
	return len(w) <= 2 && strings.HasSuffix(w, ".") || nameParticles[strings.ToLower(w)]
}

// fileTypes are the names of file formats a download link ends with.
var fileTypes = setOf("pdf", "doc", "docx", "epub", "html", "txt", "ppt", "pptx", "xls", "xlsx", "zip")

// readTimeTailRe matches a reading-time stamp at the end of a line,
// glued to the title or not ("…policy work5 minutes read"), its number
// not run on from another ("…Covid-195 min read" is left alone).
var readTimeTailRe = regexp.MustCompile(`(^|[^\d])(\d{1,2} ?(min|mins|minutes?) read)$`)

// leaderTailRe matches a table of contents' leader dots at the end of a
// line, with their page number, spaced or long ("Title . . . . . . 4",
// "Title . . . . ."); a title's "...." ellipsis is none.
var leaderTailRe = regexp.MustCompile(`(\s*\.){4,}\s*\d{1,4}$|(\s\.){4,}\s*$|\.{6,}\s*$`)

// noteDigitRe matches a footnote's number run into a title's last word, a
// word of seven letters or more, small after its first ("Uncertainty1");
// "G20", "Web3", "COVID19" and a gene's or a model's short name ("Sirt1",
// "Llama2") keep theirs.
var noteDigitRe = regexp.MustCompile(`\s\p{L}\p{Ll}{6,}()[1-9]$`)

// isbnTailRe matches what may be the ISBNs a sharing site prints after a
// book's title ("… Isles 9781234567897", "… Isles 123456789X,
// 9781234567897"); validISBNs checks them.
var isbnTailRe = regexp.MustCompile(`(\s+(97[89]\d{10}|\d{9}[\dX]),?)+$`)

// trimTitleTail drops what a title line carries before and after the
// title itself: a catalogue's or a viewer's lead-in, a breadcrumb, a book's
// ISBNs, a contents line's leader dots, a footnote's mark, a reading-time
// stamp, a publisher's name, or a separator left dangling where a site's
// name was cut. A title that would keep fewer than two words with letters
// (four CJK characters count as enough) is left whole.
func trimTitleTail(t string) string {
	u := trimLeadIn(cjkTitleParts(t))
	if v, ok := cutPrefixFold(u, "(PDF) "); ok && wordsWithLetters(v) >= 2 {
		u = v // a research network's copy: "(PDF) Title"
	}
	if tail := u[max(0, len(u)-60):]; strings.Contains(tail, ".") || strings.HasSuffix(u, " repositories") {
		u = cutHostTail(u)
	}
	if c := u[len(u)-min(len(u), 1):]; c >= "0" && c <= "9" || c == "X" {
		if m := isbnTailRe.FindStringIndex(u); m != nil && validISBNs(u[m[0]:m[1]]) {
			u = strings.TrimSpace(u[:m[0]])
		}
	}
	if strings.HasSuffix(strings.TrimRight(u, "0123456789 "), ".") {
		if m := leaderTailRe.FindStringIndex(u); m != nil {
			u = strings.TrimSpace(u[:m[0]]) // a contents line's leader dots and page
		}
	}
	if k := markThenName(u); k > 0 {
		u = u[:k] // "… in the Isles* JANE ROE**": the title's note mark, then its author with hers
	}
	if v := strings.TrimRight(u, "*∗†‡"); v != u && !strings.HasSuffix(v, " ") && len(strings.Fields(v)) > 0 &&
		utf8.RuneCountInString(strings.Fields(v)[len(strings.Fields(v))-1]) > 1 {
		u = v // a footnote's mark; "A*", "Q*" and "5*" are names, not marks
	} else if v != u && strings.HasSuffix(v, " ") {
		u = strings.TrimSpace(v) // a mark set apart: "… Storm †"
	}
	if v, ok := strings.CutSuffix(u, " PDF"); ok && wordCount(v) >= 3 && !smallWords[strings.ToLower(v[strings.LastIndexByte(v, ' ')+1:])] {
		u = strings.TrimSpace(v) // a sharing site's file-type label: "Title PDF"
	}
	if strings.HasSuffix(u, " read") {
		if m := readTimeTailRe.FindStringSubmatchIndex(u); m != nil {
			u = strings.TrimSpace(u[:m[4]])
		}
	}
	if strings.HasSuffix(u, ")") {
		if m := linkNoteTailRe.FindStringIndex(u); m != nil {
			u = u[:m[0]] // a link's note: "(opens in new tab)", "(original) (raw)"
		}
	}
	if k := strings.Index(u, "©"); k > 0 {
		u = strings.TrimSpace(u[:k]) // a copyright line run into the title: "… Korea© OECD 2018"
	}
	if k := noteThenName(u); k > 0 {
		u = strings.TrimSpace(u[:k]) // a cover's title, its footnote's figure, then its author: "… Reforma Urgente 1 Paula Benavides Economista …"
	}
	if k := capsHeadEnd(u); k > 0 {
		u = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(u[:k]), ".")) // a cover's capitals title run into its authors or its month
	}
	if k, tail := lastSeparator(u); k > 0 && orgTail(tail, u, strings.HasPrefix(u[k:], " | ")) && titleEnough(u[:k], tail) && !genericDocName(u[:k]) {
		u = strings.TrimSpace(u[:k]) // a sharing site's "Title - Publisher"
	}
	if strings.HasSuffix(u, ")") {
		if m := domainParenTailRe.FindStringIndex(u); m != nil {
			u = u[:m[0]] // "… (bruegel.org)"
		}
	}
	for _, sep := range []string{" -", " |", " –", " —"} {
		if v, ok := strings.CutSuffix(u, sep); ok {
			u = v
			break
		}
	}
	if u == t || wordsWithLetters(u) < 2 && cjkRunes(u) < 4 {
		return t
	}
	return u
}

// cutHostTail is u without a mirror's host after the title: "… 2020 -
// 10.20.30.40", "… Review 2019, pure.example.dk".
func cutHostTail(u string) string {
	if m := hostTailRe.FindStringIndex(u); m != nil && wordsWithLetters(u[:m[0]]) >= 2 {
		return u[:m[0]]
	}
	return u
}

// hostTailRe is a host's address or name after a title's dash or comma,
// or a repository aggregator's tagline.
var hostTailRe = regexp.MustCompile(`(?:\s+[-–|]\s+\d{1,3}(?:\.\d{1,3}){3}|,\s+(?:[a-z0-9-]+\.)+[a-z]{2,6}|\s+-\s+connecting repositories)$`)

// cjkNameHeadRe is a Chinese author's name before the title of a
// commentary, "Name:Title", "Name｜Title" or "【Name Name】Title"; group
// 1 or 2 holds the names, group 3 the title.
var cjkNameHeadRe = regexp.MustCompile(`^(?:(\p{Han}{2,4})\s*[:：|｜]\s*|【([\p{Han} ]{2,20})】\s*)(.+)$`)

// cjkTopicEnds end Chinese and Japanese topic words that open with a
// surname's character ("白皮书", "高齢化"), and cjkPlaceEnds two-character
// places ("韩国", "江西"): no person's name.
const (
	cjkTopicEnds = "书書化会會部局界学學"
	cjkPlaceEnds = "国國省市州洲区區西东東南北"
)

// kanaIn reports whether t holds kana: a Japanese title, whose kanji
// words look like Chinese names.
func kanaIn(t string) bool {
	return strings.ContainsFunc(t, func(r rune) bool { return unicode.In(r, unicode.Hiragana, unicode.Katakana) })
}

// cjkTailRe is a Chinese site's name after its page's title: "Title_Site".
var cjkTailRe = regexp.MustCompile(`^(.+?)_([^_\d]{1,12})$`)

// cjkTitleParts is t without a Chinese author's name before it or a site's
// name after an underscore, when the rest holds a title of four Han
// characters or more; a name has two or three characters, opens with a
// common surname and names no desk, place or topic, and a Japanese title
// (with kana) has none cut.
func cjkTitleParts(t string) string {
	if cjkRunes(t) < 6 {
		return t
	}
	if m := cjkNameHeadRe.FindStringSubmatch(t); m != nil && cjkRunes(m[3]) >= 4 {
		names := strings.Fields(m[1] + m[2])
		ok := len(names) > 0
		for _, n := range names {
			c := utf8.RuneCountInString(n)
			ok = ok && (c == 2 || c == 3) && cjkSurname(n) && !cjkBody(n) && !strings.Contains(cjkTopicEnds, lastRune(n)) &&
				!(c == 2 && strings.Contains(cjkPlaceEnds, lastRune(n))) && !kanaIn(t)
		}
		if ok {
			t = strings.TrimSpace(m[3])
		}
	}
	if m := cjkTailRe.FindStringSubmatch(t); m != nil && cjkRunes(m[1]) >= 4 && cjkRunes(m[2]) >= 2 {
		t = strings.TrimSpace(m[1])
	}
	return t
}

// frontMatter are a report's front-matter headings in some languages,
// which a cover's text runs into the title ("… TRENDS 2018 Contents"):
// words that end no title.
var frontMatter = setOf("contents", "abstract", "sommaire", "inhaltsverzeichnis", "sumário", "sommario", "аннотация",
	"executive summary", "table of contents", "daftar isi", "kata pengantar", "table des matières")

// frontMatterCased are front-matter headings and a site's "Featured"
// badge that may also end a title ("A Very Short Introduction", "Why Women
// Are Rarely Featured"): cut only when set in another case or script than
// the title before them ("WORLD TRENDS 2018 Introduction", "… Иран
// Featured").
var frontMatterCased = setOf("introduction", "summary", "resumen", "introducción", "inhalt", "zusammenfassung", "einleitung",
	"resumo", "introdução", "pendahuluan", "introduzione", "введение", "acknowledgements", "acknowledgments", "foreword",
	"preface", "featured", "avant-propos", "índice", "vorwort", "abstrak", "содержание")

// frontMatterEnds are the last words of frontMatter and frontMatterCased.
var frontMatterEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{frontMatter, frontMatterCased} {
		for h := range set {
			m[h[strings.LastIndexByte(h, ' ')+1:]] = true
		}
	}
	return m
}()

// frontMatterCut is t without the front-matter headings run onto its
// end, each capitalised and not after a small word ("… for the
// Abstract"), while three words stay.
func frontMatterCut(t string) string {
	if last := strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:]); !frontMatterEnds[last] {
		return t // no heading ends the title
	}
	for {
		fs := strings.Fields(t)
		n := 0
		for _, k := range []int{3, 2, 1} {
			if len(fs) < 3+k {
				continue
			}
			head, tail := strings.Join(fs[:len(fs)-k], " "), strings.Join(fs[len(fs)-k:], " ")
			if h := strings.ToLower(tail); frontMatter[h] || frontMatterCased[h] && (allCaps(head) != allCaps(tail) || latinOnly(head) != latinOnly(tail)) {
				n = k
				break
			}
		}
		if n == 0 || !unicode.IsUpper(firstRune(fs[len(fs)-n])) || smallWords[strings.ToLower(fs[len(fs)-n-1])] ||
			wordsWithLetters(strings.Join(fs[:len(fs)-n], " ")) < 3 {
			return t
		}
		k := len(t)
		for range n {
			k = strings.LastIndexFunc(strings.TrimRightFunc(t[:k], unicode.IsSpace), unicode.IsSpace)
		}
		t = strings.TrimRight(t[:k], " ")
	}
}

// frontMatterOnly reports whether t is front-matter headings alone
// ("Introduction Contents", "Featured"), which a line prints after a
// title but are none of its words.
func frontMatterOnly(t string) bool {
	fs := strings.Fields(strings.ToLower(t))
	for len(fs) > 0 {
		n := 0
		for _, k := range []int{3, 2, 1} {
			if len(fs) >= k && (frontMatter[strings.Join(fs[:k], " ")] || frontMatterCased[strings.Join(fs[:k], " ")]) {
				n = k
				break
			}
		}
		if n == 0 {
			return false
		}
		fs = fs[n:]
	}
	return len(strings.Fields(t)) > 0
}

// latinOnly reports whether t's letters are all Latin.
func latinOnly(t string) bool {
	for _, c := range t {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// editorMarks open an editor's byline in some languages: "Title a cura di
// Anna Rossi".
var editorMarks = []string{" a cura di ", " edited by ", " herausgegeben von ", " hrsg. von ", " sous la direction de ",
	" coordinado por ", " coordenado por ", " organizado por ", " editado por ", " compiled by ", " disunting oleh "}

// editorCut is t without an editor's byline run onto it: the mark, then a
// person's given name, after three words of title ("… Edited by CRISPR"
// is a title's).
func editorCut(t string) string {
	if !hasAny(t, []string{"cura", "dited", "rausgegeben", "rsg.", "irection", "por", "ompiled", "oleh", "isunting"}) {
		return t // no mark's word, in any case but capitals: most titles
	}
	low := lowerSameLen(t)
	for _, m := range editorMarks {
		k := strings.Index(low, m)
		if k > 0 && k+len(m) < len(t) && fields.IsGivenName(fs0(t[k+len(m):])) && wordsWithLetters(t[:k]) >= 3 {
			return strings.TrimSpace(t[:k])
		}
	}
	return t
}

// cjkSpaces is t without the spaces a PDF's line breaks leave inside
// Japanese before hiragana, most often a particle ("適応策 に関する"), which
// no phrase starts with; a space before a subtitle ("課題 フェリー…") or after
// a label ("第1章 …") stays, and Korean spaces its words.
func cjkSpaces(t string) string {
	if !strings.Contains(t, " ") || cjkRunes(t) < 4 {
		return t
	}
	rs := []rune(t)
	out := rs[:0:0]
	for i, c := range rs {
		if c == ' ' && i > 0 && i+1 < len(rs) && hanKana(rs[i-1]) && unicode.Is(unicode.Hiragana, rs[i+1]) {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// hanKana reports whether c is a Chinese character or Japanese kana.
func hanKana(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// finalStop is t without the full stop a catalogue's record ends its
// title with ("… nach dem Sturm 2022."); an abbreviation's stop stays
// ("… the U.S.", "… and Co."), and so does a sentence's, taken for the
// title where the page shows none.
func finalStop(t string) string {
	u, ok := strings.CutSuffix(t, ".")
	if !ok || strings.HasSuffix(u, ".") {
		return t
	}
	fs := strings.Fields(u)
	if len(fs) == 0 {
		return t
	}
	last := fs[len(fs)-1]
	if strings.Contains(last, ".") || utf8.RuneCountInString(last) <= 3 || wordsWithLetters(u) < 3 || wordCount(u) > 16 {
		return t
	}
	return u
}

// openColon is t without a colon that ends it with nothing after it: a
// heading whose subtitle the page left out or printed apart. Rerank keeps
// the colon, a mark of a heading cut short.
func openColon(t string) string {
	for _, c := range []string{":", "："} {
		if v, ok := strings.CutSuffix(t, c); ok && (wordsWithLetters(v) >= 2 || cjkRunes(v) >= 4) &&
			!slices.ContainsFunc(leadIns, func(p string) bool { return strings.EqualFold(t, p) }) {
			return strings.TrimSpace(v)
		}
	}
	return t
}

// capsHeadEnd is where a title in capitals of four words or more ends
// when a name or a month in small letters follows it on the same line ("…
// ATÉ 2035 Raphael Camargo Lima", "… 2050? Agosto de 2017"): a mirror runs
// the cover's title into its authors or its month. -1 when t is no such line,
// or when a colon or a dash opens a subtitle in small letters.
func capsHeadEnd(t string) int {
	if !capsFirstWord(t) {
		return -1 // a capitals title's first word with letters is in capitals
	}
	fs := strings.Fields(t)
	caps, end := 0, -1
	for k, w := range fs {
		if !hasLetters(w, 1) {
			continue // a figure or a mark goes with either side
		}
		if strings.ToUpper(w) != w {
			if caps < 4 || k+1 >= len(fs) || !unicode.IsUpper(firstRune(w)) {
				return -1
			}
			last := fs[k-1]
			if strings.HasSuffix(last, ":") || last == "-" || last == "–" || last == "—" || last == "|" {
				return -1 // "COVID AND THE HARBOURS: Lessons …" is a title and its subtitle
			}
			if !anyMonthRe.MatchString(strings.Trim(w, ".,")) && !authorsRun(fs[k:]) {
				return -1 // words of the title in small letters ("Ferry Crews in a Warming Sea"), not names or a month
			}
			end = wordOffset(t, k)
			break
		}
		caps++
	}
	return end
}

// doubled is t's first half when t is the same words twice, glued or
// spaced, and true.
func doubled(t string) (string, bool) {
	if len(t) < 16 {
		return t, false
	}
	for _, sep := range []string{"", " "} {
		if n := len(t) - len(sep); n%2 == 0 {
			h := t[:n/2]
			if t[n/2:n/2+len(sep)] == sep && t[n/2+len(sep):] == h && wordsWithLetters(h) >= 2 {
				return h, true
			}
		}
	}
	// the same letters twice, set apart the first time: a cover's running
	// head letter by letter, then the heading ("気 候 変 動 … 気候変動…")
	key := []rune(alnum(t))
	if n := len(key); n >= 8 && n%2 == 0 && string(key[:n/2]) == string(key[n/2:]) {
		seen := 0
		for i, c := range t {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				if seen == n/2 {
					a, b := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
					if letterSpaced(strings.Fields(a)) && !letterSpaced(strings.Fields(b)) {
						return b, true
					}
					if strings.EqualFold(a, b) {
						return a, true // "The Harbour Dues THE HARBOUR DUES"
					}
					return t, false // "Sea to Sea, Sea to Sea": the same words, meant twice
				}
				seen++
			}
		}
	}
	return t, false
}

// countedWords take a number after them in a title, besides
// numberedWords: "Day 1", "Scenario 1", "Table 1".
var countedWords = setOf("day", "week", "year", "item", "table", "figure", "case", "study", "session", "scenario", "option", "episode",
	"briefing", "quarter", "formula", "update", "season", "issue", "wave", "stage",
	"track", "lesson", "principle", "rule", "class", "category", "grade", "type", "model", "version", "release", "plan",
	"mission", "module", "unit", "lecture", "paper", "brief", "report", "memo", "note", "number", "día", "jour", "tag")

// noteThenName is where a first footnote's figure stands in a title run
// into its author's name and role ("… Urgente 1 Paula Benavides
// Economista"), -1 when there is none: four words of the title at least
// before it, a name of two words after it, no acronym ("… Ranks 1
// Global AI Threats").
func noteThenName(t string) int {
	if !strings.Contains(t, " 1 ") {
		return -1
	}
	fs := strings.Fields(t)
	for k := 4; k+2 < len(fs); k++ {
		if fs[k] == "1" && looksLikeName(fs[k+1]+" "+strings.TrimRight(fs[k+2], ",")) && !isAcronym(fs[k+1]) && !isAcronym(strings.TrimRight(fs[k+2], ",")) &&
			secondName(fs[k+3:]) &&
			!smallWords[strings.ToLower(fs[k-1])] && !foreignSmallWords[strings.ToLower(fs[k-1])] && !kindWords[strings.ToLower(fs[k-1])] &&
			!numberedWords[strings.ToLower(strings.Trim(fs[k-1], "."))] {
			return wordOffset(t, k)
		}
	}
	return -1
}

// capsFirstWord reports whether the first word of t that has letters has
// no small letter (quotes, brackets and figures before it pass).
func capsFirstWord(t string) bool {
	letters := false
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsSpace(r) && letters:
			return true
		}
	}
	return letters
}

// authorsRun reports whether words are authors' names: a name first, no
// small word of a title or a sentence after it ("in", "the"; "de" and "van"
// are names' own), and a figure, a mark or a list among them ("… Lima
// 2335", "… Azevedo * Cláudio …"; "Winter Pricing and Summer Costs" is a
// subtitle).
func authorsRun(ws []string) bool {
	if len(ws) < 2 || !looksLikeName(strings.TrimRight(ws[0]+" "+ws[1], ",;*")) {
		return false
	}
	marked := false
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;*"))
		if smallWords[lw] && lw != "and" && lw != "&" || unicode.IsLower(firstRune(w)) && !nameParticles[lw] && lw != "and" {
			return false
		}
		marked = marked || strings.ContainsAny(w, ",*0123456789") // "and" alone may join a subtitle's words
	}
	return marked // a figure, a mark or a list: "Winter Pricing Explained" is a subtitle
}

// anyMonthRe matches a month's name in one of the languages datelines use.
var anyMonthRe = regexp.MustCompile(`^` + monthAltAll + `$`)

// leadIns are the lead-ins catalogues and readers print before a title,
// in any case: "In lieu of an abstract, here is a brief excerpt of the
// content:", "Читать онлайн" ("read online"; in English the words may open
// a title). "restricted access" counts in small letters only: "Restricted
// Access to …" is a title.
var leadIns = []string{"in lieu of an abstract, here is a brief excerpt of the content:", "читать онлайн"}

// cutLeadIn is t without a catalogue's or a reader's lead-in, and whether
// it had one.
func cutLeadIn(t string) (string, bool) {
	if rest, ok := strings.CutPrefix(t, "restricted access "); ok {
		return strings.TrimSpace(rest), true
	}
	for _, p := range leadIns {
		if rest, ok := cutPrefixFold(t, p); ok && rest != "" && isSpace(firstRune(rest)) {
			return strings.TrimSpace(rest), true
		}
	}
	return t, false
}

// topicLeadRe matches a catalogue's "Article on the topic 'Title'".
var topicLeadRe = regexp.MustCompile(`(?i)^(научная статья на тему|статья на тему|статья|article on the topic)\s*['"«„“](.+)['"»“”]$`)

// homeCrumbRe matches a breadcrumb from the home page run into a title:
// "Home > Research > Title", "Home [ ECONOMY ] Title".
var homeCrumbRe = regexp.MustCompile(`(?i)^home(\s*[>»›\[]|\s+/\s)`)

// capsGenres are genre labels a cover or a copy sets in capitals over a
// title, besides genrePrefixes.
var capsGenres = setOf("research report", "special report", "policy report", "technical report", "research note", "briefing",
	"briefing paper", "research brief", "policy analysis")

// capsGenreCut is t without a genre's label of two or three words in
// capitals run into the head of a title that is not in capitals: "RESEARCH
// REPORT Housing Affordability" ("REPORT Cards …" may be a title's). t when
// none, or when two words would not stay.
func capsGenreCut(t string) string {
	if sp := strings.IndexByte(t, ' '); sp < 2 || !allCaps(t[:sp]) {
		return t
	}
	fs := strings.Fields(t)
	for n := min(3, len(fs)-2); n >= 2; n-- {
		head := strings.Join(fs[:n], " ")
		low := strings.ToLower(head)
		if !strings.HasPrefix(t, head+" ") || !allCaps(head) || !strings.ContainsFunc(fs[n], unicode.IsLower) || !unicode.IsUpper(firstRune(fs[n])) {
			continue
		}
		if isGenrePrefix(low) || capsGenres[low] {
			return strings.TrimSpace(t[len(head):])
		}
	}
	return t
}

// titleGenreCut is t without a genre's label of two words in Title Case
// that a sharing site's copy runs into the head of a title: "Policy Brief
// EU Enlargement in …", "Working Paper A Method for …". The label must be
// one of docGenres, the word after it must open with a capital and three
// words or more must follow it; "Working Paper Series …" and "Policy Brief
// No. 4" keep it. Read asks it only on a sharing site's page, as a think
// tank's own may title a piece "Policy Report Card: …" or "Working Paper
// Versions and …".
func titleGenreCut(t string) string {
	fs := strings.Fields(t)
	if len(fs) < 5 {
		return t
	}
	head := fs[0] + " " + fs[1]
	low := strings.ToLower(head)
	if !strings.HasPrefix(t, head+" ") || !headCase(head) || allCaps(head) || !docGenres[low] {
		return t
	}
	next := fs[2]
	if r := firstRune(next); !unicode.IsUpper(r) || genreGoesOn[strings.ToLower(strings.TrimRight(next, ".:"))] {
		return t
	}
	rest := strings.TrimSpace(t[len(head):])
	if strings.HasPrefix(strings.ToLower(rest), low) {
		return t // the label over its own heading: "Policy Brief" / "Policy Brief: …"
	}
	return rest
}

// listsSimilarDocs reports whether the page lists a sharing site's similar
// or related documents.
func (r *reader) listsSimilarDocs() bool {
	for _, l := range r.ls {
		if l.words <= 4 && isSimilarDocs(l.low) {
			return true
		}
	}
	return false
}

// docGenres are the genres a sharing site's copy puts before a document's
// title; "Policy Analysis", "Research Paper" and "Special Report" open
// titles of their own ("Research Paper Mills and …").
var docGenres = setOf("policy brief", "policy report", "working paper", "research report", "discussion paper", "issue brief", "policy paper")

// genreGoesOn are words that carry a genre's label on ("Working Paper
// Series", "Policy Brief No. 4"), so that it is the title's own head.
var genreGoesOn = setOf("series", "no", "nr", "number", "vol", "volume", "issue", "collection", "template", "guidelines", "writing", "format")

// trimLeadIn drops a lead-in or a breadcrumb before a title.
func trimLeadIn(t string) string {
	u := t
	if k, v, ok := keyValue(u); ok && isTitleKey(k) {
		u = v // a record's label: "Título: …"
	} else if m := topicLeadRe.FindStringSubmatch(u); m != nil {
		u = m[2]
	} else if rest, ok := cutLeadIn(u); ok {
		u = rest
	} else if m := leadSeriesRe.FindString(u); m != "" && wordCount(u[len(m):]) >= 3 && unicode.IsUpper(firstRune(u[len(m):])) {
		u = u[len(m):] // a series' label run into a flattened cover's title: "KHI Working Paper Series Title …"
	} else if rest := capsGenreCut(u); rest != u {
		u = rest
	} else if m := homeCrumbRe.FindStringSubmatch(u); m != nil {
		sep := strings.TrimSpace(m[1])
		switch sep {
		case "[":
			sep = "]"
		case "/":
			sep = " / "
			if strings.Count(u, sep) < 2 {
				return u // "Home / Work: …" is a title; a path has two steps at least
			}
		}
		if k := strings.LastIndex(u, sep); k >= 0 {
			u = strings.TrimSpace(u[k+len(sep):]) // after the crumbs' last separator
		}
	}
	return u
}

// printedElsewhere reports whether the top of the page holds t's opening
// words on another line than the one that starts with them.
func (r *reader) printedElsewhere(t string) bool {
	key := alnum(t)
	if len(key) < 8 {
		return false
	}
	return r.linesHolding(key[:min(len(key), 24)]) >= 2
}

// snippetLine reports whether a line of the page's top opens with head
// and runs on as a search engine's snippet: " · …", " ...", " …".
func (r *reader) snippetLine(head string) bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if rest, ok := strings.CutPrefix(l.text, head); ok && (strings.HasPrefix(rest, " · ") || strings.HasPrefix(rest, " ...") || strings.HasPrefix(rest, " …")) {
			return true
		}
	}
	return false
}

// unquote is s without the quotes around it whole ("Download \"Title\"").
func unquote(s string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}} {
		if len(s) > len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return s[len(q[0]) : len(s)-len(q[1])]
		}
	}
	return s
}

// cutPrefixFold is s without prefix p, matched regardless of case.
func cutPrefixFold(s, p string) (string, bool) {
	if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
		return s[len(p):], true
	}
	return s, false
}

// linkNoteTailRe matches the notes a link's text carries at its end.
var linkNoteTailRe = regexp.MustCompile(`(?i)(\s*\((opens in (a )?new (tab|window)|original|raw|pdf)\))+$`)

// domainParenTailRe matches a site's domain in brackets ending a title.
var domainParenTailRe = regexp.MustCompile(`(?i)\s*\((www\.)?[a-z0-9-]+\.(org|com|net|edu|gov|eu|int|info)\)$`)

// trimTitle is trimTitleTail's title without a byline run into its end
// whose name the page prints elsewhere too (a flattened cover's "…
// Strategy Jane Roe 1" over the name's own line): "… Outplayed By Vladimir
// Putin" keeps its words when no other line names him.
//
// Front-matter headings and an editor's byline run onto its end are cut
// after that, and the rest trimmed once more (trimTitleOnce).
func (r *reader) trimTitle(t string) string {
	t = r.trimTitleOnce(t)
	if u := frontMatterCut(editorCut(t)); u != t {
		t = r.trimTitleOnce(u) // what the cut words hid
	}
	return t
}

// trimTitleOnce is one pass of trimTitle.
func (r *reader) trimTitleOnce(t string) string {
	t = trimTails(trimTitleTail(cutStamps(t)), threeWords)
	if k, name := authorTail(t); k > 0 && wordsWithLetters(t[:k]) >= 2 && (r.linesHolding(name) >= 2 || r.linesHolding(reversedName(name)) >= 1 || capsNoteName(t, k)) {
		return strings.TrimSpace(t[:k])
	}
	if h := r.printedHead(t); h != "" {
		return h
	}
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if k := strings.LastIndex(t, sep); k > 0 && (sep == " | " || siteTail(t[k+len(sep):]) && !genericDocName(t[:k])) && r.lineAlone(t[:k]) {
			return strings.TrimSpace(t[:k]) // a saved page's "Title | Site" or "Title - Site" over the heading printed alone
		}
	}
	return t
}

// siteTail reports whether the words after a title's dash name a site:
// four words at most, one of them an acronym in capitals or an
// institution's word ("KHI Analiz", "Harbour Institute"); not a part or a
// chapter ("Part II", "Chapter IV"), not an update or an edition
// ("COVID-19 Update").
func siteTail(tail string) bool {
	fs := strings.Fields(tail)
	if len(fs) == 0 || len(fs) > 4 {
		return false
	}
	for _, f := range fs {
		f = strings.Trim(f, ".,()")
		if orgHeads[strings.ToLower(f)] {
			return true
		}
		if isAcronym(f) && strings.ContainsFunc(f, unicode.IsUpper) && !romanRe.MatchString(f) && !strings.ContainsAny(f, "0123456789") {
			return true // in capitals; a script without capitals has no acronym
		}
	}
	return false
}

// cutStamps removes what a page or a PDF's first line runs into a title
// that is never part of it: a wire's dateline before it ("Isle of Kestrel,
// Feb. 6 -- Title"), a labelled publication date after it ("… Ferry
// Yearbook Published : May 2020"), a bank's disclosure stamp after it
// ("… LESSONS. Public Disclosure Authorized"), a month after a full stop,
// a mirror's cut record's dash and a note's mark.
func cutStamps(t string) string {
	if t == "" {
		return t
	}
	// each cut only where its words are: trimTitle runs on every candidate
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		if m := cutDashTailRe.FindStringIndex(t); m != nil && m[0] > 0 {
			t = t[:m[0]] // a mirror's record cut after a dash: "Title -..."
		}
	}
	t = cutNotedName(t)
	if endsInYear(t) {
		if m := monthTailRe.FindStringIndex(t); m != nil && threeWords(t[:m[0]]) {
			t = t[:m[0]] // "Title. October 2016": a record's month run into its title
		}
		if low := strings.ToLower(t); strings.Contains(low, "publi") || strings.Contains(low, "pubblicat") || strings.Contains(low, "veröffentlicht") {
			if m := publishedTailRe.FindStringIndex(t); m != nil && threeWords(t[:m[0]]) {
				t = strings.TrimSpace(t[:m[0]])
			}
		}
	}
	if strings.Contains(t, "isclosure") || strings.Contains(t, "ISCLOSURE") {
		if m := disclosureTailRe.FindStringIndex(t); m != nil && threeWords(t[:m[0]]) {
			t = strings.TrimSpace(t[:m[0]])
		}
	}
	if strings.Contains(t, " -- ") {
		if m := wireDatelineRe.FindStringIndex(t); m != nil && threeWords(t[m[1]:]) && unicode.IsUpper(firstRune(t[m[1]:])) {
			t = t[m[1]:]
		}
	}
	return t
}

// endsInYear reports whether t ends with a year.
func endsInYear(t string) bool {
	return len(t) >= 4 && yearRe.MatchString(t[len(t)-4:])
}

// cutNotedName is t without a "[*]" note mark that ends it, and without
// the author's name the mark is glued to after a question ("… Too Late?
// Anna Berg[*]").
func cutNotedName(t string) string {
	h, ok := strings.CutSuffix(t, "[*]")
	if !ok {
		return t
	}
	if k := strings.LastIndex(h, "? "); k > 0 && looksLikeName(h[k+2:]) {
		return h[:k+1]
	}
	return h
}

// monthTailRe matches a month and a year run into the end of a title
// after a full stop: a record's date, never the title's words.
var monthTailRe = regexp.MustCompile(`(?i)\.\s+(?:\d{1,2}\s+)?` + monthAlt + `\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d$`)

// cutDashTailRe matches a dash or a bar and the ellipsis of a cut record
// title.
var cutDashTailRe = regexp.MustCompile(`\s+[-–—|]\s*(?:\.\.\.|…)$`)

// disclosureTailRe matches a development bank's disclosure stamp, printed
// once or more after its report's title.
var disclosureTailRe = regexp.MustCompile(`(?i)(?:[.,]?\s*public disclosure authori[sz]ed)+\.?$`)

// publishedTailRe matches a publication date and its label ending a line:
// "Published : May 2020", "Publicado el 3 de mayo de 2021"; a month is
// needed ("… Published in 2020" is a title's words).
var publishedTailRe = regexp.MustCompile(`(?i)\s+(?:published(?: on)?|publication date|date of publication|publié le|publicado(?: el| em)?|veröffentlicht(?: am)?|pubblicato(?: il)?)\s*:?\s*(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+)?(?:de\s+)?(?:` + monthAlt + `|` + monthNamesAlt() + `)\.?,?\s+(?:de\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d$`)

// monthNamesAlt is every month name the date reader knows, in English
// and other languages, as a pattern's alternation, longest first.
func monthNamesAlt() string {
	ms := fields.MonthNames()
	slices.SortFunc(ms, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return strings.Join(ms, "|")
}

// wireDatelineRe matches a wire's dateline before its story's title: a
// place in capitalised words, a month and a day, then a wire's double
// hyphen ("Isle of Kestrel, Feb. 6 -- "); a diary's "June 12 – " is a
// title's.
var wireDatelineRe = regexp.MustCompile(`^\p{Lu}[\pL.'’-]*(?: (?:of|de|\p{Lu}[\pL.'’-]*)){0,3}(?:, \p{Lu}[\pL.'’-]*(?: \p{Lu}[\pL.'’-]*){0,2})?, ` + monthAltAll + `\.? \d{1,2}(?:, (?:19|20)\d\d)? -- `)

// noteOne is t without the figure of its first note ("… de los puertos
// insulares 1") when the page shows the note: its text on a line of its
// own ("1 This paper draws on …"), or the authors' names after the figure
// ("… Pulau Utara 1 Anna Berga, …"). A part's or a day's
// number stays ("Part 1", "Day 1", "Episode 1"). Only the final title
// loses it: rerank reads the figure as a cover's mark.
func (r *reader) noteOne(t string) string {
	if !strings.HasSuffix(t, " 1") {
		return t
	}
	fs := strings.Fields(t)
	if len(fs) < 5 || !hasLetters(fs[len(fs)-2], 4) || numberedWords[strings.ToLower(fs[len(fs)-2])] || countedWords[strings.ToLower(fs[len(fs)-2])] {
		return t
	}
	for _, l := range r.ls {
		if rest, ok := strings.CutPrefix(l.text, "1 "); ok && l.words >= 5 && unicode.IsLetter(firstRune(rest)) && !strings.HasPrefix(l.text, t) {
			return strings.TrimSpace(t[:len(t)-2]) // the note itself
		}
		if _, after, ok := strings.Cut(l.text, t+" "); ok {
			if ns := strings.Fields(after); len(ns) >= 2 && looksLikeName(strings.TrimRight(ns[0]+" "+ns[1], ",")) {
				return strings.TrimSpace(t[:len(t)-2]) // the figure between the title and its authors
			}
		}
	}
	return t
}

// lineAlone reports whether a line at the top of the page is s and nothing
// more, up to case and marks.
func (r *reader) lineAlone(s string) bool {
	key := alnum(s)
	if len(key) < 12 {
		return false
	}
	for j := range min(len(r.ls), headLines) {
		if r.lineKey(j) == key {
			return true
		}
	}
	return false
}

// capsNoteName reports whether the name that starts at k in a title in
// capitals ends with a footnote's figure glued to it ("… OF PAKISTAN JANE
// ROE1"): a cover's author and the note about them, even when printed once.
func capsNoteName(t string, k int) bool {
	last := t[strings.LastIndexByte(t, ' ')+1:]
	return allCaps(t[:k]) && len(last) > 1 && last[len(last)-1] >= '1' && last[len(last)-1] <= '9' && hasLetters(last[:len(last)-1], 2)
}

// printedHead is t without the author's name run into its end when
// another line prints the rest alone and another the name apart from it
// (a cover's "Title Jane Roe" under the title's own line); "" otherwise. A
// Title Case title's last words look like a name too ("… Rewrite India
// Playbook").
func (r *reader) printedHead(t string) string {
	fs := strings.Fields(t)
	if len(fs) < 5 || !unicode.IsUpper(firstRune(fs[len(fs)-1])) || !unicode.IsUpper(firstRune(fs[len(fs)-2])) ||
		kindWords[strings.ToLower(fs[len(fs)-1])] {
		return "" // the cheap tests first: a name's last two words are capitalised; "… Workshop Report" ends with its kind
	}
	for n := 2; n <= 3 && len(fs)-n >= 3; n++ {
		nameKey := alnum(strings.Join(fs[len(fs)-n:], " "))
		if len(nameKey) < 4 || r.linesHolding(strings.Join(fs[len(fs)-n:], " ")) < 2 {
			continue // the name printed nowhere else: no need to build the rest's key
		}
		head := strings.TrimRight(strings.Join(fs[:len(fs)-n], " "), " -–—|,;")
		key := alnum(head)
		if len(key) < 12 || endsOpen(head) || joinerAt(head, true) {
			continue // "… Time to" over "Rewrite India Playbook" is a title broken in two
		}
		printed, named := false, false
		for j := range r.ls[:min(len(r.ls), headLines)] {
			lk := r.lineKey(j)
			printed = printed || lk == key
			named = named || strings.Contains(lk, nameKey) && !strings.Contains(lk, key) // the name apart from the title
		}
		if printed && named && looksLikeName(strings.Join(fs[len(fs)-n:], " ")) {
			return head // the costly test last
		}
	}
	return ""
}

// linesHolding counts the lines at the top of the page that hold s, up to
// case, spacing and punctuation.
func (r *reader) linesHolding(s string) int {
	key := alnum(s)
	if len(key) < 5 {
		return 0
	}
	n := 0
	for j := range r.ls[:min(len(r.ls), headLines)] {
		if strings.Contains(r.lineKey(j), key) {
			n++
		}
	}
	return n
}

// authorTail is the offset in t where a byline run into the end of the
// title starts, and the name, or -1: "… ResetBy Jane Roe", "… By Jane
// Roe", a name with a footnote's figure ("… Jane Roe 1", "… Jane Roe1"),
// or a name before "Abstract".
func authorTail(t string) (int, string) {
	if strings.Contains(t, "By ") { // the pattern only where its word is
		if m := byTailRe.FindStringSubmatchIndex(t); m != nil {
			if name := strings.TrimRight(t[m[4]+3:m[5]], " %*"); looksLikeName(name) {
				return m[4], name
			}
		}
	}
	last := t[strings.LastIndexByte(t, ' ')+1:]
	drop := last == "Abstract" || last == "ABSTRACT" || len(last) == 1 && last >= "1" && last <= "9"
	glued := len(last) > 1 && last[len(last)-1] >= '1' && last[len(last)-1] <= '9' && hasLetters(last, utf8.RuneCountInString(last)-1) // "Drysdale1"
	if !drop && !glued {
		return -1, "" // the costly part only on such an ending
	}
	starts := wordStarts(t)
	if len(starts) < 5 {
		return -1, ""
	}
	end, nameEnd := len(starts), len(t)-1 // the name's words end before word end, its text at nameEnd
	if drop {
		end--
		nameEnd = starts[end]
	}
	for n := 2; n <= 3; n++ {
		from := end - n
		if from < 3 {
			continue
		}
		name := strings.TrimSpace(t[starts[from]:nameEnd])
		fs := strings.Fields(name)
		if looksLikeName(name) && !numberedWords[strings.ToLower(fs[len(fs)-1])] {
			return starts[from], name
		}
	}
	return -1, ""
}

// secondName reports whether an author's role or a second note figure
// stands among the first words of ws: a cover's authors ("Economista
// Rodrigo Valdés …"), not a title's last words ("… for Small Island
// States").
func secondName(ws []string) bool {
	for k, w := range ws[:min(len(ws), 4)] {
		if coverRoles[strings.ToLower(strings.Trim(w, ",.;"))] || w == "2" {
			return true
		}
		switch strings.ToLower(w) {
		case "y", "and", "e", "&", "und", "et":
			if k+2 < len(ws) && looksLikeName(ws[k+1]+" "+strings.TrimRight(ws[k+2], ",")) {
				return true // "… Benavides y Rodrigo Valdés"
			}
		}
	}
	return false
}

// coverRoles name an author's trade on a cover, after the name.
var coverRoles = setOf("economista", "economist", "profesor", "profesora", "professor", "investigador", "investigadora",
	"researcher", "fellow", "director", "directora", "consultant", "consultor", "consultora", "analyst", "analista", "editor", "editora",
	"abogado", "abogada", "ingeniero", "ingeniera", "lecturer", "associate", "sociólogo", "socióloga", "politólogo", "politóloga")

// numberedWords take a number after them: "Part 2", "World War 2".
var numberedWords = setOf("part", "volume", "vol", "vol.", "no", "no.", "number", "chapter", "phase", "war", "wave", "round",
	"edition", "issue", "series", "book", "section", "annex", "appendix", "level", "stage", "tier", "pillar", "goal", "sdg",
	"step", "article", "act", "capítulo", "parte", "kapitel", "teil", "chapitre", "partie")

// wordStarts is the byte offsets of the words of t.
func wordStarts(t string) []int {
	var out []int
	in := false
	for i, r := range t {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			out = append(out, i)
			in = true
		}
	}
	return out
}

// byTailRe matches "By" and a name ending a title, glued to it or not,
// with a student's degree and year after it ("By Per Lindqvist, MPA 2014").
var byTailRe = regexp.MustCompile(`(\s|[\p{Ll}?!.])(By \p{Lu}[^,;:]*)(?:, (?:PhD|Ph\.D\.|MPA|MPP|MA|MSc|MBA|JD|LLM)(?: (?:19|20)\d\d)?)?$`)

// lastSeparator is the offset of the last " - ", " | ", " – " or " — " in
// t and the text after it, or -1.
func lastSeparator(t string) (int, string) {
	k, n := -1, 0
	for _, sep := range []string{" - ", " | ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > k {
			k, n = i, len(sep)
		}
	}
	if k < 0 {
		return -1, ""
	}
	return k, t[k+n:]
}

// orgWords name an organisation in a "Title - Publisher" tail.
var orgWords = func() map[string]bool {
	m := setOf("istituto", "fondation", "university", "universität", "université", "portal", "group", "college",
		"commission", "observatory", "association", "programme", "network", "bank", "endowment", "fund")
	for w := range institutionWords { // the words that name an institution on its own pages
		m[w] = true
	}
	return m
}()

// titleEnough reports whether head, cut from a publisher's name tail, is
// still a whole title: three words, two before an organisation's full
// name, or four CJK characters.
func titleEnough(head, tail string) bool {
	n := wordsWithLetters(head)
	return n >= 3 || n == 2 && fullOrgName(tail) || cjkRunes(head) >= 4
}

// fullOrgName reports whether tail is an organisation's name of two words
// or more ending on its kind: "Grattan Institute", "Joseph Rowntree
// Foundation".
func fullOrgName(tail string) bool {
	fs := strings.Fields(tail)
	return len(fs) >= 2 && orgWords[strings.ToLower(fs[len(fs)-1])]
}

// cjkOrgEnds end the names of CJK institutions.
var cjkOrgEnds = []string{"研究所", "研究院", "研究中心", "財団", "财团", "基金会", "研究センター", "연구원", "연구소"}

// camelBrand reports whether w is a brand set in camel case: a capital
// after lower-case letters inside the word ("VoxUkraine", "cepAdhoc").
func camelBrand(w string) bool {
	lower := false
	for i, r := range w {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r) && i > 0 && lower:
			return true
		case !unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// shortASCIIWordRe matches a short word in small Latin letters, as a
// lower-cased site name is ("icrier").
var shortASCIIWordRe = regexp.MustCompile(`^[a-z]{2,7}$`)

// partWords end a title after a separator as a part of it, not as a
// publisher ("… - summary").
var partWords = setOf("summary", "report", "review", "brief", "annex", "draft", "final", "update", "updated", "revised",
	"part", "preface", "intro", "english", "french", "full", "slides", "notes", "audio", "video", "pdf", "new", "abridged",
	"extended", "excerpt", "excerpts", "online", "print", "remarks", "transcript", "overview", "appendix")

// orgLinks join the words of an organisation's name.
var orgLinks = setOf("of", "for", "on", "and", "&", "für", "de", "du", "des", "di", "del")

// domainRe matches a site's domain name.
var domainRe = regexp.MustCompile(`(?i)\b[a-z0-9-]+\.(org|com|net|edu|gov|eu|int|info)\b`)

// orgTail reports whether tail, the part of title after its last
// separator, names the publisher rather than going on with the title: a
// domain, a name of up to six words holding an organisation's word and
// few small words, an acronym, or one short word after a title a sharing
// site lower-cased whole ("… - icrier").
func orgTail(tail, title string, bar bool) bool {
	cut := strings.TrimRight(tail, ".…€¦ ") != strings.TrimRight(tail, " ") // the site's page title cut after the name
	tail = strings.TrimSpace(strings.TrimRight(tail, ".…€¦ "))
	fs := strings.Fields(tail)
	if cut && len(fs) == 1 && unicode.IsUpper(firstRune(fs[0])) {
		return true // "… - Clingendael ..."
	}
	if len(fs) == 1 && (bar && camelBrand(fs[0]) || hasSuffixAny(fs[0], cjkOrgEnds)) {
		return true // "| VoxUkraine" (a site's bar: "- DeSantis" is a name), "- 日本国際問題研究所"
	}
	if len(fs) == 0 || len(fs) > 6 || strings.ContainsAny(tail, ":?!") {
		return false
	}
	if domainRe.MatchString(tail) {
		return true
	}
	if len(fs) == 1 && (isAcronym(fs[0]) && strings.ToLower(fs[0]) != fs[0] || strings.ToLower(title) == title && shortASCIIWordRe.MatchString(fs[0]) && !partWords[fs[0]]) {
		return true
	}
	org, small, linked := false, 0, false
	for _, w := range fs {
		linked = linked || orgLinks[strings.ToLower(w)]
	}
	for k, w := range fs {
		lw := strings.ToLower(w)
		// the organisation's word heads the name: last in "Urban
		// Institute", before its link in "Institute of …"; "What the
		// Council Should Do" and "The Role of the Donor Group" go on
		// with the title
		if linked {
			org = org || orgWords[lw] && k+1 < len(fs) && orgLinks[strings.ToLower(fs[k+1])]
		} else {
			org = org || orgWords[lw] && k == len(fs)-1
		}
		if smallWords[lw] && !orgLinks[lw] && (lw != "the" || k > 0) {
			small++
		}
	}
	return org && small == 0
}

// wordsWithLetters counts the words of s that hold a letter.
func wordsWithLetters(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if hasLetters(w, 1) {
			n++
		}
	}
	return n
}

// validISBNs reports whether every number in s is an ISBN by its check
// digit: ISBN-13 (weights 1 and 3, sum divisible by 10) or ISBN-10
// (weights 10 to 1, sum divisible by 11, X for ten).
func validISBNs(s string) bool {
	for _, f := range strings.Fields(s) {
		f = strings.TrimSuffix(f, ",")
		sum := 0
		switch len(f) {
		case 13:
			for i, c := range f {
				d := int(c - '0')
				if i%2 == 1 {
					d *= 3
				}
				sum += d
			}
			if sum%10 != 0 {
				return false
			}
		case 10:
			for i, c := range f {
				d := int(c - '0')
				if c == 'X' {
					d = 10
				}
				sum += d * (10 - i)
			}
			if sum%11 != 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// cutGenreTail cuts a kind of writing from a title's end ("… democratie
// artikel", "…前途论文") when the page prints the title without it on a
// line of its own: a label run onto the title, or a sharing site's suffix.
func (r *reader) cutGenreTail(t string) string {
	var head string
	if fs := strings.Fields(t); len(fs) >= 3 && tailGenres[fs[len(fs)-1]] && unicode.IsUpper(firstRune(t)) {
		// in small letters after a capital: a label ("… democratie
		// artikel"); "… Stability Report" is the title's own word
		head = strings.TrimSpace(strings.TrimSuffix(t, fs[len(fs)-1]))
	} else if g, ok := cjkGenreSuffix(t); ok {
		head = strings.TrimSuffix(t, g)
	}
	if head == "" {
		return t
	}
	hk, gk := alnum(head), alnum(strings.TrimPrefix(t, head))
	for j := range r.ls[:min(len(r.ls), headLines)] {
		if r.lineKey(j) != hk {
			continue
		}
		if k := j + 1; k < min(len(r.ls), headLines) && r.lineKey(k) == gk {
			continue // "Ferry Finance" over "Report": a cover's title broken before its last word
		}
		return head
	}
	return t
}

// tailGenres are the kinds of writing a label runs onto a title's end,
// in the languages whose titles are set in sentence case with them as a
// label; English ones end sentence-case titles of their own ("Financial
// stability report").
var tailGenres = setOf("artikel", "artículo", "artigo", "articolo", "kommentar", "analyse", "análisis", "rapport", "bericht",
	"informe", "relatório")

// cjkGenreSuffix is the kind of writing a CJK title ends with ("论文",
// "报告"), when it holds six characters or more before it.
func cjkGenreSuffix(t string) (string, bool) {
	for _, g := range []string{"论文", "論文", "报告", "報告"} {
		if strings.HasSuffix(t, g) && cjkRunes(strings.TrimSuffix(t, g)) >= 6 {
			return g, true
		}
	}
	return "", false
}

// titleKind tells a home, about or list page by its own heading as the
// title, once the title is final (the kind rules saw the rules' title
// only): a section heading or greeting, an institution's name, a tag or
// search heading, a site's service page, a staff profile headed by its
// post. The headings are narrow; the about titles are not, so a title
// rerank chose is read as an about page's only on a page with no date and
// no byline (bare), as is a service page's heading ("Access Denied" may
// title a commentary).
func (r *reader) titleKind(title string, reranked, bare bool) (kind, why string) {
	switch {
	case navTitle(title) || reranked && bare && aboutTitle(title):
		return KindNavigation, "not a publication: a home or about page's title (" + title + ")"
	case len(title) <= 120 && (listingTitleRe.MatchString(title) || countHeading(title)):
		return KindListing, "not a publication: a list's heading as its title (" + title + ")"
	case bare && servicePageRe.MatchString(strings.TrimSpace(title)):
		return KindNavigation, "not a publication: a site's service page (" + title + ")"
	case postTitleRe.MatchString(strings.TrimSpace(title)) && r.postRepeated():
		return KindNavigation, "not a publication: a person's profile (a post as its title: " + title + ")"
	}
	return "", ""
}

// postRepeated reports whether a line at the top says someone holds a
// post the page prints as a heading ("Nonresident Senior Fellow" / "Jane
// Roe is a nonresident senior fellow at …"): a staff profile's note under
// the posts that head it.
func (r *reader) postRepeated() bool {
	top := r.ls[:min(len(r.ls), headLines)]
	for _, p := range top {
		if p.words > 6 || !postTitleRe.MatchString(strings.TrimSpace(p.text)) {
			continue
		}
		post := strings.TrimSpace(p.low)
		for _, l := range top {
			if strings.Contains(l.low, " is a "+post) || strings.Contains(l.low, " is an "+post) {
				return true
			}
		}
	}
	return false
}

// postTitleRe matches a post and nothing else ("Nonresident Senior
// Fellow"): the heading a staff profile prints under the person's name.
var postTitleRe = regexp.MustCompile(`(?i)^((non-?resident|visiting|adjunct|distinguished|senior|principal|associate|research|junior|executive|deputy|assistant|honorary) )*` +
	`(fellow|associate|scholar|researcher|research fellow|analyst|director|professor|lecturer|president|vice president|editor|editor in chief)( emeritus)?$`)

// servicePageRe matches the heading of a page every site has: its
// policies, its sign-in, a search engine's redirect notice, a publisher's
// access check, guidelines for authors. A commentary may be titled
// "Access Denied", so only a page without a date or a byline is one.
var servicePageRe = regexp.MustCompile(`(?i)^(privacy (policy|notice|statement)|cookie (policy|notice|settings)|terms (of (use|service)|and conditions)|` +
	`redirect notice|access verification|access denied|log ?in|log ?out|sign ?in|my account|create (an )?account|` +
	`(submission|author|authors’|authors') guidelines|guidelines for (authors|contributors)|site ?map|accessibility statement|` +
	`impressum|imprint|mentions légales|aviso legal|política de privacidad|politique de confidentialité|datenschutz(erklärung)?|contact us)$`)

// eventLabelled reports whether a title carries an event's label
// ("EVENT: …") and the page names no author.
func eventLabelled(title string, authors []string) bool {
	low := strings.ToLower(title)
	return len(authors) == 0 && (hasPrefixAny(low, eventHeads) || hasPrefixAny(low, eventLabels1))
}

// wholeLater is title with the words a line of the page's head (before
// the text under the title at ti) prints after it: a saved page's head line
// cut at a length ("… Fares of the Northern") over the document's own
// heading ("… Fares of the Northern Isles"). The line opens with the title
// and goes on by a few words to its end, or holds it anywhere and goes on
// to a separator, as two such lines must agree. Title unchanged when no
// line goes on so, or the words that follow are a name, a date, a heading,
// an image's or a site's label, or a sentence's.
func (r *reader) wholeLater(ti int, title string) string {
	key := alnum(title)
	if len(key) < 20 || wordsWithLetters(title) < 4 {
		if len(key) >= 12 && wordsWithLetters(title) >= 2 {
			return r.wholeBefore(title, key)
		}
		return title
	}
	seen := map[string]int{}
	best := ""
	for j := range min(r.headEnd(ti)+1, len(r.ls), headLines) { // not the related links, next posts and series lines after the text; its first line may be a heading ending with a stop
		lk := r.lineKey(j)
		if len(lk) <= len(key) || !strings.Contains(lk, key) || r.ls[j].chrome {
			continue
		}
		l := r.ls[j].text
		start, end, ok := findLetters(l, key)
		inside := !strings.HasPrefix(lk, key) // a copy's line ("Transcript of …") gives words only before a separator
		if ok && !inside && len(alnum(l[start:end])) > len(key) {
			if k := strings.LastIndexByte(l[start:end], '-'); k > 0 && alnum(l[start:start+k]) == key {
				rest := l[start+k:]
				for _, s := range spanSeps {
					rest, _, _ = strings.Cut(rest, s)
				}
				if rest = strings.TrimRight(rest, " ,;:"); wordCount(rest) <= 12 && firstCutMark(rest) < 0 {
					return title + rest // a head line cut inside a joined word: "… for Inter" over "… for Inter-Agency Work in"
				}
			}
		}
		if !ok || len(alnum(l[start:end])) > len(key) {
			continue // the title's last word runs on ("RelationsJane Roe"): glued to the next
		}
		rest, sep := l[end:], false
		for _, s := range spanSeps {
			if k := strings.Index(rest, s); k >= 0 {
				rest, sep = rest[:k], true
			}
		}
		rest = strings.TrimSpace(rest)
		if strings.HasSuffix(l[:end], ":") {
			rest = ":" + rest // the title's word ran on to its colon
		}
		if sub, ok := capsSubtitle(title, rest); ok && !inside {
			return title + ": " + sub // "TITLE: SUBTITLE Jane Roe …", a cover run into one line
		}
		if !laterWords(rest) || !sep && (inside || r.ls[j].words > wordsWithLetters(title)+8) || allCaps(title) && !allCaps(rest) {
			continue
		}
		rest = strings.TrimRight(rest, " .,;:")
		seen[rest]++
		if !sep || seen[rest] >= 2 {
			best = rest // the line's end, or the same words before a separator on two lines
			if !sep {
				break
			}
		}
	}
	if best == "" {
		return r.wholeBefore(title, key)
	}
	return title + " " + best
}

// wholeBefore is the block of lines that ends with title and starts a few
// words before it, when a cover sets the title in short lines ("OPEN
// WATERS IN" / "COASTAL TOWNS") and a copy's head line prints only its
// end; title unchanged otherwise.
func (r *reader) wholeBefore(title, key string) string {
	for j := range min(len(r.ls), headLines) {
		l := r.ls[j]
		if l.chrome || l.prose || l.words < 2 || l.words > 8 || !allCaps(l.text) || !allCaps(title) || r.isNameLine(j) || !endsOpen(l.text) {
			continue // only a capitals line that ends open heads a capitals title's rest ("Posted in" heads nothing)
		}
		acc := l.text
		for k := j + 1; k < min(len(r.ls), j+5); k++ {
			if n := r.ls[k]; n.chrome || n.prose || n.words > 8 {
				break
			}
			acc += " " + r.ls[k].text
			if ak := alnum(acc); len(ak) > len(key)+len(alnum(l.text)) {
				break // gone past the title
			} else if strings.HasSuffix(ak, key) {
				if n := len(strings.Fields(acc)) - len(strings.Fields(title)); n > 0 && n <= 6 && len(ak) > len(key) {
					return acc
				}
				break
			}
		}
	}
	return title
}

// laterWords reports whether rest, the words a line prints after a title,
// may be the title's own: one to eight of them, no cut mark, and neither a
// name, a byline, a date, a cover's heading nor a sentence's verb.
func laterWords(rest string) bool {
	fs := strings.Fields(rest)
	if len(fs) == 0 || len(fs) > 8 || firstCutMark(rest) >= 0 || !hasLetters(rest, 2) {
		return false
	}
	low := strings.ToLower(rest)
	first := strings.Trim(strings.ToLower(fs[0]), ".,:;")
	if coverHeads[first] || coverHeadsForeign[first] || sentenceVerbs[first] || first == "by" || isByline(low) || hasPrefixAny(low, laterLabels) {
		return false
	}
	if !unicode.IsLetter(firstRune(rest)) || nameListStart(rest) >= 0 {
		return false // a separator's mark, a note's figure or a name run on after the title
	}
	for k := 0; k+1 < len(fs); k++ {
		if looksLikeName(strings.TrimRight(fs[k]+" "+fs[k+1], ",;*0123456789")) {
			return false
		}
	}
	if yearRe.MatchString(rest) && len(fs) <= 2 || cutAtDate("x x x "+rest) != "x x x "+rest || NotTitle(rest) ||
		frontMatterOnly(rest) || siteDomainRe.MatchString(strings.TrimLeft(rest, ", ")) {
		return false
	}
	return true
}

// laterLabels open a site's label run into a title's line ("… Текст
// научной статьи по специальности …", a journal site's "text of the
// article"), or an image's text after the title's words ("… cover"), not
// the title's last words.
var laterLabels = []string{"текст научной статьи", "full text", "pdf", "download", "read more", "read online",
	"cover", "banner", "image", "photo", "thumbnail", "logo", "illustration", "header", "hero"}

// headEnd is the index of the first line of text after the title's line
// ti (after the first line when there is no title line), within the lines
// read for a title: what a page prints after its text begins belongs to
// other pages.
func (r *reader) headEnd(ti int) int {
	n := min(len(r.ls), headLines)
	for j := max(ti, 0) + 1; j < n; j++ {
		if r.ls[j].prose && !r.ls[j].teaser {
			return j
		}
	}
	return n
}

// capsSubtitle is the subtitle a capitals title's line goes on with after a
// colon, in capitals too, up to an author's name in mixed case ("…: SHARES,
// COSTS AND OPTIONS Jane Roe …"), and whether there is one.
func capsSubtitle(title, rest string) (string, bool) {
	after, ok := strings.CutPrefix(strings.TrimSpace(rest), ":")
	if !ok || !allCaps(title) {
		return "", false
	}
	fs := strings.Fields(after)
	k := 0
	for k < len(fs) && hasLetters(fs[k], 1) && strings.ToUpper(fs[k]) == fs[k] {
		k++
	}
	if k == 0 || k > 10 || k+1 >= len(fs) || !looksLikeName(strings.TrimRight(fs[k]+" "+fs[k+1], authorMarks)) || endsOpen(strings.Join(fs[:k], " ")) {
		return "", false // "…: AN INTERVIEW WITH Anna Berg" names the person the subtitle ends on
	}
	return strings.TrimRight(strings.Join(fs[:k], " "), ",;"), true
}

// coverRecord reports whether the lines around the title at ti give a
// document's cover its record: the authors and the date, and a series
// line over the title. A cover's metadata stands for the text a cut page
// lacks.
func (r *reader) coverRecord(ti int) bool {
	if ti < 0 || len(r.authors(ti)) == 0 || r.date(ti).IsZero() {
		return false
	}
	days := map[string]bool{} // a profile's or a list's entries each print their own day
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if d, ok := findDate(l.text); ok && l.dated && d.Month > 0 {
			days[d.String()] = true
		}
	}
	if len(days) > 1 {
		return false
	}
	for j := max(ti-4, 0); j < ti; j++ {
		// the series over the cover's title, as a cover prints it; a
		// profile's "Working Paper" labels stand under each entry
		if l := r.ls[j]; isSeriesLine(l.text) || seriesHeadRe.MatchString(l.text) || strings.Contains(l.low, "series") && hasAny(l.low, []string{"paper", "working"}) {
			return true
		}
	}
	return false
}

// authorsOnly reports whether t is two or more of the page's authors'
// names joined by commas or "and" (in a few languages), and nothing else.
func authorsOnly(t string, authors []string) bool {
	if len(authors) < 2 || len(strings.Fields(t)) > 16 {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(t) {
		if w == "&" || strings.EqualFold(w, "and") || fields.IsNameJoiner(w) {
			w = ","
		}
		b.WriteString(" " + w)
	}
	parts := strings.Split(b.String(), ",")
	n := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		named := false
		for _, a := range authors {
			named = named || strings.EqualFold(normalizeName(a), normalizeName(p))
		}
		if !named || !looksLikeName(p) {
			return false
		}
		n++
	}
	return n >= 2
}

// doubledHead drops a title's head in capitals printed once more before
// it, as a cover's running head run into the heading with its subtitle:
// "HARBOUR DUES HARBOUR DUES. A study of the quays" is "HARBOUR DUES. A
// study of the quays"; "Sea to Sea, Sea to Sea: …" is meant twice.
func doubledHead(t string) (string, bool) {
	fs := strings.Fields(t)
	for n := len(fs) / 2; n >= 2; n-- {
		same := true
		for k := 0; k < n && same; k++ {
			same = strings.EqualFold(strings.Trim(fs[k], ".,:;"), strings.Trim(fs[n+k], ".,:;"))
		}
		if head := strings.Join(fs[:n], " "); same && len(fs) > 2*n && allCaps(head) && !navTitle(head) {
			return strings.Join(fs[n:], " "), true
		}
	}
	return t, false
}

// markThenName is where a note's mark glued to a title's last word starts
// when only an author's name follows it, in capitals or with a mark of its
// own ("… in the Isles* ANNA. BERG**"); 0 otherwise.
func markThenName(t string) int {
	k := strings.IndexAny(t, "*∗†‡")
	if k <= 0 || t[k-1] == ' ' || wordsWithLetters(t[:k]) < 3 {
		return 0
	}
	rest := strings.TrimSpace(strings.TrimLeft(t[k:], "*∗†‡"))
	if rest == "" || strings.ContainsAny(rest, ":?!") || len(strings.Fields(rest)) > 5 {
		return 0
	}
	name := strings.TrimRight(strings.ReplaceAll(rest, ".", ". "), "*∗†‡ ")
	if !allCaps(name) && !strings.ContainsAny(rest, "*∗†‡") {
		return 0 // a name in capitals or with its own mark: "… Tax† Kestrel Versus Northport" goes on
	}
	if allCaps(name) {
		name = nameCaseWords(name)
	}
	if !looksLikeName(strings.Join(strings.Fields(name), " ")) {
		return 0
	}
	return k
}

// questionAuthor cuts the author's name run into a title after its
// question ("… a New Course? Jane Roe"): one of the byline's names, or,
// when the page has no byline, a name the page prints again apart from
// the title (a note about the author), who then signs the page. Other
// words after a question are the title's ("Who Pays? Island Councils",
// "… Their Way? Part Two").
func (r *reader) questionAuthor(t string, authors []string) (string, []string) {
	k := strings.LastIndex(t, "? ")
	if k <= 0 || wordsWithLetters(t[:k]) < 3 {
		return t, authors
	}
	name := strings.TrimSpace(t[k+2:])
	for _, a := range authors {
		if strings.EqualFold(normalizeName(a), normalizeName(name)) {
			return t[:k+1], authors
		}
	}
	fs := strings.Fields(name)
	if len(authors) > 0 || len(fs) < 2 || len(fs) > 3 || !looksLikeName(name) || r.linesHolding(name) < 2 {
		return t, authors
	}
	return t[:k+1], []string{normalizeName(name)}
}

// titleSeps part a page's head line into its title and the site's or the
// section's names ("Title | Section | site.org", "Title - Site").
var titleSeps = []string{" | ", " - ", " – ", " — ", " · "}

// siteTailCut cuts the site's and the section's names from a title taken
// from a page's head line ("Title | Section | site.org", "Title - Archive
// of Kestrel"), when the part after the separator names a site (a domain,
// a word such as Institute or Archive in some language, or words the page
// prints apart) and the page prints the title's first part again below on
// a heading's line of its own, alone or with its subtitle. A title whose
// subtitle follows the printed part on the next line is whole.
func (r *reader) siteTailCut(title string) string {
	key := alnum(title)
	for from := 0; ; {
		k, sep := -1, ""
		for _, s := range titleSeps {
			if j := strings.Index(title[from:], s); j >= 0 && (k < 0 || from+j < k) {
				k, sep = from+j, s
			}
		}
		if k < 0 {
			return title
		}
		from = k + len(sep)
		head, rest := strings.TrimSpace(title[:k]), title[k+len(sep):]
		segs := splitSeps(rest)
		hk := alnum(head)
		if wordsWithLetters(head) < 2 || len([]rune(hk)) < 10 || len(segs) == 0 || genericDocName(head) && !ownerName(segs[0]) || partLabel(segs[0]) || !r.siteSegments(segs, head) {
			continue // "Annual Report 2021 - Research Highlights" is the report's whole title; "Yearbook 2025 | Introduction" is a chapter's
		}
		hw := strings.Fields(head)
		sk := alnum(segs[0])
		seen := false // the head line printed first: a title over the page's head line ("Title" / "Title - Subtitle") is a breadcrumb's
		for i, l := range r.ls {
			if strings.HasPrefix(alnum(l.text), key) {
				seen = true
				continue
			}
			lw := strings.Fields(l.text)
			if !seen || l.prose || len(lw) < len(hw) || len(lw) > 25 || !wordsMatch(lw[:len(hw)], alnumAll(hw)) {
				continue
			}
			after := alnum(strings.Join(lw[len(hw):], " "))
			if n := r.nextLine(i); n >= 0 && after == "" {
				after = alnum(r.ls[n].text)
			}
			if n := min(len(after), len(sk)); n >= min(len(sk), 8) && after[:n] == sk[:n] {
				continue // the title's parts printed over lines: "Title:" / "Subtitle"
			}
			return head
		}
	}
}

// splitSeps parts s at titleSeps.
func splitSeps(s string) []string {
	parts := []string{s}
	for _, sep := range titleSeps {
		var out []string
		for _, p := range parts {
			out = append(out, strings.Split(p, sep)...)
		}
		parts = out
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// alnumAll is alnum of each of ws.
func alnumAll(ws []string) []string {
	out := make([]string, len(ws))
	for k, w := range ws {
		out[k] = alnum(w)
	}
	return out
}

// siteSegments reports whether the parts after a title's separator name
// a site or its section: short parts, one of them a domain, a name with a
// site's word ("Archive ouverte …", "Kestrel Institute"), or words the
// page prints on a line without the title.
func (r *reader) siteSegments(segs []string, head string) bool {
	n := 0
	for _, s := range segs {
		if w := len(strings.Fields(s)); w > 8 {
			return false
		} else {
			n += w
		}
	}
	if n > 12 {
		return false
	}
	hk := alnum(head)
	for _, s := range segs {
		low := strings.ToLower(s)
		if siteDomainWordRe.MatchString(low) || hasWord(strings.Fields(low), siteWords) {
			return true
		}
		sk := alnum(s)
		if len([]rune(sk)) < 4 {
			continue
		}
		for _, l := range r.ls {
			if lk := alnum(l.text); !l.prose && l.words <= 12 && strings.Contains(lk, sk) && !strings.Contains(lk, hk) {
				return true // the site's or the section's name printed apart: a logo, a menu, a footer
			}
		}
	}
	return false
}

// siteDomainWordRe matches a domain among a title's last words: "kestrel.de",
// "Harbour.ru".
var siteDomainWordRe = regexp.MustCompile(`(?:^|\s)(?:www\.)?[\pL\d-]{2,40}\.[a-z]{2,6}(?:\s|$)`)

// siteWords name sites, archives and institutions in the languages whose
// pages are read.
var siteWords = setOf("institute", "institut", "instituto", "istituto", "institution", "center", "centre", "centro", "zentrum",
	"foundation", "fundación", "fundação", "fondation", "fondazione", "stiftung", "stichting", "university", "universidad",
	"universidade", "université", "università", "universität", "universitas", "council", "forum", "journal", "revista", "revue",
	"zeitschrift", "rivista", "jurnal", "press", "times", "post", "news", "noticias", "nachrichten", "blog", "society", "research",
	"archive", "archives", "archiv", "archivo", "arquivo", "repository", "repositorio", "repositório", "repositories", "library",
	"biblioteca", "bibliothek", "bibliothèque", "hal", "scielo", "redalyc", "dialnet", "cairn", "persée", "openedition", "jstor",
	"ssrn", "econstor", "researchgate", "scholar", "pdf", "ebook")

// partLabel reports whether s names a part of a book or a report
// ("Introducción", "Chapter 3"), which a title's last part may be.
func partLabel(s string) bool {
	low := strings.ToLower(strings.TrimSpace(s))
	return isSectionLabel(low) || bookParts[low] || chapterRe.MatchString(low)
}

// bookParts are the parts of a book in other languages than sectionLabels'.
var bookParts = setOf("introducción", "introdução", "introduzione", "einleitung", "einführung", "inleiding", "wstęp", "введение",
	"conclusión", "conclusiones", "conclusão", "conclusioni", "fazit", "schlussfolgerungen", "prólogo", "prefacio", "prefácio",
	"presentación", "apresentação", "presentazione", "vorwort", "avant-propos", "préface", "résumé", "resumen", "resumo")

// chapterRe matches a part's label with its number, alone or before the
// part's own title: "Chapter 3", "Capítulo II", "Chapter 3: Ferries".
var chapterRe = regexp.MustCompile(`^(?:chapter|chapitre|capítulo|capitulo|capitolo|kapitel|hoofdstuk|rozdział|глава|part|partie|parte|teil)\s+[\divxlc]+(?:\.?$|[.:]\s)`)

// closedJoins are words that join a title's parts and never end one, in
// the languages whose pages are read ("… Adalar Üzerine Bir", "… el caso de la",
// "… Zwischen Hafen und"); words that may end a title in some
// language (German "mit", "da", "zu"; Turkish "için"; Dutch "voor",
// "het"; Indonesian "dalam"; Vietnamese "về", "ở") are left out here,
// though endsOpen's older list still counts some of them in a line that
// is not English.
// openJoins may end a title in English too ("What to Do", "Pro and Con"),
// so they count only where another joiner of the same kind shows the line
// is not English.
var (
	closedJoins = setOf("bir", "ve", "của", "và", "những", "các", "dan", "yang", "dari", "untuk", "terhadap", "und", "zwischen",
		"für", "von", "der", "des", "dem", "im", "la", "le", "les", "du", "et", "à", "pour", "sur", "dans", "aux", "el", "los",
		"las", "y", "para", "por", "del", "dos", "das", "em", "nos", "nas", "com", "ao", "di", "della", "il", "per", "nel", "tra", "van")
	openJoins = setOf("de", "en", "a", "do", "e", "o", "as", "no", "na", "die", "den", "con", "al")
)

// openEnd reports whether a title ends on a word that joins it to more:
// English small words, closedJoins, or openJoins in a line that is not
// English. A capital word ends the title when it is also a name's ("…
// with Dan", "… by Van") or when the title is in sentence case ("… de
// América del Sur"), and so does "et al".
func openEnd(title string) bool {
	fs := strings.Fields(title)
	if len(fs) < 2 {
		return false
	}
	last := fs[len(fs)-1]
	low := strings.ToLower(last)
	if last != low && !allCaps(title) && (nameParticles[low] || low == "dan" || fields.IsGivenName(last) || !titleCased(title)) ||
		low == "al" && strings.EqualFold(fs[len(fs)-2], "et") {
		return false // "… with Dan", "… by Van", "… de América del Sur"; a Title Case "… Wave Of" goes on
	}
	return endsOpen(title) || closedJoins[low] || openJoins[low] && foreignLine(fs[:len(fs)-1])
}

// extendOpen joins to a title that ends on a joining word the lines that
// complete it: a title broken over lines and cut at the break by the
// rules or the ranking ("… the Second Age of" / "Ferries").
func (r *reader) extendOpen(title string) string {
	for n := 0; n < 3; n++ {
		if len(strings.Fields(title)) < 3 || !openEnd(title) {
			return title
		}
		key, j := alnum(title), -1
		for i, l := range r.ls {
			if isRelatedHeading(l.low) {
				break // the rest are other documents' titles
			}
			if lk := alnum(l.text); len(lk) >= 4 && strings.HasSuffix(key, lk) {
				j = i
				break
			}
		}
		if j < 0 {
			return title
		}
		k := r.nextLine(j)
		if k < 0 || k > j+2 {
			return title
		}
		next := r.ls[k]
		if next.words == 0 || next.words > 20 || isDateLine(next) || isByline(next.low) || r.isNameLine(k) || personLine(next.text) ||
			foreignByline(next.text) || NotTitle(next.text) || !hasLetters(next.text, 2) {
			return title
		}
		title += " " + next.text
	}
	return title
}

// inlineStops end a title run into the text that follows it on the same
// line: an affiliation's first word, an abstract's heading, an imprint's
// label, in the languages whose pages are read ("by" words are left out:
// "von", "por" or "di" stand inside titles too).
var inlineStops = setOf("professor", "prof.", "prof", "dr.", "dr", "university",
	"universidad", "universidade", "università", "universität", "université", "universitas", "department", "abstract", "resumen",
	"resumo", "summary", "zusammenfassung", "résumé", "riassunto", "abstrak", "özet", "аннотация", "published", "author", "authors",
	"autor", "autores", "autora", "auteur", "editor", "editors", "isbn", "issn", "doi", "doi:", "©", "copyright", "keywords",
	"palabras", "palavras-chave", "introduction", "introducción", "introdução", "einleitung", "veröffentlichungsversion",
	"·", "|", "…", "...", "contents", "índice", "sumário", "inhalt", "sommaire")

// extendInline completes a title cut short inside a longer line that runs
// the title into its byline, as a document's first page saved as one line
// prints it ("… in the Second Age of Ferries: Quays and Their Keepers
// Jane Roe Professor …"): a title ending on a joining word
// goes on to the byline. Nothing is added unless such an end is found.
func (r *reader) extendInline(title string) string {
	tf := strings.Fields(title)
	if len(tf) < 2 || !openEnd(title) {
		return title
	}
	keys := alnumAll(tf)
	for _, l := range r.ls {
		if l.words < 60 {
			continue // a document's first page run into one line holds its title; a paragraph's opening words are its text
		}
		lf := strings.Fields(l.text)
		for i := 1; i+len(tf) < len(lf) && i <= 40; i++ { // after a page number, a series' or a site's name
			if !wordsMatch(lf[i:i+len(tf)], keys) {
				continue
			}
			if add, ok := inlineRest(lf[i+len(tf):], keys[:2]); ok {
				return title + " " + strings.Join(add, " ")
			}
			return title
		}
	}
	return title
}

// wordsMatch reports whether ws are the words keys, letters and figures
// compared in small letters.
func wordsMatch(ws, keys []string) bool {
	for k, w := range ws {
		if alnum(w) != keys[k] {
			return false
		}
	}
	return true
}

// inlineRest is the part of ws that completes a title, up to the first
// stop (a byline, an affiliation, an abstract's heading, a page number, the
// title's first two words printed again). ok is false when no
// stop comes within a title's length, or the title would still end open.
func inlineRest(ws []string, first []string) ([]string, bool) {
	for n, w := range ws {
		if n >= 20 {
			return nil, false
		}
		low := strings.ToLower(strings.Trim(w, ",;"))
		stop := inlineStops[low] || isNumber(w) && len(w) <= 3 || strings.HasSuffix(w, "…") || strings.HasSuffix(w, "...") ||
			n+1 < len(ws) && fields.IsGivenName(w) && unicode.IsUpper(firstRune(w)) && unicode.IsUpper(firstRune(ws[n+1])) ||
			n+1 < len(ws) && strings.HasSuffix(w, ",") && unicode.IsUpper(firstRune(w)) && fields.IsGivenName(ws[n+1]) ||
			n+1 < len(ws) && alnum(w) == first[0] && alnum(ws[n+1]) == first[1] // the title printed again
		if !stop {
			continue
		}
		if n == 0 {
			return nil, false
		}
		add := ws[:n]
		if t := strings.Join(add, " "); endsOpen(t) || strings.HasSuffix(t, ":") {
			return nil, false
		}
		return add, true
	}
	return nil, false
}

// labelledQuote returns the quoted title a series label introduces on its
// line ("Occasional Paper: “Title”", "Perspective 2021/5 “Title” by Jane
// Roe"), or t: the label, of five words at most and none of them small,
// ends in a kind of paper or in its number after one, and after the one
// quote there is nothing or a byline. A headline that quotes ("New Report
// Warns “…”", "Policy Update “Project Lantern Quay” Gets …") goes on past its
// label; a review is not titled by the book it reviews.
func labelledQuote(t string) string {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(t, q[0])
		j := strings.LastIndex(t, q[1])
		if i <= 0 || j <= i+len(q[0]) {
			continue
		}
		before, in, after := strings.TrimSpace(t[:i]), t[i+len(q[0]):j], strings.TrimSpace(t[j+len(q[1]):])
		bw := strings.Fields(strings.ToLower(before))
		if len(bw) == 0 || len(bw) > 5 || slices.ContainsFunc(bw, func(w string) bool { return smallWords[w] || w == "review" }) ||
			wordsWithLetters(in) < 3 || strings.Contains(in, q[0]) || q[0] != q[1] && strings.Contains(in, q[1]) {
			continue
		}
		last := strings.Trim(bw[len(bw)-1], ":,")
		if !strings.ContainsFunc(last, unicode.IsLetter) && len(bw) > 1 {
			last = strings.Trim(bw[len(bw)-2], ":,") // "Perspective 2021/5"
		}
		aw := strings.Fields(after)
		if labelKinds[last] && (len(aw) == 0 || strings.EqualFold(aw[0], "by")) {
			return strings.TrimSpace(in)
		}
	}
	return t
}

// labelKinds are the kinds of paper a series label ends in.
var labelKinds = setOf("paper", "papers", "brief", "report", "commentary", "note", "memo", "insight", "insights", "perspective", "perspectives", "essay")
