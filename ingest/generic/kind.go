package generic

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pubindex/pubindex/ingest/internal/address"
)

// eventCues are labels and phrases of event pages.
var eventCues = []string{"event date", "event time", "date & time", "date and time", "venue:", "venue",
	"location:", "register now", "registration", "rsvp", "speakers", "speaker:", "moderator", "chairperson:",
	"panellists", "panelists", "live online", "join us", "will be held", "will take place", "admission",
	"add to calendar", "register here", "event type", "organised by", "organized by", "about the event",
	"confirmed speakers", "past event", "upcoming event", "type of event", "view event details", "event details",
	"calendarclock", "time (gmt",
	// the same in German, French and Spanish
	"anmeldung", "zur veranstaltung", "veranstaltungsort", "ort der veranstaltung", "podiumsdiskussion", "inscription", "lieu :", "lieu:",
	"inscripciones", "lugar:",
	// and fields' labels in Portuguese, Italian, Indonesian, Turkish, Russian, Dutch, Polish and Arabic, with their colon
	// where the word alone is also a topic ("Pendaftaran Tanah", "Iscrizioni funerarie")
	"inscrições:", "data e hora:", "local do evento", "iscrizioni:", "iscriviti all'evento", "luogo:", "pendaftaran:", "tempat:",
	"waktu pelaksanaan", "etkinlik tarihi", "etkinlik yeri", "место проведения", "дата проведения", "регистрация на",
	"aanmelden voor", "locatie:", "rejestracja:", "miejsce wydarzenia", "مكان الانعقاد", "موعد الانعقاد",
	// an events plugin's own labels, and a conference page's pitch
	"this event has passed", "« all events", "loading events", "why attend", // not a menu's "All Events"
	// the same fields in Japanese, Korean and Chinese: date and time, venue, organiser, fee
	"日時", "会場", "主催", "開催日", "参加費", "일시", "장소:", "장소 :", "주최", "时间：", "地点：", "主办："}

// eventHeads open an event page's title: its section, or its label.
var eventHeads = []string{"events / ", "event / ", "events | ", "events: "}

// eventLabels1 label one event's title ("EVENT: …"); a byline under it
// makes it a report of the event.
var eventLabels1 = []string{"event: ", "evento: ", "événement : ", "veranstaltung: ",
	"webinar report:", "seminar report:", "workshop report:", "event report:", "event report of ", "post event report", "post-event report",
	"seminar highlights:", "webinar highlights:", "e-launch "} // an event's report under its own heading ("Talk on …" may be a headline's noun)

// eventWords name a kind of event in its title.
var eventWords = []string{"seminar", "webinar", "workshop", "lecture", "symposium", "roundtable", "round table",
	"book launch", "panel discussion", "conference call", "town hall", "fireside chat", "annual meeting", "launch of",
	"event transcript"}

// foreignEventWords name a kind of event in other languages, matched as
// whole words ("Panel Data", "Tagungsband", "Taller Ships" name none, and
// are left out with other words that are also a topic's or a place's).
var foreignEventWords = setOf("conversatorio", "webinário", "séminaire", "colloque", "fachgespräch", "podiumsgespräch", "seminer",
	"семинар", "lokakarya", "研讨会", "座谈会", "セミナー", "세미나", "토론회", "ندوة")

// foreignEventPhrases are kinds of event of two words or more, a space on
// each side to match whole words.
var foreignEventPhrases = spaced([]string{"table ronde", "diskusi publik", "hội thảo", "tọa đàm", "ورشة عمل", "seminario internacional",
	"seminário internacional", "taller de trabajo"})

// eventReportWords say that a title names a report of an event, not the
// event: "Relatoría del seminario …", "Actes du colloque …", matched as
// whole words.
var eventReportWords = setOf("relatoría", "relatoria", "memoria", "memória", "informe", "relatório", "actas", "anais", "rapport",
	"actes", "bericht", "dokumentation", "atti", "laporan", "prosiding", "rapor", "bildiri", "доклад", "отчет", "отчёт",
	"материалы", "итоги", "báo", "kỷ", "تقرير")

// eventTitle reports whether a title names an event as its head: an
// event word among its first four words or as its last ("RUSI Seminar: …",
// "… Hybrid Seminar"), in a short title that is no report, speech or study
// of one.
func eventTitle(tlow string) bool {
	fs := strings.Fields(strings.NewReplacer(":", " ", ",", " ", "–", " ", "-", " ").Replace(tlow))
	if len(fs) == 0 || len(fs) > 14 || hasAny(tlow, []string{"summary", "report", "proceedings", "paper", "reflections",
		"takeaways", "highlights", "address", "speech", "remarks", "case study", "keynote", "compte rendu",
		"报告", "綜述", "综述", "報告", "보고서"}) || hasWord(fs, eventReportWords) {
		return false
	}
	head := strings.Join(fs[:min(4, len(fs))], " ")
	return hasAny(head, eventWords) || hasAny(fs[len(fs)-1], eventWords) ||
		hasWord(fs[:min(4, len(fs))], foreignEventWords) || hasAny(" "+head+" ", foreignEventPhrases)
}

// eventLabels are whole lines that label an event's fields.
var eventLabels = setOf("time", "location", "venue", "agenda", "programme", "speakers", "moderator", "register",
	"uhrzeit", "veranstaltungsort", "heure", "lieu", "lugar", "horário")

// clockRe matches a time of day with its half of the day or its zone
// ("10:00 AM", "16:00 CEST"), or after "at" ("at 16:00").
var clockRe = regexp.MustCompile(`\b\d{1,2}:\d\d\s*(am|pm|a\.m\.|p\.m\.|et|edt|est|gmt|cest|cet|sgt|bst|utc)\b|\bat \d{1,2}:\d\d\b`)

// pubCues are structures only publications have.
var pubCues = []string{"abstract", "executive summary", "synopsis", "key points", "key findings"}

var (
	newsCues = []string{"press release", "media release", "news release", "for immediate release", "in the news", "media advisory", "press statement"}
	// newsLabels are a press release's label in the languages whose pages
	// are read, matched as a label: alone on its line or before a colon, a
	// bar, a dash or a date ("Pressemitteilung | 12.03.2021");
	// "Pressemitteilungen in der Wissenschaft" and "Siaran pers kementerian
	// menyebutkan …" are a title's and a sentence's words.
	newsLabels = []string{"comunicado de prensa", "nota de prensa", "comunicado de imprensa", "nota à imprensa", "communiqué de presse",
		"pressemitteilung", "presseerklärung", "comunicato stampa", "persbericht", "siaran pers", "basın bülteni", "basın açıklaması",
		"komunikat prasowy", "пресс-релиз", "新闻稿", "新聞稿", "プレスリリース", "보도자료", "thông cáo báo chí", "بيان صحفي"}
	listingCues    = []string{"showing posts", "search results", "page 1 of", "« previous", "next »", "load more", "results per page", "number of results", "older posts", "newer posts"}
	resultCountRe  = regexp.MustCompile(`^\d[\d,]* (results?|items?|publications|documents|records|entries)( found)?$`)
	itemRe         = regexp.MustCompile(`^(?:19|20)\d\d/\d{1,4} `)
	monthArchiveRe = regexp.MustCompile(`/(?:19|20)\d\d/\d\d/?$`)
)

// pubDateKeys label a publication's own date in a record.
var pubDateKeys = setOf("published", "publication date", "date published", "date of publication", "posted",
	"originally published", "first published", "release date")

