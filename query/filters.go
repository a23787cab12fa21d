package query

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query/syntax"
)

// Filter values are matched against the values the index holds, so that a
// value need not be typed exactly as the page printed it:
//
//   - both are compared as their words, lower-cased, without accents and
//     punctuation ("ISEAS - Yusof Ishak" is "ISEAS – Yusof Ishak");
//   - a value that is a stored value word for word means that one only;
//   - otherwise it means every stored value that has all its words, in any
//     order ("southeast asia" is "Southeast Asia and ASEAN", "Tan" every
//     author with the word Tan);
//   - a publisher also answers to its words run together or to their
//     initials ("rsis", "csis", "eastasiaforum": the names of site
//     profiles);
//   - a value that matches nothing is an error naming the nearest values.

// FilterError reports a filter value that matches no value in the index.
type FilterError struct {
	Facet   string   // index.FacetRegion, ...
	Value   string   // as given
	Nearest []string // the closest values the index holds, closest first
}

// Error names the value and the nearest known ones.
func (e *FilterError) Error() string {
	msg := fmt.Sprintf("%s %q matches no %s in the index", e.Facet, e.Value, e.Facet)
	if len(e.Nearest) > 0 {
		msg += "; nearest: " + strings.Join(quoteAll(e.Nearest), ", ")
	}
	return msg + " (pubindex stats lists them all)"
}

func quoteAll(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = fmt.Sprintf("%q", v)
	}
	return out
}

// FacetValuer lists the values a facet has in an index (index.Index).
type FacetValuer interface {
	FacetValues(ctx context.Context, facet string) ([]string, error)
}

// resolveFilters replaces the filter values of req by the stored values
// they match (MatchValues); a value that matches none is a *FilterError,
// returned as an *InvalidError so every caller treats it as a bad request.
func resolveFilters(ctx context.Context, ix FacetValuer, req *Request) error {
	for _, f := range []struct {
		facet  string
		values *[]string
	}{
		{index.FacetRegion, &req.Regions}, {index.FacetSeries, &req.Series}, {index.FacetAuthor, &req.Authors},
		{index.FacetTopic, &req.Topics}, {index.FacetPublisher, &req.Publishers},
	} {
		if len(*f.values) == 0 {
			continue
		}
		known, err := ix.FacetValues(ctx, f.facet)
		if err != nil {
			return err
		}
		var out []string
		for _, v := range *f.values {
			if strings.TrimSpace(v) == "" {
				continue
			}
			m := MatchValues(f.facet, v, known)
			if len(m) == 0 {
				fe := &FilterError{Facet: f.facet, Value: v, Nearest: NearestValues(v, known, 3)}
				return &InvalidError{Msg: fe.Error()}
			}
			out = append(out, m...)
		}
		*f.values = out
	}
	return nil
}

// foldWords returns the words of s as the index splits them, folded
// (lower case, no accents), without stemming.
func foldWords(an *index.Analyzer, s string) []string {
	var out []string
	index.Words(s, 0, func(start, end, _ int) {
		if w := an.Fold(s[start:end]); w != "" {
			out = append(out, w)
		}
	})
	return out
}

// MatchValues returns the values of known that the filter value v of facet
// means, by the rules above, in the order of known.
func MatchValues(facet, v string, known []string) []string {
	an := index.NewAnalyzer()
	want := foldWords(an, v)
	if len(want) == 0 {
		return nil
	}
	var exact, all []string
	for _, k := range known {
		words := foldWords(an, k)
		switch {
		case slices.Equal(words, want):
			exact = append(exact, k)
		case containsAll(words, want):
			all = append(all, k)
		case facet == index.FacetPublisher && len(want) == 1 && len(words) > 1 &&
			(want[0] == strings.Join(words, "") || want[0] == initials(words)):
			all = append(all, k)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return all
}

func containsAll(words, want []string) bool {
	for _, w := range want {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// initials returns the first letters of the words of a name, leaving out
// single letters and the small words acronyms skip: "S. Rajaratnam School
// of International Studies" is rsis.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "for", "and", "the", "on", "in":
			continue
		}
		if len(w) > 1 {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// NearestValues returns up to n values of known closest to v by edit
// distance between their folded forms, closest first.
func NearestValues(v string, known []string, n int) []string {
	an := index.NewAnalyzer()
	fv := strings.Join(foldWords(an, v), " ")
	type scored struct {
		value string
		d     int
	}
	var all []scored
	for _, k := range known {
		fk := strings.Join(foldWords(an, k), " ")
		d := syntax.Distance(fv, fk)
		// A value that starts like v is near whatever its length.
		if strings.HasPrefix(fk, fv) || strings.HasPrefix(fv, fk) {
			d = min(d, 1)
		}
		all = append(all, scored{k, d})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].value < all[j].value
	})
	var out []string
	for _, s := range all[:min(n, len(all))] {
		out = append(out, s.value)
	}
	return out
}
