package index

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// British and American spellings of a word are indexed as one term: each
// folded English word is first respelt the American way (american), then
// stemmed, at index time, at query time and for snippets alike, so
// radicalisation finds radicalization and defence finds defense. The rules
// are regular endings (-ise, -isation, -yse, -our, -tre, -ogue) with a
// minimum stem before them that keeps short words (rise, wise, hour, four,
// rogue) apart, and a short list of words no ending covers. Respelling a
// word that was never British (advertise -> advertize) is harmless: both
// sides of a search are respelt the same way. docs/design.md has the
// measured cases.

// britishWords are the respellings no ending rule gives.
var britishWords = map[string]string{
	"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
	"pretence": "pretense", "licence": "license", "licences": "licenses", "licenced": "licensed",
	"programme": "program", "programmes": "programs", "ageing": "aging",
	"judgement": "judgment", "judgements": "judgments", "acknowledgement": "acknowledgment",
	"enrolment": "enrollment", "fulfil": "fulfill", "fulfilment": "fulfillment", "instalment": "installment",
	"skilful": "skillful", "wilful": "willful", "grey": "gray",
	"manoeuvre": "maneuver", "manoeuvres": "maneuvers", "manoeuvring": "maneuvering",
	"aluminium": "aluminum", "sceptic": "skeptic", "sceptical": "skeptical", "scepticism": "skepticism",
	"fibre": "fiber", "fibres": "fibers", "calibre": "caliber", "sabre": "saber", "sombre": "somber",
	"metre": "meter", "metres": "meters", "litre": "liter", "litres": "liters", "odour": "odor", "odours": "odors", "practise": "practice", "practised": "practiced",
	"practises": "practices", "practising": "practicing", "mould": "mold", "plough": "plow",
	"travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
	"cancelled": "canceled", "cancelling": "canceling", "labelled": "labeled", "labelling": "labeling",
	"modelled": "modeled", "modelling": "modeling", "signalled": "signaled", "signalling": "signaling",
	"fuelled": "fueled", "fuelling": "fueling", "channelled": "channeled", "counsellor": "counselor",
	"counsellors": "counselors", "jewellery": "jewelry", "paediatric": "pediatric", "anaemia": "anemia",
	"foetus": "fetus", "oestrogen": "estrogen", "encyclopaedia": "encyclopedia", "haemorrhage": "hemorrhage",
}

// britishEndings are respelt endings: a word ending in from, with at least
// minStem letters before it, ends in to instead. Longer endings come
// first.
var britishEndings = []struct {
	from, to string
	minStem  int
}{
	{"isations", "izations", 3}, {"isation", "ization", 3},
	{"ising", "izing", 3}, {"ised", "ized", 3}, {"isers", "izers", 3}, {"iser", "izer", 3},
	{"ises", "izes", 3}, {"ise", "ize", 3},
	{"ysing", "yzing", 2}, {"ysed", "yzed", 2}, {"ysers", "yzers", 2}, {"yser", "yzer", 2}, {"yses", "yzes", 2}, {"yse", "yze", 2},
	{"ourites", "orites", 3}, {"ourite", "orite", 3}, {"ourable", "orable", 3}, {"ourably", "orably", 3},
	{"ourless", "orless", 3}, {"ourhood", "orhood", 3}, {"ouring", "oring", 3}, {"ourful", "orful", 3},
	{"ourers", "orers", 3}, {"ourer", "orer", 3}, {"oured", "ored", 3}, {"ours", "ors", 3}, {"our", "or", 3},
	{"tred", "tered", 3}, {"tres", "ters", 3}, {"tre", "ter", 3},
	{"oguing", "oging", 3}, {"ogued", "oged", 3}, {"ogues", "ogs", 3}, {"ogue", "og", 3},
}

// izeEndings are the endings of the -ize family, kept apart from the
// stemmer: it takes localization to local and organization to organ,
// words that mean something else. A word with one of them, at least three
// letters before it, is indexed as that stem and "iz" (localiz), so
// localize, localized and localization find each other and not local.
var izeEndings = []string{"izations", "ization", "izing", "izers", "izer", "ized", "izes", "ize"}

// stem returns the index term of a folded lower-case English word: respelt
// the American way, then the -ize family by izeEndings and every other
// word by the Snowball English stemmer (docs/design.md has the measured
// choice).
func stem(w string) string {
	w = american(w)
	for _, e := range izeEndings {
		if strings.HasSuffix(w, e) && len(w)-len(e) >= 3 {
			return w[:len(w)-len(e)] + "iz"
		}
	}
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// Needle returns a prefix that every word indexed as term starts with,
// lower-cased: snippets search the text for it before analysing the words
// found there. A stem may have lost or changed its last letter (policy ->
// polici), and a British spelling differs from the American term near its
// end (centre -> center, judgement -> judgment), so the needle stops before
// those.
func Needle(term string) string {
	n := max(len(term)-1, 1)
	for _, core := range []string{"iz", "yz", "or", "ter", "og"} {
		if i := strings.LastIndex(term, core); i >= 3 && i >= len(term)-6 {
			n = min(n, i)
		}
	}
	if p, ok := britishNeedles[term]; ok {
		n = min(n, max(p, 1)) // grey and gray share only gr
	}
	return term[:min(n, len(term))]
}

// britishNeedles maps the term of each respelt word of britishWords to
// the length of what its two spellings share.
var britishNeedles = func() map[string]int {
	m := map[string]int{}
	for b, a := range britishWords {
		t := stem(a)
		n := 0
		for n < len(a) && n < len(b) && n < len(t) && a[n] == b[n] && a[n] == t[n] {
			n++
		}
		if old, ok := m[t]; !ok || n < old {
			m[t] = n
		}
	}
	return m
}()

// american returns the American spelling of a folded lower-case word, or
// the word itself.
func american(w string) string {
	if a, ok := britishWords[w]; ok {
		return a
	}
	for _, e := range britishEndings {
		if strings.HasSuffix(w, e.from) && len(w)-len(e.from) >= e.minStem {
			return w[:len(w)-len(e.from)] + e.to
		}
	}
	return w
}