// kind finds positive evidence that the page is not a publication. It
// returns the kind and the reason, or "" for a publication.
func (r *reader) kind(ti int, title string) (string, string) {
	ls := r.ls
	n := min(len(ls), headLines*2)
	tlow := strings.ToLower(title)
	path := urlPath(r.url)

	// Publication structure before any listing or event cue.
	pubAt := -1
	for i := 0; i < n; i++ {
		l := ls[i]
		low := strings.TrimRight(l.low, ": ")
		if isByline(l.low) && len(splitNames(stripDate(l.text))) > 0 || len(foreignBylineNames(l.text)) > 0 || hasPrefixAny(low, pubCues) && l.words <= 3 {
			pubAt = i
			break
		}
		if k, v, ok := keyValue(l.text); ok && pubDateKeys[k] && (v != "" || i+1 < n && isDateLine(ls[i+1])) {
			pubAt = i
			break
		}
	}

	if r.isFeed() {
		return KindListing, "not a publication: a feed of items (channel header)"
	}
	if !r.strong(ti, -1, pubAt) && len(ls) > 1 && isAboutHeading(ls[0].low) && (ls[1].prose || len(ls) > 2 && aboutTitle(ls[1].text) && ls[2].prose) && !r.bylinedTop() {
		return KindNavigation, "not a publication: about page (" + ls[0].text + ")"
	}

	if hs, at := r.homeSections(); len(hs) >= 2 && !r.strong(ti, at, pubAt) && !(pubAt >= 0 && pubAt < at) {
		// (a publication's own body above them makes them its sidebar)
		return KindNavigation, "not a publication: a home page's section headings (" + strings.Join(hs, ", ") + ")"
	}

	// News releases.
	for i := 0; i < min(n, 12); i++ {
		if hasPrefixAny(ls[i].low, newsCues) || newsLabel(ls[i].low) {
			return KindNews, "not a publication: news release (" + ls[i].text + ")"
		}
	}
	if i := r.datelineAt(); i >= 0 && !r.hasByline() {
		return KindNews, "not a publication: news release (a dateline: " + cutWords(ls[i].text, 6) + " …)"
	}
	for i := 0; i < min(n, 6); i++ {
		// a wire service's dateline: "CHICAGO, Sept. 13, 2021 /PRNewswire/ --"
		if hasAny(ls[i].low, []string{"/prnewswire/", "/globenewswire/", "(business wire)", "/accesswire/", "/einpresswire/", "/newswire/"}) {
			return KindNews, "not a publication: news release (a wire service's dateline)"
		}
		if ls[i].prose && (hasAny(ls[i].low, []string{"welcome to the latest issue of", "welcome to this week's issue", "in this week's issue"}) ||
			welcomeIssueRe.MatchString(ls[i].low)) {
			return KindNewsletter, "not a publication: newsletter issue (a welcome to the issue)"
		}
	}
	for _, p := range []string{"/press-release", "/news-release", "/media-release", "/press-releases/"} {
		if strings.Contains(path, p) {
			return KindNews, "not a publication: news release (address " + p + ")"
		}
	}

	// Events.
	ev, evAt, labels := 0, -1, 0
	for i := 0; i < n; i++ {
		low := ls[i].low
		hit := false
		if ls[i].words <= 8 && hasPrefixAny(strings.TrimSpace(low), eventCues) || timeRange(low) && (ls[i].words <= 10 || datedHourSpan(ls[i])) ||
			ls[i].words <= 12 && hasPrefixAny(low, []string{"moderator:", "panelists:", "panellists:", "speakers:", "chair:", "discussants:", "discussant:",
				"presenter:", "presenters:", "featured speakers", "speaker bios", "list of speakers", "call for papers",
				"watch the recording", "event speakers", "keynote speaker:",
				// the same labels in Spanish, Portuguese, French, German, Italian and Turkish
				"moderador:", "moderadora:", "ponentes:", "expositor:", "expositores:", "debatedores:", "palestrantes:",
				"modérateur :", "modérateur:", "modératrice :", "avec la participation de", "intervenants :", "intervenants:",
				"moderation:", "referenten:", "referentinnen:", "moderatore:", "relatori:", "moderatör:", "konuşmacılar:"}) ||
			ls[i].words <= 8 && (strings.HasPrefix(low, "venue") || strings.HasPrefix(low, "date") && ls[i].dated && strings.Contains(low, "(")) {
			hit = true
		}
		if eventLabels[strings.TrimSpace(low)] {
			labels++ // a bare field label counts only with another cue
		}
		switch {
		case (timeRange(low) || clockRe.MatchString(low)) && hasAny(low, []string{"will take place", "will be held",
			"takes place", "join us", "register", " in collaboration with", " hosts ", " invites "}):
			ev++ // an announcement: "… will take place on 7 April from 8:30-11:30 AM"
			hit = true
		case i < 12 && ls[i].words <= 60 && hasAny(low, []string{"convened a discussion", "hosted a virtual discussion",
			"organised talks", "organized talks", "public forum was presented", "deadline for submissions", "the forum will"}):
			hit = true // an event's own account of itself, near the top
		case hasAny(low, []string{"to participate in this event", "to participate in this webinar", "please register",
			"register to attend", "this free event", "this roundtable will", "this webinar will", "this seminar will",
			"this workshop will", "the event will", "this event will", "this panel will", "this lecture will", "the webinar will",
			"the roundtable will", "the seminar will", "this in-person event", "this virtual event", " will hold an event",
			" hosts event", " co-hosts event", " will host an event"}) ||
			i < 12 && hasAny(low, []string{"invitation only", "during this event", "this event is organised", "this event is organized"}):
			hit = true // a call to register, counted once
		}
		if hit {
			ev++
			if evAt < 0 {
				evAt = i
			}
		}
	}
	if at := r.timetable(); len(at) >= 2 {
		ev++ // a programme of sessions by the clock: with a label or another cue, an event
		if len(at) >= 4 && at[3]-at[0] <= 12 {
			ev++ // a whole day's programme, in a stretch of the page, is an event's or a list of them
		}
		if evAt < 0 || at[0] < evAt {
			evAt = at[0] // a byline above it still makes the page a publication with a timeline
		}
	}
	if address.Event(r.url) != "" {
		ev += 2
		if evAt < 0 {
			evAt = 0
		}
	}
	if hasPrefixAny(tlow, eventHeads) || hasPrefixAny(tlow, eventLabels1) && pubAt < 0 {
		return KindEvent, "not a publication: event page (" + title + ")"
	}
	for _, l := range ls[:min(len(ls), 6)] {
		if hasAny(l.low, []string{"view this email in your browser", "no images? click here", "view it in your browser",
			"having trouble viewing this email", "view in browser"}) {
			return KindNewsletter, "not a publication: newsletter issue (an email's header)"
		}
	}
	if ev >= 1 && labels > 0 {
		ev += labels
	}
	namedEvent := eventTitle(tlow)
	for j := 0; j < len(ls) && j < 2 && !namedEvent; j++ {
		namedEvent = !ls[j].prose && ls[j].words <= 8 && eventTitle(ls[j].low) // a heading over the event's own title
	}
	if ev == 1 && evAt >= 0 && namedEvent && (pubAt < 0 || evAt < pubAt) {
		ev++ // an event's own name ("… Hybrid Seminar") and one of its cues
	}
	if ev == 0 && namedEvent && pubAt < 0 {
		return KindEvent, "not a publication: event page (" + title + ")" // named as one, and no byline
	}
	if ev >= 2 && (pubAt < 0 || evAt < pubAt) && !r.talkRecord(tlow) {
		return KindEvent, "not a publication: event page (date, time, venue or registration)"
	}

	// Listings: an archive's heading, several items, teasers or paging.
	if h := r.archiveHead(ti); h != "" && r.mirrorMarks() < 2 && pubAt < 0 {
		// (a byline or a date under a title makes the heading a kicker or
		// a crumb over one article)
		return KindListing, "not a publication: listing page (an archive's heading: " + h + ")"
	}
	if kind, why := r.listing(ti, title, pubAt); kind != "" {
		return kind, why
	}
	strong := r.strong(ti, -1, pubAt)
	if newsletterCue(tlow, path) && r.proseCount() < 6 && (pubAt < 0 || strongNewsletterCue(tlow, path)) {
		return KindNewsletter, "not a publication: newsletter issue"
	}
	if r.issueHeading() && pubAt < 0 {
		return KindNewsletter, "not a publication: newsletter issue (a heading over the issue's contents)"
	}
	if r.sourcedItems() >= 2 && pubAt < 0 {
		return KindNewsletter, "not a publication: newsletter issue (news items with their sources)"
	}
	if c := r.letterCues(); c >= 2 && pubAt < 0 {
		return KindNewsletter, "not a publication: newsletter issue (a letter to its readers)"
	}

	// An institution's page about itself: no byline, no date, and opening
	// prose in its own voice ("our staff", "the project aims to").
	self := r.selfCues()
	if fs := strings.Fields(strings.Trim(tlow, " .!")); len(fs) > 0 && len(fs) <= 8 && (unitHeads[fs[len(fs)-1]] || fs[0] == "welcome") {
		self++ // titled as a unit of the institution ("… Security Program", "Welcome to …")
	} else if len(fs) > 0 && len(fs) <= 3 && r.programmeVoice() {
		self++ // titled with a topic's name ("Climate & energy") over a programme describing itself
	}
	authored := ti >= 0 && r.isNameLine(r.nextLine(ti)) // an author under the title: a chapter about the institution
	if pubAt < 0 && !strong && !authored && r.date(ti).IsZero() && aboutTitle(title) {
		return KindNavigation, "not a publication: an institution's page about itself (" + title + ")"
	}
	if pubAt < 0 && !strong && !authored && r.date(ti).IsZero() && r.documentMarks() == 0 && r.mirrorMarks() == 0 && self >= 2 {
		return KindNavigation, "not a publication: an institution's page about itself"
	}
	if j := r.nextLine(ti); pubAt < 0 && r.date(ti).IsZero() && ti >= 0 && j >= 0 && looksLikeName(title) && r.isRoleLine(j) {
		return KindNavigation, "not a publication: a person's profile (" + title + ")"
	}

	// Navigation: an about page, a series or collection landing page.
	if (strings.HasPrefix(tlow, "about ") || tlow == "about") && (!r.hasByline() || r.date(ti).IsZero()) {
		// (a byline and a date under a menu's "About" make a publication)
		return KindNavigation, "not a publication: about page (" + title + ")"
	}
	if isGenreList(tlow) && !strong && r.documentMarks() < 2 && r.mirrorMarks() < 2 && !r.inViewer() && !r.transcribed() {
		return KindNavigation, "not a publication: collection page (" + title + ")" // a sharing site's copy of "… Studies" is a document
	}
	for _, l := range ls[:min(len(ls), 12)] {
		if l.prose && hasAny(l.low[:min(len(l.low), paragraphTop)], []string{"here you will find", "here we publish", "this series", "the series features",
			"series features", "are a series of"}) && !strong {
			return KindNavigation, "not a publication: series landing page"
		}
	}
	return "", ""
}

