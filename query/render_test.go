package query

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/internal/golden"
)

// TestWriteTextColor pins the terminal rendering: ANSI colour when asked,
// and ** markers with no escape codes otherwise (pipes, NO_COLOR).
func TestWriteTextColor(t *testing.T) {
	s := fixture(t)
	res := doSearch(t, s, Request{Text: "malacca", Limit: 1})
	var color, plain bytes.Buffer
	if err := WriteText(&color, res, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	if err := WriteText(&plain, res, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(color.String(), ansiMatch+"Malacca") || strings.Contains(color.String(), "**") {
		t.Errorf("colour output does not colour matches:\n%q", color.String())
	}
	if strings.Contains(plain.String(), "\x1b[") || !strings.Contains(plain.String(), "**Malacca**") {
		t.Errorf("plain output has escapes or no markers:\n%s", plain.String())
	}
	golden.Check(t, "testdata/color.txt", color.Bytes())
}

func TestTerminalSafe(t *testing.T) {
	in := "a\x1b]52;c;x\x07b\u009bc\n\td"
	got := TerminalSafe(in)
	if strings.ContainsAny(got, "\x1b\x07\u009b") || len(got) != len(in) || !strings.HasSuffix(got, "c\n\td") {
		t.Errorf("TerminalSafe(%q) = %q", in, got)
	}
}
