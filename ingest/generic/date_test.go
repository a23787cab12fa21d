package generic

import "testing"

// TestDateLabels: a date whose label names another event than publication
// (a deliverable's due date, a talk's recording day) is no publication
// date; a page with only such a date is left undated, not misdated.
func TestDateLabels(t *testing.T) {
	const head = "Harbour Lights of the Northern Isles\n\nBy Annika Vollstedt\n\n"
	const body = "\n\nThe lighthouses of the northern isles were built in three waves, each with its own lamps and its own rules for the keepers who tended them through the dark months of the year, and this paper follows their logbooks.\n"
	for _, c := range []struct{ label, want string }{
		{"Published: 12 May 2020", "2020-05-12"},
		{"Due date: 31.03.2012", ""},
		{"Recording date: Tuesday, December 10, 2019", ""},
		{"RECORDING DATE Tuesday, December 10, 2019", ""},
		{"Registration deadline: 4 June 2021", ""},
		{"Posted on 3 March 2022 - Recording available", "2022-03-03"},
		{"Podcast recording · 3 March 2022", "2022-03-03"},
	} {
		p := Read(head+c.label+body, Hints{})
		got := ""
		if !p.Date.IsZero() {
			got = p.Date.String()
		}
		if got != c.want {
			t.Errorf("%q: date %q, want %q (skip %q)", c.label, got, c.want, p.Skip)
		}
	}
}
