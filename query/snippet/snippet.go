// Package snippet finds the words of a publication's stored text that a
// query matched, with the index's own analysis, and cuts excerpts around
// them: spans, never markup, so each renderer marks and escapes itself.
//
// Entry points: NewMatcher with the analysed terms of a query (package
// query builds them while planning), then Matcher.Marks and
// Matcher.Snippets.
package snippet

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Snippet is an excerpt of one field with the matched words marked. Text
// holds no markup; renderers (terminal, JSON, HTML) mark the spans and
// escape the rest themselves.
type Snippet struct {
	Field string `json:"field"`
	Text  string `json:"text"`
	// Offset is the byte offset in the field where Text starts, after the
	// "… " that marks a cut.
	Offset int    `json:"offset"`
	Marks  []Span `json:"marks"`
}

// Format returns s with each mark wrapped in open and close, and every
// other piece passed through esc (nil: unchanged).
func (s Snippet) Format(open, close string, esc func(string) string) string {
	return formatMarks(s.Text, s.Marks, open, close, esc)
}

func formatMarks(text string, marks []Span, open, close string, esc func(string) string) string {
	if esc == nil {
		esc = func(s string) string { return s }
	}
	var b strings.Builder
	last := 0
	for _, m := range marks {
		if m.Start < last || m.End > len(text) || m.Start > m.End {
			continue
		}
		b.WriteString(esc(text[last:m.Start]))
		b.WriteString(open)
		b.WriteString(esc(text[m.Start:m.End]))
		b.WriteString(close)
		last = m.End
	}
	b.WriteString(esc(text[last:]))
	return b.String()
}

// Snippet sizes, in bytes.
const (
	snippetSize = 220
	maxSnippets = 3
	ellipsis    = "… "
	ellipsisEnd = " …"
	// maxScan bounds the text searched for matches at once: snippets are
	// cut from the first stretch of a field that has any, so a field of
	// 50 MB full of matches costs what one of 64 KB does, and one without
	// matches a linear scan.
	maxScan = 64 << 10
)

// Term is one part of a query that snippets highlight, as index terms
// (analysed by index.Analyzer): set one of its fields.
type Term struct {
	Word   string   // one term
	Phrase []string // terms in a row; "" is the gap a stop word leaves
	Prefix string   // a folded prefix of a word
	Words  []string // any of these terms (the spellings of a wildcard)
}

// maxNeedleWords is how many terms of one Term.Words are searched for as
// needles; more (a wildcard's spellings) and every word is analysed.
const maxNeedleWords = 8

// Matcher finds the words of a text that a query matched, with the same
// analysis as the index. It is not safe for concurrent use.
type Matcher struct {
	an       *index.Analyzer
	terms    map[string]bool
	phrases  [][]string
	inPhrase map[string]bool
	prefixes []string
	first    [256]bool // first bytes a matching word can start with
	empty    bool
	// needles are lower-case strings every matching word starts with (a
	// stem less its last letter, which stemming may have changed: polici
	// -> polic); nil when some query word is not ASCII, and snippets then
	// analyse every word.
	needles []string
	lower   []byte
}

