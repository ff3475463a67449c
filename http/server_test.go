package http_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"diplograph/export"
	"diplograph/export/exporttest"
	dghttp "diplograph/http"
	"diplograph/http/internal/testschema"
)

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newServer starts a test server over the test schema.
func newServer(t *testing.T, mod func(*dghttp.Config)) (*httptest.Server, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	cfg := dghttp.Config{
		Schema:        testschema.New(),
		Introspection: true,
		Logger:        slog.New(slog.NewJSONHandler(logs, nil)),
	}
	if mod != nil {
		mod(&cfg)
	}
	ts := httptest.NewServer(dghttp.New(cfg))
	t.Cleanup(ts.Close)
	return ts, logs
}

// gqlResponse is a GraphQL response as a client reads it.
type gqlResponse struct {
	Status int
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Raw string
}

func (r *gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func decode(t *testing.T, resp *nethttp.Response) *gqlResponse {
	t.Helper()
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	out := &gqlResponse{Status: resp.StatusCode, Raw: string(body)}
	if err := json.Unmarshal(body, out); err != nil {
		t.Fatalf("status %d, not JSON: %v: %s", resp.StatusCode, err, body)
	}
	return out
}

// post sends a GraphQL request as JSON.
func post(t *testing.T, ts *httptest.Server, req map[string]any) *gqlResponse {
	t.Helper()
	body, _ := json.Marshal(req)
	resp, err := nethttp.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return decode(t, resp)
}

func get(t *testing.T, ts *httptest.Server, path string, params url.Values) *nethttp.Response {
	t.Helper()
	u := ts.URL + path
	if params != nil {
		u += "?" + params.Encode()
	}
	resp, err := nethttp.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestPostAndGet(t *testing.T) {
	ts, logs := newServer(t, nil)
	r := post(t, ts, map[string]any{
		"query":         `query Greet($n: String!) { hello(name: $n) item(id: "item:1") { id name } }`,
		"variables":     map[string]any{"n": "Rabat"},
		"operationName": "Greet",
	})
	if r.Status != 200 || r.Data["hello"] != "hello Rabat" || len(r.Errors) != 0 {
		t.Fatalf("POST: %d %s", r.Status, r.Raw)
	}
	g := decode(t, get(t, ts, "/graphql", url.Values{"query": {`{ hello }`}}))
	if g.Status != 200 || g.Data["hello"] != "hello world" {
		t.Fatalf("GET: %d %s", g.Status, g.Raw)
	}
	// Mutations are not allowed over GET.
	m := decode(t, get(t, ts, "/graphql", url.Values{"query": {`mutation { touch }`}}))
	if m.Status == 200 || len(m.Errors) == 0 {
		t.Errorf("GET mutation: %d %s", m.Status, m.Raw)
	}
	// The request log names the operation: its name, else its root fields.
	if r := post(t, ts, map[string]any{"query": `query Named { hello }`}); r.Data["hello"] != "hello world" {
		t.Fatalf("named: %s", r.Raw)
	}
	ops := map[string]bool{}
	for _, line := range strings.Split(logs.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) != nil || rec["msg"] != "http request" {
			continue
		}
		if _, ok := rec["duration"]; !ok || rec["path"] != "/graphql" || rec["status"] == nil {
			t.Errorf("incomplete request log: %s", line)
		}
		if op, ok := rec["operation"].(string); ok {
			ops[rec["method"].(string)+" "+op] = true
		}
	}
	for _, want := range []string{"POST Greet", "GET query{hello}", "POST Named"} {
		if !ops[want] {
			t.Errorf("no request log for %q; logged %v", want, ops)
		}
	}
}

func TestAPQ(t *testing.T) {
	ts, _ := newServer(t, nil)
	query := `{ hello(name: "APQ") }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}

	r := post(t, ts, map[string]any{"extensions": ext})
	if r.code() != "PERSISTED_QUERY_NOT_FOUND" || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("hash only, first time: %s", r.Raw)
	}
	r = post(t, ts, map[string]any{"query": query, "extensions": ext})
	if r.Data["hello"] != "hello APQ" {
		t.Fatalf("hash and query: %s", r.Raw)
	}
	r = post(t, ts, map[string]any{"extensions": ext})
	if r.Data["hello"] != "hello APQ" {
		t.Fatalf("hash only, after: %s", r.Raw)
	}
	// GET with the hash in the extensions parameter.
	e, _ := json.Marshal(ext)
	g := decode(t, get(t, ts, "/graphql", url.Values{"extensions": {string(e)}}))
	if g.Data["hello"] != "hello APQ" {
		t.Fatalf("GET hash only: %s", g.Raw)
	}
	// A wrong hash for a query is rejected.
	bad := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": strings.Repeat("0", 64)}}
	if r := post(t, ts, map[string]any{"query": query, "extensions": bad}); len(r.Errors) == 0 {
		t.Errorf("wrong hash accepted: %s", r.Raw)
	}
}

func TestErrorCodes(t *testing.T) {
	ts, logs := newServer(t, func(c *dghttp.Config) { c.Timeout = 300 * time.Millisecond })
	for _, c := range []struct {
		name, query string
		status      int
		code        string
	}{
		{"unknown id", `{ item(id: "state:XX") { id } }`, 200, "NOT_FOUND"},
		{"bad argument", `{ invalid(arg: "x") }`, 200, "BAD_USER_INPUT"},
		{"first over the cap", `{ items(first: 501) { id } }`, 200, "BAD_USER_INPUT"},
		{"first: 100000", `{ items(first: 100000) { id } }`, 422, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"too complex", `{ items(first: 200) { children(first: 200) { id } } }`, 422, "COMPLEXITY_LIMIT_EXCEEDED"},
		{"too deep", `{ item(id: "item:1") { child { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } } } }`, 422, "DEPTH_LIMIT_EXCEEDED"},
		{"too deep through fragments", `{ item(id: "item:1") { ...A } } fragment A on Item { child { child { child { ...B } } } } fragment B on Item { child { child { child { child { child { child { child { child { id } } } } } } } } }`, 422, "DEPTH_LIMIT_EXCEEDED"},
		{"syntax error", `{ hello(`, 422, "GRAPHQL_PARSE_FAILED"},
		{"unknown field", `{ nope }`, 422, "GRAPHQL_VALIDATION_FAILED"},
		{"internal error", `{ boom }`, 200, "INTERNAL"},
		{"panic", `{ crash }`, 200, "INTERNAL"},
		{"timeout", `{ slow }`, 200, "TIMEOUT"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := post(t, ts, map[string]any{"query": c.query})
			if r.Status != c.status || r.code() != c.code {
				t.Fatalf("status %d code %q, want %d %q: %s", r.Status, r.code(), c.status, c.code, r.Raw)
			}
			if strings.Contains(r.Raw, testschema.Secret) || strings.Contains(r.Raw, "goroutine") {
				t.Errorf("response leaks internals: %s", r.Raw)
			}
		})
	}
	// The limit errors say what the limit is.
	r := post(t, ts, map[string]any{"query": `{ items(first: 100000) { id } }`})
	if r.Errors[0].Extensions["limit"] != float64(dghttp.DefaultMaxComplexity) || r.Errors[0].Extensions["actual"] != 200000.0 {
		t.Errorf("complexity extensions: %v", r.Errors[0].Extensions)
	}
	// Under the complexity limit passes (100 × (50 × 2 + 1) = 10100).
	if r := post(t, ts, map[string]any{"query": `{ items(first: 100) { children(first: 50) { id } } }`}); len(r.Errors) != 0 {
		t.Errorf("complexity 10100 rejected: %s", r.Raw)
	}
	// Just under the depth limit passes.
	ok := post(t, ts, map[string]any{"query": `{ item(id: "item:1") { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } } }`})
	if len(ok.Errors) != 0 {
		t.Errorf("depth %d rejected: %s", dghttp.DefaultMaxDepth, ok.Raw)
	}
	// Internal errors and panics are logged with their cause, for operators.
	if !strings.Contains(logs.String(), testschema.Secret) {
		t.Errorf("internal error not logged")
	}
}

func TestIntrospection(t *testing.T) {
	// GraphiQL's introspection query nests ofType deeply: it must pass the depth limit.
	q := `query IntrospectionQuery { __schema { queryType { name } types { kind name fields(includeDeprecated: true) { name args { name type { ...TypeRef } } type { ...TypeRef } } } } }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }`
	on, _ := newServer(t, nil)
	if r := post(t, on, map[string]any{"query": q}); len(r.Errors) != 0 || r.Data["__schema"] == nil {
		t.Fatalf("introspection on: %s", r.Raw[:min(len(r.Raw), 500)])
	}
	off, _ := newServer(t, func(c *dghttp.Config) { c.Introspection = false })
	if r := post(t, off, map[string]any{"query": q}); len(r.Errors) == 0 {
		t.Fatalf("introspection off: answered")
	}
}

func TestBodyLimit(t *testing.T) {
	ts, _ := newServer(t, func(c *dghttp.Config) { c.MaxBodyBytes = 1000 })
	big, _ := json.Marshal(map[string]any{"query": "{ hello }", "variables": map[string]any{"pad": strings.Repeat("x", 2000)}})
	resp, err := nethttp.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	if r := decode(t, resp); r.Status != 413 || r.code() != "BAD_USER_INPUT" {
		t.Errorf("large body: %d %s", r.Status, r.Raw)
	}
	// Without Content-Length (chunked), the limit holds too.
	resp, err = nethttp.Post(ts.URL+"/graphql", "application/json", io.MultiReader(bytes.NewReader(big)))
	if err != nil {
		t.Fatal(err)
	}
	if r := decode(t, resp); r.Status != 413 {
		t.Errorf("large chunked body: %d %s", r.Status, r.Raw)
	}
	// A body under the limit passes.
	if r := post(t, ts, map[string]any{"query": "{ hello }"}); r.Data["hello"] != "hello world" {
		t.Errorf("small body: %s", r.Raw)
	}
	if resp := get(t, ts, "/graphql", url.Values{"query": {"{ hello }" + strings.Repeat(" ", 2000)}}); resp.StatusCode != 414 {
		t.Errorf("long query string: %d", resp.StatusCode)
	}
}

func TestCORS(t *testing.T) {
	ts, _ := newServer(t, func(c *dghttp.Config) { c.CORSOrigins = []string{"https://viz.example.org"} })
	preflight := func(origin string) *nethttp.Response {
		req, _ := nethttp.NewRequest(nethttp.MethodOptions, ts.URL+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	ok := preflight("https://viz.example.org")
	if ok.StatusCode != 204 || ok.Header.Get("Access-Control-Allow-Origin") != "https://viz.example.org" ||
		!strings.Contains(ok.Header.Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.Contains(strings.ToLower(ok.Header.Get("Access-Control-Allow-Headers")), "content-type") {
		t.Errorf("allowed preflight: %d %v", ok.StatusCode, ok.Header)
	}
	denied := preflight("https://evil.example.com")
	if denied.StatusCode != 403 || denied.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("denied preflight: %d %v", denied.StatusCode, denied.Header)
	}
	request := func(origin string) *nethttp.Response {
		req, _ := nethttp.NewRequest(nethttp.MethodPost, ts.URL+"/graphql", strings.NewReader(`{"query":"{ hello }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Origin", origin)
		resp, err := nethttp.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if h := request("https://viz.example.org").Header.Get("Access-Control-Allow-Origin"); h != "https://viz.example.org" {
		t.Errorf("allowed origin: Access-Control-Allow-Origin %q", h)
	}
	if h := request("https://evil.example.com").Header.Get("Access-Control-Allow-Origin"); h != "" {
		t.Errorf("other origin: Access-Control-Allow-Origin %q", h)
	}
	// Default: no cross-origin access at all.
	def, _ := newServer(t, nil)
	ts = def
	if r := preflight("https://viz.example.org"); r.StatusCode != 403 {
		t.Errorf("default preflight: %d", r.StatusCode)
	}
}

