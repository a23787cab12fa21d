package index

import (
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// Batch collects changes that Commit applies atomically: after a crash the
// index holds all of a batch or none of it. Publications and the source
// records that describe them always travel in the same batch.
type Batch struct {
	b     *bleve.Batch
	bytes int
}

// NewBatch returns an empty batch.
func (ix *Index) NewBatch() *Batch { return &Batch{b: ix.b.NewBatch()} }

// Put adds or replaces a built document.
func (bt *Batch) Put(d Built) error {
	if err := bt.b.IndexAdvanced(d.doc); err != nil {
		return fmt.Errorf("batch %s: %w", d.ID(), err)
	}
	bt.bytes += int(d.doc.NumPlainTextBytes())
	return nil
}

// Delete removes a publication.
func (bt *Batch) Delete(id string) { bt.b.Delete(id) }

// DeleteSource removes the source record of path.
func (bt *Batch) DeleteSource(path string) { bt.b.Delete(SourceID(path)) }

// SetLastIngest records info about the ingest run with the batch.
func (bt *Batch) SetLastIngest(info *IngestInfo) error {
	js, err := json.Marshal(info)
	if err != nil {
		return fmt.Errorf("record the ingest run: %w", err)
	}
	bt.b.SetInternal([]byte(keyLastIngest), js)
	return nil
}

// SetParserKey records the key of the parser that wrote the batch's
// documents (see Index.ParserKey).
func (bt *Batch) SetParserKey(key string) { bt.b.SetInternal([]byte(keyParser), []byte(key)) }

// Len is the number of operations in the batch.
func (bt *Batch) Len() int { return bt.b.Size() }

// Bytes estimates the text bytes in the batch.
func (bt *Batch) Bytes() int { return bt.bytes }

// Commit applies the batch durably: when it returns nil the changes are on
// disk and visible to searches. Commit may be called from several
// goroutines at once; bleve then builds their segments in parallel.
func (ix *Index) Commit(bt *Batch) error {
	if bt.Len() == 0 {
		return nil
	}
	if err := ix.b.Batch(bt.b); err != nil {
		return fmt.Errorf("commit to %s: %w", ix.dir, err)
	}
	return nil
}
