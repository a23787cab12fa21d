package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/pubindex/pubindex/query"
)

// SortID is the order of an export of every publication with no query,
// filter or sort: by ID, as the index lists them.
const SortID = "id"

// ErrTooMany is returned when a search matches more publications than
// paging through the engine can reach (query.MaxLimit pages of hits,
// 100,000 hits deep); an export with no query and no filter has no limit.
var ErrTooMany = errors.New("too many hits to page through: narrow the query, or export everything without one")

// Everything reports whether req asks for every publication in the index
// in no particular order: then Each reads them in ID order instead of
// paging through a search.
func Everything(req query.Request) bool {
	return req.Text == "" && len(req.Regions)+len(req.Series)+len(req.Authors)+len(req.Topics)+len(req.Publishers) == 0 &&
		req.Since.IsZero() && req.Until.IsZero() && (req.Sort == "" || req.Sort == SortID)
}

// Each calls fn with the full record of every publication req matches, in
// req's sort order (or by ID, see Everything), and returns how many it
// passed. It pages through eng's search MaxLimit hits at a time, ignoring
// req's Limit and Page, and looks each hit up; a publication removed
// meanwhile is left out, one seen on an earlier page (the index changed
// between pages) is not passed again. It stops at fn's first error. total
// is how many the search matched when it started.
func Each(ctx context.Context, eng query.Engine, req query.Request, fn func(*query.Record) error) (n, total uint64, err error) {
	if Everything(req) {
		n, err = eachByID(ctx, eng, fn)
		return n, n, err
	}
	req.Limit, req.NoFacets = query.MaxLimit, true
	seen := map[string]bool{}
	for page := 1; ; page++ {
		req.Page = page
		if (page-1)*req.Limit > 100000 {
			return n, total, ErrTooMany
		}
		res, err := eng.Search(ctx, req)
		if err != nil {
			return n, total, err
		}
		if page == 1 {
			total = res.Total
			if total > 100000+uint64(req.Limit) {
				return 0, total, fmt.Errorf("%d hits: %w", total, ErrTooMany)
			}
		}
		for _, h := range res.Hits {
			if seen[h.ID] {
				continue
			}
			seen[h.ID] = true
			rec, err := eng.Lookup(ctx, h.ID)
			if err != nil {
				return n, total, err
			}
			if rec == nil {
				continue
			}
			if err := fn(rec); err != nil {
				return n, total, err
			}
			n++
		}
		if len(res.Hits) < req.Limit {
			return n, total, nil
		}
	}
}

// eachByID streams the engine's Export (every record, JSON Lines, in ID
// order) into fn without holding more than one record.
func eachByID(ctx context.Context, eng query.Engine, fn func(*query.Record) error) (uint64, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := eng.Export(ctx, pw)
		pw.CloseWithError(err)
		done <- err
	}()
	dec := json.NewDecoder(pr)
	var n uint64
	var err error
	for {
		var rec query.Record
		if err = dec.Decode(&rec); err != nil {
			if errors.Is(err, io.EOF) {
				err = nil
			}
			break
		}
		if err = fn(&rec); err != nil {
			break
		}
		n++
	}
	cancel()
	pr.CloseWithError(errors.New("export stopped"))
	exportErr := <-done
	if err == nil && exportErr != nil && !errors.Is(exportErr, context.Canceled) {
		err = exportErr
	}
	return n, err
}
