package fields

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/internal/textutil"
)

// maxNameRunes is the longest string NormalizeAuthor takes for a name.
const maxNameRunes = 60

// SplitAuthors splits an author line into person names: "A, B", "A and B",
// "A & B", "A; B", "By: Name, Affiliation", "Author : Name", "Authors: A and
// B".
//
// A leading label ("By", "By:", "Written by", "Author(s):") is dropped, and
// so is anything in brackets ("Jane Doe (RSIS)"). The line is cut into
// groups at ";", "|", "/", "•" and line breaks, each group into segments at
// commas, and each segment into names at "and" and "&". A segment that
// reads like an affiliation (IsAffiliation) is dropped together with the
// segments after it in its group, unless one starts with "and" ("Jane Doe,
// Senior Fellow, Lowy Institute, Singapore" gives only Jane Doe; "A and B,
// Research Fellows" gives A and B). Every name is cleaned by
// NormalizeAuthor; strings that are not names are dropped, and names equal
// but for case are kept once, in their first spelling.
func SplitAuthors(line string) []string {
	s := removeBrackets(textutil.CleanSpace(line))
	s = stripAuthorLabel(s)
	if strings.Contains(s, "、") && hanNameList(s) {
		s = strings.ReplaceAll(s, "、", ";") // "王一舟、李海燕": names set apart by the ideographic comma
	}
	var out []string
	seen := map[string]bool{}
	for _, group := range strings.FieldsFunc(s, isGroupSep) {
		inAffiliation := false
		for _, seg := range strings.Split(group, ",") {
			seg = strings.TrimSpace(seg)
			if seg == "" {
				continue
			}
			if IsAffiliation(seg) {
				inAffiliation = true
				continue
			}
			if inAffiliation && !startsWithAnd(seg) {
				continue
			}
			inAffiliation = false
			for _, part := range splitAnd(seg) {
				if n := NormalizeAuthor(part); n != "" {
					if k := strings.ToLower(n); !seen[k] {
						seen[k] = true
						out = append(out, n)
					}
				}
			}
		}
	}
	return out
}

// NormalizeAuthor cleans one name so the same person is always one facet
// value: it trims, collapses spaces (incl. NBSP), removes footnote marks and
// asterisks ("Li Mingjiang*", "Jane Tan¹", "Tan†", "Raj Kumar [1]", "Ng
// (2)", "Jane Doe1,2") and anything else in brackets, removes honorifics
// (Dr, Dr., Prof., Professor, Mr, Ms, Mrs, Mdm, Amb., Ambassador, Assoc
// Prof, Associate Professor, Dato' Sri, Tan Sri, ...) and a trailing "PhD", and fixes ALL-CAPS
// or all-lower names to title case ("XING JIAHUI" -> "Xing Jiahui",
// "o'connor" -> "O'Connor", "mcdonald" -> "McDonald", "nur aisyah binte
// rahman" -> "Nur Aisyah binte Rahman") while leaving mixed-case names as
// written ("van der Berg", "de Silva").
//
// It returns "" for strings that are not a name: more than six words or
// more than 60 characters, digits, URLs and e-mail addresses, characters
// other than letters, spaces, hyphens, apostrophes and full stops,
// affiliations (IsAffiliation), place names, and page furniture ("Back",
// "Search", "download pdf", "SYNOPSIS", "03 February 2025").
func NormalizeAuthor(name string) string {
	s := removeBrackets(textutil.CleanSpace(name))
	s = removeFootnotes(s)
	s = thaiTitleRe().ReplaceAllString(s, "")
	words := strings.Fields(s)
	words = dropHonorifics(words)
	for len(words) > 0 && isCredential(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	s = strings.Join(words, " ")
	if !plausibleName(s, words) {
		return ""
	}
	return fixNameCase(words)
}

// AuthorsFromBio finds the people an author-bio paragraph describes: "X is
// a Research Fellow at ...", "X is an Associate Professor ...", "X and Y
// are Senior Analysts with ...", "X is Head of ...", "X was ...";
// sentences may be several in one paragraph.
//
// In each sentence the subject before the first "is", "was", "are",
// "were", "has been", "serves as" or "served as" is read as a list of names
// when what follows describes a role (an affiliation or job word, or one of
// journalist, diplomat, author, former, born, ...). A subject name must
// have two to six capitalised words (particles such as bin, binte, van, de
// excepted) and no pronouns or other common words, so "He was", "This
// paper is" and "Tan was" (a surname alone, usually a later mention) give
// nothing. Names are cleaned by NormalizeAuthor and de-duplicated case-
// insensitively.
func AuthorsFromBio(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.ToValidUTF8(text, ""), "\n") {
		for _, sent := range splitSentences(textutil.CleanSpace(line)) {
			for _, n := range bioSubjects(sent) {
				if k := strings.ToLower(n); !seen[k] {
					seen[k] = true
					out = append(out, n)
				}
			}
		}
	}
	return out
}