// documentRun reports whether the first n lines hold one document's text:
// docRunLines lines of prose in a row, more than any list's teaser.
func (r *reader) documentRun(n int) bool {
	run := 0
	for _, l := range r.ls[:n] {
		if !l.prose || l.teaser {
			run = 0
			continue
		}
		if run++; run >= docRunLines {
			return true
		}
	}
	return false
}

// docRunLines is how many prose lines in a row make a document's text.
const docRunLines = 6

// listing looks for the evidence of a page listing several publications:
// item shapes repeated (a title followed by a name, a date or a one-line
// teaser), the same label printed for each item, bare names and dates one
// per item, "Read more" links, paging and archive addresses. A
// publication that ends with a list of related items keeps its place: its
// own body comes before the first repeat.
func (r *reader) listing(ti int, title string, pubAt int) (string, string) {
	ls := r.ls
	n := min(len(ls), headLines*2)
	for i := max(ti+1, 0); i < n && ti >= 0; i++ {
		if isRelatedHeading(ls[i].low) || laterRelated[relatedKey(ls[i].low)] || moreFrom(ls[i].low) && r.proseBetween(ti, i) > 0 && (pubAt >= 0 && pubAt < i || r.dateAbove(i)) {
			n = i // the rest is the site's list of other documents
			break
		}
	}
	tlow := strings.ToLower(title)
	path := urlPath(r.url)
	// A sharing site's page of one document repeats shapes of its own
	// (viewer pages, record labels, previews of other documents), and so
	// does a page printing its title again (a cover, a share line): only
	// paging, numbered items and the address tell their lists.
	oneCopy := r.oneMirrorCopy() || r.titleCopies(ti) >= 2 || r.inViewer() || r.transcribed()
	items, teasers, links, paging := 0, 0, 0, 0
	var bylineAt, dateAt []int
	names := map[string]bool{}
	firstCue := -1
	mark := func(i int) {
		if firstCue < 0 || i < firstCue {
			firstCue = i
		}
	}
	for i := 0; i < n; i++ {
		l := ls[i]
		switch {
		case itemRe.MatchString(l.text):
			items++
			mark(i)
		case l.chrome && (l.teaser || readMoreLinks[l.low]):
			links++ // "Read more" printed once per item
		case l.teaser:
			teasers++
			mark(i)
		case hasPrefixAny(l.low, listingCues) || l.low[0] >= '0' && l.low[0] <= '9' && resultCountRe.MatchString(l.low):
			paging++
			mark(i)
		}
		if isByline(l.low) && l.words <= 12 {
			if ns := splitNames(stripDate(l.text)); len(ns) > 0 && !names[strings.ToLower(ns[0])] {
				names[strings.ToLower(ns[0])] = true
				bylineAt = append(bylineAt, i)
			}
		}
		if _, v, ok := keyValue(l.text); isDateLine(l) && l.words <= 4 && !(ok && v != "") {
			dateAt = append(dateAt, i) // labelled dates belong to one record
		}
	}
	// Item labels printed once per item ("The Interpreter" as each item's
	// source), bare author names after item titles, and item shapes.
	seen := map[string][]int{}
	sigs := map[string][]int{}
	var nameAt []int
	namedTitle := map[string]bool{}
	for i := 0; i < n; i++ {
		l := ls[i]
		if l.chrome || l.prose || l.words > 8 {
			continue
		}
		seen[l.low] = append(seen[l.low], i)
		if r.isNameLine(i) {
			if j := r.prevLine(i); j >= 0 && titleShape(ls[j]) && !r.isNameLine(j) && !r.isRoleLine(j) && !namedTitle[ls[j].low] {
				namedTitle[ls[j].low] = true
				nameAt = append(nameAt, i)
			}
		}
	}
	// A cover printed twice (title, name; title, name) is one item.
	itemText := map[string]bool{}
	for i := 0; i < n; i++ {
		if sig := r.itemShape(i); sig != "" {
			if _, t := r.block(i); !itemText[alnum(t)] {
				itemText[alnum(t)] = true
				sigs[sig] = append(sigs[sig], i)
			}
		}
	}
	evidence := 0
	var why []string
	if items >= 2 || paging > 0 {
		oneCopy = false // a sharing site's own list of documents
	}
	add := func(w int, reason string, at []int, k int) {
		if oneCopy && !strings.Contains(reason, "address") {
			return // the page's own repeated shapes; its address still counts
		}
		evidence += w
		why = append(why, reason)
		if len(at) > k {
			mark(at[k])
		}
	}
	labelled := false // a label printed once per item ("Abstract", a source's name)
	for low, at := range seen {
		if ti >= 0 && low == ls[ti].low && ls[ti].words >= 5 {
			continue // the title printed again (a heading, a record, a viewer), not a short site label
		}
		if len(at) >= 3 && r.itemsBetween(at) >= 2 {
			add(3, "a label repeated per item", at, 1)
			labelled = true
			break
		}
	}
	if at := r.framedItems(n); len(at) >= 3 && pubAt < 0 {
		add(3, "item lines in one frame", at, 1) // under a byline, a list of the article's own
	}
	best := []int(nil)
	for _, at := range sigs {
		if len(at) > len(best) || len(at) == len(best) && len(at) > 0 && at[0] < best[0] {
			best = at
		}
	}
	switch {
	case len(best) >= 3:
		add(3, "items of the same shape", best, 1)
	case len(best) == 2:
		add(2, "two items of the same shape", best, 1)
	}
	if len(nameAt) >= 3 {
		add(3, "bare names after item titles", nameAt, 1)
	} else if len(bylineAt) >= 3 {
		add(3, "bylines of several authors", bylineAt, 1)
	}
	if len(dateAt) >= 3 {
		add(3, "many dates", dateAt, 1)
	}
	// "April 11, 2014 • By Jane Roe": each item's date and byline on one line
	var datedBy []int
	for i := 0; i < n; i++ {
		if l := ls[i]; (l.dated || yearRe.MatchString(l.text)) && l.words <= 16 && !l.prose && datedByRe.MatchString(l.low) {
			datedBy = append(datedBy, i)
		}
	}
	if len(datedBy) >= 2 {
		k := 1
		if r.proseBetween(datedBy[0], datedBy[1]) <= 1 {
			k = 0 // one teaser between them: the first is an item too, not a body's byline
		}
		if len(datedBy) >= 3 || k == 0 {
			add(3, "a date and byline per item", datedBy, k)
		} else {
			add(2, "two items' dates and bylines", datedBy, k)
		}
	}
	archived := false // a blog system's archive heading over the page: a list, however long its teasers
	for _, l := range ls[:min(len(ls), 5)] {
		if l.words <= 8 && hasPrefixAny(l.low, archiveHeadings) {
			add(3, "an archive heading ("+l.text+")", nil, 0)
			archived = strings.Contains(l.low, ":") && hasPrefixAny(l.low, blogArchiveHeadings) // "Tag Archive for: …", not "Stories by Island Women"
			break
		}
		if l.words <= 5 && hasPrefixAny(l.low, []string{"tag:", "tags:", "category:", "topic:", "archives:", "archive:"}) {
			add(2, "a taxonomy heading ("+l.text+")", nil, 0)
			break
		}
	}
	// Items under a publication's own byline, or after its body has begun,
	// are its related list or a timeline, not a listing.
	if at := r.metaLinesPerItem(n); len(at) >= 2 && (pubAt < 0 || pubAt > at[0]) && r.proseBetween(-1, at[0]) <= 2 {
		add(3, "a date line of one form under each item's title", at, 1)
	}
	// A blog's day over each post after the first ("… teaser" / "Friday,
	// May 2, 2014" / "Next Post's Title" / "its teaser"), near the top.
	if at := r.dayHeads(n); len(at) >= 2 {
		add(3, "a day over each item's title", at, 0)
	}
	if pairs := r.headedTeasers(ti, n); pairs >= 4 && pubAt < 0 {
		add(3, "headings each with one short paragraph", nil, 0)
	}
	if k := r.repeatedRecordKeys(n); k >= 2 {
		add(3, "record labels repeated per item", nil, 0)
	}
	if i := r.openingTeaser(); i >= 0 && ti > i {
		add(3, "the page opens with a cut teaser", nil, 0)
	}
	if monthArchiveRe.MatchString(path) {
		add(3, "month archive address", nil, 0)
	}
	if items >= 2 {
		add(3, "numbered items", nil, 0)
	}
	if teasers >= 3 && r.mirrorMarks() < 2 {
		add(3, "teasers", nil, 0) // a mirror's cut lines are its viewer's page previews
	}
	if links >= 2 {
		add(3, "read-more links", nil, 0)
	}
	if paging > 0 {
		add(2*paging, "paging", nil, 0)
	}
	for _, p := range []string{"/tag/", "/tags/", "/category/", "/categories/", "/author/", "/authors/", "/topic/",
		"/topics/", "/label/", "/archive", "/page/", "/search", "publication_type", "/catalog"} {
		if strings.Contains(path, p) {
			add(2, "archive address", nil, 0)
			break
		}
	}
	if isGenreList(tlow) {
		evidence++
	}
	titleRepeated := ti >= 0 && len(seen[ls[ti].low]) >= 3 && ls[ti].words < 5
	// A list's own marks (paging, numbered items, teasers, read-more
	// links, a label per item) hold however long its items; shapes alone
	// give way to one document's text.
	listMarks := paging > 0 || items >= 2 || teasers >= 3 || links >= 2 || labelled || archived
	if evidence >= 3 && (titleRepeated || !r.strong(ti, firstCue, pubAt)) && (listMarks || !r.documentRun(n)) && !r.viewerPaged() {
		if newsletterCue(tlow, path) {
			return KindNewsletter, "not a publication: newsletter issue (a list of items)"
		}
		return KindListing, "not a publication: listing of publications (" + strings.Join(why, ", ") + ")"
	}
	return "", ""
}

