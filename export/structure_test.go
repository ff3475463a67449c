package export_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strconv"
	"testing"

	"diplograph/export"
)

type gexfDoc struct {
	XMLName xml.Name `xml:"http://gexf.net/1.3 gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		Mode       string `xml:"mode,attr"`
		EdgeType   string `xml:"defaultedgetype,attr"`
		TimeFormat string `xml:"timeformat,attr"`
		Attributes []struct {
			Class string `xml:"class,attr"`
			Attrs []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID     string     `xml:"id,attr"`
			Label  string     `xml:"label,attr"`
			Values []attvalue `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			ID     string     `xml:"id,attr"`
			Source string     `xml:"source,attr"`
			Target string     `xml:"target,attr"`
			Start  string     `xml:"start,attr"`
			End    string     `xml:"end,attr"`
			Values []attvalue `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

type attvalue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// lexicalOK says whether v is a valid literal of a GEXF/GraphML type.
func lexicalOK(typ, v string) bool {
	var err error
	switch typ {
	case "boolean":
		_, err = strconv.ParseBool(v)
		return err == nil && (v == "true" || v == "false")
	case "integer", "int":
		_, err = strconv.ParseInt(v, 10, 32)
	case "long":
		_, err = strconv.ParseInt(v, 10, 64)
	case "double", "float":
		_, err = strconv.ParseFloat(v, 64)
	case "string":
	default:
		return false
	}
	return err == nil
}

func TestGEXFStructure(t *testing.T) {
	data := write(t, export.GEXF, fixture())
	wellFormed(t, data)
	var doc gexfDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	g := doc.Graph
	if doc.Version != "1.3" || g.Mode != "dynamic" || g.EdgeType != "directed" || g.TimeFormat != "date" {
		t.Errorf("gexf header: version %q mode %q defaultedgetype %q timeformat %q", doc.Version, g.Mode, g.EdgeType, g.TimeFormat)
	}
	types := map[string]map[string]string{} // class → id → type
	titles := map[string]map[string]string{}
	for _, a := range g.Attributes {
		types[a.Class], titles[a.Class] = map[string]string{}, map[string]string{}
		for _, d := range a.Attrs {
			if _, dup := types[a.Class][d.ID]; dup {
				t.Errorf("%s attribute id %q declared twice", a.Class, d.ID)
			}
			types[a.Class][d.ID], titles[a.Class][d.Title] = d.Type, d.Type
		}
	}
	for title, typ := range map[string]string{"population": "long", "area": "double", "member": "boolean", "score": "double", "aliases": "string", "type": "string"} {
		if titles["node"][title] != typ {
			t.Errorf("node attribute %q declared %q, want %q", title, titles["node"][title], typ)
		}
	}
	for title, typ := range map[string]string{"confidence": "double", "count": "integer", "sources": "string", "firstSeen": "string"} {
		if titles["edge"][title] != typ {
			t.Errorf("edge attribute %q declared %q, want %q", title, titles["edge"][title], typ)
		}
	}
	nodes := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = true
		for _, v := range n.Values {
			if typ, ok := types["node"][v.For]; !ok || !lexicalOK(typ, v.Value) {
				t.Errorf("node %q: attvalue for=%q value %q (declared %q)", n.ID, v.For, v.Value, typ)
			}
		}
	}
	if len(g.Nodes) != 4 || len(g.Edges) != 5 {
		t.Fatalf("%d nodes, %d edges", len(g.Nodes), len(g.Edges))
	}
	for _, e := range g.Edges {
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %q joins unknown nodes", e.ID)
		}
		if span := wantSpans[e.ID]; e.Start != span[0] || e.End != span[1] {
			t.Errorf("edge %q: start %q end %q, want %q", e.ID, e.Start, e.End, span)
		}
		for _, v := range e.Values {
			if typ, ok := types["edge"][v.For]; !ok || !lexicalOK(typ, v.Value) {
				t.Errorf("edge %q: attvalue for=%q value %q (declared %q)", e.ID, v.For, v.Value, typ)
			}
		}
	}
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []data `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []data `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type data struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func TestGraphMLStructure(t *testing.T) {
	raw := write(t, export.GraphML, fixture())
	wellFormed(t, raw)
	var doc graphmlDoc
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	keys := map[string]string{}  // id → type
	names := map[string]string{} // for/name → type
	for _, k := range doc.Keys {
		if _, dup := keys[k.ID]; dup {
			t.Errorf("key %q declared twice", k.ID)
		}
		keys[k.ID] = k.Type
		names[k.For+"/"+k.Name] = k.Type
	}
	for name, typ := range map[string]string{"node/label": "string", "node/type": "string", "node/population": "long",
		"node/area": "double", "node/member": "boolean", "edge/type": "string", "edge/count": "int", "edge/confidence": "double"} {
		if names[name] != typ {
			t.Errorf("key %s declared %q, want %q", name, names[name], typ)
		}
	}
	if len(doc.Graph.Nodes) != 4 || len(doc.Graph.Edges) != 5 {
		t.Fatalf("%d nodes, %d edges", len(doc.Graph.Nodes), len(doc.Graph.Edges))
	}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if typ, ok := keys[d.Key]; !ok || !lexicalOK(typ, d.Value) {
				t.Errorf("node %q: data key %q value %q (declared %q)", n.ID, d.Key, d.Value, typ)
			}
		}
	}
	for _, e := range doc.Graph.Edges {
		for _, d := range e.Data {
			if typ, ok := keys[d.Key]; !ok || !lexicalOK(typ, d.Value) {
				t.Errorf("edge %q: data key %q value %q (declared %q)", e.ID, d.Key, d.Value, typ)
			}
		}
	}
}

func TestCytoscapeShape(t *testing.T) {
	var doc struct {
		Elements struct {
			Nodes []struct {
				Data map[string]any `json:"data"`
			} `json:"nodes"`
			Edges []struct {
				Data map[string]any `json:"data"`
			} `json:"edges"`
		} `json:"elements"`
	}
	dec := json.NewDecoder(bytes.NewReader(write(t, export.Cytoscape, fixture())))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Elements.Nodes) != 4 || len(doc.Elements.Edges) != 5 {
		t.Fatalf("%d nodes, %d edges", len(doc.Elements.Nodes), len(doc.Elements.Edges))
	}
	if id := doc.Elements.Nodes[0].Data["id"]; id != "person:kz-tleuberdi" {
		t.Errorf("first node %v, want nodes sorted by id", id)
	}
	for _, e := range doc.Elements.Edges {
		for _, k := range []string{"id", "source", "target", "type"} {
			if _, ok := e.Data[k].(string); !ok {
				t.Errorf("edge data without %s: %v", k, e.Data)
			}
		}
	}
}

func TestGraphologyShape(t *testing.T) {
	var doc struct {
		Attributes map[string]any `json:"attributes"`
		Options    struct {
			Type           string `json:"type"`
			Multi          bool   `json:"multi"`
			AllowSelfLoops bool   `json:"allowSelfLoops"`
		} `json:"options"`
		Nodes []struct {
			Key        string         `json:"key"`
			Attributes map[string]any `json:"attributes"`
		} `json:"nodes"`
		Edges []struct {
			Key        string         `json:"key"`
			Source     string         `json:"source"`
			Target     string         `json:"target"`
			Attributes map[string]any `json:"attributes"`
		} `json:"edges"`
	}
	dec := json.NewDecoder(bytes.NewReader(write(t, export.Graphology, fixture())))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Options.Type != "directed" || !doc.Options.Multi || !doc.Options.AllowSelfLoops {
		t.Errorf("options %+v", doc.Options)
	}
	if len(doc.Nodes) != 4 || len(doc.Edges) != 5 || doc.Edges[0].Key == "" || doc.Edges[0].Source == "" {
		t.Errorf("graphology: %d nodes, %d edges", len(doc.Nodes), len(doc.Edges))
	}
}
