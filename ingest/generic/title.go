package generic

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/fields"
)

// smallWords stay lower-case in Title Case and may end a broken title line.
var smallWords = setOf("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
	"with", "from", "as", "vs", "vs.", "via", "into", "over", "after", "before", "between", "amid", "about",
	"against", "under", "&", "its", "their", "is", "are", "be", "not")

// fileNameRe matches a document's file name, which mirrors print as its title.
var fileNameRe = regexp.MustCompile(`(?i)^[\pL\pN][\pL\pN _.,()-]{4,150}\.(pdf|docx?|pptx?|epub|txt)$`)

// genrePrefixes label a title with its genre: "Commentary: Title".
var issueRe = regexp.MustCompile(`^(issue|vol\.?|volume|no\.?|number|page|chapter|part)\s*\d`)

// labelWords make "Label: value" a metadata line.
var labelWords = []string{"date", "author", "source", "funding", "publisher", "type", "language", "categor",
	"tags", "topic", "region", "series", "volume", "issue", "doi", "isbn", "journal", "published", "posted",
	"updated", "views", "keywords", "file", "total", "page", "edition", "citation", "cite", "download",
	"contact", "location", "venue", "time", "price", "format", "program", "institution", "affiliation",
	"organisation", "organization", "organiser", "organizer", "research theme", "theme"}

// isLabel reports whether a word of k starts with a label word; a label
// has three words at most ("Organised ferry fares in the isles: …" heads a title).
func isLabel(k string) bool {
	fs := strings.Fields(k)
	if len(fs) > 3 {
		return false
	}
	for _, w := range fs {
		if hasPrefixAny(w, labelWords) {
			return true
		}
	}
	return false
}

var genrePrefixes = []string{"commentary", "analysis", "op-ed", "opinion", "title", "policy brief", "perspective",
	"interview", "essay", "feature", "explainer", "review", "report", "brief", "article", "cover",
	"publication", "item", // a repository record's heading: "Publication: Title"
	"opinion piece", "blog", "blog post", "column", "q&a",
	"guest editorial", "guest post", "guest column",
	"working paper", "discussion paper", "research paper", "policy paper", "occasional paper", "issue brief", "speech", "policy note",
	"transcript", "transcripción", "transcrição", "transcription",
	"analiz", "yorum", "análisis", "análise", "analyse", "kommentar", "commentaire", "comentario", "comentário"} // the same in other languages

// title picks the most title-like block of the top of the page (a line,
// or a title broken across lines) and returns the index of its first line
// and its text, or -1 and "".
func (r *reader) title() (int, string) {
	ls := r.ls
	r.handWay = handRecord // a record's, a citation's or a form's title
	if t := r.mirrorRecordTitle(); t != "" {
		return 0, t
	}
	if t := r.citationTitle(); t != "" {
		return r.citedHeading(t)
	}
	if i, t := r.formTitle(); i >= 0 {
		return i, t
	}
	if i, t := r.labelledRecordTitle(); i >= 0 {
		return i, t
	}
	r.handWay = handFallback
	n := min(len(ls), headLines)
	firstProse := len(ls)
	for i, l := range ls {
		if l.prose && !l.teaser && !strings.Contains(l.text, " · ") && !strings.Contains(l.text, "…") {
			firstProse = i // a mirror's record line with its preview is not the text
			break
		}
	}
	type cand struct {
		i     int
		score float64
	}
	var cands []cand
	best, bestScore := -1, 0.0
	inBlock := -1  // last line of the block of the line before
	proseSeen := 0 // paragraphs above line i: three make what follows the text's own headings
	for i := 0; i < n; i++ {
		if i > 0 && ls[i-1].prose && !ls[i-1].teaser {
			proseSeen++
		}
		if (best < 0 || bestScore < 2) && isSimilarDocs(ls[i].low) {
			if j, t := r.titleOverRelated(i); j >= 0 {
				return j, t // a sharing site's document, then its list of others
			}
		}
		if i > firstProse+3 && best >= 0 && bestScore >= 2 || proseSeen >= 3 && (best >= 0 || proseSeen >= 4 && i == len(ls)-1) || best >= 0 && (isRelatedHeading(ls[i].low) || moreFrom(ls[i].low) && proseSeen > 0) {
			break // what follows are other documents' titles
		}
		end, _ := r.block(i)
		if i <= inBlock {
			continue // the second line of a broken title
		}
		if i > 0 && bareRecordKey(ls[i-1].low) && !(ls[i-1].low == "editorial" && ls[i].words >= 5 && hasWord(strings.Fields(ls[i].low), smallWords)) {
			continue // the value under a record's bare label ("Series"); a Spanish "Editorial" names a publisher, an English one labels the title under it, which holds an English small word
		}
		s, ok := r.titleScore(i, n)
		if !ok {
			continue
		}
		inBlock = end - 1
		cands = append(cands, cand{i, s})
		if best < 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 || bestScore < 2 {
		if i, t := r.seriesTitle(); i >= 0 {
			return i, t
		}
		return r.capsRunTitle()
	}
	r.handWay, r.handScore = handScored, bestScore
	r.handMargin = bestScore
	for _, c := range cands {
		if c.i != best {
			r.handMargin = min(r.handMargin, bestScore-c.score)
		}
	}
	// A site's heading is often a shortened form of the document's own
	// title printed further down: prefer the full one.
	_, bt := r.block(best)
	bl := alnum(bt)
	tt := r.titleText(best)
	cutBest := strings.HasSuffix(tt, "...") || strings.HasSuffix(tt, "…")
	for _, c := range cands {
		if c.i == best || c.score < 4 && !(cutBest && c.score > 0) {
			continue
		}
		_, ct := r.block(c.i)
		if cl := alnum(ct); len(bl) >= 12 && len(cl) > len(bl)+6 && strings.HasPrefix(cl, bl) {
			best, bl = c.i, cl
		}
	}
	// A title set in short lines, read in part, under a record line that
	// holds it whole: the record's.
	{
		_, bt := r.block(best)
		bl := alnum(bt)
		for _, c := range cands {
			if c.i >= best || c.score < 4 || len(bl) < 12 {
				continue
			}
			_, ct := r.block(c.i)
			if cl := alnum(ct); len(cl) > len(bl)+6 && strings.Contains(cl, bl) && !strings.HasPrefix(cl, bl) && r.firstLine(c.i) {
				best = c.i
				break
			}
		}
	}
	// A breadcrumb run into the heading ("HomeInterviewTitle") over the
	// heading itself: the heading.
	{
		_, bt := r.block(best)
		bl := alnum(bt)
		for _, c := range cands {
			if _, ct := r.block(c.i); c.i != best && len(alnum(ct)) >= 12 && len(bl) > len(alnum(ct)) &&
				strings.HasSuffix(bl, alnum(ct)) && len(strings.Fields(bt))-len(strings.Fields(ct)) <= 3 {
				best = c.i
				break
			}
		}
	}
	// The same title printed twice (a saved page's title line, then the
	// heading): the copy with the byline under it is the one that
	// anchors the byline and the date.
	{
		_, bt := r.block(best)
		for _, c := range cands {
			if c.i <= best {
				continue
			}
			if _, ct := r.block(c.i); alnum(ct) == alnum(bt) {
				if cf, _ := r.titleFeatures(c.i, n); cf[fMetaAfter] > 0 {
					best = c.i
					break
				}
			}
		}
	}
	// A kicker over the headline: a section's or a topic's label ("Loss &
	// Damage / Climate Finance", "Analysis & Opinions - Site", "Section
	// Jane Roe"), then the longer headline the text follows.
	if j := r.nextLine(best); j >= 0 && r.kickerOver(best, j) {
		best = j
	}
	// A mirror prints the title in lower case; the document's own copy of
	// it keeps its capitals.
	_, bt = r.block(best) // best may have moved above
	if unicode.IsLower(firstRune(bt)) {
		for _, c := range cands {
			if _, ct := r.block(c.i); c.i != best && alnum(ct) == alnum(bt) && !unicode.IsLower(firstRune(ct)) {
				best = c.i
				break
			}
		}
	}
	return best, r.mixedCase(r.titleText(best))
}

// titleOverRelated is the title of a sharing site's page that opens with
// its document's name, then its list of similar documents at line h
// ("Title. October 2017" / "Similar documents" / other titles): the first
// line of three words or more above the list, without the date run into
// it. The list's titles are never the page's.
func (r *reader) titleOverRelated(h int) (int, string) {
	if h > similarTop {
		return -1, ""
	}
	for i := 0; i < h; i++ {
		l := r.ls[i]
		if l.chrome || l.words < 3 || l.words > 30 {
			continue // a label, or a paragraph: no document's name
		}
		t := l.text
		if m := monthTailRe.FindStringIndex(t); m != nil && threeWords(t[:m[0]]) {
			t = strings.TrimSpace(t[:m[0]])
		}
		if !NotTitle(t) {
			return i, t
		}
	}
	return -1, ""
}

// kickerOver reports whether line i is a label over headline j: i is
// short and made of labels (joined by "/" or a bar, a genre's "&" before
// a site's dash, or a section's slash and its author's name), j is a
// longer title that no subtitle's sentence is, and prose follows j at once.
func (r *reader) kickerOver(i, j int) bool {
	li, lj := r.ls[i], r.ls[j]
	if end, _ := r.block(i); end != i+1 || li.words > 8 || lj.words < 5 || lj.words < li.words+2 || lj.prose || lj.chrome || isDek(lj) || !titleShape(lj) || r.isNameLine(j) {
		return false
	}
	if k := r.nextLine(j); k < 0 || !r.ls[k].prose {
		return false
	}
	t := li.text
	if strings.Contains(t, " / ") || strings.Contains(t, " | ") {
		return true // "Loss & Damage / Climate Finance"
	}
	if genre, site, ok := strings.Cut(t, " - "); ok && site != "" && strings.Contains(genre, " & ") && kickerGenreWords(genre) {
		return true // "Analysis & Opinions - Site"; "Island Ferries - Winter Report" is a title
	}
	fs := strings.Fields(t)
	return len(fs) >= 3 && strings.Contains(fs[0], "/") && looksLikeName(strings.Join(fs[len(fs)-2:], " ")) // "Euro/Atlantica (…) Jane Roe"
}

// mixedCase is title t in the capitals of a copy of it that starts a line
// of the top of the page, when t is in capitals only (a mirror's record
// line) and the document prints it in Title Case.
func (r *reader) mixedCase(t string) string {
	if strings.ToLower(t) == t && len(strings.Fields(t)) >= 3 && hasLetters(t, 12) && !cutShort(t) {
		// a mirror's record in small letters: the document's own copy
		// keeps its capitals
		key := alnum(t)
		for _, l := range r.ls[:min(len(r.ls), 12)] {
			if strings.Contains(l.text, t) || l.words > 60 {
				continue
			}
			if a, b, ok := findLetters(l.text, key); ok && strings.ToLower(l.text[a:b]) != l.text[a:b] {
				return strings.TrimSpace(l.text[a:b])
			}
		}
		return t
	}
	if !allCaps(t) || len(t) < 12 {
		return t
	}
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if len(l.text) >= len(t) && utf8.ValidString(l.text[:len(t)]) && strings.EqualFold(l.text[:len(t)], t) && !allCaps(l.text[:len(t)]) {
			return l.text[:len(t)]
		}
	}
	return t
}

// letters is the lower-cased letters of s, to compare titles printed with
// different punctuation, spacing and case.
func letters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// alnum is the lower-cased letters and digits of s.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// slugMatch tells how well a line reads as the address's last path segment
// ("how-chinas-actions-in-the…"), which sites make from the title: 5 for
// the same words, 3 when one is a cut form of the other, else 0.
func (r *reader) slugMatch(t string) int {
	if r.slug == "" {
		return 0
	}
	tl := letters(t)
	switch {
	case tl == r.slug:
		return 5
	case len(tl) < 15 || len(tl) > len(r.slug)+max(8, len(r.slug)/4) || len(r.slug) > len(tl)+max(8, len(tl)/4):
		return 0 // one is no cut form of the other
	case strings.HasPrefix(tl, r.slug) || strings.HasPrefix(r.slug, tl):
		return 3
	}
	return 0
}

// bareRecordKey reports whether a line is a record's label alone, its
// value on the next line ("Series"); an abstract may open with the title.
func bareRecordKey(low string) bool {
	k := strings.TrimSuffix(low, ":")
	return recordKeys[k] && k != "abstract"
}

// titleShape reports whether a line could be a title at all.
func titleShape(l line) bool {
	t := l.text
	if l.chrome || l.words > 35 || len(t) > 300 || !hasLetters(t, 6) {
		return false
	}
	if strings.Count(t, " | ") >= 2 || bulletRun(t) {
		return false // a menu or an address on one line
	}
	if fs := strings.Fields(t); letterSpaced(fs) && isSectionLabel(strings.ToLower(strings.Join(fs, ""))) {
		return false // a section's heading set letter by letter: "S U M M A R Y"
	}
	if strings.Contains(l.low[max(0, len(l.low)-6):], ".") && fileNameRe.MatchString(t) {
		return len(strings.FieldsFunc(t, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })) >= 2
	}
	if l.words < 2 || l.words < 3 && len(t) < 12 || isKindName(l.low) || onlyDateWords(l.low) || sectionMenuLabel(l.low) {
		return false
	}
	if isSectionLabel(l.low) || isByline(l.low) || wholeForeignByline(t) || strings.Contains(l.low, "http") || strings.Contains(l.low, "www.") || journalHead(l) ||
		strings.Contains(t, "@") || authorAffiliation(t) || numberedParts(t) || shout(t) || imprintLine(t) {
		return false
	}
	// "Label: value" is metadata unless the label is one word that starts
	// a title ("Commentary: …", "Brexit: …").
	k, v, kv := keyValue(t)
	if kv && !isTitleKey(k) && (v == "" || recordKeys[k] || isLabel(k) && !titleHead(t) || strings.HasSuffix(k, "title")) {
		return false // a record's other fields, a subtitle ("Report Subtitle: …")
	}
	if codeLineRe.MatchString(t) {
		return false // a program's error trace
	}
	if kv && metaValue(k, v) {
		return false // a record's field with a number, an age or an identifier: "Academic year: 2019"
	}
	if kv && isTitleKey(k) && len(strings.Fields(v)) >= 2 {
		return true // labelled as the title
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	switch last {
	case '.', ',', ';', ':':
		if !strings.HasSuffix(t, "...") && !strings.HasSuffix(t, "…") && !abbrevEndRe.MatchString(t) && !(kv && isTitleKey(k) && last == ':') {
			return false
		}
	}
	if (strings.HasSuffix(l.low, "...") || strings.HasSuffix(l.low, "…")) && l.words > 12 {
		return false // a cut teaser
	}
	// A date alone, or a dated stamp, is no title; a title may name a
	// month and year after its first words ("The Harbour Strike of May 1968").
	if l.dated && l.words <= 10 && !dateInTitle(t) {
		return false
	}
	if issueRe.MatchString(l.low) || strings.HasPrefix(l.low, "published ") || isSeriesLine(t) || isSeriesLabel(t) ||
		paperNoRe.MatchString(l.low) || nameWithAffiliation(t) || markedNameList(t, false) || isAddress(t) {
		return false
	}
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") || looksDated(l) ||
		hasPrefixAny(l.low, []string{"prepared for ", "prepared by ", "submitted to ", "commissioned by "}) {
		return false // a list's item, a bracketed citation, a date in another language, a cover's sponsor line
	}
	if d := dropRank(t); d != t && looksLikeName(strings.TrimSuffix(strings.TrimSpace(strings.Split(d, ",")[0]), " Jr.")) {
		return false // a rank and a name
	}
	if l.prose && (casedBreak(t) && !dottedTitle(t) || l.words >= 20 && strings.Contains(t, "? ")) {
		return false // sentences, or a paragraph of questions
	}
	return true
}

// titleScore is the weighted sum of the features of the block at line i,
// and false when it can never be a title.
func (r *reader) titleScore(i, n int) (float64, bool) {
	f, ok := r.titleFeatures(i, n)
	if !ok {
		return 0, false
	}
	return f.score(titleWeights), true
}

