package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"time"

	"github.com/pubindex/pubindex/index/pub"
	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
	"github.com/pubindex/pubindex/query/syntax"
)

//go:embed static
var static embed.FS

// Options configure Handler. The zero value serves with the defaults.
type Options struct {
	// EncodeJSON writes an API answer; the command line passes the encoder
	// of its --json output so both have one schema. nil: indented JSON.
	EncodeJSON func(w io.Writer, v any) error
	// Timeout bounds the work of one request (0: DefaultTimeout).
	Timeout time.Duration
	// Token, when set, is required of every request: as ?token= once (the
	// page then keeps it in a cookie) or as "Authorization: Bearer TOKEN".
	Token string
	// SyntaxHelp is the query language's help text, shown at /help.
	SyntaxHelp string
	// Log, when set, is told about failed requests (not bad input).
	Log func(error)
	// Version names the build in search records (/api/export?record=1).
	Version string
	// Accessed, when set, gives the day a publication's page was fetched,
	// from its source file: the access date the export formats cite.
	Accessed func(source string) pub.Date
	// Alerts, when set, reads the saved searches; the page only lists
	// them and their news, it never changes them. nil: no alerts.
	Alerts func() ([]alert.Alert, error)
}

// DefaultTimeout bounds one request's work unless Options say otherwise.
const DefaultTimeout = 10 * time.Second

// contentSecurityPolicy allows the page's own script and style and nothing
// inline: scraped text that slipped into markup could not run.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

type server struct {
	eng query.Engine
	o   Options
}

// Handler serves the search page, the document view and the API over eng.
// Routes: GET / (the page), /doc/{id}, /help, /static/..., /api/search,
// /api/facets, /api/doc/{id}, /api/stats, /api/export, /api/trend,
// /api/like/{id}, /api/alerts, /api/new, /api/feed.atom, /healthz.
func Handler(eng query.Engine, o Options) http.Handler {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.EncodeJSON == nil {
		o.EncodeJSON = func(w io.Writer, v any) error {
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(v)
		}
	}
	s := &server{eng: eng, o: o}
	sub, _ := fs.Sub(static, "static")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(sub)))
	mux.HandleFunc("GET /doc/{id}", s.docPage)
	mux.HandleFunc("GET /help", s.helpPage)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/facets", s.apiFacets)
	mux.HandleFunc("GET /api/doc/{id}", s.apiDoc)
	mux.HandleFunc("GET /api/stats", s.apiStats)
	mux.HandleFunc("GET /api/export", s.apiExport)
	mux.HandleFunc("GET /api/trend", s.apiTrend)
	mux.HandleFunc("GET /api/like/{id}", s.apiLike)
	mux.HandleFunc("GET /api/alerts", s.apiAlerts)
	mux.HandleFunc("GET /api/new", s.apiNew)
	mux.HandleFunc("GET /api/feed.atom", s.apiFeed)
	return s.guard(mux)
}

// guard sets the security headers, checks the token and bounds the time
// of every request.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "only GET: nothing here changes state", http.StatusMethodNotAllowed)
			return
		}
		if s.o.Token != "" && !s.authorized(w, r) {
			http.Error(w, "a token is required: open the page's address with ?token=...", http.StatusUnauthorized)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.o.Timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

const tokenCookie = "pubindex_token"

func (s *server) authorized(w http.ResponseWriter, r *http.Request) bool {
	ok := func(got string) bool { return subtle.ConstantTimeCompare([]byte(got), []byte(s.o.Token)) == 1 }
	if c, err := r.Cookie(tokenCookie); err == nil && ok(c.Value) {
		return true
	}
	if a := r.Header.Get("Authorization"); len(a) > 7 && a[:7] == "Bearer " && ok(a[7:]) {
		return true
	}
	if t := r.URL.Query().Get("token"); t != "" && ok(t) {
		http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: t, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		return true
	}
	return false
}

func (s *server) page(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	http.ServeFileFS(w, r, static, "static/index.html")
}

// apiError is the JSON of a failed API request. For a malformed query,
// Caret is the query and a caret under the problem, as the CLI prints it.
type apiError struct {
	Error string `json:"error"`
	Kind  string `json:"kind"` // syntax, invalid, timeout, not_found or error
	Caret string `json:"caret,omitempty"`
	Pos   *int   `json:"pos,omitempty"`
}

func (s *server) fail(w http.ResponseWriter, err error) {
	code, ae := http.StatusInternalServerError, apiError{Error: err.Error(), Kind: "error"}
	var se *syntax.SyntaxError
	var ie *query.InvalidError
	var pe *ParamError
	switch {
	case errors.As(err, &se):
		pos := se.Pos
		code, ae.Kind, ae.Caret, ae.Pos = http.StatusBadRequest, "syntax", se.Caret(), &pos
	case errors.As(err, &ie), errors.As(err, &pe):
		code, ae.Kind = http.StatusBadRequest, "invalid"
	case errors.Is(err, context.DeadlineExceeded):
		code, ae.Kind, ae.Error = http.StatusServiceUnavailable, "timeout", "the request took too long: narrow the query"
	case errors.Is(err, context.Canceled):
		return // the client went away
	default:
		if s.o.Log != nil {
			s.o.Log(err)
		}
	}
	s.writeJSON(w, code, ae)
}

func (s *server) writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	s.o.EncodeJSON(w, v)
}

func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	req, err := parseRequest(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	res, err := s.eng.Search(r.Context(), req)
	if err != nil {
		s.fail(w, err)
		return
	}
	s.writeJSON(w, http.StatusOK, res)
}

func (s *server) apiDoc(w http.ResponseWriter, r *http.Request) {
	d, err := s.eng.Lookup(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, err)
		return
	}
	if d == nil {
		s.writeJSON(w, http.StatusNotFound, apiError{Error: "no publication " + r.PathValue("id"), Kind: "not_found"})
		return
	}
	s.writeJSON(w, http.StatusOK, d)
}

func (s *server) apiStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.eng.Stats(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	s.writeJSON(w, http.StatusOK, st)
}
