package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest/parse"
	"github.com/pubindex/pubindex/ingest/site"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/remote"
	"github.com/pubindex/pubindex/query/syntax"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit codes, listed in the root command's help and the README.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitPartial     = 3   // ingest finished, but some pages failed
	exitBusy        = 4   // another process holds the index
	exitNoPages     = 5   // ingest found no page to read
	exitInterrupted = 130 // SIGINT (Ctrl-C)
	exitTerminated  = 143 // SIGTERM
)

const exitHelp = `Exit status:
  0    success (a query with no hits is a success)
  1    error
  2    usage: a bad flag, argument or query
  3    ingest finished, but some pages could not be read (the summary lists them)
  4    the index is in use by another process
  5    ingest found no pages in the folders
  130  interrupted (Ctrl-C, SIGINT); what was committed before stays
  143  terminated (SIGTERM); what was committed before stays`

// env is what every command shares: the streams, the environment and the
// global flags. Tests build one with buffers and a fake getenv.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	stdoutTTY      bool
	stderrTTY      bool

	indexFlag string
	indexDir  string // resolved: --index, else $PUBINDEX_INDEX, else the data dir

	cpuProfile string   // hidden --cpuprofile: where to write a CPU profile
	profile    *os.File // the profile being written
	memProfile string   // hidden --memprofile: where to write a heap profile after the command

	// stopAtOnce is set once a reading command has opened the index: it
	// holds nothing that needs finishing, so a signal ends it at once.
	stopAtOnce atomic.Bool
	cmdPath    string // the command that ran, for usage hints
}

// readerGrace is how long a reading command gets after a signal to
// return on its own before run gives up on it.
const readerGrace = 300 * time.Millisecond

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv,
		stdoutTTY: isTerminal(stdout), stderrTTY: isTerminal(stderr)}
	root := newRootCmd(e)
	root.SetArgs(queryWordsLast(root, args))
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	type result struct {
		cmd *cobra.Command
		err error
	}
	done := make(chan result, 1)
	go func() {
		cmd, err := root.ExecuteContextC(ctx)
		done <- result{cmd, err}
	}()
	var res result
	select {
	case res = <-done:
	case <-ctx.Done():
		// Ingest finishes the batch it writes; a reader that has not
		// returned within the grace is left behind (the process exits).
		var giveUp <-chan time.Time
		if e.stopAtOnce.Load() {
			giveUp = time.After(readerGrace)
		}
		select {
		case res = <-done:
		case <-giveUp:
			res.err = ctx.Err()
		}
	}
	err := res.err
	if res.cmd != nil {
		e.cmdPath = res.cmd.CommandPath()
	}
	if e.profile != nil {
		pprof.StopCPUProfile()
		e.profile.Close()
	}
	if e.memProfile != "" {
		if perr := writeHeapProfile(e.memProfile); perr != nil {
			fmt.Fprintf(stderr, "pubindex: heap profile: %v\n", perr)
		}
	}
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	if errors.Is(err, context.Canceled) {
		if cause := context.Cause(ctx); cause != nil {
			err = cause
		}
	}
	return report(e, err)
}

