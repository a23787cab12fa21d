package site

import (
	"embed"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/fields"
)

// Profile teaches pubindex one site: its publisher name, how to recognise its
// pages, its taxonomy, the headings of its article layout and the chrome
// around it. Profiles are data (JSON), so a new site is a new file, not new
// code; the built-in ones live in ingest/site/profiles.
type Profile struct {
	Name      string   `json:"name"`
	Publisher string   `json:"publisher"`
	Hosts     []string `json:"hosts"`
	// Markers are phrases that identify a text dump of the site when the
	// dump does not record its URL.
	Markers []string `json:"markers"`
	// DateOrder is "dmy" or "mdy": how the site writes all-numeric dates.
	DateOrder string `json:"date_order"`
	// CodePrefixes are the letters that start the site's publication codes
	// (IP25008); SeriesByPrefix maps the prefixes whose series is certain.
	CodePrefixes   []string          `json:"code_prefixes"`
	SeriesByPrefix map[string]string `json:"series_by_prefix"`
	// The taxonomy of Categories labels.
	Series  []string          `json:"series"`
	Regions []string          `json:"regions"`
	Topics  []string          `json:"topics"`
	Aliases map[string]string `json:"aliases"`
	// Layout of a page dump: the heading before the synopsis, the heading
	// before the body, lines where the footer starts, and lines of chrome
	// that can sit inside the article.
	SynopsisHeadings []string `json:"synopsis_headings"`
	BodyHeadings     []string `json:"body_headings"`
	FooterMarkers    []string `json:"footer_markers"`
	DropLines        []string `json:"drop_lines"`
	BreadcrumbRoots  []string `json:"breadcrumb_roots"`
	// NonPublication lists the cues of pages that are not publications.
	NonPublication []PageCue `json:"non_publication"`
	// URLRewrites fold several URLs of one page into one (centre folders).
	URLRewrites []fields.Rewrite `json:"url_rewrites"`
	// HTML holds CSS selectors for the site's HTML pages.
	HTML *HTMLRules `json:"html,omitempty"`
	// SeriesByURL gives the series of an HTML page whose URL path matches
	// a pattern, for sites that file a series under one folder
	// ("/the-interpreter/"); the first match wins, and a series found in
	// the page's own categories comes first.
	SeriesByURL []URLSeries `json:"series_by_url"`

	urlCues []*regexp.Regexp
}

// PageCue recognises one kind of page that is not a publication.
type PageCue struct {
	Kind       string   `json:"kind"`       // event, news, media, newsletter, ...
	URL        string   `json:"url"`        // regular expression on the URL path
	Breadcrumb []string `json:"breadcrumb"` // breadcrumb or section labels
	Text       []string `json:"text"`       // phrases only such pages carry
}

// URLSeries names the series of the pages under one URL path.
type URLSeries struct {
	// URL is a regular expression on the lower-cased URL path.
	URL string `json:"url"`
	// Series is the series of the pages whose path matches.
	Series string `json:"series"`
}

// HTMLRules are CSS selectors for a site's HTML pages; each is optional.
type HTMLRules struct {
	Title    string `json:"title"`
	Authors  string `json:"authors"`
	Date     string `json:"date"`
	Synopsis string `json:"synopsis"`
	Body     string `json:"body"`
	Drop     string `json:"drop"` // elements removed from the body
	Category string `json:"category"`
}

//go:embed profiles/*.json
var builtinProfiles embed.FS

// BuiltinProfiles returns the profiles shipped with pubindex.
func BuiltinProfiles() ([]*Profile, error) {
	var out []*Profile
	err := fs.WalkDir(builtinProfiles, "profiles", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := builtinProfiles.ReadFile(p)
		if err != nil {
			return err
		}
		pr, err := parseProfile(b)
		if err != nil {
			return fmt.Errorf("built-in profile %s: %w", p, err)
		}
		out = append(out, pr)
		return nil
	})
	return out, err
}

// LoadProfile reads a profile from a JSON file.
func LoadProfile(path string) (*Profile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read profile: %w", err)
	}
	p, err := parseProfile(b)
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", path, err)
	}
	return p, nil
}

// parseProfile decodes and checks a profile.
func parseProfile(b []byte) (*Profile, error) {
	var p Profile
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if p.Name == "" {
		return nil, fmt.Errorf("no name")
	}
	switch p.DateOrder {
	case "", "dmy", "mdy":
	default:
		return nil, fmt.Errorf("date_order %q: want dmy or mdy", p.DateOrder)
	}
	for _, c := range p.NonPublication {
		if c.URL == "" {
			p.urlCues = append(p.urlCues, nil)
			continue
		}
		re, err := regexp.Compile(c.URL)
		if err != nil {
			return nil, fmt.Errorf("non_publication %s url: %w", c.Kind, err)
		}
		p.urlCues = append(p.urlCues, re)
	}
	for _, r := range p.URLRewrites {
		if _, err := regexp.Compile(r.Pattern); err != nil {
			return nil, fmt.Errorf("url_rewrites %q: %w", r.Pattern, err)
		}
	}
	return &p, nil
}

