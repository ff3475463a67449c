package export_test

import (
	"os"

	"diplograph"
	"diplograph/export"
)

func Example() {
	g := &diplograph.Graph{
		Nodes: []diplograph.GraphNode{
			{ID: "state:KZ", Type: "State", Label: "Kazakhstan"},
			{ID: "position:MA:territorial-integrity", Type: "Position", Label: "Territorial integrity of Morocco"},
		},
		Edges: []diplograph.GraphEdge{{
			ID: "SUPPORTS|state:KZ|position:MA:territorial-integrity", Type: "SUPPORTS",
			Source: "state:KZ", Target: "position:MA:territorial-integrity",
			Properties: map[string]any{"stance": "support", "firstSeen": "2021-04"},
		}},
	}
	f, err := export.ParseFormat("cytoscape")
	if err != nil {
		panic(err)
	}
	if err := export.Write(os.Stdout, f, g); err != nil {
		panic(err)
	}
	// Output:
	// {"elements":{"nodes":[
	// {"data":{"id":"position:MA:territorial-integrity","label":"Territorial integrity of Morocco","type":"Position"}},
	// {"data":{"id":"state:KZ","label":"Kazakhstan","type":"State"}}
	// ],"edges":[
	// {"data":{"id":"SUPPORTS|state:KZ|position:MA:territorial-integrity","source":"state:KZ","target":"position:MA:territorial-integrity","type":"SUPPORTS","label":"SUPPORTS","firstSeen":"2021-04","stance":"support"}}
	// ]}}
}
