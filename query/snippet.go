package query

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index"
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
)

// matchTerm is one part of a query that snippets highlight: a term, a
// phrase of terms ("" for a stop word's gap) or a prefix.
type matchTerm struct {
	term   string
	phrase []string
	prefix string
}

// matcher finds the words of a text that a query matched, with the same
// analysis as the index.
type matcher struct {
	an       *index.Analyzer
	terms    map[string]bool
	phrases  [][]string
	inPhrase map[string]bool
	prefixes []string
	first    [256]bool // first bytes a matching word can start with
	empty    bool
}

func newMatcher(ts []matchTerm) *matcher {
	m := &matcher{an: index.NewAnalyzer(), terms: map[string]bool{}, inPhrase: map[string]bool{}}
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
		case t.term != "":
			m.terms[t.term] = true
			note(t.term)
		case t.prefix != "":
			m.prefixes = append(m.prefixes, t.prefix)
			note(t.prefix)
		case len(t.phrase) > 0:
			m.phrases = append(m.phrases, t.phrase)
			for _, p := range t.phrase {
				m.inPhrase[p] = true
				note(p)
			}
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		m.first[c] = true // non-ASCII: fold before judging
	}
	m.empty = len(m.terms) == 0 && len(m.phrases) == 0 && len(m.prefixes) == 0
	return m
}

type word struct {
	start, end, pos int
	term            string
}

// marks returns the spans of the words of text the query matched: its
// terms and prefixes anywhere, the words of its phrases only where they
// form the phrase.
func (m *matcher) marks(text string) []Span {
	out := []Span{}
	if m.empty || text == "" {
		return out
	}
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
			if n := phraseAt(words, i, ph); n > 0 {
				for k := i; k < i+n; k++ {
					marked[k] = true
				}
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

func (m *matcher) prefixMatch(w string) bool {
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

// phraseAt returns how many of words, from i, form phrase ph ("" in ph is
// any one word), or 0.
func phraseAt(words []word, i int, ph []string) int {
	if ph[0] != words[i].term {
		return 0
	}
	n, k := 1, 1
	for ; k < len(ph); k++ {
		if ph[k] == "" {
			continue
		}
		j := i + n
		if j >= len(words) || words[j].pos != words[i].pos+k || words[j].term != ph[k] {
			return 0
		}
		n++
	}
	return n
}

// snippets picks up to three excerpts of the synopsis and body around the
// densest matches, cut at word boundaries within a paragraph. Without any
// match in them (the title or an author matched), it returns the opening
// of the synopsis.
func (m *matcher) snippets(d *index.Document) []Snippet {
	type cand struct {
		field       string
		text        string
		start, end  int
		marks       []Span
		score, rank int
	}
	var cands []cand
	for fi, f := range []struct{ name, text string }{{index.FieldSynopsis, d.Synopsis}, {index.FieldBody, d.Body}} {
		marks := m.marks(f.text)
		for _, mk := range marks {
			start, end := window(f.text, mk)
			var in []Span
			distinct := map[string]bool{}
			for _, o := range marks {
				if o.Start >= start && o.End <= end {
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
			end := cutAfter(text, 0, min(len(text), paragraphEnd(text, 0)))
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
	before := (snippetSize - (mark.End - mark.Start)) / 3
	start = max(ps, mark.Start-before)
	start = cutBefore(text, ps, start)
	end = min(pe, start+snippetSize)
	end = max(cutAfter(text, mark.End, end), mark.End)
	return start, end
}

func paragraphStart(text string, i int) int {
	if j := strings.LastIndex(text[:i], "\n"); j >= 0 {
		return j + 1
	}
	return 0
}

func paragraphEnd(text string, i int) int {
	if j := strings.Index(text[i:], "\n"); j >= 0 {
		return i + j
	}
	return len(text)
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
