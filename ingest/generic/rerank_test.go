package generic

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRerankBound checks that rerank, which skips the costly features of
// candidates whose bound cannot win, picks what scoring every candidate
// in full picks, on every fixture page.
func TestRerankBound(t *testing.T) {
	if spanWeights == nil {
		t.Skip("the reranker is off")
	}
	files, _ := filepath.Glob("../../testdata/generic/*.txt")
	if len(files) == 0 {
		t.Fatal("no fixture pages")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, hand := range []string{"", "A Title Nobody Printed"} {
			ls := split(string(b))
			r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
			got, _ := r.rerank(hand, spanWeights)
			r2 := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
			cs := r2.spanCands(hand)
			best, bestS := -1, 0.0
			for k := range cs {
				if excludedFor(hand)(&cs[k]) {
					continue // furniture and a sentence's start never win
				}
				r2.addCostly(&cs[k])
				if s := cs[k].f.score(spanWeights); best < 0 || s > bestS {
					best, bestS = k, s
				}
			}
			want := hand
			if best >= 0 && cs[best].f[sHand] == 0 {
				want = cs[best].text
			}
			if got != want {
				t.Errorf("%s (hand %q): rerank %q, full scoring %q", filepath.Base(f), hand, got, want)
			}
		}
	}
	for _, k := range costlySpan {
		if spanWeights[k] > 0 {
			t.Errorf("costly feature %d has weight %v > 0: the bound does not hold", k, spanWeights[k])
		}
	}
}

// TestPickSpanTie checks that a later candidate whose bound is higher but
// whose costly features bring it down to the score of an earlier one does
// not win the tie: a scan in order picks the earlier.
func TestPickSpanTie(t *testing.T) {
	var w [numSpanFeatures]float64
	w[sBias], w[sPos0], w[sChrome] = 1, 1, -1
	cs := make([]spanCand, 2)
	cs[0].f[sBias] = 1                    // bound 1, score 1
	cs[1].f[sBias], cs[1].f[sPos0] = 1, 1 // bound 2, score 1 once costly
	costly := func(c *spanCand) {
		if c == &cs[1] {
			c.f[sChrome] = 1
		}
	}
	if got := pickSpan(cs, &w, costly, nil); got != 0 {
		t.Errorf("pickSpan = %d, want 0 (the earlier of two equal scores)", got)
	}
}

// TestSpanCands checks that each kind of candidate is offered: runs of
// lines, parts between separators, the text after a kind label, a quoted
// title, a line without its closing bracket, and spans of a one-line cover.
func TestSpanCands(t *testing.T) {
	page := strings.Join([]string{
		"Tidal Mills and the Estuary Economy | Harbour Review",
		"Commentary: Who Owns the Foreshore",
		`Download "Salt Roads of the Northern Coast"`,
		"Ferry Timetables After the Storm (opens in new tab)",
		"The Long Quay:",
		"Rebuilding a Working Waterfront",
		"Policy Report Lantern Markets and Town Budgets Odile Marchetti March 2021 Kestrel Point Institute",
		"In lieu of an abstract, a short excerpt of the piece: ¿tidal rights and wrongs?",
		"Article on the topic 'the salt marsh commons and their keepers'",
		"83 Addressing Tidal Haze Through the Councils Marlowe Peck Abstract the first dykes were built and the marsh has flooded",
		"Body text follows here, as a paragraph of plain prose about the harbour and its people.",
	}, "\n")
	r := pageReader(page)
	have := map[string]bool{}
	for _, c := range r.spanCands("") {
		have[c.text] = true
	}
	if q := quotedPart("Reading the Isles on 'Fares and the English Ferry'"); q != "" {
		t.Errorf("a title ending on a quoted phrase gave the quoted candidate %q", q)
	}
	for _, want := range []string{
		"Tidal Mills and the Estuary Economy",                     // a part before a separator
		"Who Owns the Foreshore",                                  // after a kind label
		"Salt Roads of the Northern Coast",                        // quoted
		"Ferry Timetables After the Storm",                        // without its closing bracket
		"The Long Quay: Rebuilding a Working Waterfront",          // two lines joined
		"Lantern Markets and Town Budgets",                        // a span of a one-line cover
		"¿tidal rights and wrongs?",                               // after a long preamble's colon
		"the salt marsh commons and their keepers",                // a catalogue's single quotes
		"Addressing Tidal Haze Through the Councils Marlowe Peck", // after a page number, before "Abstract"
	} {
		if !have[want] {
			t.Errorf("no candidate %q", want)
		}
	}
}