func TestProbesAndGraphiQL(t *testing.T) {
	var fail bool
	var mu sync.Mutex
	ts, _ := newServer(t, func(c *dghttp.Config) {
		c.Ready = func(ctx context.Context) error {
			mu.Lock()
			defer mu.Unlock()
			if fail {
				return errors.New("dial tcp 127.0.0.1:7687: connection refused")
			}
			return nil
		}
	})
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/": 200, "/nope": 404} {
		if resp := get(t, ts, path, nil); resp.StatusCode != want {
			t.Errorf("GET %s: %d, want %d", path, resp.StatusCode, want)
		}
	}
	mu.Lock()
	fail = true
	mu.Unlock()
	resp := get(t, ts, "/readyz", nil)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 503 || strings.Contains(string(body), "7687") {
		t.Errorf("readyz when down: %d %s", resp.StatusCode, body)
	}
	if resp := get(t, ts, "/healthz", nil); resp.StatusCode != 200 {
		t.Errorf("healthz when the database is down: %d", resp.StatusCode)
	}
	page, _ := io.ReadAll(get(t, ts, "/", nil).Body)
	if !strings.Contains(strings.ToLower(string(page)), "graphiql") || !strings.Contains(string(page), "/graphql") {
		t.Errorf("GraphiQL page: %.200s", page)
	}
}

