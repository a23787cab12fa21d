package web

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/pubindex/pubindex/query"
	"github.com/pubindex/pubindex/query/alert"
	"github.com/pubindex/pubindex/query/export"
)

// MaxExportHits bounds the publications one /api/export writes: every hit
// is looked up, so a bigger export is the command line's job.
const MaxExportHits = 10000

// exportTypes are the media type and file extension of each export format.
var exportTypes = map[string][2]string{
	"jsonl":    {"application/x-ndjson", "jsonl"},
	"csv":      {"text/csv; charset=utf-8", "csv"},
	"bibtex":   {"application/x-bibtex; charset=utf-8", "bib"},
	"ris":      {"application/x-research-info-systems; charset=utf-8", "ris"},
	"csl-json": {"application/vnd.citationstyles.csl+json; charset=utf-8", "json"},
	"md":       {"text/markdown; charset=utf-8", "md"},
}

// searchParams gives a request as the page's URL parameters, the inverse
// of parseRequest for the query and its filters.
func searchParams(r query.Request) url.Values {
	v := url.Values{}
	if r.Text != "" {
		v.Set("q", r.Text)
	}
	for _, f := range filterParams {
		for _, s := range *f.get(&r) {
			v.Add(f.name, s)
		}
	}
	if !r.Since.IsZero() {
		v.Set("since", r.Since.String())
	}
	if !r.Until.IsZero() {
		v.Set("until", r.Until.String())
	}
	return v
}

