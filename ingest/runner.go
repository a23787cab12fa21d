package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/ingest/parse"
)

// runner applies the files of one run to the index. A single goroutine (the
// coordinator) runs its methods; only the commits run beside it.
//
// Invariant, true at every batch boundary and so after any crash: the text
// indexed for a document is the one its newest source file gave, where
// newest is SourceRecord.Newer; when the document also has attachment
// sources (its PDF), the newest attachment's text is joined to it (join). The runner keeps, per document, the content
// hash the index holds (indexed), derived from the source records when the
// run starts; every change to a document's sources re-establishes the
// invariant for that document within the same batch.
type runner struct {
	ix  *index.Index
	p   *parse.Parser
	cfg Config
	sum *Summary

	// What the walk found: the roots, those that have gone, the files.
	roots, gone []string
	walked      *walkResult

	// Read-only during the run, shared with the workers.
	oldRecords map[string]*index.SourceRecord // path -> record at the start
	byHash     map[string]*index.SourceRecord // file hash -> a record with that content

	records map[string]*index.SourceRecord // path -> record now
	sources map[string]map[string]bool     // document -> paths that give it
	indexed map[string]string              // document -> content hash in the index
	start   map[string]string              // indexed at the start of the run
	touched map[string]bool                // documents this run saw
	unknown map[string]bool
	titles  map[string][]titled // folded title -> landing pages read this run
	// joinable is set when the index holds PDFs or mirror copies from
	// earlier runs, which a landing page read now may have to adopt.
	joinable bool

	total, done int

	// The run's history (index.RunPart): its number, the parts committed
	// so far, and what the current batch does to each document.
	run      int64
	started  time.Time
	seq      int
	batchOps map[string]string

	b        *index.Builder // for re-parsing a file whose text became the newest
	batch    *index.Batch
	batchIDs map[string]bool
	commits  chan *commit
	inflight map[string]*commit // document -> uncommitted batch that changes it
	wg       sync.WaitGroup
	mu       sync.Mutex
	firstErr error
}

// commit is a batch handed to a committing goroutine.
type commit struct {
	b    *index.Batch
	done chan struct{}
}

func newRunner(ix *index.Index, p *parse.Parser, cfg Config, sum *Summary, recs []*index.SourceRecord) *runner {
	e := &runner{
		ix: ix, p: p, cfg: cfg, sum: sum,
		oldRecords: map[string]*index.SourceRecord{},
		byHash:     map[string]*index.SourceRecord{},
		records:    map[string]*index.SourceRecord{},
		sources:    map[string]map[string]bool{},
		indexed:    map[string]string{},
		touched:    map[string]bool{},
		unknown:    map[string]bool{},
		titles:     map[string][]titled{},
		b:          index.NewBuilder(),
		batchIDs:   map[string]bool{},
		batchOps:   map[string]string{},
		started:    time.Now().UTC(),
		commits:    make(chan *commit),
		inflight:   map[string]*commit{},
	}
	for _, r := range recs {
		e.joinable = e.joinable || r.Attachment || r.Mirror
		e.oldRecords[r.Path] = r
		e.records[r.Path] = r
		if e.byHash[r.Hash] == nil || len(r.Docs) > 0 {
			e.byHash[r.Hash] = r
		}
		for _, id := range r.Docs {
			e.attach(id, r.Path)
		}
	}
	for id := range e.sources {
		e.indexed[id] = e.wantHash(id)
	}
	e.start = make(map[string]string, len(e.indexed))
	for id, h := range e.indexed {
		e.start[id] = h
	}
	e.batch = ix.NewBatch()
	for range commitsInFlight {
		e.wg.Add(1)
		go e.committer()
	}
	return e
}

func (e *runner) committer() {
	defer e.wg.Done()
	for c := range e.commits {
		if err := e.ix.Commit(c.b); err != nil {
			e.mu.Lock()
			if e.firstErr == nil {
				e.firstErr = err
			}
			e.mu.Unlock()
		}
		c.b = nil // the inflight map keeps c until its documents are touched again
		close(c.done)
	}
}