// IsAffiliation reports whether s reads like an affiliation or job title
// rather than a person's name: it holds a word such as University,
// Institute, School, Centre/Center, Programme, Professor, Fellow, Analyst,
// Director, Research, Ministry, Department, Faculty, Lecturer, Candidate,
// Associate, or an institution's acronym (RSIS, NTU, ISEAS, ...). The words
// Senior, Head, Chair, Dean and Lead, which are also names ("Dean Cheng",
// "Jonathan Head"), count only alone or with other titles ("Senior Head"),
// after a modifier ("Deputy Head", "Acting Dean") or before "of", "for",
// "at" ("Head of Research").
func IsAffiliation(s string) bool {
	s = strings.ToLower(strings.ReplaceAll(s, ".", ""))
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	weak, plain := 0, 0
	for i, w := range words {
		switch {
		case affiliationWords[w]:
			return true
		case weakAffiliationWords[w]:
			weak++
			if i+1 < len(words) && affiliationLinks[words[i+1]] || i > 0 && titleModifiers[words[i-1]] {
				return true
			}
		case !titleModifiers[w]:
			plain++
		}
	}
	return weak > 0 && plain == 0
}

// affiliationWords make any string an affiliation or title.
var affiliationWords = textutil.SetOf(
	"university", "universities", "universiti", "universitas", "universität", "université", "universidad",
	"institute", "institutes", "institut", "institution", "institutions", "school", "schools",
	"centre", "centres", "center", "centers", "programme", "programmes", "program", "programs",
	"professor", "professors", "professorial", "fellow", "fellows", "fellowship", "analyst", "analysts",
	"director", "directors", "directorate", "research", "researcher", "researchers",
	"ministry", "minister", "department", "dept", "faculty", "lecturer", "lecturers",
	"candidate", "candidates", "associate", "associates", "college", "academy", "council",
	"foundation", "office", "agency", "secretariat", "secretary", "government", "bureau",
	"commission", "committee", "editor", "editors", "coordinator", "coordinators", "manager",
	"officer", "officers", "chairman", "chairperson", "chairwoman", "president", "vice", "deputy",
	"adjunct", "visiting", "emeritus", "scholar", "scholars", "student", "students", "intern",
	"interns", "consultant", "advisor", "adviser", "advisors", "advisers", "correspondent",
	"journalist", "phd", "dphil", "postdoctoral", "postdoc", "doctoral", "studies", "affairs",
	"policy", "security", "strategic", "defence", "defense", "forum", "ltd", "inc", "llc",
	"network", "initiative", "project", "unit", "division", "laboratory", "staff", "executive",
	"ceo", "founder", "cofounder", "assistant", "specialist", "economist", "ambassador",
	"diplomat", "envoy", "counsellor", "counselor", "member", "members", "international", "national",
	"rsis", "ntu", "nus", "smu", "sutd", "suss", "iseas", "csis", "iiss", "cfr", "ecfr", "anu",
	"asean", "apec", "mfa", "mindef", "idss", "cens", "icpvtr", "nanyang", "rajaratnam",
	"polytechnic", "embassy", "parliament", "think", "tank", "board", "panel", "society", "association",
	"corporation", "company", "bank", "group", "provost", "rector", "chancellor", "registrar",
)

