package syntax

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// parseTest is one case of TestParse: a query and either its canonical
// String() or the expected error.
type parseTest struct {
	in   string
	want string // canonical String() of the result; "" when an error is expected
	err  string // expected SyntaxError.Msg, or "empty" for ErrEmptyQuery
	pos  int    // expected SyntaxError.Pos
}

var parseTests = []parseTest{
	// Implicit and explicit AND, OR and precedence.
	{in: "maritime china", want: "maritime AND china"},
	{in: "maritime AND china", want: "maritime AND china"},
	{in: "  maritime \t china\u00a0asia\n", want: "maritime AND china AND asia"},
	{in: "a OR b", want: "a OR b"},
	{in: "a OR b c", want: "a OR b AND c"},
	{in: "a b OR c", want: "a AND b OR c"},
	{in: "a AND b OR c AND d", want: "a AND b OR c AND d"},
	{in: "(a OR b) c", want: "(a OR b) AND c"},
	{in: "(a OR b) (c OR d)", want: "(a OR b) AND (c OR d)"},
	{in: "a (b OR c) AND d", want: "a AND (b OR c) AND d"},
	{in: "(a OR b) OR (c OR d)", want: "a OR b OR c OR d"},
	{in: "a AND (b AND c) d", want: "a AND b AND c AND d"},
	{in: "(a)", want: "a"},
	{in: "((a OR b))", want: "a OR b"},
	{in: "and or not", want: "and AND or AND not"},
	{in: "And Or Not", want: "And AND Or AND Not"},

	// Negation and "+".
	{in: "NOT a", want: "NOT a"},
	{in: "-a", want: "NOT a"},
	{in: "NOT NOT a", want: "NOT NOT a"},
	{in: "--a", want: "NOT NOT a"},
	{in: "NOT a b", want: "NOT a AND b"},
	{in: "a -b -c", want: "a AND NOT b AND NOT c"},
	{in: "a OR NOT b", want: "a OR NOT b"},
	{in: `-"data sovereignty"`, want: `NOT "data sovereignty"`},
	{in: "-(a OR b)", want: "NOT (a OR b)"},
	{in: "NOT (a b)", want: "NOT (a AND b)"},
	{in: "+a b", want: "a AND b"},
	{in: "+(a OR b) +\"c d\"", want: `(a OR b) AND "c d"`},
	{in: "a - b", want: "a AND - AND b"},
	{in: "(a -)", want: "a AND -"},
	{in: "e-mail c++ x-", want: "e-mail AND c++ AND x-"},

	// Phrases.
	{in: `"data sovereignty"`, want: `"data sovereignty"`},
	{in: "“smart quotes”", want: `"smart quotes"`},
	{in: "“mixed\" quotes", want: `"mixed" AND quotes`},
	{in: `"data sovereignty" OR cyber*`, want: `"data sovereignty" OR cyber*`},
	{in: `a"b c"d`, want: `a AND "b c" AND d`},
	{in: `"AND" "a OR b"`, want: `"AND" AND "a OR b"`},
	{in: `"sovereign* (x)"`, want: `"sovereign* (x)"`},

	// Fields.
	{in: "title:sovereignty", want: "title:sovereignty"},
	{in: `author:"Li Mingjiang"`, want: `author:"Li Mingjiang"`},
	{in: "region:(europe OR americas)", want: "region:europe OR region:americas"},
	{in: `title:(a OR "b c")`, want: `title:a OR title:"b c"`},
	{in: "title:(a author:b -c)", want: "title:a AND author:b AND NOT title:c"},
	{in: "Title:x TOPIC:y", want: "title:x AND topic:y"},
	{in: "authors:li regions:asia topics:cyber", want: "author:li AND region:asia AND topic:cyber"},
	{in: "series:s synopsis:y body:b publisher:p", want: "series:s AND synopsis:y AND body:b AND publisher:p"},
	{in: "code:IP25008", want: "code:IP25008"},
	{in: "title: sovereignty", want: "title:sovereignty"},
	{in: "-title:x title:-y", want: "NOT title:x AND NOT title:y"},
	{in: "title:author:x", want: "author:x"},
	{in: "http://x", want: "http://x"},
	{in: "note: 10:30 e.g.:x", want: "note: AND 10:30 AND e.g.:x"},
	{in: "10:30", want: "10:30"},
	{in: "title:http://example.org/a?b=c", want: "title:http://example.org/a?b=c"},
	{in: ":x y:", want: ":x AND y:"},

	// Prefix words.
	{in: "sovereign*", want: "sovereign*"},
	{in: "title:sov*", want: "title:sov*"},
	{in: "中国*", want: "中国*"},
	{in: "OR* NOT*", want: "OR* AND NOT*"},

	// Proximity and wildcards.
	{in: `"data sovereignty"~3`, want: `"data sovereignty"~3`},
	{in: `title:"a b"~0 x`, want: `title:"a b" AND x`},
	{in: `"a b"~100`, want: `"a b"~100`},
	{in: "cyb?r colo?r* wom??", want: "cyb?r AND colo?r* AND wom??"},
	{in: "why? a?b=c", want: "why? AND a?b=c"},

	// Unicode.
	{in: "中国 海洋 安全", want: "中国 AND 海洋 AND 安全"},
	{in: "Straße Ünïcödé OR ελλάδα", want: "Straße AND Ünïcödé OR ελλάδα"},

	// Years.
	{in: "year:2019", want: "year:2019"},
	{in: "year:2015..2020", want: "year:2015..2020"},
	{in: "year:..2010", want: "year:..2010"},
	{in: "year:2020..", want: "year:2020.."},
	{in: "year:2019..2019", want: "year:2019"},
	{in: "year:(2019 OR 2021..) -year:2020", want: "(year:2019 OR year:2021..) AND NOT year:2020"},
	{in: "Year:(2019 title:x)", want: "year:2019 AND title:x"},

	// Errors.
	{in: "", err: "empty"},
	{in: " \t\n\u00a0", err: "empty"},
	{in: "(a", err: `unclosed "("`, pos: 0},
	{in: "a (b (c)", err: `unclosed "("`, pos: 2},
	{in: "a)", err: `unexpected ")"`, pos: 1},
	{in: ") a", err: `unexpected ")"`, pos: 0},
	{in: "(a))", err: `unexpected ")"`, pos: 3},
	{in: "a AND", err: `missing term after "AND"`, pos: 2},
	{in: "(a AND)", err: `missing term after "AND"`, pos: 3},
	{in: "a AND OR b", err: `missing term after "AND"`, pos: 2},
	{in: "a OR", err: `missing term after "OR"`, pos: 2},
	{in: "OR b", err: `missing term before "OR"`, pos: 0},
	{in: "(AND b)", err: `missing term before "AND"`, pos: 1},
	{in: "NOT", err: `missing term after "NOT"`, pos: 0},
	{in: "a NOT)", err: `missing term after "NOT"`, pos: 2},
	{in: "-AND", err: `missing term after "-"`, pos: 0},
	{in: "()", err: "empty parentheses", pos: 0},
	{in: "a ( )", err: "empty parentheses", pos: 2},
	{in: `"abc`, err: "unterminated quote", pos: 0},
	{in: `a “abc`, err: "unterminated quote", pos: 2},
	{in: `a) "abc`, err: `unexpected ")"`, pos: 1}, // leftmost error wins
	{in: `""`, err: "empty phrase", pos: 0},
	{in: `a " "`, err: "empty phrase", pos: 2},
	{in: "title:", err: `missing term after "title:"`, pos: 0},
	{in: "a Author: ", err: `missing term after "Author:"`, pos: 2},
	{in: "title:)", err: `missing term after "title:"`, pos: 0},
	{in: "*", err: `"*" must follow a word`, pos: 0},
	{in: "a *", err: `"*" must follow a word`, pos: 2},
	{in: "a*", err: `"*" must follow at least 2 characters`, pos: 1},
	{in: "中*", err: `"*" must follow at least 2 characters`, pos: 3},
	{in: "*abc", err: `"*" is only allowed at the end of a word`, pos: 0},
	{in: "ab*c", err: `"*" is only allowed at the end of a word`, pos: 2},
	{in: "abc**", err: `"*" is only allowed at the end of a word`, pos: 3},
	{in: "year:abc", err: `invalid year "abc"`, pos: 5},
	{in: "year:0", err: `invalid year "0"`, pos: 5},
	{in: "year:12345", err: `invalid year "12345"`, pos: 5},
	{in: "year:2019*", err: `invalid year "2019*"`, pos: 5},
	{in: "year:2015..20x", err: `invalid year "20x"`, pos: 11},
	{in: "year:2015...2020", err: `invalid year ".2020"`, pos: 11},
	{in: "year:2020..2010", err: "year range 2020..2010 ends before it starts", pos: 5},
	{in: "year:2020..2019", err: "year range 2020..2019 ends before it starts", pos: 5},
	{in: "year:..", err: "year range needs at least one year", pos: 5},
	{in: `year:"2019"`, err: "expected a year or year range, not a phrase", pos: 5},
	{in: "year:(2019 OR x)", err: `invalid year "x"`, pos: 14},
	{in: strings.Repeat("(", 101) + "a" + strings.Repeat(")", 101), err: "query nested too deeply (limit 100)", pos: 100},
	{in: strings.Repeat("NOT ", 101) + "a", err: "query nested too deeply (limit 100)", pos: 400},
	{in: strings.Repeat("-", 101) + "a", err: "query nested too deeply (limit 100)", pos: 100},
	{in: "regoin:europe", err: `unknown field "regoin" (did you mean region:?); fields are ` + knownFields, pos: 0},
	{in: "x Foo:bar", err: `unknown field "Foo"; fields are ` + knownFields, pos: 2},
	{in: "foo:*", err: `unknown field "foo"; fields are ` + knownFields, pos: 0},
	{in: `"a b"~`, err: `want a number of words from 0 to 100 after "~"`, pos: 5},
	{in: `"a b"~101`, err: `want a number of words from 0 to 100 after "~"`, pos: 5},
	{in: `"a b"~99999`, err: `want a number of words from 0 to 100 after "~"`, pos: 5},
	{in: "?ab", err: `"?" must follow a letter or digit`, pos: 0},
	{in: "a???b", err: `at most 2 "?" in a word`, pos: 3},
	{in: strings.Repeat("a ", 2049), err: "query too long: 4098 bytes, the limit is 4096", pos: 4096},
	{in: strings.Repeat("a", 4095) + "é", err: "query too long: 4097 bytes, the limit is 4096", pos: 4095},
}