func (e *runner) err() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.firstErr
}

// abort stops the committers after a fatal error; batches already handed
// over finish, nothing more is written.
func (e *runner) abort() {
	close(e.commits)
	e.wg.Wait()
}

func (e *runner) progress(start time.Time) {
	if e.cfg.Progress != nil {
		e.cfg.Progress(Progress{Done: e.done, Total: e.total, Elapsed: time.Since(start)})
	}
}

func docHash(r *index.SourceRecord, id string) string {
	for i, d := range r.Docs {
		if d == id && i < len(r.DocHashes) {
			return r.DocHashes[i]
		}
	}
	return ""
}

func (e *runner) attach(id, path string) {
	s := e.sources[id]
	if s == nil {
		s = map[string]bool{}
		e.sources[id] = s
	}
	s[path] = true
}

// winners returns the records whose text the document should have: its
// newest page and its newest attachment, either nil when it has none. A
// mirror's copy is the page only while the document has no page of its
// publisher's.
func (e *runner) winners(id string) (main, att *index.SourceRecord) {
	var mirror *index.SourceRecord
	for p := range e.sources[id] {
		r := e.records[p]
		switch {
		case r == nil:
		case r.Attachment:
			if att == nil || r.Newer(att) {
				att = r
			}
		case r.Mirror:
			if mirror == nil || r.Newer(mirror) {
				mirror = r
			}
		case main == nil || r.Newer(main):
			main = r
		}
	}
	if main == nil {
		main = mirror
	}
	return main, att
}

// wantHash is the content hash the index must hold for document id: the
// hash of its newest page, of its newest attachment, or of both joined; ""
// when it has no source left.
func (e *runner) wantHash(id string) string {
	main, att := e.winners(id)
	switch {
	case main != nil && att != nil:
		return docHash(main, id) + "+" + docHash(att, id)
	case main != nil:
		return docHash(main, id)
	case att != nil:
		return docHash(att, id)
	}
	return ""
}

// unchangedFile counts the documents of a file that was not read.
func (e *runner) unchangedFile(r *index.SourceRecord) {
	for _, id := range r.Docs {
		e.touched[id] = true
	}
}

// touch makes sure no uncommitted batch still changes document id before
// the current batch changes it again, so batches never depend on each
// other: any subset of them committed leaves the invariant true.
func (e *runner) touch(id string) {
	e.touched[id] = true
	if c := e.inflight[id]; c != nil {
		<-c.done
		delete(e.inflight, id)
	}
	e.batchIDs[id] = true
}

// apply records one file's outcome in the current batch, then commits the
// batch when it is full. Everything one file changes goes into one batch.
func (e *runner) apply(ctx context.Context, it *item) error {
	old := e.records[it.f.path]
	switch {
	case it.passed != "":
		e.sum.Seen--
		e.sum.PassedOver[it.passed]++
		if old != nil && len(old.Docs) > 0 {
			// A page replaced by an image is more likely a scraper's
			// mistake than a retraction: the documents stay.
			e.sum.Warnings = append(e.sum.Warnings, Issue{Path: it.f.path, Reason: "holds a file of kind " + it.passed + " now, not a page; kept " + strings.Join(old.Docs, ", ")})
			break
		}
		rec := &index.SourceRecord{Path: it.f.path, Size: it.f.size, ModTime: it.f.modTime, Hash: it.hash, Skipped: passedPrefix + it.passed}
		if err := e.update(ctx, old, rec, nil); err != nil {
			return err
		}
	case it.err != nil:
		var big *tooLarge
		if errors.As(it.err, &big) {
			e.sum.Skipped = append(e.sum.Skipped, Issue{Path: it.f.path, Reason: it.err.Error()})
		} else {
			e.sum.Failed = append(e.sum.Failed, Issue{Path: it.f.path, Reason: it.err.Error()})
		}
		// A failure never removes anything: the old record and documents stay.
	case it.same != nil:
		r := *it.same
		r.Path, r.Size, r.ModTime, r.Hash = it.f.path, it.f.size, it.f.modTime, it.hash
		r.Docs, r.DocHashes = append([]string(nil), it.same.Docs...), append([]string(nil), it.same.DocHashes...)
		if err := e.update(ctx, old, &r, nil); err != nil {
			return err
		}
	default:
		e.sum.Parsed++
		if err := e.parsed(ctx, it, old); err != nil {
			return err
		}
	}
	return e.maybeFlush()
}

