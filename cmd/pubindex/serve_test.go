package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// get returns the status, headers and body of GET base+path.
func get(t *testing.T, base, path string, hdr ...string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, base+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

var volatileRE = regexp.MustCompile(`"(took_ms|score)": [0-9.e+-]+`)

func TestServeAPI(t *testing.T) {
	corpus := servedCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "--index", dir, corpus); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := startServe(t, "--index", dir)

	t.Run("search is query --json", func(t *testing.T) {
		// One encoder, one schema: the API answers what the CLI prints.
		code, h, body := get(t, base, "/api/search?"+url.Values{"q": {`"data sovereignty"`}, "region": {"europe", "Global"},
			"since": {"2018"}, "sort": {"newest"}, "limit": {"3"}, "page": {"1"}}.Encode())
		cli := runCLI(t, nil, "query", "--index", dir, `"data sovereignty"`, "--region", "europe", "--region", "Global",
			"--since", "2018", "--sort", "newest", "-n", "3", "--page", "1", "--json")
		if code != http.StatusOK || cli.code != exitOK {
			t.Fatalf("status %d, CLI exit %d: %s %s", code, cli.code, body, cli.stderr)
		}
		if got, want := volatileRE.ReplaceAllString(body, ""), volatileRE.ReplaceAllString(cli.stdout, ""); got != want {
			t.Errorf("API answer differs from query --json\nAPI:\n%s\nCLI:\n%s", got, want)
		}
		if !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			t.Errorf("Content-Type %q", h.Get("Content-Type"))
		}
	})

	t.Run("bad input is 400 with the CLI's message", func(t *testing.T) {
		for _, tc := range []struct{ params, cliFlag string }{
			{"q=" + url.QueryEscape("maritime AND (china"), ""},
			{"q=" + url.QueryEscape(`"data sovereignty`), ""},
			{"q=x&since=June+2024", "--since"},
		} {
			code, _, body := get(t, base, "/api/search?"+tc.params)
			var e struct{ Error, Kind, Caret string }
			if err := json.Unmarshal([]byte(body), &e); err != nil || code != http.StatusBadRequest {
				t.Errorf("%s: status %d, body %s", tc.params, code, body)
				continue
			}
			v, _ := url.ParseQuery(tc.params)
			args := []string{"query", "--index", dir, v.Get("q")}
			if tc.cliFlag != "" {
				args = append(args, tc.cliFlag, v.Get("since"))
			}
			cli := runCLI(t, nil, args...)
			if !strings.Contains(cli.stderr, "pubindex: "+e.Error+"\n") {
				t.Errorf("%s: API says %q, CLI says %q", tc.params, e.Error, cli.stderr)
			}
			if e.Kind == "syntax" && (e.Caret == "" || !strings.Contains(cli.stderr, indent(e.Caret, "  "))) {
				t.Errorf("%s: API caret %q, CLI %q", tc.params, e.Caret, cli.stderr)
			}
		}
		for _, params := range []string{"q=" + strings.Repeat("a", 1001), "limit=101", "limit=x", "page=0", "sort=random", "since=2024&until=2020", "months=abc"} {
			if code, _, body := get(t, base, "/api/facets?"+params); code != http.StatusBadRequest || !strings.Contains(body, `"error"`) {
				t.Errorf("%.40s: status %d, body %.200s", params, code, body)
			}
		}
	})

	t.Run("doc is show --json", func(t *testing.T) {
		code, _, body := get(t, base, "/api/doc/wp19012")
		cli := runCLI(t, nil, "show", "--index", dir, "wp19012", "--json")
		if code != http.StatusOK || body != cli.stdout {
			t.Errorf("status %d\nAPI:\n%s\nCLI:\n%s", code, body, cli.stdout)
		}
		if code, _, _ := get(t, base, "/api/doc/XX00000"); code != http.StatusNotFound {
			t.Errorf("missing document: status %d", code)
		}
		if code, _, _ := get(t, base, "/doc/XX00000"); code != http.StatusNotFound {
			t.Errorf("missing document page: status %d", code)
		}
	})

	t.Run("document page", func(t *testing.T) {
		code, h, body := get(t, base, "/doc/WP19012")
		if code != http.StatusOK {
			t.Fatalf("status %d", code)
		}
		for _, want := range []string{`<meta name="citation_title" content="Data Localisation and the ASEAN Digital Economy">`,
			`<meta name="citation_author" content="Tan Wei Ling">`, `<meta name="citation_publication_date" content="2019-04-15">`,
			`<meta name="citation_technical_report_number" content="WP19012">`, `<meta name="citation_publisher" content="`} {
			if !strings.Contains(body, want) {
				t.Errorf("document page lacks %s", want)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
			t.Errorf("CSP %q", csp)
		}
		// The hostile record: its markup is text in the page.
		_, _, body = get(t, base, "/doc/"+url.PathEscape("https://example.org/hostile?x=%22%3E%3Cscript%3Ewindow.__pwned=3%3C/script%3E"))
		if strings.Contains(body, "<script>window") || strings.Contains(body, "<img src=x") || !strings.Contains(body, "&lt;script&gt;window.__pwned=1") {
			t.Errorf("hostile markup reached the page as markup:\n%s", body)
		}
		if n := strings.Count(body, "<script"); n != 1 {
			t.Errorf("%d script elements in the document page, want only the page's own", n)
		}
	})

	t.Run("facets are disjunctive", func(t *testing.T) {
		type facets struct {
			Region, Year []struct {
				Value string
				Count int
			}
			Months *struct {
				Year     int
				Counts   []struct{ Count int }
				YearOnly int `json:"year_only"`
			}
		}
		var all, eu facets
		getAPI(t, base, "/api/facets?q=data", &all)
		getAPI(t, base, "/api/facets?q=data&region=Europe", &eu)
		if len(all.Region) < 2 || len(eu.Region) != len(all.Region) {
			t.Fatalf("regions without filter %v, with Europe %v", all.Region, eu.Region)
		}
		for i := range all.Region {
			if all.Region[i] != eu.Region[i] {
				t.Errorf("region %v with Europe chosen, %v without", eu.Region[i], all.Region[i])
			}
		}
		// Publishers too: one chosen, the others keep the counts a search
		// of each gives.
		type counted struct {
			Publisher []struct {
				Value string
				Count int
			}
		}
		var pubAll, pubOne counted
		getAPI(t, base, "/api/facets?q=data", &pubAll)
		if len(pubAll.Publisher) < 2 {
			t.Fatalf("publishers of q=data: %v, want two", pubAll.Publisher)
		}
		getAPI(t, base, "/api/facets?q=data&publisher="+url.QueryEscape(pubAll.Publisher[0].Value), &pubOne)
		if fmt.Sprint(pubOne.Publisher) != fmt.Sprint(pubAll.Publisher) {
			t.Errorf("publishers with %q chosen %v, without %v", pubAll.Publisher[0].Value, pubOne.Publisher, pubAll.Publisher)
		}
		for _, p := range pubAll.Publisher {
			var res struct{ Total int }
			getAPI(t, base, "/api/search?q=data&publisher="+url.QueryEscape(p.Value), &res)
			if res.Total != p.Count {
				t.Errorf("publisher %q counted %d, a search of it finds %d", p.Value, p.Count, res.Total)
			}
		}
		var y2024 facets
		getAPI(t, base, "/api/facets?q=data&months=2024", &y2024)
		m := y2024.Months
		if m == nil || len(m.Counts) != 12 || m.YearOnly < 1 {
			t.Fatalf("months of 2024: %+v (the hostile page is dated only 2024)", m)
		}
		sum := m.YearOnly
		for _, c := range m.Counts {
			sum += c.Count
		}
		if want := searchTotal(t, base, url.Values{"q": {"data"}, "since": {"2024"}, "until": {"2024"}}); sum != want {
			t.Errorf("months of 2024 and year-only add up to %d, 2024 has %d", sum, want)
		}
	})

	t.Run("only GET, safe headers", func(t *testing.T) {
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
			req, _ := http.NewRequest(m, base+"/api/search?q=x", strings.NewReader("{}"))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s: status %d", m, resp.StatusCode)
			}
		}
		code, h, body := get(t, base, "/")
		if code != http.StatusOK || !strings.Contains(body, `<script src="/static/app.js"`) || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("page: %d %v", code, h)
		}
		if code, _, body := get(t, base, "/healthz"); code != http.StatusOK || body != "ok\n" {
			t.Errorf("healthz: %d %q", code, body)
		}
		if code, _, body := get(t, base, "/help"); code != http.StatusOK || !strings.Contains(body, "the exact phrase") {
			t.Errorf("help: %d", code)
		}
	})

	t.Run("readers and writers while serve holds the index", func(t *testing.T) {
		if r := runCLI(t, nil, "query", "--index", dir, `"data sovereignty"`); r.code != exitOK || !strings.Contains(r.stdout, "5 publications match") {
			t.Errorf("query while serving: %d %s %s", r.code, r.stdout, r.stderr)
		}
		if r := runCLI(t, nil, "ingest", "--index", dir, corpus); r.code != exitBusy || !strings.Contains(r.stderr, "pubindex serve") {
			t.Errorf("ingest while serving: %d %s", r.code, r.stderr)
		}
	})
}

