package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/export"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	req          query.Request
	since, until string
	format       string
	output       string
	record       string
}

func newExportCmd(e *env) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export [flags] [QUERY...]",
		Short: "Write the publications a search finds, in a reference format",
		Long: `Export writes every publication a query and its filters match (every
publication when there are none), with all its fields, as JSON Lines (the
fields of 'pubindex show --json'), CSV, BibTeX, RIS, CSL-JSON or a Markdown
list. It takes the query and filters of 'pubindex query', without a limit:
all hits are written, in the order of --sort (relevance by default; with no
query and no filter, ID order).

--record FILE writes what a systematic review reports of the search, as
JSON: the query, filters and sort, the index it ran on (document count and
last ingest), the number of publications exported, the pubindex version and
the time.

` + querySyntax,
		Example: `  pubindex export --format jsonl > publications.jsonl
  pubindex export 'maritime AND china' --since 2020 --format bibtex -o maritime.bib --record maritime.search.json
  pubindex export --series "IDSS Papers" --format ris > idss.ris`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.req.Text = strings.Join(args, " ")
			for _, f := range []string{"limit", "page"} {
				if cmd.Flags().Changed(f) {
					return usagef("--%s: export writes every hit", f)
				}
			}
			o.req.Limit = 0
			if !cmd.Flags().Changed("sort") {
				o.req.Sort = ""
			}
			return runExport(cmd.Context(), e, o)
		},
	}
	addRequestFlags(cmd, &o.req, &o.since, &o.until)
	for _, f := range []string{"limit", "page"} {
		_ = cmd.Flags().MarkHidden(f) // declared with query's filters; export has no pages
	}
	cmd.Flags().StringVar(&o.format, "format", "jsonl", "output `format`: "+strings.Join(export.Formats, ", "))
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to `FILE` instead of standard output")
	cmd.Flags().StringVar(&o.record, "record", "", "write the search record (JSON) to `FILE`")
	return cmd
}

func runExport(ctx context.Context, e *env, o exportOptions) error {
	if err := parseDates(&o.req, o.since, o.until); err != nil {
		return err
	}
	var buf strings.Builder
	if _, err := export.New(o.format, &buf); err != nil {
		return usagef("--format: %v", err)
	}
	if o.req.Sort != "" && o.req.Sort != query.SortRelevance && o.req.Sort != query.SortNewest && o.req.Sort != query.SortOldest {
		return usagef("--sort %q: want relevance, newest or oldest", o.req.Sort)
	}
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	var rec *export.SearchRecord
	if o.record != "" {
		st, err := eng.Stats(ctx)
		if err != nil {
			return err
		}
		rec = export.NewSearchRecord(o.req, st)
		rec.Version, rec.Format, rec.RunAt = searchVersion(), o.format, time.Now().UTC().Truncate(time.Second)
	}

	out := e.stdout
	var file *os.File
	if o.output != "" {
		if file, err = os.Create(o.output); err != nil {
			return err
		}
		defer file.Close()
		out = file
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	w, err := export.New(o.format, bw)
	if err != nil {
		return err
	}
	n, total, err := export.Each(ctx, eng, o.req, func(r *query.Record) error {
		return w.Write(export.Entry{Record: r, Accessed: accessed(r.Source)})
	})
	if errors.Is(err, export.ErrTooMany) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return err
		}
	}
	if rec != nil {
		rec.Hits, rec.Total = n, total
		return writeRecord(o.record, rec)
	}
	return nil
}

// accessed is the day the page was fetched: the modification time of the
// newest file that gave the publication (the scraper wrote it then),
// zero when the file is gone.
func accessed(source string) pub.Date {
	if source == "" {
		return pub.Date{}
	}
	fi, err := os.Stat(source)
	if err != nil {
		return pub.Date{}
	}
	t := fi.ModTime().UTC()
	return pub.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func writeRecord(path string, rec *export.SearchRecord) error {
	js, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(js, '\n'), 0o644); err != nil {
		return fmt.Errorf("search record: %w", err)
	}
	return nil
}

// searchVersion names the build in a search record: module version and
// revision, so a review can say which pubindex found its hits.
func searchVersion() string {
	mod, rev := buildInfo()
	return mod + " " + rev
}