// parsed applies a file that was read and parsed.
func (e *runner) parsed(ctx context.Context, it *item, old *index.SourceRecord) error {
	rec := &index.SourceRecord{Path: it.f.path, Size: it.f.size, ModTime: it.f.modTime, Hash: it.hash}
	built := map[string]parsedDoc{}
	var skip string
	var pages []*pub.Document // landing pages, which may adopt earlier PDFs and copies
	hadErr := false
	for i, r := range it.results {
		for _, w := range r.Warnings {
			e.sum.Warnings = append(e.sum.Warnings, Issue{Path: it.f.path, Line: r.Line, Reason: w})
		}
		for _, u := range r.Unknown {
			e.unknown[u] = true
		}
		switch {
		case r.Err != nil:
			hadErr = true
			e.sum.Failed = append(e.sum.Failed, Issue{Path: it.f.path, Line: r.Line, Reason: r.Err.Error()})
		case r.Skip != "":
			if skip == "" {
				skip = r.Skip
			}
			e.sum.Skipped = append(e.sum.Skipped, Issue{Path: it.f.path, Line: r.Line, Reason: r.Skip})
		case r.Doc != nil:
			switch {
			case r.Attachment || r.Mirror:
				rec.Attachment, rec.Mirror = r.Attachment, r.Mirror
				if err := e.join(ctx, it, i); err != nil {
					return err
				}
			default:
				e.noteTitle(r.Doc)
				pages = append(pages, r.Doc)
			}
			id := r.Doc.ID
			if _, dup := built[id]; dup {
				e.sum.Warnings = append(e.sum.Warnings, Issue{Path: it.f.path, Line: r.Line, Reason: fmt.Sprintf("document %s appears again; the later record wins", id)})
				for k, d := range rec.Docs {
					if d == id {
						rec.DocHashes[k] = r.Doc.ContentHash
					}
				}
			} else {
				rec.Docs = append(rec.Docs, id)
				rec.DocHashes = append(rec.DocHashes, r.Doc.ContentHash)
			}
			built[id] = parsedDoc{doc: r.Doc, built: it.built[i]}
		}
	}
	if len(rec.Docs) == 0 && old != nil && len(old.Docs) > 0 && (hadErr || old.Hash != it.hash) {
		// The page used to give documents and now gives none: it is most
		// likely damaged this time. Keep the record as it was, so the
		// documents stay and the next run tries the file again. The same
		// bytes read again without an error (a new parser that skips what
		// the old one kept) are not damage: that reading wins.
		if !hadErr {
			e.sum.Warnings = append(e.sum.Warnings, Issue{Path: it.f.path, Reason: "kept the earlier version of " + strings.Join(old.Docs, ", ")})
		}
		return nil
	}
	if len(rec.Docs) == 0 && hadErr {
		return nil // nothing readable: no record, so the next run retries
	}
	if hadErr && old != nil {
		// Some records failed: keep the documents the file gave before and
		// does not give now, since their records may be the failed ones.
		for i, id := range old.Docs {
			if _, ok := built[id]; !ok && i < len(old.DocHashes) {
				rec.Docs = append(rec.Docs, id)
				rec.DocHashes = append(rec.DocHashes, old.DocHashes[i])
			}
		}
	}
	if len(rec.Docs) == 0 {
		rec.Skipped = skip
	}
	if err := e.update(ctx, old, rec, built); err != nil {
		return err
	}
	for _, d := range pages {
		if err := e.adopt(ctx, d, it.f.path); err != nil {
			return err
		}
	}
	return nil
}

