package query

import (
	"context"
	"sort"
	"time"

	"github.com/pubindex/pubindex/index"
)

// Runs returns the history of ingest runs, oldest first.
func (s *local) Runs(ctx context.Context) ([]index.Run, error) { return s.ix.Runs(ctx) }

// ChangedSince returns the publications that runs after run number after,
// and started at or after since (when not zero), added or changed and did
// not remove again, sorted: what is new to someone who last looked after
// run after.
func ChangedSince(runs []index.Run, after int64, since time.Time) []string {
	sort.Slice(runs, func(i, j int) bool { return runs[i].ID < runs[j].ID })
	live := map[string]bool{}
	for _, r := range runs {
		if r.ID <= after || (!since.IsZero() && r.Started.Before(since)) {
			continue
		}
		for _, id := range r.Added {
			live[id] = true
		}
		for _, id := range r.Updated {
			live[id] = true
		}
		for _, id := range r.Removed {
			delete(live, id)
		}
	}
	out := make([]string, 0, len(live))
	for id := range live {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// LastRun is the number of the newest run of the history, 0 when there is
// none.
func LastRun(runs []index.Run) int64 {
	var n int64
	for _, r := range runs {
		n = max(n, r.ID)
	}
	return n
}
