package syntax

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Canonical field names used in [Term.Field] and [Phrase.Field].
// Field names are matched case-insensitively when parsing.
const (
	FieldTitle     = "title"
	FieldAuthor    = "author"
	FieldSeries    = "series"
	FieldRegion    = "region"
	FieldTopic     = "topic"
	FieldCode      = "code"
	FieldSynopsis  = "synopsis"
	FieldBody      = "body"
	FieldPublisher = "publisher"
	// FieldYear is the field of a year search. Parse never puts it in a
	// Term or Phrase: "year:" values become a YearRange.
	FieldYear = "year"
)

// Limits enforced by Parse.
const (
	// maxQueryLen is the longest query, in bytes, that Parse accepts.
	maxQueryLen = 4096
	// maxDepth is how deeply parentheses, NOT/-/+ and field prefixes may
	// nest in a query.
	maxDepth = 100
	// MaxSlop is the largest N of a proximity phrase "a b"~N.
	MaxSlop = 100
	// MaxWildcards is how many "?" one word may hold: each multiplies the
	// words the planner tries by the size of the alphabet.
	MaxWildcards = 2
	// caretWidth bounds the part of the query Caret echoes, in columns.
	caretWidth = 72
)

// fieldNames maps the lower-case spellings accepted before a colon to the
// canonical field name.
var fieldNames = map[string]string{
	FieldTitle:     FieldTitle,
	FieldAuthor:    FieldAuthor,
	"authors":      FieldAuthor,
	FieldSeries:    FieldSeries,
	FieldRegion:    FieldRegion,
	"regions":      FieldRegion,
	FieldTopic:     FieldTopic,
	"topics":       FieldTopic,
	FieldCode:      FieldCode,
	FieldSynopsis:  FieldSynopsis,
	FieldBody:      FieldBody,
	FieldPublisher: FieldPublisher,
	FieldYear:      FieldYear,
}

// Node is a parsed query: one of *And, *Or, *Not, *Term, *Phrase or
// *YearRange. Only the pointer types implement Node, so a type switch on
// them is exhaustive.
//
// Every node's String method returns the node in query syntax that parses
// back to an equal node; it is canonical (one spelling per tree) and meant
// for tests, logs and debugging.
type Node interface{ node() }

// And matches documents matching all of Nodes. Parse always returns at
// least two Nodes, none of which is itself an And.
type And struct{ Nodes []Node }

// Or matches documents matching any of Nodes. Parse always returns at
// least two Nodes, none of which is itself an Or.
type Or struct{ Nodes []Node }

// Not matches documents that do not match Node. It can appear anywhere,
// including at the top level or as the only child of a group, so the
// consumer decides what a purely negative query matches.
type Not struct{ Node Node }

// Term is a single word, as typed by the user (no case folding, no
// stemming, punctuation kept; analysis happens later).
type Term struct {
	// Field is a canonical field name such as FieldTitle, or "" to
	// search the default (free-text) fields. It is never FieldYear.
	Field string
	// Text is the word without its trailing "*". It is never empty, never
	// contains whitespace, parentheses, quote characters or "*", and is
	// "AND", "OR" or "NOT" only when Prefix is set (the query "OR*").
	Text string
	// Prefix reports whether the word ended in "*" and so matches every
	// word that starts with Text.
	Prefix bool
	// Wildcard reports whether Text holds "?", each standing for any one
	// letter or digit (at most MaxWildcards). A "?" is a wildcard only
	// inside a word of letters and digits ("cyb?r"); elsewhere ("why?",
	// "a?b=c" in a URL) it is punctuation and Wildcard is false.
	Wildcard bool
}

// Phrase is a quoted phrase: its words must appear in this order.
type Phrase struct {
	// Field is a canonical field name such as FieldTitle, or "" to
	// search the default (free-text) fields. It is never FieldYear.
	Field string
	// Text is what was between the quotes, unchanged. It is never blank.
	Text string
	// Slop, from "..."~N, lets the words stand in any order with up to
	// Slop other words among them; 0 is the exact phrase.
	Slop int
}

// YearRange matches publication years From through To inclusive. A zero
// bound is open, but Parse never returns both bounds zero, and when both
// are set From <= To. "year:2019" is &YearRange{2019, 2019}.
type YearRange struct{ From, To int }

func (*And) node()       {}
func (*Or) node()        {}
func (*Not) node()       {}
func (*Term) node()      {}
func (*Phrase) node()    {}
func (*YearRange) node() {}

