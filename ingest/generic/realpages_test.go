package generic

import (
	"strings"
	"testing"

	"github.com/pubindex/pubindex/ingest/internal/realpages"
)

// TestRealPages measures the reader on a private set of real page texts
// (not in the repository: third-party text) when GENERIC_REALPAGES_DIR
// names it, once with each page's address as a hint and once without (a
// scraped text seldom records its address). It reports the figures of
// docs/real-pages.md and fails on a wrong date, an indexed navigation page
// or a title that is a menu label.
func TestRealPages(t *testing.T) {
	pages := realpages.FromEnv(t)
	for _, withURL := range []bool{true, false} {
		name := map[bool]string{true: "with_url", false: "without_url"}[withURL]
		t.Run(name, func(t *testing.T) {
			var tally realpages.Tally
			for _, pg := range pages {
				h := Hints{}
				if withURL {
					h.URL = pg.URL
				}
				p := Read(pg.Text, h)
				got := realpages.Got{Skip: p.Skip, Title: p.Title}
				if !p.Date.IsZero() {
					got.Date = p.Date.String()
				}
				tally.Add(pg, got, IsFurniture)
			}
			for _, m := range tally.Misses {
				t.Log(m)
			}
			for _, e := range tally.Errors {
				t.Error(e)
			}
			t.Logf("real pages %s: %s", strings.ReplaceAll(name, "_", " "), &tally)
		})
	}
}
