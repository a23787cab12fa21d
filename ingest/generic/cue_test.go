package generic

import "testing"

// TestCueLeads checks when a date cue labels the date beside it.
func TestCueLeads(t *testing.T) {
	for _, c := range []struct {
		seg  string
		want bool
	}{
		{"Published on 5 May 2020", true},
		{"The Review published on 5 May 2020 an article titled Harbour Tolls by a former pilot", false},
		{"Title: Harbour Tolls Author(s): Berg, Anna Publication date: May 2020 Category: Analysis", true},
		{"Harbour Tolls and the Island TradeUpdate:2018/10/29", false},
		{"HARBOUR TOLLS AND THE ISLAND TRADEUPDATE:2018/10/29", false},
		{"Event ReportsPublished on Feb 11, 2023", true},
		{"PUBLISHED 5 MAY 2020", true},
		{"Note de l'étéPublished on 5 May 2020", true},
		{"Harbour Tolls and the Island Trade by Anna Berg of the Kestrel Point Institute Published: 5 May 2020", true},
		{"Harbour Tolls and the Island Trade by Anna Berg of the Kestrel Point Institute Posted: 5 May 2020", true},
		{"In June 2019, the Harbour Board officially published the Ferry Strategy", false},
		{"Harbour Report 2018 Published : June 2019", true},
		{"Harbour Report published 5 May 2020", true},
		{"VERÖFFENTLICHT: 12.03.2025", true},
		{"Опубликовано: 12.03.2025", true},
		{"PUBLIÉ LE 12 mars 2025", true},
	} {
		if got := cueLeads(c.seg, wordCount(c.seg)); got != c.want {
			t.Errorf("cueLeads(%q) = %v, want %v", c.seg, got, c.want)
		}
	}
}

// TestViewerAt checks the page counters of document viewers in the
// languages sharing sites print them in; a sentence naming a page is none.
func TestViewerAt(t *testing.T) {
	for _, c := range []struct {
		low  string
		want bool
	}{
		{"you are on page 1of 24", true},
		{"sie sind auf seite 1von 8", true},
		{"vous êtes sur la page 1sur 12", true},
		{"está en la página 1de 31", true},
		{"anda di halaman 1dari 33", true},
		{"вы находитесь на странице: 1из 34", true},
		{"the harbour lights, from the first lamps to the last keepers, page 1 of 9", false},
		{"chapter 1 of the harbour lights", false},
	} {
		if got := isViewerAt(c.low); got != c.want {
			t.Errorf("isViewerAt(%q) = %v, want %v", c.low, got, c.want)
		}
	}
}

