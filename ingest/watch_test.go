package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestWatch: a page that appears while watching is indexed, once, after it
// has settled; a page written in pieces is read only when complete.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	ix := openTestIndex(t)
	p := newTestParser(t)
	rounds := make(chan *Summary, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Watch(ctx, ix, p, WatchConfig{Config: Config{Roots: []string{dir}, Settle: time.Second}, Poll: time.Hour,
			OnRound: func(s *Summary) { rounds <- s }})
	}()
	next := func(what string) *Summary {
		t.Helper()
		select {
		case s := <-rounds:
			return s
		case <-time.After(20 * time.Second):
			t.Fatalf("no round after %s", what)
		}
		return nil
	}
	if s := next("start"); s.Seen != 0 {
		t.Fatalf("first round: %+v", s)
	}

	// Written in pieces, 100 ms apart: never read while incomplete.
	page := fixturePage(t, "rsis-01-malacca-patrols.txt")
	sub := filepath.Join(dir, "new-folder")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let the watcher add the new folder
	f, err := os.Create(filepath.Join(sub, "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(page); i += len(page) / 5 {
		f.WriteString(page[i:min(len(page), i+len(page)/5)])
		f.Sync()
		time.Sleep(100 * time.Millisecond)
	}
	f.Close()
	var added, parsed int
	deadline := time.After(20 * time.Second)
	for added == 0 {
		select {
		case s := <-rounds:
			added += s.Added
			parsed += s.Parsed
			if len(s.Failed)+len(s.Skipped)+len(s.Warnings) > 0 {
				t.Errorf("round read an incomplete file: %+v", s)
			}
		case <-deadline:
			t.Fatal("the new page was never indexed")
		}
	}
	if parsed != 1 {
		t.Errorf("the page was read %d times, want once", parsed)
	}
	if d, _ := ix.Document("CO05018"); d == nil {
		t.Error("document not in the index")
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Watch returned %v after cancel", err)
	}
}
