package main

import (
	"crypto/sha256"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query"
)

// serveReaders answers the reading commands of other processes (query,
// show, stats, export) on a Unix socket while this process writes the
// index: bleve gives the writer the index to itself, so the writer serves
// the readers. The socket is named in the owner file, where readers look
// when the index is locked. stop ends the service and removes the socket.
func serveReaders(ix *index.Index, command string) (stop func(), err error) {
	h := sha256.Sum256([]byte(ix.Dir()))
	sock := filepath.Join(os.TempDir(), fmt.Sprintf("pubindex-%d-%x.sock", os.Getuid(), h[:6]))
	_ = os.Remove(sock) // we hold the index lock, so a socket left here is stale
	ln, err := net.Listen("unix", sock)
	if err != nil {
		return nil, fmt.Errorf("serve queries during ingest: %w", err)
	}
	if err := os.Chmod(sock, 0o600); err != nil {
		ln.Close()
		return nil, fmt.Errorf("serve queries during ingest: %w", err)
	}
	srv := &http.Server{Handler: query.Handler(ix), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	if err := ix.SetOwner(&index.Owner{PID: os.Getpid(), Command: command, Since: time.Now(), Socket: sock}); err != nil {
		srv.Close()
		return nil, err
	}
	return func() {
		srv.Close()
		os.Remove(sock)
	}, nil
}
