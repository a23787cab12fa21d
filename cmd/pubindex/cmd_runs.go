package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func newRunsCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "runs [flags]",
		Short: "List the ingest runs that changed the index, with what each added, updated and removed",
		Long: `Runs lists the history of ingest runs kept in the index: each run that changed a
publication, when it started and finished, the folders it read and how many
publications it added, updated and removed (--json lists them). A run that
was killed lists what it committed, and says it did not finish.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRuns(cmd.Context(), e, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the runs as JSON, with the ids of the publications")
	return cmd
}

func runRuns(ctx context.Context, e *env, asJSON bool) error {
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	runs, err := eng.Runs(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return encodeJSON(e.stdout, runs)
	}
	if len(runs) == 0 {
		fmt.Fprintln(e.stdout, "No ingest run has changed this index yet.")
		return nil
	}
	fmt.Fprintf(e.stdout, "%5s  %-19s  %-19s  %6s  %7s  %7s  %s\n", "RUN", "STARTED", "FINISHED", "ADDED", "UPDATED", "REMOVED", "FOLDERS")
	for _, r := range runs {
		fin := "killed"
		switch {
		case r.Complete && r.Interrupted:
			fin = "interrupted"
		case r.Complete:
			fin = r.Finished.Local().Format("2006-01-02 15:04:05")
		}
		fmt.Fprintf(e.stdout, "%5d  %-19s  %-19s  %6d  %7d  %7d  %s\n", r.ID, r.Started.Local().Format("2006-01-02 15:04:05"), fin,
			len(r.Added), len(r.Updated), len(r.Removed), terminalSafe(strings.Join(r.Roots, ", ")))
	}
	return nil
}
