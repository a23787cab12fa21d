package fields

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
)

// DateOrder says how to read all-numeric dates like 03/02/2025.
type DateOrder int

const (
	// DayFirst reads 03/02/2025 as 3 February 2025 (Singapore, Australia,
	// Europe). It is the zero value.
	DayFirst DateOrder = iota
	// MonthFirst reads 03/02/2025 as March 2, 2025 (United States).
	MonthFirst
)

// Years outside this range are refused: no think-tank publication is older,
// and later years are typos or numbers that are not years.
const (
	MinYear = 1900
	MaxYear = 2100
)

// ParseDate reads a publication date as printed on a page. It returns
// ok=false when s holds no date it is sure of; it never guesses.
//
// The whole of s must be the date: an optional weekday first ("Monday, 3
// February 2025"), then one of "3 February 2025", "3rd of Feb. 2025", "Feb
// 3, 2025", "February 2025", "2025-02-03", "2025/02/03", "03/02/2025"
// (read by order), "2025-02-03T10:15:00+08:00" or a bare year "2025",
// optionally followed by a time of day ("11:00", "5:30 PM SGT", "10:00:00
// +0800"). Month names are matched case-insensitively, in full or
// abbreviated ("Sept"). A weekday that does not match the date makes the
// date unsure. Two-digit years, all-numeric dates that are impossible in the
// given order (no flipping), ranges ("2015-2020"), years outside 1900-2100
// and dates that do not exist ("31 February 2025") are refused. Time zones
// are ignored: the calendar date is taken as written. Use FindDate for a
// date inside a longer line.
func ParseDate(s string, order DateOrder) (d pub.Date, ok bool) {
	p := dateParser{toks: tokenizeDate(s), order: order}
	n := len(p.toks)
	if n == 0 {
		return pub.Date{}, false
	}
	if n == 1 && p.isNum(0, 4, 4) {
		y := p.toks[0].n
		if y < MinYear || y > MaxYear {
			return pub.Date{}, false
		}
		return pub.Date{Year: y}, true
	}
	i, wd := 0, -1
	if w, isWd := weekdays[p.word(0)]; isWd {
		wd = int(w)
		i = 1
		for k := 0; k < 2 && p.isPunct(i, ",."); k++ {
			i++
		}
	}
	for _, m := range p.matchers() {
		d, end, ok := m(i)
		if !ok || p.tail(end) != n {
			continue
		}
		if wd >= 0 && !weekdayMatches(d, time.Weekday(wd)) {
			return pub.Date{}, false
		}
		return d, true
	}
	return pub.Date{}, false
}

// FindDate looks for a date inside a longer line such as "Published 1 Mar
// 2024 11:00" or "Last updated: Nov 13, 2024 | 5 min read" and returns the
// first one it is sure of.
//
// It knows the forms ParseDate knows except the bare year: a year alone in
// a sentence is too often not a publication date, so FindDate only returns
// dates with at least a month. It skips numbers that belong to something
// else (codes like IP25008, postcodes, "10,000", times), ranges ("1-3 March
// 2024", "March-April 2015", "2015-2020", "3 March to 5 March 2024"), a
// month and year whose day was impossible ("31 February 2025") and dates
// whose printed weekday disagrees. "may" counts as a month without a day
// only when capitalised.
func FindDate(line string, order DateOrder) (pub.Date, bool) {
	p := dateParser{toks: tokenizeDate(line), order: order}
	ms := p.matchers()
	for i := range p.toks {
		k := p.toks[i].kind
		if k != tokNum && k != tokWord {
			continue
		}
		if !p.leftOK(i) || p.leftRange(i) {
			continue
		}
		if k == tokWord {
			if _, isMonth := months[p.toks[i].text]; !isMonth || p.afterDay(i) {
				continue
			}
		}
		for _, m := range ms {
			d, end, ok := m(i)
			if !ok || p.rightRange(end) {
				continue
			}
			if d.Day == 0 && p.toks[i].text == "may" && !p.toks[i].upper {
				continue
			}
			if d.Day == 0 && !p.foreignMonthAlone(i) {
				continue // "Marca 2020", "Li Mei, 2019", "Elton Mayo 1933": a word or a name, not a month
			}
			if wd, found := p.weekdayBefore(i); found && !weekdayMatches(d, wd) {
				continue
			}
			return d, true
		}
	}
	return pub.Date{}, false
}