// titleFeatures measures how title-like the block at line i is; ok is false
// when the block can never be a title.
func (r *reader) titleFeatures(i, n int) (f features, ok bool) {
	ls := r.ls
	l0 := ls[i]
	end, text := r.block(i)
	l := l0
	if end > i+1 || text != l0.text {
		l = mkLine(text)
		l.prose = isProse(text, l.words) && sentenceBreak(text)
		for k := i; k < end; k++ {
			if ls[k].chrome {
				return f, false
			}
		}
	}
	slug := 0
	if i < 12 {
		slug = r.slugMatch(l.text)
	}
	cut := r.cutEcho(i)
	labelled := titleShape(l0) && isTitleLine(l0.text)
	if !titleShape(l) && !labelled && !(slug > 0 && !l.chrome && l.words <= 40) && !cut && !(r.prevLine(i) < 0 && questionTitle(l)) {
		return f, false
	}
	if k, _, ok := keyValue(l0.text); ok && isContainerKey(k) && (strings.Contains(r.headLow(), "\nreport part title:") ||
		strings.Contains(r.headLow(), "\nchapter title:")) {
		return f, false // the report's title, when the record is of one of its parts
	}
	if t := strings.TrimSpace(l.text); strings.HasSuffix(t, "“") || strings.HasSuffix(t, "‘") || strings.HasSuffix(t, "(") {
		return f, false // a sentence cut after an opening quote
	}
	if neverTitle(l.text) || r.authorLine(i) || peopleList(l.text) {
		return f, false
	}
	if hasPrefixAny(l.low, []string{"a report of the", "a report by", "a report from", "a publication of", "a project of",
		"a product of", "a joint report", "an initiative of"}) && l.words <= 16 {
		return f, false // the credit line under a report's title
	}
	if listItemRe.MatchString(l0.text) && strings.Count(r.headLow(), "\n"+l0.low+"\n") < 2 {
		return f, false // a numbered item of a list, unless printed again as the heading
	}
	if r.tocLine(i) || r.afterPageNumber(i) || isOrgLine(l) && l.words <= 3 && !r.cited(l.text) {
		return f, false // a contents entry, a running header, an organisation's bare name
	}
	if r.isCaption(i, end) && !r.afterSeriesLine(i) || r.isRoleLine(i) || r.inLabelRun(i) || r.afterBareByline(i) ||
		r.isNameLine(i) && (r.nextLine(i) >= 0 && isDateLine(ls[r.nextLine(i)]) && !r.datedByline(i) && !r.coverOverMonth(i) && !r.shortOverDate || dropRank(l0.text) != l0.text) {
		return f, false
	}
	f[fPos] = 1 - float64(i)/float64(headLines)
	f[fSlug] = float64(slug)
	// A mirror prints the document's title first, then its upload stamp;
	// a viewer prints it above its page counter.
	for j := end; j < len(ls) && j < end+3; j++ {
		if hasPrefixAny(ls[j].low, []string{"upload", "post on ", "posted on:"}) || j == end && len(ls[j].low) <= 20 &&
			(pageCounterRe.MatchString(ls[j].low) || viewCounterRe.MatchString(ls[j].low)) {
			f[fStamp] = 1
			if r.mirrorMarks() >= 2 {
				f[fStampMirror] = 1 // the mirror's record title outranks headings in the document
			}
			break
		}
	}
	if cut {
		f[fCut] = 1
	}
	// A reading-time stamp follows the headline ("Reading Time: 4 mins"):
	// a line above the headline is a site's tagline.
	switch {
	case end < len(ls) && readTime(ls[end].low):
		f[fReadAfter] = 1
	case end+1 < len(ls) && titleShape(ls[end]) && readTime(ls[end+1].low):
		f[fReadBelow] = 1
	}
	if r.firstAfterViewer(i) {
		f[fViewerFirst] = 1 // the cover's title opens the viewer's first page
	}
	cited := r.cited(l.text)
	if k, _, ok := keyValue(l0.text); ok && isTitleKey(k) || cited {
		f[fLabelled] = 1 // labelled as the title, or quoted as such in the page's own citation
	}
	// Title Case or ALL CAPS.
	caps, content := 0, 0
	for _, w := range strings.Fields(l.text) {
		lw := strings.ToLower(w)
		if smallWords[lw] {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsAny(string(r), "“\"‘'(") {
			caps++
		}
	}
	if content > 0 && float64(caps)/float64(content) >= 0.6 {
		f[fTitleCase] = 1
	}
	first, _ := utf8.DecodeRuneInString(l.text)
	if unicode.IsLower(first) && !cut {
		f[fLowerFirst] = 1
	}
	// Repeated at the top: a breadcrumb tail and the heading, a saved
	// page's own title line, a viewer's page labels.
	repeated := r.viewerRepeat(i, n)
	for j := 0; j < n && !repeated; j++ {
		repeated = j != i && (ls[j].low == l0.low || strings.HasPrefix(ls[j].low, l0.low+" |") || strings.HasPrefix(ls[j].low, l0.low+" - "))
	}
	if bl := alnum(l.text); !repeated && end > i+1 && len(bl) >= 16 {
		repeated = strings.Count(r.headAlnum(), bl) >= 2 // a title set in lines twice, broken differently
	}
	if repeated {
		f[fRepeated] = 1
	}
	// What follows: a byline or a date, then prose.
	// A standfirst (one short paragraph) may sit between the title and
	// the byline; another heading ends the title's block.
	seenMeta, seenProse, standfirst := false, false, false
	for j, k := end, 0; j < len(ls) && k < 5; j++ {
		m := ls[j]
		if m.chrome || r.isCaption(j, j+1) || imageText(m.low) {
			continue // furniture between a title and its text: an image's alternative text
		}
		k++
		if k <= 4 && (isByline(m.low) || hasGluedMailLink(m.text) || r.isNameLine(j) || isDateLine(m) || isRecordLine(m) || isOrgLine(m)) {
			seenMeta = true
			continue
		}
		if !m.prose && titleShape(m) && !isGenreList(m.low) && m.words >= 3 {
			if k == 1 && !standfirst && isDek(m) {
				standfirst = true
				continue
			}
			break
		}
		if m.prose && !m.teaser {
			if k == 1 && m.words <= 40 && !standfirst {
				standfirst = true
				continue
			}
			seenProse = true
			break
		}
	}
	seenProse = seenProse || standfirst
	if seenMeta {
		f[fMetaAfter] = 1
	}
	if seenProse {
		f[fProseAfter] = 1
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if isDateLine(ls[j]) {
			f[fDateAbove] = 1
			break
		}
	}
	if l.words > 22 {
		f[fLong] = 1
	}
	if l.dated && slug == 0 && !cut {
		f[fDated] = 1 // a caption or a dateline
	}
	if l.prose && !cut {
		f[fProse] = 1
	}
	if isOrgLine(l) && !cited || l.words <= 4 && r.firstLine(i) && siteHeader(l.text) {
		f[fOrg] = 1 // a publisher's or an affiliation's name, a site's header ("… Institute Blog")
	}
	if r.afterSeriesLine(i) {
		f[fAfterSeries] = 1 // the title of a PDF cover comes after its series line
	}
	if r.proseWordsBefore(i) >= 60 && r.headTitled() {
		f[fAfterText] = 1 // a heading after the text has begun is a section's
	}
	if p := r.prevLine(i); p >= 0 && (!ls[i].gap || l.words >= 12 && l.words >= 2*ls[p].words) && isDek(l) &&
		titleShape(ls[p]) && !isDek(ls[p]) && !ls[p].dated && !neverTitle(ls[p].text) {
		f[fDekUnder] = 1 // a subtitle in sentence case under the title
	}
	// A line inside a run of short link-like lines is a menu item.
	if r.inMenuRun(i, l.words) {
		f[fMenu] = 1
	}
	if looksLikeName(l.text) || l.words <= 12 && strings.Contains(l.text, ",") && len(splitNames(strings.TrimRight(l.text, ", "))) >= 2 && r.isNameLine(i) ||
		namePair(l.text) && r.printedTwice(strings.Fields(l.text)[0]+" "+strings.Fields(l.text)[1]) {
		f[fName] = 1 // a name, or a line of authors' names (two names joined, one of them printed again)
	}
	if isGenreList(l.low) {
		f[fGenreList] = 1
	}
	if r.firstLine(i) && l.words >= 4 && !isOrgLine(l) && !cutShort(l.text) {
		f[fTop] = 1 // a saved page's first line is most often its title; a short one may be the site's name
	}
	if allCaps(l.text) {
		f[fCaps] = 1
	}
	if strings.Contains(l.text, ":") {
		f[fColon] = 1
	}
	f[fWords] = float64(min(l.words, 30)) / 10
	if end > i+1 {
		f[fBroken] = 1
	}
	if ls[i].gap {
		f[fGapBefore] = 1
	}
	return f, true
}

func mkLine(t string) line {
	low := strings.ToLower(t)
	words := wordCount(t)
	_, dated := findDate(t)
	return line{text: t, low: low, words: words, chrome: isChrome(low, words), teaser: isTeaser(low), dated: dated}
}

// isRecordLine reports whether a line is a record field with a value
// ("Publisher: …", "Автори: …").
func isRecordLine(l line) bool {
	k, v, ok := keyValue(l.text)
	return ok && v != "" && recordKeys[k]
}

// inLabelRun reports whether line i is a "Label: value" line next to
// another one: a block of metadata, whatever the labels' language.
func (r *reader) inLabelRun(i int) bool {
	k, v, ok := keyValue(r.ls[i].text)
	if !ok || v == "" || isGenrePrefix(k) || headCase(r.ls[i].text[:strings.IndexAny(r.ls[i].text, ":：")]) {
		return false
	}
	for _, j := range []int{r.prevLine(i), r.nextLine(i)} {
		if j >= 0 {
			if k2, v2, ok := keyValue(r.ls[j].text); ok && v2 != "" && k2 != k && !strings.EqualFold(v2, v) {
				return true // not the title printed twice ("HomeInterviewHPI: T" over "HPI: T")
			}
		}
	}
	return false
}

// headCase reports whether a label has two or more words all capitalised
// ("Night Crossings Review: …"): the head of a title, where a field label
// capitalises its first word only ("Reading time:").
func headCase(k string) bool {
	content := 0
	for _, w := range strings.Fields(k) {
		if smallWords[strings.ToLower(w)] {
			continue
		}
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
		content++
	}
	return content >= 2
}

// titleHead reports whether the part of t before its colon is three or
// more words in Title Case ("Tumbling Oil Prices: …"): the head of a
// title, which a label word inside it does not make a field label.
func titleHead(t string) bool {
	k := t[:strings.IndexAny(t, ":：")]
	return len(strings.Fields(k)) >= 3 && headCase(k)
}

func isGenrePrefix(k string) bool {
	for _, p := range genrePrefixes {
		if k == p {
			return true
		}
	}
	return false
}

// prevLine and nextLine skip chrome; they return -1 at the page's ends.
func (r *reader) prevLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !r.ls[j].chrome {
			return j
		}
	}
	return -1
}

func (r *reader) nextLine(i int) int {
	for j := i + 1; j < len(r.ls); j++ {
		if !r.ls[j].chrome {
			return j
		}
	}
	return -1
}

// isCredit reports whether a line credits a photo.
func isCredit(low string) bool {
	return hasPrefixAny(low, []string{"photo:", "photo credit", "photo by", "photograph:", "image:", "image credit",
		"image by", "image source", "credit:", "credits:", "picture:", "illustration:", "(photo", "source: getty", "photo/"}) ||
		hasAny(low, []string{"(photo:", "(image:", "(photo credit", "getty images", "shutterstock", "(reuters)", "/reuters", "/ reuters", "(afp)", "/ afp",
			"ap photo", "wikimedia commons", "via flickr", "(ap)", "/ ap", "(file photo)"})
}

// isCaption reports whether lines i..end-1 are an image caption: a photo
// credit follows them, or ends the line itself.
func (r *reader) isCaption(i, end int) bool {
	if isCredit(r.ls[i].low) {
		return true
	}
	for j := end; j < len(r.ls) && j <= end+1; j++ {
		if isCredit(r.ls[j].low) && r.ls[j].words <= 8 {
			// a bare credit: the caption came before it, unless that is
			// the page's first line, a heading over its picture
			return !r.firstLine(i) || strings.HasSuffix(r.ls[i].text, ".")
		}
		if r.ls[j].low != r.ls[i].low {
			break // a caption may be printed twice
		}
	}
	return false
}

// afterBareByline reports whether line i follows a "By" or "Written By"
// line without names: it holds the names.
func (r *reader) afterBareByline(i int) bool {
	j := r.prevLine(i)
	return j >= 0 && isByline(r.ls[j].low) && len(splitNames(r.ls[j].text)) == 0
}

// roleStarts begin the role line printed under an author's name.
var roleStarts = setOf("senior", "director", "professor", "fellow", "head", "associate", "analyst", "lecturer",
	"editor", "chief", "deputy", "assistant", "president", "chair", "chairman", "founder", "visiting", "adjunct",
	"phd", "ph.d.", "former", "executive", "managing", "coordinator", "non-resident", "nonresident",
	"distinguished", "student", "candidate", "research", "researcher", "dean", "principal", "lead")

// isRoleLine reports whether line i is an author's role: it follows a
// name line and starts with a role word.
func (r *reader) isRoleLine(i int) bool {
	fs := strings.Fields(r.ls[i].low)
	if len(fs) == 0 || !roleStarts[fs[0]] && !(len(fs) <= 8 && fields.IsAffiliation(r.ls[i].text)) {
		return false
	}
	j := r.prevLine(i)
	return j >= 0 && (r.isNameLine(j) || isByline(r.ls[j].low))
}

// inMenuRun reports whether line i sits among four or more short lines
// without sentence punctuation, none of them a byline or a date.
func (r *reader) inMenuRun(i, words int) bool {
	short := func(l line) bool {
		return !l.prose && l.words <= 4 && !isDateLine(l) && !isByline(l.low)
	}
	run := 1
	for j := i - 1; j >= 0 && short(r.ls[j]); j-- {
		run++
	}
	for j := i + 1; j < len(r.ls) && short(r.ls[j]); j++ {
		run++
	}
	return run >= 5 && words <= 4
}

// isGenreList reports whether a short line names a kind of page or a
// collection ("Working papers", "Issue Briefs", "ISEAS Perspective 2023").
func isGenreList(low string) bool {
	fs := strings.Fields(low)
	if len(fs) == 0 || len(fs) > 5 {
		return false
	}
	last := strings.Trim(fs[len(fs)-1], ":")
	switch last {
	case "papers", "briefs", "reports", "publications", "commentaries", "articles", "series", "analyses",
		"books", "events", "insights", "perspectives", "volumes", "archive", "archives", "posts", "stories",
		"essays", "studies":
		return true
	}
	return false
}

// block joins a title broken across lines, from line i: the line ends on
// a small word or a comma, or the next starts in lower case or with "and",
// or both are in capitals. It returns the index after the block and its
// text.
func (r *reader) block(i int) (int, string) {
	if r.blockEnd == nil {
		r.blockEnd, r.blockText = make([]int, len(r.ls)), make([]string, len(r.ls))
	}
	if r.blockEnd[i] == 0 {
		r.blockEnd[i], r.blockText[i] = r.readBlock(i) // the title rules ask for a block many times
	}
	return r.blockEnd[i], r.blockText[i]
}

// readBlock finds the block starting at line i; block remembers it.
func (r *reader) readBlock(i int) (int, string) {
	t := r.ls[i].text
	if !hasLetters(t, 1) {
		return i + 1, t // a stray mark starts no title
	}
	if k, v, ok := keyValue(t); ok && isTitleKey(k) && v != "" {
		t = strings.TrimSuffix(v, ":") // an archive's part title keeps the colon its subtitle followed
	}
	j := i + 1
	for ; j < len(r.ls); j++ {
		next := r.ls[j]
		// A cover sets a capitals title in short lines, sometimes many.
		if j > i+3 && !(allCaps(t) && allCaps(next.text) && next.words <= 4 && !next.gap && j <= i+8) {
			break
		}
		if next.gap && smallWords[strings.ToLower(t)] {
			break // a lone menu label, "About", does not run on over an empty line
		}
		if next.chrome || next.prose || isByline(next.low) || isDateLine(next) || next.words > 20 || mailAuthor(next.text) != "" ||
			hasAny(next.low, []string{"http", "www.", "@"}) || isSimilarDocs(next.low) {
			break
		}
		if k, v, ok := keyValue(next.text); ok && v != "" && (strings.HasSuffix(k, "title") || recordKeys[k]) {
			break // the next field of a record
		}
		if head := strings.Fields(r.ls[i].text); len(head) >= 3 && next.words >= 3 &&
			strings.HasPrefix(alnum(next.text), alnum(strings.Join(head[:3], " "))) ||
			next.words >= 3 && strings.Contains(alnum(t), alnum(next.text)) {
			break // the title printed again, in full or in part
		}
		if next.words <= 2 && !next.gap && j <= i+2 && lastWrap(r, j, t) {
			t += " " + next.text
			continue
		}
		if r.openQuestion(t, j) {
			t += " " + next.text // a question set in lines, whatever its words look like
			continue
		}
		if allCaps(t) && allCaps(next.text) && next.words <= 6 && (joinerAt(t, true) || joinerAt(next.text, false)) {
			t += " " + next.text // a capitals title broken at "… E" / "EN CHILE": no name ends or starts so
			continue
		}
		if possessiveEnd(t) && next.words >= 2 && next.words <= 6 && unicode.IsUpper(firstRune(next.text)) && r.titleGoesOn(j) {
			t += " " + next.text // "… on the Board's" / "Northern Lanes": a possessive ends no title, and a name does not follow one
			continue
		}
		if r.isNameLine(j) || nameWithAffiliation(next.text) || foreignByline(next.text) || allCaps(t) && !allCaps(next.text) && strings.Contains(next.text, ",") &&
			unicode.IsLower(firstRune(next.text)) && len(splitNames(nameCaseWords(next.text))) >= 2 {
			break // the authors under a title that ends open ("… The Case of" / "Jane Roe and John Doe")
		}
		if endsOpen(t) && hasLetters(next.text, 2) || r.inCapsRun(j) && r.inCapsRun(j-1) {
			t += " " + next.text
			continue
		}
		if !titleShape(next) && !continues(t, next.text) {
			break
		}
		if !continues(t, next.text) && !(allCaps(t) && allCaps(next.text) && !next.gap) {
			break
		}
		t += " " + next.text
	}
	return j, t
}

// titleText is the title at line i with genre labels and site suffixes
// removed and a title broken across lines joined.
func (r *reader) titleText(i int) string {
	_, t := r.block(i)
	// A mirror's cut record line: "Title - Name, Name, Name ...".
	if r.cutEcho(i) {
		if k := strings.Index(t, " - "); k > 0 && strings.Count(t[k:], ",") >= 2 && len(strings.Fields(t[:k])) >= 3 {
			return strings.TrimSpace(t[:k])
		}
	}
	for _, sep := range []string{" | ", " – ", " — ", " - "} {
		if k := strings.LastIndex(t, sep); k > 0 {
			tail := t[k+len(sep):]
			if len(strings.Fields(tail)) <= 4 && isSiteName(tail) && len(strings.Fields(t[:k])) >= 3 && (!genericDocName(t[:k]) || ownerName(tail)) {
				t = t[:k]
			}
		}
	}
	t = r.cutTrailingName(t)
	t = r.cutTails(t)
	return dropLead(t)
}

// ownerName reports whether tail names an institution by a word of its
// kind ("Kestrel Institute", "Harbour Foundation"): a report's owner after
// its generic name ("2019 Annual Report - Kestrel Institute"), where a
// subtitle ("– Progress Review") would be the title's own.
func ownerName(tail string) bool {
	for _, w := range strings.Fields(strings.ToLower(tail)) {
		if w = strings.Trim(w, ".,()"); institutionWords[w] || w == "corporation" || w == "university" {
			return true
		}
	}
	return false
}

// dropLead removes a genre label ("Commentary: …") or a viewer's words
// around the title ("Full text of "…"") from the front of t, when enough
// of a title is left.
func dropLead(t string) string {
	t = strings.TrimSpace(t)
	low := strings.ToLower(t)
	for _, p := range genrePrefixes {
		if strings.HasPrefix(low, p+":") {
			rest := strings.TrimSpace(t[len(p)+1:])
			if len(strings.Fields(rest)) >= 3 {
				t = rest
			}
			break
		}
	}
	for _, p := range viewerLeads {
		if strings.HasPrefix(low, p) {
			if rest := strings.Trim(t[len(p):], ` "“”`); len(strings.Fields(rest)) >= 2 {
				t = rest
			}
			break
		}
	}
	if rest, ok := strings.CutPrefix(t, "- "); ok && wordCount(rest) >= 3 {
		t = rest // a list's dash left before the title
	}
	t = dropLeadDate(t)
	if m := noteDigitRe.FindStringSubmatchIndex(t); m != nil && wordCount(t) >= 3 {
		t = t[:m[3]] // a footnote's number run into the last word: "… of Uncertainty1"
	}
	if m := reportCodeLeadRe.FindString(t); m != "" && sixDigitsRe.MatchString(m) && len(strings.Fields(t[len(m):])) >= 3 {
		t = t[len(m):] // an archive's report number before the title: "DTIC AD1014584: …"
	}
	return t
}

// dropLeadDate removes a date run into a title's head: one with its label
// ("date 2024-03 Title …", "date 12.05.2021 Title …"), or a month and year
// in capitals before a title that is not ("JULY 2019 How Fares Grew …").
// "May 1968 Revisited", "2011-12 Union Budget" and "9.11.1989 Nacht der
// offenen Grenze" are titles of their own, and so is anything that leaves
// fewer than three words, the first capitalised.
func dropLeadDate(t string) string {
	fs := strings.Fields(t)
	k := 0
	switch {
	case len(fs) > 1 && strings.EqualFold(strings.TrimRight(fs[0], ":"), "date") && (dateNumRe.MatchString(fs[1]) || isoMonthRe.MatchString(fs[1])):
		k = 2
	case len(fs) > 2 && monthWordRe.MatchString(strings.ToLower(fs[0])) && allCaps(fs[0]) && yearRe.MatchString(fs[1]) && len(fs[1]) == 4 && !allCaps(strings.Join(fs[2:], " ")):
		k = 2
	default:
		return t
	}
	if len(fs)-k < 3 || !unicode.IsUpper(firstRune(fs[k])) {
		return t
	}
	return strings.Join(fs[k:], " ")
}

// isoMonthRe matches a month in figures, ISO style: "2024-03".
var isoMonthRe = regexp.MustCompile(`^(?:19|20)\d\d-(?:0[1-9]|1[0-2])$`)

// peopleList reports whether t lists people and nothing else: three names
// or more ("Jane Roe, Li Wei, Per Berg"), or two when one carries an
// initial ("JANE M. ROE AND LI WEI"), an author line never the title.
// Two plain names ("Xi and Putin") may title an essay.
func peopleList(t string) bool {
	parts := nameSplitRe.Split(strings.TrimRight(strings.TrimSpace(t), ".,;*†‡ "), -1)
	if len(parts) < 2 {
		return false
	}
	initial := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if !looksLikeName(p) {
			return false
		}
		initial = initial || initialRe.MatchString(p)
	}
	return len(parts) >= 3 || initial
}

// nameSplitRe splits a line of names at its commas, semicolons and joining
// words.
var nameSplitRe = regexp.MustCompile(`\s*[,;]\s*(?:and\s+|AND\s+|&\s+)?|\s+(?:and|AND|&)\s+`)

// initialRe matches a name's initial: "M." or "J".
var initialRe = regexp.MustCompile(`(?:^|\s)\p{Lu}\.(?:\s|$)`)

// smallWordsSmall reports whether a title's words, before a byline's capital
// word, keep their small words in small letters ("… in South Asia",
// "… de las islas y en el norte"), so that the capital "By" or "Por" breaks
// the title's case: one small word at least, none capitalised after the
// first word.
func smallWordsSmall(head []string) bool {
	small := 0
	for k, w := range head {
		lw := strings.ToLower(strings.Trim(w, ",.:;"))
		if !smallWords[lw] && !foreignSmallWords[lw] {
			continue
		}
		if k > 0 && !unicode.IsLower(firstRune(w)) {
			return false
		}
		if unicode.IsLower(firstRune(w)) {
			small++
		}
	}
	return small > 0
}

// nameJoiners join the names of a byline in several languages.
var nameJoiners = setOf("and", "&", "y", "e", "und", "et", "")

// bylineWords open a byline in several languages.
var bylineWords = setOf("by", "By", "BY", "por", "Por", "von", "Von", "par", "Par")

// cutBylineTail removes a byline run onto the end of a title, "… in
// South Asia By Jane Roe", "… en el mundo Por Ana Berga", and gives the
// names. The byline's word is capitalised where the title keeps its small
// words small (smallWordsSmall), every word after it is a capitalised name's,
// no participle comes before it, and two names' words follow: "…
// the speech by Xi Jinping", "Das Erbe von Angela Merkel", "… From The
// Speech By Xi Jinping" and "El Chile Imaginado Por Salvador Allende" keep
// theirs.
func cutBylineTail(t string) (string, []string) {
	fs := strings.Fields(t)
	for k := len(fs) - 3; k >= 1 && k >= len(fs)-12; k-- {
		if !bylineWords[fs[k]] || unicode.IsLower(firstRune(fs[k])) {
			continue // a small "by", "von", "por" goes on a title: "… the speech by Xi Jinping", "Das Erbe von Angela Merkel"
		}
		if !smallWordsSmall(fs[:k]) {
			return t, nil // a capital "By" where the title capitalises its small words too: "… From The Speech By Xi Jinping"
		}
		if participle(fs[k-1]) {
			return t, nil // "Evidence submitted by Jane Roe", "… as told by Jane Roe": the name is the title's
		}
		names := splitNames(strings.Join(fs[k+1:], " "))
		if len(names) == 0 {
			return t, nil
		}
		for _, n := range names {
			if !looksLikeName(n) {
				return t, nil
			}
		}
		for _, w := range fs[k+1:] {
			if lw := strings.ToLower(strings.Trim(w, ",;")); !unicode.IsUpper(firstRune(w)) && !nameParticles[lw] && !nameJoiners[lw] {
				return t, nil // "… tickets sold By private operators"
			}
		}
		return strings.TrimRight(strings.Join(fs[:k], " "), " ,;:-–—"), names
	}
	return t, nil
}

