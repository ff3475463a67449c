package diplograph

// Graph is a graph-shaped answer for visualization front ends: the nodes and
// edges of a neighborhood, a path or a who-supports-whom query. Ids are stable
// (FORMAT ids for nodes, relationship keys for edges) and unique across nodes
// and edges, so they map one-to-one onto Cytoscape.js elements, graphology
// keys, GEXF and GraphML ids.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is a node of a Graph. Type is the entity type (State, Person…).
// Properties hold scalar values and lists of scalars; dates are strings
// (YYYY, YYYY-MM or YYYY-MM-DD).
type GraphNode struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	Label      string         `json:"label"`
	Properties map[string]any `json:"properties,omitempty"`
}

// GraphEdge is a directed edge of a Graph. Type is the relation type
// (SUPPORTS…). Properties include "firstSeen" and "lastSeen" when known, the
// dates of the earliest and latest communiqué asserting the edge, which
// exporters use as time spells.
type GraphEdge struct {
	ID         string         `json:"id"`
	Type       string         `json:"type"`
	Source     string         `json:"source"`
	Target     string         `json:"target"`
	Properties map[string]any `json:"properties,omitempty"`
}
