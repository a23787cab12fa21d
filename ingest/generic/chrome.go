package generic

import (
	"github.com/pubindex/pubindex/ingest/fields"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromeExact are whole lines that are page furniture.
var chromeExact = setOf(
	"author content",                                                                               // a research network's label over its upload
	"crossref citations to date", "altmetric", "orcid icon", "citation metrics", "article metrics", // a journal publisher's counters and icons
	"public disclosure authorized",                                                                     // a development bank's stamp on each cover
	"header and navigation menu", "page content", "main navigation", "navigation menu", "main content", // a screen reader's landmarks
	"научная статья /research article", "научная статья / research article", "научная статья", "research article", // a journal's kind label
	"исследовательские статьи", "research articles", "original article", "original research", "review article",
	// a decorative image's alternative text, saved as a line of its own
	"author image", "background image", "featured image", "hero image", "header image", "profile image", "author photo",
	"skip to main content", "skip to content", "ir direto ao conteúdo", "ir al contenido", "saltar al contenido", "aller au contenu", "passer au contenu", "zum inhalt springen", "menu", "main menu", "search", "open search", "home", "login",
	"log in", "sign in", "sign up", "register", "subscribe", "share", "share this", "print", "email", "e-mail",
	"download", "download pdf", "pdf download", "pdf", "back", "next", "previous", "more", "read more", "more info", "read more »",
	"back to content list", "close", "toggle navigation", "follow us", "contact us", "about us", "contact",
	"redirecting...", "loading...", "preview", "comments", "no comments:", "no comments", "tweet", "like",
	"facebook", "twitter", "linkedin", "whatsapp", "telegram", "instagram", "youtube", "reddit", "copy link",
	"accept", "accept all", "reject all", "cookie settings", "manage cookies", "ok", "got it", "listen",
	"top", "back to top", "print this page", "save", "cite", "citation", "embed", "report", "more from",
	"related", "related articles", "related content", "latest", "popular", "most read", "trending",
	"you may also like", "recommended", "see also", "newsletter", "sign up for our newsletter",
	"transcript", "description", "documents", "category:", "upload", "citation preview", "volltext",
	"download to read offline", "download as pdf or txt", "media queries", "font type:", "font size:", "adjust font size:", "text size:",
	"line spacing:", "column width:", "background:", "a+ a-", "en", "english", "中文版", "pages", "view",
	"views", "all categories", "+ all categories", "what's happening on", "share on facebook", "share on twitter", "share on linkedin", "view all", "see all", "show more",
	"leave a reply", "leave a comment", "post a comment", "add a comment", "add new comment", "post new comment",
	"write a comment", "comment", "reply", "cancel reply", "your email", "your email :", "your email:",
	"subscribe unsubscribe", "unsubscribe", "social network", "share this:", "like this:", "related posts",
	"continue reading", "available downloads", "on this page", "in this article", "in this section",
	"printer friendly", "printer-friendly version", "error message", "home contact us", "page not found",
	"syndicate content", "thumbnail image", "welcome message from author", "популярное", "download ebook for free", "download ebook", "download the report", "download the full report", "full report",
)

// chromePrefixes start lines that are page furniture.
var chromePrefixes = []string{
	"writer's picture", "writer’s picture", // a blog host's byline picture, run into the name
	"ข้ามไปยังเนื้อหา",                                        // a Thai site's skip link
	"contents lists available at",                             // a journal publisher's banner over each article's first page
	"読み込み中", "加载中", "載入中", "您好，欢迎", "您好,欢迎", "您好，歡迎", "您好,歡迎", // a CJK site's "loading" and "hello, welcome" banners (a title may open with "welcome to")
	"no hay artículos similares", "informing humanitarians worldwide", // a journal portal's and an aggregator's own lines
	"asset-herausgeber", "publicador de contenidos", "publicador de conteúdo", // a content system's label over each block
	"skip to ", "direkt zum ", "zum inhalt", "aller au contenu", "passer au contenu", "ir al contenido", "saltar al contenido",
	// the same skip links in other languages ("go to the content, the navigation, the search")
	"μετάβαση στο περιεχόμενο", "μετάβαση στην πλοήγηση", "μετάβαση στην αναζήτηση", "πήδηση στο περιεχόμενο", "πήδηση στην αναζήτηση",
	"przejdź do treści", "przejdź do menu", "içeriğe geç", "langsung ke konten", "naar de inhoud", "hoppa till innehåll", "vai al contenuto",
	"salta al contenuto", "ir para o conteúdo", "ir para o conteudo", "přejít k obsahu", "přejít na obsah", "přeskočit na obsah",
	"ugrás a tartalomhoz", "ugrás a fő tartalomra", "siirry sisältöön",
	"spring til indhold", "gå til innhold", "gå till innehåll", "本文へスキップ", "跳到主要内容", "跳至内容", "跳到內容", "본문 바로가기",
	"перейти к", "advertisement", "sponsored content", "share on ", "share this", "follow us", "we use cookies", "this website uses cookies",
	"this site uses cookies", "by continuing to", "by using this", "accept cookies", "copyright", "©",
	"all rights reserved", "you are on page", "download as ", "download to read", "sign up for", "subscribe to",
	"click here", "photo:", "photo credit", "image:", "image credit", "caption:", "(photo", "photograph:",
	"tags:", "topics:", "categories:", "filed under", "posted in ", "print this", "listen to this",
	"next article", "previous article", "we may earn", "embed size", "total page", "file type:",
	"upload:", "post on ", "date post:", "keine ergebnisse", "wird geladen", "you might also", "read next", "read also",
	"related:", "see more", "join our mailing", "get our newsletter", "privacy policy", "terms of use",
	"terms and conditions", "cookie policy", "powered by", "proudly powered", "fièrement propulsé",
	"showing posts", "search results", "number of results", "page 1 of", "« previous", "next »",
	"load more", "download pdf", "download the ", "download full", "uploaded by", "uploaded on", "report this document", "report document", "save for later",
	"flag for inappropriate", "page content transcription", "if your browser does not render",
	"cover design", "cover photo", "cover image", "cover illustration", "cover art", "photo by ", "photo courtesy",
	"design and layout", "layout by", "fill in your details", "this article was downloaded by", "rrp ",
	"downloaded from ", "this content downloaded from", "you are commenting using",
	"the page you are looking for", "the page you requested", "notify me of", "connecting to %s", "this site uses akismet", "total views", "number of embeds", "no embeds", "no downloads", "be the first to", "is this content inappropriate", "did you find this document", "read the publication", "top-rated free", "you are here",
	// sharing and research-network sites' furniture
	"content uploaded by", "prévia do material", "your slideshare is downloading",
	"your assessment is very important", "document related concepts", "検索結果がありません",
	"downloaden sie, um offline", "meine merkliste", "seguinos en", "síguenos en", "suivez-nous",
	// a sharing site's "download to read offline" and a document site's
	// page picker, in other languages too
	"descargar para leer sin", "baixar para ler offline", "baixe para ler offline", "télécharger pour lire hors",
	"scarica per leggere offline", "unduh untuk membaca", "start display at page",
	// "you may also like", "popular", a preview's limit, a form's fields, in other languages
	"có thể bạn quan tâm", "bạn có thể quan tâm", "tài liệu hạn chế xem trước", "vous aimerez aussi", "vous aimerez peut-être",
	"te puede interesar", "también te puede interesar", "você também pode gostar", "veja também", "das könnte sie auch",
	"potrebbe interessarti", "популярное день", "читайте также", "смотрите также", "关注我们", "相关文章", "相关阅读",
	"関連記事", "おすすめ記事", "registration i will attend", "i will attend:", "thông tin tài liệu", "download embed",
}

// figureCaptionRe matches a figure's or a table's caption: "Figure 1.
// GDP per capita …", "Tabla 2:".
var figureCaptionRe = regexp.MustCompile(`^(figure|fig\.|table|chart|graph|map|box|exhibit|gráfico|grafico|cuadro|tabla|figura|abbildung|tabelle|tableau|graphique)\s*\d{1,3}(\.\d+)?\s*[.:–-]`)

// creditRe matches a picture's credit ending a line: "Jane Roe / Unsplash".
var creditRe = regexp.MustCompile(`\s/\s*(unsplash|shutterstock|istock|getty|pixabay|flickr|wikimedia commons|picture alliance|dpa|epa|ap photo|imago)\.?$`)

// sectionLabels are headings inside an article, never its title.
var sectionLabels = setOf(
	"abstract", "introduction", "executive summary", "summary", "synopsis", "commentary", "conclusion",
	"conclusions", "highlight", "highlights", "contents", "table of contents", "keywords", "key points",
	"key findings", "key takeaways", "recommendations", "references", "notes", "footnotes", "endnotes",
	"about the author", "about the authors", "authors", "author", "written by", "overview", "background",
	"analysis", "article", "report", "full text", "related publications", "more publications",
	"recent publications", "latest publications", "publications", "events", "news", "media", "topics",
	"regions", "programmes", "experts", "programmes & centres", "progammes & centres", "programs & centers", "programmes and centres", "research & programmes", "share this article", "bibliography", "acknowledgements",
	"disclaimer", "discussion", "methodology", "findings", "policy recommendations", "the bottom line",
	"bottom line up front", "in brief", "at a glance", "download", "downloads", "attachments", "resources",
	"recently added resources", "latest articles", "recent posts", "archives", "about", "tags", "categories",
	"key messages", "key figures", "key issues", "main findings", "report summary", "summary of the report",
	"executive brief", "policy summary", "preface", "foreword", "editor's note", "editor’s note",
	"コメンタリー", "論考", "コラム", "评论", "評論", "논평", "칼럼",
)

// linkArrows end a link's label.
var linkArrows = []string{" >", " >>", " ›", " »", " →"}

var socialWords = setOf("facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "instagram",
	"youtube", "email", "print", "reddit", "share", "flipboard", "pinterest", "rss", "copy", "link", "|", "/",
	"flickr", "google+", "vimeo", "tiktok", "mastodon", "bluesky", "xing", "vk", "weibo", "wechat", "soundcloud")

// pagerWords are the labels of a CJK page's pager, list and site links
// ("see all", "previous article", "more", "home", "site map"), set as words.
var pagerWords = setOf("全てを見る", "一覧を見る", "もっと見る", "前の記事", "次の記事", "上一篇", "下一篇", "查看全部",
	"更多", "返回列表", "上一页", "下一页", "이전글", "다음글", "목록", "더보기", "전체보기",
	"首页", "网站首页", "網站首頁", "网站地图", "網站地圖", "返回首页", "设为首页", "加入收藏", "联系我们", "聯絡我們", "聯系我們", "關於我們", "关于我们",
	"サイトマップ", "お問い合わせ", "사이트맵", "홈")

// IsFurniture reports whether a line of a page is furniture (a menu label,
// a share bar, a banner, a counter): never a publication's title.
func IsFurniture(line string) bool {
	return isChrome(strings.ToLower(line), len(strings.Fields(line)))
}

// journalHead reports whether a short line is a journal's running head
// with its ISSNs ("Harbour Studies p-ISSN: 1234-5678 e-ISSN: …") or with
// an article's volume, year and pages ("Harbour Studies 12 (2015) 41–58",
// "Вестник Гавани. 2019. 2(31). С. 77-95").
func journalHead(l line) bool {
	if l.words > 14 {
		return false
	}
	return l.words <= 12 && strings.Contains(l.low, "issn") && issnRe.MatchString(l.low) ||
		strings.ContainsAny(l.text, "-–") && yearRe.MatchString(l.text) && citedPagesRe.MatchString(l.text) && citedVolumeRe.MatchString(l.text)
}

// citedPagesRe matches a citation's page range ending its line (or
// before a DOI's label): after "pp.", "С." or "S." standing apart, after a
// closing bracket, or after a year and a comma. A range with words after
// it ("2019, 3–5 April") is a day's or a year's span.
var citedPagesRe = regexp.MustCompile(`(?i)(?:(?:^|[\s,])(?:pp?|с|s|стр)\.\s*|\)[.,]?\s+|\b(?:19|20)\d\d,\s+)\d{1,5}\s?[-–]\s?\d{1,5}(?:\s*[.,]?\s*$|\s+\S{0,4}\s*10\.\d{4})`)

// citedVolumeRe matches a citation's volume or issue: "vol. 3", "no. 2",
// "2(31)", "12 (2015)".
var citedVolumeRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:vol|volume|no|nr|issue|том|вып)\.?\s*\d|\b\d{1,4}\s?\(\d{1,4}\)|\((?:19|20)\d\d\)`)

// issnRe matches an ISSN with its number ("p-ISSN: 2163-2618").
var issnRe = regexp.MustCompile(`issn[:\s]*\d{4}-\d{3}[\dx]`)

// postalRe matches an address's street and number, then its postcode and
// town ("Schlossplatz 1, A-2361 Laxenburg", "Alt-Moabit 91, 10559
// Berlin"), or an American one's street and state with its ZIP ("1200
// 17th Street NW Washington, DC 20036"); ", 2019 Edition" is no address.
var postalRe = regexp.MustCompile(`(\p{L}+) \d{1,4}[a-z]?, (?:[A-Z]{1,2}-)?\d{4,5} \p{Lu}\p{Ll}+(?:,|$)|(?i:\b(?:street|avenue|ave|road|boulevard|blvd|suite)\b).*\b[A-Z]{2},? \d{5}(?:-\d{4})?\b`)

// isAddress reports whether t is an address line (postalRe), testing the
// pattern only where a postcode's four figures or more stand.
func isAddress(t string) bool {
	if !strings.Contains(t, ", ") && !hasAny(strings.ToLower(t), []string{"street", "avenue", "ave", "road", "boulevard", "blvd", "suite"}) {
		return false // neither of postalRe's forms can match: the European needs ", ", the American its street word
	}
	run := 0
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			if run++; run == 4 {
				m := postalRe.FindStringSubmatch(t)
				return m != nil && !numberedWords[strings.ToLower(m[1])] // "No 4, 2020 Update" names no street
			}
		} else {
			run = 0
		}
	}
	return false
}

// sourceLineRe matches a figure's or a table's source: its label, then
// parts between two commas or more, ending on a year or a span of years
// ("Source: Harbour Office, Ferry Traffic, Kestrel, 2014-15"); a news
// item's credit ending on a day ("Fonte: Jornal das Ilhas, Porto Novo,
// 14/03/2019") is not one.
var sourceLineRe = regexp.MustCompile(`^(?:source|sources|fuente|fuentes|fonte|quelle|источник)\s?:[^,]*,[^,]*,.*[ ,](?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?\.?$`)

// domainLineRe matches a site's domain alone on its line; its endings are
// a closed list (siteDomainRe takes any), so a file's name ("notes.pdf")
// stays a line that may name the document.
var domainLineRe = regexp.MustCompile(`^(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,30})?\.(?:com|org|net|info|pub|edu|gov|int|io|eu|co|ru|de|fr|id|vn|cn|jp|kr|in|br|es|it|uk|au|site|online)$`)

// datedFileNameRe matches a file's name that opens with a day and goes
// on in words joined by dashes or underscores.
var datedFileNameRe = regexp.MustCompile(`^\d{4}-\d\d-\d\d[-_]\pL[\pL\d]*(?:[-_][\pL\d]+)*(?:\.\w{2,4})?$`)

// slugLineRe matches one word in small letters joined by low lines, as an
// image under a heading is named; a sharing site's title may be a file's
// name ("0203_ForeignAffairs", "harbour_dues_paper"), so only such a line
// after a line of words is furniture.
var slugLineRe = regexp.MustCompile(`^[\pL\pN]+(?:_[\pL\pN]+)+$`)

// imageFileRe matches an image's file name.
var imageFileRe = regexp.MustCompile(`^[\pL\pN][\pL\pN _.,()-]{2,100}\.(?:jpe?g|png|gif|webp|tiff?|bmp|svg)$`)

// uuidRe matches an identifier saved as a line ("01fc4520 d6f0 41b0 …").
var uuidRe = regexp.MustCompile(`^[0-9a-f]{8}[ -][0-9a-f]{4}[ -][0-9a-f]{4}[ -][0-9a-f]{4}[ -][0-9a-f]{12}$`)

// NotTitle reports whether a line can never be a publication's title:
// furniture, a section heading, a series-and-number line ("Working Paper
// No. 7"), a list of authors, an address or a labelled date ("Accepted:
// 2 May 2020").
func NotTitle(line string) bool {
	l := mkLine(strings.Join(strings.Fields(line), " "))
	if l.chrome || isSectionLabel(l.low) || isSeriesLine(l.text) || journalHead(l) || markedNameList(l.text, true) || isAddress(l.text) || authorAffiliation(l.text) || stampedLine(l.low) || hasGluedMailLink(l.text) {
		return true
	}
	if imprintLine(l.text) || strings.Contains(l.text, "10.") && doiLine(l.text) {
		return true // an imprint, a record's DOI line
	}
	if nameRoleLine(l.text) || l.words <= 40 && creditsRe.MatchString(l.text) {
		return true // "Jane Roe, Senior Fellow", "Dr. Jane Roe …", a report's credits ("… Graphics: Per Berg")
	}
	if bulletRun(l.text) {
		return true // a menu, a publisher's cities or a list of names on one line: "Kestrel • Harbour Town • Northport • Southport"
	}
	if codeLineRe.MatchString(l.text) {
		return true // a program's trace printed by a broken page: "Harbour\Page->draw() (Line: 12)"
	}
	if shout(l.text) || numberedParts(l.text) || strings.Contains(l.text, "/") && strings.Contains(l.text, ":") && trailingCreditRe.MatchString(l.text) {
		return true // a shout, a row of dates in any script, a caption with its credit
	}
	if m := shareQuoteRe.FindStringSubmatch(l.text); m != nil && l.words <= 40 && NotTitle(m[1]) {
		return true // a sharing site's button around a field: Download "Published online: 3 Mar 2011."
	}
	k, v, ok := keyValue(l.text)
	return ok && v != "" && (l.dated && l.words <= 10 || metaValue(k, v))
}

// bulletRun reports whether t sets four parts or more apart with middle
// dots or bullets, each of three words at most, with no subtitle after a
// colon: a menu, a publisher's cities, a list of names ("Energy • Water •
// Food: Securing the Nexus" and "Chips · Cables · Satellites" are titles).
func bulletRun(t string) bool {
	for _, sep := range []string{" • ", " · "} {
		parts := strings.Split(t, sep)
		if len(parts) < 4 || strings.Contains(t, ":") {
			continue
		}
		short := true
		for _, p := range parts {
			short = short && len(strings.Fields(p)) <= 3
		}
		if short {
			return true
		}
	}
	return false
}

// codeLineRe matches a line of a program's error trace: a call with its
// line number ("Harbour\Page->draw() (Line: 12)"), or a call alone on its
// line ("harbour_call_all()"); a title may name a call, an arrow, a
// path or a line among its words ("… an undo() Button", "Paris->Glasgow").
var codeLineRe = regexp.MustCompile(`\w\(\) \(Line: \d+\)|^[\w\\:>-]+\(\)$`)

// metaValueRe matches a record field's value that no title holds: a
// counter's age in seconds, minutes, hours or days ("4d ago", "5 hours
// ago"; "25 years ago" is a title's), a count of times, views, downloads
// or pages, an ISBN or an ISSN.
var metaValueRe = regexp.MustCompile(`(?i)^(?:\d+\s?(?:[smhd]|mins?|minutes?|hours?|days?)\s+ago|[\d,.]+ (?:times|views?|downloads?|pages?)|(?:isbn|issn|e-issn|p-issn)\b.*)$`)

// numberValueRe matches a value that is a number or a year alone.
var numberValueRe = regexp.MustCompile(`^[\d\s.,/+-]+$`)

// recordNumberKeys are labels whose value is a number: "Academic year:
// 2019", "Year of Publication: 2016", "Pages: 212" ("Net Zero: 2050",
// "Issues to Watch: 2025" and "No Deal: 2019" are titles).
var recordNumberKeys = setOf("academic year", "year", "year of publication", "publication year", "year published", "published",
	"pages", "page count", "views", "downloads", "volume", "vol", "issue", "edition", "no", "nr", "number")

// metaValue reports whether the value of a "Label: value" line is a
// record's number, age or identifier, so that the line is a field, not a
// title ("Academic year: 2019", "Last View : 4d ago").
func metaValue(k, v string) bool {
	v = strings.TrimRight(v, " .")
	return metaValueRe.MatchString(v) || recordNumberKeys[k] && numberValueRe.MatchString(v)
}

// creditsRe matches a report's credits for its pictures, design or
// translation after a stop, then a name ("Design: The …" opens a title).
var creditsRe = regexp.MustCompile(`[.;|] (?:Graphics|Graphic design|Design|Layout|Photos?|Cover photo|Illustrations?|Translation|Editing|Copy-?editing|Infographics?)\s?: \p{Lu}`)

// nameRoleLine reports whether t is a person with a role: a name of two to
// four capitalised words, a comma, then a post ("Jane Roe, Distinguished
// Fellow", "JANE ROE, SENIOR FELLOW", "Jane Roe, Director of the Harbour
// Institute"); or an honorific and a given name with no title's small
// word after them ("Dr. Jane Roe Wirtschaftsforschung").
func nameRoleLine(t string) bool {
	if strings.ContainsAny(t, ":?!“\"") {
		return false
	}
	if head, role, ok := strings.Cut(t, ", "); ok {
		rs := strings.Fields(role)
		// the role's words up to "of" or "at", each a role's and the last a
		// post ("Distinguished Fellow", not "Senior Voices" or "Independent
		// at Last"); after "of" or "at", a body ("… of the Harbour
		// Institute", not "Chairman of Everything")
		roles, post, body := 0, false, true
		for k, w := range rs {
			lw := strings.ToLower(strings.Trim(w, "."))
			if lw == "of" || lw == "at" {
				body = false
				for _, b := range rs[k+1:] {
					lb := strings.ToLower(strings.Trim(b, ".,"))
					body = body || institutionWords[lb] || universityWords[lb]
				}
				break
			}
			if !personRoles[lw] {
				roles = 0
				break
			}
			roles, post = roles+1, rolePosts[lw]
		}
		if roles > 0 && post && body && len(rs) <= 8 && looksLikeName(head) && !strings.Contains(role, ",") {
			return true
		}
	}
	fs := strings.Fields(t)
	if len(fs) < 3 || len(fs) > 8 || !honorifics[strings.ToLower(strings.TrimSuffix(fs[0], "."))] || !fields.IsGivenName(fs[1]) {
		return false
	}
	for _, w := range fs[2:] {
		if smallWords[strings.ToLower(w)] || strings.ContainsAny(w, "'’") {
			return false // "Dr. Jane Roe and the Quays", "Dr. Jane Roe's Legacy": a title about her
		}
	}
	return true
}

// rolePosts are the role words that name a post, not its rank.
var rolePosts = setOf("director", "professor", "fellow", "head", "analyst", "lecturer", "editor", "chief", "president", "chair",
	"chairman", "founder", "coordinator", "specialist", "associate", "researcher", "student", "candidate", "ceo", "partner", "principal")

// honorifics open a person's name in a byline or a note: personTitles'
// courtesy titles and their German, French and Italian forms, without its
// ranks and offices ("Gen", "Rep", "He"), which open titles too.
var honorifics = setOf("dr", "prof", "professor", "mr", "mrs", "ms", "herr", "frau", "mme", "dott", "dott.ssa")

// imprintLine reports whether a line is an imprint's fields run together
// ("Editor: … Coordinado por: … ISSN: …"): three labels or more, one of
// them an imprint's.
func imprintLine(t string) bool {
	if strings.Count(t, ":") < 3 || len(creditLabelRe.FindAllStringIndex(t, 3)) < 3 {
		return false
	}
	return hasAny(strings.ToLower(t), imprintWords)
}

// imprintWords name an imprint's fields in several languages.
var imprintWords = []string{"editor", "issn", "isbn", "publisher", "depósito legal", "herausgeber", "éditeur", "editorial", "impreso", "printed by", "редактор"}

// creditLabelRe matches a field's label inside an imprint line.
var creditLabelRe = regexp.MustCompile(`(?:^|\s)\p{Lu}\pL{1,15}(?: \pL{1,12})?\s?:\s`)

// numberedParts reports whether a line is three or more short parts
// between commas, each holding a figure of some script: a date header
// giving the day in several calendars, not a title.
func numberedParts(t string) bool {
	parts := strings.Split(t, ",")
	if len(parts) < 3 || strings.Contains(t, ":") {
		return false
	}
	dated := 0 // parts with a day and a year: "২৮ ফাল্গুন ১৪২৭"
	for k, p := range parts {
		if k == 0 && len(strings.Fields(p)) == 1 && !strings.ContainsFunc(p, unicode.IsDigit) {
			continue // a weekday first
		}
		if len(strings.Fields(p)) > 4 || !strings.ContainsFunc(p, unicode.IsDigit) {
			return false
		}
		if digitRuns(p) >= 2 {
			dated++
		}
	}
	return dated >= 2 // "Isles 2030, Ports 2040, Fares 2050" is a title
}

// digitRuns counts the runs of figures in s, in any script.
func digitRuns(s string) int {
	n, in := 0, false
	for _, c := range s {
		d := unicode.IsDigit(c)
		if d && !in {
			n++
		}
		in = d
	}
	return n
}

// trailingCreditRe matches a caption's credit at its line's end, the
// photo word glued to the caption: "…KestrelPicha: Harbour Press /Jane Roe".
var trailingCreditRe = regexp.MustCompile(`(?:[Pp]hoto|PHOTO|[Ff]oto|FOTO|[Pp]icha|[Bb]ild|[Ii]magen?|[Cc]r[ée]dit)s?:\s?[\pL .'’-]{1,30}/\s?\p{Lu}[\pL .'’-]{1,30}$`)

// isChrome reports whether a line is page furniture: a menu label, a
// cookie banner, a share bar, a counter, a caption or a footer line.
func isChrome(low string, words int) bool {
	low = strings.TrimSpace(low)
	if words > 80 {
		// a page saved as one long line (a PDF's text run together) is
		// not told by its first words: "Copyright © … Dispatch No. 12 …
		// Summary …" holds the whole publication; a long cookie banner or
		// rights notice is still furniture
		return words <= 150 && (strings.Contains(low, "cookie") && hasAny(low, consentWords) ||
			hasPrefixAny(low, []string{"©", "copyright", "(c) "}) && hasAny(low, rightsReserved))
	}
	if chromeExact[low] || foreignReadMore[low] {
		return true
	}
	for _, p := range chromePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	if goesTo(low) || cjkCrumb(low) || uuidRe.MatchString(low) || words <= 6 && skipLink(strings.Fields(low)) {
		return true
	}
	if strings.HasPrefix(low, "{{") && strings.HasSuffix(low, "}}") {
		return true // a page template's placeholder saved unfilled: "{{ subpage.title }}"
	}
	if sourceLineRe.MatchString(low) {
		return true // a figure's or a table's source, with its publisher and year
	}
	if words <= 6 && imageFileRe.MatchString(low) {
		return true // an image's file name saved as a line: "img_9867-lpr (1).jpg"
	}
	if words == 1 && domainLineRe.MatchString(low) {
		return true // a site's logo saved as its domain: "kestrel-docs.pub"
	}
	if datedFileNameRe.MatchString(low) {
		return true // a file's name with the day it was saved: "2019-04-02-ferry-review"
	}
	if strings.Contains(low, "cookie") && (strings.Contains(low, "we use") || strings.Contains(low, "accept") || strings.Contains(low, "consent") ||
		words <= 10 && cookieNoticeRe.MatchString(low)) {
		return true // a cookie banner, in English or another language
	}
	if words <= 10 && (crumbPath(low) || words <= 5 && stockCreditRe.MatchString(low) && creditMarked(low) || socialFollowRe.MatchString(low) || streetLineRe.MatchString(low)) {
		return true // a breadcrumb trail, a stock photo's credit, a social link, an address
	}
	if strings.Contains(low, "all rights reserved") || strings.HasPrefix(low, "(c) ") || strings.Contains(low, "found this document") {
		return true
	}
	if strings.Count(low, " | ") >= 2 && words <= 10 {
		return true // a menu printed on one line
	}
	if words > 10 && len(strings.Fields(low)) <= 10 && crumbPath(low) {
		return true // a CJK breadcrumb trail, whose characters count as words: "首页 > 言论 > 研究成果 >"
	}
	if words <= 8 && hasSuffixAny(low, linkArrows) && !strings.ContainsAny(low, "«‹<") {
		// a link's label ("All publications >"); a closing guillemet after a
		// space ends a French quotation, not a link
		return true
	}
	fs := strings.Fields(low)
	if len(fs) > 0 && len(fs) <= 8 {
		social, pager := 0, 0
		for _, f := range fs {
			f = strings.Trim(f, ",.·•")
			if socialWords[f] {
				social++
			} else if pagerWords[f] {
				pager++
			}
		}
		if social == len(fs) || pager > 0 && social+pager == len(fs) {
			return true
		}
	}
	// Counters: "29 views", "3 download", "383 Flips | 1 Magazine".
	if words <= 8 && len(fs) >= 2 && isNumber(fs[0]) {
		switch strings.Trim(fs[1], ",.|") {
		case "views", "view", "downloads", "download", "flips", "followers", "citations", "citation",
			"comments", "comment", "shares", "likes", "reads", "pages", "words", "min", "minute", "minutes":
			return true
		}
	}
	if words <= 4 && (strings.Contains(low, "english") || strings.Contains(low, "français") || strings.Contains(low, "中文")) {
		return true
	}
	if strings.Contains(low, "getty images") || strings.HasSuffix(low, "/ reuters") || strings.HasSuffix(low, "/ afp") ||
		words <= 8 && (strings.HasSuffix(low, ", reuters") || strings.HasSuffix(low, ", afp") || strings.HasSuffix(low, ", dpa")) ||
		words <= 10 && creditRe.MatchString(low) || figureCaptionRe.MatchString(low) {
		return true // a picture's credit, a figure's caption
	}
	if strings.Contains(low, "scientific electronic library online") || strings.HasPrefix(low, "home pagelista alfabética") || strings.Contains(low, "meine merkliste") {
		return true // a catalogue's banner, its menu run together
	}
	if len(low) <= 20 && pageCounterRe.MatchString(low) || words <= 8 && strings.HasSuffix(low, " logo") ||
		isViewerAt(low) {
		return true // a viewer's page counter, an image's alt text
	}
	if words <= 4 && (readTime(low) || strings.HasSuffix(low, " min read") || strings.HasSuffix(low, " minute read")) {
		return true
	}
	if parts := strings.Split(low, " | "); len(parts) == 2 && strings.TrimSpace(parts[0]) == strings.TrimSpace(parts[1]) {
		return true // a label printed twice ("Analysis | Analysis")
	}
	if words >= 2 && words%2 == 0 && words <= 16 {
		if h := len(low) / 2; low[h] == ' ' && low[:h] == low[h+1:] && isChrome(low[:h], words/2) {
			return true // a stamp printed twice on one line, as a PDF's text gives it ("Public Disclosure Authorized Public Disclosure Authorized")
		}
	}
	if strings.HasPrefix(low, "orcid icon") && strings.Trim(strings.NewReplacer("orcid icon", "", ",", "", "&", "", "and", "").Replace(low), " ") == "" {
		return true // each author's ORCID icon, saved as its alternative text: "ORCID Icon, ORCID Icon & ORCID Icon"
	}
	if strings.Contains(low, "(view fulltext now)") || strings.Contains(low, "(xem toàn văn)") || strings.HasSuffix(low, "....") && words <= 4 {
		return true // a mirror's loading notice, in any language
	}
	if words <= 8 && (noCommentsRe.MatchString(low) || strings.HasSuffix(low, "comments") && isNumber(strings.Trim(fs0(low), "(")) ||
		strings.Contains(low, "no images? click here") || strings.Contains(low, "view this email in your browser")) {
		return true // a post's comment counter, an email's header
	}
	if words <= 10 && hasAny(low, uiPhrases) {
		return true // a site's interface: theme switches, translation, saving and filtering
	}
	if strings.HasPrefix(low, "this ") && ageNoticeRe.MatchString(low) || words <= 8 && strings.Contains(low, "(") && pdfSizeRe.MatchString(low) {
		return true // "This article is more than 6 years old", "(.pdf) (28 trang)"
	}
	if strings.HasPrefix(low, "we may earn a commission") || strings.HasPrefix(low, "this post may contain affiliate links") {
		return true // an affiliate notice
	}
	if strings.Contains(low, " - - ") {
		return true // a site's header with an empty part
	}
	if strings.Contains(low, "wikipedia , lookup") || strings.Contains(low, "无码") && hasAny(low, []string{"人妻", "精品", "午夜"}) {
		return true // a mirror's keyword links, a spam site's banner
	}
	if words >= 3 && words <= 8 && weekdayRow(fs) {
		return true // a calendar widget's header
	}
	return interfaceOnly(low) // not bounded by words: a CJK line counts its characters as words; interfaceOnly bounds the bytes
}

// gluedJoins counts the places where a word of three small letters or more
// runs into a capital ("SecurityOur"), which "McDonald" and "iPhone" do not.
func gluedJoins(t string) int {
	return len(gluedPieces(t)) - 1
}

// gluedPieces cuts t where a run of three small letters or more runs into
// a capital.
func gluedPieces(t string) []string {
	var out []string
	start, lower := 0, 0
	for i, r := range t {
		switch {
		case unicode.IsUpper(r) && lower >= 3:
			out = append(out, t[start:i])
			start, lower = i, 0
		case unicode.IsLower(r):
			lower++
		default:
			lower = 0
		}
	}
	return append(out, t[start:])
}

// markGluedMenus marks as furniture the lines that are menu labels run
// together by a page saved as text ("Our PartnersVisiting Fellows"): two
// of their pieces or more are lines of their own on the page.
func markGluedMenus(ls []line) {
	own := map[string]bool{}
	for _, l := range ls {
		if l.words <= 8 {
			own[l.low] = true
		}
	}
	for i := range ls {
		ps := gluedPieces(ls[i].text)
		if len(ps) < 2 {
			continue
		}
		hits := 0
		for _, p := range ps {
			if own[strings.ToLower(strings.TrimSpace(p))] {
				hits++
			}
		}
		if hits >= 2 {
			ls[i].chrome, ls[i].prose = true, false
		}
	}
}

// weekdayRow reports whether words are the short names of weekdays, as a
// calendar prints them over its days.
func weekdayRow(fs []string) bool {
	for _, f := range fs {
		switch f {
		case "sun", "mon", "tue", "wed", "thu", "fri", "sat", "su", "mo", "tu", "we", "th", "fr", "sa",
			"s", "m", "t", "w", "f":
		default:
			return false
		}
	}
	return true
}

// ageNoticeRe matches a page's notice of its own age.
var ageNoticeRe = regexp.MustCompile(`^this (?:article|page|post|content|story) is (?:more than|over) \d+ (?:years?|months?) old`)

// pdfSizeRe matches a download link's file type and page count.
var pdfSizeRe = regexp.MustCompile(`\(\.?pdf\)|\(\d+ (?:pages?|trang|seiten|páginas)\s*\)`)

// uiPhrases are words of a site's interface, never of a title.
var uiPhrases = []string{"dark mode", "light mode", "official websites use", "an official website of", "my bibliography",
	"save this paper", "save this article", "select a language", "google translat", "filter this", "filter by",
	"email login", "sign in with", "log in with", "also available in", "email article", "print article", "lire un extrait", "read an excerpt", "read a sample", "(login required)", "login required"}

// runningHeadRe matches a page number and a journal's name in small
// letters, a printed page's running head ("212 harbour review").
var runningHeadRe = regexp.MustCompile(`^\d{1,4} \p{Ll}[\p{Ll} ]{2,40}$`)

// viewerAtRe matches a viewer's "You are on page 1of 11" in the
// languages of a mirror's interface.
var viewerAtRe = regexp.MustCompile(`(page|seite|página|pagina|halaman|страниц\pL*|sayfa|stronie|sidan|bladzijde):?\s*\d{1,5}\s*(of|sur|von|de|di|din|dari|из|z|av|van|af|/)\s*\d{1,5}$`)

// isViewerAt reports whether a line is a document viewer's "You are on
// page 1 of 33", in any of the languages sharing sites print it in.
func isViewerAt(low string) bool {
	return utf8.RuneCountInString(low) <= 48 && viewerAtRe.MatchString(low)
}

// pageCounterRe matches a document viewer's page counter: "1 of 243", "Page 3".
var pageCounterRe = regexp.MustCompile(`^(page\s*)?\d{1,5}\s*(of|/)\s*\d{1,5}$|^page\s*\d{1,5}$`)

func isNumber(s string) bool {
	s = strings.Trim(s, ",.k")
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// isTeaser reports whether a line ends like an item of a listing: a cut
// summary or a "read more" link.
func isTeaser(low string) bool {
	for _, s := range []string{"[…]", "[...]", "… more", "... more", "...more", "read more", "read more »",
		"more »", "... more", "continue reading", "more info"} {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	if len(low) > 2 && strings.ContainsAny(low[:1], "\"“") || strings.HasPrefix(low, "“") {
		if strings.HasSuffix(low, "\"") || strings.HasSuffix(low, "”") || strings.HasSuffix(low, "...") {
			return true // a pull-quote item
		}
	}
	return strings.HasSuffix(low, "...") && !strings.HasSuffix(low, "....") ||
		strings.HasSuffix(low, "…") || strings.HasSuffix(low, "... more") || strings.HasSuffix(low, " more")
}

// isSectionLabel reports whether s is a heading inside an article.
func isSectionLabel(low string) bool {
	low = strings.TrimRight(strings.TrimSpace(low), ":")
	if sectionLabels[low] {
		return true
	}
	// "Highlights & key messages": section labels joined.
	parts := strings.FieldsFunc(strings.ReplaceAll(low, " and ", " & "), func(r rune) bool { return r == '&' })
	for _, p := range parts {
		if !sectionLabels[strings.TrimSpace(p)] {
			return false
		}
	}
	return len(parts) >= 2
}

// hasLetters reports whether s has at least n letters.
func hasLetters(s string, n int) bool {
	c := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			c++
			if c >= n {
				return true
			}
		}
	}
	return false
}

// noCommentsRe matches a post's comment counter alone or glued to its date
// ("March 6, 2023No Comments"), not a sentence about comments.
var noCommentsRe = regexp.MustCompile(`^(?:.*\d)?\s*no comments$`)

// fs0 is the first word of s, or "".
func fs0(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// goesTo reports whether a line is a link back into the site ("Back to
// top", "Back to Research", "Return to the list of publications"): a
// short one without a colon or a question mark, or one going to a part of
// the site. A title may open with the same words ("Back to the Future? …",
// "Back to the Table: …", "Back to the News Cycle").
func goesTo(low string) bool {
	for _, p := range []string{"back to ", "return to ", "go to ", "jump to "} {
		rest, ok := strings.CutPrefix(low, p)
		if !ok {
			continue
		}
		fs := strings.Fields(rest)
		if len(fs) == 0 || strings.ContainsAny(rest, ":?") {
			return false
		}
		if len(fs) <= 2 {
			return true
		}
		for len(fs) > 1 && (fs[0] == "the" || fs[0] == "all" || fs[0] == "our") {
			fs = fs[1:]
		}
		return len(fs) <= 3 && siteNouns[strings.Trim(fs[0], ".,;!›»>")]
	}
	return false
}

// skipLink reports whether a short line is a screen reader's skip link in
// any of its wordings: a verb of jumping first, or last as German sets it,
// and the part of the page it skips to ("Jump directly to page content",
// "Zum Hauptinhalt springen", "Przejdź do treści").
func skipLink(fs []string) bool {
	if len(fs) < 2 || !skipVerbs[fs[0]] && !skipVerbs[fs[len(fs)-1]] || strings.Contains(strings.Join(fs, " "), ":") {
		return false
	}
	to, target := false, false
	for _, f := range fs {
		to = to || skipTos[f]
		target = target || skipTargets[strings.Trim(f, ".,;:!›»>")]
	}
	return to && target // "Skip the Content Tax" is a title
}

var (
	skipTos     = setOf("to", "zum", "zu", "au", "al", "ao", "do", "к", "naar", "a", "alla")
	skipVerbs   = setOf("skip", "jump", "springen", "aller", "passer", "ir", "saltar", "salta", "vai", "przejdź", "перейти", "ga", "gehe")
	skipTargets = setOf("content", "inhalt", "hauptinhalt", "seiteninhalt", "contenu", "contenido", "conteúdo", "contenuto", "treści", "содержанию",
		"inhoud", "navigation", "navigazione", "navegación", "navegação")
)

// siteNouns name the parts of a site a longer link goes back to.
var siteNouns = setOf("top", "home", "homepage", "main", "content", "contents", "list", "search", "results", "menu",
	"overview", "index", "navigation", "listing", "catalogue", "catalog", "archive")

// cjkCrumb reports whether a line is a CJK breadcrumb: "当前位置：首页 >
// …", "현재 위치 > …". A title may open with the same words ("您的位置数据
// 安全吗"), so a colon or an arrow must follow them.
func cjkCrumb(low string) bool {
	for _, p := range []string{"当前位置", "當前位置", "您的位置", "您现在的位置", "現在位置", "현재 위치"} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			rest = strings.TrimSpace(rest)
			return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "»")
		}
	}
	return false
}

// authorAffiliation reports whether a line is an author's name and
// affiliation ("Jane Roe† School of Harbour Studies, …", "Li Wei, School of
// …") or, in Chinese, Japanese or Korean, an affiliation ending with the
// author's post ("…大学法学部 教授").
func authorAffiliation(t string) bool {
	fs := strings.Fields(t)
	for w := 2; w <= 3 && w < len(fs); w++ {
		if !hasAffiliationHead(fs, w) || !looksLikeName(strings.Trim(strings.Join(fs[:w], " "), authorMarks)) {
			continue
		}
		k := w
		for k < len(fs) && strings.Trim(fs[k], authorMarks) == "" {
			k++
		}
		// a mark or a comma sets the name apart: "Kestrel Point Institute
		// Marks …" is an institution's news, not a person and theirs
		marked := strings.ContainsAny(strings.Join(fs[w-1:k], " "), authorMarks)
		if marked && k < len(fs) && affiliationHeads[strings.ToLower(strings.Trim(fs[k], authorMarks))] {
			return true
		}
		if k < len(fs) && strings.HasPrefix(fs[k], "(") && strings.HasSuffix(t, ")") && bracketAffiliation(t[strings.Index(t, "("):]) &&
			hasAffiliationHead(fs, k) && !kindWordsIn(fs[:w]) {
			return true // "Anna Berg (University of the Isles, Kestrel)"
		}
	}
	if utf8.RuneCountInString(t) <= 40 && cjkRunes(t) >= 4 {
		t = strings.TrimSpace(t)
		for _, post := range cjkPosts {
			// the post apart after an institution: "…大学法学部 教授", not "…若手研究員"
			if head, ok := strings.CutSuffix(t, " "+post); ok && hasAny(head, cjkInstitutions) {
				return true
			}
		}
	}
	return false
}

// bracketAffiliation reports whether a bracket holds an affiliation and its
// place ("(Harbour College, Southport)"): a comma, no figure (a report's
// "(Institute of Harbour Studies, 2019)" names its year).
func bracketAffiliation(b string) bool {
	return strings.Contains(b, ",") && !strings.ContainsAny(b, "0123456789")
}

// kindWordsIn reports whether one of fs names a kind of document ("Annual
// Report"): no person's name.
func kindWordsIn(fs []string) bool {
	for _, f := range fs {
		if kindWords[strings.ToLower(strings.Trim(f, ".,"))] {
			return true
		}
	}
	return false
}

// cjkInstitutions end the name of a CJK author's institution or unit.
var cjkInstitutions = []string{"大学", "大學", "学部", "研究所", "研究院", "研究科", "学院", "學院", "センター", "中心", "研究会"}

// hasAffiliationHead reports whether one of the words after the first w,
// marks apart, opens an affiliation: the cheap test before the names.
func hasAffiliationHead(fs []string, w int) bool {
	for _, f := range fs[w:min(len(fs), w+3)] {
		if affiliationHeads[strings.ToLower(strings.Trim(f, "()"+authorMarks))] {
			return true
		}
	}
	return false
}

// cjkPosts are the academic posts a Chinese, Japanese or Korean author's
// affiliation ends with.
var cjkPosts = []string{"教授", "准教授", "助教", "講師", "研究員", "研究员", "主任研究員", "客員研究員", "副研究员", "研究委員", "シニアフェロー", "フェロー", "所長", "理事長", "교수", "연구위원", "연구원", "박사"}

// shout reports whether a line shouts rather than titles: "!!", or four
// exclamation marks ("Go! Go! Go! The Race …" is a title).
func shout(t string) bool {
	return strings.Contains(t, "!!") || strings.Count(t, "!") >= 4
}

// cookieNoticeRe matches a cookie banner in several languages: the site
// as the subject ("This website uses cookies", "Diese Webseite verwendet
// Cookies", "Ce site utilise des cookies", "Wir verwenden Cookies"), or a
// cookie setting's link alone on its line.
var cookieNoticeRe = regexp.MustCompile(`^(?:(?:this|our|diese|unsere|ce|notre|este|nuestro|questo|il nostro|deze|onze|ten)\s+)?(?:web)?(?:site|seite|webseite|sitio(?: web)?|sito(?: web)?|website|strona|portal)\s+(?:uses|verwendet|nutzt|benutzt|utilise|utiliza|usa|utilizza|gebruikt|używa|использует)\b.{0,20}\bcookie|^(?:wir verwenden|nous utilisons|utilizamos|utilizziamo|we gebruiken)\b.{0,20}\bcookie|^cookie[- ]?(?:policy|settings|einstellungen|richtlinie|hinweis|paramètres|preferences)$`)

// stockCreditRe matches a stock photo agency's name.
var stockCreditRe = regexp.MustCompile(`\b(?:adobe ?stock|getty ?images|shutterstock|istock(?:photo)?|alamy|unsplash|depositphotos)\b`)

// creditMarked reports whether a line with an agency's name reads as an
// image's credit: the agency after or before a slash, or after a photo's
// label ("Adobe Stock / Kestrel", "Foto: Getty Images"), not a title that
// names it ("Shutterstock Licences Explained").
func creditMarked(low string) bool {
	return strings.Contains(low, " / ") || strings.Contains(low, "©") ||
		hasPrefixAny(low, []string{"photo:", "foto:", "bild:", "image:", "credit:", "quelle:", "source:", "fuente:"})
}

// socialFollowRe matches a link to the site's page on a social network:
// "Follow us on LinkedIn", "Find us on Facebook".
var socialFollowRe = regexp.MustCompile(`^(?:(?:follow|find|join|like) us on|folgen sie uns auf|suivez-nous sur|retrouvez-nous sur|síguenos en|siga-nos no|seguici su) (?:facebook|twitter|x|linkedin|youtube|instagram|telegram|vk|weibo|wechat|threads|bluesky|mastodon)$`)

// streetLineRe matches a street address with its floor, suite or quarter
// after a comma:
// "1015 Harbour Street, N.W., 6th Floor", "12 Quay Road, Suite 400".
var streetLineRe = regexp.MustCompile(`^\d{1,5}[a-z]? (?:[\pL\d.'-]+ ){1,4}(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|drive|place|square),\s+[^:]*\b(?:floor|suite|n\.w\.|s\.w\.|n\.e\.|s\.e\.)[^:]*$`)

// crumbPath reports whether a line is a breadcrumb trail: short parts
// between spaced arrows, three or more of them or ending on the arrow
// ("Research > Isles > Ferries", "Start > Themen >"), or between slashes,
// four or more, or three from a home page named in another language
// ("Accueil / Actualités / Analyses"). "Home / Work / Life" is a title.
func crumbPath(low string) bool {
	t := strings.TrimSpace(low)
	var sep string
	for _, s := range []string{" > ", " » ", " › ", " / ", " >> "} {
		if strings.Contains(t+" ", s) {
			if sep != "" {
				return false // marks of two kinds: a title with a slash
			}
			sep = s
		}
	}
	if sep == "" {
		return false
	}
	mark := strings.TrimSpace(sep)
	open := strings.HasSuffix(t, mark) // the trail ends on its arrow
	parts := strings.Split(strings.TrimSuffix(t, mark), sep)
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 4 || !hasLetters(p, 2) {
			return false // a part without words: "2019 / 2020 / 2021" are years
		}
	}
	if sep != " / " {
		return len(parts) >= 3 || open && len(parts) >= 2
	}
	first := strings.TrimSpace(parts[0])
	return len(parts) >= 4 || len(parts) == 3 && homeWords[first] && first != "home" && first != "start" && first != "homepage" && first != "home page"
}

// homeWords are a home page's name in a breadcrumb, in several languages.
var homeWords = setOf("home", "homepage", "start", "startseite", "accueil", "inicio", "início", "página inicial", "home page",
	"strona główna", "главная", "首页", "首頁", "홈", "ホーム", "trang chủ", "beranda", "anasayfa", "ana sayfa", "hjem", "etusivu", "startsida")

// interfacePhrases are a site's controls that take several words, in
// many languages ("site map", "no results found"): a line of them and of
// controlWords alone is the site's interface.
var interfacePhrases = longestFirst([]string{
	"site map", "back to", "go back", "no results found", "nothing found", "close window", "font size", "text size",
	"plan du site", "aucun résultat", "mentions légales", "taille du texte", "mapa del sitio", "no se encontraron resultados",
	"sin resultados", "aviso legal", "tamaño de letra", "tamaño de fuente", "mapa do site", "nenhum resultado", "tamanho da fonte",
	"mappa del sito", "nessun risultato", "note legali", "keine ergebnisse", "nach oben", "geen resultaten", "ingen resultater fundet",
	"inga resultat", "ingen treff", "mapa strony", "brak wyników", "site haritası", "sonuç bulunamadı", "ana sayfa", "карта сайта",
	"ничего не найдено", "версия для печати", "размер шрифта", "peta situs", "tidak ada hasil", "kebijakan privasi",
	"syarat dan ketentuan", "trang chủ", "đăng nhập", "cỡ chữ", "in bài viết", "خريطة الموقع", "اتصل بنا",
	// a search box's empty answer, whole: "nenhum resultado" alone leaves its verb over
	"nenhum resultado encontrado", "ningún resultado encontrado", "aucun résultat trouvé", "keine ergebnisse gefunden",
	"nessun risultato trovato", "geen resultaten gevonden", "hasil tidak ditemukan", "no hay resultados", "nada encontrado",
	"nichts gefunden", "no results",
})

// longestFirst sorts phrases longest first, so that a phrase is taken out
// of a line before a shorter one inside it.
func longestFirst(phrases []string) []string {
	slices.SortStableFunc(phrases, func(a, b string) int { return len(b) - len(a) })
	return phrases
}

// controlWords are a site's controls and links in one word, in many
// languages (print, close, share, log in, privacy, site map, font size),
// leaving out words that are also a content's (research, help, language,
// search): a line of two of them or more, between separators, is the
// site's interface, never a title.
var controlWords = setOf(
	"print", "close", "home", "menu", "login", "logout", "share", "email", "e-mail", "contact", "privacy", "terms", "cookies",
	"sitemap", "navigation", "subscribe", "rss", "imprint",
	"drucken", "schließen", "zurück", "startseite", "menü", "anmelden", "abmelden", "teilen", "kontakt", "datenschutz",
	"datenschutzerklärung", "impressum", "barrierefreiheit", "abonnieren",
	"imprimer", "fermer", "retour", "accueil", "connexion", "partager", "contactez-nous", "confidentialité",
	"imprimir", "cerrar", "inicio", "menú", "compartir", "contacto", "contáctenos", "privacidad", "condiciones", "términos", "navegación",
	"fechar", "início", "compartilhar", "partilhar", "contato", "privacidade", "termos", "condições", "navegação",
	"chiudi", "condividi", "contatti", "contattaci", "termini", "condizioni", "navigazione",
	"afdrukken", "sluiten", "inloggen", "delen", "voorwaarden", "navigatie",
	"udskriv", "luk", "lukk", "stäng", "privatliv", "personvern", "navigasjon",
	"drukuj", "zamknij", "zaloguj", "udostępnij", "nawigacja",
	"yazdır", "kapat", "paylaş", "iletişim", "gizlilik",
	"распечатать", "закрыть", "главная", "меню", "войти", "поделиться", "контакты", "навигация", "наверх",
	"cetak", "tutup", "beranda", "bagikan", "kontak", "privasi", "navigasi", "selengkapnya",
	"字号", "字體", "字体", "打印", "打印本页", "打印本文", "列印", "关闭", "关闭窗口", "關閉", "關閉視窗", "关闭本页",
	"返回顶部", "返回頂部", "首页", "登录", "分享", "联系我们", "隐私政策", "网站地图",
	"閉じる", "ホーム", "メニュー", "ログイン", "サイトマップ", "文字サイズ",
	"인쇄", "닫기", "창닫기", "홈", "메뉴", "로그인", "회원가입", "사이트맵", "글자크기",
	"طباعة", "إغلاق", "الرئيسية", "القائمة", "مشاركة", "الخصوصية",
	// a pager's previous and next
	"previous", "next", "prev", "vorherige", "nächste", "précédent", "suivant", "anterior", "siguiente", "próximo", "precedente",
	"successivo", "vorige", "volgende", "poprzedni", "następny", "önceki", "sonraki", "предыдущая", "следующая", "sebelumnya",
	"selanjutnya",
)

// sizeMarks are a text-size switch's letters ("[小] [中] [大]", "A+ A-"):
// controls only beside another control.
var sizeMarks = setOf("小", "中", "大", "a+", "a-", "aa", "標準", "拡大", "작게", "크게")

// interfaceSeps may stand between a site's controls ("Privacidad -
// Condiciones", "Drucken | Teilen"); a title joins its words with "and".
var interfaceSeps = setOf("-", "–", "—", "|", "/", "·", "•", ">", "»", "›")

// interfaceOnly reports whether a short line is a site's controls alone,
// in any of many languages ("[打印本文] [关闭本页] 字体: [大] [中] [小]",
// "Navigation – Plan du site", "Privacidad - Condiciones"): a phrase of
// interfacePhrases, or two controls or more, and nothing else but
// separators and a text-size switch's letters.
func interfaceOnly(low string) bool {
	if len(low) > 160 {
		return false // a bound on the work, not on the kind of line: controls take few words
	}
	phrase := false
	for _, p := range interfacePhrases {
		if strings.Contains(low, p) {
			low, phrase = strings.ReplaceAll(low, p, " "), true
		}
	}
	fs := strings.FieldsFunc(low, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("[](){}:,;!?\"'“”«", r)
	})
	controls, sizes := 0, 0
	for _, f := range fs {
		switch {
		case controlWords[f] || controlWords[strings.TrimRight(f, ".")]:
			controls++
		case sizeMarks[f]:
			sizes++
		case !interfaceSeps[f]:
			return false
		}
	}
	return phrase || controls >= 2 // a size switch's letters alone are no controls: "中 大" is a phrase of Chinese
}

// consentWords ask for a cookie banner's consent, in the languages whose
// pages are read.
var consentWords = []string{"we use", "accept", "consent", "consentimiento", "aceptar", "consentement", "accepter", "zustimm",
	"einwillig", "akzeptier", "aceitar", "consentimento", "accetta", "consenso", "setuju", "menyetujui", "kabul", "согласи", "принять"}

// rightsReserved close a rights notice, in the languages whose pages are read.
var rightsReserved = []string{"all rights reserved", "todos los derechos", "tous droits", "alle rechte", "todos os direitos",
	"tutti i diritti", "hak cipta dilindungi", "tüm hakları", "все права"}
