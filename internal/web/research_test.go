package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/query"
)

// bigEngine matches more publications than the page exports.
type bigEngine struct{ looked int }

func (e *bigEngine) Search(context.Context, query.Request) (*query.Result, error) {
	return &query.Result{Total: MaxExportHits + 1}, nil
}
func (e *bigEngine) Lookup(context.Context, string) (*query.Record, error) {
	e.looked++
	return nil, nil
}
func (e *bigEngine) Stats(context.Context) (*query.Stats, error)                     { return &query.Stats{}, nil }
func (e *bigEngine) Export(context.Context, io.Writer) error                         { return nil }
func (e *bigEngine) Runs(context.Context) ([]index.Run, error)                       { return nil, nil }
func (e *bigEngine) Trend(context.Context, query.TrendRequest) (*query.Trend, error) { return nil, nil }
func (e *bigEngine) Like(context.Context, string, query.Request) (*query.LikeResult, error) {
	return nil, nil
}
func (e *bigEngine) Close() error { return nil }

func TestExportBounded(t *testing.T) {
	eng := &bigEngine{}
	h := Handler(eng, Options{})
	for _, target := range []string{"/api/export?format=bibtex&q=x", "/api/export?format=csv", "/api/export?format=csv&record=1"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		var e apiError
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != http.StatusBadRequest ||
			!strings.Contains(e.Error, "at most") || !strings.Contains(e.Error, "pubindex export") {
			t.Errorf("%s: status %d, %s", target, rec.Code, rec.Body)
		}
	}
	if eng.looked != 0 {
		t.Errorf("%d publications looked up for an export over the bound", eng.looked)
	}
}