// String returns the node in canonical query syntax, e.g.
// `maritime AND (china OR india)`.
func (n *And) String() string {
	var b strings.Builder
	for i, c := range n.Nodes {
		if i > 0 {
			b.WriteString(" AND ")
		}
		switch c.(type) {
		case *And, *Or:
			b.WriteString("(" + nodeString(c) + ")")
		default:
			b.WriteString(nodeString(c))
		}
	}
	return b.String()
}

// String returns the node in canonical query syntax, e.g.
// `china OR india AND maritime`. An And child is not parenthesised because
// AND binds tighter than OR.
func (n *Or) String() string {
	var b strings.Builder
	for i, c := range n.Nodes {
		if i > 0 {
			b.WriteString(" OR ")
		}
		if _, ok := c.(*Or); ok {
			b.WriteString("(" + nodeString(c) + ")")
		} else {
			b.WriteString(nodeString(c))
		}
	}
	return b.String()
}

// String returns the node in canonical query syntax, e.g. `NOT china` or
// `NOT (china OR india)`.
func (n *Not) String() string {
	switch n.Node.(type) {
	case *And, *Or:
		return "NOT (" + nodeString(n.Node) + ")"
	}
	return "NOT " + nodeString(n.Node)
}

// String returns the term in canonical query syntax, e.g. `title:sovereign*`.
func (n *Term) String() string {
	s := n.Text
	if n.Prefix {
		s += "*"
	}
	if n.Field != "" {
		s = n.Field + ":" + s
	}
	return s
}

// String returns the phrase in canonical query syntax, e.g.
// `author:"Li Mingjiang"`.
func (n *Phrase) String() string {
	s := `"` + n.Text + `"`
	if n.Slop > 0 {
		s += "~" + strconv.Itoa(n.Slop)
	}
	if n.Field != "" {
		s = n.Field + ":" + s
	}
	return s
}

// String returns the range in canonical query syntax: `year:2019`,
// `year:2015..2020`, `year:..2010` or `year:2020..`.
func (n *YearRange) String() string {
	if n.From == n.To && n.From != 0 {
		return FieldYear + ":" + strconv.Itoa(n.From)
	}
	s := FieldYear + ":"
	if n.From != 0 {
		s += strconv.Itoa(n.From)
	}
	s += ".."
	if n.To != 0 {
		s += strconv.Itoa(n.To)
	}
	return s
}

// nodeString formats any node, including nil or foreign implementations.
func nodeString(n Node) string {
	if s, ok := n.(fmt.Stringer); ok {
		return s.String()
	}
	return fmt.Sprintf("%v", n)
}

// ErrEmptyQuery is returned, unwrapped, by Parse for a query that is empty
// or only whitespace. Callers may treat it as "match everything".
var ErrEmptyQuery = errors.New("query: empty query")

// SyntaxError describes why a query could not be parsed.
type SyntaxError struct {
	// Query is the complete query that was parsed.
	Query string
	// Pos is the byte offset in Query of the problem, 0 <= Pos <= len(Query).
	Pos int
	// Msg describes the problem, in lower case without trailing punctuation.
	Msg string
}

// Error returns the message with a 1-based column, e.g.
// `query: unexpected ")" at column 7`.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("query: %s at column %d", e.Msg, e.column())
}

// column returns the 1-based column of Pos, counted in characters (runes)
// rather than bytes.
func (e *SyntaxError) column() int {
	return utf8.RuneCountInString(e.Query[:e.clampedPos()]) + 1
}

// Caret returns two lines, without a trailing newline: the query, and a "^"
// under the character at Pos (or just past the end of the query). Control
// characters in the query are shown as spaces, and wide (East Asian)
// characters are assumed to take two terminal columns, so the caret lines up
// in a terminal.
//
// A long query is shown cut to about caretWidth columns around Pos, with
// "…" where it was cut, so a 4 KB query does not echo 4,096 spaces.
func (e *SyntaxError) Caret() string {
	pos := e.clampedPos()
	q := e.Query
	from, to := 0, len(q)
	if width(q) > caretWidth {
		// Walk back from pos about a third of the width, then forward.
		from = pos
		for w := 0; from > 0 && w < caretWidth/3; {
			_, size := utf8.DecodeLastRuneInString(q[:from])
			from -= size
			w++
		}
		to = pos
		for w := width(q[from:pos]); to < len(q) && w < caretWidth; {
			r, size := utf8.DecodeRuneInString(q[to:])
			to += size
			w += runeWidth(r)
		}
	}
	var line, pad strings.Builder
	if from > 0 {
		line.WriteString("…")
		pad.WriteString(" ")
	}
	for i, r := range q[from:to] {
		if unicode.IsControl(r) {
			r = ' '
		}
		line.WriteRune(r)
		if from+i < pos {
			pad.WriteString(strings.Repeat(" ", runeWidth(r)))
		}
	}
	if to < len(q) {
		line.WriteString("…")
	}
	return line.String() + "\n" + pad.String() + "^"
}

