package web

import "testing"

func TestBidiControlsNeutralised(t *testing.T) {
	for _, tc := range []struct{ in, shown, plain string }{
		{"plain title", "plain title", "plain title"},
		{"a \u202eevil\u202c b", "a ⟨U+202E⟩evil⟨U+202C⟩ b", "a evil b"},
		{"\u2066x\u2069\u200e\u200f\u202a", "⟨U+2066⟩x⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+202A⟩", "x"},
		{"زمن \u200b", "زمن \u200b", "زمن \u200b"}, // Arabic letters and a zero-width space are no controls
	} {
		if got := showBidi(tc.in); got != tc.shown {
			t.Errorf("showBidi(%q) = %q, want %q", tc.in, got, tc.shown)
		}
		if got := stripBidi(tc.in); got != tc.plain {
			t.Errorf("stripBidi(%q) = %q, want %q", tc.in, got, tc.plain)
		}
	}
}
