package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/page"
	"github.com/pubindex/pubindex/ingest/parse"
)

// Issue is a file, or one record of a file, that was skipped or failed,
// with the reason.
type Issue struct {
	Path   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
	skip   bool   // a walk issue that is a skip, not a failure
}

// String gives the file (and line), then the reason.
func (i Issue) String() string {
	if i.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", i.Path, i.Line, i.Reason)
	}
	return fmt.Sprintf("%s: %s", i.Path, i.Reason)
}

// Summary is the outcome of an ingest run.
type Summary struct {
	Roots []string `json:"roots"`
	// Seen counts the files found under the roots; Parsed those read and
	// parsed in this run (new or changed files).
	Seen   int `json:"pages_seen"`
	Parsed int `json:"pages_parsed"`
	// PassedOver counts, by kind (image, font, style, script, archive,
	// media, sitemap), the files that are plainly not pages: they are
	// neither pages seen nor failures.
	PassedOver map[string]int `json:"passed_over"`
	// Document counts. Every change counted was committed, also in an
	// interrupted run.
	Added     int `json:"added"`
	Updated   int `json:"updated"`
	Unchanged int `json:"unchanged"`
	Removed   int `json:"removed"`
	// The ids of the documents added, updated and removed, sorted.
	AddedIDs   []string `json:"added_ids"`
	UpdatedIDs []string `json:"updated_ids"`
	RemovedIDs []string `json:"removed_ids"`
	// Left counts the pages an interrupted run did not get to; the next
	// run reads them.
	Left int `json:"pages_left,omitempty"`
	// Skipped pages were read but are not publications; Failed pages could
	// not be read. Warnings did not stop a page.
	Skipped  []Issue `json:"skipped"`
	Failed   []Issue `json:"failed"`
	Warnings []Issue `json:"warnings"`
	// UnknownLabels are Categories labels no taxonomy knows; they were
	// indexed as topics.
	UnknownLabels []string `json:"unknown_labels"`
	// Deferred counts new or changed files left for a later run because
	// they changed less than Config.Settle ago (still being written).
	Deferred int `json:"deferred,omitempty"`
	// Interrupted is set when the run was cancelled; what was committed
	// before stays.
	Interrupted bool    `json:"interrupted"`
	Seconds     float64 `json:"seconds"`
	// Run is the number of the run in the index's history (pubindex
	// runs), 0 when the run changed no publication.
	Run int64 `json:"run,omitempty"`
}

// Progress reports how far a run has got.
type Progress struct {
	Done, Total int // files
	Elapsed     time.Duration
}

// Defaults of Config.
const (
	DefaultMaxFileSize = 64 << 20
	DefaultBatchSize   = 200
	batchBytes         = 32 << 20
	commitsInFlight    = 2
	// compactAfter is the number of changed documents after which a run
	// merges the index into one segment, if the index holds at most
	// compactMax publications: small indexes gain size and query speed for
	// little time, big ones pay more than they gain, since scorch's own
	// merging keeps them in few segments (figures in docs/benchmarks.md).
	compactAfter = 1000
	compactMax   = 20000
)

// Config controls a Run.
type Config struct {
	// Roots are the folders (or files) to ingest.
	Roots []string
	// Prune removes documents whose every source file has gone from the
	// roots. Without it nothing is removed.
	Prune bool
	// PruneMissing makes a root that does not exist, or that holds no page
	// although pages were indexed from it, count as emptied: with Prune,
	// what was indexed from it is removed. Without it such a root is an
	// error (*MissingRootError): a folder moved, unmounted or mistyped must
	// not empty the index.
	PruneMissing bool
	// Include and Exclude narrow the run with glob patterns (path.Match)
	// matched against a file's path relative to its root and against its
	// base name: an excluded file or folder is left out, and with Include
	// only the files some pattern matches are read. A bad pattern is an
	// error wrapping filepath.ErrBadPattern.
	Include, Exclude []string
	// MaxFileSize skips larger files; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Workers is the number of parsing goroutines; 0 means one per CPU.
	Workers int
	// BatchSize is the number of documents per commit; 0 means
	// DefaultBatchSize.
	BatchSize int
	// Progress, when set, is called about five times a second.
	Progress func(Progress)
	// Settle defers new or changed files modified less than this long ago:
	// a scraper may still be writing them (watch mode).
	Settle time.Duration
}