// weakAffiliationWords are titles that are also names.
var weakAffiliationWords = textutil.SetOf("head", "heads", "senior", "dean", "chair", "junior", "lead")

// titleModifiers qualify a title: "Deputy Head", "Acting Dean".
var titleModifiers = textutil.SetOf("acting", "interim", "former", "co", "principal", "chief", "programme", "research", "vice", "deputy", "assistant", "associate", "senior", "head", "dean", "chair", "junior", "lead")

// affiliationLinks follow a title: "Head of", "Chair for", "Lead at".
var affiliationLinks = textutil.SetOf("of", "for", "at", "in", "to", "with")

// nonNameWords are page furniture and common words: a string made only of
// them is not a name.
var nonNameWords = textutil.SetOf(
	"weiter", "lesen", "mehr", "leer", "más", "lire", "suite", "baca", "selengkapnya", "leia", "continuar", "leggi", "tutto",
	"key", "findings", "highlights", "takeaways", "lessons", "points", "recommendations", "overview", "background",
	"back", "search", "home", "menu", "share", "shares", "print", "email", "e-mail", "mail", "download",
	"downloads", "pdf", "read", "more", "less", "login", "log", "in", "out", "sign", "subscribe",
	"register", "contact", "about", "us", "next", "previous", "prev", "close", "open", "top", "skip",
	"content", "main", "navigation", "toggle", "click", "here", "view", "all", "related", "tags",
	"tag", "topics", "topic", "categories", "category", "synopsis", "abstract", "commentary",
	"commentaries", "summary", "introduction", "conclusion", "references", "notes", "footnotes",
	"publications", "publication", "events", "event", "news", "media", "press", "release",
	"report", "reports", "paper", "papers", "brief", "briefs", "analysis", "articles", "article",
	"page", "pages", "author", "authors", "by", "admin", "administrator", "anonymous", "unknown",
	"guest", "contributor", "contributors", "team", "facebook", "twitter", "linkedin", "whatsapp",
	"telegram", "instagram", "youtube", "copy", "link", "links", "copied", "listen", "audio",
	"video", "videos", "podcast", "podcasts", "like", "comment", "comments", "reply", "follow",
	"source", "sources", "photo", "photos", "image", "credit", "caption", "loading", "and", "or",
	"the", "a", "an", "of", "for", "to", "on", "at", "with", "from", "this", "that", "these", "it",
	"is", "are", "was", "be", "not", "no", "yes", "min", "mins", "minute", "minutes", "time",
	"date", "published", "updated", "posted", "today", "yesterday", "post", "posts", "feed", "rss",
	"cookies", "cookie", "accept", "privacy", "policy", "terms", "sitemap", "faq", "help",
	"support", "donate", "language", "english", "chinese", "malay", "tamil", "continue", "reading",
	"full", "text", "pp", "vol", "issue", "no", "see", "also", "et", "al", "etc", "n/a", "na", "none",
	"tbc", "tba", "untitled", "title", "keywords", "keyword", "overview", "background", "recommendations",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "dr", "prof", "professor", "mr", "ms", "mrs", "mdm", "madam", "miss", "mx", "amb",
	"ambassador", "hon", "rev", "sir", "dato", "datuk", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// places are regions, countries and cities that turn up beside names.
var places = textutil.SetOf(
	"singapore", "malaysia", "indonesia", "thailand", "vietnam", "viet nam", "philippines",
	"the philippines", "myanmar", "cambodia", "laos", "brunei", "timor-leste", "east timor", "china",
	"japan", "korea", "south korea", "north korea", "india", "pakistan", "bangladesh", "sri lanka",
	"nepal", "australia", "new zealand", "united states", "usa", "us", "america", "united kingdom",
	"uk", "europe", "asia", "southeast asia", "east asia", "south asia", "asia-pacific",
	"asia pacific", "indo-pacific", "taiwan", "hong kong", "macau", "russia", "ukraine", "iran",
	"israel", "canberra", "sydney", "melbourne", "perth", "brisbane", "kuala lumpur", "jakarta",
	"bangkok", "manila", "hanoi", "ho chi minh city", "phnom penh", "yangon", "beijing", "shanghai",
	"tokyo", "seoul", "new delhi", "delhi", "washington", "washington dc", "new york", "london",
	"paris", "brussels", "geneva", "berlin",
)

// honorifics are titles dropped from the front of a name, longest first.
var honorifics = [][]string{
	{"associate", "professor"}, {"assistant", "professor"}, {"adjunct", "professor"},
	{"emeritus", "professor"}, {"visiting", "professor"}, {"distinguished", "professor"},
	{"assoc", "prof"}, {"asst", "prof"}, {"adj", "prof"}, {"prof", "emeritus"},
	{"dato'", "seri"}, {"dato'", "sri"}, {"datuk", "seri"}, {"datuk", "sri"}, {"tan", "sri"},
	{"dr"}, {"prof"}, {"professor"}, {"mr"}, {"ms"}, {"mrs"}, {"mdm"}, {"madam"}, {"miss"}, {"mx"},
	{"amb"}, {"ambassador"}, {"hon"}, {"rev"}, {"dato'"}, {"datuk"},
}

// nameParticles stay lower case inside a name: "binte", "van der".
var nameParticles = textutil.SetOf("bin", "binte", "binti", "bte", "van", "der", "den", "von", "de", "del", "della", "dos", "das", "du", "ter")

// removeBrackets drops everything inside (), [], {} and their full-width
// forms; an unclosed bracket drops the rest of the string.
func removeBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '{', '（', '［', '【':
			if depth == 0 {
				b.WriteByte(' ')
			}
			depth++
			continue
		case ')', ']', '}', '）', '］', '】':
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// trailingFootnote matches a name followed by footnote numbers: "Jane Doe
// 1", "Jane Doe1,2".
var trailingFootnote = textutil.LazyRegexp(`^(.*\pL)\s?\d{1,2}(?:\s?,\s?\d{1,2})*\s*$`)

// removeFootnotes drops footnote marks: asterisks, daggers, superscript
// digits and a trailing run of one- or two-digit numbers ("Doe1,2").
func removeFootnotes(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune("*†‡§¶⁎∗✝#^", r):
			return -1
		case r == '¹' || r == '²' || r == '³' || r >= '\u2070' && r <= '\u209f':
			return -1
		}
		return r
	}, s)
	if m := trailingFootnote().FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return strings.Trim(s, " ,;:|/\\\"“”‘’'`-–—·•")
}

