package generic

import (
	"fmt"
	"go/format"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/internal/realpages"
)

// spanExample is one labelled page's span candidates and which of them
// give the labelled title.
type spanExample struct {
	wt    float64 // the example's weight in the fit; 0 counts as 1
	set   string
	name  string
	cands []spanCand
	right []bool
	words [][]string // each candidate's lexWords
}

// fixturePages loads the invented fixtures as labelled pages, so that a
// fit keeps them right.
func fixturePages(t *testing.T) []realpages.Page {
	files, _ := filepath.Glob("../../testdata/generic/*.expect.json")
	var out []realpages.Page
	for _, f := range files {
		text, e := readFixture(t, f)
		p := realpages.Page{Name: filepath.Base(strings.TrimSuffix(f, ".expect.json")), Kind: "pub", Text: string(text)}
		if e.Skip != "" {
			p.Kind = "nav"
		} else if e.Title != nil {
			p.Title = *e.Title
		}
		out = append(out, p)
	}
	return out
}

func spanExamples(set string, pages []realpages.Page) []spanExample {
	var out []spanExample
	for _, pg := range pages {
		if pg.Kind != "pub" || pg.Title == "" {
			continue
		}
		p := Read(pg.Text, Hints{})
		if p.Skip != "" {
			continue
		}
		ls := split(pg.Text)
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		r.title() // sets how the rules found their title, as in Read
		ex := spanExample{set: set, name: pg.Name, cands: r.spanCands(p.Title)}
		for k := range ex.cands {
			r.addCostly(&ex.cands[k])
		}
		for _, c := range ex.cands {
			ex.right = append(ex.right, realpages.SameTitle(c.text, pg.Title))
			ex.words = append(ex.words, lexWords(strings.ToLower(c.text)))
		}
		out = append(out, ex)
	}
	return out
}

// fitSpansFrom fits span weights by gradient descent on the softmax loss
// over each page's candidates, started from weights w, with an L2 pull
// towards center.
func fitSpansFrom(w [numSpanFeatures]float64, center *[numSpanFeatures]float64, exs []spanExample, lambda float64, steps int) [numSpanFeatures]float64 {
	for step := 0; step < steps; step++ {
		var grad [numSpanFeatures]float64
		nEx := 0
		for _, ex := range exs {
			ss := make([]float64, len(ex.cands))
			for k := range ex.cands {
				ss[k] = ex.cands[k].f.score(&w)
			}
			diff := softmaxDiff(ss, ex.right)
			if diff == nil {
				continue
			}
			nEx++
			for k, d := range diff {
				if d == 0 {
					continue
				}
				if ex.wt > 0 {
					d *= ex.wt
				}
				for j := range grad {
					grad[j] += d * ex.cands[k].f[j]
				}
			}
		}
		for j := range w {
			w[j] -= 0.5 * (grad[j]/float64(max(nEx, 1)) + 2*lambda*(w[j]-center[j]))
		}
		for _, j := range costlySpan {
			w[j] = min(w[j], 0) // rerank's bound needs them never positive
		}
	}
	return w
}

// spanRight counts the pages whose best span under w is a right one, and
// those whose rules' title is right.
func spanRight(exs []spanExample, w *[numSpanFeatures]float64) (right, hand int, changed []string) {
	for _, ex := range exs {
		best, bestS := -1, 0.0
		for k := range ex.cands {
			if s := ex.cands[k].f.score(w); best < 0 || s > bestS {
				best, bestS = k, s
			}
		}
		h := -1
		for k := range ex.cands {
			if ex.cands[k].f[sHand] == 1 {
				h = k
			}
		}
		if best >= 0 && ex.right[best] {
			right++
		}
		if h >= 0 && ex.right[h] {
			hand++
		}
		if best != h && best >= 0 {
			hs := ""
			if h >= 0 {
				hs = ex.cands[h].text
			}
			changed = append(changed, fmt.Sprintf("%s %s: %q -> %q (right %v -> %v)", ex.set, ex.name, hs, ex.cands[best].text, h >= 0 && ex.right[h], ex.right[best]))
		}
	}
	return right, hand, changed
}

