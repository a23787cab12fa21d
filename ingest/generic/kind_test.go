package generic

import "testing"

// TestAboutTitle checks the titles of an institution's page about itself
// against publications' titles of the same shape: an essay "Who We Are
// Now", a menu label over a publication, a Japanese report "…について"
// and a Chinese report's "…简介".
func TestAboutTitle(t *testing.T) {
	for title, want := range map[string]bool{
		"Who We Are About HRPC":        true,
		"Who We Are | Harbour Centre":  true,
		"Über uns – HRPC":              true,
		"当財団について":                      true,
		"关于我们":                         true,
		"研究所简介":                        true,
		"연구원 소개":                       true,
		"Our Mission":                  true,
		"Who We Are Now":               false,
		"Who we are":                   false,
		"少子化対策について":                    false,
		"港湾政策の今後について":                  false,
		"研究报告简介":                       false,
		"Mission Creep in the Estuary": false,
	} {
		if got := aboutTitle(title); got != want {
			t.Errorf("aboutTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