type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // a run of letters, lower-cased
	tokNum                      // a run of ASCII digits
	tokPunct                    // any other single rune; dashes become '-'
)

type dateTok struct {
	kind  tokKind
	text  string
	n     int  // value of a number of at most 4 digits, else -1
	upper bool // word: the first letter was upper-case
	space bool // whitespace came before the token
}

// tokenizeDate splits s into words, numbers and punctuation. Every kind of
// Unicode space, and zero-width characters, separate tokens.
func tokenizeDate(s string) []dateTok {
	var toks []dateTok
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case textutil.IsSpaceLike(r):
			space = true
			i += size
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			t := dateTok{kind: tokNum, text: s[i:j], n: -1, space: space}
			if j-i <= 4 {
				t.n, _ = strconv.Atoi(s[i:j])
			}
			toks = append(toks, t)
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += sz
			}
			toks = append(toks, dateTok{kind: tokWord, text: strings.ToLower(s[i:j]), n: -1, upper: unicode.IsUpper(r), space: space})
			i = j
		default:
			if isDash(r) {
				r = '-'
			}
			toks = append(toks, dateTok{kind: tokPunct, text: string(r), n: -1, space: space})
			i += size
		}
		space = false
	}
	return toks
}

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// IsMonth reports whether the lower-case word w names a month, in one
// of the languages the date reader knows ("june", "juin", "jun").
func IsMonth(w string) bool {
	_, m := months[w]
	return m
}

// MonthNames is every month name IsMonth knows, in no order.
func MonthNames() []string {
	out := make([]string, 0, len(months))
	for n := range months {
		out = append(out, n)
	}
	return out
}

// IsMonthOrWeekday reports whether the lower-case word w names a month or
// a day of the week in English ("march", "tue"): the words a byline's
// trailing date is made of. Other languages' months ("mayo", "mei") are
// surnames too often to be cut from a name.
func IsMonthOrWeekday(w string) bool {
	_, d := weekdays[w]
	return englishMonths[w] || d
}

var months = map[string]int{
	"january": 1, "jan": 1,
	"february": 2, "feb": 2, "febr": 2,
	"march": 3, "mar": 3,
	"april": 4, "apr": 4,
	"may":  5,
	"june": 6, "jun": 6,
	"july": 7, "jul": 7,
	"august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// foreignMonths are month names, in full, in the other languages think
// tanks publish in (genitive forms where dates use them: "15 мая 2017",
// "3 maja 2019"); init adds them to months. Abbreviations are left out:
// "mar", "dic" or "set" are words in too many languages.
var foreignMonths = [12]string{
	"januar jänner janvier enero janeiro gennaio januari styczeń ocak январь",
	"februar février fevrier febrero fevereiro febbraio februari luty şubat subat февраль",
	"märz mars marzo março maart maret marzec mart март",
	"avril abril aprile kwiecień nisan апрель",
	"mai mayo maio maggio mei maj mayıs mayis май",
	"juin junio junho giugno juni czerwiec haziran июнь",
	"juillet julio julho luglio juli lipiec temmuz июль",
	"août aout agosto augustus agustus sierpień ağustos agustos август",
	"septembre septiembre setiembre setembro settembre wrzesień eylül eylul сентябрь",
	"oktober octobre octubre outubro ottobre październik ekim октябрь",
	"novembre noviembre novembro kasım kasim ноябрь",
	"dezember décembre decembre diciembre dezembro dicembre desember grudzień aralık aralik декабрь",
}

// thaiMonths are the Thai months' names, in full; Thai dates count
// years in the Buddhist era.
var thaiMonths = [12]string{"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
	"พฤศจิกายน", "ธันวาคม"}

// thaiMonth reports whether w is a Thai month's name.
var thaiMonth = make(map[string]bool)

// dayMonths are months in the genitive, as a date prints them only after
// its day ("15 мая 2017", "3 maja 2019"); alone before a year they are
// words ("Marca 2020", "Maja 2018"). "Listopad" and "listopada" are left
// out: October in Croatian, November in Polish and Czech.
var dayMonths = [12]string{
	"stycznia января", "lutego февраля", "marca марта", "kwietnia апреля", "maja мая", "czerwca июня",
	"lipca июля", "sierpnia августа", "września сентября", "października октября", "ноября", "grudnia декабря",
}

// englishMonths are the month names IsMonthOrWeekday knows: a byline's
// trailing "May" or "June" is a date's, a "Mayo" or "Mei" may be a name.
var englishMonths = make(map[string]bool)

// genitiveMonth reports whether w is a month in the genitive (dayMonths).
var genitiveMonth = make(map[string]bool)

func init() {
	for n := range months {
		englishMonths[n] = true
	}
	for k := range foreignMonths {
		for _, n := range strings.Fields(foreignMonths[k]) {
			if _, dup := months[n]; !dup {
				months[n] = k + 1
			}
		}
		for _, n := range strings.Fields(dayMonths[k]) {
			months[n], genitiveMonth[n] = k+1, true
		}
		months[thaiMonths[k]], thaiMonth[thaiMonths[k]] = k+1, true
	}
}

// monthLinks join a day, a month and a year in Spanish, Portuguese and
// Italian: "3 de abril de 2020", "abril del 2020".
var monthLinks = map[string]bool{"of": true, "de": true, "del": true}

// yearLinks join a month and its year: "abril de 2020", "abril del 2020".
var yearLinks = map[string]bool{"de": true, "del": true}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday,
	"saturday": time.Saturday, "sat": time.Saturday,
	"sunday": time.Sunday, "sun": time.Sunday,
}

