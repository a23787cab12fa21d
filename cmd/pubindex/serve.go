package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query/remote"
)

// serveReaders answers the reading commands of other processes (query,
// show, stats, export) on a Unix socket while this process writes the
// index: bleve gives the writer the index to itself, so the writer serves
// the readers. The socket is named in the owner file, where readers look
// when the index is locked. stop ends the service and removes the socket.
//
// Serving is a convenience: when the socket cannot be made, ingest goes on
// and readers are told the index is in use (warn says why).
func serveReaders(ix *index.Index, command string, getenv func(string) string, warn func(error)) (stop func()) {
	h := sha256.Sum256([]byte(ix.Dir()))
	dir := getenv("XDG_RUNTIME_DIR") // private to the user where it exists
	if dir == "" {
		dir = os.TempDir()
	}
	sock := filepath.Join(dir, fmt.Sprintf("pubindex-%d-%x.sock", os.Getuid(), h[:6]))
	_ = os.Remove(sock) // we hold the index lock, so a socket left here is stale
	old := syscall.Umask(0o077)
	ln, err := net.Listen("unix", sock)
	syscall.Umask(old)
	if err != nil {
		warn(fmt.Errorf("cannot serve queries during this ingest: %w", err))
		return func() {}
	}
	srv := &http.Server{Handler: remote.Handler(ix), ReadHeaderTimeout: 10 * time.Second,
		ErrorLog: log.New(io.Discard, "", 0)}
	go srv.Serve(ln)
	if err := ix.SetOwner(&index.Owner{PID: os.Getpid(), Command: command, Since: time.Now(), Socket: sock}); err != nil {
		srv.Close()
		warn(fmt.Errorf("cannot serve queries during this ingest: %w", err))
		return func() {}
	}
	return func() {
		// Let answers in progress finish before the index closes under them.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		os.Remove(sock)
	}
}
