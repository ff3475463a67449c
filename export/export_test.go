package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"diplograph"
	"diplograph/export"
	"diplograph/export/exporttest"
)

// fixture is a small graph with what exporters get wrong: characters to
// escape, control characters, accents and non-Latin scripts, ints beyond 32
// bits, ints and floats under one name, lists, a null, names colliding with
// reserved ones, parallel edges, a self-loop, partial dates and edges without
// dates. Its elements are deliberately not sorted by id.
func fixture() *diplograph.Graph {
	return &diplograph.Graph{
		Nodes: []diplograph.GraphNode{
			{ID: "state:MA", Type: "State", Label: "Morocco", Properties: map[string]any{
				"iso2": "MA", "population": 37000000, "area": 446550.5, "member": true, "score": 3,
			}},
			{ID: "person:kz-tleuberdi", Type: "Person", Label: `Mukhtar "M." Tleuberdi <FM> & 'co'`, Properties: map[string]any{
				"aliases": []string{"Тлеуберди", "Tleuberdi"}, "label": "clash", "type": "clash too",
				"note": "line one\nline two\ttab", "ctl": "a\x01b", "missing": nil,
			}},
			{ID: "state:KZ", Type: "State", Label: "Kazakhstan (Қазақстан)", Properties: map[string]any{
				"iso2": "KZ", "population": int64(19_000_000_000), "member": false, "score": 2.5,
				"aliases": []any{"Kazakstan", "Qazaqstan"},
			}},
			{ID: "position:MA:territorial-integrity", Type: "Position", Label: "Territorial integrity of Morocco", Properties: map[string]any{
				"topic": "territorial-integrity",
			}},
		},
		Edges: []diplograph.GraphEdge{
			{ID: "SUPPORTS|state:KZ|position:MA:territorial-integrity", Type: "SUPPORTS",
				Source: "state:KZ", Target: "position:MA:territorial-integrity", Properties: map[string]any{
					"stance": "support", "firstSeen": "2024", "lastSeen": "2024-02",
					"sources": []string{"c1", "c2"}, "confidence": 0.9, "count": 2,
				}},
			{ID: "MET|state:KZ|state:MA", Type: "MET", Source: "state:KZ", Target: "state:MA", Properties: map[string]any{
				"firstSeen": "2023-05-07", "lastSeen": "2024-01-15", "confidence": 1, "source": "clash", "target": "clash",
			}},
			{ID: "CALLED|state:KZ|state:MA", Type: "CALLED", Source: "state:KZ", Target: "state:MA", Properties: map[string]any{
				"firstSeen": "2022-12",
			}},
			{ID: "HOLDS_OFFICE|person:kz-tleuberdi|state:KZ|Minister of Foreign Affairs", Type: "HOLDS_OFFICE",
				Source: "person:kz-tleuberdi", Target: "state:KZ", Properties: map[string]any{"role": "Minister of Foreign Affairs & Deputy PM"}},
			{ID: "SELF|state:MA|state:MA", Type: "SELF", Source: "state:MA", Target: "state:MA"},
		},
	}
}

func write(t *testing.T, f export.Format, g *diplograph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(&buf, f, g); err != nil {
		t.Fatalf("Write %v: %v", f, err)
	}
	return buf.Bytes()
}

func TestParseFormat(t *testing.T) {
	for _, f := range export.Formats {
		got, err := export.ParseFormat(strings.ToUpper(f.String()))
		if err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %v, %v", f.String(), got, err)
		}
		if f.ContentType() == "application/octet-stream" || !strings.HasPrefix(f.Extension(), ".") {
			t.Errorf("%v: content type %q, extension %q", f, f.ContentType(), f.Extension())
		}
	}
	if _, err := export.ParseFormat("dot"); diplograph.KindOf(err) != diplograph.Invalid {
		t.Errorf("ParseFormat(dot) error = %v, want kind Invalid", err)
	}
}

