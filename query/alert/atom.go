package alert

import (
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/pubindex/pubindex/index"
)

// The Atom 1.0 form of the news (RFC 4287), for pubindex new --atom and
// the page's feed. Entry ids are tag URIs (RFC 4151) built from the publication's id, so a feed reader that reads
// the feed again sees the same entry; updated is when the ingest run that
// added or changed it finished.

const atomNS = "http://www.w3.org/2005/Atom"

// atomTagBase starts every id of the feed.
const atomTagBase = "tag:pubindex.invalid,2026:"

type atomFeed struct {
	XMLName   xml.Name    `xml:"feed"`
	NS        string      `xml:"xmlns,attr"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Authors    []atomPerson   `xml:"author"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary"`
	Content    *atomText      `xml:"content"`
}

// WriteAtom writes the news as one Atom feed; entries are newest first,
// a publication that several alerts found is one entry.
func WriteAtom(w io.Writer, news []*News, runs []index.Run, now time.Time) error {
	f := atomFeed{NS: atomNS, Generator: "pubindex", Author: atomPerson{Name: "pubindex"}}
	var names []string
	for _, n := range news {
		if n.Alert != "" {
			names = append(names, n.Alert)
		}
	}
	switch len(names) {
	case 0:
		f.Title, f.ID = "New publications", atomTagBase+"new"
	case 1:
		f.Title, f.ID = "New for "+names[0], atomTagBase+"alert/"+url.PathEscape(names[0])
	default:
		f.Title, f.ID = "New for "+strings.Join(names, ", "), atomTagBase+"alerts/"+url.PathEscape(strings.Join(names, "\x1f"))
	}
	updated := time.Time{}
	for _, r := range runs {
		if t := RunTime(r); t.After(updated) {
			updated = t
		}
	}
	if updated.IsZero() {
		updated = now
	}
	f.Updated = updated.UTC().Format(time.RFC3339)
	seen := map[string]int{}
	var entries []atomEntry
	var times []time.Time
	for _, n := range news {
		if n.Result == nil {
			continue
		}
		for _, h := range n.Hits {
			if i, ok := seen[h.ID]; ok {
				if n.Alert != "" {
					entries[i].Categories = append(entries[i].Categories, atomCategory{Term: "alert:" + n.Alert, Label: n.Alert})
				}
				continue
			}
			t := n.Changed[h.ID]
			if t.IsZero() {
				t = updated
			}
			e := atomEntry{ID: atomTagBase + "pub/" + url.PathEscape(h.ID), Title: atomText{Type: "text", Text: h.Title}, Updated: t.UTC().Format(time.RFC3339)}
			if !h.Date.IsZero() {
				e.Published = h.Date.Start().Format(time.RFC3339)
			}
			for _, a := range h.Authors {
				e.Authors = append(e.Authors, atomPerson{Name: a})
			}
			if h.URL != "" {
				e.Links = append(e.Links, atomLink{Href: h.URL, Rel: "alternate"})
			}
			if h.Series != "" {
				e.Categories = append(e.Categories, atomCategory{Term: h.Series})
			}
			for _, v := range append(append([]string{}, h.Regions...), h.Topics...) {
				e.Categories = append(e.Categories, atomCategory{Term: v})
			}
			if n.Alert != "" {
				e.Categories = append(e.Categories, atomCategory{Term: "alert:" + n.Alert, Label: n.Alert})
			}
			var text []string
			for _, s := range h.Snippets {
				text = append(text, s.Text)
			}
			summary := strings.Join(text, " ")
			if summary == "" {
				summary = h.Code
			}
			if h.URL != "" {
				e.Summary = &atomText{Type: "text", Text: summary}
			} else {
				// An entry without a link must have content (RFC 4287 4.1.2).
				e.Content = &atomText{Type: "text", Text: summary}
			}
			seen[h.ID] = len(entries)
			entries = append(entries, e)
			times = append(times, t)
		}
	}
	idx := make([]int, len(entries))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return times[idx[a]].After(times[idx[b]]) })
	for _, i := range idx {
		f.Entries = append(f.Entries, entries[i])
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("write feed: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
