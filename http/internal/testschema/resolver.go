package testschema

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"diplograph"
)

// MaxFirst is the largest "first" the list fields accept.
const MaxFirst = 500

// Secret appears in the message of an internal error: tests check it never
// reaches a client.
const Secret = "MATCH (n:Secret) RETURN n"

// New returns the executable test schema. Its complexity functions weight
// list fields by their "first" argument, like the real schema.
func New() graphql.ExecutableSchema {
	cfg := Config{Resolvers: &root{}}
	weighted := func(child int, first *int) int {
		n := 10
		if first != nil {
			n = *first
		}
		return max(n, 1) * (child + 1)
	}
	cfg.Complexity.Query.Items = weighted
	cfg.Complexity.Item.Children = weighted
	return NewExecutableSchema(cfg)
}

type root struct{}

type itemResolver struct{}

func (r *root) Item() ItemResolver         { return itemResolver{} }
func (r *root) Mutation() MutationResolver { return r }
func (r *root) Query() QueryResolver       { return queryResolver{} }

type queryResolver struct{}

func (r *root) Touch(ctx context.Context) (string, error) { return "touched", nil }

func (queryResolver) Hello(ctx context.Context, name string) (string, error) {
	return "hello " + name, nil
}

func (queryResolver) Item(ctx context.Context, id string) (*Item, error) {
	if !strings.HasPrefix(id, "item:") {
		return nil, diplograph.Errorf("item", diplograph.NotFound, "no node %q", id)
	}
	return &Item{ID: id, Name: strings.ToUpper(id)}, nil
}

func (queryResolver) Items(ctx context.Context, first *int) ([]Item, error) {
	return children("item:", first)
}

func (itemResolver) Child(ctx context.Context, obj *Item) (*Item, error) {
	return &Item{ID: obj.ID + ".0", Name: obj.Name + ".0"}, nil
}

func (itemResolver) Children(ctx context.Context, obj *Item, first *int) ([]Item, error) {
	return children(obj.ID+".", first)
}

func children(prefix string, first *int) ([]Item, error) {
	n := 10
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxFirst {
		return nil, diplograph.Errorf("items", diplograph.Invalid, "first must be between 0 and %d, got %d", MaxFirst, n)
	}
	out := make([]Item, min(n, 3))
	for i := range out {
		out[i] = Item{ID: prefix + strconv.Itoa(i), Name: "item " + strconv.Itoa(i)}
	}
	return out, nil
}

// Graph is the graph the "graph" field returns.
func Graph() *diplograph.Graph {
	return &diplograph.Graph{
		Nodes: []diplograph.GraphNode{
			{ID: "state:KZ", Type: "State", Label: "Kazakhstan", Properties: map[string]any{"iso2": "KZ", "population": 20000000}},
			{ID: "position:MA:territorial-integrity", Type: "Position", Label: "Territorial integrity of Morocco & <co>",
				Properties: map[string]any{"topic": "territorial-integrity"}},
			{ID: "state:MA", Type: "State", Label: "Morocco", Properties: map[string]any{"iso2": "MA"}},
		},
		Edges: []diplograph.GraphEdge{
			{ID: "SUPPORTS|state:KZ|position:MA:territorial-integrity", Type: "SUPPORTS", Source: "state:KZ",
				Target: "position:MA:territorial-integrity", Properties: map[string]any{
					"stance": "support", "firstSeen": "2024-05", "lastSeen": "2024-05-07",
					"sources": []any{"c1", "c2"}, "confidence": 0.9,
				}},
			{ID: "CONCERNS|position:MA:territorial-integrity|state:MA", Type: "CONCERNS",
				Source: "position:MA:territorial-integrity", Target: "state:MA"},
		},
	}
}

func (queryResolver) Graph(ctx context.Context) (*diplograph.Graph, error) { return Graph(), nil }

func (queryResolver) BrokenGraph(ctx context.Context) (*diplograph.Graph, error) {
	g := Graph()
	g.Nodes = g.Nodes[:1]
	return g, nil
}

func (queryResolver) Slow(ctx context.Context) (string, error) {
	select {
	case <-ctx.Done():
		return "", fmt.Errorf("slow: %w", ctx.Err())
	case <-time.After(time.Minute):
		return "done", nil
	}
}

func (queryResolver) Boom(ctx context.Context) (*string, error) {
	return nil, errors.New("neo4j: syntax error in " + Secret)
}

func (queryResolver) Crash(ctx context.Context) (*string, error) {
	panic("crash: " + Secret)
}

func (queryResolver) Invalid(ctx context.Context, arg string) (*string, error) {
	return nil, diplograph.Errorf("invalid", diplograph.Invalid, "bad argument %q", arg)
}