var ordinals = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true} // "er": French "1er", the first

// rangeWords join the two ends of a date range, in English and in the
// other languages whose months are read ("del 3 de marzo de 2001 al 9 de
// abril de 2003", "vom 3. bis 5. Mai 2020", "du 3 au 5 mai").
var rangeWords = map[string]bool{"to": true, "until": true, "till": true, "through": true, "thru": true,
	"al": true, "a": true, "hasta": true, "até": true, "au": true, "bis": true, "hingga": true, "sampai": true, "tot": true,
	"до": true, "по": true}

// timeZones are the zone names accepted after a time of day.
var timeZones = map[string]bool{
	"z": true, "utc": true, "gmt": true, "sgt": true, "myt": true, "wib": true, "wita": true, "wit": true,
	"ict": true, "pht": true, "hkt": true, "cst": true, "jst": true, "kst": true, "ist": true,
	"aest": true, "aedt": true, "acst": true, "acdt": true, "awst": true, "nzst": true, "nzdt": true,
	"est": true, "edt": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true,
	"bst": true, "cet": true, "cest": true, "eet": true, "eest": true,
}

// foreignMonthAlone reports whether the month word at token i may date a
// month alone (no day): English ones may; another language's may not in
// the genitive, nor after a given name or after a capitalised word with a
// comma before the year, which make it a name's ("Anna Mai 2020", "Li
// Mei, 2019", "Co. Mayo, 2016"). German capitalises every noun, so
// "Ausgabe Mai 2020" stays a date.
func (p *dateParser) foreignMonthAlone(i int) bool {
	w := p.word(i)
	if w == "" || englishMonths[w] {
		return true
	}
	if genitiveMonth[w] {
		return false
	}
	j := i - 1
	if p.isPunct(j, ".") {
		j--
	}
	name := p.ok(j) && p.toks[j].kind == tokWord && p.toks[j].upper
	return !(name && (IsGivenName(p.toks[j].text) || p.isPunct(i+1, ","))) // "Li Mei, 2019", "Co. Mayo, 2016", "Anna Mai 2020"; "Ausgabe Mai 2020" is a date
}

// streetBefore reports whether a street's word stands before token i:
// "Av. 5 de Mayo", "Calle 25 de Mayo", "Rua 7 de Setembro".
func (p *dateParser) streetBefore(i int) bool {
	j := i - 1
	if p.isPunct(j, ".") {
		j--
	}
	return streetWords[p.word(j)]
}

