package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
	"github.com/spf13/cobra"
)

type newOptions struct {
	since  string
	json   bool
	atom   string
	limit  int
	noMark bool
}

func newNewCmd(e *env) *cobra.Command {
	var o newOptions
	cmd := &cobra.Command{
		Use:   "new [flags] [NAME]",
		Short: "List the publications added or changed since an alert was last read",
		Long: `New lists the publications that match the alert NAME and that ingest runs added
or changed since the alert was last read, newest first, and marks them read.
Without NAME it does so for every alert. --since DATE or --since RUN (a run
number, as 'pubindex runs' lists them) lists what changed since then instead,
without marking anything read; without NAME it then lists every publication
that changed.

--atom FILE also writes the news as an Atom feed, which feed readers open.`,
		Example: `  pubindex new 'data sovereignty in SEA'
  pubindex new --since 2026-11-01 --json
  pubindex new --atom ~/feeds/pubindex.xml`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := ""
			if len(args) == 1 {
				name = args[0]
			}
			return runNew(cmd.Context(), e, o, name)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.since, "since", "", "what changed since `DATE` (2026-11-01), or after run RUN (12 or r12)")
	f.BoolVar(&o.json, "json", false, "print the news as JSON (a list, one entry per alert)")
	f.StringVar(&o.atom, "atom", "", "also write the news as an Atom feed to `file` (- for standard output)")
	f.IntVarP(&o.limit, "limit", "n", 50, "show at most `N` publications per alert")
	f.BoolVar(&o.noMark, "peek", false, "do not mark the news read")
	return cmd
}

// parseSince reads --since: a run number, or a date whose first day the
// runs must have started on or after.
func parseSince(s string) (run int64, date time.Time, label string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1, time.Time{}, "", nil
	}
	if d, derr := pub.ParseISODate(s); derr == nil {
		return 0, d.Start(), d.String(), nil // 2026 is a year: run 2026 is r2026
	}
	if n, perr := strconv.ParseInt(strings.TrimPrefix(s, "r"), 10, 64); perr == nil && n >= 0 {
		return n, time.Time{}, "", nil
	}
	return 0, time.Time{}, "", usagef("--since %q: want a date (2026-11-01) or a run number", s)
}

func runNew(ctx context.Context, e *env, o newOptions, name string) error {
	sinceRun, sinceDate, sinceLabel, err := parseSince(o.since)
	if err != nil {
		return err
	}
	if o.limit < 1 || o.limit > query.MaxLimit {
		return usagef("--limit %d: want 1 to %d", o.limit, query.MaxLimit)
	}
	alerts, err := alert.Load(e.indexDir)
	if err != nil {
		return err
	}
	var chosen []int
	switch {
	case name != "":
		i := alert.Find(alerts, name)
		if i < 0 {
			return fmt.Errorf("no alert named %q (pubindex alert list shows them)", name)
		}
		chosen = []int{i}
	case sinceRun < 0 && len(alerts) == 0:
		return usagef("no alerts: add one (pubindex alert add NAME QUERY), or give --since")
	case sinceRun < 0:
		for i := range alerts {
			chosen = append(chosen, i)
		}
	}
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	runs, err := eng.Runs(ctx)
	if err != nil {
		return err
	}
	last := query.LastRun(runs)
	one := func(a *alert.Alert, from int64) (*alert.News, error) {
		n, err := alert.NewsSince(ctx, eng, a, runs, from, sinceDate, o.limit)
		if err != nil {
			return nil, err
		}
		n.Since, n.Query = sinceLabel, "(every publication)"
		if a != nil {
			n.Query = describeRequest(a.Request)
		}
		return n, nil
	}
	var news []*alert.News
	if len(chosen) == 0 {
		n, err := one(nil, max(sinceRun, 0))
		if err != nil {
			return err
		}
		news = append(news, n)
	}
	for _, i := range chosen {
		from := alerts[i].LastRun
		if sinceRun >= 0 {
			from = sinceRun
		}
		n, err := one(&alerts[i], from)
		if err != nil {
			return err
		}
		news = append(news, n)
	}
	if o.atom != "" {
		if err := writeAtomFile(e, o.atom, news, runs); err != nil {
			return err
		}
	}
	if o.json {
		if err := encodeJSON(e.stdout, news); err != nil {
			return err
		}
	} else if o.atom != "-" {
		writeNews(e.stdout, news, textOptions{Color: e.color()})
	}
	if sinceRun >= 0 || o.noMark || len(chosen) == 0 {
		return nil
	}
	// Mark read: load again, so an alert added or removed meanwhile stays
	// as it is.
	now, err := alert.Load(e.indexDir)
	if err != nil {
		return err
	}
	for _, i := range chosen {
		if j := alert.Find(now, alerts[i].Name); j >= 0 {
			now[j].LastRun = last
		}
	}
	return alert.Save(e.indexDir, now)
}

func writeNews(w io.Writer, news []*alert.News, o textOptions) {
	for i, n := range news {
		if i > 0 {
			fmt.Fprintln(w)
		}
		runs := fmt.Sprintf("runs %d–%d", n.FromRun+1, n.ToRun)
		if n.FromRun+1 == n.ToRun {
			runs = fmt.Sprintf("run %d", n.ToRun)
		}
		if n.FromRun >= n.ToRun {
			runs = "no run since it was last read"
		}
		if n.Since != "" {
			runs = "runs since " + n.Since
		}
		title := "New publications"
		if n.Alert != "" {
			title = fmt.Sprintf("New for %q", n.Alert)
		}
		fmt.Fprintf(w, "%s: %s (%s)\n\n", o.style(ansiBold, terminalSafe(title)), terminalSafe(n.Query), runs)
		if n.Total == 0 {
			fmt.Fprintln(w, "Nothing new.")
			continue
		}
		writeText(w, n.Result, o)
	}
}

// writeAtomFile writes the feed to path, through a temporary file and a
// rename so a feed reader never reads half a feed; "-" is standard output.
func writeAtomFile(e *env, path string, news []*alert.News, runs []index.Run) error {
	if path == "-" {
		return alert.WriteAtom(e.stdout, news, runs, time.Now())
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write feed: %w", err)
	}
	err = alert.WriteAtom(tmp, news, runs, time.Now())
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write feed %s: %w", path, err)
	}
	return nil
}
