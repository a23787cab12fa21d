package index

import (
	"context"
	"fmt"

	bindex "github.com/blevesearch/bleve_index_api"
)

// DocFreqs returns, for each term, the number of documents whose field
// holds it (deleted documents not yet merged away may still count).
func (ix *Index) DocFreqs(ctx context.Context, field string, terms []string) (map[string]uint64, error) {
	out := make(map[string]uint64, len(terms))
	err := ix.withReader(func(r bindex.IndexReader) error {
		for _, t := range terms {
			if err := ctx.Err(); err != nil {
				return err
			}
			tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
			if err != nil {
				return fmt.Errorf("read %s %q: %w", field, t, err)
			}
			out[t] = tfr.Count()
			tfr.Close()
		}
		return nil
	})
	return out, err
}