// Queries exactly at the limits must still parse.
func TestParseLimits(t *testing.T) {
	for _, q := range []string{
		strings.Repeat("(", 100) + "a" + strings.Repeat(")", 100),
		strings.Repeat("-", 100) + "a",
		strings.Repeat("title:", 100) + "a",
		strings.Repeat("a ", 2048),
	} {
		if _, err := Parse(q); err != nil {
			t.Errorf("Parse(%.20q...): %v", q, err)
		}
	}
}

func TestParse(t *testing.T) {
	for _, tc := range parseTests {
		n, err := Parse(tc.in)
		if tc.err != "" {
			got := errorSummary(err)
			want := fmt.Sprintf("%s @%d", tc.err, tc.pos)
			if tc.err == "empty" {
				want = "ErrEmptyQuery"
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%.40q) error mismatch (-want +got):\n%s", tc.in, diff)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%.40q): unexpected error %v", tc.in, err)
			continue
		}
		if diff := cmp.Diff(tc.want, fmt.Sprint(n)); diff != "" {
			t.Errorf("Parse(%.40q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		if err := checkNode(n); err != nil {
			t.Errorf("Parse(%.40q) = %s: %v", tc.in, n, err)
		}
	}
}

// errorSummary describes err as "Msg @Pos" for a *SyntaxError, as
// "ErrEmptyQuery", or as "<nil>"/other.
func errorSummary(err error) string {
	var se *SyntaxError
	switch {
	case err == nil:
		return "<nil>"
	case err == ErrEmptyQuery:
		return "ErrEmptyQuery"
	case errors.As(err, &se):
		return fmt.Sprintf("%s @%d", se.Msg, se.Pos)
	}
	return fmt.Sprintf("%T %v", err, err)
}

