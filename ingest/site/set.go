package site

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
	"github.com/pubindex/pubindex/ingest/page"
)

// Set is what the readers know of sites: the profiles, the taxonomy, a
// generic profile for pages of unknown sites and whether pages that are
// not publications are kept. It is built once (New) and safe for
// concurrent use.
type Set struct {
	profiles []*Profile
	tax      *Taxonomy
	keep     bool
	generic  *Profile
	// rules holds the layout rules of every profile and the generic one,
	// built once: a page would otherwise build its maps again.
	rules    map[*Profile]*Rules
	rewrites []fields.Rewrite
}

// New returns the Set of the given profiles and taxonomy; keepOther keeps
// pages that are not publications, marked with their page type.
func New(profiles []*Profile, tax *Taxonomy, keepOther bool) *Set {
	generic := &Profile{
		Name:             "generic",
		SynopsisHeadings: []string{"SYNOPSIS", "Synopsis", "ABSTRACT", "Abstract", "Summary", "SUMMARY", "Executive Summary"},
		BodyHeadings:     []string{"COMMENTARY", "Commentary"},
		FooterMarkers:    []string{"Popular Links", "This site uses cookies", "Copyright ©", "All rights reserved"},
		DropLines:        []string{"download pdf", "Download PDF", "Print", "Share", "Share this", "Share on", "Tweet", "Email"},
	}
	s := &Set{profiles: profiles, tax: tax, keep: keepOther, generic: generic, rules: map[*Profile]*Rules{}}
	for _, pr := range profiles {
		generic.CodePrefixes = append(generic.CodePrefixes, pr.CodePrefixes...)
		s.rewrites = append(s.rewrites, pr.URLRewrites...)
	}
	for _, pr := range append([]*Profile{generic}, profiles...) {
		s.rules[pr] = s.makeRules(pr)
	}
	return s
}

// Profiles are the known sites.
func (s *Set) Profiles() []*Profile { return s.profiles }

// Generic is the profile of pages from no known site.
func (s *Set) Generic() *Profile { return s.generic }

// Taxonomy classifies Categories labels.
func (s *Set) Taxonomy() *Taxonomy { return s.tax }

// KeepOther reports whether pages that are not publications are kept.
func (s *Set) KeepOther() bool { return s.keep }

// WriteKey writes what the set knows (profiles and taxonomy) in a stable
// form, so a parser can tell when the knowledge changed.
func (s *Set) WriteKey(w io.Writer) {
	for _, pr := range s.profiles {
		js, _ := json.Marshal(pr) // a decoded profile always marshals
		w.Write(js)
	}
	s.tax.write(w)
}

// CodePrefixes are the code prefixes a page of profile pr is read with:
// its own first, then every profile's.
func (s *Set) CodePrefixes(pr *Profile) []string {
	return append(append([]string(nil), pr.CodePrefixes...), s.generic.CodePrefixes...)
}

// SeriesOfCode is the series the profile gives publication codes with the
// prefix of code ("" when none).
func (p *Profile) SeriesOfCode(code string) string {
	i := 0
	for i < len(code) && code[i] >= 'A' && code[i] <= 'Z' {
		i++
	}
	return p.SeriesByPrefix[code[:i]]
}

// Rules are the layout words of a profile, merged with the generic ones,
// as sets of lower-case lines.
type Rules struct {
	// Synopsis and Body are the headings that open the synopsis and the
	// body of an article.
	Synopsis, Body map[string]bool
	// Drop are lines of chrome (share buttons, "Print").
	Drop map[string]bool
	// Roots start a breadcrumb (RSIS, Home).
	Roots map[string]bool
	// Footer are the prefixes of the first line after an article.
	Footer []string
}

// Rules returns the layout rules of pr, one of the set's profiles or
// Generic.
func (s *Set) Rules(pr *Profile) *Rules { return s.rules[pr] }

func (s *Set) makeRules(pr *Profile) *Rules {
	set := func(lists ...[]string) map[string]bool {
		m := map[string]bool{}
		for _, l := range lists {
			for _, s := range l {
				m[strings.ToLower(s)] = true
			}
		}
		return m
	}
	g := s.generic
	return &Rules{
		Synopsis: set(pr.SynopsisHeadings, g.SynopsisHeadings),
		Body:     set(pr.BodyHeadings, g.BodyHeadings),
		Drop:     set(pr.DropLines, g.DropLines),
		Roots:    set(pr.BreadcrumbRoots),
		Footer:   append(append([]string(nil), pr.FooterMarkers...), g.FooterMarkers...),
	}
}