// reportCodeLeadRe matches a report number and a colon opening a line,
// with its archive's name before it at times ("DTIC AD1014584: "); the
// caller asks for six figures in a row, so that a bill's, a fiscal year's
// or a programme's name ("SB1047: …", "FY2024-FY2028: …") stays.
var reportCodeLeadRe = regexp.MustCompile(`^(?:[A-Z]{2,8} )?[A-Z]{1,4}-?\d[\dA-Z-]{3,}: `)

// sixDigitsRe matches a run of six figures: an archive's accession number
// ("AD1014584"), which a fiscal year's range ("FY2024-FY2028") is not.
var sixDigitsRe = regexp.MustCompile(`\d{6}`)

// viewerLeads open a heading that a site wraps around the document's
// title: a web archive's "Full text of "…"", a theme's "You are currently
// viewing …".
var viewerLeads = []string{`full text of "`, "full text of “", "you are currently viewing "}

var yearRe = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// genericDocName reports whether a title is a kind of document and a year
// ("Annual Report 2007"), which the organisation after it completes.
func genericDocName(t string) bool {
	low := strings.ToLower(t)
	return len(strings.Fields(t)) <= 4 && yearRe.MatchString(t) &&
		hasAny(low, []string{"report", "review", "yearbook", "proceedings", "accounts", "plan"})
}

// endsOpen reports whether a line ends on a word that cannot end a title
// ("and", "of", a comma): the title goes on on the next line.
func endsOpen(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	return strings.HasSuffix(s, ",") || smallWords[last] && last != "vs" || len(fs) >= 3 && foreignSmallWords[last] && foreignLine(fs)
}

// kickerGenreWords reports whether every word of s but "&" and "and" is a
// kind of writing ("Analysis & Opinions", "News & Commentary").
func kickerGenreWords(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w != "&" && w != "and" && !genreWords[w] && !genreWords[strings.TrimSuffix(w, "s")] && w != "news" {
			return false
		}
	}
	return true
}

// titleGoesOn reports whether the line after line j is neither a byline
// nor a date: "… at Lloyd's" / "Anna Berg" / "12 March 2020" ends at the
// possessive, "… on the Board's" / "Northern Lanes" / "Sailing …" does not.
func (r *reader) titleGoesOn(j int) bool {
	k := r.nextLine(j)
	return k >= 0 && !isDateLine(r.ls[k]) && !isByline(r.ls[k].low)
}

// possessiveEnd reports whether a line ends on a possessive ("… on
// Board's", "… the Islands’"), which a noun must follow.
func possessiveEnd(t string) bool {
	fs := strings.Fields(t)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if strings.HasSuffix(last, suf) {
			return len(last) > len(suf)+1 && !contractions[last]
		}
	}
	return false
}

// contractions end on "'s" and may end a title: "… and Why It's".
var contractions = setOf("it's", "it’s", "let's", "let’s", "what's", "what’s", "that's", "that’s", "here's", "here’s",
	"there's", "there’s", "who's", "who’s", "he's", "he’s", "she's", "she’s")

// foreignLine reports whether a line's words are of another language than
// English: three or more of its small words are another language's (so
// "… Island Ferries and Generation Y" is not).
func foreignLine(fs []string) bool {
	n, viet := 0, false
	for _, w := range fs {
		if foreignSmallWords[strings.ToLower(w)] {
			n++
		}
		for _, c := range w {
			viet = viet || c >= 0x1EA0 && c <= 0x1EF9 || strings.ContainsRune("ươđƯƠĐ", c)
		}
	}
	return n >= 3 || n >= 2 && viet // Vietnamese words are syllables: fewer of them are small words
}

// foreignSmallWords are articles, prepositions and conjunctions of other
// languages that cannot end a title ("… en el mundo de los").
var foreignSmallWords = setOf("de", "del", "la", "las", "los", "el", "en", "y", "para", "por", "con", "al", "du", "des", "le", "les",
	"et", "pour", "sur", "dans", "der", "das", "und", "für", "von", "zu", "dos", "na", "di", "della", "il", "per", "och", "van", "het", "een",
	"da", "dei", "delle", "degli", "aos", "à",
	"em", "nas", "nos", "aux", "nel", "nella", "sulla", "voor", "met", "zur", "zum", "mit", "über",
	"untuk", "dalam", "pada", "dengan", "terhadap", "dari", "ve", "ile", "için", "oraz",
	"của", "và", "các", "những", "với", "từ") // not "do" ("WHAT THE BOARD SHOULD DO"), nor words that are names too ("Li Ao", "Dan", "Yang", "Tra", "Den")

func continues(prev, next string) bool {
	fs := strings.Fields(prev)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	if strings.HasSuffix(prev, ",") || smallWords[last] || strings.HasSuffix(prev, ":") || strings.HasSuffix(prev, "–") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || strings.HasPrefix(next, "and ") || strings.HasPrefix(next, "& ")
}

func allCaps(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			low++
		}
	}
	return up >= 4 && low == 0
}

// isSiteName reports whether a title suffix names a site or institution.
func isSiteName(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"institute", "institution", "centre", "center", "foundation", "council", "school",
		"forum", "interpreter", "review", "think", "org", ".com", "press", "journal", "times", "post", "monitor",
		"blog", "news", "society", "rsis", "iseas", "csis", "lowy", "brookings", "carnegie", "chatham"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// romanRe matches a part's number in Roman figures ("III", "iv").
var romanRe = regexp.MustCompile(`^(?i:[ivxl]{1,6})$`)

// looksLikeName reports whether s is just a person's name (two to four
// capitalised words, no digits), which is a byline, not a title.
func looksLikeName(s string) bool {
	fs := strings.Fields(s)
	if len(fs) < 2 || len(fs) > 4 || numberedWords[strings.ToLower(fs[0])] && romanRe.MatchString(fs[len(fs)-1]) {
		return false // "Part III", "Phase II"
	}
	for _, f := range fs {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || strings.ContainsAny(f, "0123456789:?!“\"") || smallWords[strings.ToLower(f)] {
			return false
		}
	}
	return normalizeName(s) != ""
}

// notNameWords are prepositions no person's name holds, which smallWords
// leaves out ("Ferries Without Harbours" over a date is a title).
var notNameWords = setOf("without", "within", "beyond", "toward", "towards", "through", "across", "upon", "despite", "during",
	"among", "amongst", "since", "until", "behind", "around", "versus", "inside", "outside", "beneath", "throughout", "alongside")

// personLine reports whether t is a byline or a note on its people, never
// a title: a name that opens with a common given name (after a rank or an
// honorific), alone or followed by another name, a role or an
// affiliation ("LTG (Ret.) Jane Roe Li Wei", "Jane Roe, CEO Per Berg",
// "Jane Roe University of the Isles"). "Jane Roe and the Politics of
// Ferries" and "Jane Roe, Ferries and the Isles" go on as titles do.
func personLine(t string) bool {
	if strings.ContainsAny(t, ":?!“\"") {
		return false
	}
	fs := strings.Fields(t)
	if len(fs) < 2 || len(fs) > 16 {
		return false
	}
	k := 0
	for k < len(fs)-2 && personPrefix(fs[k]) {
		k++
	}
	if !fields.IsGivenName(fs[k]) {
		return false
	}
	end := k + 1
	for end < len(fs) && end-k < 4 && nameWord(fs[end]) && !strings.HasSuffix(fs[end-1], ",") && !roleWords[strings.ToLower(fs[end])] &&
		!orgHeads[strings.ToLower(fs[end])] && !(end > k+1 && fields.IsGivenName(fs[end])) && !personPrefix(fs[end]) {
		end++
	}
	if end == k+1 {
		return false // a given name alone is no name: "Daniel, Director of …"
	}
	if end == len(fs) {
		return true
	}
	rest := fs[end:]
	if lw := strings.ToLower(rest[0]); !strings.HasSuffix(fs[end-1], ",") && !strings.HasSuffix(fs[end-1], ";") && !strings.ContainsAny(rest[0][:1], ",;|/&") &&
		!universityWords[lw] && !personRoles[lw] && !personPrefix(rest[0]) && !fields.IsGivenName(rest[0]) && lw != "and" && !fields.IsNameJoiner(lw) {
		return false // "Jane Roe Foundation …", "Jane Roe Research Programme", "Jane Roe Administration …": named after a person
	}
	segs := peopleSegments(strings.Join(rest, " "))
	_, dateline := findDate(segs[len(segs)-1]) // "…, Northport; Isles, March 2015": a byline's place and day
	for k, seg := range segs {
		ws := strings.Fields(seg)
		if dateline && (k == len(segs)-1 || len(ws) == 1 && nameWord(ws[0])) {
			continue
		}
		if !peoplePart(ws) {
			return false // "Jane Roe Is Wrong …", "Jane Roe, Li Wei and the …"
		}
	}
	return true
}

// peopleSegments cuts the rest of a line of people at commas, semicolons,
// bars, slashes and "and" in any language.
func peopleSegments(s string) []string {
	var out []string
	var cur []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ",;|/"))
		if lw == "and" || lw == "&" || fields.IsNameJoiner(lw) {
			out, cur = append(out, strings.Join(cur, " ")), nil
			continue
		}
		if t := strings.Trim(w, ",;|/"); t != "" {
			cur = append(cur, t)
		}
		if strings.ContainsAny(w[len(w)-1:], ",;|/") {
			out, cur = append(out, strings.Join(cur, " ")), nil
		}
	}
	return append(out, strings.Join(cur, " "))
}

// peoplePart reports whether ws, a piece of a line of people, is a
// person's name (ranks and bracketed notes allowed), a role ("Senior
// Fellow", "CEO …") or an affiliation; an empty piece is one too.
func peoplePart(ws []string) bool {
	if len(ws) == 0 {
		return true
	}
	first := strings.ToLower(strings.Trim(ws[0], "()."))
	if personRoles[first] || fields.IsAffiliation(strings.Join(ws, " ")) {
		return true
	}
	named := personPrefix(ws[0])
	for _, w := range ws {
		if !nameWord(w) && !personPrefix(w) && !strings.HasPrefix(w, "(") {
			return false // a word in small letters: "… in Alaska", "the End of …"
		}
		named = named || fields.IsGivenName(w)
	}
	return named // a name, after its role perhaps ("Social Scientist Jane Roe")
}

// personRoles open a person's role after the name: roleWords but the
// verbs, and a company's officers.
var personRoles = func() map[string]bool {
	m := setOf("ceo", "cfo", "coo", "cto", "founder", "co-founder", "partner", "principal")
	for w := range roleWords {
		if w != "is" && w != "was" && w != "research" && w != "programme" && w != "program" {
			m[w] = true
		}
	}
	return m
}()

// universityWords are the institutions a name may run into as an
// affiliation ("Jane Roe University of …"); a foundation or an institute
// after a name is named after that person.
var universityWords = setOf("university", "universidad", "universidade", "università", "université", "universität", "universitas",
	"universiti", "college")

// coverOverMonth reports whether line i, two words in name shape, is a
// sharing site's document cover: its name over the month of its issue
// ("Harbour Outlook" / "March 2019"), which no byline's day is.
func (r *reader) coverOverMonth(i int) bool {
	j := r.nextLine(i)
	if j < 0 || r.ls[i].words != 2 || r.mirrorMarks() < 1 {
		return false
	}
	d, ok := findDate(r.ls[j].text)
	return ok && d.Day == 0 && d.Month > 0 && !fields.IsGivenName(fs0(r.ls[i].text))
}

// personPrefix reports whether w is a rank or an honorific printed before
// a name ("LTG", "(Ret.)", "Sen.", "Dr.").
func personPrefix(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ".,()"))
	return ranks[lw] || personTitles[lw] || lw == "ret"
}

// personTitles are honorifics and offices printed before a name.
var personTitles = setOf("ltg", "mg", "bg", "gen", "sen", "rep", "dr", "prof", "mr", "mrs", "ms", "hon", "hon'ble", "hon’ble",
	"amb", "ambassador", "commander", "ดร", "h.e", "he", "sir", "dame")

// nameWord reports whether w can be a word of a person's name: capitalised
// or in capitals, an initial ("a.") or a particle, without figures.
func nameWord(w string) bool {
	w = strings.TrimRight(w, ",;")
	if w == "" || strings.ContainsAny(w, "0123456789()") {
		return false
	}
	r := firstRune(w)
	return unicode.IsUpper(r) || nameParticles[w] || utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".")
}

// isSeriesLine reports whether a line is only a series name and a number
// ("Working Paper No. 12", "Policy Note No. 5, June 2019"): it gives the
// series and the code, never the title.
func isSeriesLine(t string) bool {
	m := seriesNoRe.FindStringSubmatchIndex(t)
	if m == nil {
		return false
	}
	rest := strings.Trim(t[m[1]:], " ,;:-–—|()")
	if rest == "" {
		return true
	}
	_, dated := findDate(rest)
	return dated && len(strings.Fields(rest)) <= 4
}

// orgHeads are the words that make a short line an organisation's name
// ("Centre for Corridor Studies", "Humanitarian Practice Network").
var orgHeads = setOf("centre", "center", "institute", "institut", "institution", "university", "school",
	"council", "foundation", "academy", "college", "ministry", "department", "agency", "commission",
	"committee", "bureau", "office", "network", "forum", "society", "association", "initiative",
	"programme", "program", "secretariat", "library", "press",
	"raad", "rat", "instituut", "stichting", "centrum", "zentrum", "stiftung", "akademie", "universiteit", "ministerie", "ministerium") // Dutch and German

// orgPreps are "for" in Dutch, German and Swedish after an institution's
// kind ("Raad voor …", "Institut für …"); Dutch "van" opens as many
// titles ("Centrum van de macht").
var orgPreps = setOf("voor", "für", "fur", "för")

// isOrgLine reports whether a line is an organisation's name, which on a
// page is a publisher or an affiliation, not the title: a short line in
// Title Case or capitals with an organisation word followed by "for",
// "of", "on" or "in" among its first words ("Harbour School of …"), or
// ending with one, or another language's name opening with its kind
// ("Università degli Studi di …").
func isOrgLine(l line) bool {
	if l.words < 2 || l.words > 10 || strings.ContainsAny(l.text, ":?!\"“”") || strings.Contains(l.text, " - ") || strings.Contains(l.text, " | ") {
		return false // a title and its publisher ("Annual Report 2012 - Harbour Council")
	}
	for _, w := range strings.Fields(l.text) {
		if lw := strings.ToLower(w); !smallWords[lw] && !foreignSmallWords[lw] && lw != "e" && lw != "i" && unicode.IsLower(firstRune(strings.Trim(w, "("))) {
			return false // a word in lower case: a phrase, not a name
		}
	}
	fs := strings.Fields(l.low)
	last := strings.Trim(fs[len(fs)-1], ".,()")
	if orgHeads[last] && l.words <= 8 {
		return true
	}
	for k := 0; k+1 < len(fs) && k < 4; k++ {
		if orgHeads[fs[k]] && (fs[k+1] == "for" || fs[k+1] == "of" || fs[k+1] == "on" || fs[k+1] == "in" && l.words >= 4 || orgPreps[fs[k+1]]) && (l.words <= 8 || allCaps(l.text)) {
			return true
		}
	}
	// another language's institution, named by its kind first: "CORTE DEI
	// PORTI", "Universidade Federal do …", "Università degli Studi di …"
	head := strings.TrimRight(fs[0], "’'")
	return l.words <= 8 && (l.words >= 4 || allCaps(l.text)) && orgHeadsForeign[head] && (foreignSmallWords[fs[1]] || fs[1] == "do" || orgAdjectives[fs[1]]) // "Corte dei Miracoli" may be a title
}

// orgHeadsForeign are the kinds of institution that open their names in
// languages that put the noun first.
var orgHeadsForeign = setOf("universidad", "universidade", "università", "universita", "université", "universitat", "universiteit", "uniwersytet",
	"centro", "centre", "instituto", "istituto", "institut", "fundación", "fundação", "fondazione", "fondation", "corte", "cour", "tribunal",
	"ministerio", "ministério", "ministero", "ministère", "departamento", "dipartimento", "département", "facultad", "faculdade", "facoltà", "faculté",
	"escuela", "escola", "scuola", "école", "academia", "observatorio", "observatório", "osservatorio", "consejo", "conselho", "consiglio", "conseil",
	"comisión", "comissão", "commissione", "agencia", "agência", "agenzia", "agence", "banco", "banca", "banque", "senado", "senato", "sénat",
	"câmara", "cámara", "camera", "asamblea", "assemblée", "parlamento", "congreso", "secretaría", "secretaria", "fundacja", "instytut", "ośrodek",
	"programa", "programma", "área", "dirección", "direção", "direzione", "división", "divisão", "unidad", "unidade") // and its units

// orgAdjectives follow an institution's kind in its name ("Universidade
// Federal …", "Banco Central …").
var orgAdjectives = setOf("general", "federal", "nacional", "national", "nazionale", "nationale", "central", "estadual", "autónoma", "autonoma",
	"pontificia", "pontifícia", "católica", "cattolica", "catholique", "libre", "libera", "europea", "européenne", "internacional", "internazionale")

// viewerRepeat reports whether another line of the top of the page ends
// with line i's text after a label ("Page 1: Corridor Notes"): a viewer
// printing the document's title on each page.
func (r *reader) viewerRepeat(i, n int) bool {
	low := r.ls[i].low
	for j := 0; j < n; j++ {
		if o := r.ls[j].low; j != i && len(o) > len(low)+2 && strings.HasSuffix(o, ": "+low) {
			return true
		}
	}
	return false
}

// cutEcho reports whether line i is a page's first line cut with "..."
// whose words the document text below it starts with: a mirror's shortened
// record title.
func (r *reader) cutEcho(i int) bool {
	l := r.ls[i]
	if i != 0 || !(strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…")) || l.words > 40 {
		return false
	}
	head := l.text
	if k := strings.Index(head, "..."); k >= 0 {
		head = head[:k]
	}
	if k := strings.Index(head, "…"); k >= 0 {
		head = head[:k]
	}
	hl := letters(head)
	if len(hl) < 15 {
		return false
	}
	var below strings.Builder
	for j := i + 1; j < len(r.ls) && j <= i+4 && below.Len() < 2000; j++ {
		below.WriteString(letters(r.ls[j].text))
	}
	b := below.String()
	return strings.Contains(b[:min(len(b), len(hl)+200)], hl)
}

// afterSeriesLine reports whether line i comes right after a series line
// ("Working Paper No. 7"), a date line between them: the title of a PDF
// cover.
func (r *reader) afterSeriesLine(i int) bool {
	for j, k := r.prevLine(i), 0; j >= 0 && k < 2; j, k = r.prevLine(j), k+1 {
		if isSeriesLine(r.ls[j].text) || isSeriesLabel(r.ls[j].text) || kindWordsOnly(strings.Fields(r.ls[j].text)) {
			return true // a series line, or a kind label ("Policy Article") over the title
		}
		if !isDateLine(r.ls[j]) {
			return false
		}
	}
	return false
}

// similarTop is the index of the last line (counting from 0) a sharing
// site's similar-documents heading stands at, under its document's name
// and a line or two of the site's.
const similarTop = 4

// similarDocs head a sharing site's list of documents like the one the
// page holds, in several languages: the page's first line above it is
// that document's name.
var similarDocs = setOf("similar documents", "related documents", "other documents", "documents similar to",
	"recommend documents", "recommended documents", "documentos relacionados", "documentos similares", "documents similaires",
	"documents connexes", "ähnliche dokumente", "verwandte dokumente", "documenti correlati", "documenti simili",
	"похожие документы", "dokumen terkait", "dokumen serupa", "tài liệu liên quan", "tài liệu tương tự", "benzer belgeler",
	"previous pdf next pdf") // a sharing site's pager between its documents, over its list of others

// relatedHeadings introduce lists of other documents, related items and
// more from the site; a mirror's similar documents are similarDocs.
var relatedHeadings = setOf("also in this series", "more in this series", "in this series", "similar documents", "related documents", "related posts", "related articles",
	"related content", "related publications", "more like this", "you may also like", "recommended for you",
	"more from", "read next", "recommend stories", "recommended stories")

