package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bquery "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/pubindex/pubindex/index/pub"
	bolterrors "go.etcd.io/bbolt/errors"
)

// ErrNotExist is returned, wrapped, when there is no index in the directory.
var ErrNotExist = errors.New("no index")

// VersionError is returned by Open when the index was written with another
// MappingVersion.
type VersionError struct {
	Dir     string
	Have    string // the version in the index, "" when it has none
	Want    string // MappingVersion
	NotOurs bool   // the directory holds a bleve index pubindex did not write
}

// Error says which versions the index and pubindex have.
func (e *VersionError) Error() string {
	switch {
	case e.NotOurs:
		return fmt.Sprintf("index %s was not written by pubindex", e.Dir)
	case e.Have == "":
		return fmt.Sprintf("index %s has no mapping version", e.Dir)
	}
	return fmt.Sprintf("index %s has mapping version %s, this pubindex reads %s", e.Dir, e.Have, e.Want)
}

// LockedError is returned when another process holds the index.
type LockedError struct {
	Dir   string
	Owner *Owner // nil when the holder left no owner file (a reader)
}

// Error names the process holding the index, when known.
func (e *LockedError) Error() string {
	if e.Owner != nil {
		return fmt.Sprintf("index %s is in use by %s", e.Dir, e.Owner)
	}
	return fmt.Sprintf("index %s is in use by another process", e.Dir)
}

// Owner describes the process that has an index open for writing.
type Owner struct {
	PID     int       `json:"pid"`
	Command string    `json:"command"`
	Since   time.Time `json:"since"`
	// Socket, when set, is a Unix socket on which the owner answers
	// queries (package query/remote).
	Socket string `json:"socket,omitempty"`
}

// String describes the owner for messages: command, pid and start time.
func (o *Owner) String() string {
	return fmt.Sprintf("%q (pid %d, since %s)", o.Command, o.PID, o.Since.Format("2006-01-02 15:04:05"))
}

// defaultLockTimeout is how long Open waits for another process to let go
// of the index before it returns a *LockedError.
const defaultLockTimeout = time.Second

// Options control Open.
type Options struct {
	// ReadOnly opens the index for searching only; several read-only
	// processes can share an index, but not with a writer.
	ReadOnly bool
	// Create makes a new, empty index when dir holds none.
	Create bool
	// LockTimeout bounds the wait for another process; 0 means
	// one second.
	LockTimeout time.Duration
	// Command names the writer in the owner file ("pubindex ingest").
	Command string
	// FacetCache keeps the facet values of every document in memory, as
	// small integers, after the first search of each snapshot (its cost:
	// docs/benchmarks.md). Processes that answer many queries set it;
	// one-shot commands do better without it (SearchFacets).
	FacetCache bool
}

// Index is an open pubindex index: the publications, their source records
// and a little metadata, in one bleve scorch index on disk.
type Index struct {
	dir    string
	b      bleve.Index
	owner  *Owner      // the owner file this process wrote, if any
	names  sync.Map    // hashed facet term -> value, known to be in the index
	facets *facetCache // nil unless Options.FacetCache
	closed atomic.Bool
}

const (
	keyVersion    = "pubindex.version"
	keyLastIngest = "pubindex.last_ingest"
	keyCompacted  = "pubindex.compacted"
	keyParser     = "pubindex.parser"
	keyFacetName  = "pubindex.facet."
	ownerFile     = "owner.json"
)

// maxSegmentDocs caps the documents (publications and source records) of
// a segment that scorch's background merging makes. A merge reads its
// input segments through memory maps, and those pages count in the
// process's resident memory until the inputs are dropped: uncapped, the
// last merges of a large ingest read most of the index (figures in
// docs/benchmarks.md). The cap bounds what one merge reads however big the
// corpus grows.
const maxSegmentDocs = 40000

// Open opens the index in dir.
func Open(dir string, opt Options) (*Index, error) {
	dir = filepath.Clean(dir)
	timeout := opt.LockTimeout
	if timeout <= 0 {
		timeout = defaultLockTimeout
	}
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); errors.Is(err, fs.ErrNotExist) {
		if !opt.Create {
			return nil, fmt.Errorf("open %s: %w", dir, ErrNotExist)
		}
		if err := create(dir); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	cfg := map[string]any{
		"bolt_timeout":           timeout.String(),
		"scorchMergePlanOptions": map[string]any{"MaxSegmentSize": maxSegmentDocs},
	}
	if opt.ReadOnly {
		cfg["read_only"] = true
	}

	b, err := bleve.OpenUsing(dir, cfg)
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &LockedError{Dir: dir, Owner: ReadOwner(dir)}
	}
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix := &Index{dir: dir, b: b}
	if opt.FacetCache {
		ix.facets = &facetCache{}
	}
	if err := ix.checkVersion(); err != nil {
		b.Close()
		return nil, err
	}
	if !opt.ReadOnly {
		cmd := opt.Command
		if cmd == "" {
			cmd = "pubindex"
		}
		if err := ix.SetOwner(&Owner{PID: os.Getpid(), Command: cmd, Since: time.Now()}); err != nil {
			b.Close()
			return nil, err
		}
	}
	return ix, nil
}

