package generic

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealPages measures the reader on a private set of real page texts
// (not in the repository: third-party text) when GENERIC_REALPAGES_DIR
// names it. Each file starts with URL, KIND (pub, nav, listing, event,
// news, newsletter), TITLE, DATE and AUTHORS lines, then "---" and the
// page text. It reports the figures of docs/real-pages.md and fails on a
// wrong date, an indexed navigation page or a title that is a menu label.
func TestRealPages(t *testing.T) {
	dir := os.Getenv("GENERIC_REALPAGES_DIR")
	if dir == "" {
		t.Skip("GENERIC_REALPAGES_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var visible, titlesRight, wrongDates, datesRight, datesLabelled, navIndexed, menuTitles, pubs, pubsIndexed int
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, text, _ := strings.Cut(string(b), "\n---\n")
		lab := map[string]string{}
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ":")
			lab[k] = strings.TrimSpace(v)
		}
		p := Read(text, Hints{URL: lab["URL"]})
		name := filepath.Base(f)
		if lab["KIND"] != "pub" {
			if p.Skip == "" && lab["KIND"] != "news" {
				navIndexed++
				t.Errorf("%s: %s page indexed with title %q", name, lab["KIND"], p.Title)
			}
			continue
		}
		pubs++
		if p.Skip == "" {
			pubsIndexed++
		} else {
			t.Logf("%s: publication skipped: %s", name, p.Skip)
		}
		if p.Skip == "" && isChrome(strings.ToLower(p.Title), len(strings.Fields(p.Title))) {
			menuTitles++
			t.Errorf("%s: menu text as title %q", name, p.Title)
		}
		if want := lab["TITLE"]; want != "" {
			visible++
			if p.Skip == "" && sameTitle(p.Title, want) {
				titlesRight++
			} else {
				t.Logf("%s: title %q, want %q", name, p.Title, want)
			}
		}
		got := ""
		if !p.Date.IsZero() {
			got = p.Date.String()
		}
		if want := lab["DATE"]; want != "" {
			datesLabelled++
			if got == want {
				datesRight++
			}
		}
		if got != "" && got != lab["DATE"] {
			wrongDates++
			t.Errorf("%s: date %s, want %q", name, got, lab["DATE"])
		}
	}
	t.Logf("real pages: %d files, %d publications (%d indexed)", len(files), pubs, pubsIndexed)
	t.Logf("titles right %d/%d with a visible title; dates right %d/%d labelled; wrong dates %d; non-publications indexed %d; menu titles %d",
		titlesRight, visible, datesRight, datesLabelled, wrongDates, navIndexed, menuTitles)
}

func sameTitle(a, b string) bool {
	norm := func(s string) string {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-").Replace(s)
		return strings.ToLower(strings.Join(strings.Fields(s), " "))
	}
	for _, alt := range strings.Split(b, " || ") {
		if norm(a) == norm(alt) {
			return true
		}
	}
	return false
}
