package alert

import (
	"context"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query"
)

// News is what is new for one alert (or for every publication): the JSON
// form of pubindex new and of the page's /api/new.
type News struct {
	Alert   string `json:"alert,omitempty"`
	Query   string `json:"query"`           // the alert's query and filters, as the caller describes them
	FromRun int64  `json:"from_run"`        // news of the runs after this one
	ToRun   int64  `json:"to_run"`          // up to this one
	Since   string `json:"since,omitempty"` // set by the caller when news is since a date
	*query.Result
	// Changed maps each publication to when the run that added or changed
	// it finished: the entries' updated time in the Atom feed.
	Changed map[string]time.Time `json:"-"`
}

// NewsSince finds the publications that a matches (every publication when
// a is nil) and that the runs after run from, started at or after since
// when it is not zero, added or changed: newest first, at most limit. It
// marks nothing read.
func NewsSince(ctx context.Context, eng query.Engine, a *Alert, runs []index.Run, from int64, since time.Time, limit int) (*News, error) {
	last := query.LastRun(runs)
	req := query.Request{Sort: query.SortNewest, Limit: limit, NoFacets: true}
	n := &News{FromRun: from, ToRun: last, Changed: map[string]time.Time{}}
	if a != nil {
		req = a.Request
		req.Sort, req.Limit, req.Page, req.NoFacets = query.SortNewest, limit, 1, true
		n.Alert = a.Name
	}
	if from > last {
		from = 0 // the history began again (the index was rebuilt)
	}
	req.IDs = query.ChangedSince(runs, from, since)
	for _, r := range runs {
		if r.ID > from && (since.IsZero() || !r.Started.Before(since)) {
			for _, id := range append(append([]string{}, r.Added...), r.Updated...) {
				n.Changed[id] = RunTime(r)
			}
		}
	}
	res, err := eng.Search(ctx, req)
	if err != nil {
		return nil, err
	}
	n.Result = res
	return n, nil
}

// RunTime is when a run finished, or, for a killed run, when it started.
func RunTime(r index.Run) time.Time {
	if !r.Finished.IsZero() {
		return r.Finished
	}
	return r.Started
}