// laterRelated head a list of other documents after the title; a sharing
// site prints "You might also like" over the document too, so they do not
// end the search for the title.
var laterRelated = setOf("you might also like", "you may also be interested in", "you might also be interested in",
	"related reading", "further reading", "related research", "more on this topic", "related work")

// joinerAt reports whether a line ends (end) or starts with a word that
// joins a title's parts in English or another language: "… AND", "… E",
// "EN CHILE", "DE LA …".
func joinerAt(t string, end bool) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	var w string
	if end {
		k := strings.LastIndexByte(t, ' ')
		w = strings.ToLower(t[k+1:])
		if k > 0 && utf8.RuneCountInString(w) == 1 && !strings.Contains("yeou", w) {
			prev := strings.ToLower(t[strings.LastIndexByte(t[:k], ' ')+1 : k])
			if numberedWords[prev] || letteredWords[prev] {
				return false // "PLAN A", "ANNEX B": a letter naming a thing; "PLAN Y" is "plan and" in Spanish
			}
		}
	} else {
		w = strings.ToLower(fs0(t))
	}
	return smallWords[w] || foreignSmallWords[w] || w == "e" || w == "y" || w == "и" || w == "в" // not "i": "WORLD WAR I"
}

// letteredWords name a thing by a letter after them: "Plan A", "Vitamin
// E", "Type B".
var letteredWords = setOf("plan", "vitamin", "type", "class", "grade", "group", "category", "option", "schedule", "model", "item", "exhibit")

func isRelatedHeading(low string) bool {
	return relatedHeadings[relatedKey(low)] || isSimilarDocs(low)
}

// moreFrom reports whether a heading names a site's list of its other
// work ("More from HBI", "More on ferries"): after an article's text it
// ends the article; over a page's first items it is a listing's own.
func moreFrom(low string) bool {
	k := relatedKey(low)
	return hasPrefixAny(k, []string{"more from ", "more by ", "more on ", "also by ", "other publications by "}) && len(strings.Fields(k)) <= 5
}

// isSimilarDocs reports whether a line heads a sharing site's list of
// similar documents ("Similar documents", "Documents similar to …").
func isSimilarDocs(low string) bool {
	k := relatedKey(low)
	return similarDocs[k] || strings.HasPrefix(k, "documents similar to ")
}

// relatedKey is a heading as the related-heading sets hold it, without its
// colon or ellipsis ("You might also like ...").
func relatedKey(low string) string {
	return strings.TrimRight(strings.TrimSpace(low), ":.… ")
}

// isDek reports whether a title-shaped line is a subtitle in sentence case
// ("Southeast Asian economies are among the most closed"): one standfirst
// line under the title, not a heading of its own.
func isDek(l line) bool {
	if l.words < 8 || l.dated || l.teaser {
		return false
	}
	caps, content := 0, 0
	for _, w := range strings.Fields(l.text)[1:] {
		if smallWords[strings.ToLower(w)] {
			continue
		}
		content++
		if unicode.IsUpper(firstRune(w)) {
			caps++
		}
	}
	ratio := float64(caps) / float64(max(content, 1))
	// proper names may fill a subtitle, but three words in lower case make
	// it a sentence
	return content > 0 && (ratio < 0.5 || content-caps >= 3 && ratio < 0.7)
}

// citedRe finds a quoted title followed by a year in a citation line
// ("Roe, Jane, \"Title\" (2020). Series 1.").
var citedRe = regexp.MustCompile(`["“]([^"“”]{8,300})["”],?\s*\(?(?:19|20)\d\d\b`)

// cited reports whether the page cites itself with title t: a
// repository's suggested citation quotes the document's title.
func (r *reader) cited(t string) bool {
	tl := alnum(t)
	if len(tl) < 8 {
		return false
	}
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if !strings.ContainsAny(l.text, "\"“") {
			continue
		}
		for _, m := range citedRe.FindAllStringSubmatch(l.text, 4) {
			if alnum(m[1]) == tl {
				return true
			}
		}
	}
	return false
}

// seriesTitle is the title of a page headed by its series and number
// alone ("Situation Update No. 32 | 8 September 2023") followed by prose,
// when no other line is a title; else -1 and "".
func (r *reader) seriesTitle() (int, string) {
	for i, l := range r.ls {
		if i >= 3 {
			break
		}
		if l.chrome {
			continue
		}
		if !isSeriesLine(l.text) || l.words < 3 || l.words > 15 {
			return -1, ""
		}
		if j := r.nextLine(i); j >= 0 && r.ls[j].prose {
			return i, l.text
		}
		return -1, ""
	}
	return -1, ""
}

// mirrorRecordTitle is the record title of a document mirror whose first
// line is "title · the document's first words...": the part before the dot,
// in the capitals of the viewer's "Page 1:" label when it prints one; "" on
// other pages.
func (r *reader) mirrorRecordTitle() string {
	if len(r.ls) == 0 || r.mirrorMarks() < 2 {
		return ""
	}
	// the record line opens the page, under the site's menu and its
	// breadcrumb ("Home > Documents > …") when it has them
	k := 0
	for k < min(len(r.ls)-1, 3) && (r.ls[k].chrome || strings.HasPrefix(r.ls[k].low, "home > ") || isNumber(r.ls[k].low) ||
		!strings.Contains(r.ls[k].text, " · ") && k+1 < len(r.ls) && strings.Contains(r.ls[k+1].text, " · ")) {
		k++ // a page count or the document's first page may come first
	}
	head, _, ok := strings.Cut(r.ls[k].text, " · ")
	if !ok || len(strings.Fields(head)) < 3 || len(strings.Fields(head)) > 25 || !hasLetters(head, 10) {
		return ""
	}
	// The record line prints the title cut or in small letters; the
	// document's first page, run into a line near it, has it whole.
	for n, seg := range strings.Split(r.ls[k].text, " · ") {
		if n > 1 {
			break
		}
		if t := r.coverSpan(seg, k, n == 0, false); t != "" {
			return t
		}
	}
	hl := alnum(head)
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if rest, ok := strings.CutPrefix(l.low, "page 1: "); ok {
			if k := strings.Index(rest, " · "); k > 0 && alnum(rest[:k]) == hl {
				return strings.TrimSpace(l.text[len("page 1: ") : len("page 1: ")+k])
			}
		}
	}
	return head
}

// coverSpan finds seg, a mirror's record line's title or preview, in one of
// the lines around record line rec (the document's first page run into a
// line), and returns the document's own words for
// it: past the cut when seg was cut, to the first date, heading or change
// of case; "" when seg is not there. A preview (anywhere but first) counts
// only at a line's start. short says seg stops short without a mark.
func (r *reader) coverSpan(seg string, rec int, first, short bool) string {
	seg = strings.TrimSpace(seg)
	cut := short || cutMark(seg)
	if k := firstCutMark(seg); k > 0 && len(strings.Fields(seg[:k])) >= 3 {
		seg, cut = seg[:k], true // "title cut ......the preview's words" or "title …Another's title"
	}
	for _, c := range []string{"...", "…", "â€¦", "€¦"} {
		seg = strings.TrimSpace(strings.TrimSuffix(seg, c))
	}
	key := alnum(seg)
	if len(strings.Fields(seg)) < 3 || len(key) < 12 {
		return ""
	}
	for j := max(rec-3, 0); j < len(r.ls) && j < rec+10; j++ {
		l := r.ls[j].text
		if j == rec || r.ls[j].words < 6 || strings.HasPrefix(r.ls[j].low, "transcript") || strings.Contains(l, " · ") {
			continue // the record line itself, a copy of it, or too short to hold a cover
		}
		start, end, ok := findLetters(l, key)
		if !ok || !first && start > 0 {
			continue
		}
		if start > 0 && !allCaps(l[start:end]) && strings.ToLower(seg) == seg {
			start = titleHeadBefore(l, start) // a record in small letters, made from a file name, may lose the title's first words
		}
		span := ordinalRe.ReplaceAllString(strings.TrimSpace(l[start:end]), "$1$2")
		if cut {
			span = extendSpan(span, strings.Fields(l[end:]))
		}
		span = cutAtDate(span)
		if len(strings.Fields(span)) >= 3 {
			return strings.TrimRight(span, " ,;:-–")
		}
	}
	return ""
}

// completeCut gives the whole of a title that ends cut short ("… in the
// 21st..."), from a later line that holds it run into the document's first
// page, without the authors after it; "" when no line holds it.
func (r *reader) completeCut(ti int, t string) string {
	small := strings.ToLower(t) == t && r.mirrorMarks() >= 2 && hasLetters(t, 10) // a record's title in small letters, made from a file name, may stop short without a mark
	if !cutMark(t) && !small || !r.recordTop(ti) {
		return ""
	}
	whole := r.coverSpan(t, max(ti, 0), true, small)
	if k := nameListStart(whole); k > 0 {
		whole = strings.TrimSpace(whole[:k])
	}
	cut := strings.TrimRight(t, ".…€¦ ")
	if k := firstCutMark(cut); k > 0 {
		cut = cut[:k] // the preview's words after the cut are not the title's
	}
	if strings.ToLower(cut) == cut && whole != cut && alnum(whole) == alnum(cut) && !endsOpen(whole) {
		return whole // the record cut in small letters, the document's own copy in its capitals
	}
	if len(strings.Fields(whole)) <= len(strings.Fields(cut)) {
		return "" // no more words than the cut: not its whole
	}
	if endsOpen(whole) {
		return "" // ran on into the text ("… Julie Bishop declared in")
	}
	return whole
}

// citedHeading finds the line of the page's top that prints the title a
// citation gave (or its start, as a repository's heading may cut it): the
// byline and date are read from there, and a heading that goes on past a
// word the citation's cut stopped at ("…, Press Freedom and …") gives the
// whole title. Without such a line the title stands at the top.
func (r *reader) citedHeading(t string) (int, string) {
	key := alnum(t)
	if len(key) > 40 {
		key = key[:40]
	}
	for i, l := range r.ls[:min(len(r.ls), headLines)] {
		la := alnum(l.text)
		if l.prose || len(la) < 12 || !strings.Contains(la, key[:min(len(key), len(la))]) && !strings.Contains(key, la) {
			continue
		}
		if _, bt := r.block(i); strings.HasPrefix(alnum(bt), alnum(t)) && len(alnum(bt)) > len(alnum(t)) && !strings.Contains(bt, "  ") &&
			len(strings.Fields(bt)) <= 30 {
			return i, r.mixedCase(r.titleText(i))
		}
		return i, t
	}
	return 0, t
}

// recordTop reports whether the line at ti is a sharing site's record of
// a document, whose cut title its text repeats whole: the site's furniture,
// a page count under the line, or a title in small letters only. A title
// that ends in "..." on an article's own page is left alone.
func (r *reader) recordTop(ti int) bool {
	if r.mirrorMarks() >= 2 {
		return true
	}
	ti = max(ti, 0)
	if ti >= len(r.ls) {
		return false
	}
	if j := r.nextLine(ti); j >= 0 && isNumber(r.ls[j].low) {
		return true
	}
	return strings.ToLower(r.ls[ti].text) == r.ls[ti].text
}

// firstCutMark is where the first mark of a text cut short stands in s,
// -1 when there is none.
func firstCutMark(s string) int {
	k := -1
	for _, c := range []string{"...", "…", "€¦"} {
		if j := strings.Index(s, c); j >= 0 && (k < 0 || j < k) {
			k = j
		}
	}
	return k
}

// cutMark reports whether s ends in the mark of a text cut short.
func cutMark(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") || strings.HasSuffix(s, "€¦")
}

// findLetters finds the letters and digits of key (as alnum gives them)
// in line l, whatever the case, spaces and punctuation between them, and
// returns the span of l from the first to the end of the last one's word.
func findLetters(l, key string) (start, end int, ok bool) {
	var lk strings.Builder
	var at []int // byte offset in l of each byte of lk
	for b, c := range l {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			lc := unicode.ToLower(c)
			lk.WriteRune(lc)
			for range utf8.RuneLen(lc) {
				at = append(at, b)
			}
		}
	}
	pos := strings.Index(lk.String(), key)
	if pos < 0 || key == "" {
		return 0, 0, false
	}
	start, end = at[pos], at[pos+len(key)-1]
	for end < len(l) {
		c, size := utf8.DecodeRuneInString(l[end:])
		if unicode.IsSpace(c) {
			break
		}
		end += size
	}
	return start, end, true
}

// ordinalRe matches an ordinal split by a PDF's text ("11 TH").
var ordinalRe = regexp.MustCompile(`\b(\d{1,3}) (ST|ND|RD|TH|st|nd|rd|th)\b`)

// coverHeads are the headings that follow a title on a document's first page.
var coverHeads = setOf("introduction", "abstract", "summary", "executive", "contents", "foreword", "preface",
	"key", "highlights", "overview", "background")

// coverHeadsForeign are cover headings in other languages; they end a
// title only capitalised, as a cover prints them ("un nuevo índice para …"
// is a title's words).
var coverHeadsForeign = setOf("introducción", "introdução", "einleitung", "resumen", "resumo", "résumé", "zusammenfassung",
	"sommaire", "índice", "prólogo", "prefacio", "presentación", "apresentação", "préface", "vorwort", "введение", "аннотация")

// nameStartsAt reports whether an author's name opens rest[k:] after a
// title run into a cover's text: two words that look like a name, then the
// line's end, a lower-case word, a sentence's first word or a bracket, and
// at most one capitalised word before them (a Title Case title's last).
func nameStartsAt(rest []string, k int, add []string) bool {
	if k+1 >= len(rest) || !looksLikeName(strings.TrimRight(rest[k]+" "+rest[k+1], ",;*0123456789")) {
		return false
	}
	if k+2 < len(rest) {
		next := rest[k+2]
		if !unicode.IsLower(firstRune(next)) && !sentenceOpeners[next] && !strings.HasPrefix(next, "(") && !strings.HasSuffix(rest[k+1], ",") {
			return false
		}
	}
	run := 0
	for j := len(add) - 1; j >= 0 && unicode.IsUpper(firstRune(add[j])) && !smallWords[strings.ToLower(add[j])]; j-- {
		run++
	}
	return run <= 1
}

// sentenceOpeners are the capitalised words that open a text's first
// sentence after a cover's author.
var sentenceOpeners = setOf("A", "An", "The", "In", "This", "These", "As", "On", "Since", "For", "Over", "When", "While", "After", "Introduction", "Abstract", "Summary")

// spanLabels are the record labels that end a title run into a cover's
// text ("… World Order Author: Jane Roe").
var spanLabels = setOf("author", "authors", "autor", "autores", "auteur", "auteurs", "editor", "editors", "keywords", "contact", "contacts", "address")

// extendSpan adds to a cut title the words after it up to the first date,
// cover heading or change from capitals, at most a title's length; it
// gives the span unchanged when no such end comes.
func extendSpan(span string, rest []string) string {
	caps := allCaps(span)
	var add []string
	yearRun := -1 // where add went on past a year, for a title that ends at the line's end
	for k, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ".,:;"))
		if yearRe.MatchString(w) && (!strings.HasSuffix(w, ",") && k+2 < len(rest) && (rest[k+1] == "and" || rest[k+1] == "for") ||
			len(add) > 0 && (smallWords[strings.ToLower(add[len(add)-1])] || untilWords[strings.ToLower(add[len(add)-1])])) {
			if yearRun < 0 {
				yearRun = len(add)
			}
			add = append(add, w) // a span of years inside the title ("… Programme 2008–2010 and Budget for 2008")
			continue
		}
		if w == "·" || strings.HasSuffix(w, "…") || strings.HasSuffix(w, "...") {
			return span // the line is cut too
		}
		if !caps && (strings.Trim(w, "*†") == "" || lw == "by" || lw != "edited" && len(add) > 0 && len(w) >= 2 && strings.ToUpper(w) == w &&
			hasLetters(w, 2) && looksLikeName(add[len(add)-1]+" "+nameCaseWords(w))) {
			if lw != "by" && len(add) > 0 && strings.Trim(w, "*†") != "" {
				add = add[:len(add)-1] // a given name before a surname in capitals ("Lena ORTIZ")
			}
			return strings.TrimSpace(span + " " + strings.Join(add, " "))
		}
		if yearRun >= 0 && (monthWordRe.MatchString(lw) || dateNumRe.MatchString(w) || isNumber(strings.Trim(w, ",."))) {
			return strings.TrimSpace(span + " " + strings.Join(add[:yearRun], " ")) // "… for the year ended 31 March": a date, not the title's years
		}
		if monthWordRe.MatchString(lw) || yearRe.MatchString(w) || dateNumRe.MatchString(w) || coverHeads[lw] || coverHeadsForeign[lw] && unicode.IsUpper(firstRune(w)) && !linkedOn(rest, k) || lw == "by" || lw == "edited" ||
			strings.HasSuffix(w, ":") && spanLabels[lw] ||
			caps && hasLetters(w, 1) && strings.ToUpper(w) != w {
			return strings.TrimSpace(span + " " + strings.Join(add, " "))
		}
		if !caps && nameStartsAt(rest, k, add) {
			return strings.TrimSpace(span + " " + strings.Join(add, " ")) // "… Relations Richard Tanter in …"
		}
		add = append(add, w)
		if len(add) > 20 {
			return span // no end in sight: the title may not be on this line
		}
	}
	if len(add) > 0 && (caps || yearRe.MatchString(add[len(add)-1]) || titleCaseRun(add)) {
		return strings.TrimSpace(span + " " + strings.Join(add, " ")) // the capitals, a year, or words in Title Case end the line
	}
	return span
}

// untilWords are the words for "until" a title's horizon year follows
// ("… ATÉ 2035", "hasta 2030", "bis 2040").
var untilWords = setOf("até", "hasta", "bis", "jusqu'à", "jusqu’à", "fino", "tot")

// linkedOn reports whether the word after rest[k] links it to what follows
// ("Zusammenfassung der Debatte", "ÍNDICE PARA EL NORTE"): a title's noun,
// not a cover's heading.
func linkedOn(rest []string, k int) bool {
	if k+1 >= len(rest) {
		return false
	}
	if n := rest[k+1]; n != strings.ToLower(n) && !(strings.ToUpper(n) == n && strings.ToUpper(rest[k]) == rest[k]) {
		return false // "Einleitung Der Inselrat …": a sentence's first word
	}
	switch strings.ToLower(rest[k+1]) {
	case "der", "des", "de", "del", "da", "do", "para", "pour", "für", "zur", "zum", "of", "du":
		return true
	}
	return false
}

