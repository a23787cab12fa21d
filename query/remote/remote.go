// Package remote lets readers use an index while an ingest holds it: the
// writing process serves the reading commands over HTTP on a Unix socket
// (Handler) and readers ask it through a Client, an Engine of package
// query. Entry points: OpenEngine, which picks the socket or the index
// itself; Dial; Handler.
package remote

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/syntax"
)

// OpenEngine opens the index in dir for reading. When a writer holds it
// and serves queries, the Engine talks to the writer instead; when a writer
// holds it and does not serve, the *index.LockedError is returned.
// Processes that run many queries set facetCache (index.Options.FacetCache).
func OpenEngine(dir string, facetCache bool) (query.Engine, error) {
	// A writer that serves readers says so in its owner file: ask it first
	// rather than wait for the lock to time out.
	if c := dialOwner(index.ReadOwner(dir)); c != nil {
		return c, nil
	}
	ix, err := index.Open(dir, index.Options{ReadOnly: true, FacetCache: facetCache})
	var le *index.LockedError
	if errors.As(err, &le) {
		if c := dialOwner(le.Owner); c != nil {
			return c, nil
		}
	}
	if err != nil {
		return nil, err
	}
	return query.Local(ix), nil
}

// dialOwner returns a Client of the owner's socket when it answers.
func dialOwner(o *index.Owner) *Client {
	if o == nil || o.Socket == "" {
		return nil
	}
	if c := Dial(o.Socket); c.ping() == nil {
		return c
	}
	return nil
}

// Handler serves an index to the Engines of other processes: POST /search
// (a Request as JSON), GET /doc?id=, GET /stats, GET /export (JSON Lines).
// A bad query answers 400 with the error as JSON.
func Handler(ix *index.Index) http.Handler {
	e := query.Local(ix)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ping", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok") })
	mux.HandleFunc("POST /search", func(w http.ResponseWriter, r *http.Request) {
		var req query.Request
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
			writeError(w, &query.InvalidError{Msg: "bad request: " + err.Error()})
			return
		}
		res, err := e.Search(r.Context(), req)
		reply(w, res, err)
	})
	mux.HandleFunc("GET /doc", func(w http.ResponseWriter, r *http.Request) {
		d, err := e.Lookup(r.Context(), r.URL.Query().Get("id"))
		reply(w, d, err)
	})
	mux.HandleFunc("GET /stats", func(w http.ResponseWriter, r *http.Request) {
		st, err := e.Stats(r.Context())
		reply(w, st, err)
	})
	mux.HandleFunc("GET /runs", func(w http.ResponseWriter, r *http.Request) {
		runs, err := e.Runs(r.Context())
		reply(w, runs, err)
	})
	mux.HandleFunc("POST /trend", func(w http.ResponseWriter, r *http.Request) {
		var req query.TrendRequest
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
			writeError(w, &query.InvalidError{Msg: "bad request: " + err.Error()})
			return
		}
		res, err := e.Trend(r.Context(), req)
		reply(w, res, err)
	})
	mux.HandleFunc("POST /like", func(w http.ResponseWriter, r *http.Request) {
		var req likeRequest
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
			writeError(w, &query.InvalidError{Msg: "bad request: " + err.Error()})
			return
		}
		res, err := e.Like(r.Context(), req.ID, req.Request)
		reply(w, res, err)
	})
	mux.HandleFunc("GET /export", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		bw := bufio.NewWriter(w)
		if err := e.Export(r.Context(), bw); err != nil {
			// Headers are gone; end the stream with an error line the
			// client recognises.
			fmt.Fprintf(bw, "\n%s%s\n", exportErrorMark, err)
		}
		bw.Flush()
	})
	return mux
}

// likeRequest is the body of POST /like.
type likeRequest struct {
	ID      string        `json:"id"`
	Request query.Request `json:"request"`
}

// exportErrorMark starts the line a server writes when an export fails half
// way.
const exportErrorMark = "\x00pubindex-error: "

// wireError is the JSON form of an error.
type wireError struct {
	Kind  string `json:"kind"` // syntax, invalid or error
	Error string `json:"error"`
	Query string `json:"query,omitempty"`
	Pos   int    `json:"pos,omitempty"`
	Msg   string `json:"msg,omitempty"`
}

