package main

import (
	"context"
	"fmt"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
)

// alertNews returns, for each alert with matches among the publications
// the run sum added or changed, the line saying how many.
func alertNews(ctx context.Context, ix *index.Index, sum *ingest.Summary) ([]string, error) {
	if sum.Run == 0 {
		return nil, nil
	}
	alerts, err := alert.Load(ix.Dir())
	if err != nil || len(alerts) == 0 {
		return nil, err
	}
	runs, err := ix.Runs(ctx)
	if err != nil {
		return nil, err
	}
	var this []index.Run
	for _, r := range runs {
		if r.ID == sum.Run {
			this = append(this, r)
		}
	}
	ids := query.ChangedSince(this, sum.Run-1, time.Time{})
	eng := query.Local(ix) // not closed: ix belongs to the caller
	var lines []string
	for _, a := range alerts {
		req := a.Request
		req.IDs, req.Limit, req.Page, req.NoFacets = ids, 1, 1, true
		res, err := eng.Search(ctx, req)
		if err != nil {
			return lines, fmt.Errorf("alert %q: %w", a.Name, err)
		}
		if res.Total > 0 {
			lines = append(lines, fmt.Sprintf("%d new for '%s' (pubindex new %s)", res.Total, terminalSafe(a.Name), shellQuote(a.Name)))
		}
	}
	return lines, nil
}

// keptAlerts carries the alerts of an index over its rebuild: read before
// the index is removed, written back, unread, once the new one exists.
type keptAlerts struct {
	dir    string
	alerts []alert.Alert
}

func keepAlerts(dir string) (*keptAlerts, error) {
	a, err := alert.Load(dir)
	if err != nil || len(a) == 0 {
		return nil, err
	}
	return &keptAlerts{dir: dir, alerts: a}, nil
}

// restore writes the alerts into the new index, their run numbers reset,
// as the new index's history starts again.
func (k *keptAlerts) restore() error {
	if k == nil {
		return nil
	}
	for i := range k.alerts {
		k.alerts[i].LastRun = 0
	}
	return alert.Save(k.dir, k.alerts)
}

// rebuilt marks the rebuild's run read: a rebuild reads the same pages
// again, which is no news.
func (k *keptAlerts) rebuilt(run int64) error {
	if k == nil {
		return nil
	}
	for i := range k.alerts {
		k.alerts[i].LastRun = run
	}
	return alert.Save(k.dir, k.alerts)
}