// dateNumRe matches a date in figures ("19.06.2012", "2020-11-25").
var dateNumRe = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$`)

// cutAtDate cuts a span at the first month name or date in figures after
// its third word ("The Guild's Canal Budget 2020-21 June 08, 2020 …").
func cutAtDate(span string) string {
	fs := strings.Fields(span)
	for k := 3; k < len(fs); k++ {
		lw := strings.ToLower(strings.Trim(fs[k], ".,"))
		if monthWordRe.MatchString(lw) && k+1 < len(fs) && (yearRe.MatchString(fs[k+1]) || isNumber(strings.Trim(fs[k+1], ","))) ||
			dateNumRe.MatchString(fs[k]) {
			return strings.Join(fs[:k], " ")
		}
	}
	return span
}

// readTimeRe matches a reading-time stamp line ("6 min read").
var readTimeRe = regexp.MustCompile(`^\d{1,3} ?(min|mins|minutes?) read$`)

func readTime(low string) bool {
	return strings.HasPrefix(low, "reading time") || readTimeRe.MatchString(low)
}

// firstAfterViewer reports whether line i is the first title-shaped line
// after a document viewer's page counter ("You are on page 1 of 33").
func (r *reader) firstAfterViewer(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		l := r.ls[j]
		if strings.HasPrefix(l.low, "you are on page") {
			return true
		}
		if titleShape(l) && !isSeriesLabel(l.text) {
			return false
		}
	}
	return false
}

// formFieldRe matches a numbered field of a report documentation form
// ("4. TITLE AND SUBTITLE", "5a. CONTRACT NUMBER").
var formFieldRe = regexp.MustCompile(`^\d{1,2}[a-z]?\.\s`)

// formTitle reads the title field of a report documentation form (a
// government report's first page): the lines under "Title and subtitle"
// up to the next numbered field; -1 when the page has none.
func (r *reader) formTitle() (int, string) {
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if !formFieldRe.MatchString(l.low) || !strings.HasSuffix(l.low, "title and subtitle") {
			continue
		}
		var parts []string
		for j := i + 1; j < len(r.ls) && j <= i+4 && !formFieldRe.MatchString(r.ls[j].low); j++ {
			parts = append(parts, r.ls[j].text)
		}
		if t := strings.Join(parts, " "); len(parts) > 0 && titleShape(mkLine(t)) {
			return i + 1, t
		}
	}
	return -1, ""
}

// labelledRecordTitle is a catalogue record's labelled title at the top of
// the page ("Título: …") when the next line is another of its fields
// ("Autor: …"), in any of the languages the labels are read in; -1 and ""
// otherwise.
func (r *reader) labelledRecordTitle() (int, string) {
	for i, l := range r.ls[:min(len(r.ls), 4)] {
		if l.chrome {
			continue
		}
		k, v, ok := keyValue(l.text)
		if !ok || !isTitleKey(k) || isContainerKey(k) || wordsWithLetters(v) < 2 {
			continue // "Journal title:" names where the record appeared
		}
		if j := r.nextLine(i); j >= 0 {
			if nk, nv, ok := keyValue(r.ls[j].text); ok && nv != "" && recordKeys[nk] {
				return i, v
			}
		}
	}
	// a repository's item table saved without its colons: "Title …",
	// "Author(s) …", "Issue Date …"
	for i, l := range r.ls[:min(len(r.ls), headLines)] {
		v, ok := strings.CutPrefix(l.text, "Title ")
		if !ok || wordsWithLetters(v) < 2 && cjkRunes(v) < 4 {
			continue
		}
		j := r.nextLine(i)
		k := -1
		if j >= 0 {
			k = r.nextLine(j)
		}
		if j >= 0 && k >= 0 && hasPrefixAny(r.ls[j].text, itemTableKeys) && hasPrefixAny(r.ls[k].text, itemTableKeys) &&
			(hasPrefixAny(r.ls[j].text, repositoryKeys) || hasPrefixAny(r.ls[k].text, repositoryKeys)) {
			return i, strings.TrimSpace(v)
		}
	}
	return -1, ""
}

// itemTableKeys open the rows of a repository's item table after its
// title, in the repository's own capitals.
var itemTableKeys = []string{"Author(s) ", "Authors ", "Author ", "Creator ", "Citation ", "Issue Date ", "Date Issued ", "Publisher ", "Abstract "}

// repositoryKeys are the rows only a repository's item table prints: a
// title starting "Title IX …" over "Author …" and "Abstract …" is no table.
var repositoryKeys = []string{"Author(s) ", "Citation ", "Issue Date ", "Date Issued ", "URI "}

// questionTitle reports whether a line is a title and a question as its
// subtitle ("Pathways to X. How can Y do Z?"): one sentence break, a
// question mark at the end, and no more than a heading's length.
func questionTitle(l line) bool {
	if !strings.HasSuffix(l.text, "?") || l.words > 30 || l.chrome {
		return false
	}
	head, _, ok := strings.Cut(l.text, ". ")
	return ok && !strings.Contains(l.text[len(head)+2:], ". ") && len(strings.Fields(head)) >= 3 && len(strings.Fields(head)) <= 14
}

var tocEntryRe = regexp.MustCompile(`\pL[\pL\pP]* \d{1,3}$`)

// tocLine reports whether line i is an entry of a table of contents: it
// ends with a page number, and so do the lines around it.
func (r *reader) tocLine(i int) bool {
	if !tocEntryRe.MatchString(r.ls[i].text) {
		return false
	}
	n := 0
	for _, j := range []int{r.prevLine(i), r.nextLine(i)} {
		if j >= 0 && tocEntryRe.MatchString(r.ls[j].text) {
			n++
		}
	}
	return n >= 1
}

// afterPageNumber reports whether line i follows a bare page number with
// no empty line between: a PDF's running header.
func (r *reader) afterPageNumber(i int) bool {
	j := i - 1
	if j < 0 || r.ls[i].gap || r.ls[i].words > 6 {
		return false
	}
	t := r.ls[j].text
	return len(t) <= 3 && isNumber(t) && r.ls[j].gap
}

// proseWordsBefore counts the words of prose above line i.
func (r *reader) proseWordsBefore(i int) int {
	n := 0
	for j := 0; j < i; j++ {
		if r.ls[j].prose && !r.ls[j].teaser {
			n += r.ls[j].words
		}
	}
	return n
}

// headTitled reports whether the page's first line could be its title (a
// heading, or a title with a question as its subtitle), so that a heading
// after the text has begun need not be taken.
func (r *reader) headTitled() bool {
	i := r.nextLine(-1)
	return i >= 0 && !r.ls[i].prose && titleShape(r.ls[i]) || i >= 0 && questionTitle(r.ls[i])
}

// seriesKinds name a kind of paper that a cover prints above its title.
var seriesKinds = []string{"working paper", "discussion paper", "policy paper", "occasional paper", "research paper",
	"briefing paper", "policy brief", "issue brief", "background paper", "conference paper", "policy report",
	"special report", "research report", "strategic report", "monograph", "issue paper", "analysis paper"}

// isKindName reports whether a line is only the name of a kind of document
// ("Policy Report", "WORKING PAPER"), which labels the title, never is one.
func isKindName(low string) bool {
	low = strings.TrimSpace(strings.Trim(low, ".:|-–— "))
	if fs := strings.Fields(low); len(fs) >= 3 && len(fs) <= 4 && len(fs[0]) <= 6 && isAcronym(strings.ToUpper(fs[0])) &&
		!smallWords[fs[0]] && isKindName(strings.Join(fs[1:], " ")) {
		return true // an institute's acronym before the kind ("HPI Policy Brief")
	}
	for _, k := range seriesKinds {
		if low == k || low == k+"s" || low == k+" series" {
			return true
		}
	}
	return false
}

// isSeriesLabel reports whether a line is a cover's series label in
// capitals without a number ("DISCUSSION PAPER IN THE ASIA PROGRAMME").
func isSeriesLabel(t string) bool {
	if seriesHeadRe.MatchString(t) {
		return true // "HARBOUR Series on Ferry Links …": a programme's series over its reports
	}
	return allCaps(t) && !strings.ContainsAny(t, ":?") && len(strings.Fields(t)) <= 10 &&
		hasPrefixAny(strings.ToLower(t), seriesKinds)
}

// seriesHeadRe matches a series' name headed by its acronym: "CARIM Series
// on …", "LOCKS Series Developing …".
var seriesHeadRe = regexp.MustCompile(`^\p{Lu}{2,10} Series\b`)

// cutTrailingName removes an author's name glued to the end of a cover's
// title ("The Key to Europe's Power Jane Roe") when the page introduces
// that person further down ("Jane Roe is the head of …").
func (r *reader) cutTrailingName(t string) string {
	fs := strings.Fields(t)
	for k := 3; k >= 2; k-- {
		if len(fs) < k+4 {
			continue
		}
		name := strings.Join(fs[len(fs)-k:], " ")
		if !looksLikeName(name) {
			continue
		}
		for _, l := range r.ls {
			if strings.HasPrefix(l.text, name+" is ") || strings.HasPrefix(l.text, name+" was ") {
				return strings.Join(fs[:len(fs)-k], " ")
			}
		}
	}
	return t
}

// headAlnum is the letters and digits of the top of the page run together,
// so that a title broken across lines in two ways is found twice.
func (r *reader) headAlnum() string {
	if r.head == "" {
		var b strings.Builder
		for _, l := range r.ls[:min(len(r.ls), headLines)] {
			b.WriteString(alnum(l.text))
		}
		r.head = b.String() + "\x00"
	}
	return r.head
}

// cutTails removes what a saved page's heading line adds after the title:
// a skip link glued to it, the site's name, the authors ("Title - A and B
// - Site", "Title by A B"), a mirror's preview after " · ". A tail of
// names, an acronym or a university is cut only when the page prints it
// elsewhere too, or says "by": a subtitle in Title Case stays.
func (r *reader) cutTails(t string) string {
	for _, glue := range []string{"Skip to main content", "Skip to content", "Skip Navigation", "â€¦", "€¦"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, glue))
	}
	for _, glue := range []string{" sign in subscribe", " log in subscribe", " sign in register", " subscribe sign in"} {
		if low := strings.ToLower(t); strings.HasSuffix(low, glue) {
			t = strings.TrimSpace(t[:len(t)-len(glue)])
		}
	}
	if k := strings.LastIndex(t, "? "); k > 0 && looksLikeName(t[k+2:]) && r.bylined(t[k+2:], t) {
		t = t[:k+1] // "… a New Course? Jane Roe"
	}
	if k := strings.Index(t, " · "); k > 0 && len(strings.Fields(t[:k])) >= 3 {
		head := t[:k]
		if j := strings.LastIndex(head, " - "); j > 0 && len(strings.Fields(head[j:])) <= 4 {
			head = head[:j] // "Title - Site Z · preview…"
		}
		t = head
	}
	named := func(tail string) bool {
		if c := cutRole(tail); c != tail && looksLikeName(c) {
			tail = c // "Bruce Vaughn Specialist in Asian Affairs"
		}
		low := strings.ToLower(tail)
		if strings.HasPrefix(low, "by ") {
			return bylineTail(tail)
		}
		if !bylineTail(tail) {
			return false
		}
		first := strings.TrimSpace(strings.FieldsFunc(strings.ReplaceAll(tail, " and ", ","), func(r rune) bool { return r == ',' || r == '&' })[0])
		return r.elsewhere(first, t)
	}
	// "Title - Authors - Site": the site after the authors goes with them.
	for _, sep := range []string{" - ", " | ", " – "} {
		if parts := strings.Split(t, sep); len(parts) >= 3 && len(strings.Fields(parts[len(parts)-1])) <= 2 &&
			named(parts[len(parts)-2]) && len(strings.Fields(parts[0])) >= 3 {
			t = strings.Join(parts[:len(parts)-2], sep)
			break
		}
	}
	for {
		cut := false
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			k := strings.LastIndex(t, sep)
			if k <= 0 || len(strings.Fields(t[:k])) < 3 || genericDocName(t[:k]) {
				continue
			}
			tail := strings.TrimSpace(t[k+len(sep):])
			words := len(strings.Fields(tail))
			if named(tail) || words <= 3 && isSiteName(tail) || r.mirrorMarks() >= 1 && looksLikeName(tail) || words <= 6 && isOrgLine(mkLine(tail)) ||
				(isAcronym(tail) && len(tail) <= 8 || words <= 5 && strings.Contains(strings.ToLower(tail), "university")) && r.elsewhere(tail, t) {
				t, cut = strings.TrimSpace(t[:k]), true
				break
			}
		}
		if !cut {
			break
		}
	}
	if k := strings.LastIndex(t, " by "); k > 0 && len(strings.Fields(t[:k])) >= 4 && bylineTail(t[k+1:]) &&
		(strings.ContainsAny(t[k-1:k], "?!") || r.elsewhere(t[k+4:], t)) {
		t = strings.TrimSpace(t[:k])
	}
	if k := strings.LastIndex(t, " By "); k > 0 && len(strings.Fields(t[:k])) >= 4 && bylineTail(t[k+1:]) &&
		(allCaps(t[:k]) || r.elsewhere(t[k+4:], t)) {
		t = strings.TrimSpace(t[:k]) // "… PROSPECTS By Jane Roe"
	}
	return r.trimAffixes(t)
}

// Affixes that covers and saved headings print around a title.
var (
	leadMonthRe = regexp.MustCompile(`^\p{Lu}{3,9}\.?,? (?:19|20)\d\d\s+`)
	tailMonthRe = regexp.MustCompile(`\s+(?:[-–|]\s+)?\p{Lu}{3,9}\.?,? (?:19|20)\d\d$`)
	leadCodeRe  = regexp.MustCompile(`^(?:19|20)\d\d/\d{1,3}\s+`)
	// leadPageRe matches a number before a title: a page's with a bar
	// (2), a paper's "19-19" (3), or a bare number (1), which counts only
	// before a title in capitals. Letters and figures ("CF3020 Refit …")
	// may name a ship or a model in the title.
	leadPageRe   = regexp.MustCompile(`^(?:(\d{2,4})|\d{1,4}\s*(\|)|([0-2]\d-\d{1,3}))\s+`)
	quotedByRe   = regexp.MustCompile(`^[“"](.{10,300}?)[”"](?:\s+by\b.*)?$`)
	gluedShare   = setOf("Tweet", "Share", "Print")
	hashTailRe   = regexp.MustCompile(`(?:\s+#\w+)+$`)
	genreBarRe   = regexp.MustCompile(`^(\p{L}+(?: \p{L}+)?) \| (.+)$`)
	coverTailSet = []string{"cover image", "cover photo", "executive summary", "table of contents", "edited by"}
	// coverTailCaps are a cover's next headings, cut only when printed in
	// capitals ("… THE WORLD PREFACE"): in Title Case they may end a title.
	coverTailCaps = []string{"PREFACE", "FOREWORD", "INTRODUCTION", "ABSTRACT", "CONTENTS"}
	crumbTailRe   = regexp.MustCompile(`\s+[>»]\s+\p{L}+(?:\s\p{L}+){0,2}$`)
	siteTagRe     = regexp.MustCompile(`\s+\|\s+\p{Lu}{2,6}$`)
	bracketLeadRe = regexp.MustCompile(`^\[(\pL+(?: \pL+)?)\]\s*`)
	bracketTailRe = regexp.MustCompile(`\s*\[[^\]]{0,40}\]$`)
	gluedNoteRe   = regexp.MustCompile(`\p{Ll}{6}(\d)$`)
	// leadSeriesRe matches a series label before a cover's title: an
	// acronym's series with its number, a kind in capitals, a report code.
	leadSeriesRe = regexp.MustCompile(`^(?:\p{Lu}{2,8}\s+(?:Working|Discussion|Policy|Research|Occasional|Issue)\s+(?:Paper|Papers|Brief|Note|Report)(?:\s+Series(?:\s+(?:No\.?\s*)?[\w/-]*\d[\w/-]*)?|\s+(?:No\.?\s*)?[\w/-]*\d[\w/-]*)|(?:ISSUE|POLICY)\s+BRIEF|(?:Independent\s+)?Task\s+Force\s+Report\s+No\.\s*\d+)\s+`)
	// leadLabelRe matches a kind's label without a number, in capitals, or
	// a page's button, run into the start of a title: "SPECIAL REPORT
	// Title", "Portada de Title". In Title Case a kind's words may open the
	// title ("Policy Report Cards for the States", "Report of the
	// Commission …") and stay.
	leadLabelRe = regexp.MustCompile(`^(?:POLICY BRIEF|POLICY REPORT|SPECIAL REPORT|RESEARCH NOTE|REVIEW ESSAY|ISSUE PAPER|BACKGROUNDER(?: KEY POINTS)?|ДОКЛАД|Adjust font size:|A A|Portada de)\s+`)
	leadIssueRe = regexp.MustCompile(`^(?:[\pL&'’-]+ ){1,6}(?i:issue|no\.?|nr\.?|n[˚°º]\.?|number)\s*\d{1,4}\s*[|–-]\s*(\pL{3,10})\.? (?:19|20)\d\d\s+`)
	leadKindRe  = regexp.MustCompile(`(?i)^(?:working|occasional|policy|discussion|research|issue|briefing|special|analysis|conference)\s+(?:paper|report|brief|papers)\s+(?:no\.?\s*)?[\w/-]*\d[\w/-]*\s+`)
)

// printsCode reports whether two lines at the top of the page print code,
// a paper's number ("19-19" in the title and in "POLICY BRIEF 19-19"); a
// ratio or an hour's span ("24-7", "50-50") is printed once, in the title.
func (r *reader) printsCode(code string) bool {
	n := 0
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if strings.Contains(l.text, code) {
			n++
		}
	}
	return n >= 2
}

// paddedCodeRe matches a paper's code whose number is padded ("21-03"):
// a ratio or an hour's span ("24-7", "50-50") is not.
var paddedCodeRe = regexp.MustCompile(`^\d\d-0\d$`)

// stampLine reports whether the page prints low, in any case, on a line
// of its own: a classification stamp in a header or footer.
func (r *reader) stampLine(low string) bool {
	for _, l := range r.ls {
		if l.low == low {
			return true
		}
	}
	return false
}

// countWords follow a count that opens a title: "100 DAYS OF …", "10
// REASONS …".
var countWords = setOf("days", "years", "months", "weeks", "hours", "ways", "reasons", "things", "steps", "questions",
	"lessons", "ideas", "myths", "facts", "rules", "points", "priorities", "countries", "percent", "million", "billion",
	"thousand", "people", "voices", "women", "men", "stories", "charts", "maps", "books", "papers", "tips", "trends",
	"proposals", "challenges", "issues", "risks", "threats", "recommendations", "principles", "scenarios", "takeaways",
	"options")

// trimAffixes removes what is printed around a title but is not part of
// it: a month and year before or after it, a series code and quotes
// ("2021/62 “Title” by …"), a genre label before a bar ("Opinion | …"),
// hashtags after a cover title in capitals, a cover's next heading run
// into it ("… Executive Summary"), a kind name after a dash ("… - Policy
// Report"), and an author's name glued to its last word or printed after
// it: glued, when the page prints the name spaced elsewhere; after it,
// when the page prints it as a byline or the name carries a footnote mark.
func (r *reader) trimAffixes(t string) string {
	enough := threeWords
	t = cutNotedName(t) // before a bracketed tail is cut without a look at what it marks
	t = strings.TrimLeft(t, "*•·>#~ ")
	if loc := bracketTailRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) {
		t = t[:loc[0]] // "[open pdf - 330KB]"
	}
	if m := leadCodeRe.FindString(t); m != "" && enough(t[len(m):]) {
		t = t[len(m):]
	}
	if m := leadPageRe.FindStringSubmatch(t); m != nil && enough(t[len(m[0]):]) && unicode.IsUpper(firstRune(t[len(m[0]):])) &&
		(m[2] != "" || m[3] != "" && (r.printsCode(m[3]) || paddedCodeRe.MatchString(m[3])) || allCaps(t[len(m[0]):]) && !yearRe.MatchString(m[1]) && !countWords[strings.ToLower(strings.Trim(fs0(t[len(m[0]):]), ":,.;"))]) {
		t = t[len(m[0]):] // a page's or a paper's number before the title: "4 | Title", "19-19 Title", "1810 TITLE IN CAPITALS"
	}
	if m := leadSeriesRe.FindString(t); m != "" && enough(t[len(m):]) && unicode.IsUpper(firstRune(t[len(m):])) {
		t = t[len(m):] // "LAKE Working Paper Series 2017/12 Title", "ISSUE BRIEF Title"
	}
	if m := leadKindRe.FindString(t); m != "" && enough(t[len(m):]) {
		t = t[len(m):] // "OCCASIONAL PAPER 2101 Title"
	}
	if m := leadIssueRe.FindStringSubmatch(t); m != nil && isMonthWord(strings.ToLower(m[1])) &&
		enough(t[len(m[0]):]) {
		t = t[len(m[0]):] // "Harbour Notes Issue n°12 | June 2018 Title": a cover's series, number and month run into its title
	}
	if rest, ok := strings.CutPrefix(t, "UNCLASSIFIED "); ok && enough(rest) && (!allCaps(rest) || r.stampLine("unclassified")) {
		t = rest // a classification stamp; "UNCLASSIFIED ROADS AND …" in capitals is a title's word
	}
	if m := leadLabelRe.FindString(t); m != "" && enough(t[len(m):]) && unicode.IsUpper(firstRune(t[len(m):])) {
		t = t[len(m):] // "Policy Report Title", "Adjust font size: Title"
	}
	if m := bracketLeadRe.FindStringSubmatch(t); m != nil && (isGenrePrefix(strings.ToLower(m[1])) || m[1] == "PDF") && enough(t[len(m[0]):]) {
		t = t[len(m[0]):] // a kind's label in brackets: "[Speech]Title", "[PDF] Title"
	}
	if m := quotedByRe.FindStringSubmatch(t); m != nil && enough(m[1]) {
		t = m[1]
	}
	// A cover's month and year in capitals ("OCTOBER 2019 Title", "Title
	// FEBRUARY 2021"); "The Spirit of May 1968" keeps its year.
	if m := leadMonthRe.FindString(t); m != "" && monthWordRe.MatchString(strings.ToLower(strings.Fields(m)[0])) && enough(t[len(m):]) {
		t = t[len(m):]
	}
	if loc := tailMonthRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) &&
		monthWordRe.MatchString(strings.ToLower(strings.Fields(strings.TrimLeft(t[loc[0]:], " -–|"))[0])) {
		t = t[:loc[0]]
	}
	if loc := crumbTailRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) {
		t = t[:loc[0]] // a breadcrumb's section after the title ("… > Articles")
	}
	if loc := siteTagRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) {
		t = t[:loc[0]] // a site's acronym after a bar ("… | HPI")
	}
	if k := strings.LastIndex(strings.ToLower(t), " ; by "); k > 0 && enough(t[:k]) && bylineTail(strings.TrimSpace(t[k+3:])) {
		t = t[:k] // "Title ; By Jane Roe", a blog platform's heading
	}
	if m := genreBarRe.FindStringSubmatch(t); m != nil && isGenrePrefix(strings.ToLower(m[1])) && enough(m[2]) {
		t = m[2]
	}
	for range 2 {
		for _, tail := range coverTailSet {
			if low := strings.ToLower(t); strings.HasSuffix(low, " "+tail) && enough(t[:len(t)-len(tail)]) {
				t = strings.TrimSpace(t[:len(t)-len(tail)])
			}
		}
		for _, tail := range coverTailCaps {
			if strings.HasSuffix(t, " "+tail) && enough(t[:len(t)-len(tail)]) {
				t = strings.TrimSpace(t[:len(t)-len(tail)])
			}
		}
		// A hashtag after a cover title in capitals ("… RESILIENCE
		// #AdaptOurWorld"); in a Title Case title it may be a word of it.
		if loc := hashTailRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) && allCaps(t[:loc[0]]) {
			t = t[:loc[0]]
		}
	}
	t = capsEdges(t)
	t = trimTails(t, enough)
	for _, sep := range []string{" - ", " – ", " | "} {
		if k := strings.LastIndex(t, sep); k > 0 && isKindName(strings.ToLower(t[k+len(sep):])) && enough(t[:k]) {
			t = t[:k]
		}
	}
	if ps := gluedPieces(t); len(ps) >= 2 && gluedShare[ps[len(ps)-1]] {
		t = strings.Join(ps[:len(ps)-1], "") // a share link glued to the last word ("…orderTweet")
	}
	// A footnote mark glued to the last word ("… Harbours1").
	if m := gluedNoteRe.FindStringSubmatchIndex(t); m != nil && enough(t[:m[2]]) {
		t = t[:m[2]]
	}
	// "… RelationsVijay Gokhale": a name glued to the last word.
	if ps := gluedPieces(t); len(ps) == 2 && subtitleOpeners[strings.ToLower(fs0(ps[1]))] && len(strings.Fields(ps[1])) >= 3 &&
		enough(ps[0]) && !strings.ContainsAny(ps[0], ":") {
		t = strings.TrimSpace(ps[0]) + ": " + ps[1] // a subtitle glued to the title ("… BoatyardsThe Future of …")
	}
	if ps := gluedPieces(t); len(ps) >= 2 {
		if last := ps[len(ps)-1]; looksLikeName(last) && len(strings.Fields(last)[0]) >= 3 && enough(strings.Join(ps[:len(ps)-1], "")) &&
			r.nameOnPage(last) {
			t = strings.Join(ps[:len(ps)-1], "")
		}
	}
	if k := affiliatedNamesStart(t); k > 0 && enough(t[:k]) {
		t = strings.TrimSpace(t[:k]) // an article's first page run into one line: "… Analysis Li Wei, Ann Lee ⇑ Department of …"
	}
	listCut := false
	if k := nameListStart(t); k > 0 && !r.hasByline() {
		listCut = true
		t = strings.TrimSpace(t[:k]) // a one-line cover's authors after the title ("… Jane Roe, Li Wei and Ann Lee")
		if loc := coverMonthRe.FindStringIndex(t); loc != nil && enough(t[:loc[0]]) {
			t = t[:loc[0]] // the cover's month before its authors ("… - March 2020 Jane Roe, …")
		}
	}
	// "… Past, Present and Future Shashi Jayakumar": the author after it.
	fs := strings.Fields(t)
	for k := 3; k >= 2 && !listCut; k-- {
		if len(fs) < k+3 {
			continue
		}
		raw := strings.Join(fs[len(fs)-k:], " ")
		name := strings.TrimRight(raw, "*†")
		// "… Dues Crisis†" printed whole on a line of its own: a dagger notes
		// the title, an asterisk most often an author
		if looksLikeName(name) && !joinerAt(fs[len(fs)-k-1], true) && !possessiveEnd(fs[len(fs)-k-1]) && (name != raw || r.bylined(name, t)) &&
			!(strings.HasSuffix(raw, "†") && r.lineAlone(strings.TrimRight(t, "†"))) {
			t = strings.Join(fs[:len(fs)-k], " ")
			break
		}
	}
	return strings.TrimSpace(t)
}