// exportGet runs /export and returns the response and its body.
func exportGet(t *testing.T, ts *httptest.Server, params url.Values) (*nethttp.Response, []byte) {
	t.Helper()
	resp := get(t, ts, "/export", params)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

func TestExport(t *testing.T) {
	ts, _ := newServer(t, nil)
	query := `query G($x: String!) { hello(name: $x) viz: graph { nodes { id type label properties } edges { id type source target properties } } }`
	for _, f := range export.Formats {
		t.Run(f.String(), func(t *testing.T) {
			resp, body := exportGet(t, ts, url.Values{"query": {query}, "variables": {`{"x":"y"}`}, "format": {f.String()}})
			if resp.StatusCode != 200 {
				t.Fatalf("status %d: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != f.ContentType() {
				t.Errorf("Content-Type %q, want %q", ct, f.ContentType())
			}
			_, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
			if err != nil || params["filename"] != "viz"+f.Extension() {
				t.Errorf("Content-Disposition %q", resp.Header.Get("Content-Disposition"))
			}
			for _, c := range exporttest.ConsumersOf(f) {
				checkExport(t, c, body)
			}
		})
	}
}

func checkExport(t *testing.T, c exporttest.Consumer, body []byte) {
	t.Helper()
	want := testschema.Graph()
	s := c.Read(t, body)
	if len(s.Nodes) != len(want.Nodes) || len(s.Edges) != len(want.Edges) {
		t.Fatalf("%s saw %d nodes, %d edges", c.Name, len(s.Nodes), len(s.Edges))
	}
	for _, n := range want.Nodes {
		got := s.Nodes[n.ID]
		if got == nil || value(got["label"]) != n.Label || value(got["type"]) != n.Type {
			t.Errorf("%s: node %s: %v", c.Name, n.ID, got)
		}
	}
	for _, e := range want.Edges {
		got := s.Edges[e.ID]
		if got == nil || value(got["source"]) != e.Source || value(got["target"]) != e.Target {
			t.Errorf("%s: edge %s: %v", c.Name, e.ID, got)
		}
	}
	sup := s.Edges["SUPPORTS|state:KZ|position:MA:territorial-integrity"]
	if v := value(sup["stance"]); v != "support" {
		t.Errorf("%s: stance %v", c.Name, v)
	}
	if c.Typed && c.Format == export.GEXF && (value(sup["start"]) != "2024-05-01" || value(sup["end"]) != "2024-05-07") {
		t.Errorf("GEXF spell %v %v", sup["start"], sup["end"])
	}
}

// value unwraps networkx's typed values.
func value(v any) any {
	if m, ok := v.(map[string]any); ok {
		if x, ok := m["value"]; ok {
			return x
		}
	}
	return v
}

func TestExportErrors(t *testing.T) {
	ts, _ := newServer(t, nil)
	graph := `{ graph { nodes { id type label } edges { id type source target } } }`
	for _, c := range []struct {
		name   string
		params url.Values
		status int
		code   string
	}{
		{"unknown format", url.Values{"query": {graph}, "format": {"dot"}}, 400, "BAD_USER_INPUT"},
		{"no graph", url.Values{"query": {`{ hello }`}, "format": {"gexf"}}, 400, "BAD_USER_INPUT"},
		{"node without id", url.Values{"query": {`{ graph { nodes { label } edges { id source target } } }`}, "format": {"gexf"}}, 400, "BAD_USER_INPUT"},
		{"dangling edge", url.Values{"query": {`{ brokenGraph { nodes { id } edges { id source target } } }`}, "format": {"graphml"}}, 400, "BAD_USER_INPUT"},
		{"bad variables", url.Values{"query": {graph}, "variables": {"{"}, "format": {"gexf"}}, 400, "BAD_USER_INPUT"},
		{"resolver error", url.Values{"query": {`{ item(id: "x") { id } graph { nodes { id } edges { id source target } } }`}, "format": {"gexf"}}, 404, "NOT_FOUND"},
		{"parse error", url.Values{"query": {`{ graph {`}, "format": {"gexf"}}, 422, "GRAPHQL_PARSE_FAILED"},
		{"depth limit", url.Values{"query": {`{ item(id: "item:1") { child { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } } } }`}, "format": {"gexf"}}, 422, "DEPTH_LIMIT_EXCEEDED"},
		{"mutation", url.Values{"query": {`mutation { touch }`}, "format": {"gexf"}}, 405, "BAD_USER_INPUT"},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, body := exportGet(t, ts, c.params)
			var r gqlResponse
			if err := json.Unmarshal(body, &r); err != nil {
				t.Fatalf("status %d, not JSON: %s", resp.StatusCode, body)
			}
			r.Raw = string(body)
			if resp.StatusCode != c.status || r.code() != c.code {
				t.Errorf("status %d code %q, want %d %q: %s", resp.StatusCode, r.code(), c.status, c.code, body)
			}
			if resp.Header.Get("Content-Disposition") != "" {
				t.Errorf("error served as an attachment")
			}
		})
	}
}

// TestExportPersistedQuery exports a query registered through /graphql by
// its hash alone: /export shares the APQ cache.
func TestExportPersistedQuery(t *testing.T) {
	ts, _ := newServer(t, nil)
	query := `{ graph { nodes { id type label } edges { id type source target } } }`
	sum := sha256.Sum256([]byte(query))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	e, _ := json.Marshal(ext)
	resp, body := exportGet(t, ts, url.Values{"extensions": {string(e)}, "format": {"graphml"}})
	if resp.StatusCode == 200 {
		t.Fatalf("unknown hash exported: %s", body)
	}
	if r := post(t, ts, map[string]any{"query": query, "extensions": ext}); len(r.Errors) != 0 {
		t.Fatalf("registering: %s", r.Raw)
	}
	resp, body = exportGet(t, ts, url.Values{"extensions": {string(e)}, "format": {"graphml"}})
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if s := exporttest.ReadBack(t, export.GraphML, body); len(s.Nodes) != 3 || len(s.Edges) != 2 {
		t.Errorf("%d nodes, %d edges", len(s.Nodes), len(s.Edges))
	}
}
