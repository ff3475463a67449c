package http

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"diplograph"
	"diplograph/export"
)

// serveExport answers GET /export?query=&variables=&operationName=&extensions=&format=.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format, err := export.ParseFormat(q.Get("format"))
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadUserInput,
			fmt.Sprintf("format: unknown format %q (want cytoscape, graphology, gexf or graphml)", q.Get("format")))
		return
	}
	params := &graphql.RawParams{
		Query:         q.Get("query"),
		OperationName: q.Get("operationName"),
		Headers:       r.Header,
	}
	for _, p := range []struct {
		name string
		dst  *map[string]any
	}{{"variables", &params.Variables}, {"extensions", &params.Extensions}} {
		if v := q.Get(p.name); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if err := dec.Decode(p.dst); err != nil {
				writeError(w, http.StatusBadRequest, CodeBadUserInput, p.name+": not a JSON object")
				return
			}
		}
	}
	params.ReadTime = graphql.TraceTiming{Start: graphql.Now(), End: graphql.Now()}

	ctx := graphql.StartOperationTrace(r.Context())
	opCtx, errs := s.exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := s.exec.DispatchError(graphql.WithOperationContext(ctx, opCtx), errs)
		writeErrors(w, statusOf(resp.Errors), resp.Errors)
		return
	}
	if opCtx.Operation.Operation != ast.Query {
		writeError(w, http.StatusMethodNotAllowed, CodeBadUserInput, "export runs queries only")
		return
	}
	responses, ctx := s.exec.DispatchOperation(ctx, opCtx)
	resp := responses(ctx)
	if resp == nil {
		writeError(w, http.StatusGatewayTimeout, CodeTimeout, "operation timed out")
		return
	}
	if len(resp.Errors) > 0 {
		writeErrors(w, statusOf(resp.Errors), resp.Errors)
		return
	}
	g, field, err := graphOf(resp.Data)
	if err != nil {
		writeError(w, http.StatusBadRequest, CodeBadUserInput, err.Error())
		return
	}

	h := w.Header()
	h.Set("Content-Type", format.ContentType())
	h.Set("Content-Disposition", mime.FormatMediaType("attachment",
		map[string]string{"filename": fileName(field) + format.Extension()}))
	h.Set("X-Content-Type-Options", "nosniff")
	tw := &trackingWriter{w: w}
	if err := export.Write(tw, format, g); err != nil {
		if tw.n == 0 {
			h.Del("Content-Disposition")
			code, status := CodeInternal, http.StatusInternalServerError
			if diplograph.KindOf(err) == diplograph.Invalid {
				code, status = CodeBadUserInput, http.StatusBadRequest
			}
			writeErrors(w, status, gqlerror.List{{Message: "cannot export the graph: " + err.Error(),
				Extensions: map[string]any{"code": code}}})
			return
		}
		s.log.Warn("export: writing failed", "format", format, "err", err)
	}
}

// trackingWriter counts the bytes written.
type trackingWriter struct {
	w http.ResponseWriter
	n int64
}

func (t *trackingWriter) Write(b []byte) (int, error) {
	n, err := t.w.Write(b)
	t.n += int64(n)
	return n, err
}

var unsafeFileChars = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// fileName makes a download name from a response field name.
func fileName(field string) string {
	name := strings.Trim(unsafeFileChars.ReplaceAllString(field, "-"), "-.")
	if name == "" {
		return "graph"
	}
	return name
}

// member is a member of a JSON object, in document order.
type member struct {
	key string
	val any
}

// object is a JSON object whose members keep their order.
type object []member

func (o object) get(key string) (any, bool) {
	for _, m := range o {
		if m.key == key {
			return m.val, true
		}
	}
	return nil, false
}

