package query

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/pubindex/pubindex/index"
	"github.com/pubindex/pubindex/ingest"
	ingestparse "github.com/pubindex/pubindex/ingest/parse"
)

// TestLookupURLSpellings: show finds a publication by its address with or
// without the scheme, "www." or a final slash, with or without a code.
func TestLookupURLSpellings(t *testing.T) {
	src := t.TempDir()
	recs := `{"url": "https://www.example.org/research/ai-governance/", "title": "AI Governance in Asia", "text": "A long enough body about governance of artificial intelligence in Asia.", "date": "2024-05-01"}
{"url": "https://example.org/papers/ip99001", "code": "IP99001", "title": "Coded Paper", "text": "A body about maritime matters and other things.", "date": "2024-06-01"}
`
	if err := os.WriteFile(filepath.Join(src, "recs.jsonl"), []byte(recs), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(filepath.Join(t.TempDir(), "ix"), index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p, err := ingestparse.NewParser(ingestparse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(context.Background(), ix, p, ingest.Config{Roots: []string{src}})
	if err != nil || sum.Added != 2 {
		t.Fatalf("ingest: %v, %+v", err, sum)
	}
	for _, tc := range []struct{ id, want string }{
		{"https://www.example.org/research/ai-governance/", "AI Governance in Asia"},
		{"http://example.org/research/ai-governance", "AI Governance in Asia"},
		{"www.example.org/research/ai-governance", "AI Governance in Asia"},
		{"HTTPS://Example.org/research/ai-governance/#top", "AI Governance in Asia"},
		{"https://www.example.org/papers/ip99001/", "Coded Paper"},
		{"example.org/papers/ip99001", "Coded Paper"},
		{"ip99001", "Coded Paper"},
	} {
		r, err := lookup(context.Background(), ix, tc.id)
		if err != nil || r == nil || r.Title != tc.want {
			t.Errorf("lookup(%q) = %+v, %v; want %q", tc.id, r, err, tc.want)
		}
	}
	if r, err := lookup(context.Background(), ix, "https://example.org/research"); r != nil || err != nil {
		t.Errorf("a shorter address found %+v, %v", r, err)
	}
}
