package fields

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
)

func checkFuzzDate(t *testing.T, fn string, in string, d pub.Date, ok bool) {
	t.Helper()
	if !ok {
		if d != (pub.Date{}) {
			t.Fatalf("%s(%q) = %v, false; want the zero date with false", fn, in, d)
		}
		return
	}
	if d.IsZero() || !d.Valid() {
		t.Fatalf("%s(%q) = %#v, true; not a valid date", fn, in, d)
	}
	if d.Year < MinYear || d.Year > MaxYear {
		t.Fatalf("%s(%q) = %v, true; year outside %d..%d", fn, in, d, MinYear, MaxYear)
	}
	if _, err := pub.ParseISODate(d.String()); err != nil {
		t.Fatalf("%s(%q) = %v, whose ISO form does not parse: %v", fn, in, d, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, c := range parseDateCases {
		f.Add(c.in, c.order == MonthFirst)
	}
	for _, c := range findDateCases {
		f.Add(c.in, c.order == MonthFirst)
	}
	f.Fuzz(func(t *testing.T, s string, monthFirst bool) {
		order := DayFirst
		if monthFirst {
			order = MonthFirst
		}
		d, ok := ParseDate(s, order)
		checkFuzzDate(t, "ParseDate", s, d, ok)
	})
}

func FuzzFindDate(f *testing.F) {
	for _, c := range findDateCases {
		f.Add(c.in, c.order == MonthFirst)
	}
	for _, c := range parseDateCases {
		f.Add("Published "+c.in+" | 5 min read", c.order == MonthFirst)
	}
	f.Fuzz(func(t *testing.T, s string, monthFirst bool) {
		order := DayFirst
		if monthFirst {
			order = MonthFirst
		}
		d, ok := FindDate(s, order)
		checkFuzzDate(t, "FindDate", s, d, ok)
		if ok && d.Month == 0 {
			t.Fatalf("FindDate(%q) = %v; want at least a month", s, d)
		}
	})
}

func FuzzSplitAuthors(f *testing.F) {
	for _, c := range splitAuthorsCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, line string) {
		names := SplitAuthors(line)
		seen := map[string]bool{}
		for _, n := range names {
			switch {
			case n == "":
				t.Fatalf("SplitAuthors(%q) = %q: empty name", line, names)
			case !utf8.ValidString(n):
				t.Fatalf("SplitAuthors(%q) = %q: invalid UTF-8", line, names)
			case strings.TrimSpace(n) != n:
				t.Fatalf("SplitAuthors(%q) = %q: name %q has surrounding space", line, names, n)
			case IsAffiliation(n):
				t.Fatalf("SplitAuthors(%q) = %q: %q is an affiliation", line, names, n)
			case seen[strings.ToLower(n)]:
				t.Fatalf("SplitAuthors(%q) = %q: %q twice", line, names, n)
			case NormalizeAuthor(n) != n:
				t.Fatalf("SplitAuthors(%q) = %q: NormalizeAuthor(%q) = %q", line, names, n, NormalizeAuthor(n))
			}
			seen[strings.ToLower(n)] = true
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	for _, c := range canonicalURLCases {
		f.Add(c.in, len(c.rewrites) > 0)
	}
	rw := []Rewrite{rsisRewrite}
	f.Fuzz(func(t *testing.T, raw string, withRewrite bool) {
		var rules []Rewrite
		if withRewrite {
			rules = rw
		}
		got, err := CanonicalURL(raw, rules)
		if err != nil {
			if got != "" {
				t.Fatalf("CanonicalURL(%q) = %q with error %v", raw, got, err)
			}
			return
		}
		if !strings.HasPrefix(got, "https://") || !utf8.ValidString(got) {
			t.Fatalf("CanonicalURL(%q) = %q", raw, got)
		}
		if _, err := url.Parse(got); err != nil {
			t.Fatalf("CanonicalURL(%q) = %q, which does not parse: %v", raw, got, err)
		}
		again, err := CanonicalURL(got, rules)
		if err != nil || again != got {
			t.Fatalf("CanonicalURL(%q) = %q, but CanonicalURL(%q) = %q, %v", raw, got, got, again, err)
		}
	})
}
