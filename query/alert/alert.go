// Package alert keeps saved searches: a name, a query with its filters,
// and the last ingest run whose news the user has seen. They live in a
// small JSON file in the index directory (File), rewritten whole through a
// temporary file and a rename, so a crash leaves the old file or the new
// one, never a mix. NewsSince finds what ingest runs added or changed for
// an alert, and WriteAtom writes that news as an Atom feed, for the command
// line and the search page alike. Entry points: Load, Save, NewsSince,
// WriteAtom.
package alert

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/pubindex/pubindex/query"
)

// File is the name of the alerts file in the index directory.
const File = "alerts.json"

// maxFileSize bounds the alerts file pubindex reads: a few thousand alerts.
const maxFileSize = 4 << 20

// maxName bounds the length of an alert's name.
const maxName = 200

// Alert is a saved search.
type Alert struct {
	Name    string        `json:"name"`
	Request query.Request `json:"request"` // the query and filters
	Created time.Time     `json:"created"`
	// LastRun is the newest ingest run whose changes were shown (pubindex
	// new NAME); 0 before the first time.
	LastRun int64 `json:"last_run"`
}

// fileForm is the JSON form of the file.
type fileForm struct {
	Version int     `json:"version"`
	Alerts  []Alert `json:"alerts"`
}

// CheckName returns an error when name cannot name an alert.
func CheckName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return errors.New("an alert needs a name")
	case len(name) > maxName:
		return fmt.Errorf("alert name of %d bytes is longer than %d", len(name), maxName)
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return fmt.Errorf("alert name %q has control characters", name)
	}
	return nil
}

// Load reads the alerts of the index in dir, in the order they were added;
// none when the file does not exist.
func Load(dir string) ([]Alert, error) {
	p := filepath.Join(dir, File)
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return []Alert{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read alerts: %w", err)
	}
	defer f.Close()
	var ff fileForm
	dec := json.NewDecoder(&limited{f, maxFileSize})
	if err := dec.Decode(&ff); err != nil {
		return nil, fmt.Errorf("read alerts %s: %w", p, err)
	}
	if ff.Version != 1 {
		return nil, fmt.Errorf("read alerts %s: version %d, this pubindex reads 1", p, ff.Version)
	}
	seen := map[string]bool{}
	for _, a := range ff.Alerts {
		if err := CheckName(a.Name); err != nil {
			return nil, fmt.Errorf("read alerts %s: %w", p, err)
		}
		if seen[a.Name] {
			return nil, fmt.Errorf("read alerts %s: two alerts named %q", p, a.Name)
		}
		seen[a.Name] = true
	}
	if ff.Alerts == nil {
		ff.Alerts = []Alert{}
	}
	return ff.Alerts, nil
}

// limited reads at most n bytes, then fails: a huge file is an error, not
// a truncated one.
type limited struct {
	f *os.File
	n int64
}

func (l *limited) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, fmt.Errorf("file is over %d bytes", maxFileSize)
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.f.Read(p)
	l.n -= int64(n)
	return n, err
}

// Save writes the alerts of the index in dir: to a temporary file, synced,
// then renamed over the old one.
func Save(dir string, alerts []Alert) error {
	if alerts == nil {
		alerts = []Alert{}
	}
	js, err := json.MarshalIndent(fileForm{Version: 1, Alerts: alerts}, "", "  ")
	if err != nil {
		return fmt.Errorf("write alerts: %w", err)
	}
	p := filepath.Join(dir, File)
	tmp, err := os.CreateTemp(dir, File+".tmp-*")
	if err != nil {
		return fmt.Errorf("write alerts: %w", err)
	}
	_, err = tmp.Write(append(js, '\n'))
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write alerts %s: %w", p, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // the rename itself survives a power cut
		d.Close()
	}
	return nil
}

// Find returns the index of the alert named name, or -1.
func Find(alerts []Alert, name string) int {
	for i, a := range alerts {
		if a.Name == name {
			return i
		}
	}
	return -1
}