// apiExport writes every hit of a search in one of export.Formats as a
// download, or with record=1 the search record of that export.
func (s *server) apiExport(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	req, err := parseRequest(v)
	if err != nil {
		s.fail(w, err)
		return
	}
	format := v.Get("format")
	if format == "" {
		format = export.Formats[0]
	}
	typ, ok := exportTypes[format]
	if !ok {
		s.fail(w, &ParamError{fmt.Sprintf("format %q: want one of %s", format, strings.Join(export.Formats, ", "))})
		return
	}
	count := req
	count.Limit, count.Page, count.NoFacets = 1, 1, true
	res, err := s.eng.Search(r.Context(), count)
	if err != nil {
		s.fail(w, err)
		return
	}
	if res.Total > MaxExportHits {
		s.fail(w, &ParamError{fmt.Sprintf("%d publications match; the page exports at most %d: narrow the search, or use pubindex export", res.Total, MaxExportHits)})
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	if v.Get("record") == "1" {
		st, err := s.eng.Stats(r.Context())
		if err != nil {
			s.fail(w, err)
			return
		}
		rec := export.NewSearchRecord(req, st)
		// The record describes the download as it would be now: its hits
		// are the search's total.
		rec.Version, rec.Format, rec.RunAt = s.o.Version, format, time.Now().UTC().Truncate(time.Second)
		rec.Hits, rec.Total = res.Total, res.Total
		// The form of pubindex export --record, byte for byte.
		js, err := json.MarshalIndent(rec, "", "  ")
		if err != nil {
			s.fail(w, err)
			return
		}
		h.Set("Content-Type", "application/json; charset=utf-8")
		h.Set("Content-Disposition", `attachment; filename="pubindex-search.json"`)
		w.Write(append(js, '\n'))
		return
	}
	h.Set("Content-Type", typ[0])
	h.Set("Content-Disposition", `attachment; filename="pubindex-export.`+typ[1]+`"`)
	bw := bufio.NewWriterSize(w, 1<<16)
	ew, err := export.New(format, bw)
	if err == nil {
		_, _, err = export.Each(r.Context(), s.eng, req, func(rec *query.Record) error {
			e := export.Entry{Record: rec}
			if s.o.Accessed != nil {
				e.Accessed = s.o.Accessed(rec.Source)
			}
			return ew.Write(e)
		})
	}
	if err == nil {
		err = ew.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		if s.o.Log != nil && !errors.Is(err, r.Context().Err()) {
			s.o.Log(fmt.Errorf("export: %w", err))
		}
		// Part of the file may be sent: break the connection so the
		// download fails instead of ending as if it were whole.
		panic(http.ErrAbortHandler)
	}
}

// alertView is one saved search as /api/alerts lists it.
type alertView struct {
	Name    string        `json:"name"`
	Request query.Request `json:"request"`
	Created time.Time     `json:"created"`
	LastRun int64         `json:"last_run"`
	// Search is the alert's query and filters as the page's URL parameters.
	Search string `json:"search"`
}

func (s *server) alerts(w http.ResponseWriter) ([]alert.Alert, bool) {
	if s.o.Alerts == nil {
		return []alert.Alert{}, true
	}
	as, err := s.o.Alerts()
	if err != nil {
		s.fail(w, err)
		return nil, false
	}
	return as, true
}

func (s *server) apiAlerts(w http.ResponseWriter, _ *http.Request) {
	as, ok := s.alerts(w)
	if !ok {
		return
	}
	out := struct {
		Alerts []alertView `json:"alerts"`
	}{Alerts: []alertView{}}
	for _, a := range as {
		out.Alerts = append(out.Alerts, alertView{Name: a.Name, Request: a.Request, Created: a.Created, LastRun: a.LastRun,
			Search: searchParams(a.Request).Encode()})
	}
	s.writeJSON(w, http.StatusOK, out)
}

// news finds what is new since each chosen alert was last read (every
// alert when name is ""), marking nothing read.
func (s *server) news(w http.ResponseWriter, r *http.Request, name string, limit int) ([]*alert.News, bool) {
	as, ok := s.alerts(w)
	if !ok {
		return nil, false
	}
	var chosen []alert.Alert
	if name != "" {
		i := alert.Find(as, name)
		if i < 0 {
			s.writeJSON(w, http.StatusNotFound, apiError{Error: fmt.Sprintf("no alert named %q", name), Kind: "not_found"})
			return nil, false
		}
		chosen = as[i : i+1]
	} else {
		chosen = as
	}
	runs, err := s.eng.Runs(r.Context())
	if err != nil {
		s.fail(w, err)
		return nil, false
	}
	news := []*alert.News{}
	for i := range chosen {
		n, err := alert.NewsSince(r.Context(), s.eng, &chosen[i], runs, chosen[i].LastRun, time.Time{}, limit)
		if err != nil {
			s.fail(w, err)
			return nil, false
		}
		n.Query = searchParams(chosen[i].Request).Encode()
		news = append(news, n)
	}
	return news, true
}

// apiNew answers what pubindex new NAME --peek --json prints: a GET never
// marks news read.
func (s *server) apiNew(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	limit, err := intParam(v, "limit", query.DefaultLimit, MaxLimit)
	if err != nil {
		s.fail(w, err)
		return
	}
	if news, ok := s.news(w, r, v.Get("alert"), limit); ok {
		s.writeJSON(w, http.StatusOK, news)
	}
}

// feedLimit is how many publications per alert the feed carries, as
// pubindex new.
const feedLimit = 50

// apiFeed is the Atom feed of the news of one alert (every alert without
// ?alert=), the same feed pubindex new --atom writes.
func (s *server) apiFeed(w http.ResponseWriter, r *http.Request) {
	news, ok := s.news(w, r, r.URL.Query().Get("alert"), feedLimit)
	if !ok {
		return
	}
	runs, err := s.eng.Runs(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	var b strings.Builder
	if err := alert.WriteAtom(&b, news, runs, time.Now()); err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write([]byte(b.String()))
}

// apiTrend answers what pubindex trend --json prints.
func (s *server) apiTrend(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	req, err := parseRequest(v)
	if err != nil {
		s.fail(w, err)
		return
	}
	top, err := intParam(v, "top", query.DefaultTrendTop, 100)
	if err != nil {
		s.fail(w, err)
		return
	}
	req.Limit, req.Page, req.Sort = 0, 0, ""
	t, err := s.eng.Trend(r.Context(), query.TrendRequest{Request: req, By: v.Get("by"), Facet: v.Get("facet"), Top: top})
	if err != nil {
		s.fail(w, err)
		return
	}
	s.writeJSON(w, http.StatusOK, t)
}

// apiLike answers what pubindex like ID --json prints.
func (s *server) apiLike(w http.ResponseWriter, r *http.Request) {
	req, err := parseRequest(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	req.Text = ""
	res, err := s.eng.Like(r.Context(), r.PathValue("id"), req)
	if err != nil {
		s.fail(w, err)
		return
	}
	if res == nil {
		s.writeJSON(w, http.StatusNotFound, apiError{Error: "no publication " + r.PathValue("id"), Kind: "not_found"})
		return
	}
	s.writeJSON(w, http.StatusOK, res)
}

// intParam reads a whole-number parameter from 1 to most, def when absent.
func intParam(v url.Values, name string, def, most int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > most {
		return 0, &ParamError{fmt.Sprintf("%s %q: want 1 to %d", name, s, most)}
	}
	return n, nil
}
