package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"html"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/query/export"
)

// TestServeResearch: the page's research endpoints answer what the
// command line's export, trend, like and new print, from the same code.
func TestServeResearch(t *testing.T) {
	corpus := servedCorpus(t)
	dir := filepath.Join(t.TempDir(), "index")
	if r := runCLI(t, nil, "ingest", "--index", dir, corpus); r.code != exitOK {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	if r := runCLI(t, nil, "alert", "add", "--index", dir, "sovereignty", `"data sovereignty"`, "--since", "2015"); r.code != exitOK {
		t.Fatalf("alert add: %d %s", r.code, r.stderr)
	}
	alertsBefore, err := os.ReadFile(filepath.Join(dir, "alerts.json"))
	if err != nil {
		t.Fatal(err)
	}
	base := startServe(t, "--index", dir)
	search := url.Values{"q": {"data OR maritime"}, "region": {"Europe", "Global"}, "sort": {"newest"}}
	cliSearch := []string{"data OR maritime", "--region", "Europe", "--region", "Global", "--sort", "newest"}

	t.Run("export is pubindex export, in every format", func(t *testing.T) {
		for _, f := range export.Formats {
			p := url.Values{"format": {f}}
			for k, v := range search {
				p[k] = v
			}
			code, h, body := get(t, base, "/api/export?"+p.Encode())
			cli := runCLI(t, nil, append([]string{"export", "--index", dir, "--format", f}, cliSearch...)...)
			if code != http.StatusOK || cli.code != exitOK {
				t.Fatalf("%s: status %d, CLI exit %d: %.300s %s", f, code, cli.code, body, cli.stderr)
			}
			if body != cli.stdout {
				t.Errorf("%s: the download differs from pubindex export\nAPI:\n%s\nCLI:\n%s", f, body, cli.stdout)
			}
			if cd := h.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment; filename=") {
				t.Errorf("%s: Content-Disposition %q", f, cd)
			}
			if h.Get("Content-Type") == "" || strings.HasPrefix(h.Get("Content-Type"), "text/plain") {
				t.Errorf("%s: Content-Type %q", f, h.Get("Content-Type"))
			}
		}
		_, _, body := get(t, base, "/api/export?format=csv&"+search.Encode())
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatalf("the CSV does not parse: %v", err)
		}
		if want := searchTotal(t, base, search); len(rows) != want+1 || want < 3 {
			t.Errorf("CSV has %d rows; want a header and %d publications", len(rows), want)
		}
	})

	t.Run("search record", func(t *testing.T) {
		code, h, body := get(t, base, "/api/export?format=bibtex&record=1&"+search.Encode())
		var rec export.SearchRecord
		if err := json.Unmarshal([]byte(body), &rec); err != nil || code != http.StatusOK {
			t.Fatalf("status %d, %v: %s", code, err, body)
		}
		want := uint64(searchTotal(t, base, search))
		if rec.Tool != "pubindex" || rec.Query != "data OR maritime" || rec.Format != "bibtex" || rec.Sort != "newest" ||
			rec.Hits != want || rec.Total != want || strings.Join(rec.Filters.Region, ",") != "Europe,Global" ||
			rec.Index.Documents == 0 || rec.RunAt.IsZero() || rec.Version == "" {
			t.Errorf("search record %+v", rec)
		}
		if !strings.HasPrefix(h.Get("Content-Disposition"), "attachment") {
			t.Errorf("record Content-Disposition %q", h.Get("Content-Disposition"))
		}
	})

	t.Run("bad export is 400", func(t *testing.T) {
		for _, p := range []string{"format=xls", "format=csv&q=" + url.QueryEscape("a AND (b"), "format=ris&since=soon"} {
			if code, _, body := get(t, base, "/api/export?"+p); code != http.StatusBadRequest || !strings.Contains(body, `"error"`) {
				t.Errorf("%s: status %d, %.200s", p, code, body)
			}
		}
	})

	t.Run("trend is trend --json", func(t *testing.T) {
		for _, tc := range []struct {
			params url.Values
			args   []string
		}{
			{url.Values{"q": {"data"}}, []string{"data"}},
			{url.Values{"q": {"data"}, "by": {"month"}, "facet": {"region"}, "top": {"3"}, "since": {"2023"}},
				[]string{"data", "--by", "month", "--by", "region", "--top", "3", "--since", "2023"}},
		} {
			code, _, body := get(t, base, "/api/trend?"+tc.params.Encode())
			cli := runCLI(t, nil, append([]string{"trend", "--index", dir, "--json"}, tc.args...)...)
			if code != http.StatusOK || cli.code != exitOK || body != cli.stdout {
				t.Errorf("%v: status %d, CLI exit %d\nAPI:\n%.2000s\nCLI:\n%.2000s", tc.params, code, cli.code, body, cli.stdout)
			}
		}
		var tr struct {
			Periods []struct {
				Period   string
				YearOnly bool `json:"year_only"`
				Count    int
			}
		}
		getAPI(t, base, "/api/trend?q=data&by=month&since=2024&until=2024", &tr)
		var jan, yearOnly int
		for _, p := range tr.Periods {
			if p.Period == "2024-01" {
				jan = p.Count
			}
			if p.YearOnly && p.Period == "2024" {
				yearOnly = p.Count
			}
		}
		if yearOnly < 1 || jan >= searchTotal(t, base, url.Values{"q": {"data"}, "since": {"2024"}, "until": {"2024"}}) {
			t.Errorf("2024 by month: January %d, year only %d; the hostile page is dated only 2024 and belongs to no month", jan, yearOnly)
		}
		if code, _, _ := get(t, base, "/api/trend?by=week"); code != http.StatusBadRequest {
			t.Errorf("by=week: status %d", code)
		}
	})

	t.Run("like is like --json", func(t *testing.T) {
		code, _, body := get(t, base, "/api/like/wp19012?limit=3")
		cli := runCLI(t, nil, "like", "--index", dir, "wp19012", "-n", "3", "--json")
		if got, want := volatileRE.ReplaceAllString(body, ""), volatileRE.ReplaceAllString(cli.stdout, ""); code != http.StatusOK || got != want {
			t.Errorf("status %d\nAPI:\n%s\nCLI:\n%s", code, got, want)
		}
		if code, _, _ := get(t, base, "/api/like/XX00000"); code != http.StatusNotFound {
			t.Errorf("like of a missing publication: status %d", code)
		}
	})

	t.Run("document page lists more like this", func(t *testing.T) {
		var like struct{ Hits []struct{ ID string } }
		getAPI(t, base, "/api/like/WP19012?limit=8", &like)
		_, _, body := get(t, base, "/doc/WP19012")
		i := strings.Index(body, "<h2>More like this</h2>")
		if i < 0 || len(like.Hits) == 0 {
			t.Fatalf("no \"More like this\" (%d similar publications):\n%s", len(like.Hits), body)
		}
		for _, h := range like.Hits {
			if !strings.Contains(body[i:], `href="/doc/`+url.PathEscape(h.ID)+`"`) {
				t.Errorf("More like this lacks %s", h.ID)
			}
		}
	})

	t.Run("alerts are read, never marked", func(t *testing.T) {
		var list struct {
			Alerts []struct {
				Name, Search string
				LastRun      int64 `json:"last_run"`
			}
		}
		getAPI(t, base, "/api/alerts", &list)
		wantSearch := url.Values{"q": {`"data sovereignty"`}, "since": {"2015"}}.Encode()
		if len(list.Alerts) != 1 || list.Alerts[0].Name != "sovereignty" || list.Alerts[0].Search != wantSearch {
			t.Fatalf("alerts %+v", list.Alerts)
		}
		type news []struct {
			Alert string
			Total int
			Hits  []struct{ ID string }
		}
		var api, cli news
		if code := getAPI(t, base, "/api/new?peek=1&alert=sovereignty&limit=50", &api); code != http.StatusOK {
			t.Fatalf("new: status %d", code)
		}
		r := runCLI(t, nil, "new", "--index", dir, "sovereignty", "--peek", "--json")
		if err := json.Unmarshal([]byte(r.stdout), &cli); err != nil || r.code != exitOK {
			t.Fatalf("pubindex new: %d %v %s", r.code, err, r.stderr)
		}
		if len(api) != 1 || len(cli) != 1 || api[0].Total != cli[0].Total || api[0].Total < 3 || len(api[0].Hits) != len(cli[0].Hits) {
			t.Fatalf("API news %+v, CLI news %+v", api, cli)
		}
		for i := range api[0].Hits {
			if api[0].Hits[i] != cli[0].Hits[i] {
				t.Errorf("hit %d: API %s, CLI %s", i, api[0].Hits[i].ID, cli[0].Hits[i].ID)
			}
		}
		if code, _, _ := get(t, base, "/api/new?peek=1&alert=nope"); code != http.StatusNotFound {
			t.Errorf("unknown alert: status %d", code)
		}
		after, err := os.ReadFile(filepath.Join(dir, "alerts.json"))
		if err != nil || !bytes.Equal(after, alertsBefore) {
			t.Errorf("a GET changed alerts.json (%v):\n%s", err, after)
		}
	})

	t.Run("feed is new --atom", func(t *testing.T) {
		code, h, body := get(t, base, "/api/feed.atom?alert=sovereignty")
		cli := runCLI(t, nil, "new", "--index", dir, "sovereignty", "--peek", "--atom", "-")
		if code != http.StatusOK || cli.code != exitOK || body != cli.stdout {
			t.Errorf("status %d, CLI exit %d\nAPI:\n%.1500s\nCLI:\n%.1500s", code, cli.code, body, cli.stdout)
		}
		if !strings.HasPrefix(h.Get("Content-Type"), "application/atom+xml") {
			t.Errorf("Content-Type %q", h.Get("Content-Type"))
		}
		var feed struct {
			XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
			ID      string   `xml:"id"`
			Title   string   `xml:"title"`
			Updated string   `xml:"updated"`
			Author  []struct {
				Name string `xml:"name"`
			} `xml:"author"`
			Entries []struct {
				ID      string `xml:"id"`
				Title   string `xml:"title"`
				Updated string `xml:"updated"`
				Links   []struct {
					Href string `xml:"href,attr"`
				} `xml:"link"`
				Content *struct{} `xml:"content"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal([]byte(body), &feed); err != nil {
			t.Fatalf("the feed does not parse: %v", err)
		}
		if feed.ID == "" || feed.Title == "" || feed.Updated == "" || len(feed.Author) == 0 || len(feed.Entries) < 3 {
			t.Fatalf("feed lacks required elements: %+v", feed)
		}
		for _, e := range feed.Entries {
			if e.ID == "" || e.Title == "" || e.Updated == "" || (len(e.Links) == 0 && e.Content == nil) {
				t.Errorf("entry lacks required elements: %+v", e)
			}
		}
	})

	t.Run("bidi controls are named, not obeyed", func(t *testing.T) {
		_, _, body := get(t, base, "/doc/"+url.PathEscape("https://example.org/hostile?x=%22%3E%3Cscript%3Ewindow.__pwned=3%3C/script%3E"))
		if strings.ContainsRune(body, '\u202e') || !strings.Contains(html.UnescapeString(body), "⟨U+202E⟩evil⟨U+202C⟩") {
			t.Errorf("the right-to-left override reached the document view:\n%s", body)
		}
	})
}