// dayHeads is the lines among the first n that hold a day alone between
// one item's teaser and the next item's title and teaser, the days going
// back in time.
func (r *reader) dayHeads(n int) []int {
	var at []int
	for i := 1; i+2 < n; i++ {
		l := r.ls[i]
		if !isDateLine(l) || l.words > 6 || !r.ls[i-1].prose {
			continue
		}
		if t, p := r.ls[i+1], r.ls[i+2]; !t.prose && titleShape(t) && p.prose {
			at = append(at, i)
		}
	}
	// a listing runs from the newest post down; a chronology's dated
	// headings run up
	for k := 1; k < len(at); k++ {
		a, _ := findDate(r.ls[at[k-1]].text)
		b, _ := findDate(r.ls[at[k]].text)
		if !a.Start().After(b.Start()) {
			return nil
		}
	}
	return at
}

// sourcedItems counts the lines at the top that end with a news outlet's
// name glued to them ("… Harbour VisitBloomberg"): a digest's items with
// their sources. After a bar or a dash ("Title | Foreign Policy") it is a
// saved page's own title line.
func (r *reader) sourcedItems() int {
	n := 0
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if l.words >= 4 && l.words <= 30 && !l.prose && outletTailRe.MatchString(l.text) {
			n++
		}
	}
	return n
}

// outletTailRe matches a news outlet's name glued to a line's last word.
var outletTailRe = regexp.MustCompile(`[\p{Ll}\d?!.”’'")](?:Bloomberg|Reuters|AP News|Associated Press|AFP|Nikkei Asia|Nikkei|CNN|BBC News|BBC|The Guardian|Financial Times|The Diplomat|South China Morning Post|Xinhua|Al Jazeera|Politico|Axios|The New York Times|New York Times|The Washington Post|Washington Post|Wall Street Journal|The Economist|Foreign Policy|Kyodo News|Yonhap|Focus Taiwan|Taipei Times|The Japan Times)$`)

// paragraphTop is how many bytes of a paragraph count as its top: a
// landing page's cue opens its first paragraph, a cover run into one line
// names "this series" far into its text.
const paragraphTop = 400

// datedHourSpan reports whether a line of up to 16 words with a span of
// hours is an event's date line: it opens with its day, its month or its
// weekday and holds a year, and it is no sentence ("11 October 2021 TO 12
// October 2021 — 1:00PM TO 4:00PM").
func datedHourSpan(l line) bool {
	return l.words <= 16 && !l.prose && yearRe.MatchString(l.low) && (startsMonth(l.low) || l.low[0] >= '0' && l.low[0] <= '9' || startsWeekday(l.low))
}

// datedByRe matches a separator then "By" inside a listing item's date line.
var datedByRe = regexp.MustCompile(`\d.*\s[•|·]\s+by\s+\pL`)

// itemShape is the shape of a listing item starting at line i: a short
// title-like line, what comes before it (a date, a label) and what follows
// (a name, a date, a one-paragraph teaser); "" when line i starts none.
func (r *reader) itemShape(i int) string {
	ls := r.ls
	l := ls[i]
	if l.chrome || l.prose || l.words < 3 || l.words > 25 || !titleShape(l) || r.isNameLine(i) || r.isRoleLine(i) {
		return ""
	}
	j := r.nextLine(i)
	if j < 0 {
		return ""
	}
	m := ls[j]
	var next string
	switch {
	case m.prose && isByline(m.low) && m.words > 12:
		next = "teaser" // a teaser that opens with its byline ("By Jane Roe The …")
	case isByline(m.low) || r.isNameLine(j):
		next = "name"
	case isDateLine(m):
		next = "date"
	case m.prose && m.words <= 100:
		// a one-paragraph teaser: the next line is no more prose; a long
		// one needs a whole article's title above it (an article's own
		// section headings are short) and the next item's title below
		k := r.nextLine(j)
		if k >= 0 && ls[k].prose && !ls[k].teaser || m.words > 60 && (k < 0 || !titleShape(ls[k]) || l.words < 6) {
			return ""
		}
		next = "teaser"
	default:
		return ""
	}
	prev := "-"
	if k := r.prevLine(i); k >= 0 && isDateLine(ls[k]) {
		prev = "date"
	}
	return prev + ">" + next
}

// bylinedTop reports whether a byline or a name line is among the page's
// first lines: an article's, under a menu word saved above its headline.
func (r *reader) bylinedTop() bool {
	for i := 1; i < min(len(r.ls), 5); i++ {
		if isByline(r.ls[i].low) || r.isNameLine(i) {
			return true
		}
	}
	return false
}

// transcribed reports whether a sharing site's line over the text of one
// document ("Transcript of …", "Citation preview") heads the page.
func (r *reader) transcribed() bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if strings.HasPrefix(l.low, "transcript of ") && (strings.Contains(l.low, " · ") || strings.HasSuffix(l.low, "...") || strings.HasSuffix(l.low, "…")) || l.low == "citation preview" {
			return true // the mirror's record line, cut, over its document's text
		}
	}
	return false
}

// strong reports whether the page has its own publication body before the
// first listing cue: a title, a byline or a date, and prose of some length.
func (r *reader) strong(ti, firstCue, pubAt int) bool {
	if ti < 0 {
		return false
	}
	to := firstCue
	if to < 0 {
		to = len(r.ls)
	}
	words, paras := 0, 0
	for i := ti + 1; i < to && i < len(r.ls); i++ {
		if l := r.ls[i]; l.prose && !l.teaser {
			words += l.words
			paras++
		}
	}
	return paras >= 2 && words >= 150 && (pubAt >= 0 && (firstCue < 0 || pubAt < firstCue) || !r.date(ti).IsZero())
}

func (r *reader) proseBetween(from, to int) int {
	if to < 0 {
		to = len(r.ls)
	}
	c := 0
	for i := from + 1; i < to && i < len(r.ls); i++ {
		if r.ls[i].prose && !r.ls[i].teaser {
			c++
		}
	}
	return c
}

func (r *reader) proseCount() int { return r.proseBetween(-1, -1) }

func newsletterCue(tlow, path string) bool {
	for _, w := range []string{"newsletter", "this week", "weekly digest", "in this issue", "bulletin", "roundup", "round-up"} {
		if strings.Contains(tlow, w) {
			return true
		}
	}
	slug := path[strings.LastIndexByte(path, '/')+1:]
	return strings.HasPrefix(slug, "this-week") || strings.Contains(path, "newsletter")
}

// welcomeIssueRe is a newsletter's welcome to one of its issues, naming
// itself a newsletter, a bulletin or a digest: "welcome to the March
// edition of Harbour Notes, our monthly newsletter". A report's "welcome
// to the 2023 edition of the Index" is no issue.
var welcomeIssueRe = regexp.MustCompile(`^(?:welcome|bienvenue|bienvenido|bienvenida|bem-vindo|bem-vinda|willkommen|benvenuti|selamat datang)[\s,!]` +
	`[^.]{0,60}?(?:issue|edition|édition|numéro|edición|número|edição|ausgabe|edisi)\s+(?:of|de|du|der|von|di|dari)\s[^.]{0,60}?` +
	`(?:newsletter|bulletin|digest|briefing|letter|lettre|boletín|boletim|rundbrief|buletin)`)

// issueHeadings head the list of an issue's contents, in some languages:
// a line of its own near the top.
var issueHeadings = setOf("in this issue", "in this edition", "inside this issue", "veja nesta edição", "nesta edição", "neste número",
	"en este número", "en esta edición", "dans ce numéro", "in dieser ausgabe", "in questo numero", "dalam edisi ini", "di edisi ini",
	"w tym numerze", "в этом номере", "in deze editie", "bu sayıda")

// issueHeading reports whether the page opens with the heading of an
// issue's contents (a menu's or a sidebar's "In this issue" below a title
// is a journal's link).
func (r *reader) issueHeading() bool {
	for _, l := range r.ls {
		if l.chrome {
			continue
		}
		return l.words <= 4 && issueHeadings[strings.TrimSpace(strings.TrimRight(l.low, " :：-–"))]
	}
	return false
}

// strongNewsletterCue reports whether a title or an address names a
// newsletter outright; a "round-up" or "this week" post with its own byline
// or date is an article.
func strongNewsletterCue(tlow, path string) bool {
	return hasAny(tlow, []string{"newsletter", "in this issue", "bulletin"}) || strings.Contains(path, "newsletter")
}

func hasPrefixAny(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func urlPath(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Path)
}

// itemsBetween counts the gaps between the repeats of a line (at) that hold
// an item title: a label printed once per item has one in each gap, where a
// running header repeated on each page of a document has prose, and a title
// printed twice in a row has nothing.
func (r *reader) itemsBetween(at []int) int {
	n := 0
	for k := 1; k < len(at); k++ {
		for i := at[k-1] + 1; i < at[k]; i++ {
			if l := r.ls[i]; !l.chrome && !l.teaser && l.low != r.ls[at[0]].low && l.words >= 2 && l.words <= 25 && !sentenceBreak(l.text) {
				n++
				break
			}
		}
	}
	return n
}