// update replaces the record of a file and re-establishes the invariant for
// every document the file gave before or gives now. built holds the
// file's documents when it was parsed. When a document's new newest source
// cannot be re-read, nothing of the file is applied: it is reported and
// tried again next run, rather than committed half-true.
func (e *runner) update(ctx context.Context, old, rec *index.SourceRecord, built map[string]parsedDoc) error {
	ids := map[string]bool{}
	if old != nil {
		for _, id := range old.Docs {
			ids[id] = true
		}
	}
	for _, id := range rec.Docs {
		ids[id] = true
	}
	sorted := sortedKeys(ids)
	for _, id := range sorted {
		e.touch(id)
	}
	undo := e.setRecord(rec.Path, old, rec)
	changes, failed := e.changesFor(ctx, sorted, rec.Path, built)
	if failed != "" {
		undo()
		e.sum.Failed = append(e.sum.Failed, Issue{Path: rec.Path, Reason: failed + "; nothing of this file was applied, it is tried again next run"})
		return nil
	}
	if err := e.applyChanges(changes); err != nil {
		return err
	}
	src, err := e.b.Source(rec)
	if err != nil {
		return err
	}
	return e.batch.Put(src)
}

// setRecord makes rec (nil: none) the record of path in the runner's state,
// in place of old, and returns the function that restores old.
func (e *runner) setRecord(path string, old, rec *index.SourceRecord) (undo func()) {
	swap := func(from, to *index.SourceRecord) {
		if from != nil {
			for _, id := range from.Docs {
				delete(e.sources[id], path)
			}
		}
		if to == nil {
			delete(e.records, path)
			return
		}
		e.records[path] = to
		for _, id := range to.Docs {
			e.attach(id, path)
		}
	}
	swap(old, rec)
	return func() { swap(rec, old) }
}

// change is what re-establishing the invariant does to one document.
type change struct {
	id     string
	delete bool
	put    index.Built
	hash   string // the content hash the index holds afterwards
}

// parsedDoc is a document of the file being applied, as read and as built.
type parsedDoc struct {
	doc   *pub.Document
	built index.Built
}

// changesFor works out, in the runner's current state, the changes that
// give each document the text of its newest source (joined with its newest
// attachment). path and built are the file being applied and its
// documents. failed says why a source that must be re-read could not be;
// then no change may be applied.
func (e *runner) changesFor(ctx context.Context, ids []string, path string, built map[string]parsedDoc) (changes []change, failed string) {
	for _, id := range ids {
		main, att := e.winners(id)
		want := e.wantHash(id)
		if want == "" {
			if e.indexed[id] != "" {
				changes = append(changes, change{id: id, delete: true})
			}
			continue
		}
		if e.indexed[id] == want {
			continue
		}
		if main != nil && att != nil {
			md, why := e.docOf(ctx, main.Path, id, path, built)
			if why != "" {
				return nil, why
			}
			ad, why := e.docOf(ctx, att.Path, id, path, built)
			if why != "" {
				return nil, why
			}
			b, err := e.b.Publication(joinDocs(md.doc, ad.doc))
			if err != nil {
				return nil, fmt.Sprintf("joining %s and %s for %s: %v", main.Path, att.Path, id, err)
			}
			changes = append(changes, change{id: id, put: b, hash: want})
			continue
		}
		w := main
		if w == nil {
			w = att
		}
		if pd, ok := built[id]; ok && w.Path == path {
			changes = append(changes, change{id: id, put: pd.built, hash: want})
			continue
		}
		pd, why := e.reparse(ctx, w.Path, id)
		if why != "" {
			return nil, why
		}
		changes = append(changes, change{id: id, put: pd.built, hash: pd.doc.ContentHash})
	}
	return changes, ""
}

// docOf is document id as file p gives it: from built when p is the file
// being applied, else read again.
func (e *runner) docOf(ctx context.Context, p, id, path string, built map[string]parsedDoc) (parsedDoc, string) {
	if pd, ok := built[id]; ok && p == path {
		return pd, ""
	}
	return e.reparse(ctx, p, id)
}

