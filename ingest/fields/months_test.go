package fields

import "testing"

// TestForeignMonths checks dates whose month is named in another
// language, as a third of the pages of a think-tank scrape print them,
// with the connectors Spanish and Portuguese put between the parts.
func TestForeignMonths(t *testing.T) {
	checkFindDate(t, []dateRow{
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
		{"Li Mei, 2019", ""},              // a name and a year
		{"Anna Mai 2020", ""},             // a given name and a surname
		{"Ausgabe Mai 2020", "2020-05"},
		{"Im Mai 2020", "2020-05"},
		{"12 de Marzo 2019", "2019-03-12"},
		{"15 de Maio, 2017", "2017-05-15"},
		{"Castlebar, Co. Mayo, 2016", ""}, // a county
		{"Marca 2020", ""},                // a brand: "marca" is March only after a day
		{"Maja 2018", ""},
		{"3 maja 2019", "2019-05-03"},
		{"Zagreb, 5. listopada 2021.", ""}, // October in Croatian, November in Polish: no month
		{"Av. 5 de Mayo 1975, Puebla", ""}, // a street and its number
		{"Diciembre, 2012", "2012-12"},
		{"26 de marzo 2025", "2025-03-26"},
		{"9 de enero, 2017", "2017-01-09"},
	})
}

// TestMonthWordsInNames checks that only English month and weekday names
// are cut from the end of a byline: "Mayo", "Mei", "Abril" are surnames.
func TestMonthWordsInNames(t *testing.T) {
	for _, w := range []string{"mayo", "mei", "abril", "aprile", "maggio", "kasım", "maj"} {
		if IsMonthOrWeekday(w) {
			t.Errorf("IsMonthOrWeekday(%q) = true", w)
		}
		if !IsMonth(w) {
			t.Errorf("IsMonth(%q) = false", w)
		}
	}
	for _, w := range []string{"may", "june", "tue", "september"} {
		if !IsMonthOrWeekday(w) {
			t.Errorf("IsMonthOrWeekday(%q) = false", w)
		}
	}
}

// TestThaiDates checks Thai month names and the Buddhist era's years.
func TestThaiDates(t *testing.T) {
	checkFindDate(t, []dateRow{
		{"วันพฤหัสบดีที่ 19 ธันวาคม พ.ศ. 2562", "2019-12-19"},
		{"No. 9/2565 | กันยายน 2565", "2022-09"},
		{"3 มีนาคม 2021", "2021-03-03"},
		{"ตุลาคม ค.ศ. 2019", "2019-10"},
		{"ตุลาคม 1234", ""},
	})
}

// dateRow is a line and the date FindDate should read in it ("" for none).
type dateRow struct{ in, want string }

func checkFindDate(t *testing.T, rows []dateRow) {
	t.Helper()
	for _, c := range rows {
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

// TestForeignDateRanges checks that a span of days in another language
// gives no single day, as an English one does ("3 March to 5 March
// 2024"): the period a report covers is not the day it was published.
func TestForeignDateRanges(t *testing.T) {
	checkFindDate(t, []dateRow{
		{"3 March to 5 March 2024", ""},
		{"MEMORIA DEL PUERTO (3 de marzo del 2001 al 9 de abril del 2003)", ""},
		{"del 3 al 5 de mayo de 2020", ""},
		{"de 3 a 5 de maio de 2020", ""},
		{"du 3 au 5 mai 2020", ""},
		{"с 1 по 5 марта 2020", ""},
		{"vom 3. bis 5. Mai 2020", ""},
		{"Gültig bis 5. Mai 2020", "2020-05-05"},
		// no span
		{"En Madrid, a 3 de mayo de 2020", "2020-05-03"},
		{"1 de enero de 2020 a las 10:00", "2020-01-01"},
		{"12 mars 2019 au siège", "2019-03-12"},
		{"действует до 5 марта 2020", "2020-03-05"},
	})
}