// dateAbove reports whether a line before i is a date alone: an article's
// day over a site's "More from …" list, which a topic page's introduction
// lacks.
func (r *reader) dateAbove(i int) bool {
	for _, l := range r.ls[:min(i, len(r.ls))] {
		if isDateLine(l) && l.words <= 4 {
			return true
		}
	}
	return false
}

// framedItems is where three lines or more of the first n, each of its
// own words, open or close with the same four words and have an item's
// title between them ("This article was published by … on …", "… was
// first printed in the Island Times."): a line of one frame per item. nil
// when none; a document's running header repeats itself whole, and notes
// on authors ("… is a Senior Fellow at …") are an article's.
func (r *reader) framedItems(n int) []int {
	frames := map[string][]int{}
	seen := map[string]bool{} // a frame and a line's text without its figures
	for i := 0; i < n; i++ {
		l := r.ls[i]
		if l.chrome || l.words < 6 || l.words > 30 || mayBeBio(l.low) && bioRe.MatchString(l.text) {
			continue // notes on an article's authors share a frame too
		}
		fs := strings.Fields(l.low)
		if len(fs) < 6 {
			continue // words counts letters' words, not fields
		}
		for _, f := range []string{"<" + strings.Join(fs[:4], " "), ">" + strings.Join(fs[len(fs)-4:], " ")} {
			if k := f + "\x00" + strings.Map(dropDigit, l.low); !seen[k] {
				seen[k] = true // a running header's page number makes no new line
				frames[f] = append(frames[f], i)
			}
		}
	}
	var best []int
	for _, at := range frames {
		if len(at) >= 3 && len(at) > len(best) && r.itemsBetween(at) >= len(at)-1 {
			best = at
		}
	}
	return best
}

// dropDigit is a strings.Map function that drops figures.
func dropDigit(r rune) rune {
	if unicode.IsDigit(r) {
		return -1
	}
	return r
}

// readMoreLinks are the links printed once per item of a listing.
var readMoreLinks = func() map[string]bool {
	m := setOf("more", "read more", "more »", "read more »", "continue reading", "learn more", "view more",
		"full story", "read the full article", "read full article", "more info", "details")
	for w := range foreignReadMore {
		m[w] = true
	}
	return m
}()

// foreignReadMore are "read more" in the languages of the sites read: a
// line of its own under each item of a list, never a document's words.
var foreignReadMore = setOf("weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más", "seguir leyendo",
	"ler mais", "leia mais", "leggi tutto", "leggi di più", "lees meer", "czytaj więcej", "devamını oku", "подробнее", "читать далее",
	"baca selengkapnya", "selengkapnya", "đọc thêm", "阅读全文", "閱讀全文", "続きを読む", "더보기", "자세히 보기")

// selfCues are the phrases of an institution describing itself.
var selfCues = append([]string{"on behalf of", "allow me to introduce", "our staff", "our team", "our network", "our experts",
	"our work", "our mission", "we research", "through its research", "aims to provide", "seeks to understand",
	"is designed to", "was first established", "was established in", "was founded in", "the institute manages",
	"our members", "we also hold", "we hold", "we work with", "this project aims", "the project will", "this program is",
	"this programme is", "the program is", "the programme is", "programme staff", "program staff", "is made possible through",
	"our research", "we offer", "the mission of the"}, programmeCues...)

// programmeCues are the self cues of a programme's, a project's or a
// research group's page; "our research" may open a report too.
var programmeCues = []string{"our programme", "our program", "programme focuses", "program focuses", "programme at ", "program at ",
	"project at ", "project will help", "project sets out", "research group", "what we do", "research department"}

// programmeVoice reports whether one of the first prose paragraphs speaks
// as a programme, a project or a research group.
func (r *reader) programmeVoice() bool {
	paras := 0
	for _, l := range r.ls {
		if !l.prose {
			continue
		}
		for _, c := range programmeCues {
			if containsWordAt(l.low, c) {
				return true
			}
		}
		if paras++; paras >= 4 {
			break
		}
	}
	return false
}

// unitHeads end the name of an institution's part or project, the title
// of its page about itself ("Ports Security Program").
var unitHeads = setOf("program", "programme", "project", "division", "department", "centre", "center", "institute", "unit",
	"observatory")

// selfCues counts the distinct self-description phrases in the first
// prose paragraphs of the page.
func (r *reader) selfCues() int {
	n, paras := 0, 0
	seen := map[string]bool{}
	described := false
	for i, l := range r.ls {
		if !l.prose {
			continue
		}
		if i < 5 && !described {
			if m := selfDescRe.FindStringSubmatch(l.text); m != nil && (m[1] == "" || institutionSubject(m[1])) {
				described = true
				n += 2 // the institution describes itself at the top: a home or about page's voice
			}
		}
		if paras++; paras > 4 {
			break
		}
		for _, c := range selfCues {
			if !seen[c] && containsWordAt(l.low, c) {
				seen[c] = true
				n++
			}
		}
	}
	return n
}

// containsWordAt reports whether s holds c starting at a word's start: a
// harbour's "… harbour experts" is not "our experts".
func containsWordAt(s, c string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], c)
		if k < 0 {
			return false
		}
		k += off
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); k == 0 || !unicode.IsLetter(r) {
			return true
		}
		off = k + 1
	}
}

// selfDescRe matches an institution's description of itself: "We are a
// non-partisan think tank …", "The Harbour Institute is an independent
// research institute …".
var selfDescRe = regexp.MustCompile(`^(?:We are|((?:The )?\p{Lu}[\pL’'&.\- ]{1,60}) is)\s+(?:an?|the|one of the)\s+(?:[\pL-]+,?\s+){0,3}?(?i:independent|non-?partisan|non-?profit|not-for-profit|leading|premier|autonomous)\b.{0,80}?(?i:think[- ]?tank|institute|research|organi[sz]ation|foundation|centre|center|institution)`)

// institutionSubject reports whether the subject of a self-description
// names an institution: one of its kind words or an acronym ("The
// Harbour Foundation", "SIPRI"), not a country or a bank.
func institutionSubject(s string) bool {
	for _, w := range strings.Fields(s) {
		if lw := strings.ToLower(w); institutionWords[lw] || orgHeads[lw] || isAcronym(w) && len(w) >= 3 {
			return true
		}
	}
	return false
}

// blogArchiveHeadings are the archive headings a blog system prints over
// its lists of posts, in English and in its translations; with a colon
// after them ("Tag Archive for: Ferries") they make the page a list
// however long its teasers.
var blogArchiveHeadings = []string{"tag archive", "category archive", "author archives", "monthly archives", "yearly archives",
	"daily archives", "posts tagged", "entries tagged",
	"archivo de la etiqueta", "archivo de etiquetas", "archivo de la categoría", "archivo de categoría", "archivo del autor",
	"archives de l’étiquette", "archives de l'étiquette", "archives des catégories", "archives de catégorie", "archives de l’auteur", "archives de l'auteur",
	"schlagwort-archiv", "kategorie-archiv", "autor-archiv", "archivi tag", "archivio tag", "archivi categoria", "archivio categoria", "archivi autore",
	"arquivos da tag", "arquivo da tag", "arquivos da categoria", "arquivo da categoria", "arquivos do autor",
	"arsip tag", "arsip kategori", "arsip penulis", "tag archief", "categorie archief", "etiket arşivleri", "kategori arşivleri", "yazar arşivleri",
	"архивы меток", "архив метки", "архивы рубрики", "архив рубрики", "архивы автора", "archiwa tagów", "archiwa kategorii", "archiwa autora"}

// archiveHeadings head an author's or a period's archive of posts: a blog
// system's headings, and openings that may also open a title ("Stories by
// …", "Browsing …"), which only add to other evidence.
var archiveHeadings = append([]string{"articles by", "posts by", "all posts by", "stories by", "all articles by",
	"publications by", "browsing", "archive for the", "archive for"}, blogArchiveHeadings...)

// isAboutHeading reports whether a page's first line heads an about page.
func isAboutHeading(low string) bool {
	switch low {
	case "about", "about us", "who we are", "our mission", "our story", "about the blog", "about this site",
		"tentang kami", "sekilas tentang kami", "hakkımızda", "о нас", "om oss", "over ons", "o nás", "chi siamo",
		"qui sommes-nous", "quiénes somos", "quienes somos", "über uns", "sobre nós", "sobre nosotros":
		return true
	}
	return strings.HasPrefix(low, "about the ") && len(strings.Fields(low)) <= 5
}

var feedStampRe = regexp.MustCompile(`\d\d:\d\d:\d\d [+-]\d{4}\b`)

// isFeed reports whether a page is a feed: its XML, or its channel header
// rendered as text (the site's name, several addresses and a machine
// timestamp on one line).
func (r *reader) isFeed() bool {
	for i, l := range r.ls {
		if i >= 3 {
			break
		}
		if strings.HasPrefix(l.low, "<?xml") || strings.HasPrefix(l.low, "<rss") || strings.HasPrefix(l.low, "<feed") {
			return true
		}
		if strings.Count(l.low, "http") >= 3 && feedStampRe.MatchString(l.text) {
			return true
		}
	}
	return false
}

