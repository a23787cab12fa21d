package index

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index/pub"
)

func terms(text string) string {
	var out []string
	NewAnalyzer().Each(text, 0, func(t Token) { out = append(out, t.Term) })
	return strings.Join(out, " ")
}

func TestAnalyzerTerms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Data Sovereignty", "data sovereignti"},
		{"sovereignties", "sovereignti"},
		{"China's rise", "china rise"},
		{"China’s rise", "china rise"},               // typographic apostrophe
		{"the US-China rivalry", "us china rivalri"}, // stop word dropped, hyphen splits
		{"O'Neill and d’Estaing", "o'neill d'estaing"},
		{"Việt Nam", "viet nam"},
		{"ﬁnance", "financ"}, // ligature folded, then stemmed
		{"IP25008 | RedNote", "ip25008 rednot"},
		{"COVID-19 in 2020", "covid 19 2020"},
		{"东盟", "东 盟"}, // CJK: one term per character
		{"policy policies", "polici polici"},
		{"of the and", ""},
		{strings.Repeat("x", 200) + " ok", "ok"}, // overlong runs are not words
	}
	for _, tt := range tests {
		if got := terms(tt.in); got != tt.want {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzerPositionsAndOffsets(t *testing.T) {
	text := "freedom of navigation"
	got := NewAnalyzer().Tokens(text)
	want := []Token{{Term: "freedom", Position: 1, Start: 0, End: 7}, {Term: "navig", Position: 3, Start: 11, End: 21}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

func TestFoldKey(t *testing.T) {
	for in, want := range map[string]string{
		"Southeast Asia and ASEAN":      "southeast asia and asean",
		"  southeast   asia and asean ": "southeast asia and asean",
		"Nguyễn Văn A":                  "nguyen van a",
		"IP25008":                       "ip25008",
	} {
		if got := pub.FoldKey(in); got != want {
			t.Errorf("FoldKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"Data Sovereignty", "China’s", "O'Neill", "东盟 ASEAN", "a'b's'", "\xff\xfe", "’s", "x'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		NewAnalyzer().Each(s, 0, func(tok Token) {
			if tok.Term == "" || tok.Position <= last || tok.Start < 0 || tok.End > len(s) || tok.Start >= tok.End {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			last = tok.Position
		})
	})
}
