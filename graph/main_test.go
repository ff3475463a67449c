package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"diplograph"
	"diplograph/graph"
	"diplograph/loader"
	"diplograph/loader/extract"
	"diplograph/neo4j"
	"diplograph/neo4j/neo4jtest"
)

// TestMain gives the package's tests a real Neo4j (package neo4jtest).
func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

// sharedDir returns <repo root>/../shared; tests needing it skip when it is
// absent, and fail when CI=true.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "shared"))
	if err == nil {
		if _, err = os.Stat(filepath.Join(dir, "eval", "example-seed.jsonl")); err == nil {
			return dir
		}
	}
	if neo4jtest.InCI() {
		t.Fatalf("shared folder missing (CI=true): %v", err)
	}
	t.Skipf("shared folder (../shared) missing: %v", err)
	return ""
}

// fixture is the graph loaded once per package run through the real loader
// and writer: the shared facts of the seed communiqué
// (shared/eval/example-seed.jsonl) and our own facts (testdata/facts.jsonl).
// Goldens use only these, so that they do not change with the extractor;
// seed_test.go loads the seed's text through the extractor separately.
type fixture struct {
	store *neo4j.Store
	srv   http.Handler
}

// loaded names the fixture the database holds ("golden", "seed", "" for
// none or another graph); fixMu serializes loading.
var (
	fixMu  sync.Mutex
	loaded string
	fix    *fixture
)

func openStore(t testing.TB) *neo4j.Store {
	env := neo4jtest.Require(t)
	return neo4j.NewStore(env.Driver, neo4j.Config{Database: env.Database})
}

// load reads paths with the real loader (extracting text files) and writes
// every communiqué.
func load(ctx context.Context, st *neo4j.Store, paths ...string) error {
	return loadSkip(ctx, st, nil, paths...)
}

// loadSkip is load that reports bad inputs to skip (when not nil) instead of
// failing.
func loadSkip(ctx context.Context, st *neo4j.Store, skip func(error), paths ...string) error {
	opts := loader.Options{Extractor: extract.New(extract.Options{})}
	return loader.Read(ctx, paths, nil, opts, func(it loader.Item) error {
		if it.Err != nil {
			if skip != nil {
				skip(it.Err)
				return nil
			}
			return it.Err
		}
		_, err := st.Write(ctx, it.Communique)
		return err
	})
}

func getFixture(t *testing.T) *fixture {
	t.Helper()
	env := neo4jtest.Require(t)
	shared := sharedDir(t)
	fixMu.Lock()
	defer fixMu.Unlock()
	if loaded == "golden" {
		return fix
	}
	loaded = ""
	env.Reset(t)
	st := openStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatalf("schema: %v", err)
	}
	err := load(ctx, st,
		filepath.Join(shared, "eval", "example-seed.jsonl"),
		filepath.Join("testdata", "facts.jsonl"))
	if err != nil {
		t.Fatalf("loading fixtures: %v", err)
	}
	fix = &fixture{store: st, srv: newServer(st, graph.Options{BatchWait: 50 * time.Millisecond})}
	loaded = "golden"
	return fix
}

// newServer builds a plain gqlgen handler around the schema, as the HTTP
// server does (POST transport, error presenter).
func newServer(st *neo4j.Store, opts graph.Options) http.Handler {
	srv := handler.New(graph.NewSchema(st, opts))
	srv.AddTransport(transport.POST{})
	srv.SetErrorPresenter(graph.ErrorPresenter)
	return srv
}

// response is a GraphQL response body.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// exec posts a query and returns the decoded response and the number of
// Cypher queries it cost.
func (f *fixture) exec(t testing.TB, query string, vars map[string]any) (response, int64) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	ctx, counter := neo4j.WithQueryCounter(req.Context())
	req = req.WithContext(ctx)
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, req)
	var resp response
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decoding response (%d): %v\n%s", w.Code, err, w.Body.String())
	}
	return resp, counter.Count()
}

// data runs a query that must succeed and decodes its data into out.
func (f *fixture) data(t testing.TB, query string, vars map[string]any, out any) int64 {
	t.Helper()
	resp, n := f.exec(t, query, vars)
	if len(resp.Errors) > 0 {
		t.Fatalf("query failed: %+v", resp.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(resp.Data, out); err != nil {
			t.Fatalf("decoding data: %v", err)
		}
	}
	return n
}

var _ = diplograph.Graph{}
