package generic

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/internal/textutil"
)

func normalizeName(s string) string { return fields.NormalizeAuthor(s) }

// bylinePrefixes start a byline.
var bylinePrefixes = []string{"by ", "by:", "written by", "posted by", "author:", "authors:", "author(s):",
	"authored by", "words by", "contributed by", "reviewed by", "interview by", "edited by", "contributors:", "writers:", "writer:",
	"автори:", "автор:", "авторы:", "autor:", "autores:", "autori:", "auteur:", "auteurs:", "verfasser:",
	"作者:", "作者：", "著者:", "著者：", "筆者:", "筆者：", "저자:", "저자 :",
	"tác giả:", "penulis:", "yazar:", "autore:", "forfatter:", "författare:", "tekijä:",
	"coord. ", "coordinador:", "coordinadora:", "coordinadores:", "coordenador:", "coordenadora:"}

// bylineKeys label a byline in a "Label: value" line, in several languages.
var bylineKeys = setOf("author", "authors", "author(s)", "writer", "writers", "contributors", "auteur", "auteurs",
	"autor", "autores", "autori", "verfasser", "автори", "автор", "авторы", "tác giả", "penulis", "yazar", "autore")

func isByline(low string) bool {
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if k, _, ok := keyValue(low); ok && bylineKeys[k] {
		return true
	}
	if g, rest, ok := strings.Cut(low, " by "); ok && isGenrePrefix(g) && namesOnly(rest) {
		return true // "Opinion by Jane Roe, Li Wei (Oslo)", not "Analysis by Sector: …"
	}
	if w, rest, ok := strings.Cut(low, " "); ok && authorLabels[w] && nameList(rest) {
		return true // a label without its colon over a list of names: "Auteurs Anne Berger, Paul Lindet et …"
	}
	switch low {
	case "by", "written by", "authors", "author", "par", "por", "von", "door", "av", "przez", "di", "от":
		return true // a byline's word alone on its line, in several languages
	}
	return false
}

// isDateLine reports whether a short line is mainly a date.
func isDateLine(l line) bool {
	if l.words > 8 || l.prose {
		return false
	}
	return l.dated
}

// isNameLine reports whether line j is a bare author name (or names) such as
// printed between a title and a date.
func (r *reader) isNameLine(j int) bool {
	if j < 0 || j >= len(r.ls) {
		return false
	}
	if j < len(r.names) && r.names[j] != 0 {
		return r.names[j] == 2
	}
	ok := r.nameLine(j)
	if j < len(r.names) {
		r.names[j] = 1
		if ok {
			r.names[j] = 2
		}
	}
	return ok
}

func (r *reader) nameLine(j int) bool {
	l := r.ls[j]
	if l.words < 2 || l.words > 12 || l.prose || l.chrome {
		return false
	}
	if l.dated || strings.ContainsAny(l.text, ":?!") {
		return false // a date, or a title's punctuation
	}
	if r.inCapsRun(j) {
		return false // a line of a capitals title set in short lines
	}
	if caps := allCaps(l.text); l.words >= 2 && (caps || l.words >= 3 && !strings.Contains(l.text, ",")) {
		first, last := fs0(l.low), l.low[strings.LastIndexByte(l.low, ' ')+1:]
		if caps && (joinerAt(l.text, true) || nameParticles[last] || foreignSmallWords[first] && !nameParticles[first]) ||
			!caps && (joinerAt(l.text, true) && !nameParticles[last] || l.words >= 4 && foreignSmallWords[first] && !nameParticles[first]) {
			return false // a line ending on "E", "EN", "DE", or opening with "EN": a title going on; two words in small letters ("Minh Le", "Per Lindqvist") are a name, and a list of names may break after "and"
		}
	}
	if j > 0 && !l.gap && allCaps(l.text) && allCaps(r.ls[j-1].text) && joinerAt(r.ls[j-1].text, true) {
		return false // the rest of a capitals title broken at "… EN"
	}
	if dateLabelWords[strings.Trim(strings.ToLower(strings.Fields(l.text)[0]), ":")] {
		return false // a date's label set apart from its day: "Publié le" / "Mardi 12 mars 2019"
	}
	if w := strings.ToLower(strings.Fields(l.text)[0]); isGenrePrefix(w) || questionWords[w] && w != "will" && w != "do" {
		return false // a genre label and a topic ("Report Trade"), a question's first line ("Can Three Districts Share"); Will and Do are also names
	}
	// A line starting in lower case or with a connective continues a title.
	if unicode.IsLower(firstRune(l.text)) || strings.HasPrefix(l.low, "and ") || strings.HasPrefix(l.low, "& ") {
		return false
	}
	ws := strings.Fields(l.text)
	for k, w := range ws {
		lw := strings.ToLower(w)
		century := centuryRe.MatchString(w) && (k > 0 && centuryWords[strings.ToLower(ws[k-1])] || k+1 < len(ws) && centuryWords[strings.ToLower(ws[k+1])])
		if smallWords[lw] && lw != "and" && lw != "&" && lw != "by" || notNameWords[lw] || foreignTitleWords[lw] || century {
			return false // "of", "the", "como", "pour": words of a title, not of a name
		}
		if len(ws) <= 4 && !strings.Contains(l.text, ",") && titleNoun(strings.Trim(lw, ",.;*")) {
			return false // "Indo-Pacific Strategy", "Reducing Carbon Emissions": a title's second line, not a byline
		}
		if r := firstRune(w); unicode.IsLower(r) && !nameParticles[lw] && lw != "and" && lw != "by" {
			return false // "shifting alliances": a title in sentence case
		}
	}
	names := splitNames(l.text)
	if len(names) == 0 {
		return false
	}
	// Every part must be a name: a title of capitalised words is not.
	parts := 0
	for k, p := range strings.FieldsFunc(cutRole(l.text), func(r rune) bool { return r == ',' || r == ';' || r == '&' }) {
		if !fields.IsAffiliation(p) && !(k > 0 && isAcronym(strings.TrimSpace(p))) {
			parts++ // "Jane Doe, River University": the affiliation is no name
		}
	}
	return len(names) >= parts && !isGenreList(l.low)
}

// titleNoun reports whether a word is a noun that titles hold and names do
// not: one ending as abstract nouns do ("-tion", "-ities", "-ism",
// "-ology") or a common one of policy writing. Endings and words that
// names share ("Clements", "Sessions", "Markovics", "Charity", "Garrity",
// "Power", "Peace") are left out.
func titleNoun(w string) bool {
	if titleNouns[w] {
		return true
	}
	if utf8.RuneCountInString(w) < 7 {
		return false
	}
	for _, suf := range []string{"tion", "tions", "ities", "isms", "nesses", "ologies", "ology"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.HasSuffix(w, "ism")
}

// titleNouns are common nouns of policy titles that are no one's name.
var titleNouns = setOf("strategy", "strategies", "policy", "policies", "economy", "economies", "emissions", "security",
	"governance", "democracy", "relations", "challenges", "perspectives", "prospects", "implications", "lessons",
	"issues", "options", "reforms", "crisis", "crises", "outlook", "agenda", "markets", "sanctions", "elections",
	"climate", "energy", "defence", "defense", "diplomacy", "geopolitics", "pandemic", "recovery", "conflict", "conflicts")

// centuryRe matches a Roman figure of ten to thirty-nine ("XXI", "XIX"),
// a century's next to centuryWords ("SIGLO XXI", "XX JAHRHUNDERT"); "XI
// Jinping" and "Malcolm X" are names.
var centuryRe = regexp.MustCompile(`^X{1,3}(?:IX|IV|V?I{0,3})$`)

// centuryWords are the word "century" in several languages.
var centuryWords = setOf("siglo", "século", "secolo", "siècle", "century", "век", "jahrhundert", "eeuw", "wieku")

// isAcronym reports whether s is one word in capitals ("VIF", "RSIS"): an
// institution's short name after a name and its role.
func isAcronym(s string) bool {
	if n := utf8.RuneCountInString(s); n < 2 || n > 8 || strings.ContainsRune(s, ' ') {
		return false
	}
	return strings.ToUpper(s) == s && hasLetters(s, 2)
}

// foreignTitleWords are prepositions and conjunctions of other languages
// that no name holds ("TARIFAS PORTUÁRIAS COMO FATOR DE …"); words that
// are also names ("Sem", "Ao", "Tra", "Con") are left out.
var foreignTitleWords = setOf("como", "sobre", "entre", "contra", "hacia", "desde", "para", "por", "pour", "avec", "sans",
	"dans", "sur", "vers", "und", "für", "mit", "über", "ohne", "gegen", "nach", "oder", "nella", "sulla", "dalla",
	"pelo", "pela", "nas", "às", "och", "för", "het", "een", "voor", "naar")

// nameParticles are the lower-case words inside names.
var nameParticles = setOf("van", "von", "de", "der", "den", "da", "das", "dos", "del", "della", "di", "du", "la",
	"le", "bin", "binti", "binte", "al", "el", "ter", "ten", "y", "e", "zu", "af", "ibn", "bte", "s/o", "d/o")

// splitNames reads names from a byline, dropping roles after the names
// ("Jane Doe Senior Fellow").
func splitNames(s string) []string {
	var out []string
	for _, n := range fields.SplitAuthors(cutRole(s)) {
		n = dropRank(n)
		if len(strings.Fields(n)) >= 2 && !strings.EqualFold(n, "admin") {
			out = append(out, n)
		}
	}
	return out
}

// ranks are military and police ranks printed before a name ("CDR Jane Roe").
var ranks = setOf("cdr", "cmdr", "capt", "cpt", "col", "ltc", "lt", "maj", "gen", "adm", "radm", "vadm", "brig",
	"sgt", "cmdre", "wg", "gp", "air", "cdre")

// titleRanks are the ranks that name no one, in any case ("Brig", "Col.").
var titleRanks = setOf("cdr", "cmdr", "capt", "col", "ltc", "lt", "maj", "gen", "adm", "radm", "vadm", "brig",
	"sgt", "cmdre", "cdre", "admiral", "general", "colonel", "brigadier", "commodore", "lieutenant", "commander",
	"marshal", "major", "captain", "ambassador", "amb", "dr", "prof", "professor", "hon", "sir", "dame")

// dropRank drops the ranks before a name: in capitals, or in Title Case
// when the word is no name.
func dropRank(n string) string {
	fs := strings.Fields(n)
	k := 0
	for k < len(fs)-2 {
		w := strings.ToLower(strings.TrimRight(fs[k], "."))
		next := strings.ToLower(strings.TrimRight(fs[k+1], "."))
		lead := (w == "rear" || w == "vice" || w == "air") && titleRanks[next] // "Rear Admiral"
		if !(ranks[w] && strings.ToUpper(fs[k]) == fs[k] || (titleRanks[w] || lead) && unicode.IsUpper(firstRune(fs[k]))) {
			break
		}
		k++
	}
	return strings.Join(fs[k:], " ")
}

// roleWords start the role printed after a name without a comma.
var roleWords = setOf("senior", "director", "professor", "fellow", "head", "research", "associate", "analyst",
	"lecturer", "editor", "chief", "deputy", "assistant", "president", "chair", "chairman", "founder", "visiting",
	"adjunct", "phd", "ph.d.", "former", "executive", "managing", "programme", "program", "coordinator",
	"non-resident", "nonresident", "distinguished", "student", "candidate", "independent", "vice", "is", "was", "specialist")

// cutRole drops role words that follow a name without punctuation in each
// comma-separated part: "John Roe Senior Director" gives "John Roe".
func cutRole(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		fs := strings.Fields(p)
		for k, f := range fs {
			if k >= 2 && roleWords[strings.ToLower(strings.Trim(f, "()"))] {
				fs = fs[:k]
				break
			}
		}
		parts[i] = " " + strings.Join(fs, " ")
	}
	return strings.TrimSpace(strings.Join(parts, ","))
}

