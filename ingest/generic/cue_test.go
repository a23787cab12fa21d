package generic

import "testing"

// TestCueLeads checks when a date cue labels the date beside it.
func TestCueLeads(t *testing.T) {
	for _, c := range []struct {
		seg  string
		want bool
	}{
		{"Published on 5 May 2020", true},
		{"The Review published on 5 May 2020 an article titled Harbour Tolls by a former pilot", false},
		{"Title: Harbour Tolls Author(s): Berg, Anna Publication date: May 2020 Category: Analysis", true},
		{"Harbour Tolls and the Island TradeUpdate:2018/10/29", false},
		{"HARBOUR TOLLS AND THE ISLAND TRADEUPDATE:2018/10/29", false},
		{"Event ReportsPublished on Feb 11, 2023", true},
		{"PUBLISHED 5 MAY 2020", true},
		{"Note de l'étéPublished on 5 May 2020", true},
		{"Harbour Tolls and the Island Trade by Anna Berg of the Kestrel Point Institute Published: 5 May 2020", true},
		{"Harbour Tolls and the Island Trade by Anna Berg of the Kestrel Point Institute Posted: 5 May 2020", true},
	} {
		if got := cueLeads(c.seg, wordCount(c.seg)); got != c.want {
			t.Errorf("cueLeads(%q) = %v, want %v", c.seg, got, c.want)
		}
	}
}
