package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// findChromium returns the browser the page is tested in: $PUBINDEX_CHROMIUM,
// else Debian's chromium (apt-get install chromium) or a Chrome on PATH.
func findChromium() string {
	if p := os.Getenv("PUBINDEX_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// artifactDir is where screenshots go: $PUBINDEX_ARTIFACTS (CI keeps it),
// else a temporary folder.
func artifactDir(t *testing.T) string {
	if d := os.Getenv("PUBINDEX_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// TestServeInBrowser uses the page as an analyst would, in a real headless
// Chromium: a phrase search, a region facet, a date range, a document and
// back, on an index that holds a page built to inject script.
func TestServeInBrowser(t *testing.T) {
	chromium := findChromium()
	if chromium == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no chromium found, and CI=true: install it (apt-get install -y chromium) or set PUBINDEX_CHROMIUM")
		}
		t.Skip("no chromium on PATH (apt-get install -y chromium, or set PUBINDEX_CHROMIUM): the browser test is skipped")
	}
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	art := artifactDir(t)
	corpus := servedCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "--index", dir, corpus); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := startServe(t, "--index", dir)

	phrase := `"data sovereignty"`
	wantPhrase := searchTotal(t, base, url.Values{"q": {phrase}})
	if wantPhrase < 3 {
		t.Fatalf("the API finds %d hits for %s; the test needs several", wantPhrase, phrase)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1280, 900), chromedp.Flag("disable-background-networking", true),
		// A page restored from the back-forward cache fires no load event,
		// which chromedp's NavigateBack waits for.
		chromedp.Flag("disable-features", "BackForwardCache"))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	bctx, cancelB := chromedp.NewContext(actx)
	defer cancelB()
	ctx, cancel := context.WithTimeout(bctx, 2*time.Minute)
	defer cancel()

	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		start := time.Now()
		defer func() { t.Logf("%s: %v", step, time.Since(start).Round(time.Millisecond)) }()
		if err := chromedp.Do(ctx, actions...); err != nil {
			shot(t, ctx, filepath.Join(art, "failed.png"))
			t.Fatalf("%s: %v", step, err)
		}
	}
	waitTotal := func(step string, n int) {
		t.Helper()
		start := time.Now()
		defer func() { t.Logf("%s: %v", step, time.Since(start).Round(time.Millisecond)) }()
		expr := fmt.Sprintf(`document.body.className === "" && document.querySelector("#summary").dataset.total === "%d"`, n)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			shot(t, ctx, filepath.Join(art, "failed.png"))
			got := evalJS[string](t, ctx, step, `document.querySelector("#summary").textContent`)
			t.Fatalf("%s: want %d hits; the page says %q (%v)", step, n, got, err)
		}
	}
	notPwned := func(where string) {
		t.Helper()
		if evalJS[bool](t, ctx, where, `window.__pwned !== undefined || document.querySelector("img[src='x'], svg, #hits script, article script:not([src])") !== null`) {
			t.Fatalf("%s: scraped markup ran or was inserted as markup", where)
		}
	}

	// A phrase search typed as a user types it.
	do("open the page", chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.ID("q")))
	do("type the query", chromedp.SendKeys(chromedp.ID("q"), phrase+kb.Enter))
	waitTotal("phrase hits", wantPhrase)
	marks := evalJS[[]string](t, ctx, "read snippets", `[...document.querySelectorAll("#hits .snippet mark")].map(m => m.textContent.toLowerCase())`)
	loc := evalJS[string](t, ctx, "read the address", `window.location.href`)
	if !contains(marks, "sovereignty") {
		t.Errorf("no highlighted snippet word \"sovereignty\" among %q", marks)
	}
	if u, err := url.Parse(loc); err != nil || u.Query().Get("q") != phrase {
		t.Errorf("the search is not in the address: %s", loc)
	}
	if !evalJS[bool](t, ctx, "hostile title", `[...document.querySelectorAll("#hits .title a")].some(a => a.textContent.includes("<script>window.__pwned=1</script>"))`) {
		t.Error("the hostile title is not shown as text")
	}
	notPwned("results")
	if !evalJS[bool](t, ctx, "bidi in the results", readsLeftToRight("#hits .title a")) {
		t.Error("the hostile title's right-to-left override reverses its text in the results")
	}
	shot(t, ctx, filepath.Join(art, "search.png"))

	// Export: the links carry the search, and a click downloads what the
	// API gives.
	dl := t.TempDir()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dl}); err != nil {
		t.Fatalf("allow downloads: %v", err)
	}
	bib := `a.export-link[data-format="bibtex"]`
	do("open export", chromedp.Click(chromedp.CSS(`#export summary`)), chromedp.WaitVisible(chromedp.CSS(bib)))
	href := evalJS[string](t, ctx, "export link", `document.querySelector('`+bib+`').href`)
	if u, err := url.Parse(href); err != nil || u.Path != "/api/export" || u.Query().Get("q") != phrase || u.Query().Get("format") != "bibtex" {
		t.Errorf("BibTeX export link %q: want /api/export with the query and format=bibtex", href)
	}
	ctype, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(document.querySelector('`+bib+`').href).then(r => r.headers.get("content-type"))`, chromedp.EvalAwaitPromise))
	if err != nil || !strings.HasPrefix(ctype, "application/x-bibtex") {
		t.Errorf("fetching the BibTeX export: Content-Type %q, %v", ctype, err)
	}
	do("click export", chromedp.Click(chromedp.CSS(bib)))
	_, _, wantBib := get(t, base, strings.TrimPrefix(href, base))
	waitFor(t, func() bool {
		b, err := os.ReadFile(filepath.Join(dl, "pubindex-export.bib"))
		return err == nil && string(b) == wantBib
	})

	// The trend: bars per year, then per month with the year-only bar of
	// 2024 (the hostile page) kept apart from January.
	do("show the trend", chromedp.Click(chromedp.ID("trend-toggle")))
	waitJS := func(step, expr string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
			shot(t, ctx, filepath.Join(art, "failed.png"))
			t.Fatalf("%s: %v", step, err)
		}
	}
	waitJS("trend bars", `document.querySelectorAll("#trend-chart svg rect.tbar").length > 0`)
	var trend struct {
		Total, Undated int
	}
	getAPI(t, base, "/api/trend?"+url.Values{"q": {phrase}}.Encode(), &trend)
	if got := evalJS[int](t, ctx, "trend bar counts", `[...document.querySelectorAll("#trend-chart rect.tbar")].reduce((s, r) => s + Number(r.dataset.count), 0)`); got != trend.Total-trend.Undated || got == 0 {
		t.Errorf("the trend's bars add up to %d; the API counts %d dated publications", got, trend.Total-trend.Undated)
	}
	evalJS[bool](t, ctx, "trend per month", `(s => { s.value = "month"; s.dispatchEvent(new Event("change")); return true; })(document.querySelector("#trend-by"))`)
	waitJS("year-only bar", `document.querySelector('#trend-chart rect.year-only[data-period="2024"]') !== null`)
	shot(t, ctx, filepath.Join(art, "trend.png"))

	// A region facet: the hits narrow, the other regions keep their counts.
	before := regionCounts(t, ctx)
	europe, ok := before["Europe"]
	if !ok || europe >= wantPhrase || len(before) < 2 {
		t.Fatalf("region facet before the click: %v (want Europe among several, fewer than %d)", before, wantPhrase)
	}
	do("click Europe", chromedp.Click(chromedp.CSS(`#facet-region input[value="Europe"]`)))
	waitTotal("hits in Europe", europe)
	after := regionCounts(t, ctx)
	for v, n := range before {
		if after[v] != n {
			t.Errorf("region %q: count %d after choosing Europe, %d before (other values must stay)", v, after[v], n)
		}
	}

	// A year range: a publication dated only 2024 is in 2024..2025.
	rng := url.Values{"q": {phrase}, "region": {"Europe"}, "since": {"2024"}, "until": {"2025"}}
	wantRange := searchTotal(t, base, rng)
	do("set the range", chromedp.SetValue(chromedp.ID("since"), "2024"), chromedp.SetValue(chromedp.ID("until"), "2025"),
		chromedp.Click(chromedp.CSS(`#range button[type=submit]`)))
	waitTotal("hits in the range", wantRange)
	if wantRange == 0 {
		t.Fatalf("no hit in 2024-2025 in Europe: the hostile page (dated 2024) should be one")
	}
	shot(t, ctx, filepath.Join(art, "facets.png"))

	// A document, then back to the same results.
	do("open a document", chromedp.Click(chromedp.CSS(`#hits .title a`)), chromedp.WaitVisible(chromedp.CSS("article h1")))
	if evalJS[string](t, ctx, "citation meta", `(document.querySelector('meta[name="citation_title"]') || {}).content || ""`) == "" {
		t.Error("no citation_title in the document view")
	}
	notPwned("document view")
	if n := evalJS[int](t, ctx, "more like this", `document.querySelectorAll("#like li a").length`); n == 0 {
		t.Error("the document view lists nothing under \"More like this\"")
	}
	shot(t, ctx, filepath.Join(art, "document.png"))
	do("go back", chromedp.NavigateBack(), chromedp.WaitVisible(chromedp.ID("q")))
	waitTotal("back to the results", wantRange)
	q := evalJS[string](t, ctx, "query after back", `document.querySelector("#q").value`)
	checked := evalJS[bool](t, ctx, "facet after back", `document.querySelector('#facet-region input[value="Europe"]').checked`)
	if q != phrase || !checked {
		t.Errorf("after back: query %q, Europe checked %v", q, checked)
	}

	// The year histogram: a click on 2024 selects that year and shows its
	// months; the page dated only "2024" is counted apart, on no month.
	want2024 := searchTotal(t, base, url.Values{"q": {phrase}, "region": {"Europe"}, "since": {"2024"}, "until": {"2024"}})
	do("click 2024", chromedp.Click(chromedp.CSS(`#histogram .bar[data-value="2024"]`)))
	waitTotal("hits in 2024", want2024)
	bars := evalJS[[]string](t, ctx, "month bars", `[...document.querySelectorAll("#histogram .bar")].map(b => b.dataset.value)`)
	note := evalJS[string](t, ctx, "histogram note", `document.querySelector("#hist-note").textContent`)
	if len(bars) != 12 || bars[0] != "2024-01" || !strings.Contains(note, "dated only by the year 2024") {
		t.Errorf("after a click on 2024: bars %q, note %q; want the twelve months and the year-only page apart", bars, note)
	}
	shot(t, ctx, filepath.Join(art, "months.png"))

	// The hostile page's own view.
	id := url.PathEscape("https://example.org/hostile?x=%22%3E%3Cscript%3Ewindow.__pwned=3%3C/script%3E")
	do("hostile document", chromedp.Navigate(base+"/doc/"+id), chromedp.WaitVisible(chromedp.CSS("article h1")))
	h1 := evalJS[string](t, ctx, "hostile h1", `document.querySelector("article h1").textContent`)
	if !strings.Contains(h1, "<script>") {
		t.Errorf("hostile title shown as %q, want its text", h1)
	}
	notPwned("hostile document view")
	if !evalJS[bool](t, ctx, "bidi in the document view", readsLeftToRight("article h1")) || !strings.Contains(h1, "⟨U+202E⟩") {
		t.Errorf("the hostile title %q: its right-to-left override must be named and not reverse the text", h1)
	}

	// A phone: the page fits the width.
	do("phone", chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"/?q="+url.QueryEscape(phrase)))
	waitTotal("phone results", wantPhrase)
	if evalJS[bool](t, ctx, "phone width", `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the page is wider than a phone's screen")
	}
	shot(t, ctx, filepath.Join(art, "phone.png"))
	t.Logf("screenshots in %s", art)
}

// readsLeftToRight is a script that finds the element matching sel whose
// text has the hostile title's "evil" and tells whether that word is drawn
// left to right, with no bidi override left in the text.
func readsLeftToRight(sel string) string {
	return `[...document.querySelectorAll(` + strconv.Quote(sel) + `)].some(root => {
		if (root.textContent.includes("\u202e")) return false;
		const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = w.nextNode(); n; n = w.nextNode()) {
			const i = n.data.indexOf("evil");
			if (i < 0) continue;
			const r = document.createRange();
			r.setStart(n, i); r.setEnd(n, i + 1);
			const e = r.getBoundingClientRect().left;
			r.setStart(n, i + 3); r.setEnd(n, i + 4);
			return e < r.getBoundingClientRect().left;
		}
		return false;
	})`
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if strings.Contains(v, s) {
			return true
		}
	}
	return false
}

// evalJS evaluates a JavaScript expression in the page.
func evalJS[T any](t *testing.T, ctx context.Context, step, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", step, err)
	}
	return v
}

// regionCounts reads the region facet as the page shows it.
func regionCounts(t *testing.T, ctx context.Context) map[string]int {
	t.Helper()
	rows := evalJS[[][]string](t, ctx, "read the region facet", `[...document.querySelectorAll("#facet-region li")].map(li => [li.querySelector("input").value, li.querySelector(".count").textContent])`)
	out := map[string]int{}
	for _, r := range rows {
		n, err := strconv.Atoi(r[1])
		if err != nil {
			t.Fatalf("region %q count %q", r[0], r[1])
		}
		out[r[0]] = n
	}
	return out
}

// shot saves a screenshot of the whole page; a failure to take one is
// reported but does not stop the test.
func shot(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot %s: %v", path, err)
		return
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Logf("screenshot %s: %v", path, err)
	}
}
