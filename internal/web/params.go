package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
)

// Limits on what one request may ask: bounded work per request.
const (
	// MaxQueryBytes bounds the query text.
	MaxQueryBytes = 1000
	// MaxLimit bounds hits per page.
	MaxLimit = 100
	// maxValues bounds the values of one filter.
	maxValues = 50
	// maxValueBytes bounds one filter value.
	maxValueBytes = 300
)

// ParamError is a bad parameter, answered with 400.
type ParamError struct{ Msg string }

func (e *ParamError) Error() string { return e.Msg }

// filterParams maps the API's repeatable parameters (named as the CLI's
// flags) to the Request fields.
var filterParams = []struct {
	name string
	get  func(*query.Request) *[]string
}{
	{"region", func(r *query.Request) *[]string { return &r.Regions }},
	{"series", func(r *query.Request) *[]string { return &r.Series }},
	{"topic", func(r *query.Request) *[]string { return &r.Topics }},
	{"author", func(r *query.Request) *[]string { return &r.Authors }},
	{"publisher", func(r *query.Request) *[]string { return &r.Publishers }},
}

// parseRequest reads a search from URL parameters: q, region, series,
// topic, author, publisher (repeatable), since, until, sort, page, limit.
func parseRequest(v url.Values) (query.Request, error) {
	var r query.Request
	r.Text = v.Get("q")
	if len(r.Text) > MaxQueryBytes {
		return r, &ParamError{fmt.Sprintf("q: the query is %d bytes long; at most %d", len(r.Text), MaxQueryBytes)}
	}
	for _, f := range filterParams {
		vals := v[f.name]
		if len(vals) > maxValues {
			return r, &ParamError{fmt.Sprintf("%s: %d values; at most %d", f.name, len(vals), maxValues)}
		}
		for _, s := range vals {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			if len(s) > maxValueBytes {
				return r, &ParamError{fmt.Sprintf("%s: a value of %d bytes; at most %d", f.name, len(s), maxValueBytes)}
			}
			p := f.get(&r)
			*p = append(*p, s)
		}
	}
	for _, d := range []struct {
		name string
		dst  *pub.Date
	}{{"since", &r.Since}, {"until", &r.Until}} {
		s := strings.TrimSpace(v.Get(d.name))
		if s == "" {
			continue
		}
		t, err := pub.ParseISODate(s)
		if err != nil {
			return r, &ParamError{fmt.Sprintf("--%s: %v", d.name, err)}
		}
		*d.dst = t
	}
	switch r.Sort = v.Get("sort"); r.Sort {
	case "", query.SortRelevance, query.SortNewest, query.SortOldest:
	default:
		return r, &ParamError{fmt.Sprintf("sort %q: want relevance, newest or oldest", r.Sort)}
	}
	r.Page = 1
	if s := v.Get("page"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return r, &ParamError{fmt.Sprintf("--page %q: not a number", s)}
		}
		if n < 1 {
			return r, &ParamError{fmt.Sprintf("--page %d: pages start at 1", n)}
		}
		r.Page = n
	}
	r.Limit = query.DefaultLimit
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxLimit {
			return r, &ParamError{fmt.Sprintf("--limit %q: want 1 to %d", s, MaxLimit)}
		}
		r.Limit = n
	}
	return r, nil
}