// width is the number of terminal columns s takes.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

func (e *SyntaxError) clampedPos() int {
	return min(max(e.Pos, 0), len(e.Query))
}

// runeWidth approximates how many terminal columns r occupies.
func runeWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me):
		return 0
	case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana),
		r >= 0xFF01 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6, // fullwidth forms
		r >= 0x3000 && r <= 0x303F: // CJK symbols and punctuation
		return 2
	}
	return 1
}

// Parse parses a user query into an AST. It returns ErrEmptyQuery for an
// empty or blank query and a *SyntaxError for any other invalid query,
// including one too long or nested too deeply (the error gives the limit);
// it never panics.
//
// The grammar, in order of increasing precedence:
//
//	query   = or EOF
//	or      = and { "OR" and }
//	and     = unary { [ "AND" ] unary }          // adjacency is an implicit AND
//	unary   = ( "NOT" | "-" | "+" ) unary
//	        | field unary                       // field applies to the next operand
//	        | primary
//	primary = WORD | PHRASE | "(" or ")"
//	field   = NAME ":"                          // NAME is a known field, any case
//
// So NOT binds tightest, then AND (explicit or implicit), then OR:
// "a OR b c" is "a OR (b AND c)" and "-a b" is "(NOT a) AND b".
//
// Lexical rules:
//   - Whitespace (unicode.IsSpace) separates tokens; "(" and ")" and the
//     quote characters are tokens of their own, so they also end a word.
//   - A phrase starts at any of the quote characters " “ ” and ends at the
//     next one of them; there is no escaping.
//   - "AND", "OR" and "NOT" are operators only when they are a whole word in
//     upper case.
//   - "-" and "+" at the start of a token are operators when something other
//     than whitespace or ")" follows them; otherwise they are a word.
//   - A word whose text before its first ":" is a known field name or alias
//     is a field prefix followed by whatever comes after the colon
//     (whitespace may separate the prefix from its operand). Two or more
//     ASCII letters, a colon and something other than "/" ("regoin:x",
//     "foo:bar") is an unknown field, an error that lists the known ones.
//     Any other colon is part of the word ("http://x", "10:30", "note:").
//   - A trailing "*" marks a prefix word; it must follow at least two
//     characters and may not appear elsewhere in a word.
//   - A "?" between letters or digits of a word made only of them is a
//     wildcard for one letter or digit ("cyb?r"); at most MaxWildcards.
//   - A phrase followed at once by "~N" is a proximity search: its words
//     in any order, with at most N (up to MaxSlop) other words among them.
//
// A field prefix applies to every Term and Phrase inside its operand unless
// a nested prefix overrides it: "title:(a OR author:b)" is
// "title:a OR author:b". Under "year:" every word must be a year (1-9999) or
// a range "from..to" with either bound omitted, and becomes a YearRange.
func Parse(q string) (Node, error) {
	if len(q) > maxQueryLen {
		pos := maxQueryLen
		for pos > 0 && !utf8.RuneStart(q[pos]) {
			pos--
		}
		return nil, &SyntaxError{Query: q, Pos: pos, Msg: fmt.Sprintf("query too long: %d bytes, the limit is %d", len(q), maxQueryLen)}
	}
	return parse(q)
}

// parse is Parse without the length limit.
func parse(q string) (Node, error) {
	if strings.TrimSpace(q) == "" {
		return nil, ErrEmptyQuery
	}
	p := &parser{q: q, toks: lex(q)}
	n, err := p.parseOr("")
	if err != nil {
		return nil, err
	}
	switch t := p.peek(); t.kind {
	case tokEOF:
	case tokErr:
		return nil, t.err
	default: // only ")" can stop parseOr early
		return nil, p.errorf(t.pos, "unexpected %q", t.text)
	}
	return n, nil
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokErr
	tokWord
	tokPhrase
	tokLParen
	tokRParen
	tokAnd
	tokOr
	tokNot   // NOT
	tokMinus // - before an operand
	tokPlus  // + before an operand
	tokField
)

