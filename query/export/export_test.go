package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/internal/golden"
	"github.com/pubindex/pubindex/query"
)

// hostile returns records made to break exporters: every character BibTeX,
// RIS, CSV and Markdown treat specially, names that cannot be split, line
// breaks that would start a RIS tag, partial and missing dates, and two
// records that share a citation key.
func hostile() []Entry {
	acc := pub.Date{Year: 2026, Month: 11, Day: 20}
	rec := func(r query.Record) Entry { return Entry{Record: &r, Accessed: acc} }
	return []Entry{
		rec(query.Record{Publication: query.Publication{ID: "IP25008", Code: "IP25008",
			Title:  `Braces {and} 100% & $5 #1 a_b ~x^2 C:\path, "quoted", *stars* [link](x) <b>`,
			Series: "IDSS Papers", Date: pub.Date{Year: 2025},
			Authors: []string{"Li Mingjiang", "O'Brien, Seán", "Tom and Jerry", "Madonna", "李明江"},
			Regions: []string{"Southeast Asia and ASEAN"}, Topics: []string{"Cyber, Data & Tech"},
			URL: "https://www.rsis.edu.sg/rsis-publication/idss/ip25008-a_b/?q=%20x#frag", Publisher: "Smith & Sons {Ltd}"},
			PageType: pub.PageTypePublication,
			Synopsis: "Line one,\nER  - \nTY  - JOUR\r\nline \"three\"."}),
		rec(query.Record{Publication: query.Publication{ID: "CO25002", Code: "CO25002",
			Title: "The Illusion of Utopia", Date: pub.Date{Year: 2025, Month: 2},
			Authors: []string{"Xing Jiahui"}}}),
		rec(query.Record{Publication: query.Publication{ID: "CO25001", Code: "CO25001",
			Title: "Illusion of Utopia, Again", Date: pub.Date{Year: 2025, Month: 2, Day: 3},
			Authors: []string{"Xing Jiahui"}}}),
		{Record: &query.Record{Publication: query.Publication{ID: "https://example.org/events/1",
			Title: "\t"}, PageType: "event"}},
	}
}

func writeAll(t *testing.T, format string, entries []Entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var ext = map[string]string{"jsonl": "jsonl", "csv": "csv", "bibtex": "bib", "ris": "ris", "csl-json": "json", "md": "md"}

func TestHostileGolden(t *testing.T) {
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", "hostile."+ext[f]), writeAll(t, f, hostile()))
		})
	}
}

func TestEmpty(t *testing.T) {
	want := map[string]string{"jsonl": "", "bibtex": "", "ris": "", "md": "", "csl-json": "[]\n",
		"csv": strings.Join(csvColumns, ",") + "\n"}
	for _, f := range Formats {
		if got := string(writeAll(t, f, nil)); got != want[f] {
			t.Errorf("%s of nothing = %q, want %q", f, got, want[f])
		}
	}
}

func TestBibKeys(t *testing.T) {
	out := string(writeAll(t, "bibtex", hostile()))
	// Same first author, year and first title word ("the" is skipped): the
	// suffixes follow the IDs, not the order of the hits.
	for _, want := range []string{"@techreport{li2025braces,", "@techreport{xing2025illusionb,",
		"@techreport{xing2025illusiona,", "@misc{anonnd,"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if strings.Index(out, "illusionb") > strings.Index(out, "illusiona") {
		t.Error("entries were reordered: they must keep the order of the hits")
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("endnote", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "bibtex") {
		t.Errorf("New(endnote) = %v, want an error listing the formats", err)
	}
}

func TestSuffix(t *testing.T) {
	for n, want := range map[int]string{0: "a", 1: "b", 25: "z", 26: "aa", 27: "ab"} {
		if got := suffix(n); got != want {
			t.Errorf("suffix(%d) = %q, want %q", n, got, want)
		}
	}
}