// streetWords name a street before a date-named street's day.
var streetWords = map[string]bool{"av": true, "avda": true, "avenida": true, "calle": true, "c": true, "rua": true, "r": true,
	"jr": true, "jirón": true, "pasaje": true, "plaza": true, "praça": true, "bulevar": true, "boulevard": true, "camino": true}

func weekdayMatches(d pub.Date, wd time.Weekday) bool {
	if d.Day == 0 {
		return false
	}
	return d.Start().Weekday() == wd
}

type dateParser struct {
	toks  []dateTok
	order DateOrder
	be    bool // the last month read was Thai: its year may be the Buddhist era's
}

type dateMatcher func(i int) (pub.Date, int, bool)

func (p *dateParser) matchers() []dateMatcher {
	return []dateMatcher{p.numeric, p.dayMonthYear, p.monthDayYear, p.monthYear}
}

func (p *dateParser) ok(i int) bool { return i >= 0 && i < len(p.toks) }

// adjacent reports whether token i touches the token before it.
func (p *dateParser) adjacent(i int) bool { return p.ok(i) && i > 0 && !p.toks[i].space }

func (p *dateParser) isNum(i, minLen, maxLen int) bool {
	return p.ok(i) && p.toks[i].kind == tokNum && len(p.toks[i].text) >= minLen && len(p.toks[i].text) <= maxLen
}

func (p *dateParser) isPunct(i int, set string) bool {
	return p.ok(i) && p.toks[i].kind == tokPunct && strings.Contains(set, p.toks[i].text)
}

func (p *dateParser) word(i int) string {
	if p.ok(i) && p.toks[i].kind == tokWord {
		return p.toks[i].text
	}
	return ""
}

func (p *dateParser) month(i int) (int, bool) {
	m, ok := months[p.word(i)]
	p.be = ok && thaiMonth[p.word(i)]
	return m, ok
}

// sep consumes what separates two parts of a date starting at token j: up
// to max punctuation tokens from set, or whitespace. It fails when the next
// part would touch the previous one with nothing between ("3Feb").
func (p *dateParser) sep(j int, set string, max int) (int, bool) {
	k := j
	for c := 0; c < max && p.isPunct(k, set); c++ {
		k++
	}
	if !p.ok(k) {
		return k, false
	}
	return k, k > j || p.toks[k].space
}

// day reads a day of the month with an optional ordinal suffix (18th).
func (p *dateParser) day(i int) (int, int, bool) {
	if !p.isNum(i, 1, 2) {
		return 0, i, false
	}
	d := p.toks[i].n
	i++
	if p.adjacent(i) && ordinals[p.word(i)] {
		i++
	}
	if d < 1 || d > 31 || p.adjacent(i) && p.toks[i].kind == tokWord {
		return 0, i, false
	}
	return d, i, true
}

// year reads a four-digit year that is not part of a longer number or a
// range ("2015-2020", "2,024", "1990s").
func (p *dateParser) year(i int) (int, int, bool) {
	if !p.isNum(i, 4, 4) {
		return 0, i, false
	}
	y := p.toks[i].n
	if y < MinYear || y > MaxYear || !p.rightOK(i+1) {
		return 0, i, false
	}
	return y, i + 1, true
}

// rightOK reports whether the token at i may follow the last number of a
// date: not a letter touching it, not punctuation leading into more digits.
func (p *dateParser) rightOK(i int) bool {
	if !p.adjacent(i) {
		return true
	}
	switch p.toks[i].kind {
	case tokWord, tokNum:
		return false
	}
	if p.isPunct(i, "-/.,:") && p.adjacent(i+1) && p.toks[i+1].kind == tokNum {
		return false
	}
	return true
}

// leftOK reports whether a date may start at token i: it does not continue
// a word or a number ("IP25008", "B3", "1.5", "12/03/2016" inside
// "1/12/03/2016").
func (p *dateParser) leftOK(i int) bool {
	if !p.adjacent(i) {
		return true
	}
	prev := p.toks[i-1]
	if prev.kind != tokPunct {
		return false
	}
	if strings.Contains("-/.:,+", prev.text) && p.adjacent(i-1) && p.toks[i-2].kind == tokNum {
		return false
	}
	return true
}

