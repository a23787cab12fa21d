package generic

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/fields"
)

// The rules of title() choose among the page's blocks; on pages of sites
// they were not written from, the title is often a part of a line or a run
// of lines they never offer. rerank offers every short run of lines near
// the top and every part of a line between separators, scores each with
// weights fitted to labelled real pages (learn_span_test.go), and keeps the
// rules' title unless a span outscores it.

// Span candidates are looked for in the first spanLines lines, runs of at
// most spanRun lines and spanWords words.
const (
	spanLines    = 30
	spanRun      = 3
	spanWords    = 40
	spanBytes    = 400 // longer spans are no title
	maxSpanCands = 400 // a page of menus split at every bar stops here
	maxSpanParts = 8   // a line of more parts is a menu or a tag list
	repeatBytes  = 1500
	echoBytes    = 16 // letters two lines share at their start to echo each other
)

// span features.
const (
	sBias = iota
	sHand
	sPos0
	sPos1
	sPos2
	sPos3
	sPos4to5
	sPos6to9
	sPos10
	sLines2
	sLines3
	sSegment
	sBeforeSep
	sAfterSep
	sWords1to2
	sWords3to4
	sWords5to8
	sWords9to15
	sWords16to25
	sWords26
	sCapsWords
	sAllCaps
	sLowerFirst
	sEndDot
	sEndColon
	sEndQuestion
	sEndComma
	sDated
	sDigits
	sChrome
	sTeaser
	sBullet
	sGapBefore
	sGapInside
	sNextDated
	sNextByline
	sNextName
	sNextProse
	sNextChrome
	sNextGap
	sPrevChrome
	sPrevDated
	sPrevByline
	sRepeated
	sFirstWords
	sName
	sSiteName
	sOpenEnd
	sHandInside
	sInsideHand
	sFurniture
	sByline
	sURL
	sInline
	sInlineEnd
	sAfterDateTok
	sAfterKindTok
	sAfterPunctTok
	sBeforeNameTok
	sBeforeDateTok
	sBeforeBy
	sHandPrefix
	sHandSuffix
	sQuoted
	sDropParen
	sNextLower
	sLetterSpaced
	sInterface
	sCredit
	sSepTail
	sPrevProse
	sEndsName
	sLexMean
	sLexMin
	sEcho
	sHandRecord
	sHandFallback
	sHandScore
	sHandMargin
	numSpanFeatures
)

type spanFeatures [numSpanFeatures]float64

func (f *spanFeatures) score(w *[numSpanFeatures]float64) float64 {
	return dot(f[:], w[:])
}

// spanCand is one candidate title of rerank: its text, first line and
// features.
type spanCand struct {
	text, key   string // key: alnum(text)
	at          int
	lines, part int
	f           spanFeatures
}

// spanSeps split a line into parts that may each be a title.
var spanSeps = []string{" | ", " – ", " — ", " - ", " :: ", " » ", " · "}

