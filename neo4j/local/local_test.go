package local

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// freePort returns a TCP port nobody listens on right now.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// requireJava skips (fails in CI) when java or mvn is missing.
func requireJava(t *testing.T) {
	t.Helper()
	for _, bin := range []string{javaBin(), "mvn"} {
		if _, err := exec.LookPath(bin); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s not found (CI=true): %v", bin, err)
			}
			t.Skipf("%s not found: install Java 17 and Maven to run the local Neo4j", bin)
		}
	}
}

// TestLifecycle starts an instance on a free port and a temporary data
// directory, checks status, a second (harmless) start, a query, then stop.
func TestLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a JVM; skipped with -short")
	}
	requireJava(t)
	ctx := context.Background()
	dir := t.TempDir()
	opts := Options{
		Port:         freePort(t),
		DataDir:      filepath.Join(dir, "data"),
		StartTimeout: 3 * time.Minute,
		StopTimeout:  time.Minute,
	}
	st, err := Status(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.Managed {
		t.Fatalf("before start: %v", st)
	}

	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	pid := st.PID
	t.Cleanup(func() { _, _ = Stop(context.Background(), opts) }) // in case of failure below
	if !st.Started || !st.Running || !st.Managed || pid == 0 {
		t.Fatalf("after start: %+v", st)
	}
	if !alive(pid) {
		t.Fatalf("pid %d not alive", pid)
	}
	if _, err := os.Stat(filepath.Join(dir, "neo4j.pid")); err != nil {
		t.Errorf("pid file: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "neo4j.log")); err != nil {
		t.Errorf("log file: %v", err)
	}

	st, err = Status(ctx, opts)
	if err != nil || !st.Running || !st.Managed || st.PID != pid {
		t.Fatalf("status: %+v, %v", st, err)
	}

	st, err = Start(ctx, opts)
	if err != nil {
		t.Fatalf("second start: %v", err)
	}
	if st.Started || !st.Running || st.PID != pid {
		t.Fatalf("second start should reuse pid %d: %+v", pid, st)
	}

	d, err := NewDriver(st.URI, "", "")
	if err != nil {
		t.Fatal(err)
	}
	res, err := driver.ExecuteQuery(ctx, d, "RETURN 40 + 2 AS n", nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(DefaultDatabase))
	_ = d.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := res.Records[0].Get("n"); n != int64(42) {
		t.Errorf("RETURN 40 + 2 = %v", n)
	}

	st, err = Stop(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	if alive(pid) {
		t.Fatalf("pid %d still alive after stop", pid)
	}
	if _, err := os.Stat(filepath.Join(dir, "neo4j.pid")); !os.IsNotExist(err) {
		t.Errorf("pid file left after stop: %v", err)
	}
	st, err = Status(ctx, opts)
	if err != nil || st.Running || st.Managed {
		t.Fatalf("status after stop: %+v, %v", st, err)
	}
	// Stopping again is harmless.
	if _, err := Stop(ctx, opts); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	log, _ := os.ReadFile(filepath.Join(dir, "neo4j.log"))
	if !strings.Contains(string(log), ReadyLine) || !strings.Contains(string(log), "diplograph-neo4j stopped") {
		t.Errorf("log lacks the readiness and clean-stop lines")
	}
}

// TestConfigFromEnv checks the environment handling of Config.
func TestConfigFromEnv(t *testing.T) {
	t.Setenv("NEO4J_URI", "")
	t.Setenv("NEO4J_DATABASE", "")
	t.Setenv("DIPLOGRAPH_NEO4J_PORT", "17999")
	uri, user, pass, db, ext := Config()
	if uri != "bolt://127.0.0.1:17999" || user != "" || pass != "" || db != "neo4j" || ext {
		t.Errorf("local: %q %q %q %q %v", uri, user, pass, db, ext)
	}
	t.Setenv("NEO4J_URI", "neo4j+s://example.invalid:7687")
	t.Setenv("NEO4J_USERNAME", "u")
	t.Setenv("NEO4J_PASSWORD", "p")
	t.Setenv("NEO4J_DATABASE", "graph")
	uri, user, pass, db, ext = Config()
	if uri != "neo4j+s://example.invalid:7687" || user != "u" || pass != "p" || db != "graph" || !ext {
		t.Errorf("external: %q %q %q %q %v", uri, user, pass, db, ext)
	}
	// EnsureRunning starts nothing and contacts nobody with NEO4J_URI set.
	conn, started, err := EnsureRunning(context.Background())
	if err != nil || started || conn.URI != uri {
		t.Errorf("EnsureRunning external: %+v %v %v", conn, started, err)
	}
	t.Setenv("DIPLOGRAPH_NEO4J_PORT", "notaport")
	t.Setenv("NEO4J_URI", "")
	if uri, _, _, _, _ := Config(); uri != "bolt://127.0.0.1:7687" {
		t.Errorf("bad port env: %q", uri)
	}
}
