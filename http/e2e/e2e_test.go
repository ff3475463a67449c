package e2e_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"diplograph/export"
	"diplograph/export/exporttest"
	"diplograph/graph"
	dghttp "diplograph/http"
	"diplograph/loader"
	"diplograph/neo4j"
	"diplograph/neo4j/neo4jtest"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

var (
	once    sync.Once
	srv     *httptest.Server
	setupOK bool
)

// server loads the example facts into the test Neo4j (once per package run)
// and serves the real schema over it.
func server(t *testing.T) *httptest.Server {
	t.Helper()
	env := neo4jtest.Require(t)
	once.Do(func() {
		ctx := context.Background()
		env.Reset(t)
		store := neo4j.NewStore(env.Driver, neo4j.Config{Database: env.Database})
		if err := store.EnsureSchema(ctx); err != nil {
			t.Fatalf("schema: %v", err)
		}
		seed := filepath.Join(repoRoot(t), "..", "shared", "eval", "example-seed.jsonl")
		n := 0
		err := loader.Read(ctx, []string{seed}, nil, loader.Options{}, func(it loader.Item) error {
			if it.Err != nil {
				return it.Err
			}
			_, err := store.Write(ctx, it.Communique)
			n++
			return err
		})
		if err != nil || n == 0 {
			t.Fatalf("loading %s: %v (%d communiqués)", seed, err, n)
		}
		h := dghttp.New(dghttp.Config{
			Schema:         graph.NewSchema(store, graph.Options{}),
			ErrorPresenter: graph.ErrorPresenter,
			Ready:          func(ctx context.Context) error { return env.Driver.VerifyConnectivity(ctx) },
			Introspection:  true,
			MaxBodyBytes:   64 << 10,
			CORSOrigins:    []string{"https://viz.example.org"},
			Logger:         testLogger(),
		})
		srv = httptest.NewServer(h)
		setupOK = true
	})
	if !setupOK {
		t.Fatal("setup failed in an earlier test")
	}
	return srv
}

// testLogger discards the server's logs unless DIPLOGRAPH_TEST_LOG=1.
func testLogger() *slog.Logger {
	if os.Getenv("DIPLOGRAPH_TEST_LOG") == "1" {
		return slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func repoRoot(t *testing.T) string {
	t.Helper()
	wd, _ := os.Getwd()
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			t.Fatal("no go.mod above " + wd)
		}
	}
}

type response struct {
	Status int
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Raw string
}

