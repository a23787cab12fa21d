package index

import (
	"strings"
	"testing"
)

// spellingPairs must be indexed as one term: British and American
// spellings, inflections and the -ize family.
var spellingPairs = [][2]string{
	{"radicalization", "radicalisation"}, {"radicalised", "radicalization"}, {"defence", "defense"},
	{"organisation", "organization"}, {"organised", "organization"}, {"localisation", "localization"},
	{"localize", "localisations"}, {"analyse", "analyze"}, {"analysed", "analyzed"}, {"paralysed", "paralyzed"},
	{"colour", "color"}, {"colours", "colors"}, {"labour", "labor"}, {"behaviour", "behavior"},
	{"neighbouring", "neighboring"}, {"favourite", "favorite"}, {"centre", "center"}, {"centres", "centers"},
	{"metre", "meter"}, {"theatre", "theater"}, {"catalogue", "catalog"}, {"dialogue", "dialog"},
	{"programme", "program"}, {"travelled", "traveled"}, {"cancelled", "canceled"}, {"licence", "license"},
	{"offence", "offense"}, {"judgement", "judgment"}, {"policies", "policy"}, {"sovereignties", "sovereignty"},
	{"negotiating", "negotiate"}, {"militaries", "military"},
}

// apartPairs must stay apart: words the old stemmer ran together, and
// words the respelling rules must not touch.
var apartPairs = [][2]string{
	{"localization", "local"}, {"organization", "organ"}, {"normalization", "normal"},
	{"community", "communism"}, {"generous", "general"}, {"news", "new"},
	{"prize", "prise"}, {"hatred", "hater"}, {"hours", "hors"}, {"rise", "rize"}, {"string", "ster"},
}

func TestBritishAndAmericanSpellings(t *testing.T) {
	an := NewAnalyzer()
	for _, p := range spellingPairs {
		if a, b := an.Term(p[0]), an.Term(p[1]); a != b || a == "" {
			t.Errorf("%s -> %q, %s -> %q: want one term", p[0], a, p[1], b)
		}
	}
	for _, p := range apartPairs {
		if a, b := an.Term(p[0]), an.Term(p[1]); a == b {
			t.Errorf("%s and %s are both %q: want them apart", p[0], p[1], a)
		}
	}
}

// TestNeedle: snippets find a word by its term's needle, so the needle
// must start every spelling indexed as that term.
func TestNeedle(t *testing.T) {
	an := NewAnalyzer()
	for _, p := range append(spellingPairs, [2]string{"Sovereignty", "sovereignties"}, [2]string{"grey", "gray"}, [2]string{"manoeuvres", "maneuvers"}) {
		n := Needle(an.Term(p[0]))
		for _, w := range p {
			if !strings.HasPrefix(strings.ToLower(w), n) {
				t.Errorf("needle %q of %s does not start %s", n, an.Term(p[0]), w)
			}
		}
	}
}
