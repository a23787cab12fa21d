package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The history of ingest runs is kept in the index as documents of their
// own kind (KindRun), so it travels in the same atomic batches as the
// publications it describes: every batch of a run carries a RunPart naming
// the publications that batch added, updated or removed, and the run's
// last batch carries its RunEnd. After a crash the history holds exactly
// the parts of the batches that were committed, which are exactly the
// changes the index holds.

// KindRun is the kind of the documents that record ingest runs.
const KindRun = "run"

// runIDPrefix starts the bleve ID of every run record; publication IDs
// never start with it (ValidateID).
const runIDPrefix = "\x00run:"

// keyLastRun is the internal key holding the number of the last run that
// committed anything, written with each of its batches.
const keyLastRun = "pubindex.last_run"

// RunPart is one batch's share of a run: the publications the batch
// changed, each as its change since the start of the run. A publication
// changed by several batches of a run is in each of their parts; the last
// says what the run did to it.
type RunPart struct {
	Run     int64     `json:"run"`
	Seq     int       `json:"seq"`
	Time    time.Time `json:"time"` // when the batch was handed over for commit
	Added   []string  `json:"added,omitempty"`
	Updated []string  `json:"updated,omitempty"`
	Removed []string  `json:"removed,omitempty"`
	// Reverted lists publications a run changed and then restored (added
	// then removed, or given back the text they had): no change in all.
	Reverted []string `json:"reverted,omitempty"`
}

// RunEnd is written with a run's last batch: a run without one was
// interrupted by a crash.
type RunEnd struct {
	Run         int64     `json:"run"`
	Started     time.Time `json:"started"`
	Finished    time.Time `json:"finished"`
	Roots       []string  `json:"roots"`
	Interrupted bool      `json:"interrupted,omitempty"` // stopped by Ctrl-C
}

// Run is one ingest run as the history tells it.
type Run struct {
	ID       int64     `json:"id"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"` // zero when the run was killed
	Roots    []string  `json:"roots"`
	// Complete is false for a run that never committed its last batch
	// (killed); what it committed is listed all the same.
	Complete    bool `json:"complete"`
	Interrupted bool `json:"interrupted,omitempty"`
	// The publications the run added, updated and removed, sorted.
	Added   []string `json:"added"`
	Updated []string `json:"updated"`
	Removed []string `json:"removed"`
}

func runPartID(run int64, seq int) string { return fmt.Sprintf("%s%012d:%06d", runIDPrefix, run, seq) }
func runEndID(run int64) string           { return fmt.Sprintf("%s%012d:end", runIDPrefix, run) }

// NextRun returns the number the next run takes: one more than the last
// run that committed a batch.
func (ix *Index) NextRun() (int64, error) {
	v, err := ix.b.GetInternal([]byte(keyLastRun))
	if err != nil {
		return 0, fmt.Errorf("read last run of %s: %w", ix.dir, err)
	}
	if len(v) == 0 {
		return 1, nil
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("read last run of %s: bad number %q", ix.dir, v)
	}
	return n + 1, nil
}

// PutRunPart records one batch's share of a run in the batch.
func (bt *Batch) PutRunPart(p *RunPart) error {
	bt.b.SetInternal([]byte(keyLastRun), []byte(strconv.FormatInt(p.Run, 10)))
	return bt.putRun(runPartID(p.Run, p.Seq), p)
}

// PutRunEnd records the end of a run in the batch, its last.
func (bt *Batch) PutRunEnd(r *RunEnd) error {
	bt.b.SetInternal([]byte(keyLastRun), []byte(strconv.FormatInt(r.Run, 10)))
	return bt.putRun(runEndID(r.Run), r)
}

func (bt *Batch) putRun(id string, v any) error {
	js, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("record the ingest run: %w", err)
	}
	bd := document.NewDocument(id)
	bd.AddField(keyword(FieldKind, KindRun, filterOptions))
	bd.AddField(document.NewTextFieldWithIndexingOptions(FieldRecord, nil, js, storedOptions))
	if err := bt.b.IndexAdvanced(bd); err != nil {
		return fmt.Errorf("record the ingest run: %w", err)
	}
	return nil
}

// Runs returns the history of ingest runs, oldest first.
func (ix *Index) Runs(ctx context.Context) ([]Run, error) {
	type parts struct {
		list []RunPart
		end  *RunEnd
	}
	byRun := map[int64]*parts{}
	get := func(n int64) *parts {
		if byRun[n] == nil {
			byRun[n] = &parts{}
		}
		return byRun[n]
	}
	err := ix.withReader(func(r bindex.IndexReader) error {
		return eachWithTerm(ctx, r, FieldKind, KindRun, func(id string) error {
			b, err := storedRecordOf(r, id)
			if err != nil || b == nil {
				return err
			}
			if strings.HasSuffix(id, ":end") {
				var e RunEnd
				if err := json.Unmarshal(b, &e); err != nil {
					return fmt.Errorf("run record %q: %w", strings.TrimPrefix(id, runIDPrefix), err)
				}
				get(e.Run).end = &e
				return nil
			}
			var p RunPart
			if err := json.Unmarshal(b, &p); err != nil {
				return fmt.Errorf("run record %q: %w", strings.TrimPrefix(id, runIDPrefix), err)
			}
			g := get(p.Run)
			g.list = append(g.list, p)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	out := make([]Run, 0, len(byRun))
	for n, g := range byRun {
		sort.Slice(g.list, func(i, j int) bool { return g.list[i].Seq < g.list[j].Seq })
		run := Run{ID: n, Roots: []string{}}
		last := map[string]string{}
		for i, p := range g.list {
			if i == 0 {
				run.Started = p.Time
			}
			for op, ids := range map[string][]string{"a": p.Added, "u": p.Updated, "r": p.Removed, "": p.Reverted} {
				for _, id := range ids {
					last[id] = op
				}
			}
		}
		if e := g.end; e != nil {
			run.Complete, run.Interrupted = true, e.Interrupted
			run.Started, run.Finished = e.Started, e.Finished
			if e.Roots != nil {
				run.Roots = e.Roots
			}
		}
		run.Added, run.Updated, run.Removed = []string{}, []string{}, []string{}
		for id, op := range last {
			switch op {
			case "a":
				run.Added = append(run.Added, id)
			case "u":
				run.Updated = append(run.Updated, id)
			case "r":
				run.Removed = append(run.Removed, id)
			}
		}
		sort.Strings(run.Added)
		sort.Strings(run.Updated)
		sort.Strings(run.Removed)
		out = append(out, run)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}