// TestSpanNames checks that every span feature has its name for the
// generated weights file.
func TestSpanNames(t *testing.T) {
	seen := map[string]bool{}
	for k, n := range spanNames {
		if n == "" || seen[n] {
			t.Errorf("span feature %d: name %q missing or repeated", k, n)
		}
		seen[n] = true
	}
}

// TestSpanCues checks the tests behind the span features added for
// furniture the fit could not tell before: each fires on its shape and
// stays off a plain title.
func TestSpanCues(t *testing.T) {
	title := "Tidal Grazing and the Salt Marsh Commons"
	cues := []struct {
		name string
		test func(string) bool
		yes  string
	}{
		{"letter-spaced banner", func(s string) bool { return letterSpaced(strings.Fields(s)) }, "W O R K I N G P A P E R"},
		{"interface words", func(s string) bool { return hasWord(strings.Fields(strings.ToLower(s)), interfaceWords) }, "Subscribe to our letters"},
		{"picture credit", func(s string) bool { return hasWord(strings.Fields(strings.ToLower(s)), creditWords) }, "Hives above the exchange (Photo: I Farrow)"},
		{"short tail after a separator", sepTail, title + " - Fenwick Estuary Trust"},
		{"a name at the end", endsName, "Who grazes the salt marsh? Marlowe Peck"},
	}
	for _, c := range cues {
		if !c.test(c.yes) {
			t.Errorf("%s: %q not seen", c.name, c.yes)
		}
		if c.test(title) {
			t.Errorf("%s: fires on the plain title %q", c.name, title)
		}
	}
	if !IsFurniture("All publications >") || !IsFurniture("Voir tout »") {
		t.Error("a link label ending in an arrow is furniture")
	}
	for _, s := range []string{"Home > Publications", "« Pour une Europe souveraine »", "Entretien « L'Europe doit choisir »"} {
		if IsFurniture(s) {
			t.Errorf("%q is furniture: a short breadcrumb ending in a word, a title in guillemets are not", s)
		}
	}
	var long strings.Builder
	for k := range 20000 {
		fmt.Fprintf(&long, "w%d ", k) // a rules' title made from a huge address
	}
	if n := len(lexWords(long.String())); n > spanBytes/2 {
		t.Errorf("lexWords read %d words of a long title: its distinct-word test is quadratic, so it must read the start only", n)
	}
	lex := map[string]float64{"subscribe": -2, "commons": 1}
	if mean, low := lexScore(lexWords(strings.ToLower("Subscribe to the Commons, subscribe")), lex); mean != -0.25 || low != -2 {
		t.Errorf("lexScore = %v, %v; want -0.25 (each distinct word once), -2", mean, low)
	}
}

// TestSpanEcho checks sEcho: a candidate whose opening words another line
// repeats (a sharing site's cut, lower-cased page title) is marked, one
// no other line shares is not.
func TestSpanEcho(t *testing.T) {
	page := strings.Join([]string{
		"tidal grazing and the salt marsh commons: who ... · pdf file",
		"Upload: harbourkeeper",
		"Tidal Grazing and the Salt Marsh Commons: Who Pays for the Dykes?",
		"Marlowe Peck",
		"Kestrel Point Institute Working Paper 12",
	}, "\n")
	r := pageReader(page)
	echo := map[string]float64{}
	for _, c := range r.spanCands("") {
		echo[c.text] = c.f[sEcho]
	}
	if echo["Tidal Grazing and the Salt Marsh Commons: Who Pays for the Dykes?"] != 1 {
		t.Error("the cover's title, whose opening the page title repeats, has no sEcho")
	}
	if echo["Kestrel Point Institute Working Paper 12"] != 0 {
		t.Error("a series line no other line shares has sEcho")
	}
}

