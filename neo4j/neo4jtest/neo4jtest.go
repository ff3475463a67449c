// Package neo4jtest gives test packages a real Neo4j.
//
// Use it from TestMain, then call Require in each test that needs the
// database:
//
//	func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }
//
//	func TestSomething(t *testing.T) {
//		env := neo4jtest.Require(t) // skips (or fails when CI=true) without Neo4j
//		env.Reset(t)                // empty graph
//		... env.Driver, env.Database ...
//	}
//
// The database is found in this order: NEO4J_URI (with NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE) when set; else a Neo4j already answering
// on bolt://127.0.0.1:PORT (PORT = DIPLOGRAPH_NEO4J_PORT or 7687); else a
// local instance started for the package run (data in <repo>/.neo4j/test,
// see package local) and stopped when the run ends.
//
// Outside CI, tests skip with a message saying how to start Neo4j when none
// can be reached or started. With CI=true they fail instead, and Main fails
// the whole package run.
package neo4jtest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph/neo4j/local"
)

// HowToStart tells a developer how to get a Neo4j for the tests.
const HowToStart = "start Neo4j with `make neo4j-start` (or `diplograph neo4j start`), or set NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE); `make test` does it all"

// Env is the Neo4j a test package runs against.
type Env struct {
	// Driver is open while the package's tests run (nil when Err is set).
	Driver driver.DriverWithContext
	// Database is the database to name in every query.
	Database string
	// URI, Username and Password are the connection settings (to hand to the
	// code under test, e.g. neo4j.Config).
	URI, Username, Password string
	// External is true when the settings come from NEO4J_URI.
	External bool
	// Err says why no database is available (nil when one is).
	Err error

	started  bool          // this package run started a local instance
	opts     local.Options // its options
	unlock   func()        // releases the shared users lock
	lockPath string        // path of the users lock
}

var (
	mu      sync.Mutex
	current *Env
)

// InCI reports whether CI=true (tests must fail, not skip, without Neo4j).
func InCI() bool { return os.Getenv("CI") == "true" }

// Setup finds or starts a Neo4j (see the package comment). It never fails:
// when no database is available, Env.Err says why. Close releases it.
func Setup(ctx context.Context) *Env {
	conn := local.ConnFromEnv()
	env := &Env{URI: conn.URI, Username: conn.Username, Password: conn.Password, Database: conn.Database, External: conn.External}
	if !conn.External {
		root, rerr := local.FindRepoRoot()
		if rerr == nil {
			// Every package run using the local instance holds a shared lock;
			// the run that started it stops it only once it gets the lock
			// exclusively, i.e. when no other package run uses it any more.
			dir := filepath.Join(root, ".neo4j", "test")
			if err := os.MkdirAll(dir, 0o755); err == nil {
				if unlock, err := local.LockFile(filepath.Join(dir, "users.lock"), false); err == nil {
					env.unlock = unlock
					env.lockPath = filepath.Join(dir, "users.lock")
				}
			}
		}
		pctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := local.Ping(pctx, conn.URI, "", "")
		cancel()
		if err != nil {
			if rerr != nil {
				env.Err = rerr
			} else {
				env.opts = local.Options{
					Port:    local.PortFromEnv(),
					DataDir: filepath.Join(root, ".neo4j", "test", "data"),
					Logger:  slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
				}
				fmt.Fprintf(os.Stderr, "neo4jtest: no Neo4j on %s; starting a local one for this package (data %s)\n", conn.URI, env.opts.DataDir)
				st, serr := local.Start(ctx, env.opts)
				if serr != nil {
					env.Err = fmt.Errorf("cannot start a local Neo4j: %w", serr)
				} else {
					env.URI, env.started = st.URI, st.Started
				}
			}
		}
	}
	if env.Err == nil {
		d, err := local.NewDriver(env.URI, env.Username, env.Password)
		if err == nil {
			pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			err = d.VerifyConnectivity(pctx)
			cancel()
			if err != nil {
				_ = d.Close(ctx)
			}
		}
		if err != nil {
			env.Err = fmt.Errorf("Neo4j at %s does not answer: %w", env.URI, err)
		} else {
			env.Driver = d
		}
	}
	return env
}

// Close closes the driver and stops the local instance if Setup started it.
func (e *Env) Close() {
	if e.Driver != nil {
		_ = e.Driver.Close(context.Background())
		e.Driver = nil
	}
	if e.unlock != nil {
		e.unlock()
		e.unlock = nil
	}
	if e.started {
		e.started = false
		if e.lockPath != "" {
			if unlock, err := local.LockFile(e.lockPath, true); err == nil {
				defer unlock()
			}
		}
		if _, err := local.Stop(context.Background(), e.opts); err != nil {
			fmt.Fprintf(os.Stderr, "neo4jtest: stopping the local Neo4j: %v\n", err)
		}
	}
}

