package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/pubindex/pubindex/ingest/parse"
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
	// passed counts, by kind, the files whose name shows they are not
	// pages (images, style sheets, ...): they are not read.
	passed map[string]int
	// pages counts the files to read under each root, kept those the
	// patterns let through (pages or not), found all of them.
	pages, kept, found map[string]int
}

// filter is the --include and --exclude patterns of a run.
type filter struct{ include, exclude []string }

// newFilter checks the patterns; a bad one is an error wrapping
// filepath.ErrBadPattern.
func newFilter(include, exclude []string) (*filter, error) {
	for _, g := range append(append([]string(nil), include...), exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("pattern %q: %w", g, filepath.ErrBadPattern)
		}
	}
	return &filter{include: include, exclude: exclude}, nil
}

// matchAny reports whether a glob matches rel (a path relative to its
// root, with slashes) or its base name.
func matchAny(globs []string, rel string) bool {
	base := path.Base(rel)
	for _, g := range globs {
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
		if ok, _ := path.Match(g, base); ok {
			return true
		}
	}
	return false
}

// keep reports whether the file at rel is part of the run: excluded files
// are not, and with include patterns only the files they match are.
func (f *filter) keep(rel string) bool {
	if f == nil {
		return true
	}
	return !matchAny(f.exclude, rel) && (len(f.include) == 0 || matchAny(f.include, rel))
}

// skipDir reports whether an exclude pattern names the folder at rel, so
// nothing under it is part of the run.
func (f *filter) skipDir(rel string) bool {
	return f != nil && rel != "." && matchAny(f.exclude, rel)
}

// relPath is p relative to root with slashes, or p's base name when p is
// the root (a file given as a root).
func relPath(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return filepath.Base(p)
	}
	return filepath.ToSlash(rel)
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
func missingRoot(path string) error { return &MissingRootError{Path: path} }

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
// folder skipDir (the index, when it lives inside a scrape folder) and
// what flt leaves out. Files whose name shows they are not pages are
// counted, not listed. Symbolic links to files are followed; links to
// folders are not, so a link loop cannot make the walk endless.
func walk(ctx context.Context, roots []string, skipDir string, flt *filter) (*walkResult, error) {
	res := &walkResult{passed: map[string]int{}, pages: map[string]int{}, kept: map[string]int{}, found: map[string]int{}}
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
				if skipDir != "" && p == skipDir || p != root && flt.skipDir(relPath(root, p)) {
					return fs.SkipDir
				}
				return nil
			}
			res.found[root]++
			if !flt.keep(relPath(root, p)) {
				return nil
			}
			res.kept[root]++
			if kind := parse.NotPageByName(name); kind != "" {
				if !seen[p] {
					seen[p] = true
					res.passed[kind]++
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
				res.pages[root]++
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
