package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index"
)

// TestJSONSchema: every --json output names its schema first (README), so
// scripts can tell which form they read.
func TestJSONSchema(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	pages := abs(t, "../../testdata/pages")
	for _, args := range [][]string{
		{"ingest", "--index", dir, pages, "--json"},
		{"query", "--index", dir, "maritime", "--json"},
		{"show", "--index", dir, "co05018", "--json"},
		{"stats", "--index", dir, "--json"},
		{"trend", "--index", dir, "maritime", "--json"},
		{"like", "--index", dir, "co05018", "--json"},
		{"runs", "--index", dir, "--json"},
		{"new", "--index", dir, "--since", "1", "--json"},
	} {
		r := runCLI(t, nil, args...)
		if r.code != exitOK {
			t.Fatalf("%v: exit %d\n%s", args, r.code, r.stderr)
		}
		var v struct {
			Schema string `json:"schema"`
		}
		out := strings.TrimSpace(r.stdout)
		if strings.HasPrefix(out, "[") {
			// A list carries the schema in each of its objects.
			var items []json.RawMessage
			if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
				t.Fatalf("%v: %v (%d items)", args, err, len(items))
			}
			out = string(items[0])
		}
		if err := json.Unmarshal([]byte(out), &v); err != nil || v.Schema != "pubindex/1" {
			t.Errorf("%v: schema %q (%v), want pubindex/1", args, v.Schema, err)
		}
	}
}

// TestVersion: --version names the mapping the binary reads and the JSON
// schema it prints, what a bug report needs besides the revision.
func TestVersion(t *testing.T) {
	r := runCLI(t, nil, "--version")
	if r.code != exitOK {
		t.Fatalf("--version: exit %d\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"pubindex ", "\nrevision: ", "\nmapping:  " + index.MappingVersion + "\n", "\nschema:   pubindex/1\n", "\ngo:       go"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--version lacks %q:\n%s", want, r.stdout)
		}
	}
}
