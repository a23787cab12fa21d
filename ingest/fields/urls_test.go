package fields

import (
	"strings"
	"testing"
)

// rsisRewrite folds RSIS centre folders, as in the RSIS site profile.
var rsisRewrite = Rewrite{Host: "rsis.edu.sg", Pattern: `^/rsis-publication/[^/]+/`, Replace: "/rsis-publication/"}

// canonicalURLCases are inputs for CanonicalURL; FuzzCanonicalURL is seeded
// with them. want "" means an error.
var canonicalURLCases = []struct {
	in       string
	rewrites []Rewrite
	want     string
}{
	{"HTTPS://WWW.RSIS.edu.sg/rsis-publication/idss/ip22006-some-title/?utm_source=x&doing_wp_cron=1712.3#top",
		[]Rewrite{rsisRewrite}, "https://rsis.edu.sg/rsis-publication/ip22006-some-title"},
	{"http://rsis.edu.sg/rsis-publication/cens/ip22006-some-title",
		[]Rewrite{rsisRewrite}, "https://rsis.edu.sg/rsis-publication/ip22006-some-title"},
	{"https://www.rsis.edu.sg/rsis-publication/ip22006-some-title/",
		[]Rewrite{rsisRewrite}, "https://rsis.edu.sg/rsis-publication/ip22006-some-title"},
	{"https://www.rsis.edu.sg/rsis-publication/idss/ip22006-some-title/",
		nil, "https://rsis.edu.sg/rsis-publication/idss/ip22006-some-title"},
	{"https://example.org/rsis-publication/idss/x",
		[]Rewrite{rsisRewrite}, "https://example.org/rsis-publication/idss/x"},
	{"https://news.rsis.edu.sg/rsis-publication/idss/x",
		[]Rewrite{rsisRewrite}, "https://news.rsis.edu.sg/rsis-publication/x"},
	{"https://example.org/a/b/c", []Rewrite{{Pattern: `^/a/(\w+)/`, Replace: "/$1/"}}, "https://example.org/b/c"},
	{"https://rsis.edu.sg/rsis-publication/a/b/ip22006-title", []Rewrite{rsisRewrite}, "https://rsis.edu.sg/rsis-publication/ip22006-title"},
	{"https://example.org/a", []Rewrite{{Pattern: `^/a$`, Replace: "/b?c#d"}}, "https://example.org/b%3Fc%23d"},
	{"https://example.org/a", []Rewrite{{Host: "other.org", Pattern: `(`}}, ""},
	{"https://example.org/", nil, "https://example.org/"},
	{"https://example.org", nil, "https://example.org/"},
	{"http://example.org:80/", nil, "https://example.org/"},
	{"https://example.org:443/a", nil, "https://example.org/a"},
	{"https://example.org:8080/a", nil, "https://example.org:8080/a"},
	{"https://user:pass@example.org/a", nil, "https://example.org/a"},
	{"https://Example.ORG./a", nil, "https://example.org/a"},
	{"https://example.org/a/./b/../c", nil, "https://example.org/a/c"},
	{"https://example.org/../../a", nil, "https://example.org/a"},
	{"https://example.org//a///b//", nil, "https://example.org/a/b"},
	{"https://example.org/a%2fb", nil, "https://example.org/a%2Fb"},
	{"https://example.org/%7Euser/%41%42", nil, "https://example.org/~user/AB"},
	{"https://example.org/a%2Eb/%2E%2E/c", nil, "https://example.org/c"},
	{"https://example.org/a b", nil, "https://example.org/a%20b"},
	{"https://example.org/caf%c3%a9", nil, "https://example.org/caf%C3%A9"},
	{"https://example.org/café", nil, "https://example.org/caf%C3%A9"},
	{"https://example.org/a?b=2&a=1", nil, "https://example.org/a?a=1&b=2"},
	{"https://example.org/a?a=1&b=2", nil, "https://example.org/a?a=1&b=2"},
	{"https://example.org/a?a=1&a=1&&b", nil, "https://example.org/a?a=1&b"},
	{"https://example.org/a?q=x%2fy&p=%7e", nil, "https://example.org/a?p=~&q=x%2Fy"},
	{"https://example.org/a?", nil, "https://example.org/a"},
	{"https://example.org/a?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&amp=1&replytocom=5&_ga=6&ref=7&share=8",
		nil, "https://example.org/a"},
	{"https://example.org/a?amp", nil, "https://example.org/a"},
	{"https://example.org/?p=123&utm_campaign=z", nil, "https://example.org/?p=123"},
	{"https://example.org/a?x=%zz", nil, "https://example.org/a?x=%25zz"},
	{"https://example.org/a#section-2", nil, "https://example.org/a"},
	{"https://[2001:DB8::1]:8443/a", nil, "https://[2001:db8::1]:8443/a"},
	{"https://192.168.0.1/a", nil, "https://192.168.0.1/a"},
	{"  https://example.org/a  ", nil, "https://example.org/a"},
	// Errors.
	{"", nil, ""},
	{"   ", nil, ""},
	{"/rsis-publication/idss/ip22006", nil, ""},
	{"rsis-publication/ip22006", nil, ""},
	{"//example.org/a", nil, ""},
	{"www.example.org/a", nil, ""},
	{"ftp://example.org/a", nil, ""},
	{"mailto:jane@example.org", nil, ""},
	{"javascript:void(0)", nil, ""},
	{"http:example.org", nil, ""},
	{"http:///a", nil, ""},
	{"https://exa mple.org/", nil, ""},
	{"https://a..b/", nil, ""},
	{"https://www./", nil, "https://www/"},
	{"https://www.www.example.org/", nil, "https://example.org/"},
	{"https://www../", nil, ""},
	{"https://example.org:99999/", nil, ""},
	{"https://example.org/%zz", nil, ""},
	{"https://example.org/a", []Rewrite{{Pattern: `(`}}, ""},
	{"not a url", nil, ""},
}

