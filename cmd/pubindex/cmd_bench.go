package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/pubindex/pubindex/query"
	"github.com/spf13/cobra"
)

func newBenchCmd(e *env) *cobra.Command {
	var file string
	var reps, warmup int
	cmd := &cobra.Command{
		Use:   "bench --queries FILE [flags]",
		Short: "Time queries in-process (the benchmark kit's contract)",
		Long: `Bench runs each query of a query file (the benchmark kit's queries.json: each
query's "pubindex" argument list is parsed exactly as 'pubindex query' parses
it) warmup times untimed, then reps times timed, each run doing what
'pubindex query' does: top 10 hits with snippets and facet counts. It prints
one JSON line per query: id, hits, median_ms, p95_ms, runs, region facet
counts and the top hits.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if file == "" {
				return usagef("bench needs --queries FILE")
			}
			if reps < 1 || warmup < 0 {
				return usagef("--reps must be at least 1 and --warmup at least 0")
			}
			return runBench(cmd.Context(), e, file, reps, warmup)
		},
	}
	cmd.Flags().StringVar(&file, "queries", "", "query `file` (JSON, as in the benchmark kit)")
	cmd.Flags().IntVar(&reps, "reps", 50, "timed runs per query")
	cmd.Flags().IntVar(&warmup, "warmup", 5, "untimed runs per query before timing")
	return cmd
}

type benchQuery struct {
	ID       string   `json:"id"`
	Pubindex []string `json:"pubindex"`
}

// benchRecord is one output line.
type benchRecord struct {
	Phase    string         `json:"phase"`
	ID       string         `json:"id"`
	Hits     uint64         `json:"hits"`
	MedianMS float64        `json:"median_ms"`
	P95MS    float64        `json:"p95_ms"`
	Runs     int            `json:"runs"`
	Facets   map[string]int `json:"facets"`
	Top      []benchTop     `json:"top"`
}

type benchTop struct {
	Code    string `json:"code"`
	Title   string `json:"title"`
	Snippet string `json:"snippet"`
}

// requestFromArgs parses a query's argument list as the query command does.
func requestFromArgs(args []string) (query.Request, error) {
	var o queryOptions
	c := &cobra.Command{Use: "query"}
	addRequestFlags(c, &o.req, &o.since, &o.until)
	c.Flags().BoolVar(&o.json, "json", false, "")
	if err := c.ParseFlags(wordsLast(c, args)); err != nil {
		return o.req, usagef("%s: %v", strings.Join(args, " "), err)
	}
	o.req.Text = strings.Join(c.Flags().Args(), " ")
	if err := parseDates(&o.req, o.since, o.until); err != nil {
		return o.req, err
	}
	return o.req, nil
}

func runBench(ctx context.Context, e *env, file string, reps, warmup int) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return &usageError{fmt.Errorf("read queries: %w", err)}
	}
	var qf struct {
		Queries []benchQuery `json:"queries"`
	}
	if err := json.Unmarshal(b, &qf); err != nil {
		return &usageError{fmt.Errorf("queries %s: %w", file, err)}
	}
	s, err := e.openRead(true)
	if err != nil {
		return err
	}
	defer s.Close()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, q := range qf.Queries {
		req, err := requestFromArgs(q.Pubindex)
		if err != nil {
			return err
		}
		var res *query.Result
		times := make([]float64, 0, reps)
		for i := 0; i < warmup+reps; i++ {
			t0 := time.Now()
			if res, err = s.Search(ctx, req); err != nil {
				return fmt.Errorf("query %s: %w", q.ID, err)
			}
			if i >= warmup {
				times = append(times, float64(time.Since(t0).Nanoseconds())/1e6)
			}
		}
		rec := benchRecord{Phase: "query", ID: q.ID, Hits: res.Total, Runs: len(times), Facets: map[string]int{}}
		sort.Float64s(times)
		rec.MedianMS = round3(median(times))
		rec.P95MS = round3(times[max(0, int(math.Ceil(0.95*float64(len(times))))-1)])
		if res.Facets != nil {
			for _, f := range res.Facets.Region {
				rec.Facets[f.Value] = f.Count
			}
		}
		for _, h := range res.Hits[:min(3, len(res.Hits))] {
			t := benchTop{Code: h.Code, Title: h.Title}
			if len(h.Snippets) > 0 {
				t.Snippet = h.Snippets[0].Format("<mark>", "</mark>", nil)
			}
			rec.Top = append(rec.Top, t)
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return nil
}

func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
