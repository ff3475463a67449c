// Package export writes a diplograph.Graph (a neighborhood, a path, a
// who-supports-whom answer) in the formats of visualization tools:
//
//   - Cytoscape.js: the "elements" JSON that cytoscape({elements}) and
//     cy.json() read and write: {"elements":{"nodes":[{"data":{…}}],"edges":[…]}}.
//   - graphology: its serialization format, read by Graph.from(json):
//     {attributes, options:{type:"directed",multi:true,allowSelfLoops:true}, nodes:[{key,attributes}], edges:[{key,source,target,attributes}]}.
//   - GEXF 1.3 (Gephi): a dynamic graph (timeformat="date") whose edges carry
//     start and end dates so that Gephi's timeline shows facts appearing.
//   - GraphML: typed <key> declarations for every property.
//
// # Conventions shared by all formats
//
// Nodes are written sorted by id, edges sorted by id, properties sorted by
// name, so the output is deterministic. Node data carries id, label and type;
// edge data carries id, source, target and type (GEXF and GraphML also use the
// type as the edge label). A property whose name collides with one of those
// reserved names is written with a leading underscore ("_label"). Null
// properties, NaN and infinities are left out.
//
// In the JSON formats property values keep their JSON type (lists stay arrays).
// In GEXF and GraphML each property gets one declared type per element class
// (node or edge), inferred from all its values: boolean when every value is a
// boolean, integer ("integer"/"long" in GEXF, "int"/"long" in GraphML) when
// every value is an integer, double when every value is a number, string
// otherwise. Lists (and values of mixed types) are written as strings: lists
// JSON-encoded (["a","b"]), scalars in their plain text form.
//
// # Time (GEXF)
//
// An edge's "firstSeen" and "lastSeen" properties (dates YYYY, YYYY-MM or
// YYYY-MM-DD) become its start and end. Partial dates are expanded to the
// widest interval they denote: a start date to the first day of the period
// (2024 → 2024-01-01, 2024-05 → 2024-05-01), an end date to its last day
// (2024 → 2024-12-31, 2024-02 → 2024-02-29). A missing or unparseable bound
// leaves that side of the interval open. Nodes have no time bounds: they are
// visible at all times, and the edges appear and disappear on the timeline.
// Both dates also stay available as string attributes.
//
// # Ids
//
// Ids are written unchanged in every format, so that an element keeps the id
// the GraphQL API gives it. Relationship keys contain "|" and may contain
// spaces, which graphml.xsd's NMTOKEN type for ids does not allow: a strict
// XSD validation of the GraphML would flag them, while GraphML readers
// (networkx, graphology-graphml, igraph, Gephi, yEd) accept them.
//
// The graph is checked before anything is written: ids must be non-empty and
// unique across nodes and edges, and every edge must join two nodes of the
// graph; otherwise the writers return a diplograph.Error of kind Invalid.
package export