// Order returns the profile's reading of all-numeric dates.
func (p *Profile) Order() fields.DateOrder {
	if p != nil && p.DateOrder == "mdy" {
		return fields.MonthFirst
	}
	return fields.DayFirst
}

// MatchesHost reports whether host (lower case, no www.) belongs to the site.
func (p *Profile) MatchesHost(host string) bool {
	for _, h := range p.Hosts {
		if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// Kind of a Categories label.
type Kind int

// Label kinds.
const (
	KindUnknown Kind = iota
	KindSeries
	KindRegion
	KindTopic
)

// Taxonomy classifies Categories labels into series, regions and topics by
// vocabulary, not by their position on the line.
type Taxonomy struct {
	labels map[string]label // FoldKey(label or alias) -> label
	// multi lists labels that themselves contain the " / " separator
	// ("Commemorative / Event Reports"), longest first.
	multi []string
}

type label struct {
	kind Kind
	name string
}

// NewTaxonomy builds the taxonomy of the given profiles.
func NewTaxonomy(profiles ...*Profile) *Taxonomy {
	t := &Taxonomy{labels: map[string]label{}}
	for _, p := range profiles {
		t.Add(KindSeries, p.Series...)
		t.Add(KindRegion, p.Regions...)
		t.Add(KindTopic, p.Topics...)
		for _, s := range p.SeriesByPrefix {
			t.Add(KindSeries, s)
		}
		for alias, canon := range p.Aliases {
			if l, ok := t.labels[pub.FoldKey(canon)]; ok {
				t.addLabel(alias, l)
			}
		}
	}
	return t
}

// Add adds labels of one kind. A later Add of the same label wins, so a
// user's taxonomy file can move a label to another kind.
func (t *Taxonomy) Add(k Kind, names ...string) {
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n != "" {
			t.addLabel(n, label{kind: k, name: n})
		}
	}
}

func (t *Taxonomy) addLabel(text string, l label) {
	t.labels[pub.FoldKey(text)] = l
	if strings.Contains(text, "/") {
		t.multi = append(t.multi, text)
		sort.Slice(t.multi, func(i, j int) bool { return len(t.multi[i]) > len(t.multi[j]) })
	}
}

// write writes the taxonomy in a stable order, for Set.WriteKey.
func (t *Taxonomy) write(w io.Writer) {
	keys := make([]string, 0, len(t.labels))
	for k := range t.labels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s=%d:%s\n", k, t.labels[k].kind, t.labels[k].name)
	}
}

// Classify returns the kind and canonical spelling of a label.
func (t *Taxonomy) Classify(s string) (Kind, string) {
	if l, ok := t.labels[pub.FoldKey(s)]; ok {
		return l.kind, l.name
	}
	return KindUnknown, strings.Join(strings.Fields(s), " ")
}

// SplitCategories splits the labels of a Categories line ("IDSS Papers /
// Global / South Asia"), keeping labels that contain a slash whole.
func (t *Taxonomy) SplitCategories(s string) []string {
	var out []string
	for len(strings.TrimSpace(s)) > 0 {
		s = strings.TrimSpace(s)
		matched := false
		for _, m := range t.multi {
			if len(s) >= len(m) && pub.FoldKey(s[:len(m)]) == pub.FoldKey(m) &&
				(len(s) == len(m) || strings.HasPrefix(strings.TrimSpace(s[len(m):]), "/")) {
				out = append(out, s[:len(m)])
				s = strings.TrimPrefix(strings.TrimSpace(s[len(m):]), "/")
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		part, rest, _ := strings.Cut(s, "/")
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
		s = rest
	}
	return out
}

// taxonomyFile is the JSON form of a user's taxonomy extension:
// {"series": [...], "regions": [...], "topics": [...]}.
type taxonomyFile struct {
	Series  []string `json:"series"`
	Regions []string `json:"regions"`
	Topics  []string `json:"topics"`
}

// LoadTaxonomyFile adds the labels of a taxonomy file to t.
func (t *Taxonomy) LoadTaxonomyFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read taxonomy: %w", err)
	}
	var f taxonomyFile
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("taxonomy %s: %w", path, err)
	}
	t.Add(KindSeries, f.Series...)
	t.Add(KindRegion, f.Regions...)
	t.Add(KindTopic, f.Topics...)
	return nil
}