// create makes a new index in dir. It builds the index beside dir and
// renames it into place, so a process killed half-way never leaves an
// index without its mapping version.
func create(dir string) error {
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("create index %s: exists and is not a directory", dir)
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			return fmt.Errorf("create index %s: %w", dir, err)
		}
		if len(ents) > 0 {
			return fmt.Errorf("create index %s: directory is not empty and holds no index", dir)
		}
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("create index %s: %w", dir, err)
	}
	tmp := fmt.Sprintf("%s.tmp-%d", dir, os.Getpid())
	_ = os.RemoveAll(tmp)
	b, err := bleve.NewUsing(tmp, newMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("create index %s: %w", dir, err)
	}
	err = b.SetInternal([]byte(keyVersion), []byte(MappingVersion))
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, dir)
	}
	if err != nil {
		_ = os.RemoveAll(tmp)
		return fmt.Errorf("create index %s: %w", dir, err)
	}
	return nil
}

func (ix *Index) checkVersion() error {
	v, err := ix.b.GetInternal([]byte(keyVersion))
	if err != nil {
		return fmt.Errorf("read mapping version of %s: %w", ix.dir, err)
	}
	if string(v) == MappingVersion {
		return nil
	}
	e := &VersionError{Dir: ix.dir, Have: string(v), Want: MappingVersion}
	if len(v) == 0 {
		e.NotOurs = true
	}
	return e
}

// Remove deletes the index in dir, after checking that it is one: a typo in
// --index must not delete somebody's files.
func Remove(dir string) error {
	dir = filepath.Clean(dir)
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
				return fmt.Errorf("remove %s: not an index", dir)
			}
			return nil
		}
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	// Take the write lock first, so an index in use is never removed.
	ix, err := Open(dir, Options{LockTimeout: defaultLockTimeout, Command: "pubindex (removing the index)"})
	var ve *VersionError
	if err != nil && !errors.As(err, &ve) {
		return err
	}
	// Rename the index aside before deleting it, so a removal cut short
	// never leaves a half-deleted index under the name.
	aside := fmt.Sprintf("%s.removing-%d", dir, os.Getpid())
	err = os.Rename(dir, aside)
	if ix != nil {
		if cerr := ix.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	if err := os.RemoveAll(aside); err != nil {
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	return nil
}

// Dir is the directory of the index.
func (ix *Index) Dir() string { return ix.dir }

// Close releases the index and its lock. The owner file goes last, so a
// process that finds the index locked meanwhile can still say by whom.
// Closing again does nothing (bleve itself would panic).
func (ix *Index) Close() error {
	if !ix.closed.CompareAndSwap(false, true) {
		return nil
	}
	err := ix.b.Close()
	if ix.owner != nil {
		ix.removeOwnerFile()
	}
	if err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}

// SetOwner records who holds the index for writing, so that a second
// process can say so. The index must be open for writing.
func (ix *Index) SetOwner(o *Owner) error {
	js, err := json.Marshal(o)
	if err != nil {
		return err
	}
	p := filepath.Join(ix.dir, ownerFile)
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, js, 0o644); err != nil {
		return fmt.Errorf("write owner file: %w", err)
	}
	if err := os.Rename(tmp, p); err != nil {
		return fmt.Errorf("write owner file: %w", err)
	}
	own := *o
	ix.owner = &own
	return nil
}

// removeOwnerFile removes the owner file only while it is still the one
// this process wrote: another process may have taken the index as soon as
// bleve let go of it, and readers must go on finding that one.
func (ix *Index) removeOwnerFile() {
	p := filepath.Join(ix.dir, ownerFile)
	js, err := os.ReadFile(p)
	if err != nil {
		return
	}
	var o Owner
	if json.Unmarshal(js, &o) != nil || o.PID != ix.owner.PID || !o.Since.Equal(ix.owner.Since) {
		return
	}
	_ = os.Remove(p)
}

// ReadOwner returns the owner recorded in dir, or nil when there is none or
// its process has ended.
func ReadOwner(dir string) *Owner {
	js, err := os.ReadFile(filepath.Join(dir, ownerFile))
	if err != nil {
		return nil
	}
	var o Owner
	if json.Unmarshal(js, &o) != nil || o.PID <= 0 {
		return nil
	}
	if !processAlive(o.PID) {
		return nil
	}
	return &o
}

