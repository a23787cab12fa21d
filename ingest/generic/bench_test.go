package generic

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkRead reads every invented fixture page once per iteration: the
// generic reader's cost on pages of every site kind, which the kit's RSIS
// pages do not exercise.
func BenchmarkRead(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/generic/*.txt")
	var pages []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(t))
		size += len(t)
	}
	if len(pages) == 0 {
		b.Fatal("no fixture pages found under testdata/generic")
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			Read(p, Hints{})
		}
	}
}
