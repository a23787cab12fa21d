package fields

import (
	"testing"

	"github.com/pubindex/pubindex/index/pub"
)

type dateCase struct {
	in    string
	order DateOrder
	want  string // ISO form of the date, "" for ok=false
}

// parseDateCases are inputs for ParseDate; FuzzParseDate is seeded with them.
var parseDateCases = []dateCase{
	// Day, month, year in words.
	{"03 February 2025", DayFirst, "2025-02-03"},
	{"3 Feb 2025", DayFirst, "2025-02-03"},
	{"3 Feb 2025", MonthFirst, "2025-02-03"},
	{"03 FEBRUARY 2025", DayFirst, "2025-02-03"},
	{"03 february 2025", DayFirst, "2025-02-03"},
	{"3 February, 2025", DayFirst, "2025-02-03"},
	{"18th November 2024", DayFirst, "2024-11-18"},
	{"1st March 2024", DayFirst, "2024-03-01"},
	{"2nd March 2024", DayFirst, "2024-03-02"},
	{"3rd March 2024", DayFirst, "2024-03-03"},
	{"21st March 2024", DayFirst, "2024-03-21"},
	{"3rd of March 2024", DayFirst, "2024-03-03"},
	{"03-Feb-2025", DayFirst, "2025-02-03"},
	{"Monday, 3 February 2025", DayFirst, "2025-02-03"},
	{"Mon 3 Feb 2025", DayFirst, "2025-02-03"},
	{"Tuesday, 3 February 2025", DayFirst, ""}, // the weekday disagrees
	{"3\u00a0February\u00a02025", DayFirst, "2025-02-03"},
	{"  3   February \t 2025  ", DayFirst, "2025-02-03"},
	{"3\u202fFebruary 2025", DayFirst, "2025-02-03"},
	{"3 February 2025.", DayFirst, "2025-02-03"},
	// Month, day, year.
	{"Nov 13, 2024", DayFirst, "2024-11-13"},
	{"Sept 5, 2024", DayFirst, "2024-09-05"},
	{"Sept. 5, 2024", DayFirst, "2024-09-05"},
	{"Sep 5, 2024", DayFirst, "2024-09-05"},
	{"November 18th, 2024", DayFirst, "2024-11-18"},
	{"November 18 2024", MonthFirst, "2024-11-18"},
	{"Wednesday, November 13, 2024", DayFirst, "2024-11-13"},
	// With a time of day.
	{"1 Mar 2024 11:00", DayFirst, "2024-03-01"},
	{"Nov 13, 2024 5:30 PM", DayFirst, "2024-11-13"},
	{"Nov 13, 2024 at 5:30 p.m. SGT", DayFirst, "2024-11-13"},
	{"3 February 2025, 11.00am", DayFirst, "2025-02-03"},
	{"Mon, 03 Feb 2025 10:00:00 +0800", DayFirst, "2025-02-03"},
	{"28/03/2016 09:30", DayFirst, "2016-03-28"},
	// Month and year.
	{"March 2015", DayFirst, "2015-03"},
	{"Mar. 2015", DayFirst, "2015-03"},
	{"MARCH 2015", DayFirst, "2015-03"},
	{"may 2015", DayFirst, "2015-05"},
	// Year.
	{"2015", DayFirst, "2015"},
	{" 2015 ", DayFirst, "2015"},
	{"1900", DayFirst, "1900"},
	{"2100", DayFirst, "2100"},
	// All-numeric.
	{"28/03/2016", DayFirst, "2016-03-28"},
	{"28.03.2016", DayFirst, "2016-03-28"},
	{"28-03-2016", DayFirst, "2016-03-28"},
	{"3/2/2025", DayFirst, "2025-02-03"},
	{"03/02/2025", DayFirst, "2025-02-03"},
	{"03/02/2025", MonthFirst, "2025-03-02"},
	{"03/28/2016", MonthFirst, "2016-03-28"},
	{"2025-02-03", DayFirst, "2025-02-03"},
	{"2025-02-03", MonthFirst, "2025-02-03"},
	{"2025/02/03", DayFirst, "2025-02-03"},
	{"2025.02.03", DayFirst, "2025-02-03"},
	{"2025-02-03T10:15:00+08:00", DayFirst, "2025-02-03"},
	{"2025-02-03T02:15:00Z", DayFirst, "2025-02-03"},
	{"2025-02-03T23:59:59.999-05:00", DayFirst, "2025-02-03"},
	{"2025-02-03 10:15", DayFirst, "2025-02-03"},
	{"2024-02-29", DayFirst, "2024-02-29"},

	// Refused: impossible dates.
	{"31 February 2025", DayFirst, ""},
	{"29 February 2025", DayFirst, ""},
	{"February 30, 2024", DayFirst, ""},
	{"2025-13-01", DayFirst, ""},
	{"2025-02-30", DayFirst, ""},
	{"2025-00-10", DayFirst, ""},
	{"0 March 2024", DayFirst, ""},
	{"32 March 2024", DayFirst, ""},
	{"31/04/2016", DayFirst, ""},
	// Refused: numeric dates the order cannot settle, no flipping.
	{"03/28/2016", DayFirst, ""},
	{"28/03/2016", MonthFirst, ""},
	{"13.13.2016", DayFirst, ""},
	{"28/03-2016", DayFirst, ""},
	// Refused: two-digit years and years out of range.
	{"03/02/25", DayFirst, ""},
	{"3 Feb 25", DayFirst, ""},
	{"Feb '25", DayFirst, ""},
	{"1899", DayFirst, ""},
	{"2101", DayFirst, ""},
	{"3 February 1850", DayFirst, ""},
	{"March 2150", DayFirst, ""},
	{"0001-01-01", DayFirst, ""},
	// Refused: not dates, or not only a date.
	{"", DayFirst, ""},
	{"   ", DayFirst, ""},
	{"20250203", DayFirst, ""},
	{"123456", DayFirst, ""},
	{"IP25008", DayFirst, ""},
	{"Block S4, Level B3", DayFirst, ""},
	{"Singapore 639798", DayFirst, ""},
	{"0/255 characters", DayFirst, ""},
	{"10,000 troops", DayFirst, ""},
	{"2015-2020", DayFirst, ""},
	{"2015 - 2020", DayFirst, ""},
	{"2019-20", DayFirst, ""},
	{"2025-02", DayFirst, ""},
	{"March 2015 - April 2015", DayFirst, ""},
	{"1-3 March 2024", DayFirst, ""},
	{"Published 1 Mar 2024", DayFirst, ""},
	{"3 February", DayFirst, ""},
	{"February", DayFirst, ""},
	{"Monday", DayFirst, ""},
	{"3Feb2025", DayFirst, ""},
	{"1990s", DayFirst, ""},
	{"2,015", DayFirst, ""},
	{"2015.5", DayFirst, ""},
	{"3 February 2025 11", DayFirst, ""},
	{"3 February 2025 foo", DayFirst, ""},
	{"192.168.1.1", DayFirst, ""},
	{"1.2.3.2020", DayFirst, ""},
	{"Monday, 2015", DayFirst, ""},
}

