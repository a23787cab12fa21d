package export

import (
	"time"

	"github.com/pubindex/pubindex/query"
)

// SearchRecord is what a systematic review reports of a search: what was
// asked, of which index, when, by which program, and how many
// publications it gave. Its JSON form is a documented contract (README).
type SearchRecord struct {
	Schema  string `json:"schema"`
	Tool    string `json:"tool"`
	Version string `json:"version"`
	// Query is the query text as given ("" for every publication).
	Query   string        `json:"query"`
	Filters query.Filters `json:"filters"`
	Sort    string        `json:"sort"`
	Format  string        `json:"format"`
	Index   Snapshot      `json:"index"`
	// Hits is how many publications were exported; Total how many the
	// search reported matching when it started (they differ only when the
	// index changed during the export).
	Hits  uint64    `json:"hits"`
	Total uint64    `json:"total"`
	RunAt time.Time `json:"run_at"`
}

// Snapshot identifies the state of the index the search ran on: its
// mapping version, its document and source-file counts, and the end of the
// ingest run that last wrote it.
type Snapshot struct {
	Dir            string     `json:"dir"`
	MappingVersion string     `json:"mapping_version"`
	Documents      uint64     `json:"documents"`
	SourceFiles    uint64     `json:"source_files"`
	LastIngest     *time.Time `json:"last_ingest"`
}

// NewSearchRecord describes req run on the index st describes; the caller
// fills Version, Format, Hits, Total and RunAt.
func NewSearchRecord(req query.Request, st *query.Stats) *SearchRecord {
	r := &SearchRecord{Schema: query.Schema, Tool: "pubindex", Query: req.Text, Sort: req.Sort, Filters: query.FiltersOf(req)}
	if r.Sort == "" {
		r.Sort = query.SortRelevance
		if Everything(req) {
			r.Sort = SortID
		}
	}
	if st != nil {
		r.Index = Snapshot{Dir: st.Index, MappingVersion: st.MappingVersion, Documents: st.Documents, SourceFiles: st.SourceFiles}
		if st.LastIngest != nil {
			t := st.LastIngest.Finished.UTC()
			r.Index.LastIngest = &t
		}
	}
	return r
}