type token struct {
	kind tokKind
	pos  int    // byte offset in the query
	text string // as typed: the word, operator, "(", `title:`, ...
	val  string // tokPhrase: the text between the quotes; tokField: canonical name
	slop int    // tokPhrase: N of "..."~N
	err  *SyntaxError
}

func isQuote(r rune) bool { return r == '"' || r == '“' || r == '”' }

// lex splits q into tokens. It stops at the first lexical error, which
// becomes a tokErr token so that the parser reports errors left to right.
// The last token is always tokEOF or tokErr.
func lex(q string) []token {
	var toks []token
	i := 0
	wordEnd := 0 // end of the word containing i, when i < wordEnd
	for i < len(q) {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{kind: tokLParen, pos: i, text: "("})
			i++
		case r == ')':
			toks = append(toks, token{kind: tokRParen, pos: i, text: ")"})
			i++
		case isQuote(r):
			end := strings.IndexFunc(q[i+size:], isQuote)
			if end < 0 {
				err := &SyntaxError{Query: q, Pos: i, Msg: "unterminated quote"}
				return append(toks, token{kind: tokErr, pos: i, err: err})
			}
			end += i + size
			_, endSize := utf8.DecodeRuneInString(q[end:])
			tok := token{kind: tokPhrase, pos: i, text: q[i : end+endSize], val: q[i+size : end]}
			i = end + endSize
			if strings.HasPrefix(q[i:], "~") {
				n := 0
				for n < len(q)-i-1 && n < 4 && q[i+1+n] >= '0' && q[i+1+n] <= '9' {
					n++
				}
				slop, _ := strconv.Atoi(q[i+1 : i+1+n])
				if n == 0 || slop > MaxSlop || i+1+n < len(q) && q[i+1+n] >= '0' && q[i+1+n] <= '9' {
					err := &SyntaxError{Query: q, Pos: i, Msg: fmt.Sprintf("want a number of words from 0 to %d after \"~\"", MaxSlop)}
					return append(toks, token{kind: tokErr, pos: i, err: err})
				}
				tok.slop = slop
				tok.text = q[tok.pos : i+1+n]
				i += 1 + n
			}
			toks = append(toks, tok)
		case (r == '-' || r == '+') && operandFollows(q[i+1:]):
			kind := tokMinus
			if r == '+' {
				kind = tokPlus
			}
			toks = append(toks, token{kind: kind, pos: i, text: q[i : i+1]})
			i++
		default:
			if i >= wordEnd { // else i is just after a field prefix in the same word
				wordEnd = strings.IndexFunc(q[i:], func(r rune) bool {
					return unicode.IsSpace(r) || r == '(' || r == ')' || isQuote(r)
				})
				if wordEnd < 0 {
					wordEnd = len(q)
				} else {
					wordEnd += i
				}
			}
			end := wordEnd
			w := q[i:end]
			switch w {
			case "AND":
				toks = append(toks, token{kind: tokAnd, pos: i, text: w})
			case "OR":
				toks = append(toks, token{kind: tokOr, pos: i, text: w})
			case "NOT":
				toks = append(toks, token{kind: tokNot, pos: i, text: w})
			default:
				if c := strings.IndexByte(w, ':'); c > 0 {
					if f, ok := fieldNames[strings.ToLower(w[:c])]; ok {
						// Lex whatever follows the colon as a new token.
						toks = append(toks, token{kind: tokField, pos: i, text: w[:c+1], val: f})
						i += c + 1
						continue
					}
					if c >= 2 && isASCIILetters(w[:c]) && c+1 < len(w) && w[c+1] != '/' {
						err := &SyntaxError{Query: q, Pos: i, Msg: unknownField(w[:c])}
						return append(toks, token{kind: tokErr, pos: i, err: err})
					}
				}
				toks = append(toks, token{kind: tokWord, pos: i, text: w})
			}
			i = end
		}
	}
	return append(toks, token{kind: tokEOF, pos: len(q)})
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// knownFields lists the field names a query may use, for messages.
const knownFields = "title, author, series, region, topic, code, synopsis, body, publisher, year"