// fitKeepingFixtures fits span weights to the fixtures and the labelled
// pages. The fixtures are every field right by design: a fixture the fit
// gets wrong weighs twice as much in the next fit, for a few rounds. The
// fixtures' weights are restored after.
func fitKeepingFixtures(fix, pages []spanExample, lambda float64, steps int) [numSpanFeatures]float64 {
	var zero [numSpanFeatures]float64
	w := zero
	w[sHand] = 2
	return tuneKeepingFixtures(w, &zero, fix, pages, lambda, steps)
}

// tuneKeepingFixtures is fitKeepingFixtures started from weights w, its L2
// pull towards center.
func tuneKeepingFixtures(w [numSpanFeatures]float64, center *[numSpanFeatures]float64, fix, pages []spanExample, lambda float64, steps int) [numSpanFeatures]float64 {
	wts := make([]float64, len(fix))
	for k := range fix {
		wts[k] = fix[k].wt
	}
	defer func() {
		for k := range fix {
			fix[k].wt = wts[k]
		}
	}()
	w = fitSpansFrom(w, center, append(append([]spanExample(nil), fix...), pages...), lambda, steps)
	for round := 0; round < fixRounds; round++ {
		wrong := 0
		for k := range fix {
			if !spanPicksRight(fix[k], &w) {
				fix[k].wt = max(fix[k].wt, 1) * 2
				wrong++
			}
		}
		if wrong == 0 {
			break
		}
		// a refit starts from the last weights, so it needs fewer steps
		w = fitSpansFrom(w, center, append(append([]spanExample(nil), fix...), pages...), lambda, steps/4)
	}
	return w
}

// fixRounds bounds the refits that weigh wrong fixtures up.
const fixRounds = 5

// spanPicksRight reports whether the best span of ex under w is right.
func spanPicksRight(ex spanExample, w *[numSpanFeatures]float64) bool {
	r, _, _ := spanRight([]spanExample{ex}, w)
	return r == 1
}

// spanNames names the span features, in order, for the generated file.
var spanNames = [numSpanFeatures]string{"sBias", "sHand", "sPos0", "sPos1", "sPos2", "sPos3", "sPos4to5", "sPos6to9", "sPos10", "sLines2", "sLines3", "sSegment", "sBeforeSep", "sAfterSep", "sWords1to2", "sWords3to4", "sWords5to8", "sWords9to15", "sWords16to25", "sWords26", "sCapsWords", "sAllCaps", "sLowerFirst", "sEndDot", "sEndColon", "sEndQuestion", "sEndComma", "sDated", "sDigits", "sChrome", "sTeaser", "sBullet", "sGapBefore", "sGapInside", "sNextDated", "sNextByline", "sNextName", "sNextProse", "sNextChrome", "sNextGap", "sPrevChrome", "sPrevDated", "sPrevByline", "sRepeated", "sFirstWords", "sName", "sSiteName", "sOpenEnd", "sHandInside", "sInsideHand", "sFurniture", "sByline", "sURL", "sInline", "sInlineEnd", "sAfterDateTok", "sAfterKindTok", "sAfterPunctTok", "sBeforeNameTok", "sBeforeDateTok", "sBeforeBy", "sHandPrefix", "sHandSuffix", "sQuoted", "sDropParen", "sNextLower", "sLetterSpaced", "sInterface", "sCredit", "sSepTail", "sPrevProse", "sEndsName", "sLexMean", "sLexMin", "sEcho", "sHandRecord", "sHandFallback", "sHandScore", "sHandMargin"}

// lexCounts counts, per word, the pages of a set where it stands in a
// right candidate and those where it stands only in wrong ones.
type lexCounts map[string][2]int

func countLex(exs []spanExample) lexCounts {
	c := lexCounts{}
	for _, ex := range exs {
		pos, neg := map[string]bool{}, map[string]bool{}
		for k, ws := range ex.words {
			for _, w := range ws {
				if ex.right[k] {
					pos[w] = true
				} else {
					neg[w] = true
				}
			}
		}
		for w := range pos {
			v := c[w]
			v[0]++
			c[w] = v
		}
		for w := range neg {
			if !pos[w] {
				v := c[w]
				v[1]++
				c[w] = v
			}
		}
	}
	return c
}

// Words enter the lexicon when seen on lexMinPages pages of lexMinSets
// sets: a word of one site's furniture must not be learned as general.
const (
	lexMinPages = 4
	lexMinSets  = 3
	lexClamp    = 3
)

