package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/spf13/cobra"
)

type ingestOptions struct {
	prune, pruneMissing bool
	keepOther, rebuild  bool
	include, exclude    []string
	profiles            []string
	taxonomy            string
	maxSize             int64
	workers, batch      int
	json, quiet, watch  bool
	settle              time.Duration
}

func newIngestCmd(e *env) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [flags] FOLDER...",
		Short: "Index the pages in scrape folders (only what is new or changed)",
		Long: `Ingest reads every page under the folders (text dumps, HTML pages, JSON Lines
files), extracts each publication and indexes it. Re-running it over folders
already indexed reads only new or changed files: a file whose size and
modification time are unchanged is not opened, and a copy of a known page
costs one hash. The same publication found in several files is one document,
with the text of the most recently modified file.

Pages that are not publications (event pages, news releases, listings) are
skipped and listed with the reason; --keep-other indexes them too, marked
with their page type. Files that are not pages at all (images, fonts, style
sheets, scripts, archives, media, sitemaps), told by name and by content, are
passed over and counted. Gzipped pages (.gz) are read. A page that cannot be
read is listed as failed and never removes what was indexed before. With
--prune, documents whose every source file has gone from the folders are
removed; a folder that is missing, or empty although pages were indexed
from it, is an error unless --prune-missing says it is gone for good.

--include and --exclude take glob patterns (*, ?, [a-z]), matched against
each file's path relative to the folder given (page_files/logo.png) and
against its base name (logo.png); * does not cross a /. An excluded folder
is left out whole; with --include, only matching files are read.

With --watch, ingest keeps running after the first pass and indexes pages as
they appear or change; a file is read once it has stayed unchanged for the
--settle period, so a page a scraper writes in pieces is indexed once,
complete. While ingest runs, query, show, stats and export still work: this
process answers them.`,
		Example: `  pubindex ingest ~/scrapes/2026-11-20/
  pubindex ingest ~/scrapes/*/ --prune
  pubindex ingest ~/scrapes/ --include '*.html' --exclude drafts
  pubindex ingest ~/scrapes/ --json > summary.json
  pubindex ingest --watch ~/scrapes/live/`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("ingest needs at least one folder")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), e, o, args)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.prune, "prune", false, "remove documents whose every source file has gone from the folders")
	f.BoolVar(&o.pruneMissing, "prune-missing", false, "prune, and take a folder that is missing (or empty although pages were indexed from it) as emptied")
	f.StringArrayVar(&o.include, "include", nil, "read only files whose relative path or base name matches `glob` (repeatable)")
	f.StringArrayVar(&o.exclude, "exclude", nil, "leave out files and folders whose relative path or base name matches `glob` (repeatable)")
	f.BoolVar(&o.keepOther, "keep-other", false, "index pages that are not publications too, marked with their page type")
	f.BoolVar(&o.rebuild, "rebuild", false, "delete the index and build it again from the folders")
	f.StringArrayVar(&o.profiles, "profile", nil, "extra site profile `file` (JSON; repeatable)")
	f.StringVar(&o.taxonomy, "taxonomy", "", "taxonomy `file` adding series, regions and topics (JSON)")
	f.Int64Var(&o.maxSize, "max-size", ingest.DefaultMaxFileSize, "skip files larger than `bytes`")
	f.IntVar(&o.workers, "workers", 0, "parsing goroutines (default: one per CPU)")
	f.IntVar(&o.batch, "batch-size", ingest.DefaultBatchSize, "documents per commit")
	f.BoolVar(&o.json, "json", false, "print the summary as JSON")
	f.BoolVarP(&o.quiet, "quiet", "q", false, "no progress line")
	f.BoolVar(&o.watch, "watch", false, "keep running and index pages as they appear or change, until interrupted")
	f.DurationVar(&o.settle, "settle", ingest.DefaultSettle, "with --watch: read a file once it has not changed for `duration`")
	return cmd
}

// ingestMemoryLimit is the Go heap's soft limit during ingest unless the
// user sets GOMEMLIMIT. Ingest's live heap is a few hundred MB (batches in
// flight, bleve's segment building), and by default Go lets the heap grow
// to twice that between collections; the limit makes it collect sooner,
// keeping peak memory about flat as the corpus grows, for a little more
// ingest time (docs/benchmarks.md).
const ingestMemoryLimit = 512 << 20

