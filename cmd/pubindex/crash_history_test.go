package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/index"
)

// checkHistoryAgrees checks, through the binary, that the run history of
// the index in dir agrees with what it holds: every publication the
// history says is there (added and not removed since) is indexed, and
// every indexed publication was added or updated by some run.
func checkHistoryAgrees(t *testing.T, bin, dir, when string) {
	t.Helper()
	out, errs, code := runBin(t, bin, "runs", "--json", "--index", dir)
	if code != 0 {
		t.Fatalf("%s: runs: exit %d: %s", when, code, errs)
	}
	var runs []index.Run
	if err := json.Unmarshal([]byte(out), &runs); err != nil {
		t.Fatalf("%s: runs --json: %v", when, err)
	}
	live := map[string]bool{}
	seen := map[string]bool{}
	for _, r := range runs {
		for _, id := range r.Removed {
			delete(live, id)
		}
		for _, id := range append(append([]string{}, r.Added...), r.Updated...) {
			live[id], seen[id] = true, true
		}
	}
	var indexed []string
	for _, line := range strings.Split(strings.TrimSpace(exportOf(t, bin, dir)), "\n") {
		if line == "" {
			continue
		}
		var d struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%s: export: %v", when, err)
		}
		indexed = append(indexed, d.ID)
		if !seen[d.ID] {
			t.Errorf("%s: %s is indexed, but no run of the history added it", when, d.ID)
		}
	}
	sort.Strings(indexed)
	for id := range live {
		if _, found := slices.BinarySearch(indexed, id); !found {
			t.Errorf("%s: the history says %s was added, but it is not in the index", when, id)
		}
	}
	if len(live) != len(indexed) {
		t.Errorf("%s: the history holds %d publications, the index %d", when, len(live), len(indexed))
	}
}

// checkAlertSurvives checks that the alert the crash test saved is still
// there and that what is new for it can be read.
func checkAlertSurvives(t *testing.T, bin, dir, when string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "alerts.json")); err != nil {
		return // saved after the first kill that left an index
	}
	out, errs, code := runBin(t, bin, "alert", "list", "--json", "--index", dir)
	if code != 0 || !strings.Contains(out, `"everything"`) {
		t.Errorf("%s: alert list: exit %d %s%s", when, code, out, errs)
	}
	if _, errs, code := runBin(t, bin, "new", "everything", "--peek", "--json", "--index", dir); code != 0 {
		t.Errorf("%s: new: exit %d %s", when, code, errs)
	}
}

// saveAlert saves the crash test's alert once the index exists.
func saveAlert(t *testing.T, bin, dir string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
		return
	}
	if _, err := os.Stat(filepath.Join(dir, "alerts.json")); err == nil {
		return
	}
	if _, errs, code := runBin(t, bin, "alert", "add", "everything", "--index", dir); code != 0 {
		t.Fatalf("alert add: exit %d %s", code, errs)
	}
}
