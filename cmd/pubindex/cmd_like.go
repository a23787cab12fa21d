package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/pubindex/pubindex/query"
	"github.com/spf13/cobra"
)

func newLikeCmd(e *env) *cobra.Command {
	var o filterOptions
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "like [flags] ID",
		Short: "Find the publications most like one",
		Long: `Like takes the most significant words of a publication (ID, code in any case, or
URL): those its title, synopsis and body use often and the rest of the index
seldom (tf-idf), and searches for publications with any of them, best first.
The filters of query narrow the hits.`,
		Example: `  pubindex like PR21004
  pubindex like co18025 --since 2020 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLike(cmd.Context(), e, o, args[0], limit, asJSON)
		},
	}
	addFilterFlags(cmd, &o)
	cmd.Flags().IntVarP(&limit, "limit", "n", query.DefaultLimit, "show at most `N` hits")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON: the query's words and the hits of query --json")
	return cmd
}

func runLike(ctx context.Context, e *env, o filterOptions, id string, limit int, asJSON bool) error {
	req, err := o.request()
	if err != nil {
		return err
	}
	req.Limit = limit
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	res, err := eng.Like(ctx, id, req)
	if err != nil {
		return err
	}
	if res == nil {
		return fmt.Errorf("no publication %q", id)
	}
	if asJSON {
		return encodeJSON(e.stdout, res)
	}
	opt := textOptions{Color: e.color()}
	fmt.Fprintf(e.stdout, "Like %s  %s\n", opt.style(ansiCyan, terminalSafe(res.ID)), opt.style(ansiBold, terminalSafe(res.Title)))
	if len(res.Terms) == 0 {
		fmt.Fprintln(e.stdout, "Its words are all either unique to it or too common to tell it apart.")
		return nil
	}
	fmt.Fprintf(e.stdout, "Words: %s\n\n", terminalSafe(strings.Join(res.Terms, ", ")))
	return writeText(e.stdout, res.Result, opt)
}
