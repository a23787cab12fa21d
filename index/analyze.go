package index

import (
	"unicode"
	"unicode/utf8"

	porter "github.com/blevesearch/go-porterstemmer"
	"golang.org/x/text/unicode/norm"
)

// Token is one indexed word of a text.
type Token struct {
	// Term is the word as it is indexed: case- and accent-folded and, for
	// English words, Porter-stemmed ("Sovereignty's" -> "sovereignti").
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

// stopWords are not indexed: they carry no meaning on their own and make up
// a third of English prose. A stop word inside a quoted phrase still counts
// as one word of distance.
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true,
	"be": true, "but": true, "by": true, "for": true, "if": true, "in": true,
	"into": true, "is": true, "it": true, "no": true, "not": true, "of": true,
	"on": true, "or": true, "such": true, "that": true, "the": true,
	"their": true, "then": true, "there": true, "these": true, "they": true,
	"this": true, "to": true, "was": true, "will": true, "with": true,
}

// IsStopWord reports whether the folded word w is left out of the index.
func IsStopWord(w string) bool { return stopWords[w] }

// maxStemCache bounds the stem cache of one Analyzer.
const maxStemCache = 1 << 18

// Analyzer splits text into index terms. The same Analyzer code runs when
// documents are indexed and when queries and snippets are built, so the
// three always agree. An Analyzer caches stems and is not safe for
// concurrent use: give each goroutine its own.
type Analyzer struct {
	stems map[string]string
	buf   []byte
}

// NewAnalyzer returns an Analyzer with an empty stem cache.
func NewAnalyzer() *Analyzer {
	return &Analyzer{stems: make(map[string]string, 1024)}
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
	i := 0
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
				pos++
				fn(i, i+w, pos)
				i += w
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				i += w
				continue
			}
		}
		start, end, next := scanWord(text, i)
		pos++
		if end-start <= maxTokenBytes*2 {
			fn(start, end, pos)
		}
		i = next
	}
	return pos
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
func (a *Analyzer) Term(word string) string {
	folded, ascii := a.fold(word)
	if len(folded) == 0 || len(folded) > maxTokenBytes || stopWords[string(folded)] {
		return ""
	}
	if term, ok := a.stems[string(folded)]; ok {
		return term
	}
	term := string(folded)
	if ascii && len(folded) > 2 && isLetters(folded) {
		term = porter.StemString(term)
	}
	if len(a.stems) >= maxStemCache {
		clear(a.stems)
	}
	a.stems[string(folded)] = term
	return term
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
// (é -> e, ﬁ -> fi, ’ -> '). The result lives in a.buf until the next call.
// ascii reports whether the result is plain ASCII.
func (a *Analyzer) fold(word string) (folded []byte, ascii bool) {
	b := a.buf[:0]
	ascii = true
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if !ascii {
		b = b[:0]
		ascii = true
		for _, r := range norm.NFKD.String(word) {
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			switch r {
			case '’', 'ʼ', '‘':
				r = '\''
			case 'ß':
				b = append(b, 's', 's')
				continue
			case 'ø', 'Ø':
				r = 'o'
			case 'ł', 'Ł':
				r = 'l'
			case 'đ', 'Đ':
				r = 'd'
			case 'æ', 'Æ':
				b = append(b, 'a', 'e')
				continue
			}
			r = unicode.ToLower(r)
			if r >= utf8.RuneSelf {
				ascii = false
			}
			b = utf8.AppendRune(b, r)
		}
	}
	a.buf = b
	return b, ascii
}
