package report

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxParagraphBytes caps one paragraph, so text without line breaks stays
// bounded.
const maxParagraphBytes = 64 << 10

// bulletRe starts a list item or numbered heading, which begins a new
// paragraph.
var bulletRe = regexp.MustCompile(`^(?:[•▪‣◦●■–—*-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\d{1,2}(?:\.\d{1,2})+\s)`)

// paragraphs joins lines into paragraphs. A paragraph ends at an empty
// line, before a list item, and after a line that ends a sentence and is
// clearly shorter than the text's usual line.
func paragraphs(lines []string) []string {
	full := fullWidth(lines)
	words := hyphenForms(lines)
	var out, cur []string
	flush := func() {
		if len(cur) > 0 {
			if p := joinLines(cur, words); p != "" {
				out = append(out, truncate(p, maxParagraphBytes))
			}
		}
		cur = cur[:0]
	}
	for _, l := range lines {
		if l == "" {
			flush()
			continue
		}
		sectionWord := sectionHeading.MatchString(l)
		if len(cur) > 0 && (bulletRe.MatchString(l) || sectionWord) {
			flush()
		}
		cur = append(cur, l)
		short := utf8.RuneCountInString(l) < full*3/4
		if endsSentence(strings.TrimRight(l, `"'”’)`)) && short || heading(l) || sectionWord || len(cur) == 1 && titleLine(l, full) {
			flush()
		}
	}
	flush()
	return out
}

// sectionHeading is a line holding only a usual section name, which is a
// block of its own even when the line before it does not end a sentence.
var sectionHeading = regexp.MustCompile(`(?i)^\s*(?:\d{1,2}\.?\s+)?(?:abstract|summary|executive summary|key findings|overview|introduction|background|conclusions?|recommendations|references|bibliography|acknowledge?ments|contents|table of contents)\s*[:.]?\s*$`)

// heading reports a short line in capitals, or numbered like a section.
func heading(l string) bool {
	if len(strings.Fields(l)) > 8 {
		return false
	}
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, l)
	return len(letters) >= 4 && letters == strings.ToUpper(letters)
}

// titleLine reports a line standing alone as a heading: much shorter
// than a full line, starting with a capital, not ending inside a sentence.
func titleLine(l string, full int) bool {
	r, _ := utf8.DecodeRuneInString(l)
	last, _ := utf8.DecodeLastRuneInString(l)
	return utf8.RuneCountInString(l) < full/2 && unicode.IsUpper(r) && !strings.ContainsRune("-,;:", last) && len(strings.Fields(l)) <= 8
}

// fullWidth returns the length in runes of a typical full line: the 80th
// percentile of line lengths.
func fullWidth(lines []string) int {
	var n []int
	for _, l := range lines {
		if l != "" {
			n = append(n, utf8.RuneCountInString(l))
		}
	}
	if len(n) == 0 {
		return 0
	}
	sort.Ints(n)
	return n[len(n)*4/5]
}

// hyphenForms collects the hyphenated words written inside lines
// ("South-East", "well-known"): a hyphen at a line end that joins one of
// them is a real hyphen.
func hyphenForms(lines []string) map[string]bool {
	words := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
			if strings.Contains(w, "-") {
				words[w] = true
			}
		}
	}
	return words
}

// joinLines joins the lines of one paragraph with spaces. A word broken by
// a hyphen at a line end is joined: without the hyphen ("secu-" "rity" ->
// "security"), unless the next part starts with a capital or a digit
// ("South-" "East"), or the hyphenated word is written elsewhere in the
// text. Soft hyphens are dropped.
func joinLines(lines []string, words map[string]bool) string {
	var b strings.Builder
	soft := false
	for i, l := range lines {
		nextSoft := strings.HasSuffix(l, "\u00ad")
		l = strings.ReplaceAll(l, "\u00ad", "")
		if i > 0 {
			prev := b.String()
			switch {
			case soft:
			case strings.HasSuffix(prev, "-") && startsDigit(l) && !isLetterBefore(prev):
			case strings.HasSuffix(prev, "-") && isLetterBefore(prev):
				if !keepHyphen(prev, l, words) {
					b.Reset()
					b.WriteString(strings.TrimSuffix(prev, "-"))
				}
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
		soft = nextSoft
	}
	return strings.TrimSpace(b.String())
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func isLetterBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(s, "-"))
	return unicode.IsLetter(r)
}

// keepHyphen decides whether the hyphen ending prev is part of the word.
func keepHyphen(prev, next string, words map[string]bool) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return true
	}
	head := prev[strings.LastIndexAny(prev, " ")+1:]
	tail := next
	if i := strings.IndexAny(next, " "); i >= 0 {
		tail = next[:i]
	}
	w := strings.ToLower(strings.TrimFunc(head+tail, func(r rune) bool { return !unicode.IsLetter(r) }))
	return words[w]
}

// abstractHeading starts an abstract or summary.
var abstractHeading = regexp.MustCompile(`(?i)^(?:abstract|summary|executive summary|key findings|overview)\s*[:.–—-]?\s*`)

// abstract returns the first paragraph under an abstract heading, or the
// rest of the paragraph that starts with "Abstract:".
func abstract(body []string) string {
	for i, p := range body {
		if i > 40 {
			break
		}
		loc := abstractHeading.FindStringIndex(p)
		if loc == nil {
			continue
		}
		if rest := strings.TrimSpace(p[loc[1]:]); rest != "" && loc[1] < len(p) && len(strings.Fields(rest)) > 5 {
			return rest
		}
		if loc[1] == len(p) && i+1 < len(body) {
			return body[i+1]
		}
	}
	return ""
}
