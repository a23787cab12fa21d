package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestAlertsTrendsCLI runs the saved-search, news and trend commands on the
// bundled pages, ingested in two runs, against golden files.
func TestAlertsTrendsCLI(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	pages := abs(t, "../../testdata/pages")
	first := filepath.Join(t.TempDir(), "first")
	if err := os.MkdirAll(first, 0o755); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(pages, "rsis-1*.txt"))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(first, filepath.Base(n)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	repl := map[string]string{dir: "$INDEX", pages: "$PAGES", first: "$FIRST"}
	env := map[string]string{}
	must := func(args ...string) cliResult {
		t.Helper()
		r := runCLI(t, env, args...)
		if r.code != exitOK {
			t.Fatalf("%v: exit %d\n%s%s", args, r.code, r.stdout, r.stderr)
		}
		return r
	}
	must("ingest", "--index", dir, first)
	must("alert", "add", "--index", dir, "data sovereignty in SEA", "data", "--region", "Southeast Asia and ASEAN")
	must("new", "--index", dir, "data sovereignty in SEA") // read: everything so far
	must("alert", "add", "--index", dir, "cyber", "cyber OR ransomware")

	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"ingest-alerts", []string{"ingest", "--index", dir, pages}, exitOK},
		{"alert-list", []string{"alert", "list", "--index", dir}, exitOK},
		{"new-alert", []string{"new", "--index", dir, "data sovereignty in SEA", "-n", "3"}, exitOK},
		{"new-alert-read", []string{"new", "--index", dir, "data sovereignty in SEA"}, exitOK},
		{"new-since-json", []string{"new", "--index", dir, "cyber", "--since", "1", "--json", "-n", "2"}, exitOK},
		{"new-missing", []string{"new", "--index", dir, "nope"}, exitError},
		{"new-bad-since", []string{"new", "--index", dir, "--since", "last week"}, exitUsage},
		{"trend", []string{"trend", "--index", dir, "data OR cyber"}, exitOK},
		{"trend-month-region", []string{"trend", "--index", dir, "data", "--by", "month", "--by", "region", "--top", "3", "--since", "2019", "--until", "2021"}, exitOK},
		{"trend-series-csv", []string{"trend", "--index", dir, "--by", "series", "--csv"}, exitOK},
		{"trend-json", []string{"trend", "--index", dir, "maritime", "--by", "topic", "--top", "2", "--json"}, exitOK},
		{"trend-bad-by", []string{"trend", "--index", dir, "x", "--by", "week"}, exitUsage},
		{"like", []string{"like", "--index", dir, "co18025", "-n", "2"}, exitOK},
		{"alert-rm", []string{"alert", "rm", "--index", dir, "cyber"}, exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCLI(t, env, repl, tt.name, tt.wantCode, tt.args...)
		})
	}
}

// TestAtomFeed writes the news as an Atom feed and checks it is one: well
// formed, with the elements RFC 4287 requires of a feed and of each entry,
// and, when Python's feedparser is installed (CI installs it), that a
// real feed parser reads every entry without complaint.
func TestAtomFeed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	pages := abs(t, "../../testdata/pages")
	feed := filepath.Join(t.TempDir(), "feed.xml")
	env := map[string]string{}
	for _, args := range [][]string{
		{"ingest", "--index", dir, pages},
		{"alert", "add", "--index", dir, "data", "data"},
		{"alert", "add", "--index", dir, "maritime & <security>", "maritime"},
		{"new", "--index", dir, "--atom", feed},
	} {
		if r := runCLI(t, env, args...); r.code != exitOK {
			t.Fatalf("%v: exit %d %s", args, r.code, r.stderr)
		}
	}
	b, err := os.ReadFile(feed)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
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
				Rel  string `xml:"rel,attr"`
			} `xml:"link"`
			Content *string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("feed is not Atom XML: %v\n%s", err, b)
	}
	if f.ID == "" || f.Title == "" || f.Updated == "" || len(f.Author) == 0 || !strings.Contains(f.Title, "maritime & <security>") {
		t.Errorf("feed lacks id, title, updated or author: %+v", f)
	}
	if len(f.Entries) == 0 {
		t.Fatal("feed has no entries")
	}
	ids := map[string]bool{}
	for _, e := range f.Entries {
		if e.ID == "" || e.Title == "" || e.Updated == "" {
			t.Errorf("entry lacks id, title or updated: %+v", e)
		}
		if ids[e.ID] {
			t.Errorf("entry %s twice", e.ID)
		}
		ids[e.ID] = true
		alternate := false
		for _, l := range e.Links {
			alternate = alternate || l.Rel == "alternate" && l.Href != ""
		}
		if !alternate && e.Content == nil {
			t.Errorf("entry %s has neither an alternate link nor content", e.ID)
		}
	}

	py, err := exec.LookPath("python3")
	if err == nil {
		err = exec.Command(py, "-c", "import feedparser").Run()
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI needs python3 with feedparser: %v", err)
		}
		t.Skipf("no python3 with feedparser (%v): the feed is checked by the XML checks only", err)
	}
	script := `import sys, json, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
  "entries": len(d.entries), "titled": sum(1 for e in d.entries if e.get("title") and e.get("id") and e.get("updated"))}))`
	out, err := exec.Command(py, "-c", script, feed).Output()
	if err != nil {
		t.Fatalf("feedparser: %v", err)
	}
	var got struct {
		Bozo    bool   `json:"bozo"`
		Error   string `json:"error"`
		Version string `json:"version"`
		Entries int    `json:"entries"`
		Titled  int    `json:"titled"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if got.Bozo || got.Version != "atom10" || got.Entries != len(f.Entries) || got.Titled != got.Entries {
		t.Errorf("feedparser: %+v, want a clean atom10 feed of %d entries", got, len(f.Entries))
	}
}