// unknownField describes an unknown field prefix, with the nearest known
// name when it is close enough to be a typo.
func unknownField(name string) string {
	msg := fmt.Sprintf("unknown field %q", name)
	if near, d := Nearest(strings.ToLower(name), strings.Split(knownFields, ", ")); near != "" && d <= max(1, len(name)/3) {
		msg += fmt.Sprintf(" (did you mean %s:?)", near)
	}
	return msg + "; fields are " + knownFields
}

// Nearest returns the candidate closest to s by edit distance (the first
// of equals), and that distance; "" when there are no candidates.
func Nearest(s string, candidates []string) (string, int) {
	best, bestD := "", -1
	for _, c := range candidates {
		if d := Distance(s, c); bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	return best, bestD
}

// Distance is the edit distance between a and b, in runes, where swapping
// two neighbours counts as one edit ("regoin" is one from "region").
func Distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	// Three rows of the optimal string alignment table.
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

// operandFollows reports whether a "-" or "+" followed by rest is an
// operator rather than a word of its own.
func operandFollows(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && !unicode.IsSpace(r) && r != ')'
}

type parser struct {
	q     string
	toks  []token
	i     int    // index of the next token
	prev  *token // the token consumed last, nil at the start
	depth int
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) advance() token {
	t := p.toks[p.i]
	if t.kind != tokEOF && t.kind != tokErr {
		p.prev = &p.toks[p.i]
		p.i++
	}
	return t
}

func (p *parser) errorf(pos int, format string, args ...any) *SyntaxError {
	return &SyntaxError{Query: p.q, Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// enter records one more level of nesting at t; leave undoes it.
func (p *parser) enter(t token) error {
	p.depth++
	if p.depth > maxDepth {
		return p.errorf(t.pos, "query nested too deeply (limit %d)", maxDepth)
	}
	return nil
}

func (p *parser) leave() { p.depth-- }

// parseOr parses "and { OR and }". field is the field prefix in force ("" for
// none).
func (p *parser) parseOr(field string) (Node, error) {
	var nodes []Node
	for {
		n, err := p.parseAnd(field)
		if err != nil {
			return nil, err
		}
		if o, ok := n.(*Or); ok {
			nodes = append(nodes, o.Nodes...)
		} else {
			nodes = append(nodes, n)
		}
		if p.peek().kind != tokOr {
			break
		}
		p.advance()
	}
	if len(nodes) == 1 {
		return nodes[0], nil
	}
	return &Or{Nodes: nodes}, nil
}

// parseAnd parses "unary { [AND] unary }".
func (p *parser) parseAnd(field string) (Node, error) {
	var nodes []Node
	for {
		n, err := p.parseUnary(field)
		if err != nil {
			return nil, err
		}
		if a, ok := n.(*And); ok {
			nodes = append(nodes, a.Nodes...)
		} else {
			nodes = append(nodes, n)
		}
		switch p.peek().kind {
		case tokAnd:
			p.advance()
			continue
		case tokWord, tokPhrase, tokLParen, tokNot, tokMinus, tokPlus, tokField, tokErr:
			continue // implicit AND; parseUnary reports a tokErr
		}
		break
	}
	if len(nodes) == 1 {
		return nodes[0], nil
	}
	return &And{Nodes: nodes}, nil
}

// parseUnary parses one operand, with its NOT/-/+ and field prefixes.
func (p *parser) parseUnary(field string) (Node, error) {
	t := p.peek()
	switch t.kind {
	case tokErr:
		return nil, t.err
	case tokNot, tokMinus, tokPlus, tokField:
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer p.leave()
		p.advance()
		if t.kind == tokField {
			field = t.val
		}
		n, err := p.parseUnary(field)
		if err != nil {
			return nil, err
		}
		if t.kind == tokNot || t.kind == tokMinus {
			return &Not{Node: n}, nil
		}
		return n, nil
	case tokWord:
		p.advance()
		if field == FieldYear {
			return p.parseYear(t)
		}
		return p.parseWord(t, field)
	case tokPhrase:
		p.advance()
		if field == FieldYear {
			return nil, p.errorf(t.pos, "expected a year or year range, not a phrase")
		}
		if strings.TrimSpace(t.val) == "" {
			return nil, p.errorf(t.pos, "empty phrase")
		}
		return &Phrase{Field: field, Text: t.val, Slop: t.slop}, nil
	case tokLParen:
		if err := p.enter(t); err != nil {
			return nil, err
		}
		defer p.leave()
		p.advance()
		n, err := p.parseOr(field)
		if err != nil {
			return nil, err
		}
		switch c := p.peek(); c.kind {
		case tokRParen:
			p.advance()
			return n, nil
		case tokErr:
			return nil, c.err
		default: // tokEOF: parseOr stops only at ")", EOF or an error
			return nil, p.errorf(t.pos, "unclosed %q", "(")
		}
	}
	// t cannot start an operand: EOF, ")", AND or OR.
	prev := p.prev
	switch {
	case prev != nil && prev.kind == tokLParen && t.kind == tokRParen:
		return nil, p.errorf(prev.pos, "empty parentheses")
	case prev != nil && prev.kind == tokLParen && t.kind == tokEOF:
		return nil, p.errorf(prev.pos, "unclosed %q", "(")
	case t.kind == tokAnd || t.kind == tokOr:
		if prev == nil || prev.kind == tokLParen {
			return nil, p.errorf(t.pos, "missing term before %q", t.text)
		}
	case prev == nil: // ")" at the very start; EOF is ErrEmptyQuery
		return nil, p.errorf(t.pos, "unexpected %q", t.text)
	}
	// prev is an operator or field prefix with nothing usable after it.
	return nil, p.errorf(prev.pos, "missing term after %q", prev.text)
}

// parseWord turns a word into a Term, handling a trailing "*".
func (p *parser) parseWord(t token, field string) (Node, error) {
	w := t.text
	star := strings.IndexByte(w, '*')
	if star < 0 {
		return p.wildcard(t, &Term{Field: field, Text: w})
	}
	pos := t.pos + star
	switch {
	case w == "*":
		return nil, p.errorf(pos, "%q must follow a word", "*")
	case star != len(w)-1:
		return nil, p.errorf(pos, "%q is only allowed at the end of a word", "*")
	case utf8.RuneCountInString(w[:star]) < 2:
		return nil, p.errorf(pos, "%q must follow at least 2 characters", "*")
	}
	return p.wildcard(t, &Term{Field: field, Text: w[:star], Prefix: true})
}

// wildcard marks term as a wildcard word when its "?" stand between
// letters or digits of a word made only of them.
func (p *parser) wildcard(t token, term *Term) (Node, error) {
	w := term.Text
	n := strings.Count(w, "?")
	if n == 0 || strings.HasSuffix(w, "?") && !strings.Contains(strings.TrimRight(w, "?"), "?") {
		return term, nil // "why?": a question mark
	}
	for i, r := range w {
		if r != '?' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return term, nil // punctuation: "a?b=c" in a URL
		}
		if r == '?' && i == 0 {
			return nil, p.errorf(t.pos, "%q must follow a letter or digit", "?")
		}
	}
	if n > MaxWildcards {
		return nil, p.errorf(t.pos+strings.LastIndexByte(w, '?'), "at most %d %q in a word", MaxWildcards, "?")
	}
	term.Wildcard = true
	return term, nil
}

// parseYear parses the value of a year: prefix: "2019", "2015..2020",
// "..2010" or "2020..".
func (p *parser) parseYear(t token) (Node, error) {
	w := t.text
	from, to, isRange := strings.Cut(w, "..")
	if !isRange {
		y, ok := parseYearNumber(w)
		if !ok {
			return nil, p.errorf(t.pos, "invalid year %q", w)
		}
		return &YearRange{From: y, To: y}, nil
	}
	if from == "" && to == "" {
		return nil, p.errorf(t.pos, "year range needs at least one year")
	}
	r := &YearRange{}
	var ok bool
	if from != "" {
		if r.From, ok = parseYearNumber(from); !ok {
			return nil, p.errorf(t.pos, "invalid year %q", from)
		}
	}
	if to != "" {
		if r.To, ok = parseYearNumber(to); !ok {
			return nil, p.errorf(t.pos+len(from)+2, "invalid year %q", to)
		}
	}
	if r.From != 0 && r.To != 0 && r.From > r.To {
		return nil, p.errorf(t.pos, "year range %d..%d ends before it starts", r.From, r.To)
	}
	return r, nil
}

// parseYearNumber accepts 1 to 4 ASCII digits with a value of at least 1.
func parseYearNumber(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	y := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, y > 0
}
