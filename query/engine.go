package query

import (
	"context"
	"io"

	"github.com/pubindex/pubindex/index"
)

// Engine answers the reading commands (query, show, stats, export). It is
// either an index this process has open (Local), or, while another process
// writes the index, that process answering over a Unix socket (package
// query/remote): bleve lets one process write an index and nobody read it
// meanwhile, so the writer serves the readers.
type Engine interface {
	// Search runs a query.
	Search(ctx context.Context, req Request) (*Result, error)
	// Lookup finds one publication by its ID, its code in any case or its
	// URL, with every file it came from; nil when there is none.
	Lookup(ctx context.Context, id string) (*Record, error)
	// Stats counts the documents and source files and each facet value.
	Stats(ctx context.Context) (*Stats, error)
	// Export writes the Record of every publication as JSON Lines, in ID
	// order.
	Export(ctx context.Context, w io.Writer) error
	// Runs returns the history of ingest runs, oldest first.
	Runs(ctx context.Context) ([]index.Run, error)
	// Trend counts the matches of a query per period (and facet value).
	Trend(ctx context.Context, req TrendRequest) (*Trend, error)
	// Like finds the publications most like one (by ID, code or URL),
	// with req's filters and paging; nil when there is no such
	// publication.
	Like(ctx context.Context, id string, req Request) (*LikeResult, error)
	// Close releases the index or the connection.
	Close() error
}

// Local is an Engine over an index this process has open.
func Local(ix *index.Index) Engine { return &local{ix: ix} }

type local struct{ ix *index.Index }

func (l *local) Lookup(ctx context.Context, id string) (*Record, error) {
	return lookup(ctx, l.ix, id)
}
func (l *local) Stats(ctx context.Context) (*Stats, error)     { return getStats(ctx, l.ix) }
func (l *local) Export(ctx context.Context, w io.Writer) error { return export(ctx, l.ix, w) }
func (l *local) Close() error                                  { return l.ix.Close() }