// applyChanges puts the planned changes into the current batch.
func (e *runner) applyChanges(changes []change) error {
	for _, c := range changes {
		if c.delete {
			e.batch.Delete(c.id)
			e.indexed[c.id] = ""
			delete(e.sources, c.id)
			continue
		}
		if err := e.batch.Put(c.put); err != nil {
			return err
		}
		e.indexed[c.id] = c.hash
	}
	for _, c := range changes {
		e.noteChange(c.id)
	}
	return nil
}

// noteChange records in the current batch's share of the run's history
// what the run has done to document id so far, against the start.
func (e *runner) noteChange(id string) {
	before, after := e.start[id], e.indexed[id]
	switch {
	case before == "" && after != "":
		e.batchOps[id] = "a"
	case before != "" && after == "":
		e.batchOps[id] = "r"
	case before != after:
		e.batchOps[id] = "u"
	default:
		e.batchOps[id] = "" // changed and changed back
	}
}

// putRunPart adds the current batch's share of the run's history to it,
// so the history and the documents are committed together.
func (e *runner) putRunPart() error {
	if len(e.batchOps) == 0 {
		return nil
	}
	e.seq++
	p := &index.RunPart{Run: e.run, Seq: e.seq, Time: time.Now().UTC()}
	for _, id := range sortedKeys(e.batchOps) {
		switch e.batchOps[id] {
		case "a":
			p.Added = append(p.Added, id)
		case "u":
			p.Updated = append(p.Updated, id)
		case "r":
			p.Removed = append(p.Removed, id)
		default:
			p.Reverted = append(p.Reverted, id)
		}
	}
	e.batchOps = map[string]string{}
	return e.batch.PutRunPart(p)
}

// reparse reads the file path again for the document id, when a source of
// a document is a file this run did not parse (it became the newest
// because another source changed or went away, or its text is joined with
// another file's). why says what went wrong, "" when the document was
// built.
func (e *runner) reparse(ctx context.Context, path, id string) (pd parsedDoc, why string) {
	defer func() {
		if r := recover(); r != nil {
			why = fmt.Sprintf("re-reading %s for %s: the parser failed (%v)", path, id, r)
		}
	}()
	w := &worker{e: e, b: e.b}
	data, err := w.load(fileInfo{path: path})
	if err != nil {
		return pd, fmt.Sprintf("could not re-read %s for %s (%v)", path, id, err)
	}
	var d *pub.Document
	rs := e.p.Parse(ctx, path, data)
	for _, r := range rs {
		if r.Doc != nil && r.Doc.ID == id {
			d = r.Doc
		}
	}
	if d == nil && len(rs) == 1 && rs[0].Doc != nil && (rs[0].Attachment || rs[0].Mirror) {
		// A PDF or a mirror's copy joined to a publication by its title
		// carries that publication's id, which the file alone does not give.
		d = rs[0].Doc
		d.ID = id
		d.ContentHash = pub.ContentHash(d)
	}
	if d == nil {
		return pd, fmt.Sprintf("%s no longer gives %s (changed since it was read?)", path, id)
	}
	b, err := e.b.Publication(d)
	if err != nil {
		return pd, fmt.Sprintf("re-reading %s for %s: %v", path, id, err)
	}
	return parsedDoc{doc: d, built: b}, ""
}

// maybeFlush hands the current batch to a committer when it is full.
func (e *runner) maybeFlush() error {
	if e.batch.Len() < e.cfg.BatchSize*2 && e.batch.Bytes() < batchBytes {
		return nil
	}
	return e.flush()
}

func (e *runner) flush() error {
	if e.batch.Len() == 0 {
		return nil
	}
	if err := e.putRunPart(); err != nil {
		return err
	}
	c := &commit{b: e.batch, done: make(chan struct{})}
	for id := range e.batchIDs {
		e.inflight[id] = c
	}
	e.batch, e.batchIDs = e.ix.NewBatch(), map[string]bool{}
	e.commits <- c // even when interrupted: what is complete is committed
	if len(e.inflight) > 1<<16 {
		for id, c := range e.inflight {
			select {
			case <-c.done:
				delete(e.inflight, id)
			default:
			}
		}
	}
	return e.err()
}