// reversedName is a name of two words the other way round ("Lan Wei",
// "Wei Lan"), as pages print East Asian names both ways; "" otherwise.
func reversedName(s string) string {
	fs := strings.Fields(s)
	if len(fs) != 2 {
		return ""
	}
	return fs[1] + " " + fs[0]
}

// elsewhere reports whether the page prints s, as it is or in capitals,
// on a line that is not a copy of the title.
func (r *reader) elsewhere(s, title string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return false
	}
	up := strings.ToUpper(s)
	// A name keeps its capitals ("fuel rules" in a sentence is no name).
	return r.printedApart(title, func(_ int, l line) bool { return strings.Contains(l.text, s) || strings.Contains(l.text, up) })
}

// printedApart reports whether a line that is not a copy of the title
// (whole or cut: it holds the title's first words) satisfies has.
func (r *reader) printedApart(title string, has func(int, line) bool) bool {
	head := alnum(title)
	if fs := strings.Fields(title); len(fs) > 3 {
		head = alnum(strings.Join(fs[:3], " "))
	}
	for j, l := range r.ls {
		if has(j, l) && !strings.Contains(alnum(l.text), head) {
			return true
		}
	}
	return false
}

// bylineTail reports whether s is "by" and names, or names alone ("A and
// B", "MiDAS Research Team").
func bylineTail(s string) bool {
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "by ") {
		s, low = s[3:], low[3:]
	}
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > 9 {
		return false
	}
	if strings.HasSuffix(low, " team") || strings.HasSuffix(low, " staff") || strings.HasSuffix(low, " editors") {
		return len(fs) <= 4
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool { return r == ',' || r == '&' })
	for _, p := range parts {
		if !looksLikeName(strings.TrimSpace(p)) {
			return false
		}
	}
	return len(parts) > 0
}

// paperNoRe matches a series-and-number line whose number is a site's own
// code ("Research Paper No. LKYSPP 12-16"): a label, not a title.
var paperNoRe = regexp.MustCompile(`\b(paper|report|brief|series)\s+(no\.?|number)\s*[a-z]*\s*[\w-]*\d[\w-]*$`)

// abbrevEndRe matches a title that ends with a dotted abbreviation ("…
// China and U.S."), not with a sentence's full stop.
var abbrevEndRe = regexp.MustCompile(`\b(?:\p{Lu}\.){2,}$`)

// isTitleKey reports whether a record label names the title ("Title",
// "Report Part Title", "Chapter Title"); a book's or report's own title
// under a part's is the container's.
func isTitleKey(k string) bool {
	switch k {
	case "title", "report part title", "chapter title", "article title", "document title", "paper title",
		"título", "titulo", "titre", "titel", "titolo", "tytuł", "название", "заглавие", "judul", "başlık", "タイトル", "标题", "題名":
		return true
	}
	return isContainerKey(k)
}

// isContainerKey reports whether a record label names the title of what
// holds the publication ("Report Title", "Book Title"): the title only
// when the record names no part.
func isContainerKey(k string) bool {
	return k == "report title" || k == "book title" || k == "journal title"
}

// nameWithAffiliation reports whether a line is a person's name followed by
// an institution and its acronym ("Jane Roe U.S. Naval Academy (USNA)1").
func nameWithAffiliation(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 4 || len(fs) > 16 || strings.ContainsAny(t, ":?!") || !affAcronymRe.MatchString(t) {
		return false
	}
	for k := 2; k <= 3 && k < len(fs); k++ {
		if !looksLikeName(strings.Join(fs[:k], " ")) || strings.HasSuffix(fs[k-1], ",") ||
			smallWords[strings.ToLower(fs[k])] || !unicode.IsUpper(firstRune(fs[k])) {
			continue
		}
		for _, w := range fs[k:] {
			if orgHeads[strings.Trim(strings.ToLower(w), "(),.0123456789")] {
				return true
			}
		}
	}
	return false
}

// dottedTitle reports whether a line is a title and its subtitle set apart
// by a full stop ("The Multi-Speed Isles. Reinforcing the Ferry Links of
// Three Councils"): one break, two capitalised parts of two words or more,
// no stop at the end, short enough for a heading.
func dottedTitle(t string) bool {
	head, tail, ok := strings.Cut(t, ". ")
	if !ok || strings.Contains(tail, ". ") || strings.ContainsAny(lastRune(t), ".!?:;,") {
		return false
	}
	if strings.Contains(t, " : ") || placeOfPublicationRe.MatchString(tail) {
		return false // a catalogue's record: "Title. Place, Country: Publisher"
	}
	hw, tw := len(strings.Fields(head)), len(strings.Fields(tail))
	return hw >= 2 && tw >= 2 && hw+tw <= 20 && unicode.IsUpper(firstRune(head)) && unicode.IsUpper(firstRune(tail))
}

// placeOfPublicationRe matches a record's place and publisher after a
// title: "Kuala Lumpur, Malaysia: Harbour Institute".
var placeOfPublicationRe = regexp.MustCompile(`^[^:,]{2,30}, [^:,]{2,30}:`)

// markedNameList reports whether a line is a list of authors: names each
// with the figure or mark of an affiliation glued to it ("Jane Roe1,&, Li
// Wei2,3, …"), surnames with initials ("Roe J.K., Wei L."), names after an
// "Authors" label; broad adds three full names or more ("Jane Roe, Li Wei
// and Ann Lee") and three names run together ("Jane RoeLi WeiAnn Lee"),
// which a title's words seldom are. Two names without marks ("North Korea,
// South Korea") may be a title's words.
func markedNameList(t string, broad bool) bool {
	labelled := false
	for _, lab := range []string{"authors:", "authors ", "author:", "autores:", "auteurs :", "auteurs:"} {
		if rest, ok := cutPrefixFold(t, lab); ok {
			t, labelled = strings.TrimSpace(rest), true
			break
		}
	}
	if broad {
		t = nameConjRe.ReplaceAllString(t, " and ") // "Anna Berg, Per Lindqvist und Li Wei"
	}
	if !broad && !labelled {
		if !strings.ContainsAny(t, noteMarks+".") {
			return false // the strict test needs marks or initials: none here
		}
		t = strings.ReplaceAll(t, " and ", " & ")
	}
	if !strings.ContainsAny(t, ",;") && !strings.Contains(t, " and ") {
		if !broad {
			return false
		}
		ps := gluedPieces(t)
		if len(ps) < 3 {
			return false
		}
		for _, p := range ps {
			if !looksLikeName(strings.TrimSpace(p)) {
				return false
			}
		}
		return true // names run together: "Jane RoeLi WeiAnn Lee"
	}
	var names, marked, initials int
	for _, p := range strings.FieldsFunc(strings.ReplaceAll(t, " and ", ","), func(r rune) bool { return r == ',' || r == ';' }) {
		p = strings.TrimSpace(p)
		bare := strings.TrimRight(p, noteMarks+" ")
		bare = strings.TrimPrefix(strings.TrimPrefix(bare, "and "), "& ")
		if bare == "" {
			continue // a mark alone: the "3" of "Amri2,3"
		}
		switch {
		case initialsNameRe.MatchString(bare):
			initials++
		case !looksLikeName(bare):
			return false
		case bare != p && !unicode.IsSpace(rune(p[len(bare)-1])) && !isSpace(firstRune(p[len(bare):])):
			marked++ // glued to the name, not a year set apart
		}
		names++
	}
	return names >= 2 && (marked >= 2 || initials == names || labelled) || names >= 3 && broad
}

// nameConjRe matches the word that joins the last name of a list in
// languages other than English.
var nameConjRe = regexp.MustCompile(` (?:und|y|et|e|и|ve|dan|en|og|och|và|és|i) `)

// noteMarks are the figures and signs that tie an author to a note.
const noteMarks = "0123456789*†‡§&#¹²³⁴⁵⁶⁷⁸⁹⁰"

// initialsNameRe matches a surname with initials, either way round: "Roe
// J.K.", "зоидов к.х", "J. K. Roe".
var initialsNameRe = regexp.MustCompile(`^(\p{L}[\p{L}'’-]+\s+\p{L}\.\s?(\p{L}\.?)?|\p{Lu}\.\s?(\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+)$`)

// affAcronymRe matches an institution's acronym in brackets at the end of
// a line, with a footnote mark perhaps: "(USNA)1".
var affAcronymRe = regexp.MustCompile(`\(\p{Lu}[\p{Lu}&-]{1,9}\)\d?$`)

// monthWordRe matches a whole month name or abbreviation.
var monthWordRe = regexp.MustCompile(`^` + monthAlt + `$`)

// onlyDateWords reports whether a line holds nothing but months, seasons,
// years and numbers ("April-June 2015", "Spring/Summer 2019"): an issue's
// date, never a title.
func onlyDateWords(low string) bool {
	fs := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '/' || r == ',' || r == '&' })
	if len(fs) == 0 {
		return false
	}
	month, joined := false, false
	for k, f := range fs {
		f = strings.Trim(f, ".")
		if f == "o" && (k == 0 || fs[k-1] != "n") {
			return false // Portuguese "O 25 de Abril": an article, unless it ends an issue's "N o"
		}
		if isNumber(f) {
			continue
		}
		if isMonthWord(f) {
			month = true
			continue
		}
		if weekdayWords[f] {
			continue
		}
		if f == "de" || f == "del" {
			joined = true // "Jueves, 14 de Marzo de 2019": only with a month
			continue
		}
		switch f {
		case "spring", "summer", "autumn", "fall", "winter", "and", "issue", "vol", "volume", "no",
			"•", "·", "|", "n", "o", "nº", "n°", "#", "número", "numéro", "edição", "edición", "ausgabe", "nr":
			continue // "Março 2020 • N o 41": an issue's month and number
		}
		return false
	}
	return month || !joined
}

// weekdayWords name the days of the week in English and in other
// languages written in Latin letters.
var weekdayWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
	"segunda", "terça", "quarta", "quinta", "sexta", "feira",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
	"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")

// isTitleLine reports whether a line is a record field labelled as the
// title ("Title: …", "Report Part Title: …").
func isTitleLine(t string) bool {
	k, v, ok := keyValue(t)
	return ok && v != "" && isTitleKey(k)
}

// listItemRe matches a numbered list item ("1. Does …", "2) …").
var listItemRe = regexp.MustCompile(`^\d{1,2}[.)] \S`)

// foreignDateRe matches a day, a word and a year ("26. mars 2022", "3
// Desember 2014"): a date in a language the date parser does not know.
var foreignDateRe = regexp.MustCompile(`\b\d{1,2}\.? \p{L}{3,12}\.? (?:19|20)\d\d\b`)

// looksDated reports whether a short line is a date, in any language.
func looksDated(l line) bool {
	return l.words <= 5 && !strings.Contains(l.text, ":") && foreignDateRe.MatchString(l.text)
}

// lastWrap reports whether line j, one or two words, is the last word of a
// title wrapped onto its own line: an author's name, a date or the text
// follows it, not more title lines.
func lastWrap(r *reader, j int, t string) bool {
	l := r.ls[j]
	if l.chrome || l.dated || isSectionLabel(l.low) || isKindName(l.low) || isGenrePrefix(l.low) || !hasLetters(l.text, 3) ||
		!unicode.IsUpper(firstRune(l.text)) || gluedJoins(l.text) > 0 || j+1 < len(r.ls) && r.isNameLine(j) && isDateLine(r.ls[j+1]) {
		return false
	}
	// "… in the South" / "China Sea": the page prints the two together
	// elsewhere; an author's name or a topic tag it does not.
	if fs := strings.Fields(t); !endsOpen(t) && (len(fs) == 0 || !r.elsewhereFold(fs[len(fs)-1]+" "+l.text, t)) {
		return false
	}
	k := j + 1
	if k >= len(r.ls) {
		return false
	}
	m := r.ls[k]
	return isByline(m.low) || r.isNameLine(k) || isDateLine(m) || m.prose && !m.teaser
}

// headLow is the lower-cased lines of the top of the page, one per line
// between newlines, to count how often a line is printed.
func (r *reader) headLow() string {
	if r.headLines == "" {
		var b strings.Builder
		b.WriteString("\n")
		for _, l := range r.ls[:min(len(r.ls), headLines)] {
			b.WriteString(l.low)
			b.WriteString("\n")
		}
		r.headLines = b.String()
	}
	return r.headLines
}

// firstLine reports whether line i is the first line of the page with
// words in it.
func (r *reader) firstLine(i int) bool {
	for j := 0; j < i; j++ {
		if hasLetters(r.ls[j].text, 3) {
			return false
		}
	}
	return true
}

// capsEdges removes a run of capitals before or after a title that is not
// itself in capitals: a publisher's line run into it ("A PROJECT OF THE …
// INSTITUTE Violent Extremism in …") or an author with a role after it
// ("… Alliances DR. JANE ROE, SECURITY CHAIR"). A main title in capitals
// before a subtitle stays.
func capsEdges(t string) string {
	fs := strings.Fields(t)
	caps := func(w string) bool { return allCaps(w) && hasLetters(w, 1) }
	i := 0
	for i < len(fs) && caps(fs[i]) {
		i++
	}
	j := len(fs)
	for j > i && caps(fs[j-1]) {
		j--
	}
	c := 0
	for c < len(fs) && capsWord(fs[c]) {
		c++
	}
	if c >= 4 && c+1 < len(fs) && looksLikeName(strings.Trim(fs[c]+" "+fs[c+1], ",*†")) && nameEnds(fs, c+2) {
		return strings.Join(fs[:c], " ") // a title in capitals, then its author ("… IN ASIA Jane Roe No. 81")
	}
	if j-i < 3 || allCaps(strings.Join(fs[i:j], " ")) {
		return t
	}
	org := func(ws []string) bool {
		for _, w := range ws {
			if orgHeads[strings.ToLower(strings.Trim(w, ",.()"))] {
				return true
			}
		}
		return false
	}
	if i >= 3 && org(fs[:i]) && !smallWords[strings.ToLower(fs[i])] {
		fs, j = fs[i:], j-i // a publisher's line run into the title
	}
	if tail := strings.Join(fs[j:], " "); len(fs)-j >= 2 && strings.Contains(tail, ",") &&
		(dropRank(nameCaseWords(tail)) != nameCaseWords(tail) || looksLikeName(nameCaseWords(strings.Split(tail, ",")[0]))) {
		fs = fs[:j] // an author and a role after the title
	}
	return strings.Join(fs, " ")
}

// nameCaseWords is s with each word in capitals turned to Title Case
// ("PATRICK M. CRONIN" → "Patrick M. Cronin"), to test it as a name.
func nameCaseWords(s string) string {
	fs := strings.Fields(s)
	for k, f := range fs {
		rs := []rune(strings.ToLower(f))
		if len(rs) > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		fs[k] = string(rs)
	}
	return strings.Join(fs, " ")
}

// Features of a title candidate, each with a weight in titleWeights.
const (
	fPos         = iota // 1 at the top of the page, 0 at headLines
	fSlug               // how well it reads as the address's last segment
	fStamp              // a mirror's upload stamp or a viewer's counter follows
	fStampMirror        // … on a page with a mirror's furniture
	fCut                // a cut record line the document text repeats
	fReadAfter          // a reading-time stamp follows
	fReadBelow          // a reading-time stamp follows the next line
	fViewerFirst        // the first title-shaped line of a viewer's first page
	fLabelled           // labelled as the title, or quoted in the page's citation
	fTitleCase          // in Title Case or capitals
	fLowerFirst         // starts in lower case
	fRepeated           // printed again at the top
	fMetaAfter          // a byline, a name, a date or a record line follows
	fProseAfter         // prose follows
	fDateAbove          // a date right above
	fLong               // more than 22 words
	fDated              // holds a date
	fProse              // reads as a sentence
	fOrg                // an organisation's name
	fAfterSeries        // after a cover's series line
	fAfterText          // a heading after the text has begun
	fDekUnder           // a sentence-case subtitle under a title
	fMenu               // inside a run of menu labels
	fName               // a person's name
	fGenreList          // a genre list's label ("Working papers")
	fTop                // the page's first line with words
	fCaps               // in capitals
	fColon              // holds a colon
	fWords              // its length, in tens of words
	fBroken             // broken across lines
	fGapBefore          // an empty line comes before it
	numFeatures
)

type features [numFeatures]float64

func (f *features) score(w *[numFeatures]float64) float64 {
	return dot(f[:], w[:])
}

// dot is the sum of the products of f's and w's values, a candidate's score.
func dot(f, w []float64) float64 {
	s := 0.0
	for k, v := range f {
		s += v * w[k]
	}
	return s
}

// titleWeights are the weights of the features.
var titleWeights = &[numFeatures]float64{
	fPos: 3, fSlug: 1, fStamp: 4, fStampMirror: 5, fCut: 4, fReadAfter: 3, fReadBelow: -3, fViewerFirst: 3,
	fLabelled: 6, fTitleCase: 1, fLowerFirst: -1.5, fRepeated: 3, fMetaAfter: 3, fProseAfter: 2, fDateAbove: 1,
	fLong: -1, fDated: -3, fProse: -2, fOrg: -3, fAfterSeries: 2, fAfterText: -3, fDekUnder: -2, fMenu: -2,
	fName: -3, fGenreList: -3, fTop: 2,
}

