package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"diplograph"
	"diplograph/graph"
	dghttp "diplograph/http"
	"diplograph/neo4j"
	"diplograph/neo4j/local"
)

const serveUsage = `usage: diplograph serve [flags]

Serves the knowledge graph in Neo4j over HTTP:

  /          GraphiQL, an in-browser IDE for the API
  /graphql   the GraphQL API (POST JSON, or GET for queries; persisted queries)
  /export    ?query=…&variables=…&format=cytoscape|graphology|gexf|graphml:
             the Graph a query returns, as a file for Cytoscape.js, graphology
             (sigma.js), Gephi (GEXF 1.3 with a timeline) or GraphML tools
  /healthz   200 while the server runs
  /readyz    200 when Neo4j answers, else 503

Neo4j: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE; without
NEO4J_URI, the local embedded Neo4j (bolt://127.0.0.1:7687, or the port in
DIPLOGRAPH_NEO4J_PORT), which serve does not start: run 'diplograph neo4j
start' (or 'make run') first. SIGINT or SIGTERM stops the server gracefully.

flags:
`

// runServe implements "diplograph serve".
func runServe(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", envOr("DIPLOGRAPH_ADDR", "127.0.0.1:8080"), "address to listen on, HOST:PORT (env DIPLOGRAPH_ADDR)")
	corsOrigins := fs.String("cors-origins", "", "comma-separated origins allowed to call the API from a browser, e.g. https://viz.example.org (\"*\": any); default none (same-origin only)")
	introspection := fs.Bool("introspection", true, "allow introspection queries (__schema, __type; GraphiQL needs them)")
	maxDepth := fs.Int("max-depth", dghttp.DefaultMaxDepth, "deepest field nesting an operation may have (introspection fields excepted; negative: no limit)")
	maxComplexity := fs.Int("max-complexity", dghttp.DefaultMaxComplexity, "largest complexity of an operation, lists weighted by first/limit (negative: no limit)")
	timeout := fs.Duration("timeout", dghttp.DefaultTimeout, "deadline of one operation; also bounds each Cypher query")
	maxBody := fs.Int64("max-body", dghttp.DefaultMaxBodyBytes, "largest request body (and GET query string) in bytes")
	wait := fs.Duration("neo4j-wait", 30*time.Second, "how long to wait for Neo4j to answer at startup")
	grace := fs.Duration("shutdown-timeout", 15*time.Second, "on SIGINT/SIGTERM, how long to let running requests finish")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), serveUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage("%v", err)
	}
	if fs.NArg() > 0 {
		return errUsage("unexpected arguments %q (see --help)", fs.Args())
	}
	if *maxBody <= 0 {
		return errUsage("--max-body must be positive")
	}
	if *timeout <= 0 {
		return errUsage("--timeout must be positive")
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return errUsage("--addr %q: %v", *addr, err)
	}
	var origins []string
	for _, o := range strings.Split(*corsOrigins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			origins = append(origins, o)
		}
	}

	conn := local.ConnFromEnv()
	store, err := openStore(ctx, conn, *wait)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())

	srv := dghttp.New(dghttp.Config{
		Schema:         graph.NewSchema(store, graph.Options{QueryTimeout: *timeout}),
		ErrorPresenter: graph.ErrorPresenter,
		Ready:          func(ctx context.Context) error { return store.Driver().VerifyConnectivity(ctx) },
		Introspection:  *introspection,
		MaxDepth:       *maxDepth,
		MaxComplexity:  *maxComplexity,
		Timeout:        *timeout,
		MaxBodyBytes:   *maxBody,
		CORSOrigins:    origins,
	})
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      *timeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    int(min(*maxBody, 64<<20)) + 64<<10,
		ErrorLog:          slog.NewLogLogger(slog.Default().Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return diplograph.E("serve", diplograph.Unavailable, err)
	}
	slog.Info("serving", "addr", "http://"+ln.Addr().String(), "graphiql", "http://"+ln.Addr().String()+"/",
		"neo4j", conn.URI, "database", conn.Database, "cors_origins", origins, "introspection", *introspection)

	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return diplograph.E("serve", err)
	case <-ctx.Done():
	}
	slog.Info("shutting down", "grace", *grace)
	sctx, cancel := context.WithTimeout(context.Background(), *grace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		_ = hs.Close()
		return diplograph.E("serve", fmt.Errorf("graceful shutdown: %w", err))
	}
	slog.Info("stopped")
	return nil
}

// openStore connects to Neo4j, retrying for up to wait while it is
// unavailable (e.g. still starting).
func openStore(ctx context.Context, conn local.Conn, wait time.Duration) (*neo4j.Store, error) {
	cfg := neo4j.Config{URI: conn.URI, Username: conn.Username, Password: conn.Password, Database: conn.Database}
	deadline := time.Now().Add(wait)
	for {
		actx, cancel := context.WithTimeout(ctx, 10*time.Second)
		store, err := neo4j.Open(actx, cfg)
		cancel()
		if err == nil {
			return store, nil
		}
		if ctx.Err() != nil || time.Now().After(deadline) || diplograph.KindOf(err) == diplograph.Invalid {
			hint := ""
			if !conn.External {
				hint = " (start the local Neo4j with 'diplograph neo4j start' or 'make run', or set NEO4J_URI)"
			}
			return nil, fmt.Errorf("cannot reach Neo4j at %s: %w%s", conn.URI, err, hint)
		}
		slog.Info("waiting for Neo4j", "uri", conn.URI, "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// envOr returns the environment variable name, or def when it is unset.
func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