func TestInvalidGraph(t *testing.T) {
	n := func(id string) diplograph.GraphNode { return diplograph.GraphNode{ID: id, Type: "State", Label: id} }
	e := func(id, s, d string) diplograph.GraphEdge {
		return diplograph.GraphEdge{ID: id, Type: "MET", Source: s, Target: d}
	}
	for name, g := range map[string]*diplograph.Graph{
		"duplicate node":   {Nodes: []diplograph.GraphNode{n("a"), n("a")}},
		"empty node id":    {Nodes: []diplograph.GraphNode{n("")}},
		"duplicate edge":   {Nodes: []diplograph.GraphNode{n("a")}, Edges: []diplograph.GraphEdge{e("x", "a", "a"), e("x", "a", "a")}},
		"node and edge id": {Nodes: []diplograph.GraphNode{n("a")}, Edges: []diplograph.GraphEdge{e("a", "a", "a")}},
		"dangling edge":    {Nodes: []diplograph.GraphNode{n("a")}, Edges: []diplograph.GraphEdge{e("x", "a", "b")}},
		"empty edge id":    {Nodes: []diplograph.GraphNode{n("a")}, Edges: []diplograph.GraphEdge{e("", "a", "a")}},
	} {
		for _, f := range export.Formats {
			var buf bytes.Buffer
			err := export.Write(&buf, f, g)
			if diplograph.KindOf(err) != diplograph.Invalid {
				t.Errorf("%s, %v: error %v, want kind Invalid", name, f, err)
			}
			if buf.Len() != 0 {
				t.Errorf("%s, %v: wrote %d bytes before failing", name, f, buf.Len())
			}
		}
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	g := bigGraph(500)
	for _, f := range export.Formats {
		if err := export.Write(&failWriter{n: 40000}, f, g); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%v: error %v, want disk full", f, err)
		}
	}
}

// bigGraph is a chain of n nodes.
func bigGraph(n int) *diplograph.Graph {
	g := &diplograph.Graph{}
	for i := range n {
		g.Nodes = append(g.Nodes, diplograph.GraphNode{ID: fmt.Sprintf("n%d", i), Type: "State", Label: strings.Repeat("x", 50)})
		if i > 0 {
			g.Edges = append(g.Edges, diplograph.GraphEdge{ID: fmt.Sprintf("e%d", i), Type: "MET",
				Source: fmt.Sprintf("n%d", i-1), Target: fmt.Sprintf("n%d", i)})
		}
	}
	return g
}

func TestDeterministic(t *testing.T) {
	for _, f := range export.Formats {
		a := write(t, f, fixture())
		g := fixture()
		slices.Reverse(g.Nodes)
		slices.Reverse(g.Edges)
		b := write(t, f, g)
		if !bytes.Equal(a, b) {
			t.Errorf("%v: output depends on element order", f)
		}
	}
}

func TestEmptyGraph(t *testing.T) {
	for _, f := range export.Formats {
		for _, g := range []*diplograph.Graph{nil, {}} {
			data := write(t, f, g)
			if f == export.GEXF || f == export.GraphML {
				wellFormed(t, data)
			} else if !json.Valid(data) {
				t.Errorf("%v: invalid JSON %s", f, data)
			}
		}
	}
}

func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("not well-formed XML: %v", err)
			}
			return
		}
	}
}

// The expected view of the fixture, per element: attribute → value as a JSON
// consumer sees it. XML consumers see lists as JSON text.
var wantNodes = map[string]map[string]any{
	"state:MA":                          {"label": "Morocco", "type": "State", "iso2": "MA", "population": 37000000, "area": 446550.5, "member": true, "score": 3},
	"person:kz-tleuberdi":               {"label": `Mukhtar "M." Tleuberdi <FM> & 'co'`, "type": "Person", "aliases": []any{"Тлеуберди", "Tleuberdi"}, "_label": "clash", "_type": "clash too", "note": "line one\nline two\ttab"},
	"state:KZ":                          {"label": "Kazakhstan (Қазақстан)", "type": "State", "population": 19_000_000_000, "member": false, "score": 2.5, "aliases": []any{"Kazakstan", "Qazaqstan"}},
	"position:MA:territorial-integrity": {"label": "Territorial integrity of Morocco", "type": "Position", "topic": "territorial-integrity"},
}