func TestParseDate(t *testing.T) {
	for _, c := range parseDateCases {
		d, ok := ParseDate(c.in, c.order)
		got := ""
		if ok {
			got = d.String()
			if got == "" {
				t.Errorf("ParseDate(%q, %v) = ok with zero date", c.in, c.order)
			}
		} else if d != (pub.Date{}) {
			t.Errorf("ParseDate(%q, %v) = %v, false; want the zero date with false", c.in, c.order, d)
		}
		if got != c.want {
			t.Errorf("ParseDate(%q, %v) = %q, %v; want %q", c.in, c.order, got, ok, c.want)
		}
	}
}

// findDateCases are inputs for FindDate; FuzzFindDate is seeded with them.
var findDateCases = []dateCase{
	{"Published 1 Mar 2024 11:00", DayFirst, "2024-03-01"},
	{"Last updated: Nov 13, 2024 | 5 min read", DayFirst, "2024-11-13"},
	{"Posted on Monday, 3 February 2025 by Jane Doe", DayFirst, "2025-02-03"},
	{"Date: 28/03/2016", DayFirst, "2016-03-28"},
	// the Korean spaced form, year first
	{"2015. 6. 1. | CO 15-13", DayFirst, "2015-06-01"},
	{"발행일 2021. 11. 30", DayFirst, "2021-11-30"},
	{"In 2015. 6. 1a were sold", DayFirst, ""},
	{"2015. 13. 1.", DayFirst, ""},
	{"Date: 03/28/2016", MonthFirst, "2016-03-28"},
	{"Date: 03/28/2016", DayFirst, ""},
	{"Date: 03/02/25", DayFirst, ""},
	{"In March 2015, the government announced", DayFirst, "2015-03"},
	{"Volume 12, Issue 3, March 2015", DayFirst, "2015-03"},
	{"Sept 5, 2024 · Commentary", DayFirst, "2024-09-05"},
	{"IP25008 | 3 February 2025", DayFirst, "2025-02-03"},
	{"Updated 2025-02-03T02:15:00Z by the editors", DayFirst, "2025-02-03"},
	{"Published 1 Mar 2024 - 5 min read", DayFirst, "2024-03-01"},
	{"18th November 2024 — Commentary", DayFirst, "2024-11-18"},
	{"They met in May 2019.", DayFirst, "2019-05"},
	{"3 FEBRUARY 2025", DayFirst, "2025-02-03"},
	{"Seminar (3\u00a0Feb\u00a02025)", DayFirst, "2025-02-03"},
	{"Nov 13, 2024 and March 2015", DayFirst, "2024-11-13"},

	// Bare years are never found inside a line.
	{"2015", DayFirst, ""},
	{"In 2015 the government announced", DayFirst, ""},
	{"© 2025 RSIS", DayFirst, ""},
	// Ranges are skipped.
	{"The 2015-2020 plan", DayFirst, ""},
	{"Conference, 1-3 March 2024", DayFirst, ""},
	{"Conference, 1–3 March 2024", DayFirst, ""},
	{"From March–April 2015", DayFirst, ""},
	{"From March 2015 to 2016", DayFirst, ""},
	{"3 March to 5 March 2024", DayFirst, ""},
	{"Held 3 and 4 March 2024", DayFirst, ""},
	// Not dates.
	{"IP25008", DayFirst, ""},
	{"Block S4, Level B3", DayFirst, ""},
	{"Singapore 639798", DayFirst, ""},
	{"0/255 characters", DayFirst, ""},
	{"123456", DayFirst, ""},
	{"20250203", DayFirst, ""},
	{"10,000 troops", DayFirst, ""},
	{"Call 6790 6982 at 10:30", DayFirst, ""},
	{"version 1.2.2020.5 released", DayFirst, ""},
	{"ref 1/12/03/2016", DayFirst, ""},
	{"31 February 2025", DayFirst, ""},
	{"February 30, 2024", DayFirst, ""},
	{"Troops may 2025 be deployed", DayFirst, ""},
	{"in the 1990s and March", DayFirst, ""},
	{"Tuesday, 3 February 2025", DayFirst, ""},
	{"3Feb2025", DayFirst, ""},
	{"", DayFirst, ""},
}

