package graph

// Regenerate graph/generated.go, graph/model/models_gen.go and the resolver
// stubs from ../schema.graphqls and ../gqlgen.yml.
//go:generate sh -c "cd .. && go run github.com/99designs/gqlgen generate"
