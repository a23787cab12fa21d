package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
)

func newShowCmd(e *env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show [flags] ID",
		Short: "Print one publication in full, with every file it came from",
		Long: `Show prints the whole record of a publication: its fields, synopsis, body and
every source file that gave it (the first is the one its text was read from).
ID is the publication code (IP25008, any case), the canonical URL, or the id
a query printed.`,
		Example: `  pubindex show WP19012
  pubindex show co18025 --json`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("show needs exactly one ID")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(cmd.Context(), e, args[0], asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the record as JSON")
	return cmd
}

func runShow(ctx context.Context, e *env, id string, asJSON bool) error {
	eng, err := e.openRead(false)
	if err != nil {
		return err
	}
	defer eng.Close()
	d, err := eng.Lookup(ctx, id)
	if err != nil {
		return err
	}
	if d == nil {
		return fmt.Errorf("no publication %q in %s", id, e.indexDir)
	}
	if asJSON {
		return encodeJSON(e.stdout, d)
	}
	w := e.stdout
	o := textOptions{Color: e.color()}
	title := d.Title
	if d.Code != "" {
		title = d.Code + "  " + title
	}
	fmt.Fprintf(w, "%s\n\n", bold(o, terminalSafe(title)))
	field := func(name, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-11s %s\n", name+":", terminalSafe(v))
		}
	}
	field("ID", d.ID)
	field("Series", d.Series)
	if !d.Date.IsZero() {
		field("Date", fmt.Sprintf("%s (%s)", d.Date, d.Date.Precision()))
	}
	field("Authors", strings.Join(d.Authors, "; "))
	field("Regions", strings.Join(d.Regions, "; "))
	field("Topics", strings.Join(d.Topics, "; "))
	field("Publisher", d.Publisher)
	if d.PageType != "" && d.PageType != "publication" {
		field("Page type", d.PageType)
	}
	field("URL", d.URL)
	for i, s := range d.Sources {
		name := ""
		if i == 0 {
			name = "Sources"
		}
		fmt.Fprintf(w, "%-11s %s\n", name+map[bool]string{true: ":", false: " "}[i == 0], terminalSafe(s))
	}
	section(w, o, "SYNOPSIS", d.Synopsis)
	section(w, o, "BODY", d.Body)
	return nil
}

func section(w io.Writer, o textOptions, name, text string) {
	if text == "" {
		return
	}
	fmt.Fprintf(w, "\n%s\n\n%s\n", bold(o, name), terminalSafe(text))
}

func bold(o textOptions, s string) string {
	if !o.Color {
		return s
	}
	return "\x1b[1m" + s + "\x1b[0m"
}