// sectionMenuLabel reports whether a short line names a part of a site
// ("Our Programmes", "Featured Research & Analysis"), never a publication.
func sectionMenuLabel(low string) bool {
	fs := strings.Fields(low)
	if len(fs) == 0 || len(fs) > 4 || strings.ContainsAny(low, ":?") {
		return false
	}
	switch fs[0] {
	case "featured", "browse", "explore":
		return true
	case "our", "latest", "recent", "more", "all":
		return len(fs) <= 2 // "Our Programmes", "Latest News"; not "Our Common Future"
	}
	return false
}

// bylined reports whether the page prints name as an author: in a byline,
// or on a name line of its own; a place in a sentence ("the South China
// Sea") is no author.
func (r *reader) bylined(name, title string) bool {
	return r.printedApart(title, func(j int, l line) bool {
		return j < headLines*2 && strings.Contains(l.text, name) && (isByline(l.low) || r.isNameLine(j) || strings.HasPrefix(l.text, name+","))
	})
}

// nameOnPage reports whether the page prints name, spaced, on any line (a
// name glued to a title is often printed apart above or below it).
func (r *reader) nameOnPage(name string) bool {
	for _, l := range r.ls {
		if strings.Contains(l.text, " "+name) || strings.HasPrefix(l.text, name) {
			return true
		}
	}
	return false
}

// elsewhereFold is elsewhere in any case: a place or a phrase the text
// prints in lower case ("humanitarian funding").
func (r *reader) elsewhereFold(s, title string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return r.printedApart(title, func(_ int, l line) bool { return strings.Contains(l.low, s) })
}

// dateInTitle reports whether a line holding a date reads as a title that
// names it: three words or more without digits or month names come first,
// and it is no labelled stamp.
func dateInTitle(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 5 || strings.Contains(t, ":") && keyValueLabelled(t) {
		return false
	}
	for _, f := range fs[:3] {
		if strings.ContainsAny(f, "0123456789") || monthWordRe.MatchString(strings.ToLower(strings.Trim(f, ",."))) {
			return false
		}
	}
	low := strings.ToLower(t)
	return !hasAny(low, dateCues) && !hasAny(low, dateTraps) && !isByline(low) &&
		!hasAny(low, []string{"issue", "vol.", "volume", "no.", " - ", " | ", " – "})
}

// keyValueLabelled reports whether t is a "Label: value" line.
func keyValueLabelled(t string) bool {
	_, v, ok := keyValue(t)
	return ok && v != ""
}

// cutShort reports whether t is cut short, as a mirror's or a search
// result's header prints a title ("The Silting of …", "Asia › ... ›").
func cutShort(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") || strings.HasSuffix(t, "›") || strings.Contains(t, " · ")
}

// Furniture that can hold a title's words but is never one.
var (
	// a numbered section heading ("I. INTRODUCTION", "2. Background")
	sectionHeadRe = regexp.MustCompile(`(?i)^(?:[ivx]{1,4}|\d{1,2})[.)]\s+(introduction|summary|conclusions?|background|overview|abstract|executive summary|recommendations)$`)
	// a series name and its number ("Policy Notes 46", "Vol. 13-No. 3")
	seriesNumRe = regexp.MustCompile(`(?i)^[\pL&' ]{3,40}?\s+(?:notes?|papers?|briefs?|insights|series|reports?|fact sheet|commentary|perspectives?)\s*(?:no\.?\s*)?\d{1,4}$|\bvol\.?\s*\d{1,3}\s*[-,]?\s*no\.?\s*\d{1,3}$`)
	// a caption's credit in brackets: "(Jane Roe/AGENCY)"
	captionCreditRe = regexp.MustCompile(`\(\p{Lu}[\p{L} .'’-]{1,40}/\s?\p{Lu}[\p{L}]{1,20}\)$`)
	// a journal issue's header ("Volume 5 Issue 1", "Vol. 8, No. 2"), in
	// the languages journals print it in ("Tom 3 Zeszyt 2", "Bd. 4 Heft
	// 1", "Año 12 Núm. 3", "Cilt 5 Sayı 2", "Том 7 № 1")
	volIssueRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:vol\.?|volume|tom|tomo|tome|bd\.|band|jahrgang|jg\.|año|ano|anno|cilt|jilid|том)\s*(?:\d{1,3}|[ivxlc]{1,7})\s*[,|]?\s*(?:no\.?|issue|number|nr\.?|núm\.?|número|numero|numéro|n[°º]\.?|heft|zeszyt|fasc\.?|fascicolo|sayı|nomor|выпуск|вып\.|№)\s*\d{1,3}`)
	// a record's field label ("Publication type Article", "Format | …")
	recordLabelRe = regexp.MustCompile(`(?i)^(publication type|document type|item type|format|content type|resource type|type of publication)\b`)
)

// issueHeader reports whether t holds a journal issue's header
// (volIssueRe) that no sentence goes on from ("Band 3 Nr. 4 und die
// Zukunft …" is a title).
func issueHeader(t string) bool {
	loc := volIssueRe.FindStringIndex(t)
	if loc == nil {
		return false
	}
	words := 0
	for _, w := range strings.FieldsFunc(t[loc[1]:], func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 3 && unicode.IsLower(firstRune(w)) && !isMonthWord(w) {
			words++
		}
	}
	return words < 2 // "(2019): pp. 45–67", "enero-junio", "tahun 2020" close a header; "und die Zukunft …" goes on as a sentence
}

// volWords are the words for a journal's volume that volIssueRe looks
// for, the cheap test before it.
var volWords = []string{"vol", "tom", "bd.", "band", "jahrgang", "jg.", "año", "ano", "anno", "cilt", "jilid", "том"}

// neverTitle reports whether t is a line of the page's furniture that the
// title scorer could otherwise take for a title. Cheap tests guard each
// pattern: it runs on every candidate of every page.
func neverTitle(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" {
		return false
	}
	fs := strings.Fields(t)
	low := strings.ToLower(t)
	last := t[len(t)-1]
	if last >= '0' && last <= '9' && !yearRe.MatchString(fs[len(fs)-1]) && seriesNumRe.MatchString(t) {
		return true // "Policy Notes 46", not "Annual Report 2015"
	}
	if hasPrefixAny(low, []string{"the writer is", "the author is", "the authors are", "the writers are"}) ||
		strings.Contains(low, "photo credit:") || strings.Contains(low, "image credit:") ||
		last == ')' && strings.Contains(t, "/") && captionCreditRe.MatchString(t) {
		return true // an author's note, a caption with its credit
	}
	if len(fs) <= 8 && imageText(low) ||
		hasPrefixAny(low, []string{"bron:", "foto:", "quelle:", "fuente:", "crédit:", "crédito:", "photo:", "source:", "image:"}) ||
		hasPrefixAny(low, []string{"publication type", "document type", "item type", "format", "content type", "resource type", "type of publication"}) &&
			recordLabelRe.MatchString(t) {
		return true // an image's text or credit, a record's field
	}
	if (strings.Contains(low, ". ") || strings.Contains(low, ") ")) && sectionHeadRe.MatchString(t) ||
		hasAny(low, volWords) && issueHeader(t) ||
		strings.Contains(t, ":") && clockRe.MatchString(low) && yearRe.MatchString(t) {
		return true // a numbered section head, an issue's header, a dateline with its hour
	}
	if stampedLine(low) || hasGluedMailLink(t) || nameHead(t) != "" || !isASCII(t) && len(cjkNames(t)) >= 2 || personLine(t) || nameRoleLine(t) ||
		strings.Contains(low, "of ") && portraitText(t) || strings.Contains(t, "10.") && doiLine(t) {
		return true // a stamp; an author with a journal site's mail link glued on, with an affiliation, or Chinese or Korean names
	}
	if last == '|' && strings.Count(t, "|") >= 2 {
		return true // a table row
	}
	if uiLabels[strings.Trim(low, " :")] || kindWordsOnly(fs) || hasPrefixAny(low, uploadStamps) && !(strings.HasPrefix(low, "post on ") && !unicode.IsDigit(firstRune(low[8:]))) {
		return true // a page tool's label, a kind label ("Policy Article", "Expert analysis"), an upload stamp
	}
	return len(fs) >= 2 && len(fs) <= 4 && strings.HasSuffix(fs[0], ",") && looksLikeName(strings.Join(fs[1:], " ")+" "+strings.TrimSuffix(fs[0], ","))
}

// imageText reports whether a line, in lower case, is an image's
// alternative text ("dot gov icon", "Jane Roe's picture").
func imageText(low string) bool {
	return hasSuffixAny(low, []string{" icon", " logo", "'s picture", "’s picture", " thumbnail", " post image", " featured image"}) &&
		len(strings.Fields(low)) <= 8
}

// portraitText reports whether t is a portrait's alternative text, a
// person's name (a common given name first) after "Picture of" or "Photo
// of" ("Picture of Health Care", "Portrait of Rural Ireland" are titles).
func portraitText(t string) bool {
	for _, p := range []string{"picture of ", "photo of ", "portrait of ", "image of "} {
		if rest, ok := cutPrefixFold(t, p); ok {
			return fields.IsGivenName(fs0(rest)) && (looksLikeName(rest) || personLine(rest))
		}
	}
	return false
}

// doiLine reports whether t is a record's DOI line, with at most a date
// or a label beside it: "2019-03-04DOI: 10.1234/abc".
func doiLine(t string) bool {
	loc := doiRe.FindStringIndex(t)
	if loc == nil {
		return false
	}
	return wordsWithLetters(t[:loc[0]]+" "+t[loc[1]:]) <= 2
}

// hasSuffixAny reports whether s ends with one of the suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// authorLine reports whether line i is an author line the name tests miss:
// names with footnote marks ("Jane Roe 1, *"), a long list of names, or a
// name and its role ("Jane Roe Research Fellow, …", "Jane Roe (President, …)").
func (r *reader) authorLine(i int) bool {
	t := strings.TrimSpace(r.ls[i].text)
	if strings.ContainsAny(t, ":?!") {
		return false
	}
	clean := t
	if l := t[len(t)-1]; l >= '0' && l <= '9' || strings.ContainsAny(t[len(t)-1:], "*,") || strings.HasSuffix(t, "†") || strings.HasSuffix(t, "‡") {
		clean = strings.TrimSpace(footMarkRe.ReplaceAllString(t, ""))
	}
	if clean != t && looksLikeName(clean) {
		return true
	}
	if fs := strings.Fields(strings.TrimLeft(t, "–—- ")); len(fs) >= 3 && len(fs) <= 8 && honorificStarts[strings.TrimSuffix(strings.ToLower(fs[0]), ".")] {
		if n := normalizeName(bracketRe.ReplaceAllString(strings.Join(fs, " "), "")); n != "" && looksLikeName(n) {
			return true // "– Ambassador Mark A. Green (Retired)"
		}
	}
	if parts := strings.Split(strings.ReplaceAll(clean, " and ", ", "), ","); len(parts) >= 3 {
		names := 0
		for _, p := range parts {
			if looksLikeName(strings.TrimSpace(p)) {
				names++
			}
		}
		if names == len(parts) {
			return true
		}
	}
	fs := strings.Fields(clean)
	for k := 2; k <= 3 && k < len(fs); k++ {
		if looksLikeName(strings.Join(fs[:k], " ")) && !strings.HasSuffix(fs[k-1], ",") {
			rest := strings.Trim(strings.Join(fs[k:], " "), "() ")
			if role, _, _ := strings.Cut(rest, ","); fields.IsAffiliation(role) && roleStarts[strings.ToLower(strings.Fields(role)[0])] {
				return true
			}
		}
	}
	return false
}

// honorificStarts open a name with a title or rank.
var honorificStarts = setOf("ambassador", "amb", "dr", "prof", "professor", "mr", "ms", "mrs", "gen", "admiral", "colonel",
	"col", "lt", "maj", "capt", "sir", "dame", "hon")

// bracketRe matches a bracketed aside ("(Retired)", "[Bio-Data]").
var bracketRe = regexp.MustCompile(`\s*[(\[][^)\]]{0,40}[)\]]`)

// footMarkRe matches the footnote marks after a name ("1, *", "**", "†").
var footMarkRe = regexp.MustCompile(`(?:(?:\s+|\b)(?:\d{1,2}\b|[*†‡]+),?)+$`)

// capsRunTitle is the title of a page whose first page is run into one
// long line ("Working Paper 029 THE TITLE IN CAPITALS Jane Roe …"): the
// first run of four words or more in capitals that words in small letters
// follow; -1 and "" when there is none.
func (r *reader) capsRunTitle() (int, string) {
	for i, l := range r.ls[:min(len(r.ls), 3)] {
		if l.words < 30 {
			continue
		}
		fs := strings.Fields(l.text)
		for a := 0; a < len(fs) && a < 20; a++ {
			if !capsWord(fs[a]) {
				continue
			}
			b := a
			for b < len(fs) && capsWord(fs[b]) {
				b++
			}
			if b-a >= 4 && b < len(fs) && b-a <= 30 {
				t := strings.Join(fs[a:b], " ")
				if _, dated := findDate(t); !dated && !isSeriesLabel(t) && !(strings.HasPrefix(t, "BY ") && fields.IsGivenName(fs[a+1])) {
					return i, strings.TrimRight(t, ",;:") // "BY JANE ROE A …" is a byline over a drop cap; "BY THE NUMBERS: …" a title
				}
			}
			a = b
		}
		return -1, ""
	}
	return -1, ""
}

// capsWord reports whether w is a word of a title in capitals: it has no
// small letters, and letters or is a connective mark.
func capsWord(w string) bool {
	if strings.ToUpper(w) != w {
		return false
	}
	return hasLetters(w, 1) || w == "&" || w == "–" || w == "-" || w == "—"
}

// questionWords open a title that is a question.
var questionWords = setOf("what", "how", "why", "who", "when", "where", "which", "is", "are", "can", "could", "should",
	"will", "would", "does", "do", "did", "has", "have")

// openQuestion reports whether title text t is a question not yet ended
// whose question mark ends line j or the line after it, with no gap before
// either: a question set in lines on a cover.
func (r *reader) openQuestion(t string, j int) bool {
	q, most := t, 10
	if k := strings.LastIndex(t, ": "); k > 0 {
		q, most = t[k+2:], 4 // a subtitle that asks, its end on the next line ("…: Is There Room for Another Crossing" / "This Winter?"), not a question of its own below
	}
	if strings.Contains(t, "?") || !questionWords[strings.ToLower(fs0(q))] {
		return false
	}
	for k := j; k < len(r.ls) && k <= j+1; k++ {
		if r.ls[k].gap || r.ls[k].prose || r.ls[k].words > most {
			return false
		}
		if strings.HasSuffix(r.ls[k].text, "?") {
			return true
		}
	}
	return false
}

// subtitleOpeners start a subtitle glued to its title ("…BoatyardsThe
// Future of …"); a brand's second half ("ChatGPT", "LinkedIn") starts with
// none of them.
var subtitleOpeners = setOf("the", "a", "an", "how", "why", "what", "when", "where", "who", "lessons", "towards",
	"toward", "from", "between", "beyond", "evidence", "new", "rethinking")

// foreignByline reports whether t is a byline opened by "por", "par" or
// "von" and a name ("por Jane Roe, 19 de diciembre de 2006"), which a
// title opening with those words ("Por qué …", "Par for the Course") is not.
func foreignByline(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 3 {
		return false
	}
	switch strings.ToLower(fs[0]) {
	case "por", "par", "von":
	default:
		return false
	}
	name := strings.TrimRight(strings.Join(fs[1:min(len(fs), 4)], " "), ",;")
	for k := min(len(fs), 4); k >= 3; k-- {
		if n := strings.TrimRight(strings.Join(fs[1:k], " "), ",;"); looksLikeName(n) {
			return true
		}
	}
	return looksLikeName(name)
}

// wholeForeignByline reports whether t is a foreign "by" and names only,
// a common given name first, up to its first comma, an affiliation in
// brackets apart ("von Anna
// Berg", "por María de los Ángeles Pérez (CEDLAS)", "por Jane Roe y Li
// Wei, …"), not a title opening with such a word ("Von Helmut Kohl bis …").
func wholeForeignByline(t string) bool {
	by, rest, ok := strings.Cut(bracketRe.ReplaceAllString(t, ""), " ")
	if !ok || !fields.IsForeignBy(strings.ToLower(by)) {
		return false
	}
	head, _, _ := strings.Cut(rest, ",")
	ws := strings.Fields(head)
	if len(ws) < 2 || len(ws) > 8 || !fields.IsGivenName(ws[0]) {
		return false // "Por Qué Fracasan …"
	}
	for _, w := range ws {
		if lw := strings.ToLower(w); !unicode.IsUpper(firstRune(w)) && !nameParticles[lw] && !foreignSmallWords[lw] && !fields.IsNameJoiner(lw) {
			return false // "Von Helmut Kohl bis …"
		}
	}
	return true
}

// siteHeader reports whether t, a short first line, names a site or its
// blog: capitalised words only, the last a site's kind ("Valley
// Institute Blog", "Harbour News").
func siteHeader(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 || strings.ContainsAny(t, ":?!") {
		return false
	}
	for _, w := range fs {
		if !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	switch strings.ToLower(fs[len(fs)-1]) {
	case "blog", "blogs", "news", "voices", "journal", "times", "monitor", "magazine", "weekly", "daily":
		return true
	}
	return false
}

// titleHeadBefore moves the start of a span in line l back over up to
// four capitalised words before it that open the title, stopping at a
// figure, a series or kind word, or a word in small letters.
func titleHeadBefore(l string, start int) int {
	fs := strings.Fields(l[:start])
	k := len(fs)
	for k > 0 && len(fs)-k < 4 {
		w := fs[k-1]
		lw := strings.ToLower(strings.Trim(w, ".,:;'’s"))
		if lp := strings.ToLower(strings.Trim(w, ".,:;")); strings.ContainsAny(w, "0123456789") || kindWords[lw] || kindWords[lp] || coverHeads[lp] || !unicode.IsUpper(firstRune(w)) && !smallWords[strings.ToLower(w)] ||
			strings.HasSuffix(w, ".") || strings.HasSuffix(w, ",") || strings.HasSuffix(w, "•") {
			break
		}
		k--
	}
	if k == len(fs) || smallWords[strings.ToLower(fs[k])] && k > 0 || looksLikeName(strings.Join(fs[k:], " ")) {
		return start // the author before a cover's title is no part of it
	}
	if head := strings.Join(fs[k:], " "); isOrgLine(mkLine(head)) || orgNamed(head) || orgNamed(strings.Join(fs[k:len(fs)-1], " ")) {
		return start // nor the publisher's name: "Northern Isles Development Bank"
	}
	if at := strings.LastIndex(l[:start], strings.Join(fs[k:], " ")); at >= 0 {
		return at
	}
	return start
}

// kindWords name a series or a kind of document, never the start of a
// title before a record's words.
var kindWords = setOf("paper", "papers", "series", "report", "reports", "brief", "briefs", "note", "notes", "working",
	"discussion", "policy", "issue", "occasional", "research", "overview", "summary")

// coverMonthRe matches a cover's month and year ending a line, in any case.
var coverMonthRe = regexp.MustCompile(`(?i)\s+(?:[-–|]\s+)?` + monthAlt + `\s+(?:19|20)\d\d$`)

// nameListStart is where a list of two or more personal names ends a
// title run into its authors ("… in Asia Jane Roe, Li Wei, and Ann Lee*"),
// or -1. A list that follows a small word ("between …") belongs to the
// title; a list needs a comma, since "… Jane Roe and Li Wei" may name the
// subjects.
func nameListStart(t string) int {
	t = strings.TrimRight(t, " *†")
	if loc := coverMonthRe.FindStringIndex(t); loc != nil {
		t = strings.TrimRight(t[:loc[0]], " *†") // "… and Ann Lee* March 2017"
	}
	fs := strings.Fields(t)
	for k := 3; k+4 <= len(fs); k++ {
		if smallWords[strings.ToLower(strings.Trim(fs[k-1], ",:"))] || strings.HasSuffix(fs[k-1], ",") || strings.HasSuffix(fs[k-1], ":") || !unicode.IsUpper(firstRune(fs[k])) ||
			possessiveEnd(fs[k-1]) {
			continue // a possessive's noun follows it, never an author
		}
		rest := strings.Join(fs[k:], " ")
		parts := strings.FieldsFunc(strings.NewReplacer(", and ", ",", " and ", ",", " & ", ",").Replace(rest), func(r rune) bool { return r == ',' })
		if len(parts) < 2 || !strings.Contains(rest, ",") {
			continue
		}
		ok, longest := true, 0
		for n, p := range parts {
			words := len(strings.Fields(p))
			if !looksLikeName(strings.Trim(strings.TrimSpace(p), "*†§#¹²³")) {
				if words = nameThenSeries(p); n < len(parts)-1 || words == 0 {
					ok = false
					break
				}
			}
			if n > 0 {
				longest = max(longest, words)
			}
		}
		// The first name no longer than the others, unless it has an
		// initial: "… Food Crises Jane Roe, Li Wei" starts at "Jane".
		if first := strings.Fields(parts[0]); ok && (len(first) <= longest || strings.Contains(parts[0], ". ")) {
			return wordOffset(t, k)
		}
	}
	return -1
}

// wordOffset is the byte offset in t of its k-th word.
func wordOffset(t string, k int) int {
	in := false
	for i, c := range t {
		if sp := unicode.IsSpace(c); !sp && !in {
			if k == 0 {
				return i
			}
			k--
			in = true
		} else if sp {
			in = false
		}
	}
	return len(t)
}

// nameThenSeries gives the length of the name that opens p when a series
// line or a date with a figure follows it ("Ann Lee IFPRI Policy Brief 16
// • March 2011"), or 0.
func nameThenSeries(p string) int {
	fs := strings.Fields(p)
	for n := 2; n <= 3 && n < len(fs); n++ {
		if looksLikeName(strings.Trim(strings.Join(fs[:n], " "), "*†")) && strings.ContainsAny(strings.Join(fs[n:], " "), "0123456789") &&
			(yearRe.MatchString(strings.Join(fs[n:], " ")) || hasAny(strings.ToLower(strings.Join(fs[n:], " ")), []string{"paper", "brief", "report", "note", "series", "no."})) {
			return n
		}
	}
	return 0
}

// uiLabels are a page's tools and a repository's header, never a title.
var uiLabels = setOf("print version", "printer friendly version", "printer-friendly version", "print this page", "print page",
	"a service of", "credibility rating", "cite this", "cite this page", "share this page", "publication date", "date of publication",
	"release date", "related topics", "related content",
	"현안분석", "연구보고서", "로드 중....", "로드 중...") // Korean series labels ("issue analysis", "research report") and a viewer's "loading"

// genreWords name kinds of writing; a short line of them alone labels a
// page's kind ("Policy Article", "Expert Analysis", "Bibliography and
// literature reviews").
var genreWords = setOf("policy", "article", "articles", "analysis", "analyses", "expert", "commentary", "commentaries", "comment",
	"comments", "brief", "briefs", "briefing", "paper", "papers", "working", "discussion", "research", "report", "reports", "note",
	"notes", "review", "reviews", "bibliography", "bibliographies", "literature", "opinion", "op-ed", "essay", "essays", "insight",
	"insights", "perspective", "perspectives", "publication", "publications", "and", "&", "strategic", "occasional", "special")

// kindWordsOnly reports whether a line of two to four words is genre words alone.
func kindWordsOnly(fs []string) bool {
	if len(fs) < 2 || len(fs) > 4 {
		return false
	}
	for _, w := range fs {
		if !genreWords[strings.ToLower(strings.Trim(w, ".,:"))] {
			return false
		}
	}
	return true
}

// suggestedCitationRe matches a repository's suggested citation:
// "Suggested Citation: Roe, Jane (2020) : Title, Series No. 12, …".
var suggestedCitationRe = regexp.MustCompile(`(?i)^suggested citation:\s*.{2,200}?\((?:19|20)\d\d[a-z]?\)\s*:\s*(.+)$`)

// quotedAfterYearRe matches a citation's quoted title after its year.
var quotedAfterYearRe = regexp.MustCompile(`\((?:19|20)\d\d[a-z]?\)\.?\s*[“"]([^”"]{10,300})[”"]`)

// citationTitle is the title a repository's suggested citation gives, up
// to the series, number or publisher after it; "" without one.
func (r *reader) citationTitle() string {
	for i, l := range r.ls {
		if i >= headLines*2 {
			break
		}
		if strings.HasPrefix(l.low, "recommended citation") {
			// "Recommended Citation Roe, Jane (2017) "Title," Journal …",
			// the citation on this line or the next
			txt := l.text
			if j := r.nextLine(i); j >= 0 && len(strings.Fields(l.text)) <= 3 {
				txt = r.ls[j].text
			}
			if m := quotedAfterYearRe.FindStringSubmatch(txt); m != nil && len(strings.Fields(m[1])) >= 3 {
				return strings.TrimRight(m[1], ",. ")
			}
		}
		m := suggestedCitationRe.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		parts := strings.Split(m[1], ", ")
		var keep []string
		for n, p := range parts {
			if n > 0 && citationPartEnds(p) {
				break
			}
			keep = append(keep, p)
		}
		if t := strings.TrimSpace(strings.Join(keep, ", ")); len(strings.Fields(t)) >= 3 {
			return t
		}
	}
	return ""
}

// namePair reports whether t is two personal names joined by "and" in
// one of several languages ("Jane Roe and Li Wei", "Ana Ruiz y Luis Paz").
func namePair(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 5 || len(fs) > 9 {
		return false
	}
	for k := 2; k < len(fs)-1; k++ {
		switch fs[k] {
		case "and", "&", "y", "et", "e", "und":
			return looksLikeName(strings.Join(fs[:k], " ")) && looksLikeName(strings.Join(fs[k+1:], " "))
		}
	}
	return false
}

// nameEnds reports whether a name can end before word k of fs: at the
// end, or before a comma's next name, "and", a number or "No.".
func nameEnds(fs []string, k int) bool {
	if k >= len(fs) || strings.HasSuffix(fs[k-1], ",") || strings.HasSuffix(fs[k-1], "*") {
		return true
	}
	w := fs[k]
	if w == "and" || w == "&" {
		return k+2 < len(fs) && looksLikeName(strings.Trim(fs[k+1]+" "+fs[k+2], ",*†")) // "… and Li Wei", not "… and the Sea"
	}
	return strings.EqualFold(w, "No.") || w[0] >= '0' && w[0] <= '9' && !yearRe.MatchString(w)
}

// printedTwice reports whether s is on two or more lines of the page.
func (r *reader) printedTwice(s string) bool {
	n := 0
	for _, l := range r.ls {
		if strings.Contains(l.text, s) {
			n++
		}
	}
	return n >= 2
}

// citationPartEnds reports whether a comma-separated part of a suggested
// citation starts what follows the title: the series, number or publisher.
func citationPartEnds(p string) bool {
	if !unicode.IsUpper(firstRune(p)) && !unicode.IsDigit(firstRune(p)) {
		return false // the title goes on in small letters
	}
	if strings.HasPrefix(p, "No.") || strings.HasPrefix(p, "Vol.") || strings.HasPrefix(p, "ISBN") || strings.HasPrefix(p, "http") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(p)) {
		if citationSeriesWords[strings.Trim(w, "().,")] {
			return true
		}
	}
	return false
}