// authors reads the byline near the title.
func (r *reader) authors(ti int) []string {
	ls := r.ls
	lo, hi := 0, min(len(ls), headLines)
	if ti >= 0 {
		lo, hi = max(0, ti-4), min(len(ls), ti+9)
	}
	for i := lo; i < hi; i++ {
		l := ls[i]
		if l.prose {
			if ti >= 0 && i > ti+1 || ti >= 0 && i == ti+1 && l.words > 40 {
				break // the body; a short standfirst may come first
			}
			continue
		}
		if names := foreignBylineNames(l.text); len(names) > 0 {
			return names
		}
		if k := strings.Index(lowerSameLen(l.text), "written by "); k > 0 && isGenrePrefix(strings.ToLower(strings.Trim(l.text[:k], " –—-|:"))) {
			l.text, l.low = l.text[k:], strings.ToLower(l.text[k:]) // a genre's label before the byline: "Perspective – Written by Jane Roe"
		}
		if i > ti && mailAuthor(l.text) != "" {
			var names []string
			for j := i; j < hi && mailAuthor(ls[j].text) != ""; j++ {
				names = append(names, splitNames(mailAuthor(ls[j].text))...) // a journal site's authors, their mail links glued on
			}
			return personNames(names)
		}
		if !isByline(l.low) && l.dated && l.words <= 12 {
			// a day, then the byline: "19/10/2017 | by Roe, Jane", "14.02.2024 Author: Jane Roe"
			if m := leadDayRe.FindStringIndex(l.text); m != nil {
				if rest := strings.TrimLeft(l.text[m[1]:], "|·•-–— "); isByline(strings.ToLower(rest)) {
					l.text, l.low = rest, strings.ToLower(rest)
				}
			}
		}
		if isByline(l.low) || stampBy(l) != "" {
			s := l.text
			if k, v, ok := keyValue(s); ok && bylineKeys[k] {
				s = v
			} else if b := stampBy(l); b != "" {
				s = b
			} else {
				for _, p := range bylinePrefixes {
					if strings.HasPrefix(l.low, p) && len(p) <= len(s) && strings.EqualFold(s[:len(p)], p) {
						s = s[len(p):]
						break
					}
				}
				if w, rest, ok := strings.Cut(s, " "); ok && authorLabels[strings.ToLower(w)] {
					s = rest // "Auteurs Anne Berger, …"
				}
				if k := strings.Index(lowerSameLen(s), " by "); k > 0 && isGenrePrefix(strings.ToLower(s[:k])) {
					s = s[k+4:] // "Speech by Anna Berg"
				}
			}
			if loc := nextLabelRe.FindStringIndex(s); loc != nil && loc[0] > 0 {
				s = s[:loc[0]] // the next field of the line: "作者: Jane Roe 发布时间:2021-03-09"
			}
			s = stripDate(s)
			names := splitNames(s)
			if len(names) == 0 && s != "" {
				names = placedNames(s) // "By Jane Roe in Northport: a report"
			}
			if len(names) == 0 {
				japanese := r.kana() || strings.HasPrefix(l.low, "著者") || strings.HasPrefix(l.low, "筆者")
				names = labelledCJKNames(s, japanese) // "作者: 王一舟、李海燕": a name of one word
			}
			if loc := anyLabelRe.FindStringIndex(s); len(names) == 0 && loc != nil && loc[0] > 0 {
				names = splitNames(stripDate(s[:loc[0]])) // another field's label the list above lacks: "By Jane Roe Quays: …"
			}
			if len(names) == 0 {
				// "By" or "Written By" alone: the names follow.
				for j := i + 1; j < len(ls) && j <= i+8; j++ {
					if ls[j].prose || isDateLine(ls[j]) || isSectionLabel(ls[j].low) || isByline(ls[j].low) {
						break // another byline's label ("Edited by …", "Penulis:") starts another field
					}
					names = append(names, splitNames(stripDate(ls[j].text))...)
				}
			}
			if ns := personNames(names); len(ns) > 0 {
				return ns
			}
			continue
		}
		if ti >= 0 && i > ti && i <= ti+4 && r.isNameLine(i) && !r.inTitleBlock(ti, i) {
			names := splitNames(l.text)
			if ns := cjkNames(l.text); len(ns) >= 2 && !r.kana() {
				names = ns // "王一舟 李海燕" is two names; a Japanese page's "山田 太郎" is one
			}
			for j := i + 1; j < hi && !ls[j].prose && nameHead(ls[j].text) != ""; j++ {
				names = append(names, splitNames(nameHead(ls[j].text))...) // the next author, a line each with an affiliation
			}
			if ns := personNames(names); len(ns) > 0 {
				return ns
			}
		}
		// a bare name under the title with its affiliation in brackets or
		// after a note mark: "Jane Roe (Harbour College, Northport)", "Jane
		// Roe† Department of …"
		if ti >= 0 && i > ti && i <= ti+3 && l.words <= 20 && nameHead(l.text) != "" && !r.inTitleBlock(ti, i) && !r.bylineBelow(i, hi) {
			var names []string
			for j := i; j < hi && !ls[j].prose && nameHead(ls[j].text) != ""; j++ {
				names = append(names, splitNames(nameHead(ls[j].text))...) // one author a line
			}
			if ns := personNames(names); len(ns) > 0 {
				return ns
			}
		}
		// Chinese or Korean names alone under the title, a day glued
		// before them at times: "2024-01-12李海燕", "王一舟, 李海燕"
		if ti >= 0 && i > ti && i <= ti+3 {
			ns := cjkNames(l.text)
			if (len(ns) >= 2 || len(ns) == 1 && (leadDayRe.MatchString(l.text) || utf8.RuneCountInString(ns[0]) == 3 && r.datedNear(i))) && !r.inTitleBlock(ti, i) && !r.kana() {
				return ns // one name alone needs its day glued on, or three characters and its day by it
			}
		}
		// a bare name with its date on one line: "Jane Roe    3 May 2023"
		if ti >= 0 && i > ti && i <= ti+4 && l.dated && l.words <= 8 {
			if s := strings.TrimSpace(stripDate(l.text)); s != l.text && looksLikeName(s) && !sourceName(s) {
				return dedupe(splitNames(s))
			}
		}
	}
	// An aggregator's genre label with the author: "Analysis | Jane Roe".
	for i := 0; i < min(len(ls), 20); i++ {
		if g, name, ok := strings.Cut(ls[i].text, " | "); ok && isGenrePrefix(strings.ToLower(g)) && looksLikeName(name) {
			return splitNames(name)
		}
	}
	// The byline run into a paragraph under the title: "Par Anne Berg. Les
	// îles …", when the page prints no byline of its own.
	if ti >= 0 {
		for i := ti + 1; i < len(ls) && i <= ti+4; i++ {
			if !ls[i].prose {
				continue
			}
			if ns := personNames(ledeByline(ls[i].text)); len(ns) > 0 {
				return ns
			}
		}
	}
	return r.bioAuthors()
}

// bioRe opens a note on an author: "Dr Jane Roe is a Senior Fellow at …",
// "Per Berg is Professor of Island Economics at …": a researcher's role at
// a named body (not a president's, a head's or a founder's, which a page
// says of its subjects); group 1 is the name.
var bioRe = regexp.MustCompile(`^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Assoc\. Prof|Associate Professor)\.?\s+)?` +
	`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:is|was|serves as)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}?` +
	`(?i:fellow|professor|researcher|analyst|scholar|lecturer|economist|adviser|advisor|associate)s?\s+(?:at|with|of|in)\s+(?:the\s+)?\p{Lu}`)

// mayBeBio reports whether a line, in small letters, has bioRe's verb:
// the cheap test before the pattern.
func mayBeBio(low string) bool {
	return strings.Contains(low, " is ") || strings.Contains(low, " was ") || strings.Contains(low, " serves as ")
}

// bioAuthors are the authors a page names only in notes on them, each a
// line opening "Name is a Senior Fellow at …" among its first lines but
// not its first paragraph, when it prints no byline: a think tank's
// "about the author" box. The name must open with a given name, so that a
// sentence on a minister or a state is no note.
func (r *reader) bioAuthors() []string {
	var names []string
	lede := true // the page's first paragraph: a sentence on its subject ("Jane Roe is a scholar of …"), not a note
	for i := 0; i < min(len(r.ls), headLines); i++ {
		if r.ls[i].chrome {
			continue
		}
		if r.ls[i].prose && lede {
			lede = false
			continue
		}
		if !mayBeBio(r.ls[i].low) {
			continue
		}
		m := bioRe.FindStringSubmatch(r.ls[i].text)
		if m == nil {
			continue
		}
		if fs := strings.Fields(m[1]); fields.IsGivenName(fs[0]) && !roleWords[strings.ToLower(fs[len(fs)-1])] {
			names = append(names, m[1])
		}
	}
	return personNames(names)
}

// inTitleBlock reports whether line i is a line of the title that starts
// at line ti ("… on the Board's" / "Northern Lanes"), which reads as a name.
func (r *reader) inTitleBlock(ti, i int) bool {
	end, _ := r.block(ti)
	return i < end
}