// Run ingests the files under cfg.Roots into ix. Only new and changed files
// are read: a file whose size and modification time match its source
// record is unchanged, and one whose content hash matches is only touched.
// Each commit holds documents together with the source records that
// describe them, so a run killed at any moment leaves an index that agrees
// with itself, and running again completes the work. A cancelled ctx stops
// the run after the batch being written; the Summary says so.
func Run(ctx context.Context, ix *index.Index, p *parse.Parser, cfg Config) (*Summary, error) {
	start := time.Now()
	e, todo, err := plan(ctx, ix, p, cfg.withDefaults())
	if err != nil {
		return nil, err
	}
	if err := e.pipeline(ctx, todo, start); err != nil {
		e.abort()
		return nil, err
	}
	return e.finish(ctx, start)
}

// withDefaults fills the unset fields of cfg.
func (cfg Config) withDefaults() Config {
	if cfg.MaxFileSize <= 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = DefaultBatchSize
	}
	return cfg
}

// plan walks the roots and compares what it finds with the source records:
// it returns the runner, holding the index's state, and the files to read.
func plan(ctx context.Context, ix *index.Index, p *parse.Parser, cfg Config) (*runner, []fileInfo, error) {
	flt, err := newFilter(cfg.Include, cfg.Exclude)
	if err != nil {
		return nil, nil, err
	}
	roots, gone, err := absRoots(cfg.Roots)
	if err != nil {
		return nil, nil, err
	}
	if len(gone) > 0 && !cfg.PruneMissing {
		return nil, nil, missingRoot(gone[0])
	}
	sum := &Summary{Roots: roots, PassedOver: map[string]int{}, Skipped: []Issue{}, Failed: []Issue{}, Warnings: []Issue{},
		UnknownLabels: []string{}, AddedIDs: []string{}, UpdatedIDs: []string{}, RemovedIDs: []string{}}

	recs, err := ix.AllSources(ctx)
	if err != nil {
		return nil, nil, err
	}
	skipDir := ""
	if d, err := AbsRoots([]string{ix.Dir()}); err == nil {
		skipDir = d[0]
	}
	w, err := walk(ctx, roots, skipDir, flt)
	if err != nil {
		return nil, nil, err
	}
	sum.Seen = len(w.files)
	for kind, n := range w.passed {
		sum.PassedOver[kind] += n
	}
	for _, is := range w.issues {
		if is.skip {
			sum.Skipped = append(sum.Skipped, is)
		} else {
			sum.Failed = append(sum.Failed, is)
		}
	}
	if err := checkEmptyRoots(roots, w, recs, cfg, sum); err != nil {
		return nil, nil, err
	}

	e := newRunner(ix, p, cfg, sum, recs)
	e.roots, e.gone, e.walked = roots, gone, w
	if e.run, err = ix.NextRun(); err != nil {
		e.abort()
		return nil, nil, err
	}
	// A different parser (new profiles, taxonomy or options, a newer
	// pubindex) may read unchanged files differently: read them all again.
	// Documents whose content comes out the same are not rewritten.
	oldKey, err := ix.ParserKey()
	if err != nil {
		e.abort()
		return nil, nil, err
	}
	reread := oldKey != p.Key() && len(recs) > 0
	if reread {
		e.oldRecords = map[string]*index.SourceRecord{}
		e.byHash = map[string]*index.SourceRecord{}
	} else {
		// Every record this run commits is this parser's reading, so the
		// first batch says so: after Ctrl-C or a crash the next run does
		// not read again what was committed.
		e.batch.SetParserKey(p.Key())
	}
	var todo []fileInfo
	now := time.Now()
	fresh := now.Add(-cfg.Settle).UnixNano()
	for _, f := range w.files {
		if r := e.records[f.path]; r != nil && !reread && r.Size == f.size && r.ModTime == f.modTime {
			if kind := passedKind(r); kind != "" {
				sum.Seen--
				sum.PassedOver[kind]++
			}
			e.unchangedFile(r)
			continue
		}
		// A file changed less than Settle ago may still be being written;
		// one dated in the future (clock skew, unpacked archives) is not
		// waited for, or watch would wait for ever.
		if cfg.Settle > 0 && f.modTime > fresh && f.modTime <= now.UnixNano() {
			sum.Deferred++
			continue
		}
		todo = append(todo, f)
	}
	// PDFs last, so that they are read while the landing pages are applied.
	sort.SliceStable(todo, func(i, j int) bool { return !isPDFName(todo[i].path) && isPDFName(todo[j].path) })
	e.total = len(w.files) - sum.Deferred
	e.done = e.total - len(todo)
	return e, todo, nil
}

