package index

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
)

// Batch collects changes that Commit applies atomically: after a crash the
// index holds all of a batch or none of it. Publications and the source
// records that describe them always travel in the same batch.
type Batch struct {
	ix    *Index
	b     *bleve.Batch
	bytes int
	names map[string]string // facet names the batch writes
}

// NewBatch returns an empty batch.
func (ix *Index) NewBatch() *Batch { return &Batch{ix: ix, b: ix.b.NewBatch()} }

// Put adds or replaces a built document. The names of its hashed facet
// values that the index may not hold yet travel in the same batch, so no
// committed document has a facet term without its name.
func (bt *Batch) Put(d Built) error {
	if err := bt.b.IndexAdvanced(d.doc); err != nil {
		return fmt.Errorf("batch %s: %w", d.id(), err)
	}
	bt.bytes += int(d.doc.NumPlainTextBytes())
	for _, n := range d.names {
		if _, ok := bt.ix.names.Load(n.term); ok {
			continue
		}
		if _, ok := bt.names[n.term]; ok {
			continue
		}
		if bt.names == nil {
			bt.names = map[string]string{}
		}
		v := strings.Clone(n.value) // kept by ix.names: not a slice of the page
		bt.names[n.term] = v
		bt.b.SetInternal([]byte(keyFacetName+n.term), []byte(v))
	}
	return nil
}

// Delete removes a publication.
func (bt *Batch) Delete(id string) { bt.b.Delete(id) }

// DeleteSource removes the source record of path.
func (bt *Batch) DeleteSource(path string) { bt.b.Delete(sourceID(path)) }

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
	for term, value := range bt.names {
		ix.names.Store(term, value)
	}
	return nil
}

// FacetValue returns the facet of a term of FacetDocFields and the value it
// stands for. ok is false for a term whose name the index does not hold.
func (ix *Index) FacetValue(term string) (facet, value string, ok bool) {
	facet, value, hashed := splitFacetTerm(term)
	if !hashed {
		return facet, value, facet != ""
	}
	if v, found := ix.names.Load(term); found {
		return facet, v.(string), true
	}
	b, err := ix.b.GetInternal([]byte(keyFacetName + term))
	if err != nil || b == nil {
		return facet, "", false
	}
	value = string(b)
	ix.names.Store(term, value)
	return facet, value, true
}