func (r *response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func read(t *testing.T, resp *nethttp.Response) *response {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	r := &response{Status: resp.StatusCode, Raw: string(b)}
	if err := json.Unmarshal(b, r); err != nil {
		t.Fatalf("status %d, not JSON: %s", resp.StatusCode, b)
	}
	return r
}

func post(t *testing.T, body map[string]any) *response {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := nethttp.Post(server(t).URL+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return read(t, resp)
}

// at walks decoded JSON: at(v, "state", "name").
func at(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, _ := v.(map[string]any)
			v = m[k]
		case int:
			l, _ := v.([]any)
			if k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

const supportQuery = `query Support($id: ID!) {
  state(id: $id) {
    name
    supportReceived { totalCount edges { node { stance supporter { ... on State { id name } } evidence { communique { id date } } } } }
  }
}`

func TestPostWithVariables(t *testing.T) {
	r := post(t, map[string]any{"query": supportQuery, "variables": map[string]any{"id": "state:MA"}, "operationName": "Support"})
	if r.Status != 200 || len(r.Errors) != 0 {
		t.Fatalf("%d %s", r.Status, r.Raw)
	}
	if at(r.Data, "state", "name") != "Morocco" || at(r.Data, "state", "supportReceived", "totalCount") != 1.0 {
		t.Fatalf("state: %s", r.Raw)
	}
	node := at(r.Data, "state", "supportReceived", "edges", 0, "node")
	if at(node, "supporter", "id") != "state:KZ" || at(node, "stance") == nil || at(node, "evidence", 0, "communique", "id") != "seed" {
		t.Errorf("support: %s", r.Raw)
	}
}

func TestGetQuery(t *testing.T) {
	q := url.Values{"query": {`query($id: ID!) { node(id: $id) { id ... on Person { name } } }`}, "variables": {`{"id":"person:mukhtar-tleuberdi"}`}}
	resp, err := nethttp.Get(server(t).URL + "/graphql?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	r := read(t, resp)
	if r.Status != 200 || at(r.Data, "node", "name") != "Mukhtar Tleuberdi" {
		t.Fatalf("%d %s", r.Status, r.Raw)
	}
}

func TestAPQ(t *testing.T) {
	query := `{ state(iso2: "KZ") { id name } }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	if r := post(t, map[string]any{"extensions": ext}); r.code() != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("hash only before registration: %s", r.Raw)
	}
	if r := post(t, map[string]any{"query": query, "extensions": ext}); at(r.Data, "state", "id") != "state:KZ" {
		t.Fatalf("hash and query: %s", r.Raw)
	}
	if r := post(t, map[string]any{"extensions": ext}); at(r.Data, "state", "name") != "Kazakhstan" {
		t.Fatalf("hash only after registration: %s", r.Raw)
	}
}

func TestErrorCodes(t *testing.T) {
	deep := `{ state(id: "state:MA") { memberships { edges { node { organisation { members { edges { node { state { memberships { edges { node { organisation { name } } } } } } } } } } } } } }`
	for _, c := range []struct {
		name, query string
		status      int
		code        string
	}{
		{"unknown id", `{ node(id: "state:XX") { id } }`, 200, "NOT_FOUND"},
		{"malformed cursor", `{ entities(first: 2, after: "not-a-cursor") { edges { cursor } } }`, 200, "BAD_USER_INPUT"},
		{"first: 100000", `{ entities(first: 100000) { edges { node { id } } } }`, 422, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"first: 501", `{ entities(first: 501) { edges { cursor } } }`, 200, "BAD_USER_INPUT"},
		{"too deep", deep, 422, "DEPTH_LIMIT_EXCEEDED"},
		{"too complex", `{ entities(first: 500) { edges { node { mentionedIn(first: 500) { edges { node { id title } } } } } } }`, 422, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"syntax", `{ state(`, 422, "GRAPHQL_PARSE_FAILED"},
		{"unknown field", `{ nope }`, 422, "GRAPHQL_VALIDATION_FAILED"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, map[string]any{"query": c.query})
			if r.Status != c.status || r.code() != c.code {
				t.Errorf("status %d code %q, want %d %q: %s", r.Status, r.code(), c.status, c.code, r.Raw)
			}
			for _, leak := range []string{"MATCH ", "RETURN ", "goroutine ", "neo4j-go-driver"} {
				if strings.Contains(r.Raw, leak) {
					t.Errorf("response leaks %q: %s", leak, r.Raw)
				}
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	b, _ := json.Marshal(map[string]any{"query": "{ __typename }", "variables": map[string]any{"pad": strings.Repeat("x", 70<<10)}})
	resp, err := nethttp.Post(server(t).URL+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if r := read(t, resp); r.Status != 413 {
		t.Errorf("status %d: %s", r.Status, r.Raw)
	}
}

func TestCORS(t *testing.T) {
	for origin, want := range map[string]int{"https://viz.example.org": 204, "https://elsewhere.example.com": 403} {
		req, _ := nethttp.NewRequest(nethttp.MethodOptions, server(t).URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		allowed := resp.Header.Get("Access-Control-Allow-Origin")
		if resp.StatusCode != want || (want == 204) != (allowed == origin) {
			t.Errorf("preflight from %s: %d, Access-Control-Allow-Origin %q", origin, resp.StatusCode, allowed)
		}
	}
}

func TestProbes(t *testing.T) {
	for _, p := range []string{"/healthz", "/readyz", "/"} {
		resp, err := nethttp.Get(server(t).URL + p)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s: %d", p, resp.StatusCode)
		}
	}
}

// value unwraps networkx's typed attribute values.
func value(v any) any {
	if m, ok := v.(map[string]any); ok {
		if x, ok := m["value"]; ok {
			return x
		}
	}
	return v
}

func TestExport(t *testing.T) {
	// The who-supports-whom graph of the seed, and a neighborhood.
	queries := map[string]struct {
		query, field string
		nodes        []string
		edges        int
	}{
		"supportGraph": {`{ supportGraph { nodes { id type label properties } edges { id type source target properties } } }`, "supportGraph",
			[]string{"state:KZ", "position:MA:territorial-integrity", "state:MA"}, 2},
		"neighborhood": {`query($id: ID!) { around: neighborhood(id: $id, depth: 1) { nodes { id type label properties } edges { id type source target properties } } }`, "around",
			[]string{"person:mukhtar-tleuberdi", "state:KZ", "event:seed:1", "event:seed:3"}, 0},
	}
	for name, q := range queries {
		for _, f := range export.Formats {
			t.Run(name+"/"+f.String(), func(t *testing.T) {
				params := url.Values{"query": {q.query}, "format": {f.String()}, "variables": {`{"id":"person:mukhtar-tleuberdi"}`}}
				resp, err := nethttp.Get(server(t).URL + "/export?" + params.Encode())
				if err != nil {
					t.Fatal(err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					t.Fatalf("status %d: %s", resp.StatusCode, body)
				}
				if ct := resp.Header.Get("Content-Type"); ct != f.ContentType() {
					t.Errorf("Content-Type %q", ct)
				}
				if _, p, _ := mime.ParseMediaType(resp.Header.Get("Content-Disposition")); p["filename"] != q.field+f.Extension() {
					t.Errorf("Content-Disposition %q", resp.Header.Get("Content-Disposition"))
				}
				for _, c := range exporttest.ConsumersOf(f) {
					checkExport(t, c, name, q.nodes, q.edges, body)
				}
			})
		}
	}
}

func checkExport(t *testing.T, c exporttest.Consumer, name string, nodes []string, edges int, body []byte) {
	t.Helper()
	s := c.Read(t, body)
	for _, id := range nodes {
		if s.Nodes[id] == nil {
			t.Errorf("%s: node %s missing (have %d nodes)", c.Name, id, len(s.Nodes))
		}
	}
	if edges > 0 && len(s.Edges) != edges {
		t.Errorf("%s: %d edges, want %d", c.Name, len(s.Edges), edges)
	}
	if len(s.Edges) == 0 {
		t.Errorf("%s: no edges", c.Name)
	}
	for id, e := range s.Edges {
		src, _ := value(e["source"]).(string)
		dst, _ := value(e["target"]).(string)
		if s.Nodes[src] == nil || s.Nodes[dst] == nil {
			t.Errorf("%s: edge %s joins unknown nodes", c.Name, id)
		}
	}
	if name != "supportGraph" {
		return
	}
	var sup map[string]any
	for _, e := range s.Edges {
		if value(e["type"]) == "SUPPORTS" {
			sup = e
		}
	}
	if sup == nil || value(sup["source"]) != "state:KZ" || value(sup["stance"]) == nil {
		t.Errorf("%s: SUPPORTS edge: %v", c.Name, sup)
	}
	if c.Typed && c.Format == export.GEXF && (value(sup["start"]) != "2021-04-01" || value(sup["end"]) != "2021-04-30") {
		t.Errorf("GEXF spell of SUPPORTS: %v – %v", sup["start"], sup["end"])
	}
	if lbl := value(s.Nodes["state:KZ"]["label"]); lbl != "Kazakhstan" {
		t.Errorf("%s: label of state:KZ: %v", c.Name, lbl)
	}
}

func TestExportErrors(t *testing.T) {
	for _, c := range []struct {
		name   string
		params url.Values
		status int
		code   string
	}{
		{"unknown id", url.Values{"query": {`{ neighborhood(id: "state:XX") { nodes { id } edges { id source target } } }`}, "format": {"gexf"}}, 404, "NOT_FOUND"},
		{"bad format", url.Values{"query": {`{ supportGraph { nodes { id } edges { id source target } } }`}, "format": {"svg"}}, 400, "BAD_USER_INPUT"},
		{"no graph", url.Values{"query": {`{ state(id: "state:MA") { name } }`}, "format": {"graphml"}}, 400, "BAD_USER_INPUT"},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, err := nethttp.Get(server(t).URL + "/export?" + c.params.Encode())
			if err != nil {
				t.Fatal(err)
			}
			r := read(t, resp)
			if r.Status != c.status || r.code() != c.code {
				t.Errorf("status %d code %q, want %d %q: %s", r.Status, r.code(), c.status, c.code, r.Raw)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	env := neo4jtest.Require(t)
	store := neo4j.NewStore(env.Driver, neo4j.Config{Database: env.Database})
	ts := httptest.NewServer(dghttp.New(dghttp.Config{
		Schema: graph.NewSchema(store, graph.Options{}), ErrorPresenter: graph.ErrorPresenter,
		Timeout: time.Nanosecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}))
	defer ts.Close()
	b, _ := json.Marshal(map[string]any{"query": `{ state(id: "state:MA") { name } }`})
	resp, err := nethttp.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if r := read(t, resp); r.code() != "TIMEOUT" {
		t.Errorf("code %q: %s", r.code(), r.Raw)
	}
}
