package snippet

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

func marked(text string, ms []Span) []string {
	var out []string
	for _, m := range ms {
		out = append(out, text[m.Start:m.End])
	}
	return out
}

// termsOf stands in for the query planner: each word of q is a Word, or a
// Prefix when it ends in "*", and a quoted q is one Phrase.
func termsOf(q string) []Term {
	an := index.NewAnalyzer()
	if p, ok := strings.CutPrefix(q, `"`); ok {
		toks := an.Tokens(strings.TrimSuffix(p, `"`))
		var ph []string
		for i, tk := range toks {
			if i > 0 {
				for gap := tk.Position - toks[i-1].Position - 1; gap > 0; gap-- {
					ph = append(ph, "")
				}
			}
			ph = append(ph, tk.Term)
		}
		switch len(ph) {
		case 0:
			return nil
		case 1:
			return []Term{{Word: ph[0]}}
		}
		return []Term{{Phrase: ph}}
	}
	var out []Term
	for _, w := range strings.Fields(q) {
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if f := an.Fold(p); f != "" {
				out = append(out, Term{Prefix: f})
			}
			continue
		}
		for _, tk := range an.Tokens(w) {
			out = append(out, Term{Word: tk.Term})
		}
	}
	return out
}

func TestMarks(t *testing.T) {
	m := NewMatcher(append(append(termsOf(`"data sovereignty"`), termsOf("china")...), termsOf("cyber*")...))
	text := "Data and sovereignty apart; China’s data sovereignty rules; Cybersecurity and cyberspace. chinas"
	want := []string{"China", "data sovereignty", "Cybersecurity", "cyberspace", "chinas"}
	if got := marked(text, m.Marks(text)); !cmp.Equal(got, want) {
		t.Errorf("marks = %q, want %q", got, want)
	}
}

// TestMarksAfterNonASCIIMarks checks a word with letters outside ASCII
// right after a quote or a dash that is outside ASCII too.
func TestMarksAfterNonASCIIMarks(t *testing.T) {
	m := NewMatcher(termsOf("regime"))
	text := "He said “Régime” twice — Régime — and régime."
	want := []string{"Régime", "Régime", "régime"}
	if got := marked(text, m.Marks(text)); !cmp.Equal(got, want) {
		t.Errorf("marks = %q, want %q", got, want)
	}
}

func TestSnippetsCutAtWords(t *testing.T) {
	m := NewMatcher(termsOf("sovereignty"))
	body := strings.Repeat("Filler words go here before the point. ", 20) + "Here national sovereignty matters a great deal to all. " + strings.Repeat("More filler text follows the point here. ", 20)
	sn := m.Snippets(&pub.Document{Body: body})
	if len(sn) != 1 {
		t.Fatalf("got %d snippets, want 1", len(sn))
	}
	s := sn[0]
	if !strings.HasPrefix(s.Text, "… ") || !strings.HasSuffix(s.Text, " …") {
		t.Errorf("cut snippet without ellipses: %q", s.Text)
	}
	inner := strings.TrimSuffix(strings.TrimPrefix(s.Text, "… "), " …")
	if !strings.Contains(body, inner) || !strings.HasPrefix(body[s.Offset:], inner) {
		t.Errorf("snippet text %q is not the field at offset %d", inner, s.Offset)
	}
	if s.Offset > 0 && body[s.Offset-1] != ' ' || body[s.Offset+len(inner)] != ' ' {
		t.Errorf("snippet not cut at word boundaries: %q", inner)
	}
	if got := marked(s.Text, s.Marks); !cmp.Equal(got, []string{"sovereignty"}) {
		t.Errorf("marks = %q", got)
	}
	if len(s.Text) > snippetSize+20 {
		t.Errorf("snippet of %d bytes", len(s.Text))
	}
}

func TestSnippetsFallBackToSynopsis(t *testing.T) {
	m := NewMatcher(nil)
	sn := m.Snippets(&pub.Document{Synopsis: "A short synopsis.", Body: "Body."})
	if len(sn) != 1 || sn[0].Field != index.FieldSynopsis || sn[0].Text != "A short synopsis." {
		t.Errorf("snippets = %+v", sn)
	}
}

func FuzzSnippets(f *testing.F) {
	f.Add("data sovereignty", "Data sovereignty matters.\n\nNational data sovereignty again, and data and sovereignty.")
	f.Add("china*", "China’s rise; 中国 chinese")
	f.Add("a", "\xff\xfe a a a")
	f.Add("regime", "Le régime ﬁnancial O’Neill REGIME")
	f.Add("financial oneill", "ﬁnancial O’Neill, o'neill")
	f.Add("regime", "He said “Régime” and — Régime —")
	f.Fuzz(func(t *testing.T, q, text string) {
		m := NewMatcher(append(termsOf(q), termsOf(`"`+q+`"`)...))
		if m.needles != nil && !m.empty && utf8.ValidString(text) {
			fast, all := m.fastMarks(text), m.allMarks(text)
			if !cmp.Equal(fast, all) {
				t.Fatalf("fast marks %v != all marks %v for %q in %q", fast, all, q, text)
			}
		}
		for _, s := range m.Snippets(&pub.Document{Synopsis: text, Body: text}) {
			if utf8.ValidString(text) && !utf8.ValidString(s.Text) {
				t.Fatalf("snippet %q of valid text is not valid UTF-8", s.Text)
			}
			last := 0
			for _, mk := range s.Marks {
				if mk.Start < last || mk.End > len(s.Text) || mk.Start >= mk.End {
					t.Fatalf("mark %+v out of order or outside %q", mk, s.Text)
				}
				last = mk.End
			}
		}
	})
}

// TestLowered checks the eight-bytes-at-a-time lower-casing against a byte
// loop, for every byte value at every position of a word.
func TestLowered(t *testing.T) {
	m := NewMatcher(nil)
	for n := 0; n < 20; n++ {
		for c := 0; c < 256; c++ {
			b := []byte(strings.Repeat("Ab@[`{Zz", 3)[:n])
			for at := 0; at < n; at++ {
				in := append([]byte(nil), b...)
				in[at] = byte(c)
				want, wantHigh := []byte(strings.Clone(string(in))), -1
				for i, x := range want {
					if x >= 'A' && x <= 'Z' {
						want[i] = x + 'a' - 'A'
					}
					if x >= 0x80 && wantHigh < 0 {
						wantHigh = i
					}
				}
				got, high := m.lowered(string(in))
				if got != string(want) || high != wantHigh {
					t.Fatalf("lowered(%q) = %q, %d; want %q, %d", in, got, high, want, wantHigh)
				}
			}
		}
	}
}

// TestMarksOtherSpelling: a query word marks its British or American
// spelling in the text, though the text does not start with the term.
func TestMarksOtherSpelling(t *testing.T) {
	for _, p := range [][2]string{{"center", "centre"}, {"judgment", "Judgement"}, {"gray", "grey"}, {"color", "colours"},
		{"theaters", "theatre"}, {"catalog", "catalogue"}, {"radicalization", "radicalised"}} {
		text := "In the " + p[1] + " of it."
		got := marked(text, NewMatcher(termsOf(p[0])).Marks(text))
		if !cmp.Equal(got, []string{p[1]}) {
			t.Errorf("%s in %q: marks %q", p[0], text, got)
		}
	}
}
