package snippet

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index/pub"
)

// hugeDoc is a publication whose body is one paragraph of size bytes with
// a match in every sentence: hostile input that made snippets quadratic.
func hugeDoc(size int) *pub.Document {
	const sentence = "Maritime security in the strait depends on cooperation between navies. "
	return &pub.Document{ID: "huge", Title: "Huge", Synopsis: "A maritime synopsis.",
		Body: strings.Repeat(sentence, size/len(sentence)+1)[:size]}
}

// TestSnippetsHugeBounded: snippets of a 20 MB one-paragraph body full of
// matches come back well within a generous deadline (without the bound on
// the bytes scanned they took many minutes), and still mark the matches.
func TestSnippetsHugeBounded(t *testing.T) {
	d := hugeDoc(20 << 20)
	m := NewMatcher(termsOf("maritime navies"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	done := make(chan []Snippet, 1)
	go func() { done <- m.Snippets(d) }()
	select {
	case sn := <-done:
		if len(sn) != maxSnippets {
			t.Fatalf("%d snippets, want %d", len(sn), maxSnippets)
		}
		for _, s := range sn {
			if len(s.Marks) == 0 || len(s.Text) > snippetSize+20 {
				t.Errorf("snippet %q: %d marks, %d bytes", s.Text, len(s.Marks), len(s.Text))
			}
		}
	case <-ctx.Done():
		t.Fatal("snippets of a 20 MB paragraph did not finish in 2 minutes: the work per hit is not bounded")
	}
}

// TestSnippetsMatchBeyondTheScanLimit: a body whose only match is past the
// first bytes scanned still gets a snippet around it.
func TestSnippetsMatchBeyondTheScanLimit(t *testing.T) {
	body := strings.Repeat("Nothing to see in this sentence at all. ", (3*maxScan)/40) + "Here the maritime word stands."
	m := NewMatcher(termsOf("maritime"))
	sn := m.Snippets(&pub.Document{ID: "x", Title: "T", Body: body})
	if len(sn) != 1 || len(sn[0].Marks) != 1 || !strings.Contains(sn[0].Text, "maritime") {
		t.Fatalf("snippets = %+v, want one around the late match", sn)
	}
	if got := sn[0].Text[sn[0].Marks[0].Start:sn[0].Marks[0].End]; got != "maritime" {
		t.Errorf("mark = %q", got)
	}
	if !strings.HasPrefix(body[sn[0].Offset:], strings.TrimPrefix(sn[0].Text, ellipsis)[:20]) {
		t.Errorf("offset %d does not point at the snippet's text", sn[0].Offset)
	}
}

func BenchmarkSnippetsHuge(b *testing.B) {
	for _, mb := range []int{1, 5, 50} {
		d := hugeDoc(mb << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			m := NewMatcher(termsOf("maritime navies"))
			for b.Loop() {
				m.Snippets(d)
			}
		})
	}
}