// labelledCJKNames gives the names after an author's label when they are
// written in Han, Hangul or kana, set apart by commas or spaces (two to six
// characters each, ten with kana, up to six names), nil otherwise: a Latin
// name of one word is no name, a CJK one is. A Chinese or Korean name opens
// with a common surname; a Japanese page's are not told by a list. A desk,
// an office or a newsroom is no name.
func labelledCJKNames(s string, japanese bool) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || unicode.IsSpace(r)
	})
	if len(parts) == 0 || len(parts) > 6 {
		return nil
	}
	for _, p := range parts {
		kana := kanaIn(p)
		if n := utf8.RuneCountInString(p); n < 2 || n > 6 && !kana || n > 10 {
			return nil
		}
		for _, r := range p {
			if !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) && r != '・' {
				return nil
			}
		}
		if cjkSectionWords[p] || cjkBody(p) || !kana && !japanese && !cjkSurname(p) {
			return nil // a desk, an office, a newsroom: "本报记者", "编辑部", "新华社", "연구기획팀"
		}
	}
	return parts
}

// cjkBody reports whether a Han or Hangul word names a body, a desk or a
// newsroom rather than a person: its last character or word says so.
func cjkBody(w string) bool {
	if strings.Contains(cjkDeskEnds+"所院社局處处室组組团團队隊팀", lastRune(w)) {
		return true
	}
	for _, e := range []string{"记者", "記者", "编辑", "編輯", "編集", "本报", "本報", "센터", "연구소", "기자"} {
		if strings.Contains(w, e) {
			return true
		}
	}
	return false
}

// sourceName reports whether a name before a day is a body's or an
// agency's, as a news page prints its source: "Union Insulaire - 11/03/2021".
func sourceName(s string) bool {
	fs := strings.Fields(strings.ToLower(s))
	for k, w := range fs {
		if sourceWords[w] && (k < len(fs)-1 || sourceEnds[w]) {
			return true // "Press" may end a person's name ("Eyal Press"), "News" ends no one's
		}
	}
	return false
}

// sourceEnds are the source words that end a newsroom's name, never a
// person's.
var sourceEnds = setOf("news", "agency", "agencia", "agência", "agenzia", "tv", "radio", "rádio", "newsroom", "desk", "nachrichten", "noticias", "notícias",
	"union", "unión", "união", "unione", "presse")

// sourceWords name unions, agencies and newsrooms in several languages.
var sourceWords = setOf("union", "unión", "união", "unione", "agence", "agency", "agencia", "agência", "agenzia", "news", "nachrichten", "noticias",
	"notícias", "radio", "rádio", "tv", "télévision", "televisión", "press", "presse", "prensa", "imprensa", "desk", "newsroom", "redacción", "redação", "rédaction", "redaktion", "associated", "canadian", "deutsche", "united")

// dateAfter reports whether orig, cut to its head s, went on with a date.
func dateAfter(orig, s string) bool {
	k := strings.Index(orig, s)
	if k < 0 || s == orig {
		return false
	}
	_, ok := findDate(orig[k+len(s):])
	return ok
}

// placedNames gives the names of a byline before the place or the house
// that follows them ("Jane Roe in Northport: …", "Jane Roe at the Kestrel
// Institute"), nil when they are no names.
func placedNames(s string) []string {
	low := lowerSameLen(s)
	for _, w := range []string{" in ", " at ", " from ", " for "} {
		if k := strings.Index(low, w); k > 0 && looksLikeName(s[:k]) {
			return splitNames(s[:k])
		}
	}
	return nil
}

// stampBy returns the names of a dated stamp such as "Posted on 3 March
// 2021 by Jane Doe", or "".
func stampBy(l line) string {
	if l.words > 14 {
		return ""
	}
	if !strings.Contains(l.low, " by ") {
		return ""
	}
	k := strings.LastIndex(lowerSameLen(l.text), " by ") // l.low's offsets may not be l.text's ("Ⱥ" grows when lower-cased)
	if k < 0 {
		return ""
	}
	if _, ok := findDate(l.text[:k]); !ok {
		return ""
	}
	if strings.HasSuffix(lowerSameLen(l.text[:k]), "published") {
		return "" // "3 May 2021 | Originally published by The Harbour Times": a publisher
	}
	return l.text[k+4:]
}

// personNames are the names of ns, once each, that may be a person's: a
// viewer's buttons or a document's label where a byline stands ("Final
// Report", "Share Embed") are not.
func personNames(ns []string) []string {
	var out []string
	for _, n := range ns {
		if !fields.HasDocumentWord(n) && !foreignOrgName(n) {
			out = append(out, n)
		}
	}
	return dedupe(out)
}