// decodeOrdered decodes one JSON value: objects as object, arrays as []any,
// numbers as json.Number.
func decodeOrdered(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, nil
	}
	switch d {
	case '{':
		var o object
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := decodeOrdered(dec)
			if err != nil {
				return nil, err
			}
			o = append(o, member{k.(string), v})
		}
		_, err := dec.Token()
		return o, err
	case '[':
		a := []any{}
		for dec.More() {
			v, err := decodeOrdered(dec)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := dec.Token()
		return a, err
	}
	return nil, fmt.Errorf("unexpected %v", d)
}

// findGraph returns the first object, in document order, with "nodes" and
// "edges" lists, and the name of the field holding it.
func findGraph(v any, field string) (object, string) {
	switch x := v.(type) {
	case object:
		n, nok := x.get("nodes")
		e, eok := x.get("edges")
		if _, ok := n.([]any); ok && nok && eok {
			if _, ok := e.([]any); ok {
				return x, field
			}
		}
		for _, m := range x {
			if o, f := findGraph(m.val, m.key); o != nil {
				return o, f
			}
		}
	case []any:
		for _, e := range x {
			if o, f := findGraph(e, field); o != nil {
				return o, f
			}
		}
	}
	return nil, ""
}

// graphOf finds the graph in a response's data and converts it.
func graphOf(data json.RawMessage) (*diplograph.Graph, string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeOrdered(dec)
	if err != nil {
		return nil, "", fmt.Errorf("cannot read the answer: %v", err)
	}
	o, field := findGraph(v, "")
	if o == nil {
		return nil, "", fmt.Errorf("the answer holds no graph: select a field returning a Graph, with nodes { id type label properties } and edges { id type source target properties }")
	}
	g := &diplograph.Graph{}
	nodes, _ := o.get("nodes")
	for i, n := range nodes.([]any) {
		no, ok := n.(object)
		if !ok {
			return nil, "", fmt.Errorf("%s.nodes[%d] is not an object", field, i)
		}
		var gn diplograph.GraphNode
		var props map[string]any
		gn.ID, gn.Type, gn.Label, props = str(no, "id"), str(no, "type"), str(no, "label"), properties(no, "id", "type", "label")
		if gn.ID == "" {
			return nil, "", fmt.Errorf("%s.nodes[%d] has no id: select nodes { id }", field, i)
		}
		gn.Properties = props
		g.Nodes = append(g.Nodes, gn)
	}
	edges, _ := o.get("edges")
	for i, e := range edges.([]any) {
		eo, ok := e.(object)
		if !ok {
			return nil, "", fmt.Errorf("%s.edges[%d] is not an object", field, i)
		}
		ge := diplograph.GraphEdge{ID: str(eo, "id"), Type: str(eo, "type"), Source: str(eo, "source"), Target: str(eo, "target"),
			Properties: properties(eo, "id", "type", "source", "target")}
		if ge.ID == "" || ge.Source == "" || ge.Target == "" {
			return nil, "", fmt.Errorf("%s.edges[%d] lacks id, source or target: select edges { id source target }", field, i)
		}
		g.Edges = append(g.Edges, ge)
	}
	return g, field, nil
}

func str(o object, key string) string {
	v, _ := o.get(key)
	s, _ := v.(string)
	return s
}

// properties merges an element's "properties" object with its other scalar
// (or list) members, except the named ones.
func properties(o object, except ...string) map[string]any {
	out := map[string]any{}
	for _, m := range o {
		if m.key == "properties" {
			if p, ok := m.val.(object); ok {
				for _, pm := range p {
					out[pm.key] = plain(pm.val)
				}
			}
			continue
		}
		if _, isObj := m.val.(object); isObj || contains(except, m.key) {
			continue
		}
		out[m.key] = plain(m.val)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// plain converts ordered objects back to maps.
func plain(v any) any {
	switch x := v.(type) {
	case object:
		m := make(map[string]any, len(x))
		for _, e := range x {
			m[e.key] = plain(e.val)
		}
		return m
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	}
	return v
}
