// Command diplograph turns diplomatic communiqués into a knowledge graph of
// bilateral relations in Neo4j and serves it through a GraphQL API.
//
// Usage:
//
//	diplograph extract [flags] FILE…|DIR|-   text → facts (JSON Lines, shared/eval/FORMAT.md)
//	diplograph load    [flags] PATH…|-       communiqués or facts → Neo4j
//	diplograph serve   [flags]               the GraphQL API (GraphiQL at /, API at /graphql)
//	diplograph neo4j   start|stop|status     the local embedded Neo4j
//
// Each subcommand explains its flags with --help. Connection settings come from
// NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and NEO4J_DATABASE; without
// NEO4J_URI the local embedded Neo4j on 127.0.0.1 is used.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// subcommands maps each subcommand to its entry point and a one-line summary.
var subcommands = []struct {
	name, summary string
	run           func(ctx context.Context, args []string) error
}{
	{"extract", "extract facts from communiqués (fr, en, es) as JSON Lines on stdout", runExtract},
	{"load", "load communiqués (.txt, .md) or facts (.jsonl) into Neo4j", runLoad},
	{"serve", "serve the knowledge graph through GraphQL", runServe},
	{"neo4j", "start, stop or query the status of the local embedded Neo4j", runNeo4j},
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: diplograph <command> [flags] [args]\n\ncommands:")
	for _, c := range subcommands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'diplograph <command> --help' for the flags of a command.")
	fmt.Fprintln(w, "Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (default: local embedded Neo4j).")
}

func main() {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()})))
	os.Exit(run(os.Args[1:]))
}

// run dispatches to a subcommand and returns the process exit status: 0 on
// success, 1 on failure, 2 on a usage error.
func run(args []string) int {
	if len(args) == 0 {
		usage(os.Stderr)
		return 2
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(os.Stdout)
		return 0
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	for _, c := range subcommands {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case isUsageError(err):
			fmt.Fprintf(os.Stderr, "diplograph %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(os.Stderr, "diplograph %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(os.Stderr, "diplograph: unknown command %q\n\n", args[0])
	usage(os.Stderr)
	return 2
}

// usageError marks a bad command line (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errUsage returns an error for a bad command line.
func errUsage(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

func isUsageError(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

// logLevel reads DIPLOGRAPH_LOG (debug, info, warn, error; default info).
func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("DIPLOGRAPH_LOG"))); err != nil {
		return slog.LevelInfo
	}
	return l
}
