package ingest

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
)

// checkHistory checks that the run history agrees with the index: replaying
// every run's added, updated and removed publications, oldest first, gives
// exactly the publications the index holds, and the run of sum (if it
// changed anything) counts what the summary counts.
func checkHistory(t *testing.T, ix *index.Index, sum *Summary) {
	t.Helper()
	ctx := context.Background()
	runs, err := ix.Runs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, r := range runs {
		for _, id := range r.Removed {
			if !have[id] {
				t.Errorf("run %d removed %s, which no earlier run added", r.ID, id)
			}
			delete(have, id)
		}
		for _, id := range r.Added {
			if have[id] {
				t.Errorf("run %d added %s, which an earlier run added and none removed", r.ID, id)
			}
			have[id] = true
		}
		for _, id := range r.Updated {
			if !have[id] {
				t.Errorf("run %d updated %s, which no earlier run added", r.ID, id)
			}
		}
	}
	var indexed []string
	if err := ix.Each(ctx, func(d *pub.Document) error { indexed = append(indexed, d.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	var replayed []string
	for id := range have {
		replayed = append(replayed, id)
	}
	sort.Strings(replayed)
	if diff := cmp.Diff(indexed, replayed); diff != "" {
		t.Errorf("run history disagrees with the index (-indexed +history):\n%s", diff)
	}
	if sum == nil {
		return
	}
	changed := sum.Added+sum.Updated+sum.Removed > 0
	if (sum.Run != 0) != changed {
		t.Errorf("summary run %d for %d added, %d updated, %d removed", sum.Run, sum.Added, sum.Updated, sum.Removed)
	}
	for _, r := range runs {
		if r.ID == sum.Run {
			got := [3]int{len(r.Added), len(r.Updated), len(r.Removed)}
			if want := [3]int{sum.Added, sum.Updated, sum.Removed}; got != want || !r.Complete {
				t.Errorf("run %d in the history: added, updated, removed %v, complete %v; summary says %v", r.ID, got, r.Complete, want)
			}
		}
	}
}

// TestHistoryNamesEachRunsChanges: each run's record lists what it added,
// updated and removed, and a run that changed nothing leaves none.
func TestHistoryNamesEachRunsChanges(t *testing.T) {
	dir := t.TempDir()
	names := []string{"rsis-01-malacca-patrols.txt", "rsis-02-militant-recruitment.txt"}
	for i, n := range names {
		put(t, filepath.Join(dir, n), fixturePage(t, n), i)
	}
	ix := openTestIndex(t)
	p := newTestParser(t)
	first := run(t, ix, p, dir)
	checkHistory(t, ix, first)
	if first.Run != 1 {
		t.Errorf("first run is number %d, want 1", first.Run)
	}
	if again := run(t, ix, p, dir); again.Run != 0 {
		t.Errorf("a run that changed nothing has number %d", again.Run)
	}
	put(t, filepath.Join(dir, "more.txt"), fixturePage(t, "rsis-03-gulf-oil-energy-security.txt"), 5)
	third := run(t, ix, p, dir)
	checkHistory(t, ix, third)
	runs, err := ix.Runs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(runs) != 2 || runs[1].ID != 2 || len(runs[1].Added) != 1 || len(runs[0].Added) != 2 {
		t.Errorf("history: %+v", runs)
	}
}
