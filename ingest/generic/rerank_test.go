package generic

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRerankBound checks that rerank, which skips the costly features of
// candidates whose bound cannot win, picks what scoring every candidate
// in full picks, on every fixture page.
func TestRerankBound(t *testing.T) {
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
