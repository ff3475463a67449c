package export

import (
	"fmt"
	"io"
	"strings"

	"diplograph"
)

// Format is an export format.
type Format int

// The export formats.
const (
	Cytoscape  Format = iota + 1 // Cytoscape.js elements JSON
	Graphology                   // graphology serialization JSON
	GEXF                         // GEXF 1.3, dynamic
	GraphML                      // GraphML with typed keys
)

// Formats lists every format, in a stable order.
var Formats = []Format{Cytoscape, Graphology, GEXF, GraphML}

// ParseFormat parses a format name: cytoscape, graphology, gexf or graphml
// (case-insensitive; "cytoscape.js" and "cyjs" are accepted for Cytoscape).
// An unknown name is a diplograph.Error of kind Invalid.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "cytoscape", "cytoscape.js", "cytoscapejs", "cyjs":
		return Cytoscape, nil
	case "graphology":
		return Graphology, nil
	case "gexf":
		return GEXF, nil
	case "graphml":
		return GraphML, nil
	}
	return 0, diplograph.Errorf("export", diplograph.Invalid,
		"unknown format %q (want cytoscape, graphology, gexf or graphml)", s)
}

// String returns the name ParseFormat accepts.
func (f Format) String() string {
	switch f {
	case Cytoscape:
		return "cytoscape"
	case Graphology:
		return "graphology"
	case GEXF:
		return "gexf"
	case GraphML:
		return "graphml"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ContentType is the media type to serve the format with.
func (f Format) ContentType() string {
	switch f {
	case Cytoscape, Graphology:
		return "application/json; charset=utf-8"
	case GEXF:
		return "application/gexf+xml; charset=utf-8"
	case GraphML:
		return "application/graphml+xml; charset=utf-8"
	}
	return "application/octet-stream"
}

// Extension is the usual file name extension, with its dot (".cyjs" for
// Cytoscape, as Cytoscape desktop names its JSON; ".json" for graphology).
func (f Format) Extension() string {
	switch f {
	case Cytoscape:
		return ".cyjs"
	case Graphology:
		return ".json"
	case GEXF:
		return ".gexf"
	case GraphML:
		return ".graphml"
	}
	return ""
}

// Write writes g to w in format f.
func Write(w io.Writer, f Format, g *diplograph.Graph) error {
	switch f {
	case Cytoscape:
		return WriteCytoscape(w, g)
	case Graphology:
		return WriteGraphology(w, g)
	case GEXF:
		return WriteGEXF(w, g)
	case GraphML:
		return WriteGraphML(w, g)
	}
	return diplograph.Errorf("export", diplograph.Invalid, "unknown format %v", f)
}
