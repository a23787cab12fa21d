package index_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/pubindex/pubindex/index"
)

// writeOwner puts an owner file in dir as another process would.
func writeOwner(t *testing.T, dir string, o index.Owner) {
	t.Helper()
	js, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "owner.json"), js, 0o644); err != nil {
		t.Fatal(err)
	}
}

// deadPID returns the pid of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestCloseKeepsAnotherOwnerFile: a writer that closes never removes an
// owner file another process wrote meanwhile (it took the index after this
// one let go of the lock): that process would become invisible to readers.
func TestCloseKeepsAnotherOwnerFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := index.Open(dir, index.Options{Create: true, Command: "pubindex ingest"})
	if err != nil {
		t.Fatal(err)
	}
	other := index.Owner{PID: os.Getppid(), Command: "pubindex ingest --watch", Since: time.Now()}
	writeOwner(t, dir, other)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	got := index.ReadOwner(dir)
	if got == nil || got.PID != other.PID || got.Command != other.Command {
		t.Fatalf("after Close, the owner file is %v, want the other process's (%v)", got, &other)
	}

	// Its own owner file a writer does remove.
	ix, err = index.Open(dir, index.Options{Command: "pubindex ingest"})
	if err != nil {
		t.Fatal(err)
	}
	if o := index.ReadOwner(dir); o == nil || o.PID != os.Getpid() {
		t.Fatalf("owner while open = %v, want this process", o)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "owner.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Close left its own owner file: %v", err)
	}
}

// TestDeadOwnerNotTrusted: an owner file left by a process that has ended
// (kill -9, a crash) is ignored: the index opens, and nobody is told a dead
// process holds it.
func TestDeadOwnerNotTrusted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := index.Open(dir, index.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	dead := index.Owner{PID: deadPID(t), Command: "pubindex ingest", Since: time.Now(), Socket: filepath.Join(t.TempDir(), "gone.sock")}
	writeOwner(t, dir, dead)
	if o := index.ReadOwner(dir); o != nil {
		t.Fatalf("ReadOwner trusts the ended process %v", o)
	}
	// The same file naming a live process is believed: the check above can fail.
	alive := dead
	alive.PID = os.Getppid()
	writeOwner(t, dir, alive)
	if o := index.ReadOwner(dir); o == nil || o.PID != alive.PID {
		t.Fatalf("ReadOwner(live owner) = %v", o)
	}

	writeOwner(t, dir, dead)
	ix, err = index.Open(dir, index.Options{LockTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatalf("an owner file of an ended process stops Open: %v", err)
	}
	defer ix.Close()
	// A second opener waits for the lock, then names this process, not the
	// dead one, whose file this Open replaced.
	_, err = index.Open(dir, index.Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	var le *index.LockedError
	if !errors.As(err, &le) || le.Owner == nil || le.Owner.PID != os.Getpid() {
		t.Fatalf("second Open = %v, want a LockedError naming this process", err)
	}
	// The holder's own file gone bad (overwritten by a dead pid): the lock
	// is reported without naming the dead process.
	writeOwner(t, dir, dead)
	_, err = index.Open(dir, index.Options{ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	if !errors.As(err, &le) || le.Owner != nil {
		t.Fatalf("second Open = %v, want a LockedError naming nobody", err)
	}
}