// prune removes the source records of files that have gone from the roots,
// and the documents left with no source. Files under folders that could
// not be read are not gone, only unseen: they are kept.
func (e *runner) prune(ctx context.Context, roots []string, w *walkResult) error {
	seen := make(map[string]bool, len(w.files))
	for _, f := range w.files {
		seen[f.path] = true
	}
	for _, path := range sortedKeys(e.records) {
		if ctx.Err() != nil {
			e.sum.Interrupted = true // what was pruned so far is committed
			return nil
		}
		if seen[path] || !underAny(path, roots) || underAny(path, w.failedDirs) {
			continue
		}
		if _, err := os.Lstat(path); err == nil {
			continue // there, but hidden or not a regular file now: not gone
		}
		r := e.records[path]
		for _, id := range r.Docs {
			e.touch(id)
		}
		undo := e.setRecord(path, r, nil)
		changes, failed := e.changesFor(ctx, r.Docs, "", nil)
		if failed != "" {
			undo()
			e.sum.Warnings = append(e.sum.Warnings, Issue{Path: path, Reason: "gone, but not pruned: " + failed})
			continue
		}
		if err := e.applyChanges(changes); err != nil {
			return err
		}
		e.batch.DeleteSource(path)
		if err := e.maybeFlush(); err != nil {
			return err
		}
	}
	return nil
}

func underAny(path string, roots []string) bool {
	for _, r := range roots {
		if under(path, r) {
			return true
		}
	}
	return false
}

// commitLast commits the last batch with the run's record and waits for every
// commit.
func (e *runner) commitLast(roots []string) (err error) {
	defer func() {
		if err == nil {
			err = e.err()
		}
	}()
	info := &index.IngestInfo{Finished: time.Now().UTC(), Roots: roots, Seen: e.sum.Seen, Added: e.sum.Added,
		Updated: e.sum.Updated, Removed: e.sum.Removed, Failed: len(e.sum.Failed)}
	defer func() { close(e.commits); e.wg.Wait() }()
	if err := e.batch.SetLastIngest(info); err != nil {
		return err
	}
	if err := e.putRunPart(); err != nil {
		return err
	}
	if e.seq > 0 {
		// A run that changed nothing leaves no trace in the history.
		end := &index.RunEnd{Run: e.run, Started: e.started, Finished: info.Finished, Roots: roots, Interrupted: e.sum.Interrupted}
		if err := e.batch.PutRunEnd(end); err != nil {
			return err
		}
		e.sum.Run = e.run
	}
	if !e.sum.Interrupted {
		e.batch.SetParserKey(e.p.Key())
	}
	e.commits <- &commit{b: e.batch, done: make(chan struct{})}
	return nil
}

// count fills the document counts of the summary by comparing what the
// index held for each document the run saw, before and after.
func (e *runner) count() {
	for id := range e.touched {
		before, after := e.start[id], e.indexed[id]
		switch {
		case before == "" && after != "":
			e.sum.Added++
			e.sum.AddedIDs = append(e.sum.AddedIDs, id)
		case before != "" && after == "":
			e.sum.Removed++
			e.sum.RemovedIDs = append(e.sum.RemovedIDs, id)
		case before != after:
			e.sum.Updated++
			e.sum.UpdatedIDs = append(e.sum.UpdatedIDs, id)
		case after != "":
			e.sum.Unchanged++
		}
	}
	sort.Strings(e.sum.AddedIDs)
	sort.Strings(e.sum.UpdatedIDs)
	sort.Strings(e.sum.RemovedIDs)
	e.sum.UnknownLabels = sortedKeys(e.unknown)
	sort.Slice(e.sum.Failed, func(i, j int) bool { return issueLess(e.sum.Failed[i], e.sum.Failed[j]) })
	sort.Slice(e.sum.Skipped, func(i, j int) bool { return issueLess(e.sum.Skipped[i], e.sum.Skipped[j]) })
	sort.Slice(e.sum.Warnings, func(i, j int) bool { return issueLess(e.sum.Warnings[i], e.sum.Warnings[j]) })
}

func issueLess(a, b Issue) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	return a.Line < b.Line
}