// repeatedRecordKeys counts the "Label: value" labels printed two or more
// times in the first n lines with prose or a title between them: each
// item of a listing carries its own record ("Type: …", "Authors: …").
func (r *reader) repeatedRecordKeys(n int) int {
	at := map[string][]int{}
	for i := 0; i < n && i < len(r.ls); i++ {
		l := r.ls[i]
		if k, _, ok := keyValue(strings.TrimLeft(l.text, "| ")); ok && l.words <= 12 && !l.prose && (recordKeys[k] || isLabel(k)) { // a table's row too: "| By: | …"
			at[k] = append(at[k], i)
		}
	}
	keys := 0
	for _, is := range at {
		if len(is) >= 2 && r.proseBetween(is[0], is[len(is)-1]) > 0 {
			keys++
		}
	}
	return keys
}

// openingTeaser is the index of the page's first prose line when it is a
// teaser cut with a link ("… […] Continue Reading"), or -1: a home page
// opens with its latest item's teaser, a publication with its own text.
func (r *reader) openingTeaser() int {
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if l.prose || l.teaser && l.words >= 10 {
			if l.teaser && (strings.HasSuffix(l.low, "continue reading") || strings.HasSuffix(l.low, "read more")) {
				return i
			}
			return -1
		}
	}
	return -1
}

// headedTeasers counts the items of a list set as headings each over one
// short paragraph, from just after the page's title: a news or topic page,
// where an article's sections carry several paragraphs each.
func (r *reader) headedTeasers(ti, n int) int {
	from := max(ti, 0)
	return max(r.teaserRun(from, n), r.teaserRun(r.nextLine(from), n))
}

// teaserRun counts the heading-and-teaser items in a row from line i.
func (r *reader) teaserRun(i, n int) int {
	ls := r.ls
	pairs := 0
	for i >= 0 && i < n {
		h := ls[i]
		j := r.nextLine(i)
		if h.prose || h.chrome || h.words < 2 || h.words > 20 || !titleShape(h) && !unicode.IsUpper(firstRune(h.text)) || j < 0 {
			break
		}
		if m := ls[j]; isByline(m.low) || r.isNameLine(j) || isDateLine(m) {
			j = r.nextLine(j) // the item's byline or date
			if j < 0 {
				break
			}
		}
		words, paras := 0, 0
		for j >= 0 && j < n && ls[j].prose && paras < 3 {
			words += ls[j].words
			paras++
			j = r.nextLine(j)
		}
		if paras == 0 || paras > 2 || words > 90 {
			break // no teaser, or an article's section
		}
		pairs++
		i = j
	}
	return pairs
}

// letterCues counts the marks of a newsletter in the top of the page when
// it opens like one (a greeting to its readers, an issue line, a browser
// link): a blog post's closing "Thanks for reading" alone is not one.
func (r *reader) letterCues() int {
	opening, other := false, map[string]bool{}
	for i, l := range r.ls {
		if i >= headLines {
			break
		}
		if l.words > 20 {
			continue
		}
		for _, c := range letterOpenings {
			if strings.Contains(l.low, c) && i < 12 {
				opening = true
				other[c] = true
			}
		}
		if i < 12 && hasAny(l.low, []string{"issue", "newsletter", "bulletin", "e-letter"}) && newsletterIssueRe.MatchString(l.low) {
			opening = true
			other["issue"] = true
		}
		for _, c := range letterOthers {
			if strings.Contains(l.low, c) && letterWords[c].MatchString(l.low) {
				other[c] = true
			}
		}
	}
	if !opening {
		return 0
	}
	return len(other)
}

var (
	letterOpenings = []string{"dear reader", "dear friends", "dear colleagues", "greetings,", "open in your web browser"}
	letterOthers   = []string{"thanks for reading", "thank you for reading", "unsubscribe", "e-letter", "enews",
		"in the spotlight", "papers chosen by"}
	newsletterIssueRe = regexp.MustCompile(`^(?:newsletter|issue|update issue|bulletin|e-letter)\b.*\d|\bissue (?:of )?(?:19|20)\d\d|^issue \d{1,3}:`)
)

// letterWords are letterOthers as whole-word patterns ("enews", not
// "renews"), compiled once.
var letterWords = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for _, c := range letterOthers {
		m[c] = regexp.MustCompile(`\b` + regexp.QuoteMeta(c) + `\b`)
	}
	return m
}()

// titleCopies counts the other lines of the top of the page that hold the
// title at line ti: a cover printed twice, a share or download line.
func (r *reader) titleCopies(ti int) int {
	if ti < 0 {
		return 0
	}
	_, t := r.block(ti)
	key := alnum(t)
	if len(key) < 12 || len(strings.Fields(t)) < 4 {
		return 0 // a site's or a section's short name is printed again in its header and footer
	}
	n := 0
	for i, l := range r.ls[:min(len(r.ls), headLines)] {
		if i != ti && strings.Contains(alnum(l.text), key) {
			n++
		}
	}
	return n
}

// archiveHeadRe matches the heading a blog or a site prints over the posts
// of a tag, a category, an author or a month: "Tag: Tibet", "Archive for
// the ‘Brookings’ Category", "Posts Tagged ‘Ferries’", "Entries by admin",
// "Monthly Archives: August 2012".
// Unlike archiveHeadings, which count beside other signs of a list, it
// decides alone: the label's colon, the quotes round the tag, a one-word
// user or a date must be there ("Archive for the Future: …" and "Stories
// Filed Under Pressure" are titles).
var archiveHeadRe = regexp.MustCompile(`(?i)^(?:(?:tags?|categor(?:y|ies)|archives?|posts? by|entries by|articles by|all posts by|(?:author|monthly|yearly|daily|category|tag) archives?)\s*[:：]\s*\S|archive for (?:the )?[‘'"“\d]|(?:posts|entries|articles|stories) (?:tagged|filed under) [‘'"“]|entries by \S+$)`)

// archiveHead is the archive heading among the first two lines of words
// of the page, not the title's line ti, "" when there is none.
func (r *reader) archiveHead(ti int) string {
	seen := 0
	for i, l := range r.ls {
		if seen == 2 {
			break // a category's label further down is an article's kicker
		}
		if l.chrome || l.words == 0 {
			continue
		}
		seen++
		if i != ti && l.words <= 12 && archiveHeadRe.MatchString(strings.TrimSpace(l.text)) {
			return l.text
		}
	}
	return ""
}

// datelineRe matches a release's dateline opening its first paragraph: a
// place, a day, a dash ("Hamburg, 29. Oktober 2018 – …", "NEW YORK,
// October 22, 2014—…", "Moscow, 6 December 2022. …").
var datelineRe = regexp.MustCompile(`^(\p{Lu}[\pL.’'-]+(?:[ ,]+\p{Lu}[\pL.’'-]+){0,3}),?\s+(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+` + monthAltAll + `\.?,?\s+\d{4}|` + monthAltAll + `\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4})\s*(?:\([^)]{2,20}\)\s*)?[-–—:.]\s*(\S+(?:\s+\S+)?)`)

// monthAltAll is the month names a release's dateline prints, in the
// languages of the sites read.
const monthAltAll = `(?i:` + monthAlt + `|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|maart|mei|augustus)`

