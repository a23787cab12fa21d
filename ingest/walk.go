package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// fileInfo is a file found under an ingest root.
type fileInfo struct {
	path    string // absolute and clean
	size    int64
	modTime int64 // Unix nanoseconds
}

// walkResult is what a walk over the roots found.
type walkResult struct {
	files  []fileInfo
	issues []Issue // unreadable directories, symlink loops, ...
	// failedDirs are directories that could not be read: nothing under
	// them is pruned, since their files were not seen.
	failedDirs []string
}

// AbsRoots makes ingest roots absolute and resolves symbolic links, so the
// same folder named two ways is one root and source paths are stable.
func AbsRoots(roots []string) ([]string, error) {
	out, missing, err := absRoots(roots)
	if err == nil && len(missing) > 0 {
		err = missingRoot(missing[0])
	}
	return out, err
}

// missingRoot is the error of a folder to ingest that does not exist.
func missingRoot(path string) error { return fmt.Errorf("folder %s: %w", path, fs.ErrNotExist) }

// absRoots is AbsRoots that returns the roots that do not exist apart
// (absolute, cleaned) instead of failing on them: --prune removes what was
// ingested from a folder that is gone.
func absRoots(roots []string) (existing, missing []string, err error) {
	for _, r := range roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			return nil, nil, fmt.Errorf("root %s: %w", r, err)
		}
		real, err := filepath.EvalSymlinks(abs)
		switch {
		case err == nil:
			existing = append(existing, filepath.Clean(real))
		case errors.Is(err, fs.ErrNotExist):
			missing = append(missing, filepath.Clean(abs))
		default:
			return nil, nil, fmt.Errorf("root %s: %w", r, err)
		}
	}
	return existing, missing, nil
}

// walkDir is filepath.WalkDir; tests replace it to make a folder
// unreadable, which file modes cannot do for root.
var walkDir = filepath.WalkDir

// walk lists the regular files under roots, in path order. Hidden files and
// folders (a leading dot) are not pages and are passed over, as is the
// folder skipDir (the index, when it lives inside a scrape folder).
// Symbolic links to files are followed; links to folders are not, so a
// link loop cannot make the walk endless.
func walk(ctx context.Context, roots []string, skipDir string) (*walkResult, error) {
	res := &walkResult{}
	seen := map[string]bool{}
	for _, root := range roots {
		err := walkDir(root, func(p string, d fs.DirEntry, err error) error {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			if err != nil {
				res.issues = append(res.issues, Issue{Path: p, Reason: describeFSError(err)})
				if d == nil || d.IsDir() {
					res.failedDirs = append(res.failedDirs, p)
					if d != nil {
						return fs.SkipDir
					}
				}
				return nil
			}
			name := d.Name()
			if p != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if skipDir != "" && p == skipDir {
					return fs.SkipDir
				}
				return nil
			}
			var fi fs.FileInfo
			if d.Type()&fs.ModeSymlink != 0 {
				fi, err = os.Stat(p)
				if err != nil {
					res.issues = append(res.issues, Issue{Path: p, Reason: describeFSError(err)})
					return nil
				}
				if fi.IsDir() {
					res.issues = append(res.issues, Issue{Path: p, Reason: "symbolic link to a folder: not followed", skip: true})
					return nil
				}
			} else {
				fi, err = d.Info()
				if err != nil {
					res.issues = append(res.issues, Issue{Path: p, Reason: describeFSError(err)})
					return nil
				}
			}
			if !fi.Mode().IsRegular() {
				res.issues = append(res.issues, Issue{Path: p, Reason: "not a regular file", skip: true})
				return nil
			}
			if !seen[p] {
				seen[p] = true
				res.files = append(res.files, fileInfo{path: p, size: fi.Size(), modTime: fi.ModTime().UnixNano()})
			}
			return nil
		})
		if err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return nil, err
			}
			return nil, fmt.Errorf("walk %s: %w", root, err)
		}
	}
	sort.Slice(res.files, func(i, j int) bool { return res.files[i].path < res.files[j].path })
	return res, nil
}

// describeFSError turns a file system error into a reason a user can act on.
func describeFSError(err error) string {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "symbolic link loop"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	case errors.Is(err, fs.ErrNotExist):
		return "vanished or dangling symbolic link"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}

// under reports whether path is root or inside it.
func under(path, root string) bool {
	return path == root || strings.HasPrefix(path, root+string(filepath.Separator)) || root == string(filepath.Separator)
}
