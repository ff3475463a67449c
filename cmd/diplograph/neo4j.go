package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"

	"diplograph/neo4j/local"
)

const neo4jUsage = `usage: diplograph neo4j start|stop|status [flags]

Manages the local embedded Neo4j (Neo4j Community 5.26 run by the Java
launcher in neo4j/launcher): Bolt on 127.0.0.1, authentication off,
database "neo4j".

  start    build the launcher if needed (Maven; the first build downloads
           ~120 MB into ~/.m2), start Neo4j in the background and wait until
           Bolt answers. Harmless when it already runs.
  stop     shut it down cleanly (SIGTERM, SIGKILL after --stop-timeout).
  status   print whether it runs; exit status 1 when it does not answer.

When NEO4J_URI is set, the project uses that server instead: start and stop
do nothing and status checks that server (NEO4J_USERNAME, NEO4J_PASSWORD).

Files: the data directory (--data, default <repo>/.neo4j/data); beside it
neo4j.log (Neo4j's log), neo4j.pid and logs/. Use a separate parent
directory for each instance.

flags:
`

// runNeo4j implements "diplograph neo4j start|stop|status".
func runNeo4j(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("neo4j", flag.ContinueOnError)
	port := fs.Int("port", local.PortFromEnv(), "Bolt port on 127.0.0.1 (default from DIPLOGRAPH_NEO4J_PORT, else 7687)")
	data := fs.String("data", "", "data directory (default <repo>/.neo4j/data)")
	logFile := fs.String("log", "", "log file (default neo4j.log beside the data directory)")
	heap := fs.String("heap", "1g", "maximum JVM heap (-Xmx)")
	pageCache := fs.String("pagecache", "64m", "Neo4j page cache size")
	timeout := fs.Duration("timeout", 120*time.Second, "how long start waits for Bolt to answer (not counting the Maven build)")
	stopTimeout := fs.Duration("stop-timeout", 60*time.Second, "how long stop waits after SIGTERM before SIGKILL")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), neo4jUsage)
		fs.PrintDefaults()
	}

	// The subcommand may come before or after the flags.
	var sub string
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		sub, args = args[0], args[1:]
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage("%v", err)
	}
	rest := fs.Args()
	if sub == "" && len(rest) > 0 {
		sub = rest[0]
		if err := fs.Parse(rest[1:]); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return errUsage("%v", err)
		}
		rest = fs.Args()
	}
	if len(rest) > 0 {
		return errUsage("unexpected arguments: %s", strings.Join(rest, " "))
	}
	if sub == "" {
		fs.Usage()
		return errUsage("missing subcommand: start, stop or status")
	}

	opts := local.Options{
		Port:         *port,
		DataDir:      *data,
		LogFile:      *logFile,
		Heap:         *heap,
		PageCache:    *pageCache,
		StartTimeout: *timeout,
		StopTimeout:  *stopTimeout,
	}
	conn := local.ConnFromEnv()
	switch sub {
	case "start":
		if conn.External {
			fmt.Printf("NEO4J_URI is set (%s): using that server, nothing to start\n", conn.URI)
			return nil
		}
		st, err := local.Start(ctx, opts)
		if err != nil {
			return err
		}
		if st.Started {
			fmt.Printf("started: %s\n", st)
		} else {
			fmt.Printf("already %s\n", st)
		}
		return nil
	case "stop":
		if conn.External {
			fmt.Printf("NEO4J_URI is set (%s): nothing to stop\n", conn.URI)
			return nil
		}
		st, err := local.Stop(ctx, opts)
		if err != nil {
			return err
		}
		if st.PID == 0 && st.PidFile != "" {
			fmt.Printf("stopped (%s, data %s)\n", st.URI, st.DataDir)
		}
		return nil
	case "status":
		if conn.External {
			pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
			defer cancel()
			if err := local.Ping(pctx, conn.URI, conn.Username, conn.Password); err != nil {
				return fmt.Errorf("NEO4J_URI %s does not answer: %w", conn.URI, err)
			}
			fmt.Printf("running: %s (external, NEO4J_URI)\n", conn.URI)
			return nil
		}
		st, err := local.Status(ctx, opts)
		if err != nil {
			return err
		}
		fmt.Println(st)
		if !st.Running {
			return errors.New("not running (start it with: diplograph neo4j start)")
		}
		return nil
	default:
		return errUsage("unknown subcommand %q: want start, stop or status", sub)
	}
}