func dedupe(ns []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range ns {
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// stripDate cuts a byline at a date or a separator glued to it: "By Jane
// Doe | 3 March 2024", "Jane Doe3 March 2024", "By Jane Doe on May 2, 2024".
func stripDate(s string) string {
	orig := s
	for _, sep := range []string{" | ", " · ", " • ", " — ", " – ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	if i := strings.IndexFunc(s, unicode.IsDigit); i > 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(s)
	if k := strings.LastIndexByte(s, ' '); k > 0 && dateAfter(orig, s) && fields.IsDayName(strings.TrimRight(s[k+1:], ",")) {
		s = strings.TrimSpace(s[:k]) // the day's name before the date cut off: "Jane Roe Monday, 3 July 2017"
	}
	low := lowerSameLen(s) // its offsets are s's
	for _, w := range []string{" on", " published", " posted", " updated"} {
		if strings.HasSuffix(low, w) {
			s = s[:len(s)-len(w)]
			low = low[:len(low)-len(w)]
		}
	}
	for _, m := range []string{" jan", " feb", " mar", " apr", " may", " jun", " jul", " aug", " sep", " oct", " nov", " dec"} {
		if i := strings.LastIndex(low, m); i > 0 && i >= len(low)-10 {
			if _, ok := findDate(s[i:] + " 1 2000"); ok {
				s = s[:i]
				break
			}
		}
	}
	return strings.TrimSpace(s)
}

// Cues that make a date something else than the publication date.
var dateTraps = []string{"updated", "modified", "upload", "post on", "date post", "retrieved", "accessed", "crawled",
	"captured", "archived", "copyright", "©", "event", "held on", "will be held", "takes place", "take place",
	"submission", "submitted:", "soumis le", "déposé le", "received", "revised", "accepted", "deadline", "register", "time:", "views", "expires",
	"webinar", "conference", "seminar", "workshop", "venue", "from ", " to ", "until", "printed", "generated",
	"last visited", "as of", "cite as", "live online", "edt", "sgt", "interviewed", "recording date", "recorded on", "date of recording", "due date", "downloaded", "first draft", "first version",
	"aktualisiert", "aktualisierung", "mis à jour", "actualizado", "actualización", "aggiornato", "обновлено",
	"최종수정", "수정일", "수정:", "| 수정 ", "· 수정 ", // a Korean "modified" stamp (at a line's start too, read apart): a name may end in 수정
	"по состоянию на", "цитирован", // a counter's day: "Цитирований: 3 по состоянию на 12.05.2023"
	"นำเข้าข้อมูล", "ปรับปรุงข้อมูล", "ฉบับปรับปรุง", // a Thai site's "data imported" and "data updated" stamps, a "revised edition" note
	"آخر تحديث", "تاريخ التحديث", "更新日", "最后更新", // "last updated" in Arabic, Japanese and Chinese
	"收稿", "修回日期", "录用日期", "受付日", "受理日", "접수일", // a journal's "received", "revised" and "accepted" days in Chinese, its "received" and "accepted" in Japanese, its "received" in Korean
	"aufrufe", "visualizaciones", "visualizações", " vues", "просмотр", "görüntülenme", "lượt xem"} // a sharing site's view counter after its upload day

// historyLabels open a journal's article history lines, whose day may
// stand on the next line ("Received in revised form" over "15 June 2011").
var historyLabels = []string{"received", "accepted"}

// Cues that say a date is the publication date.
var dateCues = []string{"published", "publication date", "date:", "date published", "posted on", "posted:",
	"release date", "issued", "first published", "dated", "date of publication", "pub date", "date written",
	"veröffentlicht", "publié", "publicado", "pubblicato", "opublikowano", "опубликовано",
	"승인", "입력", "발행일", "게재일", "등록일", // a Korean news page's "approved" and "entered" stamps, its issue and posting days
	"出版日期"} // a Chinese journal's (online) publication day

// cueLeads reports whether a date cue labels segment seg: it opens the
// segment, ends with a colon, or the line is short. "The Monitor
// published on 5 May an article by …" names another text's day in a
// sentence.
func cueLeads(seg string, words int) bool {
	low := lowerSameLen(seg) // offsets stay those of seg
	for _, c := range dateCues {
		for from := 0; ; {
			k := strings.Index(low[from:], c)
			if k < 0 {
				break
			}
			k += from
			from = k + len(c)
			if prev, _ := utf8.DecodeLastRuneInString(seg[:k]); k > 0 && unicode.IsLetter(prev) && !(unicode.IsLower(prev) && isASCIIUpper(seg[k])) {
				continue // inside a word: "update:" is no "date:"; "ReportsPublished" is glued, "UPDATE:" is not
			}
			if k <= 2 || strings.HasSuffix(c, ":") || strings.HasPrefix(strings.TrimLeft(low[k+len(c):], " "), ":") {
				return true // a record's "Label: value" counts wherever it stands
			}
			if c == "dated" {
				continue // inside a line it dates what it follows: a registration's "No. 2211 dated …"
			}
			if words <= 12 && !yearRe.MatchString(seg[:k]) && !sentenceBefore(seg[:k]) {
				return true // a short line, unless its date came first: "In June 2019, the Bank published …"
			}
		}
	}
	return false
}

// barField reports whether seg stands in line after a bar or a dot that
// sets fields apart ("Anna Berg | Published on …"), not after a comma of a
// sentence.
func barField(line, seg string) bool {
	k := strings.Index(line, seg)
	if k <= 0 || hasPrefixAny(strings.ToLower(line), []string{"next", "previous", "prev ", "related", "read next", "read more", "see also", "more from", "more in"}) {
		return false // a link to another document's page, with its own day
	}
	before := strings.TrimRight(line[:k], " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("|·•–—/", r)
}

// sentenceBefore reports whether the words before a date's cue make a
// sentence's subject and verb ("The previous survey was issued in …"),
// not a label ("Report published on …").
func sentenceBefore(before string) bool {
	fs := strings.Fields(before)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(fs[len(fs)-1])
	return len(fs) >= 4 || last == "was" || last == "were" || last == "been" || last == "is"
}

type dateCand struct {
	d        pub.Date
	score    int
	line     int
	labelled bool
}

// date picks the publication date among dated lines near the title; it
// returns the zero date when unsure.
func (r *reader) date(ti int) pub.Date {
	if r.dateFor == ti+2 {
		return r.dateMemo // asked again by the kind rules: computed once per title line
	}
	d := r.findPubDate(ti)
	r.dateFor, r.dateMemo = ti+2, d
	return d
}

func (r *reader) findPubDate(ti int) pub.Date {
	ls := r.ls
	n := min(len(ls), headLines+10)
	var cands []dateCand
	for i := 0; i < n; i++ {
		l := ls[i]
		if l.prose && l.words > 30 && !hasAny(l.low, []string{"published date:", "publication date:", "date published:", "published on:"}) {
			continue // a date inside the text, unless a record's label runs into it
		}
		if datedFileNameRe.MatchString(l.low) {
			continue // a file's name: the day it was saved, not published
		}
		if strings.HasPrefix(l.low, "submitted on") && r.halRecord() {
			continue // an open archive's deposit day; a blog's "Submitted on …" is its post's
		}
		for _, seg := range segments(l.text) {
			c, ok := r.dateCandidate(i, seg, ti)
			if ok {
				cands = append(cands, c)
			}
		}
	}
	// A title naming its year ("Annual Report 2011") dates the document
	// to that year or the next: a later day is a repost's or an upload's.
	if ti >= 0 {
		if m := yearRe.FindAllString(ls[ti].text, -1); len(m) == 1 && strings.HasSuffix(ls[ti].text, m[0]) && titleNamesKind(ls[ti].low) {
			y, _ := strconv.Atoi(m[0])
			kept := cands[:0]
			for _, c := range cands {
				if c.d.Year <= y+1 {
					kept = append(kept, c)
				}
			}
			cands = kept
		}
	}
	// A note that the text was published elsewhere first: this page's
	// own day is a repost's, so the note's day, or none unless a label
	// names the page's day.
	note, noted := r.repostNote()
	if noted && !note.IsZero() {
		return note
	}
	best := -1
	for k, c := range cands {
		if best < 0 || c.score > cands[best].score {
			best = k
		}
	}
	if best < 0 || cands[best].score < 3 || noted && !cands[best].labelled {
		return pub.Date{}
	}
	for k, c := range cands {
		if k != best && c.score == cands[best].score && c.d != cands[best].d {
			return pub.Date{} // two equally good dates: unsure
		}
	}
	// A cover's month and the same month's day printed near it: the day.
	if b := cands[best]; b.d.Day == 0 && b.d.Month > 0 {
		for _, c := range cands {
			if c.d.Year == b.d.Year && c.d.Month == b.d.Month && c.d.Day > 0 && c.score >= b.score-3 && c.line >= b.line-3 && c.line <= b.line+3 {
				return c.d
			}
		}
	}
	// A posting stamp with its hour beside a journal issue's year ("2021-05-14
	// 07:52" over "… 2021年3期"): an aggregator's upload of the issue's
	// article, which dates to the issue's year.
	if b := cands[best]; b.d.Day > 0 && strings.Contains(ls[b.line].text, ":") && hourRe.MatchString(ls[b.line].text) {
		for j := max(0, b.line-3); j <= min(len(ls)-1, b.line+3); j++ {
			if l := ls[j]; l.prose || l.words > 12 || hasAny(l.text, []string{"参见", "見", "见", "引自", "转引", "轉引", "载于", "載於", "原载", "原載"}) {
				continue // a sentence or a citation of another issue, not the page's own issue line
			}
			if m := issueYearRe.FindStringSubmatch(ls[j].text); m != nil {
				if y, _ := strconv.Atoi(m[1] + m[2]); y <= b.d.Year && y >= b.d.Year-2 {
					return pub.Date{Year: y}
				}
			}
		}
	}
	// A repost prints the original's date just above the title and its
	// own later day in the byline below: the original came first.
	if b := cands[best]; ti >= 0 && b.line > ti && b.d.Day > 0 {
		for _, c := range cands {
			if c.line < ti && c.line >= ti-3 && c.d.Day > 0 && c.score >= b.score-1 && c.d.Start().Before(b.d.Start()) {
				return c.d
			}
		}
	}
	// A blog's day header ("Saturday, November 10, 2012") over a document
	// it reposts, whose own cover carries an earlier day: the cover's.
	if b := cands[best]; b.d.Day > 0 && startsWeekday(ls[b.line].low) {
		for _, c := range cands {
			if c.line > b.line && c.d.Day > 0 && isDateOnly(ls[c.line].text) && !startsWeekday(ls[c.line].low) &&
				c.d.Start().Before(b.d.Start()) && b.d.Start().Sub(c.d.Start()) <= 60*24*time.Hour {
				return c.d
			}
		}
		for _, c := range cands {
			if c.line > b.line && c.line <= b.line+15 && c.d.Start().Before(b.d.Start()) && originalsLine(ls[c.line].text) {
				return c.d // the reposted text's issue or byline day ("No. 61  May 2017", "Jane Roe (1 May 2017)")
			}
		}
		if !b.labelled && ti >= 0 && b.line < ti && isDateOnly(ls[b.line].text) && !r.bylinedAt(ti) {
			return pub.Date{} // over an unsigned title, a blog's day was a repost's or an aggregator's more often than the post's own
		}
	}
	return cands[best].d
}

// originalsLine reports whether a line dates the text a blog reposts: a
// journal's or a series' issue line with its number, or a name with the
// day in brackets after it.
func originalsLine(t string) bool {
	if len(strings.Fields(t)) > 20 {
		return false
	}
	if citedVolumeRe.MatchString(t) || seriesIssueRe.MatchString(t) {
		return true
	}
	if k := strings.Index(t, "("); k > 0 && strings.HasSuffix(strings.TrimSpace(t), ")") {
		return looksLikeName(strings.TrimSpace(t[:k]))
	}
	return false
}

// seriesIssueRe matches a series' issue number before its month: "No. 61
// May 2017"; a small "no" without its stop is Portuguese "in the".
var seriesIssueRe = regexp.MustCompile(`\b(?:No\.?|NO\.?|no\.|nº|n°|Nº|N°)\s*\d{1,4}\b`)

// hourRe matches an hour of the day, its seconds at times: " 07:52".
var hourRe = regexp.MustCompile(`(?:^|\s|\d)[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?:[^\d:]|$)`)

// halRecord reports whether the page is an open archive's record (HAL's
// address, or its "HAL Id" line on a copy), whose "Submitted on" day is a
// deposit's; a link to such a record is not enough.
func (r *reader) halRecord() bool {
	if u, err := url.Parse(r.url); err == nil {
		for _, d := range []string{"archives-ouvertes.fr", "hal.science"} {
			if h := strings.ToLower(u.Hostname()); h == d || strings.HasSuffix(h, "."+d) {
				return true
			}
		}
	}
	for _, l := range r.ls {
		if strings.HasPrefix(l.low, "hal id") {
			return true // the record's own id line, on a copy of it too
		}
	}
	return false
}

// issueYearRe matches a journal issue's year and number in Chinese or
// Japanese ("2021年3期", "2018年第5期", "2016年 4号"), not a typhoon's
// ("2021年第6号台风").
var issueYearRe = regexp.MustCompile(`(19|20)(\d\d)\s*年\s*第?\s*\d{1,2}\s*(?:期|[号號](?:$|[^台颱]))`)

// repostRe matches a note that the page's text was published elsewhere
// first: "This post was originally published by …", "This was first
// published on July 12", "This report (Briefing No. 7) was originally
// published …", "This article is republished from …", "… is republishing
// …". The note's subject is the text itself: "This is the first published
// study" and "This has long been the view; the figures first appeared …"
// are no notes.
var repostRe = regexp.MustCompile(`(?i)\bthis(?: \pL+(?:-\pL+)?)?(?: \([^)]{0,60}\))?(?: was| is| has been| had been)?(?: external page)? ?(?:(?:originally|first) (?:published|appeared|posted|ran|featured)|republished (?:from|with|under|by))|\b(?:is|are) republishing\b`)

// repostNote finds a repost note in the lines read for dates and the day
// it gives the original, if it gives one to the month.
func (r *reader) repostNote() (pub.Date, bool) {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if !hasAny(l.low, []string{"publish", "appeared", "posted", " ran", "featured"}) {
			continue // the costly pattern only where its verbs are
		}
		loc := repostRe.FindStringIndex(l.text)
		if loc == nil {
			continue
		}
		tail := l.text[loc[1]:]
		if k := textutil.IndexFold(tail, "republish"); k >= 0 {
			tail = tail[:k] // "… originally published by X, and republished on Y on <day>": Y's day
		}
		if d, ok := findDate(tail); ok && d.Month > 0 {
			return d, true
		}
		return pub.Date{}, true
	}
	return pub.Date{}, false
}

// bareDateLabel is a record's date label standing alone on line low
// ("Published", "Date:"), trimmed, or "".
func bareDateLabel(low string) string {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(low), ":"))
	switch t {
	case "published", "date", "publication date", "date published", "date of publication", "published date", "issued", "release date":
		return t
	}
	return ""
}

// doiRe matches a DOI, with or without its resolver's address.
var doiRe = regexp.MustCompile(`(?i)(https?://)?(dx\.)?(doi\.org/)?\b10\.\d{4,9}/\S+`)

// isoMonth reads a line that is only a year and a month, "2016-07".
func isoMonth(s string) (pub.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 7 || s[4] != '-' {
		return pub.Date{}, false
	}
	y, err1 := strconv.Atoi(s[:4])
	m, err2 := strconv.Atoi(s[5:])
	if err1 != nil || err2 != nil || y < 1800 || m < 1 || m > 12 {
		return pub.Date{}, false
	}
	return pub.Date{Year: y, Month: m}, true
}

// yearTitleWords name the documents whose title ends with their own year.
var yearTitleWords = setOf("report", "review", "index", "yearbook", "outlook", "annual", "survey", "assessment", "budget")

// titleNamesKind reports whether a title holds one of yearTitleWords as a
// word ("Annual Report 2011", not "Reviewing 2011").
func titleNamesKind(low string) bool {
	for _, w := range strings.Fields(low) {
		if yearTitleWords[strings.Trim(w, ".,:;")] {
			return true
		}
	}
	return false
}

// startsWeekday reports whether a line opens with a weekday's name in one
// of the languages of weekdayWords and its date: a day's header
// ("Montag, den 15. Mai 2017"), not a name ("Domingo Cavallo, …").
func startsWeekday(low string) bool {
	w, rest, _ := strings.Cut(low, " ")
	w = strings.TrimRight(w, ",.")
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k] // "segunda-feira"
	}
	if !weekdayWords[w] {
		return false
	}
	ws := strings.Fields(strings.TrimLeft(rest, " ,.—–-"))
	if len(ws) > 1 && dayArticles[ws[0]] {
		ws = ws[1:] // "Montag, den 15. Mai", "Saturday, the 10th of November"
	}
	next := ""
	if len(ws) > 0 {
		next = strings.Trim(ws[0], ",.")
	}
	return next != "" && (unicode.IsDigit(firstRune(next)) || isMonthWord(next)) // a day's header; "Domingo Cavallo, …" is a name
}

