// Package graph is diplograph's GraphQL API: the executable schema generated
// by gqlgen from ../schema.graphqls (generated.go, model/models_gen.go), its
// resolvers (*.resolvers.go, kept thin) and the helpers they share: per-request
// batch loading (one Cypher query per nesting level), keyset pagination,
// complexity weights and the error presenter.
//
// The HTTP server builds its handler around NewSchema and plugs in
// ErrorPresenter and, through the schema's Complexity method, the weights of
// Complexity (extension.FixedComplexityLimit).
package graph

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"diplograph"
	"diplograph/neo4j"
)

// Options configures the schema.
type Options struct {
	// QueryTimeout bounds each Cypher query (default 10s).
	QueryTimeout time.Duration
	// BatchWait is how long a batch loader waits for sibling resolvers
	// before querying, when it cannot tell how many will come (default 2ms).
	BatchWait time.Duration
}

func (o Options) withDefaults() Options {
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = 10 * time.Second
	}
	if o.BatchWait <= 0 {
		o.BatchWait = 2 * time.Millisecond
	}
	return o
}

// Paging limits.
const (
	DefaultFirst = 50  // page size when `first` is omitted
	MaxFirst     = 500 // largest `first` accepted
)

// NewSchema returns the executable schema of the API over store.
func NewSchema(store *neo4j.Store, opts Options) graphql.ExecutableSchema {
	return NewSchemaReader(store, opts)
}

// NewSchemaReader returns the executable schema over any diplograph.Reader.
func NewSchemaReader(rd diplograph.Reader, opts Options) graphql.ExecutableSchema {
	opts = opts.withDefaults()
	r := &Resolver{store: rd, opts: opts}
	es := NewExecutableSchema(Config{Resolvers: r})
	return &executable{ExecutableSchema: es, r: r}
}

// executable wraps the generated schema: it installs the per-request batch
// loaders in the context and applies the complexity weights.
type executable struct {
	graphql.ExecutableSchema
	r *Resolver
}

// Exec runs an operation with fresh per-request loaders.
func (e *executable) Exec(ctx context.Context) graphql.ResponseHandler {
	l := newLoaders(e.r.opts.BatchWait)
	h := e.ExecutableSchema.Exec(withLoaders(ctx, l))
	return func(ctx context.Context) *graphql.Response { return h(withLoaders(ctx, l)) }
}

// Complexity applies Complexity, falling back to the generated defaults.
func (e *executable) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if c, ok := Complexity(ctx, typeName, field, child, args); ok {
		return c, true
	}
	return e.ExecutableSchema.Complexity(ctx, typeName, field, child, args)
}

// Complexity weights fields by the size of what they return: a connection
// costs 1 + first × (its selection's complexity) with first defaulting to 50;
// search likewise; neighborhood costs depth × limit/10 × selection, path
// maxHops × selection, supportGraph limit/10 × selection. Other fields use
// gqlgen's default (1 + selection). It reports false for fields it leaves to
// the default.
func Complexity(_ context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	n := func(name string, def int) int {
		switch v := args[name].(type) {
		case *int:
			if v != nil {
				return max(*v, 1)
			}
		case int:
			return max(v, 1)
		case int64:
			return max(int(v), 1)
		case float64:
			return max(int(v), 1)
		case json.Number:
			if i, err := v.Int64(); err == nil {
				return max(int(i), 1)
			}
		}
		return def
	}
	if typeName == "Query" {
		switch field {
		case "neighborhood":
			return 1 + n("depth", 1)*max(n("limit", 200)/10, 1)*child, true
		case "path":
			return 1 + n("maxHops", 4)*child, true
		case "supportGraph":
			return 1 + max(n("limit", 500)/10, 1)*child, true
		}
	}
	if _, ok := args["first"]; ok {
		return 1 + n("first", DefaultFirst)*child, true
	}
	return 0, false
}

// Error codes of extensions.code.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeTimeout      = "TIMEOUT"
	CodeInternal     = "INTERNAL"
)

// ErrorPresenter maps errors to GraphQL errors with extensions.code from
// their diplograph.Kind: Invalid → BAD_USER_INPUT, NotFound → NOT_FOUND,
// Timeout → TIMEOUT, anything else → INTERNAL with a generic message (the
// cause, which may hold Cypher, is logged with slog, never returned).
// Errors gqlgen already coded (parse, validation, complexity) pass unchanged.
func ErrorPresenter(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	var de *diplograph.Error
	if !errors.As(err, &de) {
		if gerr.Extensions != nil && gerr.Extensions["code"] != nil {
			return gerr
		}
		if gerr.Rule != "" || gerr.Err == nil {
			// gqlgen's own errors (validation rules, invalid null…).
			if gerr.Extensions == nil {
				gerr.Extensions = map[string]any{}
			}
			if gerr.Rule != "" {
				gerr.Extensions["code"] = "GRAPHQL_VALIDATION_FAILED"
			} else {
				gerr.Extensions["code"] = CodeInternal
			}
			return gerr
		}
	}
	out := &gqlerror.Error{Path: gerr.Path, Locations: gerr.Locations, Extensions: map[string]any{}}
	switch kind := diplograph.KindOf(err); kind {
	case diplograph.Invalid:
		out.Message = userMessage(err, kind)
		out.Extensions["code"] = CodeBadUserInput
	case diplograph.NotFound:
		out.Message = userMessage(err, kind)
		out.Extensions["code"] = CodeNotFound
	case diplograph.Timeout:
		out.Message = "the query took too long; narrow it (smaller first, depth or limit)"
		out.Extensions["code"] = CodeTimeout
	default:
		slog.ErrorContext(ctx, "graphql internal error", "path", gerr.Path.String(), "err", err)
		out.Message = "internal error"
		out.Extensions["code"] = CodeInternal
	}
	return out
}

// userMessage returns the message of the cause of the outermost error of
// the given kind (without the operation prefix).
func userMessage(err error, kind diplograph.Kind) string {
	for e := err; e != nil; {
		var de *diplograph.Error
		if !errors.As(e, &de) {
			break
		}
		if de.Kind == kind && de.Err != nil {
			var inner *diplograph.Error
			if errors.As(de.Err, &inner) && inner.Kind == kind {
				e = de.Err
				continue
			}
			return de.Err.Error()
		}
		e = de.Err
	}
	return err.Error()
}
