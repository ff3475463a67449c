package export

import (
	"io"

	"diplograph"
)

// field is one key of a JSON object written in order.
type field struct {
	key string
	val any
}

// object writes a JSON object with fields in order, then props in their
// (sorted) order.
func (w *writer) object(fields []field, ps []prop) {
	w.str("{")
	for i, f := range fields {
		if i > 0 {
			w.str(",")
		}
		w.json(f.key)
		w.str(":")
		w.json(f.val)
	}
	for i, p := range ps {
		if i > 0 || len(fields) > 0 {
			w.str(",")
		}
		w.json(p.name)
		w.str(":")
		w.json(jsonValue(propAny(p.v)))
	}
	w.str("}")
}

// propAny returns a normalized value as a Go value (for jsonValue).
func propAny(v value) any {
	switch v.kind {
	case kBool:
		return v.b
	case kInt:
		return v.i
	case kFloat:
		return v.f
	case kString:
		return v.s
	}
	return v.j
}

// WriteCytoscape writes g as Cytoscape.js elements JSON:
//
//	{"elements":{"nodes":[{"data":{"id":…,"label":…,"type":…,…}}],
//	             "edges":[{"data":{"id":…,"source":…,"target":…,"type":…,…}}]}}
//
// which cytoscape({elements: json.elements}) and cy.json(json) read.
func WriteCytoscape(w io.Writer, g *diplograph.Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	out := newWriter(w)
	out.str(`{"elements":{"nodes":[`)
	for i, n := range p.nodes {
		if i > 0 {
			out.str(",")
		}
		out.str("\n")
		out.str(`{"data":`)
		out.object([]field{{"id", n.ID}, {"label", n.Label}, {"type", n.Type}}, props(n.Properties, nodeReserved))
		out.str("}")
	}
	out.str("\n],\"edges\":[")
	for i, e := range p.edges {
		if i > 0 {
			out.str(",")
		}
		out.str("\n")
		out.str(`{"data":`)
		out.object([]field{{"id", e.ID}, {"source", e.Source}, {"target", e.Target}, {"type", e.Type}, {"label", e.Type}},
			props(e.Properties, edgeReserved))
		out.str("}")
	}
	out.str("\n]}}\n")
	return out.flush()
}

// WriteGraphology writes g in graphology's serialization format, which
// Graph.from(json) (or graph.import(json)) reads:
//
//	{"attributes":{…},"options":{"type":"directed","multi":true,"allowSelfLoops":true},
//	 "nodes":[{"key":…,"attributes":{"label":…,"type":…,…}}],
//	 "edges":[{"key":…,"source":…,"target":…,"attributes":{"type":…,…}}]}
func WriteGraphology(w io.Writer, g *diplograph.Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	out := newWriter(w)
	out.str(`{"attributes":{"generator":"diplograph"},"options":{"type":"directed","multi":true,"allowSelfLoops":true},"nodes":[`)
	for i, n := range p.nodes {
		if i > 0 {
			out.str(",")
		}
		out.str("\n{")
		out.json("key")
		out.str(":")
		out.json(n.ID)
		out.str(`,"attributes":`)
		out.object([]field{{"label", n.Label}, {"type", n.Type}}, props(n.Properties, nodeReserved))
		out.str("}")
	}
	out.str("\n],\"edges\":[")
	for i, e := range p.edges {
		if i > 0 {
			out.str(",")
		}
		out.str("\n{")
		out.json("key")
		out.str(":")
		out.json(e.ID)
		out.str(`,"source":`)
		out.json(e.Source)
		out.str(`,"target":`)
		out.json(e.Target)
		out.str(`,"attributes":`)
		out.object([]field{{"type", e.Type}, {"label", e.Type}}, props(e.Properties, edgeReserved))
		out.str("}")
	}
	out.str("\n]}\n")
	return out.flush()
}