// TestGoesTo checks that a link back into the site is furniture and a
// title opening with the same words is not.
func TestGoesTo(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Back to top", true},
		{"Return to the list of publications", true},
		{"Jump to main content", true},
		// skip links in other wordings and languages
		{"Jump directly to page content", true},
		{"Zum Hauptinhalt springen", true},
		{"Przejdź do treści", true},
		{"Skip the Content Tax", false},
		// more social links, and a template's placeholder saved unfilled
		{"Facebook Flickr Google+ LinkedIn Pinterest Twitter YouTube", true},
		{"{{ subpage.title }}", true},
		{"Flickr and the Harbour Archive", false},
		{"Jump-Starting Island Content Industries", false},
		{"Go to all publications ›", true},
		{"Back to the Future? Possible Scenarios for the Isles", false},
		{"Back to Basics: Ferry Fares After the Storm", false},
		{"Return to Great-Power Rivalry in the Northern Seas", false},
		{"Back to Research", true},
		{"Back to all Events", true},
		{"Return to Media Centre", true},
		{"Back to the Table: Reviving the Ferry Accord", false},
		{"Back to the News Cycle", false},
		{"当前位置: 首页 > 智库时评 > 详情", true},
		{"현재 위치 > 연구 > 보고서", true},
		{"您的位置数据安全吗", false},
		{"현재 위치와 과제: 한국 경제의 미래", false},
		// sharing and research-network sites' furniture, and CJK pager links
		{"Content uploaded by Annika Vollstedt", true},
		{"Your SlideShare is downloading. ×", true},
		{"検索結果がありません。", true},
		{"全てを見る 前の記事 次の記事", true},
		{"上一篇 下一篇", true},
		{"网站首页 | 网站地图", true},
		{"首页 | 联系我们", true},
		{"首页经济学: 网站地图的政策含义", false},
		{"Public Disclosure Authorized", true},
		{"Header and navigation menu", true},
		{"Ferry fares crisis wikipedia , lookup", true},
		{"久久久无码人妻精品无码_6080YYY", true}, // a spam site's banner over a copied article
		{"Themen Mediathek Shop Lernen Veranstaltungen Die Seite Meine Merkliste Geteilte Merkliste Mehr Artikel im", true},
		{"Научная статья /Research article", true},
		{"前の記事から見る港湾政策", false},
		{"Figure 1. Ferry fares in the isles before and after the merger (top)", true},
		{"Tabla 2: Tarifas de los transbordadores", true},
		{"Figures of Speech: How Harbour Boards Talk", false},
		{"Chart 2025: The Harbour Year in Twelve Charts", false},
		{"Annika Vollstedt / Unsplash", true},
		{"Author content", true},
		{"Author Content Moderation on the Harbour Boards' Platforms", false},
		{"A long caption of the harbour at dawn with the ferries at their moorings and the boards' office behind them / Unsplash", false},
		{"The Harbour / Unsplash Story: Free Pictures and the Ports", false},
		{"SciELO - Scientific Electronic Library Online", true},
		{"Meine Merkliste Geteilte Merkliste PDF oder EPUB erstellen", true},
		{"Ir direto ao conteúdo", true},
		{"Asset-Herausgeber", true},
		{"Publicador de contenidos", true},
		{"Sunteți pe pagina 1din 40", true},
		{"Jesteś na stronie 1 z 40", true},
		{"Du är på sidan 1 av 40", true},
		{"U bevindt zich op bladzijde 1 van 40", true},
		{"Publicador de conteúdo", true},
		{"Annika Vollstedt, Reuters", true},
		{"Why the Isles Distrust Reuters", false},
		{"Home Pagelista alfabética de periódicos", true},
		{"Writer's pictureAnnika Vollstedt", true},
		{"01fc4520 d6f0 41b0 af1f 7ef6f9ad1f63", true},
		{"Commentary | Harbour Votes", false},                          // a short title after its section's label stays
		{"Harbour Studies p-ISSN: 2163-2618 e-ISSN: 2163-2634", false}, // not furniture: NotTitle only
	} {
		if got := IsFurniture(c.line); got != c.want {
			t.Errorf("IsFurniture(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestInViewer: a viewer's counter said in words marks a document
// viewer's page; a listing's bare pager does not.
func TestInViewer(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Sie sind auf Seite 1von 14", true},
		{"You are on page 1of 24", true},
		{"Page 2 of 9", false},
		{"Seite 2 von 14", false},
		{"File type: PDF", false},
		{"Citation preview", true},
	} {
		ls := split(c.line + "\nHarbour Lights of the Northern Isles\n")
		r := reader{ls: ls, names: make([]int8, len(ls)), prefixes: codePrefixes}
		if got := r.inViewer(); got != c.want {
			t.Errorf("inViewer with %q = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestLowerSameLen: lower-casing keeps every offset, bad UTF-8 included.
func TestLowerSameLen(t *testing.T) {
	for _, s := range []string{"VERÖFFENTLICHT: 12.03.2025", "ОПУБЛИКОВАНО", "Published \xff\xfe on İstanbul", ""} {
		if got := lowerSameLen(s); len(got) != len(s) {
			t.Errorf("lowerSameLen(%q) = %q: %d bytes, want %d", s, got, len(got), len(s))
		}
	}
	if got := lowerSameLen("ÖFFENTLICH"); got != "öffentlich" {
		t.Errorf("lowerSameLen(ÖFFENTLICH) = %q", got)
	}
}
