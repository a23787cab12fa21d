package generic

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/internal/realpages"
)

// example is one labelled page's title candidates: their features and
// which of them give the labelled title.
type example struct {
	set   string
	feats []features
	right []bool
}

// titleExamples reads the candidates of every publication page of the sets
// that shows its title, much as title() meets them (without its special
// forms and its early stop on a strong first candidate, which depend on
// the weights).
func titleExamples(t *testing.T, dirs []string) []example {
	var out []example
	for _, d := range dirs {
		pages, err := realpages.Load(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, pg := range pages {
			if pg.Kind != "pub" || pg.Title == "" {
				continue
			}
			ls := split(pg.Text)
			r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
			n := min(len(ls), headLines)
			ex := example{set: filepath.Base(d)}
			inBlock, proseSeen := -1, 0
			for i := 0; i < n; i++ {
				if i > 0 && ls[i-1].prose && !ls[i-1].teaser {
					proseSeen++
				}
				if proseSeen >= 3 && len(ex.feats) > 0 || len(ex.feats) > 0 && isRelatedHeading(ls[i].low) {
					break
				}
				end, _ := r.block(i)
				if i <= inBlock {
					continue
				}
				f, ok := r.titleFeatures(i, n)
				if !ok {
					continue
				}
				inBlock = end - 1
				ex.feats = append(ex.feats, f)
				ex.right = append(ex.right, realpages.SameTitle(r.mixedCase(r.titleText(i)), pg.Title))
			}
			out = append(out, ex)
		}
	}
	return out
}

// fit finds weights that put a right candidate first, by gradient descent
// on the softmax loss over each page's candidates, pulled towards the hand
// weights w0 so that rare features keep their sense.
func fit(exs []example, w0 [numFeatures]float64, lambda float64, steps int) [numFeatures]float64 {
	w := w0
	for step := 0; step < steps; step++ {
		var grad [numFeatures]float64
		for _, ex := range exs {
			ss := make([]float64, len(ex.feats))
			for k := range ex.feats {
				ss[k] = ex.feats[k].score(&w)
			}
			for k, d := range softmaxDiff(ss, ex.right) {
				for j := range grad {
					grad[j] += d * ex.feats[k][j]
				}
			}
		}
		for j := range w {
			grad[j] += 2 * lambda * (w[j] - w0[j])
			w[j] -= 0.01 * grad[j]
		}
	}
	return w
}

// softmaxDiff is, for each candidate of a page with scores ss, its
// probability under a softmax of the scores less its probability among the
// right candidates only: the gradient of the page's loss per unit of the
// candidate's features. It is nil when no candidate is right.
func softmaxDiff(ss []float64, right []bool) []float64 {
	maxS := math.Inf(-1)
	for _, s := range ss {
		maxS = max(maxS, s)
	}
	var z, zr float64
	for k, s := range ss {
		e := math.Exp(s - maxS)
		z += e
		if right[k] {
			zr += e
		}
	}
	if zr == 0 {
		return nil
	}
	d := make([]float64, len(ss))
	for k, s := range ss {
		e := math.Exp(s - maxS)
		d[k] = e / z
		if right[k] {
			d[k] -= e / zr
		}
	}
	return d
}

// accuracy reads the pages of dir through the reader with weights w and
// counts the titles right.
func accuracy(t *testing.T, dir string, w *[numFeatures]float64) (right, total int) {
	saved := titleWeights
	titleWeights = w
	defer func() { titleWeights = saved }()
	pages, err := realpages.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, pg := range pages {
		if pg.Kind != "pub" || pg.Title == "" {
			continue
		}
		total++
		if p := Read(pg.Text, Hints{}); p.Skip == "" && realpages.SameTitle(p.Title, pg.Title) {
			right++
		}
	}
	return right, total
}

// TestLearnTitleWeights fits the title weights to the private labelled sets
// GENERIC_TRAIN_DIRS names (colon-separated), leaving each set out in turn
// to measure the fit on pages it did not see, and prints the weights
// fitted to all sets. It fails when fitted weights would read two in a
// hundred more titles right than the hand weights: then the hand weights
// are due for a change.
func TestLearnTitleWeights(t *testing.T) {
	env := os.Getenv("GENERIC_TRAIN_DIRS")
	if env == "" {
		t.Skip("GENERIC_TRAIN_DIRS not set")
	}
	dirs := filepath.SplitList(env)
	exs := titleExamples(t, dirs)
	lambda := 0.5
	if v := os.Getenv("GENERIC_TRAIN_LAMBDA"); v != "" {
		if _, err := fmt.Sscan(v, &lambda); err != nil {
			t.Fatalf("GENERIC_TRAIN_LAMBDA: %v", err)
		}
	}
	withRight := 0
	for _, ex := range exs {
		if slices.Contains(ex.right, true) {
			withRight++
		}
	}
	// The hand weights were tuned while reading every set, the left-out one
	// too, so the comparison leans their way.
	t.Logf("the labelled title is a candidate's text on %d of %d pages", withRight, len(exs))
	hand := *titleWeights
	var handRight, fitRight, total int
	for _, d := range dirs {
		var train []example
		for _, ex := range exs {
			if ex.set != filepath.Base(d) {
				train = append(train, ex)
			}
		}
		w := fit(train, hand, lambda, 300)
		hr, n := accuracy(t, d, &hand)
		fr, _ := accuracy(t, d, &w)
		t.Logf("%s: hand %d/%d, fitted without it %d/%d", filepath.Base(d), hr, n, fr, n)
		handRight, fitRight, total = handRight+hr, fitRight+fr, total+n
	}
	t.Logf("left out in turn: hand weights %d/%d, fitted weights %d/%d", handRight, total, fitRight, total)
	if fitRight > handRight+total/50 {
		t.Errorf("fitted weights read %d more titles right than the hand weights", fitRight-handRight)
	}
	w := fit(exs, hand, lambda, 300)
	var b strings.Builder
	for k, v := range w {
		fmt.Fprintf(&b, "%d:%.2f ", k, v)
	}
	t.Logf("fitted to all: %s", b.String())
}
