package export_test

import (
	"fmt"
	"io"
	"testing"

	"diplograph"
	"diplograph/export"
)

// benchGraph is a graph of n nodes and 2n edges with typical properties.
func benchGraph(n int) *diplograph.Graph {
	g := &diplograph.Graph{}
	for i := range n {
		g.Nodes = append(g.Nodes, diplograph.GraphNode{ID: fmt.Sprintf("state:%05d", i), Type: "State", Label: fmt.Sprintf("State %d", i),
			Properties: map[string]any{"iso2": "XX", "name": fmt.Sprintf("State %d", i), "aliases": []any{"a", "b"}}})
	}
	for i := range 2 * n {
		g.Edges = append(g.Edges, diplograph.GraphEdge{ID: fmt.Sprintf("SUPPORTS|%d", i), Type: "SUPPORTS",
			Source: g.Nodes[i%n].ID, Target: g.Nodes[(i*7+1)%n].ID,
			Properties: map[string]any{"stance": "support", "firstSeen": "2021-04", "lastSeen": "2024-05-07",
				"sources": []any{"c1", "c2"}, "confidence": 0.9}})
	}
	return g
}

func BenchmarkWrite(b *testing.B) {
	g := benchGraph(5000)
	for _, f := range export.Formats {
		b.Run(f.String(), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := export.Write(io.Discard, f, g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
