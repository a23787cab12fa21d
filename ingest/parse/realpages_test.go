package parse

import (
	"context"
	"testing"

	"github.com/pubindex/pubindex/ingest/generic"
	"github.com/pubindex/pubindex/ingest/internal/realpages"
)

// TestRealPages runs the private set of real page texts (see
// ingest/generic's TestRealPages; GENERIC_REALPAGES_DIR names it) through
// the whole parser, as ingest reads them: text only, no address, the site
// readers and profiles first. It fails on a wrong date, an indexed
// navigation page or a menu label as a title.
func TestRealPages(t *testing.T) {
	pages := realpages.FromEnv(t)
	p, err := NewParser(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var tally realpages.Tally
	for _, pg := range pages {
		rs := p.Parse(context.Background(), pg.Name, []byte(pg.Text))
		if len(rs) != 1 {
			t.Errorf("%s: %d results, want 1", pg.Name, len(rs))
			continue
		}
		r := rs[0]
		var got realpages.Got
		switch {
		case r.Err != nil:
			got.Skip = "error: " + r.Err.Error()
		case r.Doc == nil:
			got.Skip = r.Skip
		default:
			got.Title = r.Doc.Title
			if !r.Doc.Date.IsZero() {
				got.Date = r.Doc.Date.String()
			}
		}
		tally.Add(pg, got, generic.IsFurniture)
	}
	for _, m := range tally.Misses {
		t.Log(m)
	}
	for _, e := range tally.Errors {
		t.Error(e)
	}
	t.Logf("real pages through the whole parser: %s", &tally)
}