// checkEmptyRoots looks at the roots under which the walk found no page.
// One that holds no file at all although files were indexed from it may be
// an unmounted disk: pruning it needs cfg.PruneMissing. One never indexed
// is worth a warning: a mistyped folder or patterns that leave nothing.
func checkEmptyRoots(roots []string, w *walkResult, recs []*index.SourceRecord, cfg Config, sum *Summary) error {
	for _, root := range roots {
		if w.pages[root] > 0 || underAny(root, w.failedDirs) {
			continue
		}
		indexed := 0
		for _, r := range recs {
			if under(r.Path, root) {
				indexed++
			}
		}
		switch {
		case indexed == 0 && w.kept[root] < w.found[root]:
			sum.Warnings = append(sum.Warnings, Issue{Path: root, Reason: "no page in this folder matches the include and exclude patterns"})
		case indexed == 0:
			sum.Warnings = append(sum.Warnings, Issue{Path: root, Reason: "no pages in this folder"})
		case w.found[root] > 0:
			// Files are there, only not pages (or left out by patterns):
			// the folder is mounted, pruning goes by file as always.
		case cfg.Prune && !cfg.PruneMissing:
			return &MissingRootError{Path: root, Indexed: indexed}
		case !cfg.Prune:
			sum.Warnings = append(sum.Warnings, Issue{Path: root, Reason: fmt.Sprintf("no files in this folder now; the %d indexed from it are kept", indexed)})
		}
	}
	return nil
}

