// Command pubindex indexes scraped think-tank publication pages and searches
// them. Run "pubindex --help" for the commands.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		cancel(&interrupted{s})
		// A second signal stops at once: even an ingest killed mid-batch
		// leaves an index that opens (README, crash safety).
		s = <-sigs
		fmt.Fprintln(os.Stderr, "pubindex: stopped")
		os.Exit(exitCodeFor(s))
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	os.Exit(code)
}

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig os.Signal }

func (i *interrupted) Error() string { return "interrupted by " + signalName(i.sig) }

// Is makes an interruption a cancellation for errors.Is.
func (i *interrupted) Is(target error) bool { return target == context.Canceled }

func signalName(s os.Signal) string {
	if s == syscall.SIGTERM {
		return "SIGTERM"
	}
	return "SIGINT"
}

// exitCodeFor follows the shell's 128+signal convention, so scripts can
// tell Ctrl-C (130) from a termination request (143).
func exitCodeFor(s os.Signal) int {
	if s == syscall.SIGTERM {
		return exitTerminated
	}
	return exitInterrupted
}