// dropHonorifics removes titles from the front of a name, as long as a name
// remains after them.
func dropHonorifics(words []string) []string {
	for {
		n := 0
		for _, h := range honorifics {
			if len(words) <= len(h) {
				continue
			}
			match := true
			for i, hw := range h {
				w := strings.TrimSuffix(strings.ReplaceAll(strings.ToLower(words[i]), "’", "'"), ".")
				if w != hw && w+"'" != hw {
					match = false
					break
				}
			}
			if match {
				n = len(h)
				break
			}
		}
		if n == 0 {
			return words
		}
		words = words[n:]
	}
}

func isCredential(w string) bool {
	switch strings.ToLower(strings.ReplaceAll(w, ".", "")) {
	case "phd", "dphil", "jd", "md", "mba":
		return true
	}
	return false
}

// plausibleName applies the checks of NormalizeAuthor to a cleaned name.
func plausibleName(s string, words []string) bool {
	if utf8.RuneCountInString(s) > maxNameRunes {
		return false
	}
	low := strings.ToLower(s)
	for _, bad := range []string{"http", "www.", "://", ".com", ".org", ".edu", ".net"} {
		if strings.Contains(low, bad) {
			return false
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r), unicode.Is(unicode.Mc, r):
		case r == ' ', r == '.', r == '-', r == '\'', r == '’', r == 'ʼ', r == '‐':
		default:
			return false
		}
	}
	letters, furniture := 0, 0
	for _, w := range words {
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n == 0 {
			return false
		}
		letters += n
		if nonNameWords[strings.ToLower(strings.Trim(w, ".-'’"))] {
			furniture++
		}
	}
	if letters < 2 || furniture == len(words) || places[low] {
		return false
	}
	for _, w := range words {
		if abstractWord(w) || regionWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false // "Understanding Tides", "HRG Focus Africa"
		}
	}
	return !IsAffiliation(s)
}