// TestParseAST checks tree shapes that String() alone does not pin down.
func TestParseAST(t *testing.T) {
	tests := []struct {
		in   string
		want Node
	}{
		{"a OR b c", &Or{[]Node{&Term{Text: "a"}, &And{[]Node{&Term{Text: "b"}, &Term{Text: "c"}}}}}},
		{"a b OR c", &Or{[]Node{&And{[]Node{&Term{Text: "a"}, &Term{Text: "b"}}}, &Term{Text: "c"}}}},
		{"a AND (b c) d", &And{[]Node{&Term{Text: "a"}, &Term{Text: "b"}, &Term{Text: "c"}, &Term{Text: "d"}}}},
		{"(a OR b) OR c", &Or{[]Node{&Term{Text: "a"}, &Term{Text: "b"}, &Term{Text: "c"}}}},
		{"((a))", &Term{Text: "a"}},
		{"-a b", &And{[]Node{&Not{&Term{Text: "a"}}, &Term{Text: "b"}}}},
		{"NOT NOT a", &Not{&Not{&Term{Text: "a"}}}},
		{`-"data sovereignty"`, &Not{&Phrase{Text: "data sovereignty"}}},
		{`“ smart ”`, &Phrase{Text: " smart "}},
		{`title:(a OR "b c")`, &Or{[]Node{&Term{Field: FieldTitle, Text: "a"}, &Phrase{Field: FieldTitle, Text: "b c"}}}},
		{"title:(a author:b)", &And{[]Node{&Term{Field: FieldTitle, Text: "a"}, &Term{Field: FieldAuthor, Text: "b"}}}},
		{"Authors:Li", &Term{Field: FieldAuthor, Text: "Li"}},
		{"Sovereign*", &Term{Text: "Sovereign", Prefix: true}},
		{"cyb?r", &Term{Text: "cyb?r", Wildcard: true}},
		{"why?", &Term{Text: "why?"}},
		{`"a b"~2`, &Phrase{Text: "a b", Slop: 2}},
		{"year:2019", &YearRange{From: 2019, To: 2019}},
		{"year:2015..2020", &YearRange{From: 2015, To: 2020}},
		{"year:..2010", &YearRange{To: 2010}},
		{"year:2020..", &YearRange{From: 2020}},
		{"year:0199", &YearRange{From: 199, To: 199}},
	}
	for _, tc := range tests {
		got, err := Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestSyntaxErrorFormat(t *testing.T) {
	tests := []struct {
		in    string
		err   string
		caret string
	}{
		{
			in:    "(a OR b))",
			err:   `query: unexpected ")" at column 9`,
			caret: "(a OR b))\n        ^",
		},
		{
			in:    "a AND",
			err:   `query: missing term after "AND" at column 3`,
			caret: "a AND\n  ^",
		},
		{
			// Column counts runes; the caret allows two cells per CJK rune.
			in:    "中国 )",
			err:   `query: unexpected ")" at column 4`,
			caret: "中国 )\n     ^",
		},
		{
			// Control characters are blanked so the caret stays on line two.
			in:    "a\tb\n)",
			err:   `query: unexpected ")" at column 5`,
			caret: "a b )\n    ^",
		},
		{
			// The position may be the end of the query.
			in:    `x title:`,
			err:   `query: missing term after "title:" at column 3`,
			caret: "x title:\n  ^",
		},
	}
	for _, tc := range tests {
		_, err := Parse(tc.in)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) error = %v, want a *SyntaxError", tc.in, err)
			continue
		}
		if diff := cmp.Diff(tc.err, se.Error()); diff != "" {
			t.Errorf("Parse(%q) Error() mismatch (-want +got):\n%s", tc.in, diff)
		}
		if diff := cmp.Diff(tc.caret, se.Caret()); diff != "" {
			t.Errorf("Parse(%q) Caret() mismatch (-want +got):\n%s", tc.in, diff)
		}
	}

	// A long query is echoed around the problem, not whole.
	long := strings.Repeat("word ", 100) + ")"
	_, err := Parse(long)
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("Parse(long) error = %v", err)
	}
	wantCaret := "…ord" + strings.Repeat(" word", 4) + " )\n" + strings.Repeat(" ", 25) + "^"
	if diff := cmp.Diff(wantCaret, se.Caret()); diff != "" {
		t.Errorf("Caret() of a long query mismatch (-want +got):\n%s", diff)
	}

	_, err = Parse(strings.Repeat(" ", 5000))
	if !errors.As(err, &se) {
		t.Fatalf("Parse(5000 spaces) error = %v", err)
	}
	for _, l := range strings.Split(se.Caret(), "\n") {
		if n := utf8.RuneCountInString(l); n > caretWidth+2 {
			t.Errorf("Caret() of a 5,000-byte query has a line of %d characters", n)
		}
	}

	// A hand-built error with Pos at or beyond the end must not panic.
	se = &SyntaxError{Query: "ab", Pos: 9, Msg: "x"}
	if got, want := se.Error(), "query: x at column 3"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := se.Caret(), "ab\n  ^"; got != want {
		t.Errorf("Caret() = %q, want %q", got, want)
	}
}

