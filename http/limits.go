package http

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// Codes of the limit errors.
const (
	CodeDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	CodeComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
)

func init() {
	// Limit errors are request errors, like parse and validation errors:
	// gqlgen's transports answer them with status 422.
	errcode.RegisterErrorType(CodeDepthLimit, errcode.KindProtocol)
	errcode.RegisterErrorType(CodeComplexityLimit, errcode.KindProtocol)
}

// depthLimit rejects operations whose fields nest deeper than max.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if opCtx.Operation == nil {
		return nil
	}
	depth, deepest := selectionDepth(opCtx.Operation.SelectionSet, 0)
	if depth <= d.max {
		return nil
	}
	err := gqlerror.Errorf("operation has depth %d, which exceeds the limit of %d", depth, d.max)
	if deepest != nil && deepest.Position != nil {
		err.Locations = []gqlerror.Location{{Line: deepest.Position.Line, Column: deepest.Position.Column}}
	}
	errcode.Set(err, CodeDepthLimit)
	err.Extensions["limit"], err.Extensions["actual"] = d.max, depth
	return err
}

// selectionDepth returns the depth of the deepest field under set (a field
// counts 1, fragments 0; introspection fields are not counted), and that field.
// Validation has rejected fragment cycles, so the recursion ends.
func selectionDepth(set ast.SelectionSet, guard int) (int, *ast.Field) {
	if guard > 1000 { // a defensive bound; validated documents never get here
		return guard, nil
	}
	best, deepest := 0, (*ast.Field)(nil)
	for _, sel := range set {
		var d int
		var f *ast.Field
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d, f = selectionDepth(s.SelectionSet, guard+1)
			d++
			if f == nil {
				f = s
			}
		case *ast.InlineFragment:
			d, f = selectionDepth(s.SelectionSet, guard+1)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d, f = selectionDepth(s.Definition.SelectionSet, guard+1)
			}
		}
		if d > best {
			best, deepest = d, f
		}
	}
	return best, deepest
}

// complexityLimit is gqlgen's complexity limit, with the limit and the
// actual complexity added to the error's extensions.
type complexityLimit struct {
	*extension.ComplexityLimit
}

func (c *complexityLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	err := c.ComplexityLimit.MutateOperationContext(ctx, opCtx)
	if err == nil {
		return nil
	}
	if st, ok := opCtx.Stats.GetExtension("ComplexityLimit").(*extension.ComplexityStats); ok {
		if err.Extensions == nil {
			err.Extensions = map[string]any{}
		}
		err.Extensions["limit"], err.Extensions["actual"] = st.ComplexityLimit, st.Complexity
	}
	return err
}

// operationInfo records the operation in the request log, and fails an
// operation whose deadline has passed before it started.
type operationInfo struct{}

func (operationInfo) ExtensionName() string                          { return "OperationInfo" }
func (operationInfo) Validate(schema graphql.ExecutableSchema) error { return nil }

func (operationInfo) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	opCtx := graphql.GetOperationContext(ctx)
	if info := requestInfoFrom(ctx); info != nil && opCtx != nil {
		info.operation = operationLabel(opCtx)
	}
	if err := ctx.Err(); err != nil {
		gerr := gqlerror.Errorf("operation timed out before it started")
		errcode.Set(gerr, CodeTimeout)
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{gerr}})
	}
	return next(ctx)
}

// operationLabel names an operation for the logs: its name, else its type
// and root fields ("query{state,search}").
func operationLabel(opCtx *graphql.OperationContext) string {
	if opCtx.OperationName != "" {
		return opCtx.OperationName
	}
	op := opCtx.Operation
	if op == nil {
		return ""
	}
	if op.Name != "" {
		return op.Name
	}
	var fields []string
	for _, sel := range op.SelectionSet {
		if f, ok := sel.(*ast.Field); ok {
			fields = append(fields, f.Name)
		}
		if len(fields) == 5 {
			fields = append(fields, "…")
			break
		}
	}
	return fmt.Sprintf("%s{%s}", op.Operation, strings.Join(fields, ","))
}

// withTimeout gives each request handled by h the operation deadline.
func (s *Server) withTimeout(h http.Handler) http.Handler {
	if s.cfg.Timeout < 0 {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// limitBody answers 413 to bodies larger than MaxBodyBytes (and 414 to
// query strings larger than that); smaller bodies are read into memory.
func (s *Server) limitBody(h http.Handler) http.Handler {
	limit := s.cfg.MaxBodyBytes
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if int64(len(r.URL.RawQuery)) > limit {
			writeError(w, http.StatusRequestURITooLong, CodeBadUserInput,
				fmt.Sprintf("query string exceeds %d bytes", limit))
			return
		}
		if r.Body == nil || r.Body == http.NoBody {
			h.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			writeError(w, http.StatusRequestEntityTooLarge, CodeBadUserInput,
				fmt.Sprintf("request body exceeds %d bytes", limit))
		}
		if r.ContentLength > limit {
			tooLarge()
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, limit+1))
		if err != nil {
			writeError(w, http.StatusBadRequest, CodeBadUserInput, "cannot read request body")
			return
		}
		if int64(len(body)) > limit {
			tooLarge()
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.ServeHTTP(w, r)
	})
}