// TestRerankMenuLabel: a bare "Who we are" never replaces the rules'
// title, however the weights favour it.
func TestRerankMenuLabel(t *testing.T) {
	page := "Who we are\nFerry Fares and the Island Councils\nBy Anna Berg\n" +
		"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n"
	r := pageReader(page)
	var w [numSpanFeatures]float64
	w[sPos0] = 10
	if got, ok := r.rerank("Ferry Fares and the Island Councils", &w); ok || got != "Ferry Fares and the Island Councils" {
		t.Errorf("rerank = %q, %v; want the rules' title kept", got, ok)
	}
}

// TestHandWay checks, over the fixtures, that the rules' candidate carries
// the way the rules found it (each way met at least once) and, for a
// scored block, its score and its lead over the next block.
func TestHandWay(t *testing.T) {
	ways := map[int]int{}
	lead := false
	for _, pg := range fixturePages(t) {
		ls := split(pg.Text)
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		_, title := r.title()
		if title == "" {
			continue
		}
		var f spanFeatures
		for _, c := range r.spanCands(title) {
			if c.f[sHand] == 1 {
				f = c.f
			}
		}
		ways[r.handWay]++
		want := map[int][3]bool{handRecord: {true, false, false}, handFallback: {false, true, false}, handScored: {false, false, true}}[r.handWay]
		if got := [3]bool{f[sHandRecord] == 1, f[sHandFallback] == 1, f[sHandScore] > 0}; got != want {
			t.Errorf("%s: way %d, features record/fallback/score %v, want %v", pg.Name, r.handWay, got, want)
		}
		lead = lead || r.handWay == handScored && r.handMargin < r.handScore
	}
	for _, w := range []int{handRecord, handFallback, handScored} {
		if ways[w] == 0 {
			t.Errorf("no fixture's title found the way %d", w)
		}
	}
	if !lead {
		t.Error("no scored title's lead over the next block is below its score: the lead is not computed")
	}
}

// TestRerankNotTitle: furniture that the weights favour (a menu's
// "Programmes & Centres" at the top) never wins; the next candidate does.
func TestRerankNotTitle(t *testing.T) {
	page := "Programmes & Centres\nFerry Fares and the Island Councils\nBy Anna Berg\n" +
		"The winter crossing has always cost more than the summer one, and the island councils have long asked why, in letters and at every meeting with the mainland.\n"
	r := pageReader(page)
	var w [numSpanFeatures]float64
	w[sPos0] = 10
	w[sPos1] = 5
	w[sLines2], w[sLines3] = -20, -20
	if got, _ := r.rerank("The winter crossing", &w); got != "Ferry Fares and the Island Councils" {
		t.Errorf("rerank = %q, want the line under the menu's label", got)
	}
}