func TestErrEmptyQuery(t *testing.T) {
	for _, q := range []string{"", "   ", "\t\n"} {
		if _, err := Parse(q); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("Parse(%q) error = %v, want ErrEmptyQuery", q, err)
		}
	}
	if _, err := Parse("()"); errors.Is(err, ErrEmptyQuery) {
		t.Errorf(`Parse("()") returned ErrEmptyQuery, want a SyntaxError`)
	}
}

// TestStringRoundTrip checks that String() of every successfully parsed
// table query parses back to the same tree.
func TestStringRoundTrip(t *testing.T) {
	for _, tc := range parseTests {
		if tc.err != "" {
			continue
		}
		n, err := Parse(tc.in)
		if err != nil {
			continue // reported by TestParse
		}
		checkRoundTrip(t, tc.in, n)
	}
}

// checkRoundTrip reports an error unless String() of n, the tree parsed from
// q, parses back to an equal tree with the same String(). The re-parse
// ignores maxQueryLen because canonical syntax can be longer than the input
// (explicit AND, distributed field prefixes).
func checkRoundTrip(t *testing.T, q string, n Node) {
	t.Helper()
	s := fmt.Sprint(n)
	n2, err := parse(s)
	if err != nil {
		t.Errorf("Parse(%q) = %q, which does not parse: %v", q, s, err)
		return
	}
	if diff := cmp.Diff(n, n2); diff != "" {
		t.Errorf("Parse(%q) = %q, which parses differently (-first +second):\n%s", q, s, diff)
	}
	if s2 := fmt.Sprint(n2); s2 != s {
		t.Errorf("Parse(%q): String() not stable: %q then %q", q, s, s2)
	}
}

