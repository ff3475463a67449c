// Package exporttest parses exports back with real consumers, for tests: the
// npm packages cytoscape, graphology, graphology-gexf and graphology-graphml
// (run by node) and the Python package networkx. scripts/test-deps.sh installs them into export/testdata/consumers.
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

// Node returns the path of node, with the npm consumers installed.
func Node(t testing.TB) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		missing(t, "node")
	}
	dir := Dir(t)
	for _, pkg := range []string{"cytoscape", "graphology", "graphology-gexf", "graphology-graphml"} {
		if _, err := os.Stat(filepath.Join(dir, "node_modules", pkg, "package.json")); err != nil {
			missing(t, "npm package "+pkg)
		}
	}
	return node
}

// Consumer is a real program that reads one export format.
type Consumer struct {
	// Name says which library reads the export: cytoscape, graphology,
	// networkx, graphology-gexf or graphology-graphml.
	Name string
	// Format is the format it reads.
	Format export.Format
	// Typed is true when the consumer's Summary wraps every attribute as
	// {"type": <Python type name>, "value": <value>} (networkx).
	Typed bool
	// Python tells whether the consumer runs on Python (else node).
	Python bool
}

// Consumers lists every consumer: cytoscape (headless) for Cytoscape,
// graphology's Graph.from for Graphology, networkx.read_gexf and
// graphology-gexf for GEXF, networkx.read_graphml and graphology-graphml for
// GraphML.
var Consumers = []Consumer{
	{Name: "cytoscape", Format: export.Cytoscape},
	{Name: "graphology", Format: export.Graphology},
	{Name: "networkx", Format: export.GEXF, Typed: true, Python: true},
	{Name: "graphology-gexf", Format: export.GEXF},
	{Name: "networkx", Format: export.GraphML, Typed: true, Python: true},
	{Name: "graphology-graphml", Format: export.GraphML},
}

// ConsumersOf returns the consumers of format f, the main one first.
func ConsumersOf(f export.Format) []Consumer {
	var out []Consumer
	for _, c := range Consumers {
		if c.Format == f {
			out = append(out, c)
		}
	}
	return out
}

// ReadBack parses data, an export in format f, with the main consumer of f
// (cytoscape, graphology, networkx for GEXF and GraphML).
func ReadBack(t testing.TB, f export.Format, data []byte) *Summary {
	t.Helper()
	cs := ConsumersOf(f)
	if len(cs) == 0 {
		t.Fatalf("exporttest: no consumer for %v", f)
	}
	return cs[0].Read(t, data)
}

// Read parses data with the consumer. A parse failure fails the test.
func (c Consumer) Read(t testing.TB, data []byte) *Summary {
	t.Helper()
	dir := Dir(t)
	file := filepath.Join(t.TempDir(), "graph"+c.Format.Extension())
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var cmd *exec.Cmd
	if c.Python {
		cmd = exec.Command(Python(t), filepath.Join(dir, "read.py"), c.Format.String(), file)
	} else {
		cmd = exec.Command(Node(t), filepath.Join(dir, "read.js"), c.Format.String(), file)
	}
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("exporttest: %s rejected the %v export: %v\n%s", c.Name, c.Format, err, strings.TrimSpace(stderr.String()))
	}
	var s Summary
	dec := json.NewDecoder(&stdout)
	dec.UseNumber()
	if err := dec.Decode(&s); err != nil {
		t.Fatalf("exporttest: bad output of %s: %v", c.Name, err)
	}
	return &s
}