var wantEdges = map[string]map[string]any{
	"SUPPORTS|state:KZ|position:MA:territorial-integrity": {"source": "state:KZ", "target": "position:MA:territorial-integrity", "type": "SUPPORTS",
		"stance": "support", "sources": []any{"c1", "c2"}, "confidence": 0.9, "count": 2, "firstSeen": "2024", "lastSeen": "2024-02"},
	"MET|state:KZ|state:MA":    {"source": "state:KZ", "target": "state:MA", "type": "MET", "confidence": 1, "_source": "clash", "_target": "clash"},
	"CALLED|state:KZ|state:MA": {"source": "state:KZ", "target": "state:MA", "type": "CALLED"},
	"HOLDS_OFFICE|person:kz-tleuberdi|state:KZ|Minister of Foreign Affairs": {"source": "person:kz-tleuberdi", "target": "state:KZ", "type": "HOLDS_OFFICE",
		"role": "Minister of Foreign Affairs & Deputy PM"},
	"SELF|state:MA|state:MA": {"source": "state:MA", "target": "state:MA", "type": "SELF"},
}

// wantSpans are the GEXF start/end of the fixture's edges.
var wantSpans = map[string][2]string{
	"SUPPORTS|state:KZ|position:MA:territorial-integrity": {"2024-01-01", "2024-02-29"},
	"MET|state:KZ|state:MA":                               {"2023-05-07", "2024-01-15"},
	"CALLED|state:KZ|state:MA":                            {"2022-12-01", ""},
}