// datelineOpeners open a sentence or a label with a date that is no
// dateline ("From July 9-11, …", "Tuesday, 5 December 2023 – …",
// "Received 14 January 2019. …").
var datelineOpeners = setOf("from", "on", "in", "since", "by", "until", "between", "the", "as", "at", "received", "accepted", "revised",
	"submitted", "published", "posted", "updated", "issued", "dated", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// datelineAt is the line among the first ten whose paragraph opens with a
// release's dateline, or -1: one of the text's first two paragraphs, a
// place that is neither a person's name nor a kind's label (unless in
// capitals, as wire datelines print it), and a text that does not speak of
// itself as a paper ("This brief examines …") or to its readers ("We, the
// undersigned …").
func (r *reader) datelineAt() int {
	paras := 0
	for i, l := range r.ls[:min(len(r.ls), 10)] {
		if !l.prose || l.teaser {
			continue
		}
		if paras++; paras > 2 {
			return -1 // a standfirst may come first, no more
		}
		if l.words <= 12 || datelineOpeners[strings.ToLower(strings.Trim(fs0(l.text), ",."))] {
			continue
		}
		m := datelineRe.FindStringSubmatch(l.text)
		if m == nil {
			continue
		}
		place, after := m[1], strings.ToLower(m[2])
		if hasLower(place) && (looksLikeName(place) && !placeLike(place) || kindLabel(place)) ||
			hasPrefixAny(after, []string{"this ", "we ", "we,", "ladies", "dear", "in this"}) {
			return -1
		}
		return i
	}
	return -1
}

// placeLike reports whether a name-shaped place is a city's or a country's
// by its words ("New York", "Hamburg"): one word, or a word that places
// bear ("New", "San", "Saint", "City", "Port").
func placeLike(place string) bool {
	fs := strings.Fields(strings.ReplaceAll(place, ",", " "))
	if len(fs) == 1 {
		return true
	}
	for _, w := range fs {
		switch strings.ToLower(w) {
		case "new", "san", "santa", "saint", "st.", "city", "port", "d.c", "d.c.", "dc", "el", "la", "los", "las", "rio", "kuala", "hong", "abu", "tel", "buenos", "cape", "den":
			return true
		}
	}
	return false
}

// kindLabel reports whether a dateline's place is a document kind's label
// ("Policy Brief, May 12, 2023 — …").
func kindLabel(place string) bool {
	for _, w := range strings.Fields(place) {
		if kindWords[strings.ToLower(strings.Trim(w, ",."))] {
			return true
		}
	}
	return false
}

// hasLower reports whether s holds a lower-case letter.
func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// cutWords is s's first n words.
func cutWords(s string, n int) string {
	fs := strings.Fields(s)
	return strings.Join(fs[:min(n, len(fs))], " ")
}

// agendaRe matches a line of an event's programme: a time of day, then
// what happens ("16h00: Opening remarks", "10:30 – Panel one").
var agendaRe = regexp.MustCompile(`^` + clockTime + `\s*(?:[–-]\s*` + clockTime + `\s*(?:am|pm)?\s*)?(?:[:–-]\s*)?\pL`)

// clockTime is a time of day as programmes print it: "10:30", "16h00",
// "11.30h", "11.30 am"; "12.50" alone is a figure.
const clockTime = `\d{1,2}(?::\d\d(?:h\b)?|h\d\d|\.\d\d(?:h\b|\s*(?:am|pm)\b))`

// timetable gives the lines, within those the kind rules look at, that
// read as an event's programme.
func (r *reader) timetable() []int {
	var at []int
	for i, l := range r.ls[:min(len(r.ls), headLines*2)] {
		if agendaRe.MatchString(l.low) {
			at = append(at, i)
		}
	}
	return at
}

// aboutWords make up the titles of an institution's pages about itself
// ("Mission & Goals", "History and Purpose", "Our Team"), in several
// languages; aboutHeads are those of them that carry the sense.
var (
	aboutHeads = setOf("mission", "vision", "goals", "values", "history", "purpose", "biography", "activities", "objectives",
		"mandate", "team", "staff", "careers", "partners", "funders", "contact",
		"misión", "visión", "historia", "objetivos", "ejes", "missão", "visão", "história", "leitbild", "geschichte", "auftrag",
		"histoire", "valeurs", "équipe", "sejarah", "visi", "misi", "profil", "tarihçe", "misyon", "vizyon", "история", "миссия",
		"storia", "missione", "visione")
	aboutWords = setOf("our", "my", "main", "and", "&", "the", "us", "who", "we", "are", "key", "core", "strategic", "y", "e", "et", "und",
		"nuestra", "nuestros", "nuestro", "temáticos", "notre", "nos", "unser", "unsere",
		"kami", "dan", "nossa", "nosso", "nostra", "nostro", "la", "il") // "our" in Indonesian, Portuguese and Italian
)

// aboutOpenings open the title of an institution's page about itself in
// several languages. The words after one must name the institution: "Who
// We Are Now" is an essay's title.
var aboutOpenings = []string{"who we are", "about us", "qui sommes-nous", "qui sommes nous", "quiénes somos",
	"quienes somos", "wer wir sind", "über uns", "chi siamo", "sobre nós", "sobre nosotros", "o nas"}

// cjkSelfAbout are short CJK titles of a page about the institution: "about
// us" whole, or "about"/"introduction" after a word naming the institution
// itself ("当財団について"); "…について" alone ends many a report's title.
var cjkSelfAbout = regexp.MustCompile(`^(关于我们|關於我們|私たちについて|(当|本)\p{Han}{1,4}について|\p{Han}{1,6}(財団|財團|研究所|研究院|機構|センター)とは|\p{Han}{0,4}(研究所|研究院|中心|基金会|基金會|财团|財團|本所|本院|本会)(简介|簡介|介绍|介紹)|\p{Hangul}{0,4}(연구원|연구소|재단|센터)\s?소개)$`)

// namesInstitution reports whether the rest of a title after "Who We
// Are" names an institution: an acronym, "about" or a separator before
// its name.
func namesInstitution(rest []string) bool {
	for _, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ".,:"))
		if isAcronym(strings.Trim(w, ".,:()")) || lw == "about" || lw == "|" || lw == "-" || lw == "–" || lw == "—" || lw == "at" {
			return true
		}
	}
	return false
}

// aboutTitle reports whether a title names a page about the institution.
func aboutTitle(title string) bool {
	tlow := strings.ToLower(title)
	fs := strings.Fields(strings.Trim(tlow, " .!:"))
	if len(fs) == 0 || len(fs) > 6 {
		return false
	}
	for _, o := range aboutOpenings {
		// "Who We Are | About ACRONYM"; a bare "Who we are" is as often the
		// menu label a publication's page printed above its title
		if strings.HasPrefix(tlow, o+" ") && namesInstitution(strings.Fields(title)[len(strings.Fields(o)):]) {
			return true
		}
	}
	if cjkSelfAbout.MatchString(strings.TrimSpace(title)) {
		return true
	}
	if len(fs) > 5 {
		return false
	}
	if len(fs) == 3 && strings.HasSuffix(tlow, " in brief") && isAcronym(strings.Fields(title)[0]) {
		return true // an institute's page about itself ("ACRONYM in Brief")
	}
	heads := 0
	for _, w := range fs {
		w = strings.Trim(w, ",")
		switch {
		case aboutHeads[w]:
			heads++
		case !aboutWords[w]:
			return false
		}
	}
	return heads > 0
}

// metaLinesPerItem finds the short dated lines of one form ("Notes |
// June 2010 | Jane Roe", "Feb 2019 Report") each under a
// different title-like line: a listing's item lines. It gives the lines
// of the most common form.
func (r *reader) metaLinesPerItem(n int) []int {
	byForm := map[string][]int{}
	titles, metas := map[string]bool{}, map[string]bool{}
	var best []int
	for i := 0; i < n; i++ {
		l := r.ls[i]
		if l.prose || l.words < 2 || l.words > 12 || !(l.dated || yearRe.MatchString(l.text)) {
			continue
		}
		p := r.prevLine(i)
		if p < 0 || r.ls[p].prose || r.ls[p].words < 2 || !titleShape(r.ls[p]) || titles[alnum(r.ls[p].text)] || r.isNameLine(p) ||
			r.tocLine(i) || r.tocLine(p) {
			continue
		}
		f := lineForm(l.low)
		if !strings.ContainsAny(f, "M9") || !strings.Contains(f, "w") || strings.HasSuffix(f, " w 9 ") {
			continue // a date alone, or a contents line's page number
		}
		if l.words >= 6 && metas[alnum(l.text)] {
			continue // a dated heading printed again (a cover, then a title page), not each item's date line
		}
		metas[alnum(l.text)] = true
		titles[alnum(r.ls[p].text)] = true
		byForm[f] = append(byForm[f], i)
		if at := byForm[f]; len(at) > len(best) {
			best = at
		}
	}
	return best
}

// lineForm is the form of a short line: each figure "9", each month "M",
// separators and the words "by" and "on" as they are, any other word "w".
func lineForm(low string) string {
	var b strings.Builder
	for _, w := range strings.Fields(low) {
		t := strings.Trim(w, ",.")
		switch {
		case t == "":
			continue
		case monthWordRe.MatchString(t):
			b.WriteString("M ")
		case strings.ContainsAny(t, "0123456789"):
			b.WriteString("9 ")
		case t == "|" || t == "-" || t == "–" || t == "•" || t == "·" || t == "by" || t == "on":
			b.WriteString(t + " ")
		default:
			b.WriteString("w ")
		}
	}
	return b.String()
}

// inViewer reports whether the top of the page is a document viewer's:
// its page counter said in words ("You are on page 1 of 33", "Sie sind
// auf Seite 1 von 8") or its own labels ("Citation preview"). What follows is one document's pages, whose running
// heads and credit lists repeat; a listing's pager ("Page 2 of 9") has no
// words before it and does not count.
func (r *reader) inViewer() bool {
	for _, l := range r.ls[:min(len(r.ls), headLines)] {
		if isViewerAt(l.low) { // the length test first: the pattern is costly
			if m := viewerAtRe.FindStringIndex(l.low); len(strings.Fields(l.low[:m[0]])) >= 2 {
				return true
			}
		}
		if hasPrefixAny(l.low, []string{"citation preview", "embed size", "download to read"}) {
			return true // a viewer's own labels
		}
	}
	return false
}

// A home page's title, as the reader finds it, is often the heading of its
// first section ("The Latest from …", "News (Archive)", "ピックアップ"), a
// tagline ("An independent …") or the institution's full name with its
// acronym, and an about page's a greeting, a mission statement or a wiki
// article's heading ("= Name ="), none of which a publication is titled.
var sectionTitleRe = regexp.MustCompile(`(?i)^(the )?latest from\b|^(the )?latest (news|research|analysis|posts|insights)$|^latest news with\b|` +
	`^(news|research|analysis|highlights|featured|latest|pick ?up|ピックアップ|注目|最新|新闻|最新消息)(\s*\(archive\))?$|` +
	`^an independent (think[- ]?tank|institute|research (institute|centre|center|organi[sz]ation)|voice|non-?profit)\b` +
	// an institution's pages about itself
	`|^(home )?welcome$|^welcome to the (website|home ?page|site) of\b|^welcome to the ([\pL’'.& -]+ )?(institute|institution|centre|center|foundation|council|forum|school|society)\b|^welcome to ([\pL’'.& -]+ )?(institute|institution|centre|center|foundation|council|forum|school|society)( (of|for) [^:?]+)?(, [^:?]+)?$|` +
	`^(executive )?director[’']s message$|^mission statement$|^(our )?history (&|and) evolution$|^frequently asked questions( [-–|:]|$)|^director: |(^|\band )disclaimers?$|^= .+ =$|` +
	`^(the )?(international |academic )?(advisory board|board of (directors|trustees|governors)|our (team|staff|people|experts)|project list|list of projects|staff directory|programs and projects|programmes and projects|research programs|research programmes)( \(\p{Lu}{2,6}\))?$|` +
	`^top > about\b`)