// pipeline reads the files of todo on cfg.Workers goroutines and applies
// each to the index in this one as it comes. A cancelled ctx stops it
// early, marking the summary interrupted.
func (e *runner) pipeline(ctx context.Context, todo []fileInfo, start time.Time) error {
	items := make(chan *item, e.cfg.Workers*2)
	files := make(chan fileInfo)
	var wg sync.WaitGroup
	wctx, stopWorkers := context.WithCancel(ctx)
	defer stopWorkers()
	for range e.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wk := e.newWorker()
			for f := range files {
				it := wk.process(wctx, f)
				select {
				case items <- it:
				case <-wctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(files)
		for _, f := range todo {
			select {
			case files <- f:
			case <-wctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(items) }()

	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	e.progress(start)
	var later []*item
loop:
	for {
		select {
		case it, ok := <-items:
			if !ok {
				break loop
			}
			if it.joins() {
				// Applied once every publisher's page of the run is known.
				later = append(later, it)
				continue
			}
			if err := e.apply(ctx, it); err != nil {
				return err
			}
			e.done++
		case <-tick.C:
			e.progress(start)
		case <-ctx.Done():
			e.sum.Interrupted = true
			break loop
		}
		if e.err() != nil {
			break
		}
	}
	stopWorkers()
	if ctx.Err() != nil {
		// The workers may have closed items before the loop saw ctx end.
		e.sum.Interrupted = true
	}
	for _, it := range later {
		if e.sum.Interrupted || e.err() != nil {
			break // not applied, so read again next run
		}
		if err := e.apply(ctx, it); err != nil {
			return err
		}
		e.done++
	}
	return e.err()
}

// finish prunes (with cfg.Prune), counts, commits the last batch with the
// run's record and compacts the index after a big run.
func (e *runner) finish(ctx context.Context, start time.Time) (*Summary, error) {
	sum := e.sum
	if e.cfg.Prune && !sum.Interrupted {
		if err := e.prune(ctx, append(e.roots, e.gone...), e.walked); err != nil {
			e.abort()
			return nil, err
		}
	}
	e.count()
	if sum.Interrupted {
		sum.Left = e.total - e.done
	}
	if err := e.commitLast(e.roots); err != nil {
		return nil, err
	}
	if !sum.Interrupted && sum.Added+sum.Updated+sum.Removed >= compactAfter {
		// A big run leaves many segments: merging them into one makes every
		// later query faster and the index smaller (dictionaries are shared).
		if n, err := e.ix.Count(ctx); err == nil && n <= compactMax {
			if err := e.ix.Compact(ctx); err != nil && ctx.Err() == nil {
				return nil, err
			}
		}
	}
	e.progress(start)
	sum.Seconds = time.Since(start).Seconds()
	return sum, nil
}

// item is a file as a worker left it for the coordinator.
type item struct {
	f       fileInfo
	hash    string
	err     error         // the file could not be read
	results []page.Result // parsed records, when the file was parsed
	built   []index.Built // the documents of results, built
	// same is set when the content hash equals the file's record (a touched
	// file) or another record (a copy): the file was not parsed.
	same *index.SourceRecord
	// passed is the kind of a file whose content shows it is not a page.
	passed string
}

// joins reports whether the item holds a document to join to another
// file's publication: a PDF to its landing page, a mirror's copy to the
// publisher's page.
func (it *item) joins() bool {
	for _, r := range it.results {
		if r.Attachment || r.Mirror {
			return true
		}
	}
	return it.same != nil && (it.same.Attachment || it.same.Mirror)
}

// worker reads, hashes, parses and builds files; one per goroutine.
type worker struct {
	e *runner
	b *index.Builder
}

func (e *runner) newWorker() *worker { return &worker{e: e, b: index.NewBuilder()} }

func (w *worker) process(ctx context.Context, f fileInfo) (it *item) {
	it = &item{f: f}
	defer func() {
		// A parser bug must not stop the run, nor every later run: the
		// file is reported and the rest goes on.
		if r := recover(); r != nil {
			it = &item{f: f, err: fmt.Errorf("the parser failed on this file (%v); please report it", r)}
		}
	}()
	data, err := w.load(f)
	if err != nil {
		it.err = err
		return it
	}
	h := sha256.Sum256(data)
	it.hash = hex.EncodeToString(h[:])
	if kind := parse.NotPageByContent(data); kind != "" {
		it.passed = kind
		return it
	}
	if old := w.e.oldRecords[f.path]; old != nil && old.Hash == it.hash {
		it.same = old
		return it
	}
	if r := w.e.byHash[it.hash]; r != nil {
		it.same = r
		return it
	}
	w.parse(ctx, it, data)
	return it
}

func (w *worker) parse(ctx context.Context, it *item, data []byte) {
	it.results = w.e.p.Parse(ctx, it.f.path, data)
	it.built = make([]index.Built, len(it.results))
	for i, r := range it.results {
		if r.Doc == nil {
			continue
		}
		b, err := w.b.Publication(r.Doc)
		if err != nil {
			it.results[i] = page.Result{Err: err, Line: r.Line}
			continue
		}
		it.built[i] = b
	}
}

// isPDFName reports whether a file's name says it is a PDF.
func isPDFName(path string) bool { return strings.EqualFold(filepath.Ext(path), ".pdf") }

// openFile is os.OpenFile; tests replace it to count the files opened.
var openFile = os.OpenFile

// load returns the page a file holds: its bytes, decompressed when it is
// gzipped.
func (w *worker) load(f fileInfo) ([]byte, error) {
	data, err := w.read(f)
	if err != nil {
		return nil, err
	}
	return gunzip(data, w.e.cfg.MaxFileSize)
}

// gunzip returns what gzip data holds, never more than limit bytes (a
// small file may decompress to gigabytes), or data itself when it is not
// gzipped.
func gunzip(data []byte, limit int64) ([]byte, error) {
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("damaged gzip file: %w", err)
	}
	var out bytes.Buffer
	n, err := out.ReadFrom(io.LimitReader(zr, limit+1))
	if err != nil {
		return nil, fmt.Errorf("damaged gzip file: %w", err)
	}
	if n > limit {
		return nil, &tooLarge{fmt.Sprintf("gzip file that decompresses to over the size limit of %s (--max-size)", byteSize(limit))}
	}
	return out.Bytes(), nil
}

// read returns the file's bytes, refusing files over the size limit
// without reading them whole.
func (w *worker) read(f fileInfo) ([]byte, error) {
	limit := w.e.cfg.MaxFileSize
	if f.size > limit {
		return nil, &tooLarge{fmt.Sprintf("file of %s is over the size limit of %s (--max-size)", byteSize(f.size), byteSize(limit))}
	}
	// Only regular files are read: opening a FIFO or a device would block
	// or never end. Stat first, open without blocking, then check again
	// what was opened.
	if fi, err := os.Stat(f.path); err != nil {
		return nil, &fsError{err}
	} else if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	fh, err := openFile(f.path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &fsError{err}
	}
	defer fh.Close()
	if fi, err := fh.Stat(); err != nil {
		return nil, &fsError{err}
	} else if !fi.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	buf := make([]byte, 0, f.size+512)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := fh.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, &tooLarge{fmt.Sprintf("file grew over the size limit of %s while being read", byteSize(limit))}
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, &fsError{err}
		}
	}
}