// processAlive reports whether a process exists (signal 0 checks without
// sending anything; EPERM means it exists but belongs to someone else).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// Search runs a bleve request. It exists for package query alone, which
// builds the requests from the field names of this package.
func (ix *Index) Search(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %s: %w", ix.dir, err)
	}
	return res, nil
}

// storedRecord returns the stored record of the bleve document id, or nil
// when there is no such document.
func (ix *Index) storedRecord(id string) ([]byte, error) { return storedRecordOf(ix.b, id) }

// Document loads the publication id, or returns nil when there is none.
func (ix *Index) Document(id string) (*pub.Document, error) {
	if pub.ValidateID(id) != nil {
		return nil, nil
	}
	rec, err := ix.storedRecord(id)
	if err != nil || rec == nil {
		return nil, err
	}
	d, err := decodeStored(rec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	return d, nil
}

// Source loads the source record of path, or returns nil when there is
// none.
func (ix *Index) Source(path string) (*SourceRecord, error) {
	rec, err := ix.storedRecord(sourceID(path))
	if err != nil || rec == nil {
		return nil, err
	}
	var r SourceRecord
	if err := json.Unmarshal(rec, &r); err != nil {
		return nil, fmt.Errorf("source record %s: %w", path, err)
	}
	return &r, nil
}

// SourcesOf returns the records of every file that gave document id,
// sorted by path.
func (ix *Index) SourcesOf(ctx context.Context, id string) ([]*SourceRecord, error) {
	return ix.sources(ctx, FieldSrcDoc, id)
}

// AllSources returns every source record in the index, sorted by path.
func (ix *Index) AllSources(ctx context.Context) ([]*SourceRecord, error) {
	return ix.sources(ctx, FieldKind, KindSource)
}

func (ix *Index) sources(ctx context.Context, field, term string) ([]*SourceRecord, error) {
	var out []*SourceRecord
	err := ix.withReader(func(r bindex.IndexReader) error {
		return eachWithTerm(ctx, r, field, term, func(id string) error {
			rec, err := readSource(r, id)
			if err != nil || rec == nil {
				return err
			}
			out = append(out, rec)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// withReader runs fn with a reader of the index's current snapshot.
func (ix *Index) withReader(fn func(bindex.IndexReader) error) error {
	adv, err := ix.b.Advanced()
	if err != nil {
		return fmt.Errorf("read %s: %w", ix.dir, err)
	}
	r, err := adv.Reader()
	if err != nil {
		return fmt.Errorf("read %s: %w", ix.dir, err)
	}
	defer r.Close()
	return fn(r)
}

// eachWithTerm calls fn with the ID of every document whose field holds
// term, walking the postings once: paging through sorted search results
// costs the square of the number of documents.
func eachWithTerm(ctx context.Context, r bindex.IndexReader, field, term string, fn func(id string) error) error {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, false, false, false)
	if err != nil {
		return fmt.Errorf("read %s %q: %w", field, term, err)
	}
	defer tfr.Close()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		m, err := tfr.Next(nil)
		if err != nil {
			return fmt.Errorf("read %s %q: %w", field, term, err)
		}
		if m == nil {
			return nil
		}
		id, err := r.ExternalID(m.ID)
		if err != nil {
			return fmt.Errorf("read %s %q: %w", field, term, err)
		}
		if err := fn(id); err != nil {
			return err
		}
	}
}

// readSource decodes the source record stored as document id.
func readSource(r bindex.IndexReader, id string) (*SourceRecord, error) {
	b, err := storedRecordOf(r, id)
	if err != nil || b == nil {
		return nil, err
	}
	var rec SourceRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("source record %q: %w", strings.TrimPrefix(id, sourceIDPrefix), err)
	}
	return &rec, nil
}

// Each calls fn for every publication, in ID order, until fn returns an
// error or ctx ends.
func (ix *Index) Each(ctx context.Context, fn func(*pub.Document) error) error {
	return ix.withReader(func(r bindex.IndexReader) error {
		var ids []string
		if err := eachWithTerm(ctx, r, FieldKind, KindPublication, func(id string) error {
			ids = append(ids, id)
			return nil
		}); err != nil {
			return err
		}
		sort.Strings(ids)
		for _, id := range ids {
			b, err := storedRecordOf(r, id)
			if err != nil {
				return err
			}
			if b == nil {
				continue
			}
			d, err := decodeStored(b)
			if err != nil {
				return fmt.Errorf("%s: %w", id, err)
			}
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	})
}

// Count returns the number of publications.
func (ix *Index) Count(ctx context.Context) (uint64, error) {
	return ix.countKind(ctx, KindPublication)
}

// CountSources returns the number of source files recorded.
func (ix *Index) CountSources(ctx context.Context) (uint64, error) {
	return ix.countKind(ctx, KindSource)
}

func (ix *Index) countKind(ctx context.Context, kind string) (uint64, error) {
	q := bquery.NewTermQuery(kind)
	q.SetField(FieldKind)
	req := bleve.NewSearchRequestOptions(q, 0, 0, false)
	req.Score = "none"
	res, err := ix.Search(ctx, req)
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

// DiskSize returns the bytes the index takes on disk.
func (ix *Index) DiskSize() (int64, error) {
	var n int64
	err := filepath.WalkDir(ix.dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // files come and go while scorch merges
		}
		if d.Type().IsRegular() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n, err
}

// ParserKey returns the key of the parser the index was last ingested with
// (parse.Parser.Key), or "".
func (ix *Index) ParserKey() (string, error) {
	v, err := ix.b.GetInternal([]byte(keyParser))
	if err != nil {
		return "", fmt.Errorf("read parser key of %s: %w", ix.dir, err)
	}
	return string(v), nil
}

// IngestInfo is what the index remembers of the last ingest run.
type IngestInfo struct {
	Finished time.Time `json:"finished"`
	Roots    []string  `json:"roots"`
	Seen     int       `json:"pages_seen"`
	Added    int       `json:"added"`
	Updated  int       `json:"updated"`
	Removed  int       `json:"removed"`
	Failed   int       `json:"failed"`
}

// LastIngest returns the record of the last ingest run, or nil.
func (ix *Index) LastIngest() (*IngestInfo, error) {
	v, err := ix.b.GetInternal([]byte(keyLastIngest))
	if err != nil {
		return nil, fmt.Errorf("read last ingest of %s: %w", ix.dir, err)
	}
	if len(v) == 0 {
		return nil, nil
	}
	var info IngestInfo
	if err := json.Unmarshal(v, &info); err != nil {
		return nil, fmt.Errorf("read last ingest of %s: %w", ix.dir, err)
	}
	return &info, nil
}

// Compact merges the index's segments into as few as possible, which makes
// queries faster and returns the space of deleted documents.
func (ix *Index) Compact(ctx context.Context) error {
	adv, err := ix.b.Advanced()
	if err != nil {
		return fmt.Errorf("compact %s: %w", ix.dir, err)
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return fmt.Errorf("compact %s: not a scorch index", ix.dir)
	}
	if err := s.ForceMerge(ctx, nil); err != nil {
		return fmt.Errorf("compact %s: %w", ix.dir, err)
	}
	// The merged segment is on disk, but the snapshot that uses it is not
	// persisted yet: an empty safe batch returns only once it is, and the
	// persister then deletes the merged-away files.
	b := ix.b.NewBatch()
	b.SetInternal([]byte(keyCompacted), []byte(time.Now().UTC().Format(time.RFC3339)))
	if err := ix.b.Batch(b); err != nil {
		return fmt.Errorf("compact %s: %w", ix.dir, err)
	}
	// The persister deletes the merged-away files soon after, unless the
	// index is closed first: wait (bounded) until the files on disk are
	// those of the current snapshot, or the index takes twice its size on
	// disk until the next run.
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline) && ctx.Err() == nil; time.Sleep(20 * time.Millisecond) {
		inUse, _ := s.StatsMap()["num_root_filesegments"].(uint64)
		if m, _ := filepath.Glob(filepath.Join(ix.dir, "store", "*.zap")); uint64(len(m)) <= inUse {
			break
		}
	}
	return nil
}

// NewestSources returns, for each of the publications ids, the path of its
// newest source file (the one its text was read from). It reads the
// postings of the source records directly: a search request per hit page
// costs more than the rest of a query's work.
func (ix *Index) NewestSources(ctx context.Context, ids []string) (map[string]string, error) {
	out := make(map[string]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	err := ix.withReader(func(r bindex.IndexReader) error {
		for _, id := range ids {
			var recs []*SourceRecord
			err := eachWithTerm(ctx, r, FieldSrcDoc, id, func(src string) error {
				rec, err := readSource(r, src)
				if err == nil && rec != nil {
					recs = append(recs, rec)
				}
				return nil // a damaged record does not hide the others
			})
			if err != nil {
				return err
			}
			if n := NewestFirst(recs); len(n) > 0 {
				out[id] = n[0].Path
			}
		}
		return nil
	})
	return out, err
}

// NewestFirst sorts records by SourceRecord.Newer, newest first, and
// returns them: the first is the file a document's text comes from.
func NewestFirst(recs []*SourceRecord) []*SourceRecord {
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].Newer(recs[j]) })
	return recs
}
