// Package exporttest parses exports back with real consumers, for tests: the
// npm packages cytoscape and graphology (run by node) and the Python package
// networkx. scripts/test-deps.sh installs them into export/testdata/consumers.
//
// When a consumer is missing, ReadBack skips the test with a message saying how
// to install it, except when CI=true, where it fails the test.
package exporttest

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"diplograph/export"
)

// Summary is what a consumer saw: node and edge attributes by id (edges also
// carry "source" and "target") and facts about the parsed graph (counts,
// directedness…). For networkx, every attribute is {"type": <Python type
// name>, "value": <value>}, so tests can check the decoded types.
type Summary struct {
	Nodes map[string]map[string]any `json:"nodes"`
	Edges map[string]map[string]any `json:"edges"`
	Info  map[string]any            `json:"info"`
}

// Dir returns the folder of the consumers (export/testdata/consumers).
func Dir(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "export", "testdata", "consumers")
		}
		if filepath.Dir(d) == d {
			t.Fatalf("exporttest: no go.mod above %s", wd)
		}
	}
}

// missing skips the test (fails it when CI=true) because a consumer is missing.
func missing(t testing.TB, what string) {
	t.Helper()
	msg := "exporttest: " + what + " is missing; install the export consumers with scripts/test-deps.sh (make test-deps)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// Python returns a python interpreter that can import networkx: the one in
// $DIPLOGRAPH_PYTHON, the consumers' .venv, or python3.
func Python(t testing.TB) string {
	t.Helper()
	var candidates []string
	if p := os.Getenv("DIPLOGRAPH_PYTHON"); p != "" {
		candidates = append(candidates, p)
	}
	candidates = append(candidates, filepath.Join(Dir(t), ".venv", "bin", "python"), "python3")
	for _, p := range candidates {
		if exec.Command(p, "-c", "import networkx").Run() == nil {
			return p
		}
	}
	missing(t, "Python with networkx")
	return ""
}

// Node returns the path of node, with cytoscape and graphology installed.
func Node(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node")
	}
	dir := Dir(t)
	for _, pkg := range []string{"cytoscape", "graphology"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg, "package.json")); err != nil {
			missing(t, "npm package "+pkg)
		}
	}
	return node
}

// ReadBack parses data, an export in format f, with its real consumer:
// cytoscape (headless) for Cytoscape, graphology's Graph.from for Graphology,
// networkx.read_gexf for GEXF and networkx.read_graphml for GraphML. A parse
// failure fails the test.
func ReadBack(t testing.TB, f export.Format, data []byte) *Summary {
	t.Helper()
	dir := Dir(t)
	file := filepath.Join(t.TempDir(), "graph"+f.Extension())
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var cmd *exec.Cmd
	switch f {
	case export.Cytoscape, export.Graphology:
		cmd = exec.Command(Node(t), filepath.Join(dir, "read.js"), f.String(), file)
	case export.GEXF, export.GraphML:
		cmd = exec.Command(Python(t), filepath.Join(dir, "read.py"), f.String(), file)
	default:
		t.Fatalf("exporttest: no consumer for %v", f)
	}
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("exporttest: the %v consumer rejected the export: %v\n%s", f, err, strings.TrimSpace(stderr.String()))
	}
	var s Summary
	dec := json.NewDecoder(&stdout)
	dec.UseNumber()
	if err := dec.Decode(&s); err != nil {
		t.Fatalf("exporttest: bad output of the %v consumer: %v", f, err)
	}
	return &s
}