// NewMatcher returns a Matcher of the terms of one query.
func NewMatcher(ts []Term) *Matcher {
	m := &Matcher{an: index.NewAnalyzer(), terms: map[string]bool{}, inPhrase: map[string]bool{}}
	note := func(s string) {
		if s != "" {
			m.first[s[0]] = true
			if c := s[0]; c >= 'a' && c <= 'z' {
				m.first[c-'a'+'A'] = true
			}
		}
	}
	for _, t := range ts {
		switch {
		case t.Word != "":
			m.terms[t.Word] = true
			note(t.Word)
		case t.Prefix != "":
			m.prefixes = append(m.prefixes, t.Prefix)
			note(t.Prefix)
		case len(t.Words) > 0:
			for _, w := range t.Words {
				m.terms[w] = true
				note(w)
			}
		case len(t.Phrase) > 0:
			m.phrases = append(m.phrases, t.Phrase)
			for _, p := range t.Phrase {
				m.inPhrase[p] = true
				note(p)
			}
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		m.first[c] = true // non-ASCII: fold before judging
	}
	m.empty = len(m.terms) == 0 && len(m.phrases) == 0 && len(m.prefixes) == 0
	m.needles = needles(ts)
	return m
}

// needles returns the lower-case strings the first words of ts start with,
// or nil when one of them is not plain ASCII.
func needles(ts []Term) []string {
	var out []string
	add := func(t string, stem bool) bool {
		for i := 0; i < len(t); i++ {
			if c := t[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
				return false
			}
		}
		if stem {
			t = index.Needle(t)
		}
		if t != "" {
			out = append(out, t)
		}
		return true
	}
	for _, t := range ts {
		ok := true
		switch {
		case t.Word != "":
			ok = add(t.Word, true)
		case t.Prefix != "":
			ok = add(t.Prefix, false)
		case len(t.Words) > maxNeedleWords:
			return nil
		case len(t.Words) > 0:
			for _, w := range t.Words {
				ok = ok && add(w, true)
			}
		case len(t.Phrase) > 0:
			ok = add(t.Phrase[0], true)
		}
		if !ok {
			return nil
		}
	}
	return out
}

type word struct {
	start, end, pos int
	term            string
}

// Marks returns the spans of the words of text the query matched: its
// terms and prefixes anywhere, the words of its phrases only where they
// form the phrase. Only the first stretch of text that has matches is
// searched (about 64 KB: see scanMarks), so the work is bounded.
func (m *Matcher) Marks(text string) []Span {
	return m.scanMarks(text)
}

// scanMarks returns the marks of the first stretch of about maxScan bytes
// of text that has any, stretches ending at a paragraph or word break.
func (m *Matcher) scanMarks(text string) []Span {
	for off := 0; off < len(text); {
		end := stretchEnd(text, off+maxScan)
		marks := m.marks(text[off:end])
		if len(marks) > 0 {
			for i := range marks {
				marks[i].Start += off
				marks[i].End += off
			}
			return marks
		}
		off = end
	}
	return []Span{}
}

// stretchEnd moves i (not before a rune start) forward to the next line
// break or space within a few KB, so a stretch ends between words.
func stretchEnd(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	limit := min(len(text), i+4096)
	if j := strings.IndexByte(text[i:limit], '\n'); j >= 0 {
		return i + j + 1
	}
	if j := strings.IndexByte(text[i:limit], ' '); j >= 0 {
		return i + j + 1
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// marks is Marks of all of text.
func (m *Matcher) marks(text string) []Span {
	if m.empty || text == "" {
		return []Span{}
	}
	if m.needles != nil {
		return m.fastMarks(text)
	}
	return m.allMarks(text)
}

// fastMarks finds the matches by searching the lower-cased text for the
// needles and analysing only the words found there; a phrase is checked by
// walking the words that follow. It gives the spans allMarks gives, at a
// fraction of the cost: a body has a thousand words and a query a few.
func (m *Matcher) fastMarks(text string) []Span {
	low, firstHigh := m.lowered(text)
	var spans []Span
	check := func(at int) {
		start, end, next, ok := index.NextWord(text, at)
		if !ok || start != at {
			return
		}
		word := text[start:end]
		t := m.an.Term(word)
		if t != "" && m.terms[t] || m.prefixMatch(word) {
			spans = append(spans, Span{start, end})
		}
		for _, ph := range m.phrases {
			if t == ph[0] {
				spans = append(spans, phraseFrom(m.an, text, Span{start, end}, next, ph)...)
			}
		}
	}
	for _, nd := range m.needles {
		for i := 0; ; {
			j := strings.Index(low[i:], nd)
			if j < 0 {
				break
			}
			at := i + j
			i = at + 1
			if index.WordStart(text, at) {
				check(at)
			}
		}
	}
	// Words with letters outside ASCII fold to ASCII terms the needles do
	// not see (Régime, ﬁnance, O’Neill): analyse each such word.
	for i := firstHigh; i >= 0 && i < len(low); {
		for i < len(low) && low[i] < utf8.RuneSelf {
			i++
		}
		if i == len(low) {
			break
		}
		at := i
		start := at
		for start > 0 && !index.WordStart(text, start) {
			start--
		}
		// start may be a quote or a dash before the word ("“Régime”"):
		// check the word that follows it.
		ws, _, next, ok := index.NextWord(text, start)
		if !ok {
			break
		}
		check(ws)
		if next <= at {
			next = at + 1
		}
		i = next
	}
	return mergeSpans(text, spans)
}

// lowered returns text with ASCII letters in lower case, byte for byte, in
// a buffer the matcher reuses, and the offset of its first byte outside
// ASCII, or -1. It works on eight bytes at a time: a body is read for
// every hit shown.
func (m *Matcher) lowered(text string) (string, int) {
	n := len(text)
	if cap(m.lower) < n {
		m.lower = make([]byte, n+n/4)
	}
	b := m.lower[:n]
	firstHigh := -1
	i := 0
	for ; i+8 <= n; i += 8 {
		c := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		if firstHigh < 0 && c&highBits != 0 {
			firstHigh = i + bits.TrailingZeros64(c&highBits)/8
		}
		low7 := c &^ highBits
		atLeastA := low7 + 0x3f3f3f3f3f3f3f3f // high bit set where byte >= 'A'
		aboveZ := low7 + 0x2525252525252525   // high bit set where byte > 'Z'
		upper := atLeastA &^ aboveZ &^ c & highBits
		binary.LittleEndian.PutUint64(b[i:], c|upper>>2)
	}
	for ; i < n; i++ {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= utf8.RuneSelf && firstHigh < 0 {
			firstHigh = i
		}
		b[i] = c
	}
	m.lower = b
	return unsafeString(b), firstHigh
}

const highBits = 0x8080808080808080

// phraseFrom checks whether the words from first on form phrase ph ("" is
// any one word) and returns their spans, or nil.
func phraseFrom(an *index.Analyzer, text string, first Span, next int, ph []string) []Span {
	out := []Span{first}
	for k := 1; k < len(ph); k++ {
		start, end, n, ok := index.NextWord(text, next)
		if !ok || end-start > 128 {
			return nil
		}
		next = n
		if ph[k] == "" {
			continue
		}
		if an.Term(text[start:end]) != ph[k] {
			return nil
		}
		out = append(out, Span{start, end})
	}
	return out
}

// mergeSpans sorts spans, drops repeats and joins spans that only spaces
// separate ("data sovereignty" is one mark).
func mergeSpans(text string, spans []Span) []Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := []Span{}
	for _, s := range spans {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if s.Start < last.End {
				last.End = max(last.End, s.End)
				continue
			}
			if joinable(text, last.End, s.Start) {
				last.End = s.End
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// allMarks analyses every word of text: the way for queries with words
// that are not plain ASCII.
func (m *Matcher) allMarks(text string) []Span {
	out := []Span{}
	var words []word // only words that may match
	index.Words(text, 0, func(start, end, pos int) {
		if !m.first[text[start]] {
			return
		}
		t := m.an.Term(text[start:end])
		if t == "" {
			return
		}
		if m.terms[t] || m.inPhrase[t] || m.prefixMatch(text[start:end]) {
			words = append(words, word{start, end, pos, t})
		}
	})
	marked := make([]bool, len(words))
	for i, w := range words {
		if m.terms[w.term] || m.prefixMatch(text[w.start:w.end]) {
			marked[i] = true
		}
	}
	for _, ph := range m.phrases {
		for i := range words {
			for _, k := range phraseAt(words, i, ph) {
				marked[k] = true
			}
		}
	}
	for i, w := range words {
		if !marked[i] {
			continue
		}
		if len(out) > 0 && joinable(text, out[len(out)-1].End, w.start) {
			out[len(out)-1].End = w.end // one mark for "data sovereignty"
			continue
		}
		out = append(out, Span{w.start, w.end})
	}
	return out
}

// joinable reports whether only spaces separate two marks.
func joinable(text string, a, b int) bool {
	return b >= a && b-a <= 3 && strings.TrimSpace(text[a:b]) == ""
}

func (m *Matcher) prefixMatch(w string) bool {
	if len(m.prefixes) == 0 {
		return false
	}
	f := m.an.Fold(w)
	for _, p := range m.prefixes {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// phraseAt returns the indexes of the words that form phrase ph from
// words[i] on ("" in ph is any one word), or nil. words holds only the
// words that may match, so the phrase's words are found by position.
func phraseAt(words []word, i int, ph []string) []int {
	if ph[0] != words[i].term {
		return nil
	}
	out := []int{i}
	j := i + 1
	for k := 1; k < len(ph); k++ {
		if ph[k] == "" {
			continue
		}
		want := words[i].pos + k
		for j < len(words) && words[j].pos < want {
			j++
		}
		if j >= len(words) || words[j].pos != want || words[j].term != ph[k] {
			return nil
		}
		out = append(out, j)
	}
	return out
}

// Snippets picks up to three excerpts of the synopsis and body around the
// densest matches, cut at word boundaries within a paragraph. Without any
// match in them (the title or an author matched), it returns the opening
// of the synopsis.
func (m *Matcher) Snippets(d *pub.Document) []Snippet {
	type cand struct {
		field       string
		text        string
		start, end  int
		marks       []Span
		score, rank int
	}
	var cands []cand
	for fi, f := range []struct{ name, text string }{{index.FieldSynopsis, d.Synopsis}, {index.FieldBody, d.Body}} {
		marks := m.Marks(f.text) // sorted, apart
		for _, mk := range marks {
			start, end := window(f.text, mk)
			var in []Span
			distinct := map[string]bool{}
			first := sort.Search(len(marks), func(i int) bool { return marks[i].Start >= start })
			for _, o := range marks[first:] {
				if o.Start >= end {
					break
				}
				if o.End <= end {
					in = append(in, Span{o.Start - start, o.End - start})
					distinct[strings.ToLower(f.text[o.Start:o.End])] = true
				}
			}
			cands = append(cands, cand{f.name, f.text, start, end, in, len(distinct)*10 + len(in) + (1-fi)*2, len(cands)})
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var picked []cand
	for _, c := range cands {
		overlap := false
		for _, p := range picked {
			if p.field == c.field && c.start < p.end && p.start < c.end {
				overlap = true
				break
			}
		}
		if !overlap {
			picked = append(picked, c)
			if len(picked) == maxSnippets {
				break
			}
		}
	}
	sort.SliceStable(picked, func(i, j int) bool { return picked[i].rank < picked[j].rank })
	out := []Snippet{}
	for _, c := range picked {
		out = append(out, excerpt(c.field, c.text, c.start, c.end, c.marks))
	}
	if len(out) == 0 {
		field, text := index.FieldSynopsis, d.Synopsis
		if text == "" {
			field, text = index.FieldBody, d.Body
		}
		if text != "" {
			end := cutAfter(text, 0, min(paragraphEnd(text, 0), snippetSize))
			out = append(out, excerpt(field, text, 0, end, nil))
		}
	}
	return out
}

// excerpt builds the snippet of text[start:end], with ellipses where it
// was cut and newlines turned into spaces.
func excerpt(field, text string, start, end int, marks []Span) Snippet {
	body := strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, text[start:end])
	pre, post := "", ""
	if start > 0 && !strings.HasSuffix(text[:start], "\n") {
		pre = ellipsis
	}
	if end < len(text) && !strings.HasPrefix(text[end:], "\n") {
		post = ellipsisEnd
	}
	s := Snippet{Field: field, Text: pre + body + post, Offset: start, Marks: []Span{}}
	for _, mk := range marks {
		s.Marks = append(s.Marks, Span{mk.Start + len(pre), mk.End + len(pre)})
	}
	return s
}

// window returns the excerpt around mark: about snippetSize bytes of its
// paragraph, starting and ending at word boundaries.
func window(text string, mark Span) (start, end int) {
	ps, pe := paragraphStart(text, mark.Start), paragraphEnd(text, mark.End)
	if pe-ps <= snippetSize {
		return ps, pe
	}
	before := max(0, (snippetSize-(mark.End-mark.Start))/3)
	start = max(ps, mark.Start-before)
	start = min(cutBefore(text, ps, start), mark.Start)
	end = min(pe, start+snippetSize)
	end = max(cutAfter(text, mark.End, end), mark.End)
	return start, end
}

// paragraphStart returns the start of the paragraph of byte i, looking
// back no further than a snippet's length: beyond that it returns a
// point that far back, which is all window needs to know, so a paragraph
// of megabytes is not searched once per match.
func paragraphStart(text string, i int) int {
	lo := max(0, i-snippetSize-1)
	if j := strings.LastIndexByte(text[lo:i], '\n'); j >= 0 {
		return lo + j + 1
	}
	return lo
}

// paragraphEnd returns the end of the paragraph of byte i, looking ahead
// no further than a snippet's length (see paragraphStart).
func paragraphEnd(text string, i int) int {
	hi := min(len(text), i+snippetSize+1)
	if j := strings.IndexByte(text[i:hi], '\n'); j >= 0 {
		return i + j
	}
	return hi
}

// cutBefore moves i forward to the start of a word (not before lo).
func cutBefore(text string, lo, i int) int {
	if i <= lo {
		return lo
	}
	if text[i-1] == ' ' {
		return i
	}
	if j := strings.IndexByte(text[i:], ' '); j >= 0 && j < 40 {
		return i + j + 1
	}
	for i > lo && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// cutAfter moves i back to the end of a word (not before lo).
func cutAfter(text string, lo, i int) int {
	if i >= len(text) || text[i] == ' ' || text[i] == '\n' {
		return i
	}
	if j := strings.LastIndexByte(text[lo:i], ' '); j >= 0 {
		return lo + j
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// unsafeString views b as a string without copying; b must not change
// while the string is in use.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