func TestServeToken(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "--index", dir, abs(t, "../../testdata/pages")); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := startServe(t, "--index", dir, "--token", "s3cret")
	if code, _, _ := get(t, base, "/api/stats"); code != http.StatusUnauthorized {
		t.Errorf("no token: status %d", code)
	}
	if code, _, _ := get(t, base, "/api/stats", "Authorization", "Bearer wrong"); code != http.StatusUnauthorized {
		t.Errorf("wrong token: status %d", code)
	}
	if code, _, _ := get(t, base, "/api/stats", "Authorization", "Bearer s3cret"); code != http.StatusOK {
		t.Errorf("bearer token: status %d", code)
	}
	code, h, _ := get(t, base, "/?token=s3cret")
	cookie := h.Get("Set-Cookie")
	if code != http.StatusOK || !strings.Contains(cookie, "HttpOnly") {
		t.Fatalf("token in the address: %d, cookie %q", code, cookie)
	}
	if code, _, _ := get(t, base, "/api/stats", "Cookie", strings.SplitN(cookie, ";", 2)[0]); code != http.StatusOK {
		t.Errorf("token cookie: status %d", code)
	}
}

// TestServeWatch: with --watch, a page dropped in the folder is found
// without a restart.
func TestServeWatch(t *testing.T) {
	src := t.TempDir()
	page, err := os.ReadFile("../../testdata/pages/rsis-01-malacca-patrols.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "a.txt"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "index")
	base := startServe(t, "--index", dir, "--watch", src, "--settle", "50ms")
	waitFor(t, func() bool { return searchTotal(t, base, url.Values{}) == 1 })
	page2, err := os.ReadFile("../../testdata/pages/rsis-19-cloud-data-sovereignty.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "b.txt"), page2, 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return searchTotal(t, base, url.Values{"q": {`"data sovereignty"`}}) == 1 })
}

// waitFor polls cond for up to 30 seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 30s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
