package generic

import "testing"

// TestTrimTitleTail checks that a book's ISBNs and a dangling separator
// after a title are dropped, and that a title made of them is kept.
func TestTrimTitleTail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Harbour Lights of the Northern Isles 9789815011487", "Harbour Lights of the Northern Isles"},
		{"Harbour Lights of the Northern Isles 3030603784, 9783030603786", "Harbour Lights of the Northern Isles"},
		{"Ferry Fares and the Island Councils -", "Ferry Fares and the Island Councils"},
		{"Ferry Fares and the Island Councils |", "Ferry Fares and the Island Councils"},
		{"Lighthouse Budget 2021", "Lighthouse Budget 2021"},
		{"What the ferry fares taught me5 minutes read", "What the ferry fares taught me"},
		{"Ferry Fares After the Storm 6 min read", "Ferry Fares After the Storm"},
		{"12 min read", "12 min read"},
		{"Report 9789815011487", "Report 9789815011487"},
		{"", ""},
	} {
		if got := trimTitleTail(c.in); got != c.want {
			t.Errorf("trimTitleTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