// spanCands lists the candidate titles of the top of the page; hand is the
// rules' title ("" when they found none), always a candidate.
func (r *reader) spanCands(hand string) []spanCand {
	ls := r.ls
	n := min(len(ls), spanLines)
	for i := 1; i <= min(n-1, similarTop); i++ {
		if isSimilarDocs(ls[i].low) {
			if j, _ := r.titleOverRelated(i); j >= 0 {
				n = i // a sharing site's list of other documents under its document's name: their titles are never this page's
			}
			break
		}
	}
	handKey := alnum(hand)
	var out []spanCand
	seen := map[string]bool{}
	firstWords := -1
	for i := 0; i < n; i++ {
		if !ls[i].chrome && ls[i].words >= 3 {
			firstWords = i
			break
		}
	}
	addKey := func(text, key string, at, lines, part int) {
		if len(key) < 4 || len(text) > spanBytes || len(out) >= maxSpanCands {
			return
		}
		if t := r.trimTitle(text); len(t) < len(text) {
			text, key = t, alnum(t)
		}
		if seen[key] {
			return
		}
		seen[key] = true
		c := spanCand{text: text, key: key, at: at}
		r.spanFeatures(&c, lines, part, handKey, firstWords)
		out = append(out, c)
	}
	add := func(text string, at, lines, part int) {
		if text = strings.TrimSpace(text); len(text) <= spanBytes {
			addKey(text, alnum(text), at, lines, part)
		}
	}
	if hand != "" {
		// the rules' title is always a candidate, however short or long
		seen[handKey] = true
		c := spanCand{text: hand, key: handKey, at: -1}
		c.f[sHand] = 1
		// how sure the rules were: the way they found it, the score of
		// their best block and its lead over the next (scaled to about 1)
		c.f[sHandRecord] = b2f(r.handWay == handRecord)
		c.f[sHandFallback] = b2f(r.handWay == handFallback || r.handWay == handNone)
		if r.handWay == handScored {
			c.f[sHandScore] = min(r.handScore, 12) / 12
			c.f[sHandMargin] = min(max(r.handMargin, 0), 6) / 6
		}
		r.spanFeatures(&c, 1, 0, handKey, firstWords)
		out = append(out, c)
	}
	for i := 0; i < n; i++ {
		if i < headLines && r.lineKey(i) == "\x00" {
			continue // a line of arrows or bullets: a run from it shares its key with the run from the next line, and would hide that line
		}
		text, key, words := "", "", 0
		for k := 0; k < spanRun && i+k < n; k++ {
			words += ls[i+k].words
			if words > spanWords {
				break
			}
			if k == 0 {
				text = ls[i].text
			} else {
				text += " " + ls[i+k].text
			}
			if lk := r.lineKey(i + k); lk != "\x00" {
				key += lk // alnum of the joined lines, from each line's, computed once
			}
			addKey(text, key, i, k+1, 0)
		}
		if ls[i].words > spanWords*2 {
			if i < inlineLines && hand == "" {
				// a document's text run into one line, whose title the
				// rules did not find: it is among the first words
				r.addInline(ls[i].text, i, spanWords*2, add, &out)
			}
			continue
		}
		for _, sep := range spanSeps {
			if !strings.Contains(ls[i].text, sep) {
				continue
			}
			parts := strings.Split(ls[i].text, sep)
			if len(parts) > maxSpanParts {
				continue
			}
			for k, p := range parts {
				add(p, i, 1, 1)
				if k > 0 {
					add(strings.Join(parts[:k], sep), i, 1, 2)
					add(strings.Join(parts[k:], sep), i, 1, 3)
				}
			}
		}
		if k, v, ok := strings.Cut(ls[i].text, ": "); ok && len(strings.Fields(k)) <= 12 {
			add(v, i, 1, 3) // "Commentary: Title"
		}
		if q := quotedPart(ls[i].text); q != "" {
			n0 := len(out)
			add(q, i, 1, 1)
			if len(out) > n0 {
				out[len(out)-1].f[sQuoted] = 1
			}
		}
		if t := ls[i].text; strings.HasSuffix(t, ")") {
			if k := strings.LastIndex(t, " ("); k > 0 {
				n0 := len(out)
				add(t[:k], i, 1, 2)
				if len(out) > n0 {
					out[len(out)-1].f[sDropParen] = 1
				}
			}
		}
		if i < inlineLines && ls[i].words >= 6 {
			r.addInline(ls[i].text, i, 0, add, &out)
		}
	}
	return out
}

// addInline adds the inline spans of line i's text, of its first
// maxWords words when maxWords > 0; every span of a line cut that way is
// marked as ending inside the line (sInlineEnd).
func (r *reader) addInline(text string, i, maxWords int, add func(string, int, int, int), out *[]spanCand) {
	ws := strings.Fields(text)
	if maxWords > 0 && len(ws) > maxWords {
		ws = ws[:maxWords]
	}
	for _, sp := range inlineSpans(ws) {
		n0 := len(*out)
		add(sp.text, i, 1, 4)
		if len(*out) > n0 {
			c := &(*out)[len(*out)-1]
			c.f[sInlineEnd] = b2f(sp.cutEnd || maxWords > 0)
			c.f[sAfterDateTok] = b2f(sp.after == tokDate)
			c.f[sAfterKindTok] = b2f(sp.after == tokKind)
			c.f[sAfterPunctTok] = b2f(sp.after == tokPunct)
			c.f[sBeforeNameTok] = b2f(sp.before == tokName)
			c.f[sBeforeDateTok] = b2f(sp.before == tokDate)
			c.f[sBeforeBy] = b2f(sp.before == tokBy)
		}
	}
}

