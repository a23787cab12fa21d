package index

import (
	"strings"
	"unicode/utf8"

	"unicode"

	"github.com/pubindex/pubindex/index/pub"
)

// Token is one indexed word of a text.
type Token struct {
	// Term is the word as it is indexed: case- and accent-folded and, for
	// English words, respelt the American way and stemmed (stem in
	// spelling.go: "Sovereignty's" -> "sovereignti").
	Term string
	// Position counts words from 1. Stop words take a position but are not
	// returned, so phrases keep their gaps.
	Position int
	// Start and End are the byte offsets of the word in the text.
	Start, End int
}

// maxTokenBytes bounds one token: longer runs of letters are not words
// (base64, URLs with the punctuation stripped) and are not indexed.
const maxTokenBytes = 64

// stopWords are not indexed: English function words, which carry no
// meaning on their own and make up much of English prose. A stop word
// inside a quoted phrase still
// counts as one word of distance. Function words that are also acronyms in
// policy writing (us, un, who) are not stop words.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a about above after again against all also am an and any are as at
		be because been before being below between both but by
		can could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how
		i if in into is it its itself just me more most my myself
		no nor not now of off on once only or other our ours ourselves out over own
		same she should so some such than that the their theirs them themselves then there
		these they this those through to too under until up very
		was we were what when where which while whom why will with would
		you your yours yourself yourselves`) {
		m[w] = true
	}
	return m
}()

// maxStemCache bounds the word cache of one Analyzer.
const maxStemCache = 1 << 18

// Analyzer splits text into index terms. The same Analyzer code runs when
// documents are indexed and when queries and snippets are built, so the
// three always agree. An Analyzer caches the term of every word it has
// seen and is not safe for concurrent use: give each goroutine its own.
type Analyzer struct {
	words map[string]term // word as written -> its term
	buf   []byte
}

// term is the analysis of one written word, kept as a string and as
// bytes so that building a document allocates neither.
type term struct {
	s string
	b []byte
}

// NewAnalyzer returns an Analyzer with an empty cache.
func NewAnalyzer() *Analyzer {
	return &Analyzer{words: map[string]term{}}
}

// Tokens returns the index terms of text.
func (a *Analyzer) Tokens(text string) []Token {
	var out []Token
	a.Each(text, 0, func(t Token) { out = append(out, t) })
	return out
}

// Each calls fn for each index term of text, in order. Positions start
// after pos, so several values of one field can be analysed as one
// sequence. It returns the last position used.
func (a *Analyzer) Each(text string, pos int, fn func(Token)) int {
	return Words(text, pos, func(start, end, pos int) {
		if term := a.Term(text[start:end]); term != "" {
			fn(Token{Term: term, Position: pos, Start: start, End: end})
		}
	})
}

// Words calls fn with the byte range and position of each word of text,
// before folding, stop words and stemming: the word boundaries the index
// uses. Positions start after pos; Words returns the last one used.
func Words(text string, pos int, fn func(start, end, pos int)) int {
	for i := 0; ; {
		start, end, next, ok := NextWord(text, i)
		if !ok {
			return pos
		}
		pos++
		if end-start <= maxTokenBytes*2 {
			fn(start, end, pos)
		}
		i = next
	}
}

// NextWord finds the first word of text at or after byte i: its bounds,
// where the search for the next word resumes, and false when there is
// none. It is the step of Words, for callers that walk a few words from a
// known point (snippets checking a phrase).
func NextWord(text string, i int) (start, end, next int, ok bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				i++
				continue
			}
		} else {
			r, w := utf8.DecodeRuneInString(text[i:])
			if isSingleRuneWord(r) {
				return i, i + w, i + w, true
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += w
				continue
			}
		}
		start, end, next := scanWord(text, i)
		return start, end, next, true
	}
	return 0, 0, len(text), false
}

// WordStart reports whether a word of text starts at byte i, as Words
// splits text.
func WordStart(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, w := utf8.DecodeLastRuneInString(text[:i])
	if r == 's' || r == 'S' {
		// After a possessive ("China's2020"), a word starts.
		if a, aw := utf8.DecodeLastRuneInString(text[:i-w]); a == '\'' || a == '’' {
			p, _ := utf8.DecodeLastRuneInString(text[:i-w-aw])
			if inWord(p) {
				return true
			}
		}
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return isSingleRuneWord(r)
	}
	if r == '\'' || r == '’' {
		// An apostrophe inside a word and before a letter (O'Neill,
		// A0'l) is part of it, as scanWord reads it.
		p, _ := utf8.DecodeLastRuneInString(text[:i-w])
		return !inWord(p) || !startsLetter(text[i:])
	}
	return true
}

// scanWord finds the word that starts at i. It returns the word's bounds
// and where scanning resumes: after a possessive 's, which is not part of
// the word ("China's" is the word "China").
func scanWord(text string, i int) (start, end, next int) {
	start = i
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				i++
				continue
			}
			if c == '\'' {
				if e, ok := apostrophe(text, i, 1); ok {
					return start, i, e
				} else if e > 0 {
					i = e
					continue
				}
			}
			break
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if r == '’' {
			if e, ok := apostrophe(text, i, w); ok {
				return start, i, e
			} else if e > 0 {
				i = e
				continue
			}
			break
		}
		if isSingleRuneWord(r) || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
			break
		}
		i += w
	}
	return start, i, i
}

// apostrophe looks at an apostrophe of width w at text[i]. A possessive
// ('s then a non-letter) ends the word: ok is true and e is where the word
// resumes. An apostrophe between letters (O'Neill, don't) continues the
// word: e is the index after it. Otherwise e is 0 and the word ends.
func apostrophe(text string, i, w int) (e int, ok bool) {
	j := i + w
	if j >= len(text) || !startsLetter(text[j:]) {
		return 0, false
	}
	if (text[j] == 's' || text[j] == 'S') && (j+1 >= len(text) || !startsLetter(text[j+1:])) {
		return j + 1, true
	}
	return j, false
}

// inWord reports whether r continues a word (scanWord).
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isSingleRuneWord reports whether r is written without spaces between
// words (Chinese, Japanese), so each character is indexed as a word of its
// own and phrases match character sequences.
func isSingleRuneWord(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// Term returns the index term of one word: folded, and stemmed when it is
// an English word; "" for a stop word or a word too long to index.
func (a *Analyzer) Term(word string) string { return a.term(word).s }

func (a *Analyzer) term(word string) term {
	if t, ok := a.words[word]; ok {
		return t
	}
	var t term
	folded, ascii := a.fold(word)
	if len(folded) > 0 && len(folded) <= maxTokenBytes && !stopWords[string(folded)] {
		t.s = string(folded)
		if ascii && len(folded) > 2 && isLetters(folded) {
			t.s = stem(t.s)
		}
		t.b = []byte(t.s)
	}
	if len(a.words) >= maxStemCache {
		clear(a.words)
	}
	a.words[strings.Clone(word)] = t
	return t
}

// Fold returns word lower-cased and without accents, as the index compares
// words before stemming (used for prefix queries).
func (a *Analyzer) Fold(word string) string {
	f, _ := a.fold(word)
	return string(f)
}

func isLetters(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// fold lower-cases word and removes accents and typographic variants
// (pub.AppendFold). The result lives in a.buf until the next call.
func (a *Analyzer) fold(word string) (folded []byte, ascii bool) {
	a.buf, ascii = pub.AppendFold(a.buf[:0], word)
	return a.buf, ascii
}