// checkNode verifies the invariants documented on the AST types.
func checkNode(n Node) error {
	checkField := func(f string) error {
		if f == "" {
			return nil
		}
		if f == FieldYear || fieldNames[f] != f {
			return fmt.Errorf("bad field %q", f)
		}
		return nil
	}
	switch n := n.(type) {
	case *And:
		if len(n.Nodes) < 2 {
			return fmt.Errorf("And with %d children", len(n.Nodes))
		}
		for _, c := range n.Nodes {
			if _, ok := c.(*And); ok {
				return fmt.Errorf("And inside And: %s", n)
			}
			if err := checkNode(c); err != nil {
				return err
			}
		}
	case *Or:
		if len(n.Nodes) < 2 {
			return fmt.Errorf("Or with %d children", len(n.Nodes))
		}
		for _, c := range n.Nodes {
			if _, ok := c.(*Or); ok {
				return fmt.Errorf("Or inside Or: %s", n)
			}
			if err := checkNode(c); err != nil {
				return err
			}
		}
	case *Not:
		return checkNode(n.Node)
	case *Term:
		if n.Text == "" || strings.ContainsAny(n.Text, "*()\"“”") || strings.ContainsFunc(n.Text, unicode.IsSpace) {
			return fmt.Errorf("bad Term text %q", n.Text)
		}
		if n.Wildcard && (!strings.Contains(n.Text, "?") || strings.Count(n.Text, "?") > MaxWildcards) {
			return fmt.Errorf("bad wildcard Term %q", n.Text)
		}
		switch n.Text {
		case "AND", "OR", "NOT":
			if !n.Prefix { // "OR*" is a prefix word, but "OR" must be an operator
				return fmt.Errorf("operator as Term text %q", n.Text)
			}
		}
		return checkField(n.Field)
	case *Phrase:
		if n.Slop < 0 || n.Slop > MaxSlop {
			return fmt.Errorf("bad Phrase slop %d", n.Slop)
		}
		if strings.TrimSpace(n.Text) == "" || strings.ContainsAny(n.Text, "\"“”") {
			return fmt.Errorf("bad Phrase text %q", n.Text)
		}
		return checkField(n.Field)
	case *YearRange:
		if n.From < 0 || n.To < 0 || n.From > 9999 || n.To > 9999 ||
			n.From == 0 && n.To == 0 || n.To != 0 && n.From > n.To {
			return fmt.Errorf("bad YearRange %+v", n)
		}
	default:
		return fmt.Errorf("unexpected node %T", n)
	}
	return nil
}