// dayArticles stand between a weekday and its date.
var dayArticles = setOf("den", "the", "le", "el", "il", "o")

// labelCommaRe matches a comma or semicolon before the next label of a
// record line.
var labelCommaRe = regexp.MustCompile(`(?i)[,;]\s+(received|accepted|published|revised|posted|first published)\b`)

// versionLabelRe matches a working paper's version label inside a line.
var versionLabelRe = regexp.MustCompile(`(?i)\s+((?:this|current|latest|first|previous) (?:draft|version)\s*:)`)

// historyRunRe matches the labels of a journal's article history run
// together on one line without commas.
var historyRunRe = regexp.MustCompile(`(?i)\s+((?:submitted|received|revised|accepted|published(?: online)?|available online)\s*:)`)

// segments cuts a metadata line at " / " and " | " so that each date keeps
// its own label ("Received: … / Published: …").
func segments(s string) []string {
	s = strings.ReplaceAll(s, " | ", " / ")
	s = strings.ReplaceAll(s, "；", " / ")           // a Chinese journal's "收稿日期：…；修回日期：…；网络出版日期：…"
	s = labelCommaRe.ReplaceAllString(s, " / $1")   // "Received 4 Oct 2022, Accepted …, Published online: …"
	s = versionLabelRe.ReplaceAllString(s, " / $1") // "First draft: May 2015 This draft: January 2016"
	s = historyRunRe.ReplaceAllString(s, " / $1")   // "Received: 01 May 2022 Revised: … Published: 06 June 2022"
	return strings.Split(s, " / ")
}

func (r *reader) dateCandidate(i int, seg string, ti int) (dateCand, bool) {
	ls := r.ls
	l := ls[i]
	prevLow := ""
	if i > 0 {
		prevLow = ls[i-1].low
	}
	bare := bareDateLabel(prevLow) // a record's "Published" over its value, no colon
	if strings.Contains(seg, "10.") {
		seg = doiRe.ReplaceAllString(seg, "") // "…/jogs/2023.01.03" is no day
	}
	d, ok := findDate(seg)
	if !ok && bare != "" {
		d, ok = isoMonth(seg) // a repository's "Published" over "2016-07"
	}
	if !ok {
		return dateCand{}, false
	}
	low := strings.ToLower(seg)
	if d.Day == 0 && monthRange(low) {
		d = pub.Date{Year: d.Year} // "May/June 2018": an issue's two months, so the year alone is sure
	}
	cue := cueLeads(seg, l.words)
	if cue && l.words > 12 && !strings.HasPrefix(l.text, seg) && !strings.Contains(seg, ":") && !barField(l.text, seg) {
		cue = false // a cue opening a piece of a longer sentence: "…, published in November 2017 a report titled …"
	}
	labelled := bare != "" || cue || strings.HasSuffix(strings.TrimSpace(prevLow), ":") && hasAny(prevLow, dateCues) ||
		l.words <= 12 && strings.HasPrefix(l.low, "for release ") || strings.HasPrefix(prevLow, "for release ") && strings.HasSuffix(strings.TrimSpace(prevLow), ":") || // a report's "FOR RELEASE MARCH 3, 2021", a testimony's "For Release on Delivery …"; "approved for release" is a declassification's
		l.words <= 25 && recordPagesRe.MatchString(seg) // a catalogue's imprint: "City, Publisher, May 2022, 19 p."
	if machineTimeRe.MatchString(low) && (!labelled || strings.Contains(low, "published by")) {
		return dateCand{}, false // a system's stamp to the second: an upload or a user's post
	}
	if unevenISORe.MatchString(seg) {
		return dateCand{}, false // "2014-02-1": a report's number, padded unevenly, not a day
	}
	if d.Day == 0 && strings.HasPrefix(l.text, "«") && strings.HasSuffix(l.text, "»") && l.words <= 4 && r.calendarBelow(i) {
		return dateCand{}, false // a blog calendar's month between its arrows, over its weekdays: "« April 2021 »"
	}
	if programmeDayRe.MatchString(l.low) {
		return dateCand{}, false // a programme's day: "Day 1 (May 8, 2031):"
	}
	if !labelled {
		if hasAny(low, dateTraps) || strings.HasPrefix(low, "수정 ") || i > 0 && strings.HasSuffix(prevLow, ":") && hasAny(prevLow, dateTraps) ||
			i > 0 && ls[i-1].words <= 5 && hasPrefixAny(prevLow, historyLabels) {
			return dateCand{}, false
		}
		if l.words > 12 && !isByline(l.low) {
			return dateCand{}, false // a date inside a sentence
		}
		if tenureRe.MatchString(l.text) {
			return dateCand{}, false // a post held until a month: "Senior Officer (to Dec 2013)"
		}
		if strings.Contains(low, "pm") || strings.Contains(low, "am ") || timeRange(low) || clockRe.MatchString(l.low) && ti >= 0 && i < ti {
			// a clock banner or an event time, unless it follows the title
			if ti < 0 || i <= ti || i > ti+3 {
				return dateCand{}, false
			}
		}
	} else if hasAny(low, []string{"updated", "modified", "event", "deadline", "registration", "submission", "due date", "recording date", "recorded on", "date of recording"}) && !strings.Contains(low, "published") ||
		strings.Contains(l.low, "revised") && strings.Contains(low, "posted") {
		return dateCand{}, false // a repository's "Posted: … Last revised: …" stamp
	}
	if !labelled && l.prose && !isDateOnly(seg) && !isByline(l.low) {
		return dateCand{}, false // a date opening a sentence of the text
	}
	// A print or download stamp: "Printed from …" above "date: …".
	for j := max(i-2, 0); j < i; j++ {
		if hasAny(ls[j].low, []string{"printed from", "printed on", "downloaded from", "downloaded on", "date accessed", "accessed on"}) &&
			!strings.Contains(low, "publi") {
			return dateCand{}, false
		}
	}
	// A sharing site's upload record: the uploader's name, then the
	// upload's month and counters, as bullets.
	if !labelled && l.bullet {
		for j := max(i-4, 0); j < i; j++ {
			if hasPrefixAny(ls[j].low, []string{"uploaded by", "upload by", "shared by", "posted by:"}) {
				return dateCand{}, false
			}
		}
	}
	// A viewer's record day sits above its page labels: an upload stamp
	// (an issue's month on the record title is the publication's).
	if !labelled && d.Day > 0 && i < r.viewerStart() {
		return dateCand{}, false
	}
	// The same day twice is a live clock or a repeated banner; a month
	// twice is a cover printed twice.
	for j := 0; j < min(len(ls), headLines) && d.Day > 0; j++ {
		if j != i && ls[j].low == l.low && !labelled {
			return dateCand{}, false
		}
	}
	s := 1
	if labelled {
		s += 4
		if hasAny(low, []string{"published date", "publication date", "date published", "date of publication"}) || bare == "published" {
			s += 3 // the publication's own day, over a post's or an update's, bylined or not
		}
	}
	if isDateOnly(seg) {
		s += 2
	}
	if isByline(l.low) || r.isNameLine(i) || i > 0 && (isByline(ls[i-1].low) || r.isNameLine(i-1)) ||
		i+1 < len(ls) && (isByline(ls[i+1].low) || r.isNameLine(i+1) || authorAffiliation(ls[i+1].text)) {
		s += 2 // a day over the author and their affiliation, too
	}
	if ti >= 0 {
		switch {
		case i > ti && i <= ti+4:
			s += 3
		case i == ti && d.Month > 0 && endsInYear(l.text) && !l.prose && !monthAfterSmallWord(l.text):
			s += 3 // a cover's month run onto its title's line: "… Conversation MAY 2021"
		case i < ti && i >= ti-5:
			s += 2
		case i > ti+8:
			s -= 2
		}
	}
	return dateCand{d: d, score: s, line: i, labelled: labelled}, true
}

// programmeDayRe matches the head of a programme's day or session, its
// date in brackets, over what it holds: "Day 1 (May 8, 2031):" ("Day
// 12, 7 March 2022" dates a live blog's page).
var programmeDayRe = regexp.MustCompile(`^(?:day|session|panel) \d{1,2} \(.+\):$`)

// calendarBelow reports whether one of the two lines under line i names
// five weekdays or more: a calendar's head ("Sun Mon Tue Wed …").
func (r *reader) calendarBelow(i int) bool {
	for j := i + 1; j < min(len(r.ls), i+3); j++ {
		seen := map[string]bool{}
		for _, w := range strings.Fields(r.ls[j].low) {
			switch w {
			case "sun", "mon", "tue", "wed", "thu", "fri", "sat":
				seen[w] = true
			}
		}
		if len(seen) >= 5 {
			return true
		}
	}
	return false
}

// tenureRe matches a term of office in brackets ending at a month or a
// year: "(to Dec 2013)", "(until 2019)".
var tenureRe = regexp.MustCompile(`(?i)\((?:to|until|till|bis|hasta|jusqu'en|jusqu’en) (?:\d{1,2} )?(?:\pL{3,9}\.? )?(?:19|20)\d\d\)`)

// monthAfterSmallWord reports whether a line ending in a month and year
// has a small word before the month: "… the Crash of October 1987" names
// a month, "… Conversation MAY 2021" is a cover's date.
func monthAfterSmallWord(t string) bool {
	fs := strings.Fields(t)
	return len(fs) >= 3 && smallWords[strings.ToLower(fs[len(fs)-3])]
}

// unevenISORe matches a number shaped like a day whose month is padded and
// whose day is not: "2014-02-1" is a series' number.
var unevenISORe = regexp.MustCompile(`\b(?:19|20)\d\d-\d\d-\d\b(?:[^-:/.\d]|$)`)

// machineTimeRe matches a time of day to the second ("01:26:52").
var machineTimeRe = regexp.MustCompile(`\b\d{1,2}:\d\d:\d\d\b`)