// writeHeapProfile writes what the heap holds after the command ran: what
// outlives a run is what grows with the corpus.
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// color reports whether stdout gets ANSI colour: a terminal, and NO_COLOR
// unset (https://no-color.org).
func (e *env) color() bool {
	return e.stdoutTTY && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
}

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "pubindex",
		Short: "Search engine for scraped think-tank publications",
		Long: `pubindex turns folders of scraped publication pages (RSIS Commentaries, IDSS
Papers, Policy Reports, ...) into a search index, and searches it with ranked,
highlighted and faceted results.

  pubindex ingest ~/scrapes/2026-11-20/
  pubindex query "data sovereignty" --region "Southeast Asia and ASEAN"
  pubindex show WP19012

The index lives in --index DIR, else $PUBINDEX_INDEX, else
$XDG_DATA_HOME/pubindex/index (~/.local/share/pubindex/index).

` + exitHelp,
		Version:       version(),
		SilenceErrors: true, // report prints each error once
		SilenceUsage:  true, // a failed search is no reason to print help
		// Without Args cobra reports an unknown command as a plain error.
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			hint := ""
			if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
				hint = " (did you mean " + strings.Join(s, " or ") + "?)"
			}
			return usagef("unknown command %q%s", args[0], hint)
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		PersistentPreRunE: func(*cobra.Command, []string) error {
			if e.cpuProfile != "" {
				f, err := os.Create(e.cpuProfile)
				if err != nil {
					return fmt.Errorf("cpu profile: %w", err)
				}
				if err := pprof.StartCPUProfile(f); err != nil {
					f.Close()
					return fmt.Errorf("cpu profile: %w", err)
				}
				e.profile = f
			}
			return e.resolveIndexDir()
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.PersistentFlags().StringVar(&e.indexFlag, "index", "", "index `dir` (default $PUBINDEX_INDEX, else ~/.local/share/pubindex/index)")
	root.PersistentFlags().StringVar(&e.cpuProfile, "cpuprofile", "", "write a CPU profile to `file` (for developers)")
	root.PersistentFlags().MarkHidden("cpuprofile")
	root.PersistentFlags().StringVar(&e.memProfile, "memprofile", "", "write a heap profile to `file` (for developers)")
	root.PersistentFlags().MarkHidden("memprofile")
	root.AddCommand(newIngestCmd(e), newQueryCmd(e), newShowCmd(e), newStatsCmd(e), newExportCmd(e), newBenchCmd(e), newServeCmd(e))
	root.AddCommand(newAlertCmd(e), newNewCmd(e), newRunsCmd(e), newTrendCmd(e), newLikeCmd(e))
	return root
}

// noArgs is cobra.NoArgs as a usage error (exit 2).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("%s takes no arguments, got %q", cmd.Name(), args[0])
	}
	return nil
}

// jsonSchema names the form of every --json output; it changes when a
// field is renamed or removed, not when one is added (README).
const jsonSchema = query.Schema

// buildInfo is this build's module version and VCS revision.
func buildInfo() (mod, rev string) {
	mod, rev, modified := "(devel)", "unknown", false
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			mod = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if modified {
		rev += " (modified)"
	}
	return mod, rev
}

// version describes this build: module version, VCS revision, the index
// mapping it reads and writes, and the JSON schema it prints.
func version() string {
	mod, rev := buildInfo()
	return fmt.Sprintf("pubindex %s\nrevision: %s\nmapping:  %s\nschema:   %s\ngo:       %s",
		mod, rev, index.MappingVersion, jsonSchema, runtime.Version())
}

