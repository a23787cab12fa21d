package fields

import "testing"

// TestForeignMonths checks dates whose month is named in another
// language, as a third of the pages of a think-tank scrape print them,
// with the connectors Spanish and Portuguese put between the parts.
func TestForeignMonths(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"15. Mai 2017", "2017-05-15"},
		{"Montag, 15. Mai 2017", "2017-05-15"},
		{"3 de abril de 2020", "2020-04-03"},
		{"3 de abril del 2020", "2020-04-03"},
		{"4 de julho de 2019", "2019-07-04"},
		{"setembro de 2020", "2020-09"},
		{"Maio 2018", "2018-05"},
		{"12 mars 2019", "2019-03-12"},
		{"Publié le 1er août 2006", "2006-08-01"},
		{"5 maggio 2018", "2018-05-05"},
		{"12 oktober 2019", "2019-10-12"},
		{"12 Agustus 2020", "2020-08-12"},
		{"15 мая 2017", "2017-05-15"},
		{"3 maja 2019", "2019-05-03"},
		{"19 Mart 2025", "2025-03-19"},
		{"Février 2021", "2021-02"},
		{"Janeiro/Junho 2009", "2009-06"}, // the second month, as in English; the generic reader keeps the year of a range
		{"Mayo Clinic 2020", ""},
		{"12 mart", ""},
	} {
		d, ok := FindDate(c.in, DayFirst)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("FindDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
