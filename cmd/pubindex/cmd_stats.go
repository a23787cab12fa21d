package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/pubindex/pubindex/query"

	"github.com/spf13/cobra"
)

func newStatsCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats [flags]",
		Short: "Count the documents of the index by facet, with its size and last ingest",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runStats(cmd.Context(), e, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the statistics as JSON")
	return cmd
}

// statsListMax bounds each facet list of the text output.
const statsListMax = 15

func runStats(ctx context.Context, e *env, asJSON bool) error {
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	st, err := eng.Stats(ctx)
	if err != nil {
		return err
	}
	// Years read best in order, newest first, as query lists them.
	slices.SortStableFunc(st.Facets["year"], func(a, b query.FacetCount) int { return strings.Compare(b.Value, a.Value) })
	if asJSON {
		return encodeJSON(e.stdout, st)
	}
	w := e.stdout
	fmt.Fprintf(w, "Index:        %s (%s)\n", st.Index, st.MappingVersion)
	fmt.Fprintf(w, "Documents:    %d\n", st.Documents)
	fmt.Fprintf(w, "Source files: %d\n", st.SourceFiles)
	fmt.Fprintf(w, "Size:         %.1f MB\n", float64(st.SizeBytes)/1e6)
	if li := st.LastIngest; li != nil {
		fmt.Fprintf(w, "Last ingest:  %s, %s seen in %s\n", li.Finished.Local().Format("2006-01-02 15:04:05"), plural(li.Seen, "page", "pages"), strings.Join(li.Roots, ", "))
	}
	for _, name := range []string{"series", "region", "topic", "author", "year", "publisher", "page_type"} {
		vals := st.Facets[name]
		if len(vals) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s)\n", strings.ToUpper(name[:1])+strings.ReplaceAll(name[1:], "_", " "), plural(len(vals), "value", "values"))
		for i, v := range vals {
			if i == statsListMax {
				fmt.Fprintf(w, "  ... and %d more (--json lists them all)\n", len(vals)-statsListMax)
				break
			}
			fmt.Fprintf(w, "  %6d  %s\n", v.Count, v.Value)
		}
	}
	return nil
}