// IsDayName reports whether w is a day's full name in English, which a
// byline runs into when the date follows it ("… Roe Monday, 3 July").
func IsDayName(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",."))
	_, ok := weekdays[w]
	return ok && len(w) >= 6
}

// regionWords name parts of the world, never a person ("… Focus Africa").
var regionWords = textutil.SetOf("africa", "asia", "europe", "americas", "oceania", "arctic", "antarctica", "eurasia")

// abstractEnds are the endings of abstract nouns, each with the shortest
// word it marks: "Nasution", "Lawrence", "Constance", "Clement" and
// "Guinness" are names.
var abstractEnds = []struct {
	suffix string
	min    int
}{{"tion", 9}, {"sion", 8}, {"ment", 8}, {"ence", 10}, {"ance", 10}, {"ism", 7}, {"ity", 8}, {"ness", 9}, {"ship", 8},
	{"ology", 7}, {"acy", 9}, {"ics", 10}, {"ive", 9}}

// abstractWord reports whether w ends like an English abstract noun or a
// gerund of some length ("Deterrence", "Legitimacy", "Understanding"),
// which names seldom do.
func abstractWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,'’"))
	for _, a := range abstractEnds {
		if len(w) >= a.min && strings.HasSuffix(w, a.suffix) {
			return true
		}
	}
	return len(w) >= 10 && strings.HasSuffix(w, "ing")
}

// fixNameCase title-cases a name written all in capitals or all in lower
// case and returns the words joined; mixed-case names are kept as written.
func fixNameCase(words []string) string {
	upper, lower := false, false
	for _, w := range words {
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper = true
			} else if unicode.IsLower(r) {
				lower = true
			}
		}
	}
	if upper && lower {
		return strings.Join(words, " ")
	}
	out := make([]string, len(words))
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && i < len(words)-1 && nameParticles[lw] {
			out[i] = lw
			continue
		}
		out[i] = titleWord(lw)
	}
	return strings.Join(out, " ")
}

// titleWord capitalises each part of a lower-case word between hyphens and
// apostrophes ("o'connor" -> "O'Connor"), and "mc" names ("McDonald").
func titleWord(w string) string {
	var b strings.Builder
	start := true
	rs := []rune(w)
	for i, r := range rs {
		if start && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			start = false
			// McDonald: upper-case the letter after a leading "mc".
			if r == 'm' && i+2 < len(rs) && rs[i+1] == 'c' && unicode.IsLetter(rs[i+2]) && (i == 0 || !unicode.IsLetter(rs[i-1])) {
				b.WriteRune('c')
				start = true
				rs[i+1] = 0
			}
			continue
		}
		if r == 0 {
			continue
		}
		b.WriteRune(r)
		if r == '-' || r == '\'' || r == '’' || r == '‐' || r == '.' {
			start = true
		}
	}
	return b.String()
}

