package site

import "testing"

func TestIsMirror(t *testing.T) {
	for url, want := range map[string]bool{
		"https://www.scribd.com/document/4711/x":     true,
		"https://id.scribd.com/doc/1":                true,
		"https://www.researchgate.net/publication/1": true,
		"https://www.rsis.edu.sg/rsis-publication/x": false,
		"https://notscribd.com/x":                    false,
		"":                                           false,
	} {
		if got := IsMirror(url); got != want {
			t.Errorf("IsMirror(%q) = %v, want %v", url, got, want)
		}
	}
}