func runIngest(ctx context.Context, e *env, o ingestOptions, roots []string) error {
	if e.getenv("GOMEMLIMIT") == "" {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(ingestMemoryLimit))
	}
	p, err := newParser(o.profiles, o.taxonomy, o.keepOther)
	if err != nil {
		return err
	}
	if o.pruneMissing {
		o.prune = true
	}
	if !o.pruneMissing || o.watch {
		// With --prune-missing a folder that is gone is a root too: what
		// was ingested from it is removed. Watching needs the folders.
		if _, err := ingest.AbsRoots(roots); err != nil {
			return missingFolder(err, o)
		}
	}
	var kept *keptAlerts
	if o.rebuild {
		if kept, err = keepAlerts(e.indexDir); err != nil {
			return err
		}
		if err := index.Remove(e.indexDir); err != nil {
			return err
		}
	}
	command := "pubindex ingest " + strings.Join(roots, " ")
	ix, err := index.Open(e.indexDir, index.Options{Create: true, Command: command})
	if err != nil {
		return err
	}
	if err := kept.restore(); err != nil {
		ix.Close()
		return err
	}
	stop := serveReaders(ix, command, e.getenv, func(err error) { fmt.Fprintf(e.stderr, "pubindex: %v\n", err) })
	cfg := ingest.Config{Roots: roots, Prune: o.prune, PruneMissing: o.pruneMissing, Include: o.include, Exclude: o.exclude,
		MaxFileSize: o.maxSize, Workers: o.workers, BatchSize: o.batch}
	prog := &progressLine{w: e.stderr}
	if e.stderrTTY && !o.quiet {
		cfg.Progress = prog.update
	}
	if o.watch {
		cfg.Settle = o.settle
		first := true
		err = ingest.Watch(ctx, ix, p, ingest.WatchConfig{Config: cfg, OnRound: func(s *ingest.Summary) {
			prog.clear()
			switch {
			case o.json:
				encodeJSON(e.stdout, s)
			case first || s.Added+s.Updated+s.Removed+len(s.Failed)+len(s.Skipped)+len(s.Warnings) > 0:
				fmt.Fprintf(e.stdout, "[%s] ", time.Now().Format("15:04:05"))
				writeSummary(e.stdout, s)
				news, nerr := alertNews(ctx, ix, s)
				if nerr != nil {
					fmt.Fprintf(e.stderr, "pubindex: %v\n", nerr)
				}
				for _, l := range news {
					fmt.Fprintln(e.stdout, l)
				}
			}
			if first && !o.json {
				fmt.Fprintln(e.stdout, "Watching for new and changed pages; Ctrl-C stops.")
			}
			first = false
		}})
		stop()
		if cerr := ix.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = ctx.Err()
		}
		return ingestError(err, o)
	}
	sum, err := ingest.Run(ctx, ix, p, cfg)
	var news []string
	if err == nil && !o.json {
		var nerr error
		if news, nerr = alertNews(ctx, ix, sum); nerr != nil {
			fmt.Fprintf(e.stderr, "pubindex: %v\n", nerr) // the run itself went well
		}
	}
	if err == nil && !sum.Interrupted {
		if kerr := kept.rebuilt(sum.Run); kerr != nil {
			fmt.Fprintf(e.stderr, "pubindex: %v\n", kerr)
		}
	}
	prog.clear()
	stop()
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ingestError(err, o)
	}
	if o.json {
		if err := encodeJSON(e.stdout, sum); err != nil {
			return err
		}
	} else {
		writeSummary(e.stdout, sum)
		for _, l := range news {
			fmt.Fprintln(e.stdout, l)
		}
	}
	if sum.Interrupted {
		return context.Canceled
	}
	if len(sum.Failed) > 0 {
		return &partialError{failed: len(sum.Failed)}
	}
	if sum.Seen == 0 && sum.Removed == 0 {
		return &noPagesError{passed: passedTotal(sum), filtered: len(o.include)+len(o.exclude) > 0}
	}
	return nil
}

// missingFolder is the usage error of a folder to ingest that is not there;
// with --prune it names the flag that removes what was indexed from it.
func missingFolder(err error, o ingestOptions) error {
	if o.prune && !o.watch {
		err = fmt.Errorf("%w; if it is gone for good, not moved or unmounted, --prune-missing removes what was indexed from it", err)
	}
	return &usageError{err}
}

// ingestError turns the errors of a run that are the user's to fix (a
// missing or emptied folder, a bad pattern) into usage errors.
func ingestError(err error, o ingestOptions) error {
	var missing *ingest.MissingRootError
	switch {
	case errors.As(err, &missing):
		return missingFolder(err, o)
	case errors.Is(err, filepath.ErrBadPattern):
		return &usageError{err}
	}
	return err
}