func isGroupSep(r rune) bool {
	switch r {
	case ';', '|', '/', '•', '·', '\n', '；':
		return true
	}
	return false
}

// stripAuthorLabel drops a leading "By", "By:", "Written by", "Author:",
// "Authors :", "Author(s):" label.
func stripAuthorLabel(s string) string {
	low := strings.ToLower(s)
	for _, l := range []string{"written by", "posted by", "contributed by", "by"} {
		if strings.HasPrefix(low, l) {
			rest := s[len(l):]
			if rest == "" || rest[0] == ' ' || rest[0] == ':' {
				return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
			}
		}
	}
	for _, l := range []string{"authors", "author", "contributors", "contributor", "writers", "writer", "作者", "著者", "筆者", "저자",
		"tác giả", "penulis", "yazar", "autore", "autores", "autori", "autor", "auteurs", "auteur", "verfasser", "forfatter", "författare", "tekijä", "авторы", "автори", "автор"} {
		if strings.HasPrefix(low, l) {
			rest := strings.TrimSpace(s[len(l):])
			if r, size := utf8.DecodeRuneInString(rest); r == ':' || r == '：' {
				return strings.TrimSpace(rest[size:])
			}
		}
	}
	// "by" in another language, before a whole name: "Von Anna Berg", "Par
	// Ana Berga" ("Von Braun" alone is a name)
	if w, rest, ok := strings.Cut(s, " "); ok && foreignBy[strings.ToLower(w)] && wholeFirstName(rest) {
		return strings.TrimSpace(rest)
	}
	return s
}

func startsWithAnd(seg string) bool {
	low := strings.ToLower(seg)
	return strings.HasPrefix(low, "and ") || strings.HasPrefix(low, "&")
}

// withJoins reports whether the words before a "with" are a whole name
// it joins to the next ("Jane Roe with Li Wei"), not a title's words ("A
// Talk with Per Lindqvist").
func withJoins(before []string) bool {
	if len(before) < 2 {
		return false
	}
	s := strings.Join(before, " ")
	return properName(s) && !talkWords[strings.ToLower(before[len(before)-1])]
}

// talkWords end a title that names a talk's guest after "with".
var talkWords = textutil.SetOf("talk", "talks", "conversation", "conversations", "interview", "interviews", "dialogue", "chat", "q&a", "podcast", "discussion", "session", "evening", "meeting", "lunch", "breakfast", "dinner", "seminar", "webinar")

// splitAnd cuts a segment at the words "and" and "&".
func splitAnd(seg string) []string {
	words := strings.Fields(strings.ReplaceAll(seg, "&", " & "))
	var out []string
	var cur []string
	for k, w := range words {
		if lw := strings.ToLower(w); lw == "and" || lw == "&" || (nameJoiners[w] || w == "with" && withJoins(cur)) && len(cur) >= 2 && wholeNameAfter(words[k+1:]) {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, " "))
			}
			cur = cur[:0]
			continue
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// sentenceAbbrevs end with a full stop without ending a sentence.
var sentenceAbbrevs = textutil.SetOf("dr", "prof", "assoc", "asst", "adj", "mr", "ms", "mrs", "mdm", "st", "jr", "sr",
	"amb", "lt", "col", "gen", "maj", "capt", "cdr", "adm", "brig", "no", "vol", "dept", "univ",
	"inc", "ltd", "co", "vs", "hon", "rev", "eg", "ie", "etc", "al", "mt", "ft")

