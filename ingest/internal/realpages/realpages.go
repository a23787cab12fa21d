// Package realpages loads a private, hand-labelled set of real page texts
// (kept outside the repository: third-party text) and tallies how a
// reader does on it, so that the generic reader and the whole parser are
// measured the same way. It is imported by tests only.
package realpages

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Page is one labelled page of the set.
type Page struct {
	Name string
	// URL, Kind (pub, nav, listing, event, news, newsletter), Title
	// (alternatives separated by " || "; "" when the page shows none),
	// Date (YYYY, YYYY-MM or YYYY-MM-DD; "" when it shows none) and
	// Authors are the labels.
	URL, Kind, Title, Date, Authors string
	Text                            string
}

// FromEnv loads the set GENERIC_REALPAGES_DIR names, and skips the test
// when it names none: the set is private, so CI has no copy.
func FromEnv(t testing.TB) []Page {
	t.Helper()
	dir := os.Getenv("GENERIC_REALPAGES_DIR")
	if dir == "" {
		t.Skip("GENERIC_REALPAGES_DIR not set")
	}
	pages, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return pages
}

// Load reads every *.txt file of dir. Each starts with URL, KIND, TITLE,
// DATE and AUTHORS lines, then a "---" line and the page text.
func Load(dir string) ([]Page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	var out []Page
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		head, text, ok := strings.Cut(string(b), "\n---\n")
		if !ok {
			return nil, fmt.Errorf("%s: no \"---\" line after the labels", f)
		}
		lab := map[string]string{}
		for _, l := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(l, ":")
			lab[k] = strings.TrimSpace(v)
		}
		out = append(out, Page{Name: filepath.Base(f), URL: lab["URL"], Kind: lab["KIND"], Title: lab["TITLE"],
			Date: lab["DATE"], Authors: lab["AUTHORS"], Text: text})
	}
	return out, nil
}

// Got is what a reader made of a page.
type Got struct {
	Skip  string // why the page was skipped, "" when indexed
	Title string
	Date  string // "" when none
}

// Tally counts a reader's results over the set. Errors are the results
// that must never happen (a wrong date, a non-publication indexed, a menu
// label as a title); Misses are the rest of what went wrong.
type Tally struct {
	Files, Pubs, PubsIndexed                          int
	Visible, TitlesRight                              int
	DatesLabelled, DatesRight, WrongDates, NavIndexed int
	MenuTitles                                        int
	Errors, Misses                                    []string
}

// Add counts the result got for page p; menu tells a menu label.
func (t *Tally) Add(p Page, got Got, menu func(string) bool) {
	t.Files++
	if p.Kind != "pub" {
		// a news release read as a publication is a lesser harm
		if got.Skip == "" && p.Kind != "news" {
			t.NavIndexed++
			t.Errors = append(t.Errors, fmt.Sprintf("%s: %s page indexed with title %q", p.Name, p.Kind, got.Title))
		}
		return
	}
	t.Pubs++
	if got.Skip == "" {
		t.PubsIndexed++
	} else {
		t.Misses = append(t.Misses, fmt.Sprintf("%s: publication skipped: %s", p.Name, got.Skip))
	}
	if got.Skip == "" && menu(got.Title) {
		t.MenuTitles++
		t.Errors = append(t.Errors, fmt.Sprintf("%s: menu text as title %q", p.Name, got.Title))
	}
	if p.Title != "" {
		t.Visible++
		if got.Skip == "" && SameTitle(got.Title, p.Title) {
			t.TitlesRight++
		} else if got.Skip == "" {
			t.Misses = append(t.Misses, fmt.Sprintf("%s: title %q, want %q", p.Name, got.Title, p.Title))
		}
	}
	if p.Date != "" {
		t.DatesLabelled++
		if got.Date == p.Date {
			t.DatesRight++
		}
	}
	if got.Date != "" && got.Date != p.Date {
		t.WrongDates++
		t.Errors = append(t.Errors, fmt.Sprintf("%s: date %s, want %q", p.Name, got.Date, p.Date))
	}
}

// String is the summary line of the figures.
func (t *Tally) String() string {
	return fmt.Sprintf("%d files, %d publications (%d indexed); titles right %d/%d with a visible title; "+
		"dates right %d/%d labelled; wrong dates %d; non-publications indexed %d; menu titles %d",
		t.Files, t.Pubs, t.PubsIndexed, t.TitlesRight, t.Visible, t.DatesRight, t.DatesLabelled,
		t.WrongDates, t.NavIndexed, t.MenuTitles)
}

// SameTitle reports whether title a is label b, or one of its " || "
// alternatives, up to case, spacing, quotes and dashes.
func SameTitle(a, b string) bool {
	norm := func(s string) string {
		s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "–", "-", "—", "-").Replace(s)
		return strings.ToLower(strings.Join(strings.Fields(s), " "))
	}
	for _, alt := range strings.Split(b, " || ") {
		if norm(a) == norm(alt) {
			return true
		}
	}
	return false
}
