package query

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/query/syntax"
)

// TestProximity checks "a b"~N: the words in any order within N extra
// positions, found where the exact phrase is not.
func TestProximity(t *testing.T) {
	s := fixture(t)
	count := func(q string) int { return int(doSearch(t, s, Request{Text: q}).Total) }
	phrase, both := count(`"data sovereignty"`), count("data sovereignty")
	if got := count(`"data sovereignty"~0`); got != phrase {
		t.Errorf(`"data sovereignty"~0 = %d, want the phrase's %d`, got, phrase)
	}
	if count(`"sovereignty data"`) != 0 {
		t.Fatal(`"sovereignty data" matches: the test needs a reversed phrase that does not`)
	}
	if got := count(`"sovereignty data"~1`); got < phrase || phrase == 0 {
		t.Errorf(`"sovereignty data"~1 = %d, want at least the %d pages with "data sovereignty" (any order)`, got, phrase)
	}
	near := count(`"data sovereignty"~20`)
	if near < phrase || near > both {
		t.Errorf(`"data sovereignty"~20 = %d, want between the phrase's %d and both words' %d`, near, phrase, both)
	}
	if far := count(`"data sovereignty"~100`); far < near {
		t.Errorf(`~100 = %d < ~20 = %d`, far, near)
	}
	// Highlighted: the words of a proximity hit are marked.
	res := doSearch(t, s, Request{Text: `"sovereignty data"~1`})
	for _, h := range res.Hits {
		if len(h.Snippets) == 0 || len(h.Snippets[0].Marks) == 0 {
			t.Errorf("%s: no marks in %+v", h.ID, h.Snippets)
		}
	}
}

// TestWildcard checks that "?" stands for one letter: cyb?r finds what
// cyber finds, and a wildcard spans spellings whose stems differ.
func TestWildcard(t *testing.T) {
	s := fixture(t)
	count := func(q string) int { return int(doSearch(t, s, Request{Text: q}).Total) }
	if got, want := count("cyb?r"), count("cyber OR cybar OR cybor"); got != want || want == 0 {
		t.Errorf("cyb?r = %d, want %d", got, want)
	}
	if got, want := count("locali?ation"), count("localisation OR localization"); got != want || want == 0 {
		t.Errorf("locali?ation = %d, want %d", got, want)
	}
	if got, want := count("c?b?r"), count("cyber"); got < want {
		t.Errorf("c?b?r = %d, want at least cyber's %d", got, want)
	}
	if got, want := count("sovereign?y*"), count("sovereignty"); got < want || want == 0 {
		t.Errorf("sovereign?y* = %d, want at least %d", got, want)
	}
	res := doSearch(t, s, Request{Text: "cyb?r"})
	for _, h := range res.Hits {
		marked := len(h.TitleMarks) > 0
		for _, sn := range h.Snippets {
			marked = marked || len(sn.Marks) > 0
		}
		if !marked {
			t.Errorf("%s: cyb?r marks nothing", h.ID)
		}
	}
}

// TestUnknownField: a field the language does not know is an error, not
// a search for a word that matches nothing.
func TestUnknownField(t *testing.T) {
	s := fixture(t)
	for _, q := range []string{"regoin:europe", "foo:bar", `"a b"~x`} {
		_, err := s.Search(context.Background(), Request{Text: q})
		var se *syntax.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Search(%q) = %v, want a *SyntaxError", q, err)
		}
	}
}

// TestBritishAmericanSearch: a word finds its other spelling, marks it in
// the snippets, and localization no longer finds pages that only say local.
func TestBritishAmericanSearch(t *testing.T) {
	s := fixture(t)
	for _, pair := range [][2]string{{"radicalization", "radicalisation"}, {"localization", "localisation"}, {"defense", "defence"}} {
		us := doSearch(t, s, Request{Text: pair[0]})
		uk := doSearch(t, s, Request{Text: pair[1]})
		if us.Total == 0 || us.Total != uk.Total {
			t.Errorf("%s = %d hits, %s = %d: want the same, more than 0", pair[0], us.Total, pair[1], uk.Total)
		}
		for _, h := range us.Hits {
			found := false
			for _, sn := range h.Snippets {
				for _, m := range sn.Marks {
					found = found || strings.EqualFold(sn.Text[m.Start:m.End], pair[1]) || strings.EqualFold(sn.Text[m.Start:m.End], pair[0])
				}
			}
			for _, m := range h.TitleMarks {
				found = found || strings.Contains(strings.ToLower(h.Title[m.Start:m.End]), pair[1][:5])
			}
			if !found {
				t.Errorf("%s: hit %s marks no spelling of it: %+v", pair[0], h.ID, h.Snippets)
			}
		}
	}
	if loc, local := doSearch(t, s, Request{Text: "localization"}).Total, doSearch(t, s, Request{Text: "local"}).Total; loc >= local {
		t.Errorf("localization = %d hits, local = %d: localization should not find every page that says local", loc, local)
	}
}
