package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEExamples runs every pubindex command of README.md's ```sh
// blocks against an index of the bundled pages (testdata/pages): each must
// succeed, and a query must find something. Commands on the reader's own
// scrape folders (~/...) are left out; the README says what they need.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	root := abs(t, "../..")
	dir := filepath.Join(t.TempDir(), "index")
	// Examples write files (-o, --record, --atom) where they run: not here.
	t.Chdir(t.TempDir())
	if r := runCLI(t, nil, "ingest", "--index", dir, filepath.Join(root, "testdata/pages")); r.code != exitOK {
		t.Fatalf("ingest: %s", r.stderr)
	}
	ran := 0
	for _, line := range shellLines(string(readme)) {
		for _, words := range commands(t, line) {
			if len(words) == 0 || (words[0] != "pubindex" && words[0] != "./pubindex") {
				continue // go build, go test, ...
			}
			if len(words) > 1 && words[1] == "serve" {
				continue // runs until stopped: TestServeAPI and TestServeInBrowser try it
			}
			args, ok := exampleArgs(words[1:], root, dir)
			if !ok {
				continue
			}
			ran++
			r := runCLI(t, nil, args...)
			if r.code != exitOK {
				t.Errorf("README example %q: exit %d\n%s", line, r.code, r.stderr)
				continue
			}
			if args[0] == "query" && (strings.Contains(r.stdout, "No publications match") || strings.Contains(r.stdout, `"total": 0,`)) {
				t.Errorf("README example %q finds nothing in the bundled pages", line)
			}
		}
	}
	if ran < 5 {
		t.Errorf("ran %d README examples; is the README's format still ```sh blocks?", ran)
	}
}

// exampleArgs points an example at the test index and makes its relative
// paths relative to the repository; ok is false for examples on the
// reader's own folders.
func exampleArgs(words []string, root, dir string) (args []string, ok bool) {
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case strings.HasPrefix(w, "~/"):
			return nil, false
		case w == "--index" && i+1 < len(words):
			i++ // replaced below
			continue
		case words[0] == "ingest" && i > 0 && !strings.HasPrefix(w, "-") && !filepath.IsAbs(w):
			w = filepath.Join(root, w)
		}
		args = append(args, w)
	}
	return append(args, "--index", dir), true
}

// shellLines returns the lines of the ```sh blocks of a Markdown text.
func shellLines(md string) []string {
	var lines []string
	in := false
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "```sh"):
			in = true
		case strings.HasPrefix(l, "```"):
			in = false
		case in && strings.TrimSpace(l) != "":
			lines = append(lines, l)
		}
	}
	return lines
}

// commands splits a shell line into the words of its commands (separated
// by && or ;), dropping comments and whatever a | pipes into.
func commands(t *testing.T, line string) [][]string {
	var (
		cmds  [][]string
		words []string
		word  strings.Builder
		have  bool // a word is under way (it may be "")
		piped bool
	)
	flush := func() {
		if have && !piped {
			words = append(words, word.String())
		}
		word.Reset()
		have = false
	}
	end := func() {
		flush()
		cmds = append(cmds, words)
		words, piped = nil, false
	}
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '\'':
			j := strings.IndexByte(line[i+1:], '\'')
			if j < 0 {
				t.Fatalf("README: unclosed quote in %q", line)
			}
			word.WriteString(line[i+1 : i+1+j])
			have = true
			i += j + 1
		case c == '"':
			i++
			for ; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' && i+1 < len(line) {
					i++
				}
				word.WriteByte(line[i])
			}
			if i == len(line) {
				t.Fatalf("README: unclosed quote in %q", line)
			}
			have = true
		case c == ' ' || c == '\t':
			flush()
		case c == '#' && !have:
			end()
			return cmds
		case c == ';':
			end()
		case c == '&' && i+1 < len(line) && line[i+1] == '&':
			end()
			i++
		case c == '|':
			flush()
			piped = true
		default:
			word.WriteByte(c)
			have = true
		}
	}
	end()
	return cmds
}