func TestFindDate(t *testing.T) {
	for _, c := range findDateCases {
		d, ok := FindDate(c.in, c.order)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("FindDate(%q, %v) = %q, %v; want %q", c.in, c.order, got, ok, c.want)
		}
	}
}

// TestFindDateAgreesWithParseDate checks that every date ParseDate accepts
// with at least a month is also found inside a sentence.
func TestFindDateAgreesWithParseDate(t *testing.T) {
	for _, c := range parseDateCases {
		want, ok := ParseDate(c.in, c.order)
		if !ok || want.Month == 0 || c.in == "may 2015" { // lower-case "may" needs a day in a sentence
			continue
		}
		line := "Published on " + c.in + " | RSIS"
		got, ok := FindDate(line, c.order)
		if !ok || got != want {
			t.Errorf("FindDate(%q) = %v, %v; want %v", line, got, ok, want)
		}
	}
}

// TestCJKDate checks the Chinese, Japanese and Korean date lines both the
// HTML and the text readers take a publication's date from.
func TestCJKDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" when no date
	}{
		{"2024年11月13日", "2024-11-13"},
		{"2024년 11월 13일", "2024-11-13"},
		{"発行日：2022年3月1日", "2022-03-01"},
		{"2021年6月", "2021-06"},
		{"2024年2月30日", ""},
		{"2024年13月", ""},
		{"港口合作 2024年5月", ""},
	} {
		d, ok := CJKDate(c.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("CJKDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