// monthRangeRe matches two words joined before a year, which monthRange
// asks to be months ("May/June 2018", "April-June 2015", "Janeiro/Junho
// 2009").
var monthRangeRe = regexp.MustCompile(`(?:^|[^\pL])(\pL+)\.?\s*[/–-]\s*(\pL+)\.?,?\s+(?:19|20)\d\d\b`)

// monthRange reports whether a line, in lower case, names two months
// joined before a year, in any language the date reader knows.
func monthRange(low string) bool {
	for _, m := range monthRangeRe.FindAllStringSubmatch(low, -1) {
		if fields.IsMonth(m[1]) && fields.IsMonth(m[2]) {
			return true
		}
	}
	return false
}

// monthAlt matches a month's name or its abbreviation, whole.
const monthAlt = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// recordPagesRe matches the page count that ends a catalogue's imprint line.
var recordPagesRe = regexp.MustCompile(`, \d{1,4} ?(p|pp|pages)\.?(\s|\(|$)`)

var timeRangeRe = regexp.MustCompile(`\b\d{1,2}(:\d\d)?\s*(am|pm|a\.m\.|p\.m\.|h)?\s*(-|–|to|bis)\s*\d{1,2}([:.]\d\d)?\s*(a\.m\.|p\.m\.|(am|pm|h|uhr)\b)|\b\d{1,2}:\d\d\s*([-–]|bis)\s*\d{1,2}:\d\d\b|\b(0?[6-9]|1\d|2[0-3])[:h]\d\d\s*([-–~]|to|bis|à|a|até|hasta)\s*\d{1,2}[:h]\d\d\b|\b\d{4}\s*([-–]|to)\s*\d{4}\s*hrs\b`)

// timeRange reports whether a line holds a span of hours: "10 am - 12 pm",
// "6.15 p.m. to 8.00 p.m.", "15:00 – 17:00", "17:45 to 19:30", "19h00 –
// 20h45", "15:00 a 17:00", "0930 to 1145 hrs". The words and "h" that
// sites write between hours take an hour of the day from 6 to 23 ("ratios
// of 1:20 to 1:30" are none), word edges keep a fiscal year ("2021-22
// Health") and "a 10-12 hour crossing" out, and figures with a stop need
// "a.m." or "p.m." ("5.25–5.50%" is a rate).
func timeRange(low string) bool {
	if !strings.ContainsAny(low, "0123456789") || !hasAny(low, rangeWords) || !strings.Contains(low, ":") && !digitH(low) && !hasAny(low, clockWords) {
		return false // the pattern only where a range's word and a clock's mark are
	}
	return timeRangeRe.MatchString(low)
}

var (
	rangeWords = []string{"-", "–", "~", "to", "bis", " a ", "à", "até", "hasta"}
	clockWords = []string{"am", "pm", "a.m", "p.m", "hrs", "uhr"}
)

// digitH reports whether a figure is followed by "h" ("18h30", "10 h").
func digitH(low string) bool {
	for i := 0; i+1 < len(low); i++ {
		if low[i] >= '0' && low[i] <= '9' && (low[i+1] == 'h' || low[i+1] == ' ' && i+2 < len(low) && low[i+2] == 'h') {
			return true
		}
	}
	return false
}

// isDateOnly reports whether s holds little besides a date.
func isDateOnly(s string) bool {
	if _, ok := fields.ParseDate(strings.Trim(s, " .,|-–"), fields.DayFirst); ok {
		return true
	}
	letters := 0
	for _, w := range strings.Fields(s) {
		if hasLetters(w, 1) {
			letters++
		}
	}
	return letters <= 3 && len(strings.Fields(s)) <= 6
}

func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

var (
	seriesNoRe = regexp.MustCompile(`^(.{3,60}?)[,:]?\s+(?:No\.?|Number|Nr\.?|#|(?i:n\.\s?º|nº|n°|núm\.?|número))\s*(\d{1,4})\b`)
	yearNoRe   = regexp.MustCompile(`^((?:19|20)\d\d)\s*(?:No\.?|/)\s*(\d{1,4})\b`)
	seriesWord = regexp.MustCompile(`(?i)\b(papers?|briefs?|perspectives?|reports?|commentar(?:y|ies)|series|insights?|analysis|analyses|monitor|notes?|review|bulletin|studies|issue brief)\b`)
)

// codeSeries reads a publication code and a series name from the top of
// the page and from the address.
func (r *reader) codeSeries() (code, series string) {
	if c := fields.CodeFromURL(r.url, r.prefixes); c != "" {
		code = c
	}
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if l.prose {
			continue
		}
		if code == "" {
			if c, _, ok := fields.CodeFromText(l.text, r.prefixes); ok {
				code = c
			}
		}
		if series == "" {
			if m := seriesNoRe.FindStringSubmatch(l.text); m != nil && seriesWord.MatchString(m[1]) && !strings.ContainsAny(m[1], "“\"") {
				name := strings.TrimSpace(m[1])
				if y := yearNoRe.FindStringSubmatch(name); y == nil {
					series = name
					if code == "" {
						code = m[2]
					}
				}
			}
		}
		if code == "" {
			if m := yearNoRe.FindStringSubmatch(l.text); m != nil && l.words <= 4 {
				code = m[1] + "/" + m[2]
			}
		}
	}
	return code, series
}

// body returns the synopsis (the paragraph after an Abstract, Summary or
// Synopsis heading) and the prose paragraphs from the title on.
func (r *reader) body(ti int) (string, []string) {
	var syn string
	var body []string
	afterLabel := false
	for i, l := range r.ls {
		if i < ti {
			continue
		}
		low := strings.TrimRight(l.low, ": ")
		if isSectionLabel(low) {
			afterLabel = low == "abstract" || low == "summary" || low == "executive summary" || low == "synopsis" || low == "in brief"
			continue
		}
		if !l.prose || l.teaser || l.chrome {
			continue
		}
		t := l.text
		if k, v, ok := keyValue(t); ok && (k == "abstract" || k == "summary" || k == "synopsis") && v != "" {
			t, afterLabel = v, true
		}
		if afterLabel && syn == "" {
			syn = t
			afterLabel = false
			continue
		}
		afterLabel = false
		body = append(body, t)
	}
	return syn, body
}

var viewerPageRe = regexp.MustCompile(`^page \d{1,4}: `)

