package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"diplograph"
)

// esc writes s escaped for XML text or a double-quoted attribute value.
// Characters XML cannot represent are replaced by U+FFFD.
func (w *writer) esc(s string) {
	if w.err == nil {
		w.err = xml.EscapeText(w.bw, []byte(s))
	}
}

// attr writes ` name="value"`.
func (w *writer) attr(name, value string) {
	w.str(" ")
	w.str(name)
	w.str(`="`)
	w.esc(value)
	w.str(`"`)
}

// nodeProps and edgeProps return the normalized properties of every element,
// in element order, with the node type and edge type first-class attributes.
func (p *graph) nodeProps() [][]prop {
	out := make([][]prop, len(p.nodes))
	for i, n := range p.nodes {
		out[i] = props(n.Properties, nodeReserved)
	}
	return out
}

func (p *graph) edgeProps() [][]prop {
	out := make([][]prop, len(p.edges))
	for i, e := range p.edges {
		out[i] = props(e.Properties, edgeReserved)
	}
	return out
}

// withType prepends a "type" string attribute to the declarations.
func withType(decls []keyDecl) []keyDecl {
	return append([]keyDecl{{name: "type", typ: tString}}, decls...)
}

func declIndex(decls []keyDecl) map[string]int {
	m := make(map[string]int, len(decls))
	for i, d := range decls {
		m[d.name] = i
	}
	return m
}

var gexfTypes = [...]string{tBool: "boolean", tInt: "integer", tLong: "long", tDouble: "double", tString: "string"}

// WriteGEXF writes g as a GEXF 1.3 document for Gephi: a dynamic directed
// graph with timeformat="date" whose edges have start and end dates taken from
// their firstSeen and lastSeen properties (see the package documentation for
// partial dates), node and edge attributes declared with their types, and the
// edge type as both the edge label and its kind.
func WriteGEXF(w io.Writer, g *diplograph.Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	nps, eps := p.nodeProps(), p.edgeProps()
	ndecl, edecl := withType(declare(nps)), withType(declare(eps))
	nidx, eidx := declIndex(ndecl), declIndex(edecl)

	out := newWriter(w)
	out.str(xml.Header)
	out.str(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	out.str("  <meta>\n    <creator>diplograph</creator>\n" +
		"    <description>diplomatic relations knowledge graph</description>\n  </meta>\n")
	out.str(`  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">` + "\n")
	gexfDecls(out, "node", ndecl)
	gexfDecls(out, "edge", edecl)

	out.str("    <nodes>\n")
	for i, n := range p.nodes {
		out.str("      <node")
		out.attr("id", n.ID)
		out.attr("label", n.Label)
		out.str(">\n")
		gexfValues(out, n.Type, nps[i], ndecl, nidx)
		out.str("      </node>\n")
	}
	out.str("    </nodes>\n    <edges>\n")
	for i, e := range p.edges {
		out.str("      <edge")
		out.attr("id", e.ID)
		out.attr("source", e.Source)
		out.attr("target", e.Target)
		out.attr("label", e.Type)
		out.attr("kind", e.Type)
		start, end := edgeSpan(e)
		if start != "" {
			out.attr("start", start)
		}
		if end != "" {
			out.attr("end", end)
		}
		out.str(">\n")
		gexfValues(out, e.Type, eps[i], edecl, eidx)
		out.str("      </edge>\n")
	}
	out.str("    </edges>\n  </graph>\n</gexf>\n")
	return out.flush()
}

func gexfDecls(out *writer, class string, decls []keyDecl) {
	out.str(`    <attributes class="` + class + `" mode="static">` + "\n")
	for i, d := range decls {
		out.str("      <attribute")
		out.attr("id", strconv.Itoa(i))
		out.attr("title", d.name)
		out.attr("type", gexfTypes[d.typ])
		out.str("/>\n")
	}
	out.str("    </attributes>\n")
}

func gexfValues(out *writer, typ string, ps []prop, decls []keyDecl, idx map[string]int) {
	out.str("        <attvalues>\n")
	out.str(`          <attvalue for="0"`)
	out.attr("value", typ)
	out.str("/>\n")
	for _, pr := range ps {
		i := idx[pr.name]
		out.str(`          <attvalue for="` + strconv.Itoa(i) + `"`)
		out.attr("value", text(pr.v, decls[i].typ))
		out.str("/>\n")
	}
	out.str("        </attvalues>\n")
}

// edgeSpan returns the GEXF start and end of an edge ("" when unknown).
func edgeSpan(e *diplograph.GraphEdge) (start, end string) {
	if v, ok := normalize(e.Properties["firstSeen"]); ok && v.kind == kString {
		start, _ = spanStart(v.s)
	}
	if v, ok := normalize(e.Properties["lastSeen"]); ok && v.kind == kString {
		end, _ = spanEnd(v.s)
	}
	if start != "" && end != "" && end < start {
		end = "" // inconsistent bounds: keep the edge from its start on
	}
	return start, end
}

var graphmlTypes = [...]string{tBool: "boolean", tInt: "int", tLong: "long", tDouble: "double", tString: "string"}

// WriteGraphML writes g as GraphML: a directed graph (edgedefault="directed")
// with a typed <key> for every node and edge property (boolean, int, long,
// double or string; lists are JSON-encoded strings), plus the string keys
// "label" and "type" for nodes and "type" for edges.
func WriteGraphML(w io.Writer, g *diplograph.Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	nps, eps := p.nodeProps(), p.edgeProps()
	ndecl := append([]keyDecl{{name: "label", typ: tString}}, withType(declare(nps))...)
	edecl := withType(declare(eps))
	nidx, eidx := declIndex(ndecl), declIndex(edecl)

	out := newWriter(w)
	out.str(xml.Header)
	out.str(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for i, d := range ndecl {
		out.str(`  <key id="n` + strconv.Itoa(i) + `" for="node"`)
		out.attr("attr.name", d.name)
		out.attr("attr.type", graphmlTypes[d.typ])
		out.str("/>\n")
	}
	for i, d := range edecl {
		out.str(`  <key id="e` + strconv.Itoa(i) + `" for="edge"`)
		out.attr("attr.name", d.name)
		out.attr("attr.type", graphmlTypes[d.typ])
		out.str("/>\n")
	}
	out.str(`  <graph id="G" edgedefault="directed">` + "\n")
	for i, n := range p.nodes {
		out.str("    <node")
		out.attr("id", n.ID)
		out.str(">\n")
		graphmlData(out, "n0", n.Label)
		graphmlData(out, "n1", n.Type)
		for _, pr := range nps[i] {
			k := nidx[pr.name]
			graphmlData(out, "n"+strconv.Itoa(k), text(pr.v, ndecl[k].typ))
		}
		out.str("    </node>\n")
	}
	for i, e := range p.edges {
		out.str("    <edge")
		out.attr("id", e.ID)
		out.attr("source", e.Source)
		out.attr("target", e.Target)
		out.str(">\n")
		graphmlData(out, "e0", e.Type)
		for _, pr := range eps[i] {
			k := eidx[pr.name]
			graphmlData(out, "e"+strconv.Itoa(k), text(pr.v, edecl[k].typ))
		}
		out.str("    </edge>\n")
	}
	out.str("  </graph>\n</graphml>\n")
	return out.flush()
}

func graphmlData(out *writer, key, value string) {
	out.str(`      <data key="` + key + `">`)
	out.esc(value)
	out.str("</data>\n")
}
