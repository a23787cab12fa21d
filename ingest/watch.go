package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/parse"
)

// Defaults of WatchConfig.
const (
	DefaultSettle = 2 * time.Second
	DefaultPoll   = time.Minute
)

// WatchConfig controls Watch. Its Settle is how long a file must stay
// unchanged before it is read, so a file a scraper writes in pieces is
// indexed once, complete; 0 means DefaultSettle.
type WatchConfig struct {
	Config
	// Poll is how often the folders are rescanned even without change
	// events (events can be lost: network file systems, a full inotify
	// queue). 0 means DefaultPoll.
	Poll time.Duration
	// OnRound is called after each ingest round with its summary.
	OnRound func(*Summary)
}

// Watch ingests the roots, then keeps watching them and ingests again
// whenever files appear or change, until ctx ends. Each round is an
// incremental Run, so only new and changed files are read. It returns nil
// when ctx ends and an error only when watching or writing fails.
func Watch(ctx context.Context, ix *index.Index, p *parse.Parser, wc WatchConfig) error {
	if wc.Settle <= 0 {
		wc.Settle = DefaultSettle
	}
	if wc.Poll <= 0 {
		wc.Poll = DefaultPoll
	}
	roots, err := AbsRoots(wc.Roots)
	if err != nil {
		return err
	}
	// The index may live inside a watched folder: its own writes must not
	// count as changes, or every round would start another. Compare real
	// paths, as the walk does.
	skip := ix.Dir()
	if d, err := AbsRoots([]string{skip}); err == nil {
		skip = d[0]
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer w.Close()
	var watchErrs []string
	for _, r := range roots {
		watchErrs = append(watchErrs, addTree(w, r, skip)...)
	}

	cfg := wc.Config
	cfg.Roots = roots
	round := func() (deferred bool, err error) {
		sum, err := Run(ctx, ix, p, cfg)
		if err != nil {
			return false, err
		}
		for _, e := range watchErrs {
			sum.Warnings = append(sum.Warnings, Issue{Path: e, Reason: "cannot watch this folder; it is rescanned every " + wc.Poll.String()})
		}
		watchErrs = nil
		if wc.OnRound != nil {
			wc.OnRound(sum)
		}
		return sum.Deferred > 0, nil
	}

	pending, err := round()
	if err != nil || ctx.Err() != nil {
		return ignoreCancel(err)
	}
	last := time.Now()
	tick := time.NewTicker(max(wc.Settle/4, 10*time.Millisecond))
	defer tick.Stop()
	poll := time.NewTicker(wc.Poll)
	defer poll.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if strings.HasPrefix(filepath.Base(ev.Name), ".") || under(ev.Name, skip) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					watchErrs = append(watchErrs, addTree(w, ev.Name, skip)...)
				}
			}
			pending, last = true, time.Now()
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			// Events were lost (a full queue): a rescan finds what they were.
			_ = err
			pending, last = true, time.Now()
		case <-poll.C:
			pending = true
		case <-tick.C:
			if !pending || time.Since(last) < wc.Settle {
				continue
			}
			if pending, err = round(); err != nil || ctx.Err() != nil {
				return ignoreCancel(err)
			}
			last = time.Now()
		}
	}
}

func ignoreCancel(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// addTree watches dir and every folder below it (inotify is not recursive).
// It returns the folders it could not watch.
func addTree(w *fsnotify.Watcher, dir, skip string) []string {
	var failed []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") || p == skip {
			return fs.SkipDir
		}
		if err := w.Add(p); err != nil {
			failed = append(failed, p)
		}
		return nil
	})
	return failed
}