// viewerStart is the first of the page labels ("Page 1: …", "Page 2: …")
// a document viewer prints when it shows two or more, else -1.
func (r *reader) viewerStart() int {
	first, n := -1, 0
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if viewerPageRe.MatchString(l.low) {
			n++
			if first < 0 {
				first = i
			}
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// inCapsRun reports whether line j is inside a run of three or more short
// capitals lines with no gap, one of them a single word or a connective's
// line: a cover's title, not names one under another. Name-shaped lines
// that end the run, or that a name or a date follows, are the authors
// under the title and end it.
func (r *reader) inCapsRun(j int) bool {
	short := func(k int) bool {
		l := r.ls[k]
		return l.words <= 5 && allCaps(l.text) && hasLetters(l.text, 3) && !l.dated
	}
	if !short(j) {
		return false
	}
	from, to := j, j
	for from > 0 && !r.ls[from].gap && short(from-1) {
		from--
	}
	for to+1 < len(r.ls) && !r.ls[to+1].gap && short(to+1) {
		to++
	}
	named := func(k int) bool { return looksLikeName(r.ls[k].text) }
	for k := from; k < to; k++ {
		if named(k) && (named(k+1) || k+1 < len(r.ls) && isDateLine(r.ls[k+1])) {
			to = k - 1 // authors from here on
			break
		}
	}
	for to > from && named(to) && (to+1 >= len(r.ls) || r.ls[to+1].gap || !short(to+1)) {
		to-- // a name closing the run, with nothing of the title after it
	}
	if j > to || to-from < 2 {
		return false
	}
	for k := from; k <= to; k++ {
		f := strings.Fields(r.ls[k].low)
		if len(f) == 1 || smallWords[f[0]] || smallWords[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// namesOnly reports whether a lower-cased run of words can be names only:
// a few words, no title punctuation, no small word but "and".
func namesOnly(low string) bool {
	fs := strings.Fields(low)
	if len(fs) == 0 || len(fs) > 8 || strings.ContainsAny(low, ":?!") {
		return false
	}
	for _, f := range fs {
		if w := strings.Trim(f, ",;()"); smallWords[w] && w != "and" {
			return false
		}
	}
	return true
}

// authorLabels label a list of authors without a colon, in several
// languages.
var authorLabels = setOf("authors", "auteurs", "autores", "autori", "autoren", "авторы", "author(s)", "autor(es)")

// nameList reports whether low reads as several names: two or more
// separators between names and no sentence or heading marks.
func nameList(low string) bool {
	fs := strings.Fields(low)
	if len(fs) < 4 || len(fs) > 30 || strings.ContainsAny(low, ":?!") || strings.Contains(low, ". ") {
		return false
	}
	seps := strings.Count(low, ",")
	for _, f := range fs {
		switch f = strings.Trim(f, ",;"); {
		case f == "and" || f == "et" || f == "y" || f == "e" || f == "und" || f == "и" || f == "&":
			seps++
		case smallWords[f]:
			return false // "Authors and Readers in the Isles, …" is a title
		}
	}
	return seps >= 2
}

// asciiLower lower-cases the ASCII letters of s only, keeping its length.
// lowerSameLen lower-cases s letter by letter where the lower-case letter
// takes as many bytes ("VERÖFFENTLICHT", "ОПУБЛИКОВАНО"), so that offsets
// into it are offsets into s.
func lowerSameLen(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if l := unicode.ToLower(r); r != utf8.RuneError && utf8.RuneLen(l) == n {
			b.WriteRune(l)
		} else {
			b.WriteString(s[i : i+n]) // a byte of bad UTF-8 stays as it is
		}
		i += n
	}
	return b.String()
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// foreignBylineNames gives the names of a byline opened by "by" in another
// language (foreignByline): "Par Anne Berger et Paul Lindet, dirigeants de
// …", "von Anna Berg".
func foreignBylineNames(t string) []string {
	if !foreignByline(t) || len(strings.Fields(t)) > 25 {
		return nil
	}
	_, rest, _ := strings.Cut(strings.TrimSpace(t), " ")
	segs := strings.Split(rest, ",")
	n := 1
	for n < len(segs) && looksLikeName(strings.TrimSpace(segs[n])) {
		n++ // co-authors after commas; the first segment that is no name starts the affiliation
	}
	rest = strings.Join(segs[:n], ",")
	names := splitNames(rest)
	for _, n := range names {
		if !looksLikeName(n) {
			return nil
		}
	}
	return personNames(names)
}

// leadDayRe matches a day in figures opening a line: "19/10/2017",
// "14.02.2024", "2024-02-14".
var leadDayRe = regexp.MustCompile(`^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)\b`)

// nextLabelRe matches a field's label after a byline's names on one line:
// a CJK run or a date's or source's word before a colon (" 发布时间:",
// " Date:"), not any word before one ("By Jane Roe in Northport: …").
var nextLabelRe = regexp.MustCompile(`(?i)\s(?:[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{1,8}|date|dated|published|posted|updated|source|email|e-mail|tags?|topics?|categor(?:y|ies)|affiliation|institution|institución|instituição|role|position|photos?|fotos?|image|reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tanggal|ngày|tarih|data|datum|fecha)\s?[:：]`)

// anyLabelRe matches any word before a colon after a byline's names: a
// field's label the byline runs into, tried when nothing else gave names.
var anyLabelRe = regexp.MustCompile(`\s[\pL]{1,12}\s?[:：]`)

// nameHead is the name that opens a line before its affiliation in
// brackets that close the line ("Jane Roe (Harbour College, Northport)")
// or after a note mark ("Jane Roe† Department of Island Studies, …"), ""
// otherwise: a caption's "(right)", an edition's or a life's years, a
// title's mark with nothing after it are no affiliation.
func nameHead(t string) string {
	t = strings.TrimSpace(t)
	k := strings.IndexAny(t, "(†‡*")
	if k <= 0 {
		return ""
	}
	rest := strings.TrimLeft(t[k:], "(†‡* ")
	if t[k] == '(' {
		if !strings.HasSuffix(t, ")") || strings.Count(t, "(") != 1 || strings.ContainsAny(rest, "0123456789") {
			return ""
		}
		rest = strings.TrimSuffix(rest, ")")
	}
	if !affiliationWords(rest) {
		return ""
	}
	h := strings.TrimSpace(strings.TrimRight(t[:k], "0123456789 ,"))
	if !looksLikeName(h) {
		return ""
	}
	return h
}

// affiliationWords reports whether s names an institution or a post:
// "University of …", "Department of …", "President, Kestrel Institute".
func affiliationWords(s string) bool {
	if fields.IsAffiliation(s) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.;")
		if orgHeads[w] || orgHeadsForeign[w] || w == "university" || w == "department" || w == "faculty" || w == "institute" || w == "college" {
			return true
		}
	}
	return false
}

// mailAuthor is the name a journal site prints with its mail link glued
// on ("• Jane RoeEmail author"), "" when the line is none.
func mailAuthor(t string) string {
	n, ok := gluedMailLink(t)
	if n = strings.Trim(n, "• "); !ok || !looksLikeName(n) {
		return ""
	}
	return n
}

func hasGluedMailLink(t string) bool {
	_, ok := gluedMailLink(t)
	return ok
}

// gluedMailLink cuts a journal site's mail link from the end of a line it
// is glued to ("…RoeEmail author"), and reports whether it was there: the
// line is no title, alone or joined to the one before it. "How to Write an
// Email Author" has no link glued on.
func gluedMailLink(t string) (string, bool) {
	n, ok := strings.CutSuffix(strings.TrimSpace(t), "Email author")
	r, _ := utf8.DecodeLastRuneInString(n)
	return n, ok && unicode.IsLetter(r)
}

// bylineBelow reports whether an explicit byline stands below line i,
// before line hi: it names the authors, not a name with an affiliation
// above it (a photo's subject, an interviewee).
func (r *reader) bylineBelow(i, hi int) bool {
	for j := i + 1; j < hi; j++ {
		if isByline(r.ls[j].low) {
			return true
		}
	}
	return false
}

// datedNear reports whether the line just above or below line i is a date.
func (r *reader) datedNear(i int) bool {
	for _, j := range []int{r.prevLine(i), r.nextLine(i)} {
		if j >= 0 && isDateLine(r.ls[j]) {
			return true
		}
	}
	return false
}

// kana reports whether the page's top holds Japanese kana: its names are
// not told from its words by a surname list.
func (r *reader) kana() bool {
	if r.kanaMemo == 0 {
		r.kanaMemo = 1
		for _, l := range r.ls[:min(len(r.ls), headLines)] {
			if kanaIn(l.text) {
				r.kanaMemo = 2
				break
			}
		}
	}
	return r.kanaMemo == 2
}

// cjkNames gives the names of a line that holds only short Han or Hangul
// names (two to four characters each, one to six of them, set apart by
// commas or spaces), a day in figures before them allowed; nil otherwise.
// A lone section word ("摘要", "目录") is no name.
func cjkNames(t string) []string {
	if m := leadDayRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '，' || r == '、' || unicode.IsSpace(r) })
	if len(parts) == 0 || len(parts) > 6 {
		return nil
	}
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		if n < 2 || n > 4 {
			return nil
		}
		for _, r := range p {
			if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hangul, r) {
				return nil
			}
		}
	}
	for _, p := range parts {
		if cjkSectionWords[p] || strings.Contains(cjkDeskEnds, lastRune(p)) {
			return nil // a section's, an edition's or a desk's word: "目录", "周报", "정치부", "周末版"
		}
	}
	for _, p := range parts {
		if !cjkSurname(p) {
			return nil // a label or a topic: a surname from the common lists opens each Chinese or Korean name
		}
	}
	return parts
}

// cjkSurname reports whether a Han or Hangul name opens with one of the
// common Chinese (simplified or traditional) or Korean surnames.
func cjkSurname(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	if strings.ContainsRune(cjkSurnames, r) {
		return true
	}
	for _, c := range cjkCompoundSurnames {
		if strings.HasPrefix(name, c) {
			return true
		}
	}
	return false
}

// cjkCompoundSurnames are the common Chinese surnames of two characters.
var cjkCompoundSurnames = []string{"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "夏侯", "皇甫", "令狐", "慕容", "司徒", "尉迟", "尉遲", "公孙", "公孫", "端木", "长孙", "長孫"}

// cjkSurnames are the most common Chinese surnames, in simplified and
// traditional forms, and the most common Korean ones in Hangul: together
// they open most people's names in those scripts.
const cjkSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
	"張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯蔣賴洪莊簡" +
	"김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈"

// cjkSectionWords head a CJK document's parts or name a page's section,
// alone on their lines.
var cjkSectionWords = setOf("摘要", "引言", "前言", "序言", "目录", "目錄", "概要", "要旨", "序論", "結論", "结论", "导言", "導言", "正文",
	"关键词", "關鍵詞", "参考文献", "參考文獻", "はじめに", "요약", "초록", "서론", "결론", "목차", "머리말",
	"专题", "專題", "专栏", "專欄", "社论", "社論", "时评", "時評", "评论", "評論", "观点", "觀點", "快讯", "快訊", "要闻", "要聞",
	"国际", "國際", "经济", "經濟", "政治", "社会", "社會", "文化", "军事", "軍事", "科技", "视频", "視頻", "图片", "圖片",
	"정치", "경제", "사회", "국제", "문화", "오피니언", "사설", "칼럼", "속보", "연구", "보고서")

// cjkDeskEnds end the words for a paper's desks, editions and bulletins
// ("정치부", "周末版", "周报", "月刊"), which no common name ends with.
const cjkDeskEnds = "부部版报報刊讯訊"

// foreignOrgName reports whether a name is an office's or a board's in
// Vietnamese or Indonesian, as their "author:" labels name them too ("Sở
// Giao thông Vận tải …", "Dinas Perhubungan …", "Ban Biên Tập").
func foreignOrgName(n string) bool {
	fs := strings.Fields(strings.ToLower(n))
	if len(fs) == 0 {
		return false
	}
	if next, ok := foreignOrgPairs[fs[0]]; ok {
		return len(fs) > 1 && next(fs[1:]) // "Ban Ki-moon", "Tim Roe" and "Trung Nguyen" are people
	}
	return foreignOrgHeads[fs[0]]
}

// foreignOrgHeads open the names of offices, boards and teams in
// Vietnamese and Indonesian, and no person's name.
var foreignOrgHeads = setOf("sở", "bộ", "phòng", "viện", "dinas", "badan", "kementerian", "pusat", "redaksi", "lembaga", "biro")

// foreignOrgPairs open an office's name only before the word they take
// there: a person may be called Ban, Tim, Trung or Công.
var foreignOrgPairs = map[string]func([]string) bool{
	"ban":   func(ws []string) bool { return !isASCII(strings.Join(ws, "")) },                    // "Ban Biên Tập", "Ban Kinh tế Trung ương": a Vietnamese word after it
	"tim":   func(ws []string) bool { return indonesianTeamWords[ws[0]] },                        // "Tim Redaksi", "Tim Kajian Kebijakan"
	"trung": func(ws []string) bool { return ws[0] == "tâm" || ws[0] == "ương" },                 // "Trung tâm …", "Trung ương Đoàn"
	"công":  func(ws []string) bool { return ws[0] == "ty" || ws[0] == "đoàn" || ws[0] == "an" }, // "Công ty …", "Công an tỉnh …"
}

// indonesianTeamWords follow "Tim" in the name of a team.
var indonesianTeamWords = setOf("redaksi", "penulis", "peneliti", "humas", "liputan", "kerja", "ahli", "riset", "editor", "publikasi", "media",
	"kajian", "penyusun", "teknis", "pakar", "pengkaji", "peneliti", "kampanye", "advokasi", "litbang")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// trailingNames splits a title whose line ran on into its byline ("… das
// ilhas do norte Bruno Calheiros", "… Tinjauan Andi Saputra* dan Li Wei
// ** Abstract") into the title and the names, and reports whether it did.
// The names must open with a common given name and follow three words of
// title or more that do not end on a word leading to a name ("… Letter
// to Jane Roe", "… President Jane Roe", "Interview: Jane Roe" keep theirs).
// A Title Case title may end on a name of its own ("… the Old Peter
// Harbour Trust"), so the names need a sign they are a byline: a footnote's mark
// or "By", a question or a stop before them, a title set in another case,
// or a line of the page naming them without the title.
func (r *reader) trailingNames(t string) (string, []string, bool) {
	fs := strings.Fields(t)
	for len(fs) > 0 && abstractHeads[strings.ToLower(strings.Trim(fs[len(fs)-1], "*†:"))] {
		fs = fs[:len(fs)-1] // the abstract's heading after the names
	}
	for k := 3; k+2 <= len(fs); k++ {
		head, tail := fs[:k], fs[k:]
		marked := false
		if byWord[tail[0]] && len(tail) >= 3 && !participle(head[len(head)-1]) {
			tail, marked = tail[1:], true // "By Jane Roe"; a small "by", or one after "Written", belongs to the title ("… Shaped By Jane Roe")
		}
		for len(head) > 0 && strings.Trim(head[len(head)-1], "*†‡") == "" {
			head, marked = head[:len(head)-1], true // "… Growth * Jane Roe"
		}
		if len(head) == 0 || !fields.IsGivenName(tail[0]) || !leadsOff(head) {
			continue
		}
		names, ok := nameRun(tail)
		if !ok {
			continue
		}
		h := strings.Join(head, " ")
		if marked || strings.ContainsAny(strings.Join(tail, ""), "*†‡") || r.namedApart(names[0], head[len(head)-1]) {
			return h, names, true
		}
		if len(names) == 1 && len(tail) == 2 && (strings.ContainsAny(lastRune(h), "?!”\")") || otherCase(h, strings.Join(tail, " "))) {
			return h, names, true // one name of two words after a question or under a capitals title ("… Revisited" is no surname's)
		}
	}
	return t, nil, false
}

// otherCase reports whether a title is set in capitals and its byline is
// not. A title in sentence case says nothing: that is how Spanish,
// Portuguese, French and Italian set titles ("… que anunció Luis Caputo").
func otherCase(head, names string) bool {
	return allCaps(head) && !allCaps(names)
}

// postNote reports whether t opens with name and says the person's post:
// "Jane Roe is a fellow at …", "Jane Roe, Director of …" (the words up to
// the first stop, read as an affiliation).
func postNote(t, name string) bool {
	rest, ok := strings.CutPrefix(t, name)
	if !ok {
		return false
	}
	var cut bool
	for _, p := range []string{" is ", " was ", ", "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest, cut = r, true
			break
		}
	}
	if !cut {
		return false
	}
	if k := strings.Index(rest, ". "); k > 0 {
		rest = rest[:k]
	}
	return len(strings.Fields(rest)) <= 14 && fields.IsAffiliation(rest)
}

