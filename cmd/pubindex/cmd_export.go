package main

import (
	"bufio"
	"context"

	"github.com/spf13/cobra"
)

func newExportCmd(e *env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "export [flags]",
		Short: "Write every document, one JSON object per line",
		Long: `Export writes every publication in the index as JSON Lines, in ID order, with
all its fields and the files it came from. The objects have the fields of
'pubindex show --json'.`,
		Example: `  pubindex export --format jsonl > publications.jsonl`,
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "jsonl" {
				return usagef("--format %q: only jsonl is supported", format)
			}
			return runExport(cmd.Context(), e)
		},
	}
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl")
	return cmd
}

func runExport(ctx context.Context, e *env) error {
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	bw := bufio.NewWriterSize(e.stdout, 1<<16)
	if err := eng.Export(ctx, bw); err != nil {
		return err
	}
	return bw.Flush()
}