// navTitle reports whether a page's title is a section heading, a tagline,
// a greeting or the institution's name (see sectionTitleRe,
// institutionName).
func navTitle(t string) bool {
	return len(t) <= 120 && (sectionTitleRe.MatchString(t) || institutionName(t))
}

// institutionWords end or hold the name of an institution.
var institutionWords = setOf("institute", "institution", "foundation", "center", "centre", "council", "forum", "institut",
	"instituto", "fundación", "stiftung", "academy", "school", "society")

// homeSectionRe matches a home page's section heading: "Latest
// Publications", "Upcoming events", "All news >".
var homeSectionRe = regexp.MustCompile(`^(latest|featured|recent|upcoming|more|all|our|new|popular|most read|top|past)\s+(publications?|reports?|events?|news|blogs?|posts?|articles?|commentar(y|ies)|analys[ie]s|research|insights|videos?|podcasts?|stories|updates|opinions?|briefs?|papers)\s*[>›»→]?$`)

// homeSections is the distinct section headings of a home page at the top
// of the page, and the line of the first: headings with an item under them
// (a line of four words or more within the next two), not a menu's labels
// or bullets. A publication's page shows at most one ("Related articles"
// is not one of them).
func (r *reader) homeSections() ([]string, int) {
	var out []string
	first := -1
	top := r.ls[:min(len(r.ls), headLines)]
	for i, l := range top {
		if l.bullet || l.words > 4 || !homeSectionRe.MatchString(l.low) {
			continue
		}
		if i+1 < len(r.ls) && !slices.ContainsFunc(top[i+1:min(len(top), i+3)], func(n line) bool { return n.words >= 4 }) {
			continue // a menu's label: the next lines are labels too (a page cut after a heading counts it)
		}
		h := strings.TrimRight(l.low, " >›»→")
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
		if first < 0 {
			first = i
		}
	}
	return out, first
}

// acronymRe matches an acronym in brackets: "(MISIS)".
var acronymRe = regexp.MustCompile(`\(([A-Z][A-Za-z-]{1,9})\)`)

// namesItself reports whether title is the name of the institution whose
// acronym the top of the page prints in brackets, "Myanmar Institute of
// Strategic and International Studies" over "(MISIS)": on a page with no
// date and no byline, that is its home or about page.
func (r *reader) namesItself(title string) bool {
	for _, l := range r.ls[:min(len(r.ls), 12)] {
		for _, m := range acronymRe.FindAllStringSubmatch(l.text, 4) {
			if institutionName(title + " (" + m[1] + ")") {
				return true
			}
		}
	}
	return false
}

// institutionName reports whether t is an institution's full name with its
// acronym in brackets, "Myanmar Institute of Strategic and International
// Studies (MISIS)": capitalised words and small ones, an institution's
// word among them, and the acronym's letters in the order of the words'
// initials from the first (or the one after "The"). "Reforming the
// Human Rights Council (UNHRC)" and "An Interview with Jane Roe,
// President of the East Isles Institute (EII)" are titles.
func institutionName(t string) bool {
	open := strings.LastIndex(t, " (")
	if open < 0 || !strings.HasSuffix(t, ")") {
		return false
	}
	acr, name := t[open+2:len(t)-1], strings.Fields(t[:open])
	if !isAcronym(acr) || len(name) < 2 || len(name) > 12 {
		return false
	}
	inst := false
	var initials []rune
	for _, w := range name {
		lw := strings.ToLower(strings.Trim(w, ",’'"))
		inst = inst || institutionWords[lw]
		c := firstRune(w)
		if !unicode.IsUpper(c) && !smallWords[lw] && lw != "&" {
			return false
		}
		initials = append(initials, unicode.ToUpper(c))
		for _, part := range strings.Split(w, "-")[1:] { // "China-Africa": C, A
			if part != "" {
				initials = append(initials, unicode.ToUpper(firstRune(part)))
			}
		}
	}
	// the name opens with the acronym's first letter, after "The" at most
	if a := firstRune(acr); initials[0] != a && (len(initials) < 2 || !strings.EqualFold(name[0], "the") || initials[1] != a) {
		return false
	}
	k := 0
	for _, c := range acr {
		if !unicode.IsUpper(c) {
			continue
		}
		for k < len(initials) && initials[k] != c {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return inst
}

// listingTitleRe matches the titles of archive, tag and search pages
// ("Posts Tagged …", "Research Reports & Collections (70)", "Publikasjoner",
// "검색결과 총 39,642 건"): a heading over a list, not a publication's title.
var listingTitleRe = regexp.MustCompile(`(?i)^posts tagged\b|^(artikel|beiträge) zum (schlagwort|thema)\b|^articles? (tagged|in category|filed under)\b|` +
	`\b(publications?|reports|papers|briefs|collections|articles|commentaries|research)( & [a-z]+)? \([1-9]\d{0,2}\)$|\bpublication archive\b|` +
	`^(publications?|publikasjoner|publikationen|veröffentlichungen|publicaciones|publicações|pubblicazioni|publikaties|研究成果|出版物)$|` +
	`^(policy )?briefs and summaries$|^검색결과|^search results\b|^(the )?most[- ](read|popular|viewed) (publications|articles|reports|posts|papers)( (of|in) (19|20)\d\d| this (week|month|year))?$|^(the )?(latest )?news from (?-i:\p{Lu}{2,8})$`)

// countHeadingRe matches a heading with its count of items: "Governance,
// Democracy and Accountability (768)".
var countHeadingRe = regexp.MustCompile(`^([^()\d]{3,60}) \([1-9]\d{1,2}\)$`)

// numberedDocWords name a document that takes a number: "Working Paper
// (105)", "Strategic Comments (17)" are a document's title, not a list's.
var numberedDocWords = setOf("paper", "papers", "report", "reports", "brief", "briefs", "comment", "comments",
	"commentary", "note", "notes", "issue", "no", "number", "vol", "volume", "series", "edition", "chapter", "part")

// countHeading reports whether a title is a list's heading with its count.
func countHeading(t string) bool {
	m := countHeadingRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m[1])) {
		if numberedDocWords[strings.Trim(w, ".,:")] {
			return false
		}
	}
	return true
}

// viewerNamedPageRe matches a document viewer's page marker with the
// document's name: "Page 3: The Isles in Brief", "Seite 2: …".
var viewerNamedPageRe = regexp.MustCompile(`^(?:page|página|pagina|seite|halaman|sayfa|страница|strona|trang)\s\d{1,4}:\s+(.{4,})$`)

// viewerPaged reports whether the page is one document shown page by page
// in a sharing site's viewer: three page markers or more, every one with
// the same document's name ("Page 1: Title", "Page 2: Title", …). Its
// table of contents or its pages are no listing; search results whose
// hits name their pages ("Page 3: Report A", "Page 14: Report B") are.
func (r *reader) viewerPaged() bool {
	name, n := "", 0
	for _, l := range r.ls {
		m := viewerNamedPageRe.FindStringSubmatch(l.low)
		if m == nil {
			continue
		}
		switch key := alnum(m[1]); {
		case name == "":
			name = key
		case key != name && !strings.HasPrefix(name, key):
			return false // markers of more than one document: a list's hits; a page cut short may cut the last name
		}
		n++
	}
	return n >= 3
}

// spaced is each of ps with a space on each side, to match whole words.
func spaced(ps []string) []string {
	out := make([]string, len(ps))
	for k, p := range ps {
		out[k] = " " + p + " "
	}
	return out
}

// newsLabel reports whether a line is a press release's label in another
// language than English: the label alone, or before a colon, a bar, a
// dash, a comma or a date.
func newsLabel(low string) bool {
	for _, l := range newsLabels {
		rest, ok := strings.CutPrefix(low, l)
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || strings.ContainsRune(":|-–—,", firstRune(rest)) || unicode.IsDigit(firstRune(rest)) {
			return true
		}
	}
	return false
}

// talkWords name the record of a talk, which prints its day, its hours and
// its moderator as an event's page does.
var talkWords = []string{"transcript", "speech", "remarks", "interview", "testimony", "podcast", "episode", "compte rendu", "mitschrift"}

// talkRecord reports whether the title or one of the first lines names
// the record of a talk: a publication, whatever event cues it prints.
func (r *reader) talkRecord(tlow string) bool {
	if hasAny(tlow, talkWords) {
		return true
	}
	for _, l := range r.ls[:min(len(r.ls), 4)] {
		if l.words <= 12 && hasAny(l.low, talkWords) {
			return true
		}
	}
	return false
}