// IsFooter reports whether line s starts the footer after an article.
func (r *Rules) IsFooter(s string) bool {
	for _, m := range r.Footer {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// ProfileFor picks the site profile of a page: by the host of its URL when
// known, else by the site's marker phrases in the text.
func (s *Set) ProfileFor(pageURL, text string) *Profile {
	if host := fields.HostOf(pageURL); host != "" {
		for _, pr := range s.profiles {
			if pr.MatchesHost(host) {
				return pr
			}
		}
		return s.generic
	}
	best, bestN := s.generic, 0
	for _, pr := range s.profiles {
		n := 0
		for _, m := range pr.Markers {
			if strings.Contains(text, m) {
				n++
			}
		}
		if n > bestN {
			best, bestN = pr, n
		}
	}
	return best
}

// Classify files the Categories labels under series, regions and topics,
// and returns the labels no taxonomy knows (they become topics).
func (s *Set) Classify(d *pub.Document, labels []string) (unknown []string) {
	for _, l := range labels {
		kind, name := s.tax.Classify(l)
		switch kind {
		case KindSeries:
			if d.Series == "" {
				d.Series = name
			}
		case KindRegion:
			d.Regions = append(d.Regions, name)
		case KindTopic:
			d.Topics = append(d.Topics, name)
		default:
			if name != "" {
				d.Topics = append(d.Topics, name)
				unknown = append(unknown, name)
			}
		}
	}
	d.Regions = fields.DedupeFold(d.Regions)
	d.Topics = fields.DedupeFold(d.Topics)
	return fields.DedupeFold(unknown)
}

// SetURL records the canonical URL of the page and, when the article
// carries no code, takes one from the URL's slug.
func (s *Set) SetURL(d *pub.Document, pr *Profile, raw string) {
	u, err := fields.CanonicalURL(raw, s.rewrites)
	if err != nil {
		return
	}
	d.URL = u
	if d.Code == "" {
		d.Code = fields.CodeFromURL(u, pr.CodePrefixes)
		if d.Series == "" && d.Code != "" {
			d.Series = pr.SeriesOfCode(d.Code)
		}
	}
}

// NonPublicationCue checks a page's URL and breadcrumb sections
// against the profile's cues; the deepest section says most.
func (pr *Profile) NonPublicationCue(pageURL string, path []string) (kind, why string) {
	urlPath := ""
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		urlPath = strings.ToLower(u.Path)
	}
	for i, c := range pr.NonPublication {
		if urlPath != "" && i < len(pr.urlCues) && pr.urlCues[i] != nil && pr.urlCues[i].MatchString(urlPath) {
			return c.Kind, "its URL is an " + c.Kind + " address"
		}
	}
	for i := len(path) - 1; i >= 0; i-- {
		for _, c := range pr.NonPublication {
			for _, b := range c.Breadcrumb {
				if strings.EqualFold(path[i], b) {
					return c.Kind, fmt.Sprintf("breadcrumb section %q", path[i])
				}
			}
		}
	}
	return "", ""
}

// Other is the result of a page of profile pr that is not a publication:
// skipped with its reason, or with KeepOther indexed under its page type
// with what is known of its title, date and authors.
func (s *Set) Other(kind, why string, title string, date pub.Date, authors []string, pr *Profile, pageURL string) page.Result {
	name := kind
	if kind != "page" {
		name = kind + " page"
	}
	reason := fmt.Sprintf("not a publication: %s (%s)", name, why)
	if !s.keep || title == "" {
		r := page.Result{Skip: reason}
		if kind != "page" {
			r.Kind = kind // a plain "page" is only a page without an article
		}
		return r
	}
	d := &pub.Document{Title: title, Date: date, Authors: authors, Publisher: pr.Publisher, PageType: kind}
	if pageURL != "" {
		s.SetURL(d, pr, pageURL)
	}
	return page.Result{Doc: d, Warnings: []string{reason + ", kept"}}
}
