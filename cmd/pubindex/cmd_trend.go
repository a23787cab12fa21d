package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pubindex/pubindex/query"
	"github.com/spf13/cobra"
)

type trendOptions struct {
	filterOptions
	by        []string
	top       int
	json, csv bool
}

func newTrendCmd(e *env) *cobra.Command {
	var o trendOptions
	cmd := &cobra.Command{
		Use:   "trend [flags] [QUERY...]",
		Short: "Count the publications matching a query per year or month, and per facet value",
		Long: `Trend counts the publications that match a query (and the filters of query) in
each year, or each month with --by month, from the first to the last with a
match, with a sparkline of the counts. --by region, series, topic or
publisher adds a column for each of the most common values (--top).

A publication dated only by its year counts in that year; with --by month it
is counted in a period of its own after its year's December ("2024 (year
only)"), never in January, and left out of the sparkline. Publications
without a date are counted apart.`,
		Example: `  pubindex trend '"data sovereignty" OR "data localisation"'
  pubindex trend maritime --by month --since 2023
  pubindex trend cyber --by year --by region --csv > cyber.csv`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTrend(cmd.Context(), e, o, strings.Join(args, " "))
		},
	}
	addFilterFlags(cmd, &o.filterOptions)
	f := cmd.Flags()
	f.StringArrayVar(&o.by, "by", nil, "`period` (year, month) or facet (region, series, topic, publisher); repeatable")
	f.IntVar(&o.top, "top", query.DefaultTrendTop, "with a facet: how many of its values to show")
	f.BoolVar(&o.json, "json", false, "print the counts as JSON")
	f.BoolVar(&o.csv, "csv", false, "print the counts as CSV")
	return cmd
}

func runTrend(ctx context.Context, e *env, o trendOptions, text string) error {
	req, err := o.request()
	if err != nil {
		return err
	}
	req.Text = text
	tr := query.TrendRequest{Request: req, Top: o.top}
	for _, b := range o.by {
		switch b = strings.ToLower(strings.TrimSpace(b)); {
		case b == query.ByYear || b == query.ByMonth:
			if tr.By != "" && tr.By != b {
				return usagef("--by %s and --by %s: give one period", tr.By, b)
			}
			tr.By = b
		case slices.Contains(query.TrendFacets, b):
			if tr.Facet != "" && tr.Facet != b {
				return usagef("--by %s and --by %s: give one facet", tr.Facet, b)
			}
			tr.Facet = b
		default:
			return usagef("--by %q: want year, month, region, series, topic or publisher", b)
		}
	}
	if o.top < 1 || o.top > 100 {
		return usagef("--top %d: want 1 to 100", o.top)
	}
	if o.json && o.csv {
		return usagef("--json and --csv: choose one")
	}
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	t, err := eng.Trend(ctx, tr)
	if err != nil {
		return err
	}
	switch {
	case o.json:
		return encodeJSON(e.stdout, t)
	case o.csv:
		return writeTrendCSV(e.stdout, t)
	}
	return writeTrendText(e.stdout, t, textOptions{Color: e.color()})
}

func writeTrendCSV(w io.Writer, t *query.Trend) error {
	cw := csv.NewWriter(w)
	head := append([]string{"period", "year_only", "count"}, t.Values...)
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, p := range t.Periods {
		row := []string{p.Period, strconv.FormatBool(p.YearOnly), strconv.FormatUint(p.Count, 10)}
		for _, v := range t.Values {
			row = append(row, strconv.Itoa(p.ByValue[v]))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// sparkBlocks are the eight heights of a sparkline.
var sparkBlocks = []rune("▁▂▃▄▅▆▇█")

// sparkline draws counts as block characters, the highest count as a full
// block; a zero is the lowest block, any other count at least the second.
func sparkline(counts []uint64) string {
	var top uint64
	for _, c := range counts {
		top = max(top, c)
	}
	var b strings.Builder
	for _, c := range counts {
		i := 0
		if c > 0 {
			i = 1 + int((c*uint64(len(sparkBlocks)-2)+top/2)/top)
		}
		b.WriteRune(sparkBlocks[min(i, len(sparkBlocks)-1)])
	}
	return b.String()
}

func writeTrendText(w io.Writer, t *query.Trend, o textOptions) error {
	bw := bufio.NewWriter(w)
	what := "Publications"
	if t.Query != "" {
		what = "Publications matching " + strconv.Quote(t.Query)
	}
	fmt.Fprintf(bw, "%s per %s: %d", terminalSafe(what), t.By, t.Total)
	if t.Undated > 0 {
		fmt.Fprintf(bw, " (%d undated, not counted below)", t.Undated)
	}
	fmt.Fprintln(bw)
	if len(t.Periods) == 0 {
		fmt.Fprintln(bw, "No dated publication matches.")
		return bw.Flush()
	}
	label := len("period")
	for _, p := range t.Periods {
		label = max(label, utf8.RuneCountInString(p.Label()))
	}
	widths := make([]int, len(t.Values))
	fmt.Fprintf(bw, "\n%s  %6s", o.style(ansiBold, fmt.Sprintf("%-*s", label, "period")), "count")
	for i, v := range t.Values {
		v = terminalSafe(v)
		widths[i] = max(utf8.RuneCountInString(v), 5)
		fmt.Fprintf(bw, "  %*s", widths[i], v)
	}
	fmt.Fprintln(bw)
	var line []uint64
	for _, p := range t.Periods {
		fmt.Fprintf(bw, "%-*s  %6d", label, p.Label(), p.Count)
		for i, v := range t.Values {
			fmt.Fprintf(bw, "  %*d", widths[i], p.ByValue[v])
		}
		fmt.Fprintln(bw)
		if !p.YearOnly {
			line = append(line, p.Count)
		}
	}
	first, last := t.Periods[0].Period, t.Periods[len(t.Periods)-1].Period
	if t.By == query.ByMonth {
		last = t.Periods[len(t.Periods)-1].Period + "-12"
		for i := len(t.Periods) - 1; i >= 0; i-- {
			if !t.Periods[i].YearOnly {
				last = t.Periods[i].Period
				break
			}
		}
	}
	fmt.Fprintf(bw, "\n%s %s %s\n", first, sparkline(line), last)
	return bw.Flush()
}