// Main sets up the Neo4j for a test package, runs its tests and tears it
// down; use it as os.Exit(neo4jtest.Main(m)) in TestMain. With CI=true and no
// database it fails the run without running the tests.
func Main(m *testing.M) int {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	env := Setup(ctx)
	cancel()
	mu.Lock()
	current = env
	mu.Unlock()
	defer env.Close()
	if env.Err != nil {
		if InCI() {
			fmt.Fprintf(os.Stderr, "neo4jtest: FAIL: no Neo4j (CI=true): %v\n", env.Err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "neo4jtest: no Neo4j, tests needing it will skip: %v\n  to run them: %s\n", env.Err, HowToStart)
	}
	return m.Run()
}

// Current returns the Env set up by Main (nil before).
func Current() *Env {
	mu.Lock()
	defer mu.Unlock()
	return current
}

// Require returns the package's Env, skipping the test (failing it when
// CI=true) when no Neo4j is available. The package's TestMain must call Main.
func Require(t testing.TB) *Env {
	t.Helper()
	env := Current()
	if env == nil {
		t.Fatal("neo4jtest: TestMain must call neo4jtest.Main(m)")
	}
	return env.Require(t)
}

// Require skips the test (fails it when CI=true) when e has no database,
// with a message saying how to start Neo4j; it returns e.
func (e *Env) Require(t testing.TB) *Env {
	t.Helper()
	if e.Err != nil || e.Driver == nil {
		err := e.Err
		if err == nil {
			err = errors.New("no driver")
		}
		if InCI() {
			t.Fatalf("neo4jtest: no Neo4j (CI=true): %v", err)
		}
		t.Skipf("neo4jtest: no Neo4j (%v); %s", err, HowToStart)
	}
	return e
}

// Reset deletes every node and relationship (schema is kept), in batches.
func (e *Env) Reset(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for {
		res, err := driver.ExecuteQuery(ctx, e.Driver,
			"MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c", nil,
			driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(e.Database))
		if err != nil {
			t.Fatalf("neo4jtest: reset: %v", err)
		}
		if len(res.Records) == 0 {
			return
		}
		c, _ := res.Records[0].Get("c")
		if n, ok := c.(int64); !ok || n == 0 {
			return
		}
	}
}

// DropSchema drops every constraint and index (except the built-in token
// lookup indexes), for tests of schema creation.
func (e *Env) DropSchema(t testing.TB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	drop := func(list, stmt string) {
		res, err := driver.ExecuteQuery(ctx, e.Driver, list, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(e.Database))
		if err != nil {
			t.Fatalf("neo4jtest: %s: %v", list, err)
		}
		for _, r := range res.Records {
			name, _ := r.Get("name")
			q := fmt.Sprintf(stmt, quoteName(fmt.Sprint(name)))
			if _, err := driver.ExecuteQuery(ctx, e.Driver, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(e.Database)); err != nil {
				t.Fatalf("neo4jtest: %s: %v", q, err)
			}
		}
	}
	drop("SHOW CONSTRAINTS YIELD name RETURN name", "DROP CONSTRAINT %s IF EXISTS")
	drop("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", "DROP INDEX %s IF EXISTS")
}

// quoteName quotes a schema name with backticks.
func quoteName(s string) string {
	out := []byte{'`'}
	for i := 0; i < len(s); i++ {
		if s[i] == '`' {
			out = append(out, '`')
		}
		out = append(out, s[i])
	}
	return string(append(out, '`'))
}

// Count runs a Cypher query returning one integer column and returns it
// (a small convenience for assertions).
func (e *Env) Count(t testing.TB, cypher string, params map[string]any) int64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := driver.ExecuteQuery(ctx, e.Driver, cypher, params, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(e.Database))
	if err != nil {
		t.Fatalf("neo4jtest: %s: %v", cypher, err)
	}
	if len(res.Records) != 1 || len(res.Records[0].Values) != 1 {
		t.Fatalf("neo4jtest: %s: want one row of one column, got %d rows", cypher, len(res.Records))
	}
	n, ok := res.Records[0].Values[0].(int64)
	if !ok {
		t.Fatalf("neo4jtest: %s: got %T, want an integer", cypher, res.Records[0].Values[0])
	}
	return n
}