// leftRange reports whether the date starting at i is the second end of a
// range: "1-3 March", "March-April 2015", "2 to 5 May 2024", "3 and 4 May".
func (p *dateParser) leftRange(i int) bool {
	j := i - 1
	if !p.ok(j) || !p.ok(j-1) {
		return false
	}
	prev := p.toks[j-1]
	_, prevMonth := months[p.word(j-1)]
	if p.isPunct(j-1, ".") && p.ok(j-2) && p.toks[j-2].kind == tokNum && rangeWords[p.word(j)] {
		return true // a German day with its stop: "3. bis 5. Mai"
	}
	switch {
	case p.isPunct(j, "-") || rangeWords[p.word(j)]:
		return prev.kind == tokNum || prevMonth
	case p.word(j) == "and" || p.isPunct(j, "&"):
		return p.isNum(j-1, 1, 2)
	}
	return false
}

// rightRange reports whether the date ending before token k is the first
// end of a range: "March 2015 - 2016", "3 March to 5 March 2024".
func (p *dateParser) rightRange(k int) bool {
	if !p.isPunct(k, "-") && !rangeWords[p.word(k)] {
		return false
	}
	k++
	if _, ok := p.month(k); ok {
		return true
	}
	if p.isNum(k, 4, 4) {
		return p.toks[k].n >= MinYear && p.toks[k].n <= MaxYear
	}
	if _, j, ok := p.day(k); ok {
		if j2, ok := p.sep(j, ".-/", 1); ok {
			j = j2
		}
		if monthLinks[p.word(j)] {
			j++ // "6 of June", "6 de junio"
		}
		_, isMonth := p.month(j)
		return isMonth
	}
	return false
}

// afterDay reports whether the month word at i follows a day number, so a
// day-month-year reading was already tried there (and failed): "31 February
// 2025" must not fall back to February 2025.
func (p *dateParser) afterDay(i int) bool {
	j := i - 1
	if monthLinks[p.word(j)] {
		j-- // "3rd of", "5 de"
	}
	if p.isPunct(j, ".-/") {
		j--
	}
	if ordinals[p.word(j)] && p.adjacent(j) {
		j--
	}
	return p.isNum(j, 1, 2)
}

// weekdayBefore returns the full weekday name printed just before token i.
func (p *dateParser) weekdayBefore(i int) (time.Weekday, bool) {
	j := i - 1
	if p.isPunct(j, ",") {
		j--
	}
	w := p.word(j)
	wd, ok := weekdays[w]
	if !ok || len(w) < 6 {
		return 0, false
	}
	return wd, true
}

func (p *dateParser) build(y, m, d int) (pub.Date, bool) {
	if y < MinYear || y > MaxYear || m < 1 || m > 12 {
		return pub.Date{}, false
	}
	dt := pub.Date{Year: y, Month: m, Day: d}
	return dt, dt.Valid()
}

// numeric reads 2025-02-03, 2025/02/03, 2025.02.03 (year first in any
// order), with an optional ISO time (T10:15:00+08:00), and 28/03/2016,
// 28.03.2016, 28-03-2016 read by p.order.
func (p *dateParser) numeric(i int) (pub.Date, int, bool) {
	if d, end, ok := p.spacedDots(i); ok {
		return d, end, true
	}
	if !p.isNum(i, 1, 4) || !p.isPunct(i+1, "/.-") || !p.adjacent(i+1) {
		return pub.Date{}, i, false
	}
	sep := p.toks[i+1].text
	if !p.isNum(i+2, 1, 2) || !p.adjacent(i+2) || !p.isPunct(i+3, sep) || !p.adjacent(i+3) || !p.adjacent(i+4) {
		return pub.Date{}, i, false
	}
	a, b := p.toks[i].n, p.toks[i+2].n
	var y, m, d int
	switch len(p.toks[i].text) {
	case 4:
		if !p.isNum(i+4, 1, 2) {
			return pub.Date{}, i, false
		}
		y, m, d = a, b, p.toks[i+4].n
	case 1, 2:
		if !p.isNum(i+4, 4, 4) {
			return pub.Date{}, i, false
		}
		y, d, m = p.toks[i+4].n, a, b
		if p.order == MonthFirst {
			d, m = b, a
		}
	default:
		return pub.Date{}, i, false
	}
	end := i + 5
	if p.adjacent(end) && p.word(end) == "t" && p.adjacent(end+1) && p.toks[end+1].kind == tokNum {
		k, ok := p.clock(end + 1)
		if !ok {
			return pub.Date{}, i, false
		}
		end = k
	} else if !p.rightOK(end) {
		return pub.Date{}, i, false
	}
	dt, ok := p.build(y, m, d)
	return dt, end, ok
}

