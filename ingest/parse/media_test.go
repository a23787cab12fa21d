package parse

import (
	"context"
	"testing"
)

// TestMediaHighlightArticle checks that an RSIS media highlight showing one
// article (a staff op-ed the site reprints from a newspaper) is indexed as
// a publication, not skipped as a media page: a list of press mentions is
// what the listing rules skip (testdata/variety/21).
func TestMediaHighlightArticle(t *testing.T) {
	page := "URL: https://www.rsis.edu.sg/media-highlight/rsis/ferries-for-the-northern-isles/\n\n" +
		"14 March 2016\n- RSIS\n- Media Highlights\n- Ferries for the Northern Isles Need a Third Sailing\n" +
		"The northern isles depend on two ferries a week, and in winter storms they often run neither, which leaves the island councils asking the mainland for a grant.\n" +
		"The harbour board has proposed a third sailing, but the councils and the board have not agreed in three years of talks on who should pay for it.\n" +
		"Harbour dues were first set to keep the quays in repair, never to pay for running the boats themselves, which is why the councils reject using them now.\n" +
		"RSIS / Online / Print\nLast updated on 14/03/2016\n"
	p := newTestParser(t)
	rs := p.Parse(context.Background(), "media.txt", []byte(page))
	if len(rs) != 1 || rs[0].Doc == nil {
		t.Fatalf("Parse = %+v, want one document", rs)
	}
	if d := rs[0].Doc; d.Title != "Ferries for the Northern Isles Need a Third Sailing" || d.Date.String() != "2016-03-14" {
		t.Errorf("got %q %v, want the op-ed's title and day", d.Title, d.Date)
	}
}
