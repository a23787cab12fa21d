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
	// Lookup finds one publication (see Lookup), nil when there is none.
	Lookup(ctx context.Context, id string) (*Record, error)
	// Stats counts the index (see GetStats).
	Stats(ctx context.Context) (*Stats, error)
	// Export writes every publication as JSON Lines (see Export).
	Export(ctx context.Context, w io.Writer) error
	// Close releases the index or the connection.
	Close() error
}

// Local is an Engine over an index this process has open.
func Local(ix *index.Index) Engine { return &local{ix: ix, s: NewSearcher(ix)} }

type local struct {
	ix *index.Index
	s  *Searcher
}

func (l *local) Search(ctx context.Context, req Request) (*Result, error) {
	return l.s.Search(ctx, req)
}
func (l *local) Lookup(ctx context.Context, id string) (*Record, error) {
	return Lookup(ctx, l.ix, id)
}
func (l *local) Stats(ctx context.Context) (*Stats, error)     { return GetStats(ctx, l.ix) }
func (l *local) Export(ctx context.Context, w io.Writer) error { return Export(ctx, l.ix, w) }
func (l *local) Close() error                                  { return l.ix.Close() }