// spacedDots reads the Korean "2015. 6. 1." : a year first, each part
// closed by a dot and a space before the next.
func (p *dateParser) spacedDots(i int) (pub.Date, int, bool) {
	if !p.isNum(i, 4, 4) || !p.isPunct(i+1, ".") || !p.adjacent(i+1) ||
		!p.isNum(i+2, 1, 2) || !p.toks[i+2].space || !p.isPunct(i+3, ".") || !p.adjacent(i+3) ||
		!p.isNum(i+4, 1, 2) || !p.toks[i+4].space || p.adjacent(i+5) && !p.isPunct(i+5, ".") {
		return pub.Date{}, i, false
	}
	end := i + 5
	if p.isPunct(end, ".") && p.adjacent(end) {
		end++
	}
	if p.adjacent(end) {
		return pub.Date{}, i, false
	}
	dt, ok := p.build(p.toks[i].n, p.toks[i+2].n, p.toks[i+4].n)
	return dt, end, ok
}

// dayMonthYear reads "3 February 2025", "18th November 2024", "3rd of
// March, 2024", "03-Feb-2025".
func (p *dateParser) dayMonthYear(i int) (pub.Date, int, bool) {
	d, j, ok := p.day(i)
	if !ok {
		return pub.Date{}, i, false
	}
	if j, ok = p.sep(j, ".-/", 1); !ok {
		return pub.Date{}, i, false
	}
	linked := monthLinks[p.word(j)] && p.word(j) != "of"
	if monthLinks[p.word(j)] {
		j++
	}
	street := linked && p.streetBefore(i) // "Av. 5 de Mayo 1975": a street's name and number
	m, isMonth := p.month(j)
	if !isMonth {
		return pub.Date{}, i, false
	}
	if j, ok = p.sep(j+1, ".,-/", 2); !ok {
		return pub.Date{}, i, false
	}
	if yearLinks[p.word(j)] {
		j++
	} else if street {
		return pub.Date{}, i, false // "Av. 5 de Mayo 1975": the street's number
	}
	return p.yearAt(i, j, m, d)
}

// monthDayYear reads "Nov 13, 2024", "November 18th, 2024", "Sept. 5 2024".
func (p *dateParser) monthDayYear(i int) (pub.Date, int, bool) {
	m, isMonth := p.month(i)
	if !isMonth {
		return pub.Date{}, i, false
	}
	j, ok := p.sep(i+1, ".-/", 1)
	if !ok {
		return pub.Date{}, i, false
	}
	d, j, ok := p.day(j)
	if !ok {
		return pub.Date{}, i, false
	}
	if j, ok = p.sep(j, ".,-/", 1); !ok {
		return pub.Date{}, i, false
	}
	return p.yearAt(i, j, m, d)
}

// monthYear reads "March 2015", "Mar. 2015", "March, 2015".
func (p *dateParser) monthYear(i int) (pub.Date, int, bool) {
	m, isMonth := p.month(i)
	if !isMonth {
		return pub.Date{}, i, false
	}
	j, ok := p.sep(i+1, ".,-/", 2)
	if !ok {
		return pub.Date{}, i, false
	}
	if yearLinks[p.word(j)] {
		j++ // "abril de 2020"
	}
	return p.yearAt(i, j, m, 0)
}

// yearAt ends a date that began at token i with month m and day d (0 for
// none): it reads the year at token j and returns the date and the token
// after it.
func (p *dateParser) yearAt(i, j, m, d int) (pub.Date, int, bool) {
	if p.be {
		return p.thaiYearAt(i, j, m, d)
	}
	y, end, ok := p.year(j)
	if !ok {
		return pub.Date{}, i, false
	}
	dt, ok := p.build(y, m, d)
	return dt, end, ok
}