// namedApart reports whether a line at the top of the page holds name
// without last, the title's last word: a byline or a note printed apart
// from the title.
func (r *reader) namedApart(name, last string) bool {
	key, lkey := alnum(name), alnum(last)
	if len(key) < 5 {
		return false
	}
	for j, l := range r.ls[:min(len(r.ls), headLines)] {
		k := r.lineKey(j)
		if !strings.Contains(k, key) || strings.Contains(k, lkey+key) {
			continue
		}
		if !l.prose && l.words <= 8 && (isByline(l.low) || r.isNameLine(j) || personLine(l.text)) || postNote(l.text, name) {
			return true // a byline, a name's own line, a note on the person's post; a caption or a paragraph naming them is not
		}
	}
	return false
}

// participle reports whether w is a past participle a title's own "By"
// follows ("Written", "Shaped", "Told").
func participle(w string) bool {
	lw := strings.ToLower(w)
	return strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "wn") || participles[lw]
}

// participles are past participles not ending in -ed, -en or -wn.
var participles = setOf("told", "made", "led", "built", "run", "held", "brought", "taught", "bought", "won", "kept", "left", "set", "read", "paid", "said", "sent", "spent", "found")

// leadsOff reports whether a title's words may end before a byline: not on
// a small word, an office or a sign that a name belongs to the title.
func leadsOff(head []string) bool {
	if wordsWithLetters(strings.Join(head, " ")) < 3 {
		return false
	}
	last := head[len(head)-1]
	lw := strings.ToLower(strings.TrimRight(last, ".,"))
	if smallWords[lw] || foreignSmallWords[lw] || namePreps[lw] || nameParticles[lw] || nameOffices[lw] || personPrefix(lw) || fields.IsNameJoiner(lw) ||
		orgHeads[lw] || orgHeadsForeign[lw] || strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") || strings.ContainsAny(lastRune(last), ":-–—,(") {
		return false
	}
	return true
}

// nameRun is the names of a byline that fills ws, joined by "and", "&",
// commas or another language's "and", each two to four capitalised words
// (footnote marks dropped), and whether ws is one.
func nameRun(ws []string) ([]string, bool) {
	var names []string
	var cur []string
	flush := func() bool {
		n := strings.Join(cur, " ")
		cur = cur[:0]
		if !looksLikeName(n) {
			return false
		}
		names = append(names, normalizeName(n))
		return true
	}
	for _, w := range ws {
		w = strings.TrimRight(w, "*†‡¹²³")
		if w == "" {
			continue // a lone footnote mark
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return nil, false // "… toward Hugo Moreno’s Ferries": a name the title speaks of
		}
		lw := strings.ToLower(w)
		if lw == "and" || w == "&" || fields.IsNameJoiner(w) {
			if !flush() {
				return nil, false
			}
			continue
		}
		comma := strings.HasSuffix(w, ",")
		cur = append(cur, strings.TrimSuffix(w, ","))
		if comma && !flush() {
			return nil, false
		}
	}
	if len(cur) > 0 && !flush() || len(names) == 0 {
		return nil, false
	}
	return names, true
}

// abstractHeads are an abstract's heading, printed after a paper's byline.
var abstractHeads = setOf("abstract", "abstrak", "resumen", "resumo", "résumé", "zusammenfassung", "аннотация")

// byWord opens a byline in capitals; a small "by" may be a title's own.
var byWord = setOf("By", "BY", "Oleh", "OLEH", "Von", "VON")

// nameOffices are offices, trades and verbs printed before a name that is
// the title's subject ("… Meets President Jane Roe", "Interview with
// economist Jane Roe").
var nameOffices = setOf("president", "presidente", "präsident", "président", "chancellor", "kanzler", "kanzlerin", "minister", "ministro",
	"ministre", "premier", "secretary", "senator", "governor", "director", "general", "chairman", "chair", "leader",
	"commissioner", "king", "queen", "prince", "pope", "emperor", "professor", "judge", "justice",
	"mayor", "candidate", "envoy", "admiral", "colonel", "captain", "dear", "meet", "meets", "remembering", "honouring", "honoring",
	"economist", "economista", "économiste", "ökonom", "author", "writer", "scholar", "historian", "interview", "entretien", "entrevista")

// namePreps are prepositions of other languages a name may follow in a
// title ("Entretien avec …", "La Argentina tras …").
var namePreps = setOf("avec", "sans", "chez", "pour", "com", "sem", "sobre", "tras", "sin", "entre", "hacia", "desde", "mit", "ohne",
	"gegen", "nach", "durch", "über", "für", "senza", "dopo", "tra", "fra", "per", "con", "dengan", "untuk", "oleh", "ile")

// dateLabelWords open a date's label ("Publié le", "Veröffentlicht am",
// "Diperbarui"), in the languages whose pages are read: a line they open
// is never a name.
var dateLabelWords = setOf("published", "posted", "updated", "publié", "publiée", "publicado", "publicada", "veröffentlicht",
	"aktualisiert", "erschienen", "pubblicato", "pubblicata", "aggiornato", "gepubliceerd", "bijgewerkt", "diterbitkan",
	"dipublikasikan", "diperbarui", "opublikowano", "zaktualizowano", "yayınlanma", "yayımlanma", "güncelleme", "опубликовано",
	"обновлено", "actualizado", "atualizado", "mis")

// ledeWords say "by" in the languages whose pages are read.
var ledeWords = setOf("by", "par", "por", "von", "di", "oleh", "door", "przez", "av", "af", "da")

// nameSuffixes end a name with a stop that ends no sentence.
var nameSuffixes = setOf("jr.", "sr.")

// ledeJoins join two names after a "by".
var ledeJoins = setOf("and", "et", "y", "e", "und", "dan", "en", "i", "og", "och", "&")

// ledeByline finds the names of a byline run into a text's first line
// ("Par Anne Berg. Les îles …", "Por Ana Ruiz y Pablo Gil | Las
// islas …"): a word for "by", then names that open with a common given
// name, ended by a stop, a bar, a dash, or a comma before a capital (the
// byline's role: "By Anna Berg, Senior Fellow, …"). "Por qué …", "Von der
// Leyen …" name no one, and a name whose comma a small word follows ("Von
// Angela Kestrel, der damaligen …", "Di Giovanni Falcone, il giudice …") is
// a sentence's subject, not a byline.
func ledeByline(t string) []string {
	fs := strings.Fields(t)
	if len(fs) < 3 || !ledeWords[strings.ToLower(fs[0])] {
		return nil
	}
	var names []string
	k := 1
	for len(names) < 8 {
		if k >= len(fs) || !fields.IsGivenName(fs[k]) || !unicode.IsUpper(firstRune(fs[k])) {
			return nil
		}
		j, end, comma := k, false, false
		for ; j < len(fs) && j < k+4; j++ {
			w := fs[j]
			lw := strings.ToLower(w)
			if j > k && ledeJoins[lw] && j+1 < len(fs) && fields.IsGivenName(fs[j+1]) {
				break // "Ana Ruiz y Pablo Gil": the join before the next name, not a particle
			}
			if j > k && !unicode.IsUpper(firstRune(w)) && !nameParticles[lw] {
				break
			}
			if strings.HasSuffix(w, ",") {
				j, comma = j+1, true
				break
			}
			if strings.HasSuffix(w, ".") && len([]rune(w)) > 2 { // a sentence's stop, or "Jr." ending the name
				j, end = j+1, true
				break
			}
		}
		if j-k < 2 {
			return nil
		}
		name := strings.TrimRight(strings.Join(fs[k:j], " "), ",")
		if last := strings.ToLower(fs[j-1]); !nameSuffixes[last] {
			name = strings.TrimSuffix(name, ".") // the sentence's stop, not "Jr."'s
		}
		names = append(names, name)
		if end || j == len(fs) || fs[j] == "|" || fs[j] == "–" || fs[j] == "-" || fs[j] == "—" {
			return names
		}
		switch {
		case comma && fields.IsGivenName(fs[j]):
			k = j // "…, Anna Berg and …": the comma's next name
		case comma && unicode.IsUpper(firstRune(fs[j])):
			return names // the role or affiliation after the byline: "By Anna Berg, Senior Fellow, …"
		case !comma && ledeJoins[strings.ToLower(fs[j])]:
			k = j + 1
		default:
			return nil // a name in a sentence: "Von Angela Kestrel, der …", "By Anna Berg's count …"
		}
	}
	return nil
}
