package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
	"github.com/spf13/cobra"
)

// filterOptions are the filters of query, for the commands that take a
// query without paging (alert add, trend).
type filterOptions struct {
	req          query.Request
	since, until string
}

func addFilterFlags(cmd *cobra.Command, o *filterOptions) {
	f := cmd.Flags()
	f.StringArrayVar(&o.req.Regions, "region", nil, "only publications about `region` (repeatable)")
	f.StringArrayVar(&o.req.Series, "series", nil, "only publications in `series` (repeatable)")
	f.StringArrayVar(&o.req.Authors, "author", nil, "only publications by `name` (repeatable)")
	f.StringArrayVar(&o.req.Topics, "topic", nil, "only publications on `topic` (repeatable)")
	f.StringArrayVar(&o.req.Publishers, "publisher", nil, "only publications of `publisher` (repeatable)")
	f.StringVar(&o.since, "since", "", "only publications dated on or after `date` (2024, 2024-06, 2024-06-30)")
	f.StringVar(&o.until, "until", "", "only publications dated on or before `date`")
}

// request returns the filters as a request, its dates parsed.
func (o filterOptions) request() (query.Request, error) {
	r := o.req
	r.Page = 1
	err := parseDates(&r, o.since, o.until)
	return r, err
}

func newAlertCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "alert",
		Short: "Save searches, to ask later what is new for them (pubindex new)",
		Long: `An alert is a saved search: a name, a query and the filters of query. 'pubindex
new NAME' lists the publications that match it and that ingest runs added or
changed since it was last read, and ingest says after each run how many new
matches each alert has. Alerts are kept in the index directory (alerts.json).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var o filterOptions
	add := &cobra.Command{
		Use:     "add [flags] NAME QUERY...",
		Short:   "Save a search under a name",
		Example: `  pubindex alert add 'data sovereignty in SEA' '"data sovereignty"' --region "Southeast Asia and ASEAN"`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usagef("alert add needs a name and a query")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAlertAdd(cmd.Context(), e, o, args[0], strings.Join(args[1:], " "))
		},
	}
	addFilterFlags(add, &o)
	var asJSON bool
	list := &cobra.Command{
		Use:   "list [flags]",
		Short: "List the saved searches",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return runAlertList(e, asJSON)
		},
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print the alerts as JSON")
	rm := &cobra.Command{
		Use:   "rm NAME",
		Short: "Delete a saved search",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runAlertRemove(e, args[0])
		},
	}
	cmd.AddCommand(add, list, rm)
	return cmd
}

func runAlertAdd(ctx context.Context, e *env, o filterOptions, name, text string) error {
	if err := alert.CheckName(name); err != nil {
		return &usageError{err}
	}
	req, err := o.request()
	if err != nil {
		return err
	}
	req.Text = text
	// Check the query now, not at the first ingest that reads it.
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	check := req
	check.Limit, check.NoFacets = 1, true
	_, err = eng.Search(ctx, check)
	eng.Close()
	if err != nil {
		return err
	}
	alerts, err := alert.Load(e.indexDir)
	if err != nil {
		return err
	}
	if alert.Find(alerts, name) >= 0 {
		return usagef("there is already an alert named %q (pubindex alert rm it first)", name)
	}
	req.Page = 0
	alerts = append(alerts, alert.Alert{Name: name, Request: req, Created: time.Now().UTC()})
	if err := alert.Save(e.indexDir, alerts); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Saved alert %q; list what is new for it with: pubindex new %s\n", name, shellQuote(name))
	return nil
}

func runAlertList(e *env, asJSON bool) error {
	alerts, err := alert.Load(e.indexDir)
	if err != nil {
		return err
	}
	if asJSON {
		return encodeJSON(e.stdout, alerts)
	}
	if len(alerts) == 0 {
		fmt.Fprintln(e.stdout, "No alerts. Add one: pubindex alert add NAME QUERY [filters]")
		return nil
	}
	for _, a := range alerts {
		read := "never read"
		if a.LastRun > 0 {
			read = fmt.Sprintf("read up to run %d", a.LastRun)
		}
		fmt.Fprintf(e.stdout, "%s\n    %s  (%s)\n", terminalSafe(a.Name), terminalSafe(describeRequest(a.Request)), read)
	}
	return nil
}

func runAlertRemove(e *env, name string) error {
	alerts, err := alert.Load(e.indexDir)
	if err != nil {
		return err
	}
	i := alert.Find(alerts, name)
	if i < 0 {
		return fmt.Errorf("no alert named %q (pubindex alert list shows them)", name)
	}
	alerts = append(alerts[:i], alerts[i+1:]...)
	if err := alert.Save(e.indexDir, alerts); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Deleted alert %q.\n", name)
	return nil
}

// describeRequest gives a request as the command line that makes it.
func describeRequest(r query.Request) string {
	parts := []string{}
	if r.Text != "" {
		parts = append(parts, shellQuote(r.Text))
	}
	for _, f := range []struct {
		flag   string
		values []string
	}{{"region", r.Regions}, {"series", r.Series}, {"author", r.Authors}, {"topic", r.Topics}, {"publisher", r.Publishers}} {
		for _, v := range f.values {
			parts = append(parts, "--"+f.flag+" "+shellQuote(v))
		}
	}
	if !r.Since.IsZero() {
		parts = append(parts, "--since "+r.Since.String())
	}
	if !r.Until.IsZero() {
		parts = append(parts, "--until "+r.Until.String())
	}
	if len(parts) == 0 {
		return "(every publication)"
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:,", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