// bucket sets the feature of the first bound v is at or under, or the
// last feature when v is past them all.
func bucket(f *spanFeatures, v int, bounds []int, feats ...int) {
	for k, b := range bounds {
		if v <= b {
			f[feats[k]] = 1
			return
		}
	}
	f[feats[len(bounds)]] = 1
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// inlineLines is how many lines of the top are cut into inline spans, and
// inlineCuts how many starts and ends each line offers at most.
const (
	inlineLines = 15
	inlineCuts  = 6
)

// What borders an inline span.
const (
	tokNone = iota
	tokDate
	tokKind
	tokPunct
	tokName
	tokMark
	tokBy
)

type inlineSpan struct {
	text          string
	cutEnd        bool
	after, before int
}

// spanKindWords are the kind words a cover prints before its title
// ("Issue Brief", "Policy Report").
var spanKindWords = setOf("brief", "report", "paper", "commentary", "note", "analysis", "article", "memo", "study",
	"insight", "insights", "perspective", "perspectives", "update", "explainer", "essay", "op-ed", "opinion")

// inlineSpans cuts a line's words into spans that may be a title run into
// what surrounds it on a one-line cover or record: starting after a date, a
// kind word or a punctuation mark, ending before a name, a date, a note
// mark or "by".
func inlineSpans(ws []string) []inlineSpan {
	type cut struct{ at, why int }
	starts := []cut{{0, tokNone}}
	for k := 1; k < len(ws) && len(starts) <= inlineCuts; k++ {
		if !unicode.IsUpper(firstRune(ws[k])) {
			continue
		}
		prev := ws[k-1]
		pl := strings.ToLower(strings.Trim(prev, ".,;:"))
		switch {
		case yearRe.MatchString(prev) || isMonthWord(pl):
			starts = append(starts, cut{k, tokDate})
		case spanKindWords[pl]:
			starts = append(starts, cut{k, tokKind})
		case strings.ContainsAny(prev[len(prev)-1:], ".,;:|)]"):
			starts = append(starts, cut{k, tokPunct})
		case k == 1 && isNumber(prev):
			starts = append(starts, cut{k, tokPunct}) // a page number run into the cover: "83 Title …"
		}
	}
	var ends []cut
	for k := 2; k < len(ws) && len(ends) < inlineCuts; k++ {
		w, wl := ws[k], strings.ToLower(ws[k])
		switch {
		case strings.HasPrefix(w, "*") || w == "†":
			ends = append(ends, cut{k, tokMark})
		case wl == "by" || wl == "by:":
			ends = append(ends, cut{k, tokBy})
		case coverSections[strings.Trim(wl, ".:")]:
			ends = append(ends, cut{k, tokMark}) // "Title Jane Roe Abstract Since 1982 …"
		case yearRe.MatchString(w) || isMonthWord(strings.Trim(wl, ".,")) && k+1 < len(ws) && yearRe.MatchString(strings.Trim(ws[k+1], ".,")):
			ends = append(ends, cut{k, tokDate})
		case k+1 < len(ws) && unicode.IsUpper(firstRune(w)) && unicode.IsUpper(firstRune(ws[k+1])) &&
			!smallWords[wl] && looksLikeName(strings.Trim(w+" "+ws[k+1], ",;")):
			ends = append(ends, cut{k, tokName})
		}
	}
	ends = append(ends, cut{len(ws), tokNone})
	var out []inlineSpan
	for _, s := range starts {
		for _, e := range ends {
			if e.at-s.at < 2 || e.at-s.at > spanWords || s.at == 0 && e.at == len(ws) {
				continue
			}
			out = append(out, inlineSpan{text: strings.Trim(strings.Join(ws[s.at:e.at], " "), " ,;*"),
				cutEnd: e.at < len(ws), after: s.why, before: e.why})
		}
	}
	return out
}

// isMonthWord reports whether w (lower case) names a month, in English
// (abbreviated too) or in another language the date reader knows.
func isMonthWord(w string) bool {
	return monthWordRe.MatchString(w) || fields.IsMonth(w)
}

func (r *reader) spanFeatures(c *spanCand, lines, part int, handKey string, firstWords int) {
	f := &c.f
	f[sBias] = 1
	t := c.text
	c.lines, c.part = lines, part
	key := c.key // sHand is set by spanCands, on the rules' title only
	if handKey != "" && key != handKey {
		if strings.HasPrefix(handKey, key) {
			f[sHandPrefix] = 1
		} else if strings.HasSuffix(handKey, key) {
			f[sHandSuffix] = 1
		} else if strings.Contains(handKey, key) {
			f[sInsideHand] = 1
		} else if strings.Contains(key, handKey) {
			f[sHandInside] = 1
		}
	}
	at := c.at
	if at < 0 { // the rules' own title: find its line
		at = spanLines // not in the top: placed below it
		for i := 0; i < min(len(r.ls), spanLines); i++ {
			if lk := r.lineKey(i); len(key) >= 4 && strings.Contains(lk, key) || strings.HasPrefix(key, lk) && len(lk) >= 4 {
				at = i
				break
			}
		}
	}
	bucket(f, at, []int{0, 1, 2, 3, 5, 9}, sPos0, sPos1, sPos2, sPos3, sPos4to5, sPos6to9, sPos10)
	f[sFirstWords] = b2f(at == firstWords)
	switch lines {
	case 2:
		f[sLines2] = 1
	case 3:
		f[sLines3] = 1
	}
	switch part {
	case 1:
		f[sSegment] = 1
	case 2:
		f[sBeforeSep] = 1
	case 3:
		f[sAfterSep] = 1
	case 4:
		f[sInline] = 1
	}
	bucket(f, wordCount(t), []int{2, 4, 8, 15, 25}, sWords1to2, sWords3to4, sWords5to8, sWords9to15, sWords16to25, sWords26)
	caps, all := 0, 0
	for _, fw := range strings.Fields(t) {
		c := firstRune(fw)
		if !unicode.IsLetter(c) {
			continue
		}
		all++
		if unicode.IsUpper(c) || smallWords[strings.ToLower(fw)] {
			caps++
		}
	}
	if all > 0 {
		f[sCapsWords] = float64(caps) / float64(all)
	}
	f[sAllCaps] = b2f(allCaps(t))
	f[sLowerFirst] = b2f(unicode.IsLower(firstRune(t)))
	switch {
	case strings.HasSuffix(t, "."):
		f[sEndDot] = 1
	case strings.HasSuffix(t, ":"):
		f[sEndColon] = 1
	case strings.HasSuffix(t, "?"):
		f[sEndQuestion] = 1
	case strings.HasSuffix(t, ","):
		f[sEndComma] = 1
	}
	f[sDigits] = b2f(strings.ContainsAny(t, "0123456789"))
	low := strings.ToLower(t)
	f[sURL] = b2f(strings.Contains(low, "http") || strings.Contains(low, "www.") || strings.Contains(low, ".com"))
	fs := strings.Fields(low)
	f[sLetterSpaced] = b2f(letterSpaced(fs))
	f[sInterface] = b2f(hasWord(fs, interfaceWords))
	f[sCredit] = b2f(hasWord(fs, creditWords) || strings.Contains(t, "©"))
	f[sSepTail] = b2f(sepTail(t))
	f[sLexMean], f[sLexMin] = lexScore(lexWords(low), spanLex)
	if c.at < 0 {
		return
	}
	ls := r.ls
	f[sBullet] = b2f(ls[at].bullet)
	f[sGapBefore] = b2f(ls[at].gap)
	for k := at + 1; k < at+lines && k < len(ls); k++ {
		if ls[k].gap {
			f[sGapInside] = 1 // any line of the run
		}
	}
	if nx := at + lines; nx < len(ls) && part == 0 {
		n := ls[nx]
		f[sNextDated] = b2f(n.dated && n.words <= 12)
		f[sNextByline] = b2f(r.lineMark(nx, markByline))
		f[sNextName] = b2f(r.lineMark(nx, markName))
		f[sNextProse] = b2f(n.prose)
		f[sNextChrome] = b2f(n.chrome)
		f[sNextGap] = b2f(n.gap)
		f[sNextLower] = b2f(unicode.IsLower(firstRune(n.text)))
	}
	if at > 0 {
		p := ls[at-1]
		f[sPrevChrome] = b2f(p.chrome)
		f[sPrevDated] = b2f(p.dated && p.words <= 12)
		f[sPrevByline] = b2f(r.lineMark(at-1, markByline))
		f[sPrevProse] = b2f(p.prose)
	}
	if len(key) >= 12 {
		for j := 0; j < min(len(ls), headLines); j++ {
			// a long line is searched in its start only: a record line
			// prints the title early, and work stays bounded
			if lk := r.lineKey(j); (j < at || j >= at+lines) && strings.Contains(lk[:min(len(lk), repeatBytes)], key) {
				f[sRepeated] = 1
				break
			}
		}
	}
	if len(key) >= echoBytes && f[sRepeated] == 0 {
		for j := 0; j < min(len(ls), headLines); j++ {
			// another line opens with the same words and then parts: a
			// sharing site's cut or lower-cased page title over the cover
			if lk := r.lineKey(j); (j < at || j >= at+lines) && len(lk) >= echoBytes && lk[:echoBytes] == key[:echoBytes] {
				f[sEcho] = 1
				break
			}
		}
	}
}

// costlySpan are the features whose tests cost the most; their weights
// are never positive, so a candidate's score without them bounds its score.
var costlySpan = []int{sDated, sChrome, sTeaser, sName, sSiteName, sFurniture, sByline, sOpenEnd, sEndsName}

// addCostly sets the costly features of c.
func (r *reader) addCostly(c *spanCand) {
	f := &c.f
	t := c.text
	var l line
	if c.at >= 0 && c.part == 0 {
		// whole lines: their marks are known already
		for k, x := range r.ls[c.at : c.at+c.lines] {
			l.chrome = l.chrome || x.chrome
			l.dated = l.dated || x.dated
			l.teaser = x.teaser
			if k == 0 {
				l.low = x.low
			} else {
				l.low += " " + x.low
			}
		}
	} else {
		l = mkLine(t)
	}
	f[sDated] = b2f(l.dated)
	f[sChrome] = b2f(l.chrome)
	f[sTeaser] = b2f(l.teaser)
	f[sName] = b2f(looksLikeName(t))
	f[sSiteName] = b2f(isSiteName(t) && len(strings.Fields(t)) <= 5)
	f[sFurniture] = b2f(IsFurniture(t))
	f[sByline] = b2f(isByline(l.low))
	f[sOpenEnd] = b2f(endsOpen(t))
	f[sEndsName] = b2f(endsName(t))
}

// spanLex weighs words by how much more often they stand in a title than
// in the lines around it (spanlex.go, fitted with the weights); nil gives
// every word 0.
var spanLex = fittedSpanLex

// lexWords are the distinct words of the start of low (a candidate's
// text, lower-cased by the caller, which has it already), their
// punctuation trimmed; words of more than lexWordRunes letters (unspaced
// scripts) are left out.
func lexWords(low string) []string {
	if len(low) > spanBytes {
		// the rules' title is not capped as spans are; its start is enough,
		// and the distinct-word test below stays small
		low = strings.ToValidUTF8(low[:spanBytes], "")
	}
	var out []string
	for _, w := range strings.Fields(low) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" || utf8.RuneCountInString(w) > lexWordRunes || slices.Contains(out, w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

const lexWordRunes = 20

// lexScore is the mean weight of ws under lex and the lowest weight, or
// 0 when it is above 0.
func lexScore(ws []string, lex map[string]float64) (mean, low float64) {
	if len(ws) == 0 {
		return 0, 0
	}
	sum := 0.0
	for _, w := range ws {
		v := lex[w]
		sum += v
		low = min(low, v)
	}
	return sum / float64(len(ws)), low
}

// letterSpaced reports whether words are mostly single letters, as a
// cover's spaced-out banner ("D I S C U S S I O N").
func letterSpaced(fs []string) bool {
	one := 0
	for _, w := range fs {
		if utf8.RuneCountInString(w) == 1 {
			one++
		}
	}
	return len(fs) >= 4 && one*5 >= len(fs)*3
}

// interfaceWords address the reader or name a page's controls; a title
// seldom does.
var interfaceWords = setOf("you", "your", "please", "subscribe", "click", "login", "log", "sign", "register",
	"cookies", "cookie", "donate", "share", "print", "download", "preview", "views", "search", "menu", "skip")

// creditWords mark a picture's caption or credit.
var creditWords = setOf("photo", "photos", "credit", "image", "flickr", "getty", "reuters", "afp", "caption", "fot",
	"foto")

// hasWord reports whether one of fs, its punctuation trimmed, is in set.
func hasWord(fs []string, set map[string]bool) bool {
	for _, w := range fs {
		if set[w] || set[strings.Trim(w, ".,;:!?()[]\"'’“”")] {
			return true
		}
	}
	return false
}

// sepTail reports whether t ends in a short part after its last
// separator ("Title - Site Name").
func sepTail(t string) bool {
	k, n := -1, 0
	for _, sep := range spanSeps {
		if j := strings.LastIndex(t, sep); j > k {
			k, n = j, len(sep)
		}
	}
	return k > 0 && len(strings.Fields(t[k+n:])) <= 4
}

// endsName reports whether a span of five words or more ends in a
// person's name, as a title run into its author does. The word before the
// name must end the title visibly (a lower-case word that is not a small
// word, a mark, a digit): in Title Case a title's last words look like a
// name too.
func endsName(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 5 {
		return false
	}
	for n := 2; n <= 3; n++ {
		prev := fs[len(fs)-n-1]
		last, _ := utf8.DecodeLastRuneInString(prev)
		ends := unicode.IsLower(firstRune(prev)) && !smallWords[prev] || unicode.IsPunct(last) || unicode.IsDigit(last)
		if ends && looksLikeName(strings.Join(fs[len(fs)-n:], " ")) {
			return true
		}
	}
	return false
}

// Marks of a line that rerank asks about for many candidates.
const (
	markDone = 1 << iota
	markByline
	markName
)

// lineMark reports whether line j has mark m, testing it once per line.
func (r *reader) lineMark(j, m int) bool {
	if r.marks == nil {
		r.marks = make([]uint8, min(len(r.ls), spanLines+spanRun+1))
	}
	if j >= len(r.marks) {
		return m == markByline && isByline(r.ls[j].low) || m == markName && looksLikeName(r.ls[j].text)
	}
	if r.marks[j] == 0 {
		r.marks[j] = markDone
		if isByline(r.ls[j].low) {
			r.marks[j] |= markByline
		}
		if looksLikeName(r.ls[j].text) {
			r.marks[j] |= markName
		}
	}
	return r.marks[j]&uint8(m) != 0
}

// rerank is the best-scoring span of the page under weights w, and whether
// it differs from the rules' title hand.
func (r *reader) rerank(hand string, w *[numSpanFeatures]float64) (string, bool) {
	cs := r.spanCands(hand)
	best := pickSpan(cs, w, r.addCostly, excludedFor(hand))
	if best < 0 || cs[best].f[sHand] == 1 || slices.Contains(aboutOpenings, strings.ToLower(strings.Trim(cs[best].text, " .:!"))) {
		return hand, false // a bare "Who we are" is a menu's label
	}
	return cs[best].text, true
}

// rerankPast is rerank's best candidate other than the institution's name
// the title was, when rerank is sure enough of it.
func (r *reader) rerankPast(org string, w *[numSpanFeatures]float64) (string, bool) {
	cs := r.spanCands(org)
	excluded := excludedFor(org)
	best := pickSpan(cs, w, r.addCostly, func(c *spanCand) bool {
		return c.f[sHand] == 1 || excluded(c) || pastOrgExcluded(c.text, org)
	})
	if best < 0 || cs[best].f.score(w) < pastOrgScore {
		return "", false
	}
	return cs[best].text, true
}

// pastOrgExcluded reports whether t cannot replace the institution's name
// org as the title: another institution's name, the name itself or a part
// of it, an address ("… Quay Mall @ Pier, …") or a contents line's leader
// dots.
func pastOrgExcluded(t, org string) bool {
	return bannerName(t) || strings.Contains(t, org) || strings.Contains(org, t) || strings.Contains(t, "@") || strings.Contains(t, "....")
}

// pastOrgScore is the score a candidate needs to replace an institution's
// name as the title.
const pastOrgScore = 0

// bannerName reports whether t is an institution's banner, printed in
// capitals ("CENTER FOR HARBOUR RESEARCH"), with its acronym in brackets,
// or after its acronym ("HPI - Harbour Policy Institute"). In Title Case
// alone an institution's word is as often a headline's ("Restoring Trust
// in …", "Report of the Ferry Users Committee").
func bannerName(t string) bool {
	if allCaps(t) && isOrgLine(mkLine(t)) || institutionName(t) {
		return true
	}
	if acr, rest, ok := strings.Cut(t, " - "); ok && isAcronym(acr) {
		return isOrgLine(mkLine(rest)) || orgNamed(rest)
	}
	return false
}

// orgNamed reports whether t is a name in Title Case (every word
// capitalised but small ones) whose kind word is an endowment's, a fund's,
// a bank's, a trust's or a foundation's: "Kestrel Endowment for Coastal
// Peace", "Northern Isles Development Bank".
func orgNamed(t string) bool {
	fs := strings.Fields(t)
	if len(fs) < 2 || len(fs) > 10 || strings.ContainsAny(t, ":?!\"“”0123456789") {
		return false
	}
	kind := false
	for k, f := range fs {
		lw := strings.ToLower(strings.Trim(f, ",.()"))
		if !smallWords[lw] && !foreignSmallWords[lw] && !unicode.IsUpper(firstRune(f)) {
			return false
		}
		if orgFundWords[lw] || strings.HasSuffix(lw, "stiftung") {
			// the name's own kind, not one its subject names ("Plan for
			// the Kestrel Fund", "Building Trust in …"): among its first
			// words before "for" or "of", or last in a name of no English
			// small word, and after no small word
			next := ""
			if k+1 < len(fs) {
				next = strings.ToLower(fs[k+1])
			}
			kind = kind || (k <= 2 && kindLinks[next] || k == len(fs)-1 && !holdsSmallWord(fs)) &&
				(k == 0 || !smallWords[strings.ToLower(fs[k-1])] && !foreignSmallWords[strings.ToLower(fs[k-1])])
		}
	}
	return kind
}

// kindLinks join an institution's kind to what it is for: "Endowment
// for …", "Fund of …", "Stiftung für …".
var kindLinks = setOf("of", "for", "für", "de", "des", "du", "di", "del")

// holdsSmallWord reports whether one of fs is an English small word.
func holdsSmallWord(fs []string) bool {
	for _, f := range fs {
		if smallWords[strings.ToLower(f)] {
			return true
		}
	}
	return false
}

// orgFundWords are the kind words of endowments', funds', banks', trusts'
// and foundations' names (a German foundation's "-stiftung" is matched
// apart).
var orgFundWords = setOf("endowment", "fund", "bank", "trust", "stiftung", "fondation", "fundación", "fundação", "vakfı")

// excludedFor is excludedSpan, and a capitals title's head that the rules
// joined to its rest at a joining word ("… PREVISIONAL" / "EN CHILE"):
// the rest was the title's, not another line.
func excludedFor(hand string) func(*spanCand) bool {
	return func(c *spanCand) bool {
		if excludedSpan(c) || c.f[sHand] == 0 && isOrgLine(mkLine(c.text)) {
			return true // an institution's name heads a cover or a page
		}
		rest, ok := strings.CutPrefix(hand, c.text+" ")
		return ok && c.f[sHand] == 0 && allCaps(hand) && (joinerAt(rest, false) || joinerAt(c.text, true))
	}
}

// excludedSpan reports whether a candidate other than the rules' title can
// never be the title, however the weights favour it: a menu label, a
// sentence's start, a running head set letter by letter or a periodical's
// issue line.
func excludedSpan(c *spanCand) bool {
	return c.f[sHand] == 0 && (NotTitle(c.text) || cutSentence(c.text) || c.f[sLetterSpaced] == 1 || issueHeadRe.MatchString(c.text) || dateAlone(c.text))
}

// dateAlone reports whether t is a date and nothing else ("Setembro de
// 2018", "2025-11-20"): a cover's or a post's date, never its title.
func dateAlone(t string) bool {
	_, ok := findDate(t) // a day or a month: findDate gives no year alone, so "2030" may title a book
	return ok && isDateOnly(t) && wordsWithLetters(t) <= 4
}

// issueHeadRe matches a periodical's running head with its issue number
// and season or month: "The Newsletter 81 Autumn 2018", "Harbour Review No.
// 12, March 2020".
var issueHeadRe = regexp.MustCompile(`(?i)^(?:the )?(?:[\pL&]+ ){0,4}(?:newsletter|bulletin|review|journal|magazine|quarterly|digest|gazette)\s+(?:no\.?\s*|#)?\d{1,4},?\s+(?:[\pL]+\s+){0,2}(?:19|20)\d\d$`)

// cutSentence reports whether a line stops where no title ends: on a
// comma, a small word or an auxiliary verb ("…, as well as to the Treaty,
// was"), as a sharing site's record made of a text's first words does.
func cutSentence(t string) bool {
	fs := strings.Fields(t)
	if endsOpen(t) {
		return !slices.Contains(aboutOpenings, strings.ToLower(strings.Trim(t, " .:!"))) // "Who we are" is a menu's label, told apart later
	}
	return len(fs) >= 4 && openVerbs[fs[len(fs)-1]]
}

// openVerbs are the verbs and pronouns a sentence does not stop on, in
// small letters: a title in Title Case may end on "Was".
var openVerbs = setOf("was", "were", "has", "have", "had", "which", "whose", "would")

// pickSpan is the index of the best-scoring candidate under w that
// excluded (when not nil) lets through, the first one on a tie, or -1 when
// there is none. costly sets a candidate's costly features; it is called
// only on candidates whose bound can still win, and excluded only on those
// that would win: both cost too much to ask of every candidate.
func pickSpan(cs []spanCand, w *[numSpanFeatures]float64, costly func(*spanCand), excluded func(*spanCand) bool) int {
	bound := make([]float64, len(cs))
	order := make([]int, len(cs))
	for k := range cs {
		bound[k], order[k] = cs[k].f.score(w), k
	}
	sort.SliceStable(order, func(a, b int) bool { return bound[order[a]] > bound[order[b]] })
	best, bestS := -1, 0.0
	for _, k := range order {
		if best >= 0 && bound[k] < bestS {
			break // the costly features only lower a score
		}
		costly(&cs[k])
		// on a tie the earlier candidate wins, as a scan in order would pick it
		if s := cs[k].f.score(w); (best < 0 || s > bestS || s == bestS && k < best) && (excluded == nil || !excluded(&cs[k])) {
			best, bestS = k, s
		}
	}
	return best
}

// lineKey is alnum of line j's text, computed once per line.
func (r *reader) lineKey(j int) string {
	if r.keys == nil {
		r.keys = make([]string, min(len(r.ls), headLines))
	}
	if r.keys[j] == "" {
		r.keys[j] = alnum(r.ls[j].text)
		if r.keys[j] == "" {
			r.keys[j] = "\x00" // no letters: computed, matches nothing
		}
	}
	return r.keys[j]
}

// spanWeights are rerank's weights; nil leaves the rules' title alone.
var spanWeights = &fittedSpanWeights

// quotedPart is the text a line quotes whole ("Download \"Title\""), when
// it has three words or more.
func quotedPart(t string) string {
	if strings.HasSuffix(t, "'") {
		// "Article on the topic 'Title'": a catalogue's single quotes after
		// its lead-in word, the line ending with the closing one; a title
		// ending on a quoted phrase has no such lead-in
		if i := strings.Index(t, " '"); i >= 0 && i+2 < len(t)-1 && quoteLead(t[:i]) {
			if in := t[i+2 : len(t)-1]; len(strings.Fields(in)) >= 3 {
				return in
			}
		}
	}
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}} {
		i := strings.Index(t, q[0])
		if i < 0 {
			continue
		}
		j := strings.LastIndex(t, q[1])
		if j <= i+len(q[0]) {
			continue
		}
		if in := t[i+len(q[0]) : j]; len(strings.Fields(in)) >= 3 {
			return in
		}
	}
	return ""
}

// coverSections are the headings a flattened cover runs its title into.
var coverSections = setOf("abstract", "summary", "executive", "introduction", "keywords", "resumen", "résumé",
	"zusammenfassung", "abstrak", "аннотация")

// quoteLead reports whether the words before a quoted title introduce it
// ("… on the topic", "entitled", "Title:").
func quoteLead(before string) bool {
	fs := strings.Fields(strings.ToLower(before))
	if len(fs) == 0 {
		return false
	}
	last := fs[len(fs)-1]
	return strings.HasSuffix(last, ":") || last == "topic" || last == "titled" || last == "entitled" || last == "тему" || last == "название"
}
