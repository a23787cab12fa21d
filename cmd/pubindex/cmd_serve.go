package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	"github.com/pubindex/pubindex/internal/web"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
	"github.com/spf13/cobra"
)

type serveOptions struct {
	addr   string
	watch  []string
	token  string
	settle time.Duration
}

func newServeCmd(e *env) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve the search page and the HTTP API",
		Long: `Serve answers HTTP: the search page at /, a page per publication at /doc/ID
(with citation meta tags for reference managers), and a JSON API at
/api/search (the schema of query --json), /api/facets, /api/doc/ID,
/api/stats, /api/export (export's formats), /api/trend (trend --json),
/api/like/ID (like --json), /api/alerts, /api/new?alert=NAME (new --peek
--json: it never marks news read), /api/feed.atom?alert=NAME (new --atom)
and /healthz. Parameters are named as query's flags:
/?q=sovereignty&region=Europe&since=2020.

It listens on the loopback interface unless --addr says otherwise; there is
no authentication unless --token is given, so another address is for a
trusted network. With --watch, serve also ingests the folders and keeps
ingesting new and changed pages, so the page shows new publications without
a restart. While serve runs, query, show, stats and export still work: this
process answers them. Ctrl-C (or SIGTERM) stops it after the answers in
progress.`,
		Example: `  pubindex serve
  pubindex serve --watch ~/scrapes/live/
  pubindex serve --addr 0.0.0.0:8080 --token "$(openssl rand -hex 16)"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), e, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "listen on `host:port`")
	f.StringArrayVar(&o.watch, "watch", nil, "ingest `folder` and keep indexing new and changed pages (repeatable)")
	f.StringVar(&o.token, "token", "", "require this `token` (?token= once in the browser, or Authorization: Bearer)")
	f.DurationVar(&o.settle, "settle", ingest.DefaultSettle, "with --watch: read a file once it has not changed for `duration`")
	return cmd
}

// isLoopback reports whether the host of addr can only be reached from
// this machine.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func runServe(ctx context.Context, e *env, o serveOptions) error {
	if len(o.watch) > 0 {
		if _, err := ingest.AbsRoots(o.watch); err != nil {
			return &usageError{err}
		}
	}
	if !isLoopback(o.addr) && o.token == "" {
		fmt.Fprintf(e.stderr, "pubindex: warning: serving on %s without authentication: anyone who can reach it can read the index (use --token)\n", o.addr)
	}
	command := "pubindex serve"
	if len(o.watch) > 0 {
		command += " --watch " + strings.Join(o.watch, " ")
	}
	ix, err := index.Open(e.indexDir, index.Options{Create: len(o.watch) > 0, Command: command, FacetCache: true})
	if err != nil {
		return err
	}
	warn := func(err error) { fmt.Fprintf(e.stderr, "pubindex: %v\n", err) }
	stopReaders := serveReaders(ix, command, e.getenv, warn)
	closeAll := func() error {
		stopReaders()
		return ix.Close()
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		closeAll()
		return &usageError{fmt.Errorf("--addr %s: %w", o.addr, err)}
	}
	h := web.Handler(query.Local(ix), web.Options{EncodeJSON: encodeJSON, Token: o.token, SyntaxHelp: querySyntax, Log: warn,
		Version: searchVersion(), Accessed: accessed, Alerts: func() ([]alert.Alert, error) { return alert.Load(e.indexDir) }})
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		ErrorLog: log.New(io.Discard, "", 0)}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(e.stdout, "Serving http://%s/ (Ctrl-C stops)\n", ln.Addr())

	var wg sync.WaitGroup
	watchErr := make(chan error, 1)
	wctx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	if len(o.watch) > 0 {
		p, err := newParser(nil, "", false)
		if err != nil {
			srv.Close()
			closeAll()
			return err
		}
		cfg := ingest.Config{Roots: o.watch, Settle: o.settle}
		wg.Add(1)
		go func() {
			defer wg.Done()
			watchErr <- ingest.Watch(wctx, ix, p, ingest.WatchConfig{Config: cfg, OnRound: func(s *ingest.Summary) {
				if s.Added+s.Updated+s.Removed+len(s.Failed) > 0 {
					fmt.Fprintf(e.stderr, "[%s] ", time.Now().Format("15:04:05"))
					writeSummary(e.stderr, s)
				}
			}})
		}()
	}

	select {
	case <-ctx.Done():
	case err = <-served:
	case err = <-watchErr:
		if err != nil {
			err = fmt.Errorf("watch: %w", err)
		}
	}
	// Let answers in progress finish, then the ingest round, then close.
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
	stopWatch()
	wg.Wait()
	if cerr := closeAll(); err == nil {
		err = cerr
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}