// buildLex is the lexicon of the sets in counts whose names are not in
// leave: each word's log ratio of right to wrong pages.
func buildLex(counts map[string]lexCounts, leave ...string) map[string]float64 {
	type tot struct{ p, n, sets int }
	all := map[string]tot{}
	for name, c := range counts {
		if slices.Contains(leave, name) {
			continue
		}
		for w, v := range c {
			t := all[w]
			t.p, t.n, t.sets = t.p+v[0], t.n+v[1], t.sets+1
			all[w] = t
		}
	}
	lex := map[string]float64{}
	for w, t := range all {
		if t.p+t.n < lexMinPages || t.sets < lexMinSets {
			continue
		}
		v := math.Log(float64(t.p+1) / float64(t.n+1))
		lex[w] = max(-lexClamp, min(lexClamp, math.Round(v*100)/100))
	}
	return lex
}

// setLex sets the lexicon features of every candidate of exs under lex.
func setLex(exs []spanExample, lex map[string]float64) {
	for i := range exs {
		for k := range exs[i].cands {
			f := &exs[i].cands[k].f
			f[sLexMean], f[sLexMin] = lexScore(exs[i].words[k], lex)
		}
	}
}

// writeSpanLex writes lex as the Go file of rerank's fitted lexicon.
func writeSpanLex(path string, lex map[string]float64, note string) error {
	var b strings.Builder
	b.WriteString("// Code generated by TestLearnSpanWeights; DO NOT EDIT.\n\n")
	b.WriteString("package generic\n\n")
	fmt.Fprintf(&b, "// fittedSpanLex %s.\n", note)
	b.WriteString("var fittedSpanLex = map[string]float64{\n")
	ws := make([]string, 0, len(lex))
	for w, v := range lex {
		if math.Abs(v) >= 0.005 {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	for _, w := range ws {
		fmt.Fprintf(&b, "\t%q: %.2f,\n", w, lex[w])
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// writeSpanWeights writes w as the Go file of rerank's fitted weights.
func writeSpanWeights(path string, w [numSpanFeatures]float64, note string) error {
	var b strings.Builder
	b.WriteString("// Code generated by TestLearnSpanWeights; DO NOT EDIT.\n\n")
	b.WriteString("package generic\n\n")
	fmt.Fprintf(&b, "// fittedSpanWeights %s.\n", note)
	b.WriteString("var fittedSpanWeights = [numSpanFeatures]float64{\n")
	for k, v := range w {
		if math.Abs(v) >= 0.005 {
			fmt.Fprintf(&b, "\t%s: %.2f,\n", spanNames[k], v)
		}
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

// TestLearnSpanWeights fits the span weights of rerank to the private
// labelled sets GENERIC_TRAIN_DIRS names and to the fixtures, leaving each
// set out in turn, and prints the weights fitted to all.
func TestLearnSpanWeights(t *testing.T) {
	env := os.Getenv("GENERIC_TRAIN_DIRS")
	if env == "" {
		t.Skip("GENERIC_TRAIN_DIRS not set")
	}
	saved, savedLex := spanWeights, spanLex
	spanWeights = nil // the rules' own title is the "hand" candidate
	spanLex = nil     // set per fold by setLex
	defer func() { spanWeights, spanLex = saved, savedLex }()
	lambda := 0.001
	if v := os.Getenv("GENERIC_TRAIN_LAMBDA"); v != "" {
		fmt.Sscan(v, &lambda)
	}
	sets, names := loadSpanSets(t, env)
	fix := spanExamples("fixtures", fixturePages(t))
	if os.Getenv("GENERIC_TRAIN_NOFIX") != "" {
		fix = nil
	}
	if v := os.Getenv("GENERIC_TRAIN_FIXWT"); v != "" {
		var fw float64
		fmt.Sscan(v, &fw)
		for k := range fix {
			fix[k].wt = fw
		}
	}
	steps := 400
	if v := os.Getenv("GENERIC_TRAIN_STEPS"); v != "" {
		fmt.Sscan(v, &steps)
	}
	var all []spanExample
	covered := 0
	for _, n := range names {
		all = append(all, sets[n]...)
	}
	for _, ex := range all {
		if slices.Contains(ex.right, true) {
			covered++
		}
	}
	t.Logf("the labelled title is a span's text on %d of %d indexed pages", covered, len(all))
	if os.Getenv("GENERIC_TRAIN_UNCOVERED") != "" {
		for _, ex := range all {
			if !slices.Contains(ex.right, true) {
				t.Logf("uncovered %s %s", ex.set, ex.name)
			}
		}
	}
	if v := os.Getenv("GENERIC_TRAIN_DROP"); v != "" {
		// ablation: the named features are zero everywhere
		for _, name := range strings.Split(v, ",") {
			j := slices.Index(spanNames[:], name)
			if j < 0 || j == sLexMean || j == sLexMin {
				t.Fatalf("GENERIC_TRAIN_DROP: no feature %q, or a lexicon feature (GENERIC_TRAIN_NOLEX drops those)", name)
			}
			for _, exs := range append([][]spanExample{fix}, slices.Collect(maps.Values(sets))...) {
				for i := range exs {
					for k := range exs[i].cands {
						exs[i].cands[k].f[j] = 0
					}
				}
			}
		}
	}
	// the lexicon is learned from the real pages only: the fixtures'
	// invented words say nothing of real titles, and the fixtures are then
	// scored in the fit as rerank scores them
	counts := map[string]lexCounts{}
	for _, n := range names {
		counts[n] = countLex(sets[n])
	}
	noLex := os.Getenv("GENERIC_TRAIN_NOLEX") != ""
	// crossLex sets each training set's lexicon features from the sets
	// other than itself and the left-out one, so that the fit never sees a
	// word weighed on its own page
	crossLex := func(leave string) {
		for _, m := range append([]string{"fixtures"}, names...) {
			exs := fix
			if m != "fixtures" {
				exs = sets[m]
			}
			if m == leave {
				continue
			}
			lex := buildLex(counts, m, leave)
			if noLex {
				lex = nil
			}
			setLex(exs, lex)
		}
	}
	var tr, th, tot int
	for _, n := range names {
		if os.Getenv("GENERIC_TRAIN_NOLOSO") != "" {
			break
		}
		crossLex(n)
		lex := buildLex(counts, n)
		if noLex {
			lex = nil
		}
		setLex(sets[n], lex)
		var train []spanExample
		for _, m := range names {
			if m != n {
				train = append(train, sets[m]...)
			}
		}
		w := fitKeepingFixtures(fix, train, lambda, steps)
		r, h, ch := spanRight(sets[n], &w)
		t.Logf("%s: rules %d, reranked %d of %d", n, h, r, len(sets[n]))
		if os.Getenv("GENERIC_TRAIN_VERBOSE") != "" {
			for _, c := range ch {
				t.Log("  ", c)
			}
		}
		if os.Getenv("GENERIC_TRAIN_WRONG") != "" {
			for _, ex := range sets[n] {
				best, bestS, rk := -1, 0.0, -1
				for k := range ex.cands {
					if s := ex.cands[k].f.score(&w); best < 0 || s > bestS {
						best, bestS = k, s
					}
					if ex.right[k] && rk < 0 {
						rk = k
					}
				}
				if rk >= 0 && !ex.right[best] {
					t.Logf("WRONG %s %s: picked %q (%.2f), right %q (%.2f)", n, ex.name, ex.cands[best].text, bestS, ex.cands[rk].text, ex.cands[rk].f.score(&w))
				}
			}
		}
		tr, th, tot = tr+r, th+h, tot+len(sets[n])
	}
	if tot > 0 {
		t.Logf("left out in turn: rules %d, reranked %d of %d", th, tr, tot)
	}
	crossLex("")
	w := fitKeepingFixtures(fix, all, lambda, steps)
	lexAll := buildLex(counts)
	if noLex {
		lexAll = map[string]float64{}
	}
	t.Logf("lexicon: %d words", len(lexAll))
	if os.Getenv("GENERIC_TRAIN_VERBOSE") != "" {
		_, _, ch := spanRight(all, &w)
		for _, c := range ch {
			t.Log("  all:", c)
		}
	}
	ar, ah, _ := spanRight(all, &w)
	t.Logf("in sample: rules %d, reranked %d of %d", ah, ar, len(all))
	fr, fh, fch := spanRight(fix, &w)
	t.Logf("fixtures under the weights fitted to all: rules %d, reranked %d of %d", fh, fr, len(fix))
	for _, c := range fch {
		t.Log("  ", c)
	}
	var b strings.Builder
	for k, v := range w {
		fmt.Fprintf(&b, "%s:%.2f ", spanNames[k], v)
	}
	t.Logf("fitted to all: %s", b.String())
	if os.Getenv("GENERIC_TRAIN_WRITE") != "" {
		note := fmt.Sprintf("are fitted by TestLearnSpanWeights to private labelled real pages and the fixtures "+
			"(GENERIC_TRAIN_FIXWT=%s GENERIC_TRAIN_STEPS=%d GENERIC_TRAIN_LAMBDA=%g)", os.Getenv("GENERIC_TRAIN_FIXWT"), steps, lambda)
		if err := writeSpanWeights("spanweights.go", w, note); err != nil {
			t.Fatal(err)
		}
		if err := writeSpanLex("spanlex.go", lexAll, "is fitted with fittedSpanWeights"); err != nil {
			t.Fatal(err)
		}
	}
}

// TestTuneSpanWeights tunes the shipped span weights to more labelled
// pages (GENERIC_TRAIN_DIRS) when the pages they were fitted to are no
// longer at hand: the fit starts from the shipped weights and is pulled
// towards them, and the lexicon stays as shipped. It logs each set's
// right picks under the shipped and the tuned weights, each set left out
// of the tuning in turn, and with GENERIC_TRAIN_WRITE writes the weights
// tuned to all sets.
func TestTuneSpanWeights(t *testing.T) {
	env := os.Getenv("GENERIC_TRAIN_DIRS")
	if env == "" || os.Getenv("GENERIC_TRAIN_TUNE") == "" {
		t.Skip("GENERIC_TRAIN_DIRS and GENERIC_TRAIN_TUNE not set")
	}
	saved := spanWeights
	spanWeights = nil // the rules' own title is the "hand" candidate
	defer func() { spanWeights = saved }()
	shipped := fittedSpanWeights
	lambda, steps := 0.01, 200
	fmt.Sscan(os.Getenv("GENERIC_TRAIN_LAMBDA"), &lambda)
	fmt.Sscan(os.Getenv("GENERIC_TRAIN_STEPS"), &steps)
	sets, names := loadSpanSets(t, env)
	fix := spanExamples("fixtures", fixturePages(t))
	var before, after, tot int
	all := append([]spanExample(nil), fix...)
	for _, n := range names {
		var train []spanExample
		for _, m := range names {
			if m != n {
				train = append(train, sets[m]...)
			}
		}
		w := tuneKeepingFixtures(shipped, &shipped, fix, train, lambda, steps)
		r0, _, _ := spanRight(sets[n], &shipped)
		r1, _, _ := spanRight(sets[n], &w)
		t.Logf("%s left out: shipped %d, tuned %d of %d", n, r0, r1, len(sets[n]))
		before, after, tot = before+r0, after+r1, tot+len(sets[n])
		all = append(all, sets[n]...)
	}
	t.Logf("left out in turn: shipped %d, tuned %d of %d", before, after, tot)
	w := tuneKeepingFixtures(shipped, &shipped, fix, all[len(fix):], lambda, steps)
	f0, _, _ := spanRight(fix, &shipped)
	f1, _, _ := spanRight(fix, &w)
	t.Logf("fixtures: shipped %d, tuned %d of %d", f0, f1, len(fix))
	if os.Getenv("GENERIC_TRAIN_WRITE") != "" {
		note := fmt.Sprintf("are fitted by TestLearnSpanWeights to private labelled real pages and the fixtures, then tuned by "+
			"TestTuneSpanWeights to later labelled sets (GENERIC_TRAIN_STEPS=%d GENERIC_TRAIN_LAMBDA=%g)", steps, lambda)
		if err := writeSpanWeights("spanweights.go", w, note); err != nil {
			t.Fatal(err)
		}
	}
}

// loadSpanSets reads the labelled sets named in dirs (a path list) as span
// examples, by set name, and the names sorted.
func loadSpanSets(t *testing.T, dirs string) (map[string][]spanExample, []string) {
	sets := map[string][]spanExample{}
	var names []string
	for _, d := range filepath.SplitList(dirs) {
		pages, err := realpages.Load(d)
		if err != nil {
			t.Fatal(err)
		}
		n := filepath.Base(d)
		sets[n], names = spanExamples(n, pages), append(names, n)
	}
	sort.Strings(names)
	return sets, names
}
