package alert

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pubindex/pubindex/query"
)

func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	if a, err := Load(dir); err != nil || len(a) != 0 {
		t.Fatalf("no file: %v %v", a, err)
	}
	want := []Alert{{Name: "a", Request: query.Request{Text: "x", Regions: []string{"Europe"}}, LastRun: 3}, {Name: "b"}}
	if err := Save(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil || len(got) != 2 || got[0].LastRun != 3 || got[0].Request.Regions[0] != "Europe" || Find(got, "b") != 1 {
		t.Fatalf("load: %+v %v", got, err)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, File+".tmp-*")); len(m) != 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

// TestLoadHostile: a damaged alerts file is an error naming the file,
// never a panic nor alerts made up.
func TestLoadHostile(t *testing.T) {
	for _, content := range []string{"", "{", "[]", `{"version": 2, "alerts": []}`,
		`{"version": 1, "alerts": [{"name": ""}]}`, `{"version": 1, "alerts": [{"name": "a"}, {"name": "a"}]}`,
		`{"version": 1, "alerts": [{"name": "a\u0007"}]}`, `{"version": 1, "alerts": [` + strings.Repeat(`{"name": "x"},`, 400000) + `]}`} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, File), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if a, err := Load(dir); err == nil || !strings.Contains(err.Error(), File) {
			t.Errorf("%.40q: %v, %d alerts; want an error naming the file", content, err, len(a))
		}
	}
}

func FuzzLoad(f *testing.F) {
	f.Add(`{"version": 1, "alerts": [{"name": "a", "request": {"text": "x"}, "last_run": 2}]}`)
	f.Add(`{"version": 1}`)
	f.Fuzz(func(t *testing.T, content string) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, File), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		alerts, err := Load(dir)
		if err != nil {
			return
		}
		for _, a := range alerts {
			if CheckName(a.Name) != nil {
				t.Errorf("loaded a bad name %q", a.Name)
			}
		}
	})
}
