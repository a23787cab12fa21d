package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/pubindex/pubindex/query"
)

// pagedEngine answers searches from a fixed list of IDs, a page at a time,
// the way the engine pages; IDs in gone have been deleted since the
// search, and the list shifts by one after the first page (a document
// added meanwhile), so a hit reappears on the next page.
type pagedEngine struct {
	query.Engine
	ids      []string
	gone     map[string]bool
	searches int
}

func (p *pagedEngine) Search(_ context.Context, req query.Request) (*query.Result, error) {
	p.searches++
	ids := p.ids
	if req.Page > 1 {
		ids = append([]string{"new"}, ids...)
	}
	from := min((req.Page-1)*req.Limit, len(ids))
	res := &query.Result{Total: uint64(len(p.ids))}
	for _, id := range ids[from:min(from+req.Limit, len(ids))] {
		res.Hits = append(res.Hits, query.Hit{Publication: query.Publication{ID: id}})
	}
	return res, nil
}

func (p *pagedEngine) Lookup(_ context.Context, id string) (*query.Record, error) {
	if p.gone[id] {
		return nil, nil
	}
	return &query.Record{Publication: query.Publication{ID: id, Title: "t " + id}}, nil
}

func (p *pagedEngine) Export(_ context.Context, w io.Writer) error {
	enc := json.NewEncoder(w)
	for _, id := range p.ids {
		if err := enc.Encode(query.Record{Publication: query.Publication{ID: id}}); err != nil {
			return err
		}
	}
	return nil
}

func TestEachPagesThroughEveryHit(t *testing.T) {
	eng := &pagedEngine{gone: map[string]bool{"d0007": true}}
	for i := range 2*query.MaxLimit + 5 {
		eng.ids = append(eng.ids, fmt.Sprintf("d%04d", i))
	}
	var got []string
	n, total, err := Each(context.Background(), eng, query.Request{Text: "x", Sort: query.SortNewest}, func(r *query.Record) error {
		got = append(got, r.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every hit once, in the engine's order, less the deleted one. "new"
	// came in ahead of pages already read: it is missed (the search record
	// says the index changed: its total differs), and d0999, pushed onto
	// the next page, is not passed again.
	if want := len(eng.ids) - 1; len(got) != want || int(n) != want || total != uint64(len(eng.ids)) {
		t.Fatalf("passed %d (n %d, total %d), want %d", len(got), n, total, want)
	}
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			t.Fatalf("%s passed twice", id)
		}
		seen[id] = true
	}
	if got[0] != "d0000" || got[len(got)-1] != eng.ids[len(eng.ids)-1] || seen["d0007"] {
		t.Errorf("order or deletion wrong: first %s, last %s, deleted passed %v", got[0], got[len(got)-1], seen["d0007"])
	}
	if eng.searches != 3 {
		t.Errorf("%d searches, want 3 pages", eng.searches)
	}
}

func TestEachEverythingByID(t *testing.T) {
	eng := &pagedEngine{ids: []string{"a", "b", "c"}}
	var got []string
	n, _, err := Each(context.Background(), eng, query.Request{}, func(r *query.Record) error {
		got = append(got, r.ID)
		return nil
	})
	if err != nil || n != 3 || fmt.Sprint(got) != "[a b c]" || eng.searches != 0 {
		t.Fatalf("Each(everything) = %v, %d, %v after %d searches; want the Export stream", got, n, err, eng.searches)
	}
	stop := fmt.Errorf("stop")
	if _, _, err := Each(context.Background(), eng, query.Request{}, func(*query.Record) error { return stop }); err != stop {
		t.Errorf("fn's error came back as %v", err)
	}
}
