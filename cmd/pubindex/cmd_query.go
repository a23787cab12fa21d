package main

import (
	"context"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
	"github.com/spf13/cobra"
)

const querySyntax = `Query syntax:
  data sovereignty          both words, anywhere (words are ANDed)
  "data sovereignty"        the exact phrase
  maritime OR naval         either word; AND is the default, OR binds looser
  cyber -china, NOT china   exclude a word (or a "phrase", or a (group))
  (maritime OR naval) china parentheses group
  sovereign*                words starting with "sovereign"
  title:ASEAN  author:"Li Mingjiang"  series:commentary  region:europe
  topic:"maritime security"  code:IP25008  synopsis:...  body:...  year:2019..2021
Words are matched by their stem (sovereignties finds sovereignty), ignoring
case and accents. A word in the title counts most, then in the synopsis.`

type queryOptions struct {
	req          query.Request
	since, until string
	json         bool
	marks        string
	noMarks      bool
}

func newQueryCmd(e *env) *cobra.Command {
	var o queryOptions
	cmd := &cobra.Command{
		Use:   "query [flags] QUERY...",
		Short: "Search the index",
		Long: `Query searches titles, synopses and bodies and prints the best hits with
highlighted snippets, the total, and facet counts (region, series, topic,
author, year) over all matching publications.

Filters narrow the hits: each may be repeated (OR within one filter, AND
across filters) and matches values whatever their case. --since and --until
take 2024, 2024-06 or 2024-06-30; a publication dated only by month or year
matches when its period overlaps the range.

` + querySyntax,
		Example: `  pubindex query "data sovereignty" --region "Southeast Asia and ASEAN"
  pubindex query 'maritime AND (china OR india)' --since 2020 --sort newest
  pubindex query cyber --series "RSIS Commentary" --json | jq '.hits[].title'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.req.Text = strings.Join(args, " ")
			return runQuery(cmd.Context(), e, o)
		},
	}
	addRequestFlags(cmd, &o.req, &o.since, &o.until)
	cmd.Flags().BoolVar(&o.json, "json", false, "print the result as JSON (schema in README.md)")
	cmd.Flags().StringVar(&o.marks, "marks", "", "mark matched words with `style`: ansi (colour), md (**word**) or none (default: ansi on a terminal, md otherwise)")
	cmd.Flags().BoolVar(&o.noMarks, "no-marks", false, "do not mark matched words (--marks=none), for grep")
	return cmd
}

// addRequestFlags declares the filter and paging flags shared by query and
// bench.
func addRequestFlags(cmd *cobra.Command, r *query.Request, since, until *string) {
	f := cmd.Flags()
	f.StringArrayVar(&r.Regions, "region", nil, "only publications about `region` (repeatable)")
	f.StringArrayVar(&r.Series, "series", nil, "only publications in `series` (repeatable)")
	f.StringArrayVar(&r.Authors, "author", nil, "only publications by `name` (repeatable)")
	f.StringArrayVar(&r.Topics, "topic", nil, "only publications on `topic` (repeatable)")
	f.StringArrayVar(&r.Publishers, "publisher", nil, "only publications of `publisher` (repeatable)")
	f.StringVar(since, "since", "", "only publications dated on or after `date` (2024, 2024-06, 2024-06-30)")
	f.StringVar(until, "until", "", "only publications dated on or before `date`")
	f.IntVarP(&r.Limit, "limit", "n", query.DefaultLimit, "show at most `N` hits")
	f.IntVar(&r.Page, "page", 1, "show page `N` of the hits")
	f.StringVar(&r.Sort, "sort", query.SortRelevance, "order: relevance, newest or oldest")
}

// parseDates fills the date bounds of r from the flag values.
func parseDates(r *query.Request, since, until string) error {
	for _, d := range []struct {
		flag, val string
		dst       *pub.Date
	}{{"since", since, &r.Since}, {"until", until, &r.Until}} {
		if d.val == "" {
			continue
		}
		v, err := pub.ParseISODate(strings.TrimSpace(d.val))
		if err != nil {
			return usagef("--%s: %v", d.flag, err)
		}
		*d.dst = v
	}
	if r.Page < 1 {
		return usagef("--page %d: pages start at 1", r.Page)
	}
	return nil
}

func runQuery(ctx context.Context, e *env, o queryOptions) error {
	if err := parseDates(&o.req, o.since, o.until); err != nil {
		return err
	}
	switch o.marks {
	case "", marksNone, marksANSI, marksMD:
	default:
		return usagef("--marks %q: use ansi, md or none", o.marks)
	}
	if o.noMarks {
		if o.marks != "" && o.marks != marksNone {
			return usagef("--no-marks and --marks=%s disagree", o.marks)
		}
		o.marks = marksNone
	}
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	res, err := eng.Search(ctx, o.req)
	if err != nil {
		return err
	}
	if o.json {
		return encodeJSON(e.stdout, newQueryJSON(o.req, res))
	}
	return writeText(e.stdout, res, textOptions{Color: e.color(), Marks: o.marks})
}
