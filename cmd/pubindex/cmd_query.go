package main

import (
	"context"
	"slices"
	"strings"

	"github.com/pubindex/pubindex/index"
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
  cyb?r                     ? is any one letter or digit inside a word
  "data sovereignty"~3      the words in any order, at most 3 others among them
  title:ASEAN  author:"Li Mingjiang"  series:commentary  region:europe
  topic:"maritime security"  code:IP25008  synopsis:...  body:...  year:2019..2021
Words are matched by their stem (sovereignties finds sovereignty), ignoring
case and accents; British and American spellings find each other. A word in
the title counts most. An unknown field (regoin:) is an error. On the command
line a -word that is no flag of query is excluded: pubindex query cyber -china.`

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
across filters). A value matches the stored values that have all its words,
whatever their case, accents and punctuation ("southeast asia", --author tan,
--publisher rsis); a value that names one exactly means that one, and one
that matches nothing is an error naming the nearest. --since and --until
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
	for flag, facet := range map[string]string{"region": index.FacetRegion, "series": index.FacetSeries,
		"author": index.FacetAuthor, "topic": index.FacetTopic, "publisher": index.FacetPublisher} {
		_ = cmd.RegisterFlagCompletionFunc(flag, func(cmd *cobra.Command, _ []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if f := cmd.Flag("index"); f != nil && e.indexFlag == "" {
				e.indexFlag = f.Value.String()
			}
			return completeFacet(cmd.Context(), e, facet, prefix), cobra.ShellCompDirectiveNoFileComp
		})
	}
	return cmd
}

// completeFacet lists the values of a facet in the index that start with
// prefix, whatever its case, for the shell's completion of a filter flag.
// An index that cannot be read completes nothing.
func completeFacet(ctx context.Context, e *env, facet, prefix string) []cobra.Completion {
	if e.resolveIndexDir() != nil {
		return nil
	}
	eng, err := e.openRead(false)
	if err != nil {
		return nil
	}
	defer eng.Close()
	st, err := eng.Stats(ctx)
	if err != nil {
		return nil
	}
	var out []cobra.Completion
	for _, c := range st.Facets[facet] {
		if strings.HasPrefix(pub.FoldKey(c.Value), pub.FoldKey(prefix)) {
			out = append(out, c.Value)
		}
	}
	return out
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
	if o.req.Limit < 1 || o.req.Limit > query.MaxLimit {
		// 0 is not taken as "the default": a user who asks for no hits
		// should hear so, as for --page 0.
		return usagef("--limit %d: want 1 to %d hits", o.req.Limit, query.MaxLimit)
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
		return encodeJSON(e.stdout, res)
	}
	return writeText(e.stdout, res, textOptions{Color: e.color(), Marks: o.marks})
}

// queryWordsLast lets a query exclude words the way the README shows,
// pubindex query cyber -china: cobra would read -china as the flags -c
// -h -i ... For the query command it moves every argument that is not a
// flag (a -word that is no flag of query's is query text) after a "--",
// in order, with the flags and their values before it. Other commands'
// arguments are returned unchanged.
func queryWordsLast(root *cobra.Command, args []string) []string {
	cmd, rest, err := root.Find(args)
	if err != nil || cmd.Name() != "query" || len(rest) == len(args) {
		return args
	}
	at := slices.Index(args, cmd.Name()) + 1 // flags of the root may come first
	if at == 0 {
		return args
	}
	return append(append([]string{}, args[:at]...), wordsLast(cmd, args[at:])...)
}

// wordsLast returns args, the arguments of the query command (or of a
// query of bench), with its flags and their values first, then "--" and
// the query text in order.
func wordsLast(cmd *cobra.Command, args []string) []string {
	var flags, words []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			words = append(words, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "--"):
			flags = append(flags, a)
			name, _, hasValue := strings.Cut(a[2:], "=")
			if f := cmd.Flag(name); f != nil && !hasValue && f.NoOptDefVal == "" && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		case len(a) >= 2 && a[0] == '-' && isShortFlag(cmd, a):
			flags = append(flags, a)
			if f := cmd.Flags().ShorthandLookup(a[1:2]); len(a) == 2 && f != nil && f.NoOptDefVal == "" && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		default:
			words = append(words, a)
		}
	}
	return append(append(flags, "--"), words...)
}

// isShortFlag reports whether a, which starts with one "-", is one of the
// query command's short flags (-h, -n 5, -n5) rather than a word to
// exclude (-china, -news).
func isShortFlag(cmd *cobra.Command, a string) bool {
	if a == "-h" {
		return true
	}
	f := cmd.Flags().ShorthandLookup(a[1:2])
	if f == nil {
		return false
	}
	return len(a) == 2 || strings.Trim(a[2:], "0123456789") == ""
}
