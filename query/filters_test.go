package query

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
)

func TestMatchValues(t *testing.T) {
	regions := []string{"Southeast Asia and ASEAN", "South Asia", "East Asia", "Europe", "Middle East and North Africa"}
	authors := []string{"Tan Wei Ling", "Tanya Lee", "Li Mingjiang", "Lim Tan", "José Tan-Ong"}
	publishers := []string{"S. Rajaratnam School of International Studies", "ISEAS – Yusof Ishak Institute",
		"Center for Strategic and International Studies", "East Asia Forum", "Lowy Institute"}
	tests := []struct {
		facet, value string
		known        []string
		want         []string
	}{
		{index.FacetRegion, "southeast asia", regions, []string{"Southeast Asia and ASEAN"}},
		{index.FacetRegion, "SOUTHEAST ASIA AND ASEAN", regions, []string{"Southeast Asia and ASEAN"}},
		{index.FacetRegion, "asia", regions, []string{"Southeast Asia and ASEAN", "South Asia", "East Asia"}},
		// A value that is a stored value word for word means that one.
		{index.FacetRegion, "south asia", regions, []string{"South Asia"}},
		{index.FacetRegion, "east", regions, []string{"East Asia", "Middle East and North Africa"}},
		{index.FacetRegion, "atlantis", regions, nil},
		{index.FacetAuthor, "Tan", authors, []string{"Tan Wei Ling", "Lim Tan", "José Tan-Ong"}},
		{index.FacetAuthor, "jose tan ong", authors, []string{"José Tan-Ong"}},
		{index.FacetAuthor, "ling tan", authors, []string{"Tan Wei Ling"}},
		{index.FacetPublisher, "ISEAS - Yusof Ishak", publishers, []string{"ISEAS – Yusof Ishak Institute"}},
		{index.FacetPublisher, "rsis", publishers, []string{"S. Rajaratnam School of International Studies"}},
		{index.FacetPublisher, "CSIS", publishers, []string{"Center for Strategic and International Studies"}},
		{index.FacetPublisher, "eastasiaforum", publishers, []string{"East Asia Forum"}},
		{index.FacetPublisher, "lowy", publishers, []string{"Lowy Institute"}},
		// Initials are for publishers only.
		{index.FacetRegion, "sea", regions, nil},
	}
	for _, tt := range tests {
		if got := MatchValues(tt.facet, tt.value, tt.known); !cmp.Equal(got, tt.want) {
			t.Errorf("MatchValues(%s, %q) = %q, want %q", tt.facet, tt.value, got, tt.want)
		}
	}
}

func TestNearestValues(t *testing.T) {
	known := []string{"Southeast Asia and ASEAN", "Europe", "Americas", "Global"}
	if got := NearestValues("Eruope", known, 1); !cmp.Equal(got, []string{"Europe"}) {
		t.Errorf("NearestValues(Eruope) = %q", got)
	}
}

// TestFilterMissIsAnError: a filter value that matches nothing says so and
// names what the index has, instead of "no publications match".
func TestFilterMissIsAnError(t *testing.T) {
	s := fixture(t)
	for _, r := range []Request{{Regions: []string{"Eurpoe"}}, {Authors: []string{"Nobody Atall"}}, {Publishers: []string{"brookings"}}} {
		_, err := s.Search(context.Background(), r)
		var ie *InvalidError
		if !errors.As(err, &ie) || !strings.Contains(ie.Msg, "matches no") {
			t.Errorf("Search(%+v) = %v, want an *InvalidError naming the miss", r, err)
		}
	}
	_, err := s.Search(context.Background(), Request{Regions: []string{"Eurpoe"}})
	if err == nil || !strings.Contains(err.Error(), `nearest: "Europe"`) {
		t.Errorf("Eurpoe: %v, want Europe suggested first", err)
	}
}