// splitSentences cuts one line of text at full stops, question and
// exclamation marks that are followed by a space and a capital, but not
// after initials ("J. Doe") or abbreviations ("Dr. Tan", "Assoc. Prof.").
func splitSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if i+2 >= len(s) || s[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i+2:])
		if !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if c == '.' {
			j := i
			for j > start {
				pr, size := utf8.DecodeLastRuneInString(s[:j])
				if !unicode.IsLetter(pr) && pr != '.' {
					break
				}
				j -= size
			}
			prev := strings.ToLower(strings.ReplaceAll(s[j:i], ".", ""))
			if utf8.RuneCountInString(prev) == 1 || sentenceAbbrevs[prev] {
				continue
			}
		}
		out = append(out, s[start:i])
		start = i + 2
	}
	return append(out, s[start:])
}

// bioVerbs end the subject of a bio sentence.
var bioVerbs = textutil.SetOf("is", "was", "are", "were", "serves", "served", "has", "had", "have")

// bioRoleWords, besides affiliation words, show that a predicate describes
// a person.
var bioRoleWords = textutil.SetOf("author", "co-author", "journalist", "diplomat", "economist", "historian",
	"scientist", "lawyer", "editor", "writer", "graduate", "expert", "specialist", "born", "phd",
	"doctorate", "officer", "member", "advisor", "adviser", "former", "formerly", "previously",
	"contributor", "commentator", "practitioner", "partner", "founder", "co-founder", "consultant",
	"alumnus", "alumna", "holds", "served", "teaches", "taught", "retired", "veteran", "educator",
	"lecturer", "scholar", "analyst", "policymaker", "researcher", "correspondent", "columnist",
	"engineer", "officer", "practitioner", "masters", "master's", "degree", "bachelor")

// bioStopWords never appear in a name taken from a bio sentence.
var bioStopWords = textutil.SetOf("he", "she", "they", "it", "this", "that", "these", "those", "the", "his", "her",
	"their", "its", "both", "each", "all", "prior", "previously", "currently", "before", "after",
	"formerly", "today", "since", "in", "at", "as", "from", "our", "we", "i", "you", "also", "now",
	"then", "there", "here", "who", "which", "where", "when", "while", "with", "for", "on", "by",
	"to", "a", "an", "of", "and", "or", "but", "during", "until", "between", "among", "most",
	"many", "some", "other", "others", "paper", "article", "commentary", "report", "book", "study")

