package syntax

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, that its errors are well formed,
// and that every successful result satisfies the AST invariants and
// round-trips through String().
func FuzzParse(f *testing.F) {
	for _, tc := range parseTests {
		f.Add(tc.in)
	}
	f.Add("title:(a OR -(b \"c d\") year:2019..) OR NOT x*")
	f.Add("a OR b c OR (d (e OR f)) -g +h")
	f.Fuzz(func(t *testing.T, q string) {
		n, err := Parse(q)
		if err != nil {
			if n != nil {
				t.Errorf("Parse(%q) returned both %v and error %v", q, n, err)
			}
			if err == ErrEmptyQuery {
				if strings.TrimSpace(q) != "" {
					t.Errorf("Parse(%q) = ErrEmptyQuery for a non-blank query", q)
				}
				return
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) error %T %v, want *SyntaxError or ErrEmptyQuery", q, err, err)
			}
			if se.Query != q {
				t.Errorf("Parse(%q): SyntaxError.Query = %q", q, se.Query)
			}
			if se.Pos < 0 || se.Pos > len(q) {
				t.Errorf("Parse(%q): SyntaxError.Pos = %d out of range [0, %d]", q, se.Pos, len(q))
			}
			if se.Msg == "" || strings.HasSuffix(se.Msg, ".") || !strings.HasPrefix(se.Error(), "query: ") {
				t.Errorf("Parse(%q): badly formed error %q", q, se.Error())
			}
			if c := se.Caret(); strings.Count(c, "\n") != 1 || !strings.HasSuffix(c, "^") {
				t.Errorf("Parse(%q): Caret() = %q, want two lines ending in ^", q, c)
			}
			if strings.TrimSpace(q) == "" {
				t.Errorf("Parse(%q) = %v, want ErrEmptyQuery", q, err)
			}
			return
		}
		if n == nil {
			t.Fatalf("Parse(%q) returned nil, nil", q)
		}
		if err := checkNode(n); err != nil {
			t.Errorf("Parse(%q) = %s: %v", q, n, err)
		}
		if utf8.ValidString(q) && !utf8.ValidString(fmt.Sprint(n)) {
			t.Errorf("Parse(%q): String() %q is not valid UTF-8", q, n)
		}
		checkRoundTrip(t, q, n)
	})
}