func TestCanonicalURL(t *testing.T) {
	for _, c := range canonicalURLCases {
		got, err := CanonicalURL(c.in, c.rewrites)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("CanonicalURL(%q) = %q; want an error", c.in, got)
		case c.want != "" && err != nil:
			t.Errorf("CanonicalURL(%q): %v; want %q", c.in, err, c.want)
		case got != c.want:
			t.Errorf("CanonicalURL(%q) = %q; want %q", c.in, got, c.want)
		}
		if err != nil && err.Error() != strings.ToLower(err.Error()[:1])+err.Error()[1:] {
			t.Errorf("CanonicalURL(%q): error %q starts with a capital", c.in, err)
		}
		if err == nil {
			again, err := CanonicalURL(got, c.rewrites)
			if err != nil || again != got {
				t.Errorf("CanonicalURL(%q) = %q, %v; want it unchanged", got, again, err)
			}
		}
	}
}

func TestCanonicalURLSamePage(t *testing.T) {
	rw := []Rewrite{rsisRewrite}
	same := [][]string{
		{
			"HTTPS://WWW.RSIS.edu.sg/rsis-publication/idss/ip22006-some-title/?utm_source=x&doing_wp_cron=1712.3#top",
			"http://rsis.edu.sg/rsis-publication/cens/ip22006-some-title",
			"https://rsis.edu.sg/rsis-publication/rsis/ip22006-some-title/#comments",
		},
		{
			"https://example.org/search?b=2&a=1",
			"https://example.org/search?a=1&b=2&utm_medium=email",
			"http://www.example.org:80/search/?a=1&b=2",
		},
	}
	for _, group := range same {
		want, err := CanonicalURL(group[0], rw)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range group[1:] {
			if got, err := CanonicalURL(u, rw); err != nil || got != want {
				t.Errorf("CanonicalURL(%q) = %q, %v; want %q", u, got, err, want)
			}
		}
	}
	different := []string{
		"https://rsis.edu.sg/rsis-publication/idss/ip22006-some-title",
		"https://rsis.edu.sg/rsis-publication/idss/ip22007-other-title",
		"https://rsis.edu.sg/rsis-publication/idss",
		"https://example.org/search?a=1",
		"https://example.org/search?a=2",
		"https://example.org/search",
		"https://example.org:8080/search",
		"https://example.org/Search",
		"https://example.com/search",
	}
	seen := map[string]string{}
	for _, u := range different {
		got, err := CanonicalURL(u, rw)
		if err != nil {
			t.Fatalf("CanonicalURL(%q): %v", u, err)
		}
		if prev, dup := seen[got]; dup {
			t.Errorf("CanonicalURL(%q) = CanonicalURL(%q) = %q; want different pages to stay different", u, prev, got)
		}
		seen[got] = u
	}
}