// TestRerankCutSentence checks that rerank never takes a sharing site's
// record made of the text's first words, stopped mid-sentence, over the
// rules' title.
func TestRerankCutSentence(t *testing.T) {
	page := "Joining the Harbour Union, as well as the Ferry Accord, was\n" +
		"FERRY POLICY OF THE NORTHERN ISLES: A DECADE IN REVIEW\nAnna Berg\n" +
		"Joining the Harbour Union, as well as the Ferry Accord, was the isles' first aim after the storm, and the councils have held to it in every vote since.\n"
	r := pageReader(page)
	var w [numSpanFeatures]float64
	w[sPos0] = 10
	w[sLines2], w[sLines3] = -20, -20
	hand := "FERRY POLICY OF THE NORTHERN ISLES: A DECADE IN REVIEW"
	if got, _ := r.rerank(hand, &w); got != hand {
		t.Errorf("rerank = %q, want the rules' title", got)
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Joining the Harbour Union, as well as the Ferry Accord, was", true},
		{"Joining the Harbour Union and the", true},
		{"Who we are", false},
		{"What the Ferry Fares Were", false},
		{"The Year the Harbour Union Was", false}, // a Title Case title's last word
	} {
		if got := cutSentence(c.in); got != c.want {
			t.Errorf("cutSentence(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestLetterSpaced checks that a running head set letter by letter is told
// from a title with a letter or two standing alone, and never wins rerank.
func TestLetterSpaced(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"国 際 安 全 保 障 第4", true},
		{"H A R B O U R S T U D I E S", true},
		{"Plan B: A Ferry for the Isles", false},
		{"港 湾 政策の新しい課題", false},
	} {
		if got := letterSpaced(strings.Fields(c.in)); got != c.want {
			t.Errorf("letterSpaced(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	page := "You are on page 1of 11\n\n港 湾 研 究 第4\n\n6巻 第 3号\n\n[特集]\n\n「北の島」構想の射程と課題\n\n田中 港\n\nはじめに\n\n" +
		"港湾の料金は冬になると上がり、島の議会は何年も前からその理由を問い続けてきた。本稿はその経緯をたどり\n" +
		"料金の決め方を改める道を考えるとともに、島ごとの違いがどこから来たのかを、議会の記録と港の帳簿から\n" +
		"読み解いていく。冬の料金が夏より高いのは燃料のためだと言われてきたが、帳簿はそれだけではないと語る。\n"
	r := pageReader(page)
	var w [numSpanFeatures]float64
	w[sLetterSpaced] = 10 // weights that would favour it
	if got, _ := r.rerank("「北の島」構想の射程と課題", &w); got != "「北の島」構想の射程と課題" {
		t.Errorf("rerank = %q, want the rules' heading under the running head", got)
	}
}

// TestIssueHead checks that a periodical's issue line is told from a title
// naming a review.
func TestIssueHead(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"The Newsletter 81 Autumn 2018", true},
		{"Harbour Review No. 12, March 2020", true},
		{"Island Studies Quarterly 7 2021", true},
		{"A Review of 2018", false},
		{"Harbour Report 12, March 2020", false},
		{"Island Policy 7 Spring 2020", false},
		{"The Harbour Review 2020: Ferries After the Storm", false},
	} {
		if got := issueHeadRe.MatchString(c.in); got != c.want {
			t.Errorf("issueHeadRe(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	page := "The Newsletter 81 Autumn 2018\n\nThe Ferry Studies Programme\n\nAnna Berg\n\n" +
		"The Ferry Studies Programme at the Harbour Institute studies the isles' crossings, a very important link for the councils because of their trade and their people.\n"
	r := pageReader(page)
	var w [numSpanFeatures]float64
	w[sPos0] = 10 // weights that would favour the first line
	w[sLines2], w[sLines3] = -20, -20
	if got, _ := r.rerank("The Ferry Studies Programme", &w); got != "The Ferry Studies Programme" {
		t.Errorf("rerank = %q, want the rules' title under the issue line", got)
	}
}

// TestExcludedFor checks that rerank never takes the head of a capitals
// title the rules joined at a joining word, and may take other heads.
func TestExcludedFor(t *testing.T) {
	hand := "IMPLEMENTACIÓN DE LA REFORMA PORTUARIA EN LAS ISLAS"
	for _, c := range []struct {
		text string
		want bool
	}{
		{"IMPLEMENTACIÓN DE LA REFORMA PORTUARIA", true},
		{"IMPLEMENTACIÓN DE LA", true},
		{"IMPLEMENTACIÓN DE LA REFORMA", false},
		{"Ferry Fares and the Island Councils", false},
	} {
		if got := excludedFor(hand)(&spanCand{text: c.text}); got != c.want {
			t.Errorf("excludedFor(%q)(%q) = %v, want %v", hand, c.text, got, c.want)
		}
	}
}

// pageReader is a reader of page's lines, as Read makes one.
func pageReader(page string) *reader {
	ls := split(page)
	return &reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
}
