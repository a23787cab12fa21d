package web

import (
	"net/url"
	"testing"
)

// FuzzParseRequest: any query string gives a request within the limits or
// a ParamError, never a panic.
func FuzzParseRequest(f *testing.F) {
	for _, s := range []string{"q=data&region=Europe&region=Global", "since=2024-06&until=2025", "page=0", "limit=1000",
		"sort=newest&page=3&limit=20", "q=%22data+sovereignty%22&author=%3Cscript%3E", "since=June+2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		r, err := parseRequest(v)
		if err != nil {
			if _, ok := err.(*ParamError); !ok {
				t.Fatalf("%q: %T %v, want a ParamError", raw, err, err)
			}
			return
		}
		if len(r.Text) > MaxQueryBytes || r.Limit < 1 || r.Limit > MaxLimit || r.Page < 1 {
			t.Fatalf("%q: request out of bounds: %+v", raw, r)
		}
		for _, vals := range [][]string{r.Regions, r.Series, r.Topics, r.Authors, r.Publishers} {
			if len(vals) > maxValues {
				t.Fatalf("%q: %d values", raw, len(vals))
			}
			for _, s := range vals {
				if s == "" || len(s) > maxValueBytes {
					t.Fatalf("%q: value %q", raw, s)
				}
			}
		}
	})
}

func TestWebURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.org/a?b=c": "https://example.org/a?b=c",
		"javascript:alert(1)":       "",
		"JaVaScRiPt:alert(1)":       "",
		"data:text/html,<script>":   "",
		"//evil.example/x":          "",
		"http:///nohost":            "",
	} {
		if got := webURL(in); got != want {
			t.Errorf("webURL(%q) = %q, want %q", in, got, want)
		}
	}
}