var codePrefixes = []string{"IP", "CO", "WP", "PR", "NTS"}

func TestCodeFromURL(t *testing.T) {
	cases := []struct{ in, want string }{
		{"https://rsis.edu.sg/rsis-publication/idss/ip22006-some-title/", "IP22006"},
		{"https://rsis.edu.sg/rsis-publication/rsis/co18025-title", "CO18025"},
		{"https://rsis.edu.sg/rsis-publication/ip22006", "IP22006"},
		{"https://rsis.edu.sg/rsis-publication/IP22006-Title", "IP22006"},
		{"https://rsis.edu.sg/wp-content/uploads/2022/01/ip22006.pdf", "IP22006"},
		{"https://rsis.edu.sg/rsis-publication/nts/nts22001a-title", "NTS22001A"},
		{"https://rsis.edu.sg/rsis-publication/ip22006-title?utm_source=x#top", "IP22006"},
		{"/rsis-publication/ip22006-title", "IP22006"},
		{"https://rsis.edu.sg/rsis-publication/xx22006-title", ""},
		{"https://rsis.edu.sg/rsis-publication/ip2200-title", ""},
		{"https://rsis.edu.sg/rsis-publication/ip220061-title", ""},
		{"https://rsis.edu.sg/rsis-publication/ip22006abc", ""},
		{"https://rsis.edu.sg/rsis-publication/the-ip22006-title", ""},
		{"https://rsis.edu.sg/ip22006-title/comments", ""},
		{"https://rsis.edu.sg/", ""},
		{"", ""},
		{"%zz", ""},
	}
	for _, c := range cases {
		if got := CodeFromURL(c.in, codePrefixes); got != c.want {
			t.Errorf("CodeFromURL(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if got := CodeFromURL("https://rsis.edu.sg/ip22006-title", nil); got != "" {
		t.Errorf("CodeFromURL with no prefixes = %q; want \"\"", got)
	}
}

func TestCodeFromText(t *testing.T) {
	cases := []struct {
		in, code, rest string
		ok             bool
	}{
		{"IP25008 | Title of the Paper", "IP25008", "Title of the Paper", true},
		{"IP25008 – Title", "IP25008", "Title", true},
		{"CO18025: Title", "CO18025", "Title", true},
		{"  IP25008\u00a0|\u00a0Title ", "IP25008", "Title", true},
		{"NTS22001A | Title", "NTS22001A", "Title", true},
		{"IP25008", "IP25008", "", true},
		{"IP25008 Title", "IP25008", "Title", true},
		{"ip25008 | Title", "", "", false},
		{"XX25008 | Title", "", "", false},
		{"IP250089 | Title", "", "", false},
		{"IP2500 | Title", "", "", false},
		{"IP25008Title", "", "", false},
		{"IP25008AB | Title", "", "", false},
		{"IPX25008 | Title", "", "", false},
		{"Title IP25008", "", "", false},
		{"", "", "", false},
	}
	for _, c := range cases {
		code, rest, ok := CodeFromText(c.in, codePrefixes)
		if code != c.code || rest != c.rest || ok != c.ok {
			t.Errorf("CodeFromText(%q) = %q, %q, %v; want %q, %q, %v", c.in, code, rest, ok, c.code, c.rest, c.ok)
		}
	}
}