var citationSeriesWords = setOf("paper", "papers", "series", "report", "reports", "brief", "briefs", "institute", "university",
	"centre", "center", "verlag", "press", "doi", "discussion", "working")

// hasByline reports whether the top of the page has a byline with names:
// then a list of names after a title is part of it, not its authors.
func (r *reader) hasByline() bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if isByline(l.low) && len(splitNames(stripDate(l.text))) > 0 {
			return true
		}
	}
	return false
}

// affiliatedNamesStart is the offset in t of authors' names followed by
// their affiliation ("… Analysis Li Wei, Ann Lee ⇑ Department of …",
// "… Councils Jane Roe† School of Harbour Studies"), as an article's first
// page run into one line prints them after its title; -1 when there are
// none.
func affiliatedNamesStart(t string) int {
	fs := strings.Fields(t)
	// nameBefore is the start of a name of two or three words ending just
	// before word e, marks apart; -1 when none does
	nameBefore := func(e int) int {
		for e > 0 && strings.Trim(fs[e-1], authorMarks) == "" {
			e-- // a mark standing apart: "⇑", "*"
		}
		for w := 2; w <= 3; w++ {
			if e-w >= 3 && looksLikeName(strings.Trim(strings.Join(fs[e-w:e], " "), authorMarks)) {
				return e - w
			}
		}
		return -1
	}
	for j := len(fs) - 1; j > 4; j-- {
		if !affiliationHeads[strings.ToLower(strings.Trim(fs[j], authorMarks))] {
			continue
		}
		k := nameBefore(j)
		if k < 0 {
			continue
		}
		marked := strings.ContainsAny(strings.Join(fs[k:j], " "), authorMarks)
		names := 1
		for { // the names before it, joined by commas or "and"
			e := k
			if e > 0 && (fs[e-1] == "and" || fs[e-1] == "&") {
				e--
			} else if !strings.HasSuffix(fs[e-1], ",") {
				break
			}
			p := nameBefore(e) // nameBefore trims the comma with the marks
			if p < 0 {
				break
			}
			k, names = p, names+1
		}
		if w := strings.ToLower(fs[k-1]); smallWords[w] || foreignSmallWords[w] || strings.HasSuffix(w, ":") || !marked && names < 2 {
			continue // "… from the Kestrel Point School of …", "…: Kestrel Point Institute for …", "… Kestrel Point Institute": an institution's name
		}
		return wordOffset(t, k)
	}
	return -1
}

// authorMarks note an author's affiliation or role by a sign.
const authorMarks = ",*†‡§¶⇑¹²³⁴⁵⁶⁷⁸⁹⁰#"

// affiliationHeads open an author's affiliation.
var affiliationHeads = setOf("department", "university", "school", "institute", "faculty", "centre", "center", "college", "laboratory",
	"universidad", "universidade", "università", "université", "universität", "institut", "instituto", "dipartimento", "departamento",
	"département", "facultad", "faculdade", "fakultät")

// threeWords reports whether s has three words, enough to stand as a
// title once a label or a tail is cut from it.
func threeWords(s string) bool { return len(strings.Fields(s)) >= 3 }

// trimTails cuts what a saved page or a flattened cover prints before or
// after a title, which a reader of the title would not count as its words:
// a sharing site's file label, a logo's text, a site's domain, the cover's
// month, an editor's credit and a byline; enough says whether what
// remains is still a title.
func trimTails(t string, enough func(string) bool) string {
	if rest, ok := strings.CutPrefix(t, "PDF "); ok && cjkRunes(rest) >= 6 {
		t = rest // "PDF 北方諸島…": a sharing site's file label ("PDF Archives and …" may be a title)
	}
	if unicode.IsLower(firstRune(t)) {
		t = cutLogoText(t) // "harbourbriefs WHO PAYS FOR THE WINTER FERRY?"
	}
	for _, w := range listenButtons {
		if v, ok := strings.CutSuffix(t, w); ok && hasLetters(v, 6) {
			t = strings.TrimSpace(v) // a Korean page's "listen to the text" button after its heading
		}
	}
	if m := fileTailRe.FindStringSubmatchIndex(t); m != nil && (enough(t[:m[2]]) || hasLetters(t[:m[2]], 8)) {
		t = t[:m[2]] // a sharing site's file name: "Winter Ferries.pdf", "冬の航路_第1頁"
	}
	if k := strings.LastIndex(t, " - "); k > 0 && siteDomainRe.MatchString(strings.TrimSpace(t[k+3:])) && enough(t[:k]) {
		t = t[:k] // "Title - harbour.example"
	}
	if t != "" && (t[len(t)-1] >= '0' && t[len(t)-1] <= '9' || t[len(t)-1] >= 'A' && t[len(t)-1] <= 'Z') {
		t = cutGluedMonth(t, enough) // the costly pattern only where a year or a capital ends the title
	}
	return cutCredits(t, enough)
}

// listenButtons are the "listen to the text" buttons Korean pages print
// after an article's heading.
var listenButtons = []string{"본문듣기", "본문 듣기"}

// fileTailRe matches what a document's file name adds to its title on a
// sharing or library site, glued to its last word (group 1): its
// extension, or a CJK viewer's page number. "… as .pdf" is a title's word.
var fileTailRe = regexp.MustCompile(`(?i)\S((?:\.(?:pdf|docx?|pptx?|txt)|_第\d{1,4}[页頁]))$`)

// cutGluedMonth cuts a cover's month glued to a capitals title.
func cutGluedMonth(t string, enough func(string) bool) string {
	if m := gluedMonthRe.FindStringSubmatchIndex(t); m != nil {
		if at := max(m[2], m[4]); enough(t[:at]) {
			t = t[:at] // "… FUTURESNOVEMBER 2016"
		}
	}
	return t
}

// cutCredits cuts an editor's credit after a capitals title's stop, a CJK
// byline (an affiliation with its post, a name after "・") and a byline
// after " by " in a script whose names no capital marks.
func cutCredits(t string, enough func(string) bool) string {
	if k := strings.Index(t, ". "); k > 0 && allCaps(t[:k]) && enough(t[:k]) && unicode.IsLower(firstRune(t[k+2:])) {
		t = t[:k] // "THE FERRIES OF THE ISLES. a cura di …"
	}
	if k := strings.LastIndex(t, " "); k > 0 && strings.Contains(t[k+1:], "・") && cjkRunes(t[k+1:]) >= 4 && cjkRunes(t[:k]) >= 6 {
		for _, post := range cjkPosts {
			if strings.Contains(t[k+1:], post) {
				t = t[:k] // "冬の航路をどう守るか 北方港湾研究所主任研究員・山田花子"
				break
			}
		}
	}
	if k := strings.LastIndex(t, " by "); k > 0 && (enough(t[:k]) || cjkRunes(t[:k]) >= 6) {
		tail := t[k+4:]
		latin := strings.ContainsFunc(tail, func(c rune) bool { return c < 0x250 && unicode.IsLetter(c) })
		if len(strings.Fields(tail)) <= 3 && !latin && !strings.ContainsFunc(tail, unicode.IsDigit) && hasLetters(tail, 2) {
			t = t[:k] // "… by আনা বার্গ"; "… by 2040" and "… by 40%" stay
		}
	}
	return t
}

// cutLogoText cuts a site's logo text, one long word in small letters,
// before a capitals title.
func cutLogoText(t string) string {
	fs := strings.Fields(t)
	if len(fs) >= 4 && utf8.RuneCountInString(fs[0]) >= 8 && strings.ToLower(fs[0]) == fs[0] && !strings.ContainsFunc(fs[0], func(c rune) bool { return !unicode.IsLetter(c) }) &&
		allCaps(strings.Join(fs[1:], " ")) {
		return strings.TrimSpace(t[len(fs[0]):])
	}
	return t
}

// siteDomainRe matches a whole site's domain name: "harbour.example", "kas.de".
var siteDomainRe = regexp.MustCompile(`^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,13}$`)

// gluedMonthRe matches a cover's month and year glued to the end of a
// capitals title, its year perhaps cut already; "MARCH" and "MAY" end
// other words ("DISMAY") and need the year.
var gluedMonthRe = regexp.MustCompile(`\p{Lu}{2}(?:(MARCH|MAY) (?:19|20)\d\d|(JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?: (?:19|20)\d\d)?)$`)

// datedByline reports whether the lines under line i, of three words or
// more, are a date and a byline (labelled, or a name with its affiliation
// after a comma), in either order: a title's layout, though its words may
// read as a name. Two bare names around a date are an author's list.
func (r *reader) datedByline(i int) bool {
	a := r.nextLine(i)
	if a < 0 {
		return false
	}
	b := r.nextLine(a)
	if b < 0 {
		return false
	}
	named := func(j int) bool {
		t := r.ls[j].text
		return isByline(r.ls[j].low) || strings.HasSuffix(t, ",") && looksLikeName(strings.TrimSuffix(t, ","))
	}
	return r.ls[i].words >= 3 && (isDateLine(r.ls[a]) && named(b) || named(a) && isDateLine(r.ls[b]))
}

// colonKicker joins to title the short line above it that ends with a
// colon, the title's first part set on a line of its own ("Harbour
// tolls:" over "who pays for the quays?"); a label ("Commentary:",
// "Title:", "Published:") is no part of it.
func (r *reader) colonKicker(title string) string {
	for j, l := range r.ls[:min(len(r.ls), headLines)] {
		if l.text != title {
			continue
		}
		p := r.prevLine(j)
		if p < 0 || p > 0 && !r.ls[p].gap || !r.ls[j].gap {
			return title // the kicker stands apart, above and below
		}
		k := r.ls[p]
		same := 0
		for _, l := range r.ls[:min(len(r.ls), headLines)] {
			if l.low == k.low {
				same++
			}
		}
		if same > 1 || strings.ContainsAny(k.text, "0123456789") && kickerNumberRe.MatchString(k.low) {
			return title // a label the page repeats, a chapter's number
		}
		head := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(k.text), ":"))
		lowHead := strings.ToLower(head)
		if !strings.HasSuffix(strings.TrimSpace(k.text), ":") || k.words > 6 || k.chrome || !hasLetters(head, 2) || k.bullet ||
			isLabel(lowHead) || isGenrePrefix(lowHead) || isTitleKey(lowHead) || recordKeys[lowHead] || kindWordsOnly(strings.Fields(head)) ||
			isByline(k.low) || isDateLine(k) || uiLabels[lowHead] || fieldLabels[lowHead] || looksLikeName(head) || strings.Contains(head, ":") {
			return title
		}
		return strings.TrimSpace(k.text) + " " + title
	}
	return title
}

// fieldLabels are a viewer's or a record's labels before a colon, in
// several languages: a preview's, an author's.
var fieldLabels = setOf("preview", "vorschau", "aperçu", "anteprima", "vista previa", "pré-visualização", "작성자", "글쓴이", "저자", "作者", "著者", "出典", "출처", "źródło",
	"share", "print", "tags", "tag", "topics", "topic", "category", "categories", "thema", "themen", "kategorie", "tema", "temas", "schlagwörter",
	"summary", "podcast", "video", "translated by", "sie sind hier", "vous êtes ici", "usted está aquí", "you are here", "태그", "主题", "主題", "分类", "關鍵詞", "关键词")

// kickerNumberRe matches a chapter's, a part's or a paper's number before a
// colon: "Chapter 3", "Working Paper No. 7".
var kickerNumberRe = regexp.MustCompile(`\b(?:chapter|part|section|volume|vol\.|no\.|nr\.|paper|capítulo|chapitre|kapitel|parte)\s*\d`)

// titleCaseRun reports whether one or two words are in Title Case (small
// words apart), end on no small word and name no one and no institution:
// the rest of a title at its line's end.
func titleCaseRun(ws []string) bool {
	if len(ws) > 2 || smallWords[strings.ToLower(ws[len(ws)-1])] || len(ws) == 2 && looksLikeName(strings.Join(ws, " ")) ||
		isOrgLine(mkLine(strings.Join(ws, " "))) || orgNamed(strings.Join(ws, " ")) {
		return false // longer runs are a cover's authors or its publisher as often as the title's end
	}
	for _, w := range ws {
		if !smallWords[strings.ToLower(w)] && !unicode.IsUpper(firstRune(w)) {
			return false
		}
	}
	return true
}

// layoutFileRe matches a line that ends in a layout program's file name,
// a print shop's running footer: "Harbour-FR.indb".
var layoutFileRe = regexp.MustCompile(`(?:^|\s)[\pL\d_.-]+\.(?:indb|indd|qxd|qxp)$`)

// gluedCountersRe matches a viewer's counters run together: "6 views95 pages".
var gluedCountersRe = regexp.MustCompile(`^\d[\d,.]*\s?(?:views?|downloads?)\s?\d[\d,.]*\s?pages?$`)

// issueStampRe matches an issue's month and number: "June 2022 • No 132".
var issueStampRe = regexp.MustCompile(`^\pL{3,10}\.? (?:19|20)\d\d\s*[•·|–-]\s*(?:n\s?o\.?|nº|n°|no\.|#|nr\.?)\s?\d{1,4}$`)

// bookNumberRe matches a line that opens with a book's, a serial's or a
// document's number: "ISBN 978 …", "ISSN: 1234-5678", "doi: 10.…".
var bookNumberRe = regexp.MustCompile(`^(?:e-|p-)?(?:isbn|issn)\b[\s:-]*\d|^doi:?\s*10\.`)

// stampedLine reports whether a line, in small letters, is a book's
// number, a layout file's name, a viewer's counters run together, an
// issue's month and number or a file's format and size: never a title,
// whatever the ranking says.
func stampedLine(low string) bool {
	return bookNumberRe.MatchString(low) || layoutFileRe.MatchString(low) || gluedCountersRe.MatchString(low) || issueStampRe.MatchString(low) ||
		(strings.Contains(low, "kb") || strings.Contains(low, "mb") || strings.Contains(low, "ko") || strings.Contains(low, "mo")) && fileSizeRe.MatchString(low) && len(strings.Fields(low)) <= 8
}

// fileSizeRe matches a file's format, then its size closing the line:
// "PDF / 418 KB", "Download (1.2 MB)", "pdf, 2,3 Mo", or the size then the
// format; not "Download Speeds of 100 Mb for Every Home".
var fileSizeRe = regexp.MustCompile(`\b(?:pdf|docx?|xlsx?|epub|ppt|zip|file|document|download|format|size)\b.*\b\d+(?:[.,]\d+)?\s?(?:kb|mb|ko|mo|kib|mib)\)?\s*$|` +
	`\b\d+(?:[.,]\d+)?\s?(?:kb|mb|ko|mo|kib|mib)\s+(?:pdf|docx?|xlsx?|epub|pptx?|zip)\b`) // or its size, then its format: "2003 3.7 MB pdf - Site"