// MissingRootError is a folder to ingest that does not exist, or that holds
// no file although Indexed files were indexed from it (an unmounted disk).
// Config.PruneMissing makes such a folder count as emptied.
type MissingRootError struct {
	Path    string
	Indexed int
}

func (e *MissingRootError) Error() string {
	switch {
	case e.Indexed == 1:
		return fmt.Sprintf("folder %s holds no files, but 1 file was indexed from it", e.Path)
	case e.Indexed > 1:
		return fmt.Sprintf("folder %s holds no files, but %d files were indexed from it", e.Path, e.Indexed)
	}
	return fmt.Sprintf("folder %s: %v", e.Path, fs.ErrNotExist)
}

// Unwrap makes a folder that does not exist match fs.ErrNotExist.
func (e *MissingRootError) Unwrap() error {
	if e.Indexed > 0 {
		return nil
	}
	return fs.ErrNotExist
}

// passedPrefix starts the Skipped reason of the record of a file whose
// content shows it is not a page, so an unchanged one is not read again.
const passedPrefix = "not a page: "

// passedKind is the kind of file r records as not a page, or "".
func passedKind(r *index.SourceRecord) string {
	kind, ok := strings.CutPrefix(r.Skipped, passedPrefix)
	if !ok {
		return ""
	}
	return kind
}

// fsError is a file system error, worded for a user by describeFSError.
type fsError struct{ err error }

func (e *fsError) Error() string { return describeFSError(e.err) }
func (e *fsError) Unwrap() error { return e.err }

// tooLarge is the error of a file over the size limit: it is skipped, not
// failed, since the limit is the user's choice.
type tooLarge struct{ msg string }

func (e *tooLarge) Error() string { return e.msg }

func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