// thaiYearAt is yearAt after a Thai month: the year in the Buddhist era
// (543 years ahead, "19 ธันวาคม 2562"), or the common era's, either after
// its era's mark ("พ.ศ. 2562", "ค.ศ. 2019").
func (p *dateParser) thaiYearAt(i, j, m, d int) (pub.Date, int, bool) {
	if (p.word(j) == "พ" || p.word(j) == "ค") && p.isPunct(j+1, ".") && p.word(j+2) == "ศ" && p.isPunct(j+3, ".") {
		j += 4
	}
	if !p.isNum(j, 4, 4) || !p.rightOK(j+1) {
		return pub.Date{}, i, false
	}
	y := p.toks[j].n
	if y >= MinYear+543 && y <= MaxYear+543 && y > MaxYear {
		y -= 543
	}
	dt, ok := p.build(y, m, d)
	return dt, j + 1, ok
}

// tail consumes what may follow a date in a field that is only a date: a
// time of day, optionally introduced by a separator or "at", and a final
// full stop. It returns the index after it, or -1.
func (p *dateParser) tail(k int) int {
	n := len(p.toks)
	if k >= n {
		return k
	}
	if p.isPunct(k, ".,;") && k+1 == n {
		return n
	}
	if p.isPunct(k, ",|-@·•/") {
		k++
	}
	if p.word(k) == "at" {
		k++
	}
	end, ok := p.clock(k)
	if !ok {
		return -1
	}
	if p.isPunct(end, ".") {
		end++
	}
	return end
}

// clock consumes a time of day starting at token k: 11:00, 10:15:00.123,
// 5:30 PM, 11.00am, 11am, each with an optional zone (SGT, Z, +08:00,
// +0800, GMT+8).
func (p *dateParser) clock(k int) (int, bool) {
	if !p.isNum(k, 1, 2) || p.toks[k].n > 24 {
		return k, false
	}
	k++
	parts := 0
	for parts < 2 && p.isPunct(k, ":.") && p.adjacent(k) && p.isNum(k+1, 2, 2) && p.adjacent(k+1) {
		if parts == 1 && p.toks[k].text != ":" {
			break
		}
		k += 2
		parts++
	}
	if parts == 2 && p.isPunct(k, ".,") && p.adjacent(k) && p.isNum(k+1, 1, 9) && p.adjacent(k+1) {
		k += 2
	}
	ampm := false
	switch w := p.word(k); {
	case w == "am" || w == "pm":
		k++
		ampm = true
	case (w == "a" || w == "p") && p.isPunct(k+1, ".") && p.word(k+2) == "m":
		k += 3
		if p.isPunct(k, ".") && p.adjacent(k) {
			k++
		}
		ampm = true
	}
	if parts == 0 && !ampm {
		return k, false
	}
	if p.isPunct(k, "(") && timeZones[p.word(k+1)] && p.isPunct(k+2, ")") {
		return k + 3, true
	}
	if timeZones[p.word(k)] {
		k++
	}
	if p.isPunct(k, "+-") && p.isNum(k+1, 1, 4) {
		k += 2
		if p.isPunct(k, ":") && p.adjacent(k) && p.isNum(k+1, 2, 2) {
			k += 2
		}
	}
	return k, true
}

// cjkDateRe matches a Chinese, Japanese or Korean date: 2024年11月13日,
// 2024년 11월 13일, optionally after 発行日 or a similar label.
var cjkDateRe = textutil.LazyRegexp(`^(?:\S{1,6}[:：]\s*)?(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?$`)

// CJKDate reads a line that is a Chinese, Japanese or Korean date.
func CJKDate(s string) (pub.Date, bool) {
	m := cjkDateRe().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return pub.Date{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	day, _ := strconv.Atoi(m[3]) // 0 when the day is missing
	if m[3] != "" && day == 0 {
		return pub.Date{}, false
	}
	d := pub.Date{Year: y, Month: mo, Day: day}
	if y < MinYear || y > MaxYear || mo < 1 || mo > 12 || !d.Valid() {
		return pub.Date{}, false
	}
	return d, true
}
