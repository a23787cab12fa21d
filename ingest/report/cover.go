package report

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/pubindex/pubindex/ingest/fields"
)

var (
	// seriesRe is a series name printed on a cover, with an optional
	// number: "Policy Report", "Working Paper No. 12", "Issue Brief #3".
	seriesRe = regexp.MustCompile(`(?i)^((?:[\pL&]+\s+){0,3}?(?:policy report|policy brief|policy paper|policy analysis|working paper|discussion paper|occasional paper|research paper|issue brief|special report|monograph|report|brief|analysis|commentary|perspectives?))(?:\s+series)?(?:\s*(?:no\.?|number|#|nr\.?)\s*([\w./-]{1,20}))?(?:\s*[|,:–—-]\s*(.*))?$`)
	// codeRe is a publication code alone on a line: "IP25008", "WP 2025-03".
	codeRe = regexp.MustCompile(`^([A-Z]{2,4}\s?\d{2,5}(?:[-/]\d{1,4})?[A-Z]?)$`)
	urlRe  = regexp.MustCompile(`(?i)(?:https?://|www\.|@)\S+`)
	// furnitureRe are cover lines that are neither title nor author.
	furnitureRe = regexp.MustCompile(`(?i)^(?:isbn|issn|doi|©|\(c\)|copyright|all rights reserved|published by|printed in|cover (?:image|photo|design)|photo|image)`)
)

// lineKind classifies one cover line.
type lineKind int

const (
	kindText lineKind = iota
	kindBlank
	kindDate
	kindSeries
	kindCode
	kindAuthors
	kindFurniture
)

// readCover fills the title, authors, date, series and code from the first
// lines of the first page and returns how many lines of it they took.
//
// The title is the first block of text lines that are not furniture
// (institution names, series, codes, URLs); it may run over several lines
// and ends at a blank line or at an author or date line. Author lines are
// name lines after the title; affiliation lines between them are skipped.
func readCover(doc [][]string, f *Fields) int {
	if len(doc) == 0 {
		return 0
	}
	p := doc[0]
	n := min(len(p), coverLines)
	var title []string
	titleDone := false
	last := 0
	for i := 0; i < n; i++ {
		l := p[i]
		if tocHeading.MatchString(l) || abstractHeading.MatchString(l) && len(title) > 0 {
			break
		}
		kind, authors := classify(l, titleDone || len(title) > 0 && !continues(title[len(title)-1]))
		switch kind {
		case kindBlank:
			if len(title) > 0 {
				titleDone = true
			}
			continue
		case kindDate:
			if f.Date.IsZero() {
				f.Date, _ = fields.FindDate(l, fields.DayFirst)
				last = i + 1
			}
			if len(title) > 0 {
				titleDone = true
			}
			continue
		case kindSeries:
			if f.Series == "" {
				m := seriesRe.FindStringSubmatch(l)
				f.Series = titleCase(m[1])
				if f.Code == "" {
					f.Code = m[2]
				}
				last = i + 1
			}
			if len(title) > 0 {
				titleDone = true
			}
			continue
		case kindCode:
			if f.Code == "" {
				f.Code = strings.ReplaceAll(l, " ", "")
				last = i + 1
			}
			continue
		case kindFurniture:
			if len(title) > 0 {
				titleDone = true
			}
			continue
		case kindAuthors:
			if len(title) > 0 {
				titleDone = true
				f.Authors = appendNew(f.Authors, authors...)
				last = i + 1
				continue
			}
		}
		// A text line: part of the title while the title is open; after
		// the title, body text has begun unless it is an affiliation.
		if !titleDone {
			if len(title) >= 4 || len(title) > 0 && endsSentence(title[len(title)-1]) {
				titleDone = true
			} else {
				title = append(title, l)
				last = i + 1
				continue
			}
		}
		if fields.IsAffiliation(l) {
			continue
		}
		// Long prose: the cover is over.
		if len(strings.Fields(l)) > 12 {
			break
		}
	}
	f.Title = joinTitle(title)
	return min(last, len(p))
}

// continues reports a title line that cannot end the title: it ends in a
// minor word or in punctuation that leads on.
func continues(l string) bool {
	words := strings.Fields(strings.ToLower(l))
	if len(words) == 0 {
		return false
	}
	return minorWords[words[len(words)-1]] || strings.ContainsAny(l[len(l)-1:], ":,-–—")
}

// classify tells what a cover line is. afterTitle allows author lines:
// before the title, a line of capitalised words is more likely the title.
func classify(l string, afterTitle bool) (lineKind, []string) {
	if l == "" {
		return kindBlank, nil
	}
	if urlRe.MatchString(l) || furnitureRe.MatchString(l) {
		return kindFurniture, nil
	}
	if d, ok := fields.FindDate(l, fields.DayFirst); ok && d.Month != 0 && len(strings.Fields(l)) <= 6 {
		return kindDate, nil
	}
	if codeRe.MatchString(l) {
		return kindCode, nil
	}
	if m := seriesRe.FindStringSubmatch(l); m != nil && m[3] == "" && len(strings.Fields(l)) <= 8 {
		return kindSeries, nil
	}
	if afterTitle {
		if names := authorLine(l); len(names) > 0 {
			return kindAuthors, names
		}
	}
	if !afterTitle && fields.IsAffiliation(l) && len(strings.Fields(l)) <= 10 {
		return kindFurniture, nil
	}
	return kindText, nil
}

// authorLine returns the names on a line that holds only names (with
// optional affiliations after commas), or nil.
func authorLine(l string) []string {
	low := strings.ToLower(l)
	for _, w := range []string{" the ", " of the ", " in ", " for ", " on ", " to ", " with "} {
		if strings.Contains(" "+low+" ", w) && !strings.HasPrefix(low, "by ") {
			return nil
		}
	}
	if endsSentence(l) && !strings.HasSuffix(l, ".") {
		return nil
	}
	names := fields.SplitAuthors(l)
	if len(names) == 0 {
		return nil
	}
	for _, n := range names {
		if r := []rune(n); !unicode.IsUpper(r[0]) {
			return nil
		}
	}
	return names
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		dup := false
		for _, m := range list {
			if strings.EqualFold(m, n) {
				dup = true
			}
		}
		if !dup {
			list = append(list, n)
		}
	}
	return list
}

func endsSentence(l string) bool {
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// joinTitle joins title lines, undoing line-end hyphens; capitals stay as
// printed, since acronyms cannot be told from shouting.
func joinTitle(lines []string) string {
	return joinLines(lines, nil)
}

// minorWords stay lower case inside a title-cased title.
var minorWords = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true,
	"for": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true, "vs": true}

// titleCase capitalises the words of s, leaving minor words lower case
// except the first.
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && minorWords[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		for k := 1; k < len(r); k++ {
			if r[k-1] == '-' || r[k-1] == '(' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