// noPagesError reports an ingest that found no page to read (exit 5): a
// mistyped folder, an empty one, or patterns that leave nothing out.
type noPagesError struct {
	passed   int
	filtered bool // --include or --exclude narrowed the run
}

func (n *noPagesError) Error() string {
	msg := "no pages found in the folders"
	if n.filtered {
		msg += " that --include and --exclude let through"
	}
	if n.passed > 0 {
		msg += fmt.Sprintf(" (%d files that are not pages passed over)", n.passed)
	}
	return msg
}

func passedTotal(s *ingest.Summary) int {
	n := 0
	for _, c := range s.PassedOver {
		n += c
	}
	return n
}

// listMax bounds each list of the text summary; --json gives them all.
const listMax = 20

func writeSummary(w io.Writer, s *ingest.Summary) {
	list := func(title string, is []ingest.Issue) {
		if len(is) == 0 {
			return
		}
		fmt.Fprintf(w, "%s (%d):\n", title, len(is))
		for i, x := range is {
			if i == listMax {
				fmt.Fprintf(w, "  ... and %d more (--json lists them all)\n", len(is)-listMax)
				break
			}
			fmt.Fprintf(w, "  %s\n", terminalSafe(x.String()))
		}
	}
	ids := func(title string, ids []string) {
		if len(ids) == 0 {
			return
		}
		fmt.Fprintf(w, "%s (%d): %s", title, len(ids), terminalSafe(strings.Join(ids[:min(len(ids), idsMax)], ", ")))
		if len(ids) > idsMax {
			fmt.Fprintf(w, " and %d more", len(ids)-idsMax)
		}
		fmt.Fprintln(w)
	}
	list("Failed", s.Failed)
	list("Skipped", s.Skipped)
	list("Warnings", s.Warnings)
	if len(s.UnknownLabels) > 0 {
		fmt.Fprintf(w, "Categories labels in no taxonomy, indexed as topics: %s\n", strings.Join(s.UnknownLabels, ", "))
	}
	ids("Added", s.AddedIDs)
	ids("Updated", s.UpdatedIDs)
	ids("Removed", s.RemovedIDs)
	if n := passedTotal(s); n > 0 {
		fmt.Fprintf(w, "Passed over: %d files that are not pages (%s).\n", n, passedKinds(s.PassedOver))
	}
	if s.Interrupted {
		fmt.Fprintf(w, "Interrupted after committing %s (%d added, %d updated, %d removed) from %s read in %.1fs; %s left for the next run; %d skipped, %d failed.\n",
			plural(s.Added+s.Updated+s.Removed, "publication", "publications"), s.Added, s.Updated, s.Removed,
			plural(s.Parsed, "page", "pages"), s.Seconds, plural(s.Left, "page", "pages"), len(s.Skipped), len(s.Failed))
		return
	}
	fmt.Fprintf(w, "Ingested %s (%d read) in %.1fs: publications %d added, %d updated, %d unchanged, %d removed; %d skipped, %d failed.\n",
		plural(s.Seen, "page", "pages"), s.Parsed, s.Seconds, s.Added, s.Updated, s.Unchanged, s.Removed, len(s.Skipped), len(s.Failed))
}

// idsMax is how many ids of each change the text summary shows.
const idsMax = 5

// passedKinds says "3 images, 1 style" for the counts by kind, the most
// common kind first.
func passedKinds(m map[string]int) string {
	kinds := make([]string, 0, len(m))
	for k := range m {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		if m[kinds[i]] != m[kinds[j]] {
			return m[kinds[i]] > m[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		name := k
		if m[k] != 1 {
			name += "s"
			if k == "media" {
				name = k
			}
		}
		parts[i] = fmt.Sprintf("%d %s", m[k], name)
	}
	return strings.Join(parts, ", ")
}

// progressLine draws one status line on a terminal, rewritten in place.
type progressLine struct {
	w     io.Writer
	drawn bool
}

func (p *progressLine) update(pr ingest.Progress) {
	rate := 0.0
	if s := pr.Elapsed.Seconds(); s > 0 {
		rate = float64(pr.Done) / s
	}
	left := ""
	if rate > 0 && pr.Total > pr.Done {
		eta := time.Duration(float64(pr.Total-pr.Done)/rate) * time.Second
		left = fmt.Sprintf(" · %s left", eta.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r\x1b[K%d/%d pages · %.0f pages/s%s", pr.Done, pr.Total, rate, left)
	p.drawn = true
}

func (p *progressLine) clear() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}