// resolveIndexDir applies the precedence --index > $PUBINDEX_INDEX > the
// user's data directory, so every command finds the same index from any
// working directory.
func (e *env) resolveIndexDir() error {
	dir := e.indexFlag
	if dir == "" {
		dir = e.getenv("PUBINDEX_INDEX")
	}
	if dir == "" {
		data := e.getenv("XDG_DATA_HOME")
		if data == "" {
			home := e.getenv("HOME")
			if home == "" {
				h, err := os.UserHomeDir()
				if err != nil {
					return &usageError{fmt.Errorf("no index given and no home directory: use --index DIR")}
				}
				home = h
			}
			data = filepath.Join(home, ".local", "share")
		}
		dir = filepath.Join(data, "pubindex", "index")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	e.indexDir = abs
	return nil
}

// usageError marks a mistake in how pubindex was called (exit 2).
type usageError struct{ err error }

func (u *usageError) Error() string { return u.err.Error() }
func (u *usageError) Unwrap() error { return u.err }

func usagef(format string, a ...any) error { return &usageError{fmt.Errorf(format, a...)} }

// partialError reports an ingest that finished with failed pages (exit 3);
// the summary already named them.
type partialError struct{ failed int }

func (p *partialError) Error() string {
	if p.failed == 1 {
		return "1 page could not be read (listed above)"
	}
	return fmt.Sprintf("%d pages could not be read (listed above)", p.failed)
}

// report prints err, if any, once, with a hint for the errors a user can
// act on, and returns the exit code.
func report(e *env, err error) int {
	if err == nil {
		return exitOK
	}
	w := e.stderr
	var (
		usage    *usageError
		badQuery *syntax.SyntaxError
		invalid  *query.InvalidError
		version  *index.VersionError
		locked   *index.LockedError
		partial  *partialError
		noPages  *noPagesError
	)
	switch {
	case errors.Is(err, context.Canceled):
		var sig *interrupted
		if errors.As(err, &sig) {
			fmt.Fprintf(w, "pubindex: %v\n", err)
			return exitCodeFor(sig.sig)
		}
		fmt.Fprintln(w, "pubindex: interrupted")
		return exitInterrupted
	case errors.As(err, &badQuery):
		fmt.Fprintf(w, "pubindex: %v\n", err)
		if c := badQuery.Caret(); c != "" {
			fmt.Fprintln(w, indent(c, "  "))
		}
		fmt.Fprintln(w, "See 'pubindex query --help' for the query syntax.")
		return exitUsage
	case errors.As(err, &usage), errors.As(err, &invalid):
		fmt.Fprintf(w, "pubindex: %v\nRun '%s --help' for usage.\n", err, e.helpPath())
		return exitUsage
	case errors.Is(err, index.ErrNotExist):
		fmt.Fprintf(w, "pubindex: %v\nBuild it first: pubindex ingest FOLDER --index %s\n", err, e.indexDir)
		return exitError
	case errors.As(err, &version):
		fmt.Fprintf(w, "pubindex: %v\n", err)
		fmt.Fprintf(w, "Rebuild it from your scrape folders: pubindex ingest --rebuild FOLDER... --index %s\n", version.Dir)
		return exitError
	case errors.As(err, &locked):
		fmt.Fprintf(w, "pubindex: %v\n", err)
		fmt.Fprintln(w, lockedHint(locked))
		return exitBusy
	case errors.As(err, &partial):
		fmt.Fprintf(w, "pubindex: %v\n", err)
		return exitPartial
	case errors.As(err, &noPages):
		fmt.Fprintf(w, "pubindex: %v\n", err)
		return exitNoPages
	}
	fmt.Fprintf(w, "pubindex: %v\n", err)
	return exitError
}

// helpPath is the command whose help a usage hint points to.
func (e *env) helpPath() string {
	if e.cmdPath == "" {
		return "pubindex"
	}
	return e.cmdPath
}

func lockedHint(l *index.LockedError) string {
	if l.Owner != nil && strings.Contains(l.Owner.Command, "ingest") {
		return "Wait for it to finish, or stop it (Ctrl-C in its terminal, or kill " + fmt.Sprint(l.Owner.PID) + "): it stops cleanly after its current batch."
	}
	if l.Owner != nil {
		return fmt.Sprintf("Wait for it to finish, or stop it (kill %d).", l.Owner.PID)
	}
	return "Another pubindex command is reading or writing it; try again when it has finished."
}

func indent(s, pre string) string {
	return pre + strings.ReplaceAll(s, "\n", "\n"+pre)
}

// openRead opens the index for a reading command: directly, or through
// the process that is writing it. many says the command will run many
// queries, so keeping the facet values in memory pays.
func (e *env) openRead(many bool) (query.Engine, error) {
	e.stopAtOnce.Store(true)
	if e.getenv("GOGC") == "" {
		debug.SetGCPercent(readGCPercent)
	}
	return remote.OpenEngine(e.indexDir, many)
}

// readGCPercent is the Go collector's GOGC in the reading commands unless
// the user sets GOGC. Their live heap is a few MB, so by default Go
// collects after every few MB of garbage, every ten queries or so, and the
// collections land in the slowest queries: at 10,000 pages the p95 of the
// rare and the and queries fell by half (docs/benchmarks.md).
const readGCPercent = 400

// newParser builds the page parser with the built-in profiles, extra
// profile files and a taxonomy file.
func newParser(profiles []string, taxonomy string, keepOther bool) (*parse.Parser, error) {
	prs, err := site.BuiltinProfiles()
	if err != nil {
		return nil, err
	}
	for _, p := range profiles {
		pr, err := site.LoadProfile(p)
		if err != nil {
			return nil, &usageError{err}
		}
		prs = append(prs, pr)
	}
	tax := site.NewTaxonomy(prs...)
	if taxonomy != "" {
		if err := tax.LoadTaxonomyFile(taxonomy); err != nil {
			return nil, &usageError{err}
		}
	}
	return parse.NewParser(parse.Options{Profiles: prs, Taxonomy: tax, KeepOther: keepOther})
}
