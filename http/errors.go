package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"diplograph"
)

// The codes of extensions.code this package sets itself (the graph package's
// presenter sets the same for resolver errors).
const (
	CodeNotFound     = "NOT_FOUND"
	CodeBadUserInput = "BAD_USER_INPUT"
	CodeTimeout      = "TIMEOUT"
	CodeUnavailable  = "UNAVAILABLE"
	CodeInternal     = "INTERNAL"
)

// present runs the configured presenter, then classifies errors it left
// without a code, hiding the message of internal ones.
func (s *Server) present(ctx context.Context, err error) *gqlerror.Error {
	var gerr *gqlerror.Error
	if errors.Is(err, context.DeadlineExceeded) && !hasCode(err) {
		// The operation's deadline, whatever layer noticed it.
		gerr = graphql.DefaultErrorPresenter(ctx, err)
		return &gqlerror.Error{Message: "operation timed out", Path: gerr.Path, Locations: gerr.Locations,
			Extensions: map[string]any{"code": CodeTimeout}}
	}
	if s.cfg.ErrorPresenter != nil {
		gerr = s.cfg.ErrorPresenter(ctx, err)
	} else {
		gerr = graphql.DefaultErrorPresenter(ctx, err)
	}
	if gerr == nil {
		return nil
	}
	if code, _ := gerr.Extensions["code"].(string); code != "" {
		return gerr
	}
	cause := err
	if gerr.Err != nil {
		cause = gerr.Err
	}
	code := classify(cause)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	gerr.Extensions["code"] = code
	switch code {
	case CodeInternal:
		s.log.Error("graphql: internal error", "err", err, "path", gerr.Path.String())
		gerr.Message = "internal error"
	case CodeTimeout:
		gerr.Message = "operation timed out"
	case CodeUnavailable:
		s.log.Error("graphql: database unavailable", "err", err)
		gerr.Message = "database unavailable"
	}
	return gerr
}

// hasCode reports whether err is a GraphQL error that already has a code.
func hasCode(err error) bool {
	var gerr *gqlerror.Error
	if errors.As(err, &gerr) {
		code, _ := gerr.Extensions["code"].(string)
		return code != ""
	}
	return false
}

// classify returns the code of an error that has none.
func classify(err error) string {
	if errors.Is(err, context.DeadlineExceeded) {
		return CodeTimeout
	}
	switch diplograph.KindOf(err) {
	case diplograph.Invalid:
		return CodeBadUserInput
	case diplograph.NotFound:
		return CodeNotFound
	case diplograph.Timeout:
		return CodeTimeout
	case diplograph.Unavailable:
		return CodeUnavailable
	}
	return CodeInternal
}

// recover turns a resolver panic into an internal error, logging the panic
// and its stack (never sent to the client).
func (s *Server) recover(ctx context.Context, v any) error {
	s.log.Error("graphql: panic", "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
	return diplograph.Errorf("graphql", diplograph.Internal, "panic in resolver")
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// writeError writes a GraphQL-shaped error response.
func writeError(w http.ResponseWriter, status int, code, msg string) {
	writeErrors(w, status, gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}})
}

func writeErrors(w http.ResponseWriter, status int, errs gqlerror.List) {
	writeJSON(w, status, &graphql.Response{Errors: errs})
}

// statusOf is the HTTP status for errors by their code (used by /export,
// which has no partial answers).
func statusOf(errs gqlerror.List) int {
	for _, e := range errs {
		switch code, _ := e.Extensions["code"].(string); code {
		case CodeNotFound:
			return http.StatusNotFound
		case CodeTimeout:
			return http.StatusGatewayTimeout
		case CodeUnavailable:
			return http.StatusServiceUnavailable
		case CodeInternal:
			return http.StatusInternalServerError
		case "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", CodeDepthLimit, CodeComplexityLimit:
			return http.StatusUnprocessableEntity
		}
	}
	return http.StatusBadRequest
}