func writeError(w http.ResponseWriter, err error) {
	we := wireError{Kind: "error", Error: err.Error()}
	code := http.StatusInternalServerError
	var se *syntax.SyntaxError
	var ie *query.InvalidError
	switch {
	case errors.As(err, &se):
		we = wireError{Kind: "syntax", Error: err.Error(), Query: se.Query, Pos: se.Pos, Msg: se.Msg}
		code = http.StatusBadRequest
	case errors.As(err, &ie):
		we.Kind, code = "invalid", http.StatusBadRequest
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(we)
}

func reply(w http.ResponseWriter, v any, err error) {
	if err != nil {
		writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// Client is a query.Engine that asks the process serving an index on a Unix
// socket.
type Client struct {
	socket string
	hc     *http.Client
}

// Dial returns a Client for the socket; it connects on first use.
func Dial(socket string) *Client {
	tr := &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "unix", socket)
	}, ResponseHeaderTimeout: time.Minute} // a stopped (Ctrl-Z) writer must not hang us
	return &Client{socket: socket, hc: &http.Client{Transport: tr}}
}

func (c *Client) ping() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	resp, err := c.do(ctx, http.MethodGet, "/ping", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) do(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, "http://pubindex"+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("ask the process holding the index (%s): %w", c.socket, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		var we wireError
		if err := json.NewDecoder(resp.Body).Decode(&we); err != nil {
			return nil, fmt.Errorf("the process holding the index answered %s", resp.Status)
		}
		switch we.Kind {
		case "syntax":
			return nil, &syntax.SyntaxError{Query: we.Query, Pos: we.Pos, Msg: we.Msg}
		case "invalid":
			return nil, &query.InvalidError{Msg: we.Error}
		}
		return nil, errors.New(we.Error)
	}
	return resp, nil
}

func (c *Client) getJSON(ctx context.Context, method, path string, body []byte, v any) error {
	resp, err := c.do(ctx, method, path, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return fmt.Errorf("read answer of the process holding the index: %w", err)
	}
	return nil
}

// Search runs req in the serving process.
func (c *Client) Search(ctx context.Context, req query.Request) (*query.Result, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	var res query.Result
	if err := c.getJSON(ctx, http.MethodPost, "/search", body, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// Lookup finds one publication in the serving process.
func (c *Client) Lookup(ctx context.Context, id string) (*query.Record, error) {
	var d *query.Record
	if err := c.getJSON(ctx, http.MethodGet, "/doc?id="+url.QueryEscape(id), nil, &d); err != nil {
		return nil, err
	}
	return d, nil
}

// Stats asks the serving process for the index statistics.
func (c *Client) Stats(ctx context.Context) (*query.Stats, error) {
	var st query.Stats
	if err := c.getJSON(ctx, http.MethodGet, "/stats", nil, &st); err != nil {
		return nil, err
	}
	return &st, nil
}

// Export streams every document from the serving process.
func (c *Client) Export(ctx context.Context, w io.Writer) error {
	resp, err := c.do(ctx, http.MethodGet, "/export", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 256<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, exportErrorMark) {
			return errors.New(strings.TrimPrefix(line, exportErrorMark))
		}
		if line == "" {
			continue
		}
		if _, err := io.WriteString(w, line+"\n"); err != nil {
			return err
		}
	}
	return sc.Err()
}

// Runs asks the serving process for the history of ingest runs.
func (c *Client) Runs(ctx context.Context) ([]index.Run, error) {
	var runs []index.Run
	if err := c.getJSON(ctx, http.MethodGet, "/runs", nil, &runs); err != nil {
		return nil, err
	}
	return runs, nil
}

// Trend counts matches per period in the serving process.
func (c *Client) Trend(ctx context.Context, req query.TrendRequest) (*query.Trend, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	var res query.Trend
	if err := c.getJSON(ctx, http.MethodPost, "/trend", body, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// Like finds similar publications in the serving process.
func (c *Client) Like(ctx context.Context, id string, req query.Request) (*query.LikeResult, error) {
	body, err := json.Marshal(likeRequest{ID: id, Request: req})
	if err != nil {
		return nil, err
	}
	var res *query.LikeResult
	if err := c.getJSON(ctx, http.MethodPost, "/like", body, &res); err != nil {
		return nil, err
	}
	return res, nil
}

// Close releases the client's connections.
func (c *Client) Close() error {
	c.hc.CloseIdleConnections()
	return nil
}