// bioSubjects returns the names a bio sentence is about.
func bioSubjects(sent string) []string {
	words := strings.Fields(sent)
	verb := -1
	for i, w := range words {
		if !bioVerbs[w] {
			continue
		}
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch w {
		case "has", "had", "have":
			if next != "been" {
				continue
			}
		case "serves", "served":
			if next != "as" {
				continue
			}
		}
		verb = i
		break
	}
	if verb <= 0 || verb > 30 {
		return nil
	}
	pred := words[verb+1:]
	if len(pred) > 30 {
		pred = pred[:30]
	}
	if !describesRole(pred) {
		return nil
	}
	var out []string
	subject := removeBrackets(strings.Join(words[:verb], " "))
	for _, seg := range strings.FieldsFunc(subject, func(r rune) bool { return r == ',' || r == ';' }) {
		if IsAffiliation(seg) {
			continue
		}
		for _, part := range splitAnd(seg) {
			if !properName(part) {
				continue
			}
			if n := NormalizeAuthor(part); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

func describesRole(pred []string) bool {
	if IsAffiliation(strings.Join(pred, " ")) {
		return true
	}
	for _, w := range pred {
		if bioRoleWords[strings.ToLower(strings.Trim(w, ".,;:()\"'’"))] {
			return true
		}
	}
	return false
}

// properName reports whether s is written like a name in running text: two
// to six capitalised words after any honorific, lower-case particles
// inside, no pronouns or common words.
func properName(s string) bool {
	words := dropHonorifics(strings.Fields(s))
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,'’\""))
		if bioStopWords[lw] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || !nameParticles[lw] {
			return false
		}
	}
	return true
}

// wholeNameAfter reports whether the words after a joiner hold a whole
// name, two words before the next joiner or the end: "José Ortega y
// Gasset" is one name.
func wholeNameAfter(ws []string) bool {
	n := 0
	for _, w := range ws {
		if lw := strings.ToLower(w); lw == "and" || lw == "&" || nameJoiners[w] {
			break
		}
		n++
	}
	return n >= 2
}

// IsNameJoiner reports whether w is "and" in another language as a byline
// joins two names with it: "y", "e", "und", "et", … in small letters.
func IsNameJoiner(w string) bool { return nameJoiners[w] }

// nameJoiners are "and" in other languages, as a byline joins two names
// with it, in small letters only ("Dan" and "Den" are given names too)
// and only after a whole name.
var nameJoiners = map[string]bool{"und": true, "y": true, "e": true, "et": true, "i": true, "en": true, "og": true,
	"och": true, "ve": true, "dan": true, "và": true, "и": true, "és": true, "oraz": true}

// IsForeignBy reports whether w, in lower case, is "by" in another
// language as it opens a byline ("von", "por", "oleh").
func IsForeignBy(w string) bool { return foreignBy[w] }

// foreignBy are "by" in other languages, opening a byline.
var foreignBy = map[string]bool{"von": true, "par": true, "por": true, "door": true, "av": true, "oleh": true, "โดย": true}

// wholeFirstName reports whether the names after a foreign "by" open with a
// whole name: two words or more before the first comma or "and", the first
// no particle. "Oleh Berg and Anna Berg" is a given name's, "von der
// Leyen" a surname's.
func wholeFirstName(rest string) bool {
	fs := strings.Fields(rest)
	if len(fs) < 2 || nameParticles[strings.ToLower(fs[0])] {
		return false
	}
	n := 0
	for _, w := range fs {
		if lw := strings.ToLower(w); lw == "and" || lw == "&" || nameJoiners[w] {
			break
		}
		n++
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	return n >= 2
}

// thaiTitleRe matches the academic and military titles Thai bylines put
// before a name ("ดร." doctor, "รศ.ดร." associate professor and doctor,
// "น.อ." captain).
var thaiTitleRe = textutil.LazyRegexp(`^(?:(?:ศ|รศ|ผศ|ดร|นพ|พญ|น\.อ|พ\.อ|พล\.อ|พล\.ต)\.\s?)+`)

// HasDocumentWord reports whether a name read from a byline holds a word
// that never stands in a person's name ("Final Report", "Word Png Txt
// Jpg", "Share Embed"): a document's label or a viewer's buttons. The
// check is the byline's, not NormalizeAuthor's, whose name test also
// tells titles from author lines.
func HasDocumentWord(name string) bool {
	for _, w := range strings.Fields(name) {
		if documentWords[strings.ToLower(strings.Trim(w, ".-'’"))] {
			return true
		}
	}
	return false
}

// documentWords never stand in a person's name: a line holding one is a
// document's label or a viewer's buttons, not a byline.
var documentWords = textutil.SetOf("report", "reports", "paper", "papers", "journal", "article", "pdf", "txt", "png", "jpg",
	"docx", "download", "downloads", "file", "embed", "edition", "column", "citations", "issn", "isbn", "volume",
	"annual", "session", "mission", "episode", "summary", "readers", "submitted", "unclassified", "charter",
	"newsletter", "bulletin", "rapport", "informe", "relatório", "bericht", "beschreibung", "indir", "önceki", "sonraki",
	"lire", "continuer", "site", "show")

// hanNameList reports whether s is short Han or Hangul names set apart by
// the ideographic comma, each of two to four characters: a list of items
// ("夜行フェリー、一週間運休") has kana, spaces or longer parts.
func hanNameList(s string) bool {
	for _, p := range strings.Split(s, "、") {
		p = strings.TrimSpace(p)
		n := utf8.RuneCountInString(p)
		if n < 2 || n > 4 {
			return false
		}
		for _, r := range p {
			if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) {
				return false
			}
		}
	}
	return true
}
