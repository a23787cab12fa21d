package fields

import "testing"

// TestCJKDate checks the Chinese, Japanese and Korean date lines both the
// HTML and the text readers take a publication's date from.
func TestCJKDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string // "" when no date
	}{
		{"2024年11月13日", "2024-11-13"},
		{"2024년 11월 13일", "2024-11-13"},
		{"発行日：2022年3月1日", "2022-03-01"},
		{"2021年6月", "2021-06"},
		{"2024年2月30日", ""},
		{"2024年13月", ""},
		{"港口合作 2024年5月", ""},
	} {
		d, ok := CJKDate(c.in)
		got := ""
		if ok {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("CJKDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