// same compares a consumer's value with the expected one, numbers by value.
func same(got, want any) bool {
	if n, ok := got.(json.Number); ok {
		f, err := n.Float64()
		if err != nil {
			return false
		}
		switch w := want.(type) {
		case int:
			return f == float64(w)
		case float64:
			return math.Abs(f-w) < 1e-12
		}
		return false
	}
	if l, ok := got.([]any); ok {
		wl, ok := want.([]any)
		if !ok || len(l) != len(wl) {
			return false
		}
		for i := range l {
			if !same(l[i], wl[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(got, want)
}

// checkJSONConsumer checks what cytoscape or graphology saw; xml is true
// for graphology's GEXF and GraphML parsers, which see lists as JSON text and
// control characters replaced.
func checkJSONConsumer(t *testing.T, s *exporttest.Summary, xml bool) {
	t.Helper()
	if len(s.Nodes) != len(wantNodes) || len(s.Edges) != len(wantEdges) {
		t.Fatalf("consumer saw %d nodes, %d edges; want %d, %d", len(s.Nodes), len(s.Edges), len(wantNodes), len(wantEdges))
	}
	for id, want := range wantNodes {
		got, ok := s.Nodes[id]
		if !ok {
			t.Errorf("node %q missing", id)
			continue
		}
		if _, ok := got["missing"]; ok {
			t.Errorf("node %q: null property written", id)
		}
		for k, w := range want {
			if !same(got[k], asText(w, xml)) {
				t.Errorf("node %q: %s = %#v, want %#v", id, k, got[k], w)
			}
		}
	}
	for id, want := range wantEdges {
		got, ok := s.Edges[id]
		if !ok {
			t.Errorf("edge %q missing", id)
			continue
		}
		for k, w := range want {
			if !same(got[k], asText(w, xml)) {
				t.Errorf("edge %q: %s = %#v, want %#v", id, k, got[k], w)
			}
		}
	}
	wantCtl := "a\x01b"
	if xml {
		wantCtl = "a\uFFFDb"
	}
	if got := s.Nodes["person:kz-tleuberdi"]["ctl"]; got != wantCtl {
		t.Errorf("control character: %q", got)
	}
}

// asText returns lists as the JSON text XML formats hold, when xml is true.
func asText(v any, xml bool) any {
	if l, ok := v.([]any); ok && xml {
		b, _ := json.Marshal(l)
		return string(b)
	}
	return v
}

func TestGraphologyXMLConsumers(t *testing.T) {
	for _, f := range []export.Format{export.GEXF, export.GraphML} {
		for _, c := range exporttest.ConsumersOf(f) {
			if c.Typed {
				continue // networkx: see TestNetworkx*
			}
			t.Run(c.Name, func(t *testing.T) {
				s := c.Read(t, write(t, f, fixture()))
				checkJSONConsumer(t, s, true)
				if s.Info["type"] != "directed" || s.Info["multi"] != true {
					t.Errorf("%s graph: %v", c.Name, s.Info)
				}
			})
		}
	}
}

func TestCytoscapeConsumer(t *testing.T) {
	s := exporttest.ReadBack(t, export.Cytoscape, write(t, export.Cytoscape, fixture()))
	checkJSONConsumer(t, s, false)
	for k, want := range map[string]int{"nodes": 4, "edges": 5, "loops": 1, "roundTripNodes": 4, "roundTripEdges": 5} {
		if !same(s.Info[k], want) {
			t.Errorf("cytoscape %s = %v, want %d", k, s.Info[k], want)
		}
	}
}

func TestGraphologyConsumer(t *testing.T) {
	s := exporttest.ReadBack(t, export.Graphology, write(t, export.Graphology, fixture()))
	checkJSONConsumer(t, s, false)
	if s.Info["type"] != "directed" || s.Info["multi"] != true || s.Info["allowSelfLoops"] != true {
		t.Errorf("graphology graph: %v", s.Info)
	}
}

// pyTypes are the Python types networkx must decode, per attribute name.
var pyTypes = map[string]string{
	"label": "str", "type": "str", "iso2": "str", "population": "int", "area": "float", "member": "bool",
	"score": "float", "aliases": "str", "note": "str", "_label": "str", "_type": "str",
	"stance": "str", "sources": "str", "confidence": "float", "count": "int", "firstSeen": "str", "lastSeen": "str",
	"_source": "str", "_target": "str", "role": "str", "topic": "str",
}

// checkNetworkx checks what networkx saw of a GEXF or GraphML export.
func checkNetworkx(t *testing.T, s *exporttest.Summary) {
	t.Helper()
	if len(s.Nodes) != len(wantNodes) || len(s.Edges) != len(wantEdges) {
		t.Fatalf("networkx saw %d nodes, %d edges; want %d, %d", len(s.Nodes), len(s.Edges), len(wantNodes), len(wantEdges))
	}
	if s.Info["directed"] != true || s.Info["multigraph"] != true {
		t.Errorf("networkx graph: %v", s.Info)
	}
	check := func(what, id string, got map[string]any, want map[string]any) {
		for k, w := range want {
			if k == "source" || k == "target" {
				if got[k] != w {
					t.Errorf("%s %q: %s = %v, want %v", what, id, k, got[k], w)
				}
				continue
			}
			tv, _ := got[k].(map[string]any)
			if tv == nil {
				t.Errorf("%s %q: no attribute %s", what, id, k)
				continue
			}
			if l, ok := w.([]any); ok { // lists are JSON text
				b, _ := json.Marshal(l)
				w = string(b)
			}
			if !same(tv["value"], w) || tv["type"] != pyTypes[k] {
				t.Errorf("%s %q: %s = %v (%v), want %#v (%s)", what, id, k, tv["value"], tv["type"], w, pyTypes[k])
			}
		}
	}
	for id, want := range wantNodes {
		got, ok := s.Nodes[id]
		if !ok {
			t.Errorf("node %q missing", id)
			continue
		}
		check("node", id, got, want)
		if _, ok := got["missing"]; ok {
			t.Errorf("node %q: null property written", id)
		}
	}
	for id, want := range wantEdges {
		got, ok := s.Edges[id]
		if !ok {
			t.Errorf("edge %q missing", id)
			continue
		}
		check("edge", id, got, want)
	}
	if v := s.Nodes["person:kz-tleuberdi"]["ctl"].(map[string]any)["value"]; v != "a\uFFFDb" {
		t.Errorf("control character written as %q, want U+FFFD", v)
	}
}

func TestNetworkxGEXF(t *testing.T) {
	s := exporttest.ReadBack(t, export.GEXF, write(t, export.GEXF, fixture()))
	checkNetworkx(t, s)
	if s.Info["graph"].(map[string]any)["mode"] != "dynamic" {
		t.Errorf("GEXF mode: %v", s.Info["graph"])
	}
	for id := range wantEdges {
		e := s.Edges[id]
		span := wantSpans[id]
		for i, k := range []string{"start", "end"} {
			var got any
			if tv, ok := e[k].(map[string]any); ok {
				got = tv["value"]
			}
			if span[i] == "" && got != nil || span[i] != "" && got != span[i] {
				t.Errorf("edge %q: %s = %v, want %q", id, k, got, span[i])
			}
		}
		if tv, _ := e["label"].(map[string]any); tv == nil || tv["value"] != wantEdges[id]["type"] {
			t.Errorf("edge %q: label %v", id, e["label"])
		}
	}
}

func TestNetworkxGraphML(t *testing.T) {
	s := exporttest.ReadBack(t, export.GraphML, write(t, export.GraphML, fixture()))
	checkNetworkx(t, s)
}
