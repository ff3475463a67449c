package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"diplograph"
)

// Reserved data names, per element class. A property with one of these names
// is written as "_" + name.
var (
	nodeReserved = map[string]bool{"id": true, "label": true, "type": true}
	edgeReserved = map[string]bool{"id": true, "label": true, "type": true, "source": true, "target": true}
)

// kind is the kind of a normalized property value.
type kind int

const (
	kBool kind = iota
	kInt
	kFloat
	kString
	kJSON // a list (or another composite value), written as JSON text in XML
)

// value is a normalized property value.
type value struct {
	kind kind
	b    bool
	i    int64
	f    float64
	s    string
	j    any // kJSON: the normalized composite, JSON-encodable
}

// prop is a property with its (possibly renamed) name.
type prop struct {
	name string
	v    value
}

// normalize turns a property value into a value; ok is false for values to
// leave out (nil, NaN, infinities).
func normalize(v any) (value, bool) {
	switch x := v.(type) {
	case nil:
		return value{}, false
	case bool:
		return value{kind: kBool, b: x}, true
	case string:
		return value{kind: kString, s: x}, true
	case int:
		return value{kind: kInt, i: int64(x)}, true
	case int8:
		return value{kind: kInt, i: int64(x)}, true
	case int16:
		return value{kind: kInt, i: int64(x)}, true
	case int32:
		return value{kind: kInt, i: int64(x)}, true
	case int64:
		return value{kind: kInt, i: x}, true
	case uint8:
		return value{kind: kInt, i: int64(x)}, true
	case uint16:
		return value{kind: kInt, i: int64(x)}, true
	case uint32:
		return value{kind: kInt, i: int64(x)}, true
	case uint:
		return normalizeUint(uint64(x))
	case uint64:
		return normalizeUint(x)
	case float32:
		return normalizeFloat(float64(x))
	case float64:
		return normalizeFloat(x)
	case json.Number:
		if i, err := strconv.ParseInt(string(x), 10, 64); err == nil {
			return value{kind: kInt, i: i}, true
		}
		if f, err := strconv.ParseFloat(string(x), 64); err == nil {
			return normalizeFloat(f)
		}
		return value{kind: kString, s: string(x)}, true
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return value{kind: kString, s: x.Format(time.DateOnly)}, true
		}
		return value{kind: kString, s: x.Format(time.RFC3339Nano)}, true
	case fmt.Stringer:
		return value{kind: kString, s: x.String()}, true
	}
	return value{kind: kJSON, j: normalizeComposite(v)}, true
}

func normalizeUint(u uint64) (value, bool) {
	if u <= math.MaxInt64 {
		return value{kind: kInt, i: int64(u)}, true
	}
	return value{kind: kFloat, f: float64(u)}, true
}

func normalizeFloat(f float64) (value, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return value{}, false
	}
	return value{kind: kFloat, f: f}, true
}

// normalizeComposite makes a list or map JSON-encodable: elements are
// normalized, unrepresentable ones become null.
func normalizeComposite(v any) any {
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
			return string(rv.Bytes()) // []byte: text
		}
		out := make([]any, rv.Len())
		for i := range out {
			out[i] = jsonValue(rv.Index(i).Interface())
		}
		return out
	case reflect.Map:
		out := make(map[string]any, rv.Len())
		iter := rv.MapRange()
		for iter.Next() {
			out[fmt.Sprint(iter.Key().Interface())] = jsonValue(iter.Value().Interface())
		}
		return out
	}
	return fmt.Sprint(v)
}

// jsonValue returns the JSON-encodable form of a property value (nil for
// values to leave out).
func jsonValue(v any) any {
	n, ok := normalize(v)
	if !ok {
		return nil
	}
	switch n.kind {
	case kBool:
		return n.b
	case kInt:
		return n.i
	case kFloat:
		return n.f
	case kString:
		return n.s
	}
	return n.j
}

// props returns the normalized properties of m, sorted by name, with
// reserved names prefixed by "_".
func props(m map[string]any, reserved map[string]bool) []prop {
	out := make([]prop, 0, len(m))
	for k, v := range m {
		n, ok := normalize(v)
		if !ok {
			continue
		}
		if reserved[k] {
			k = "_" + k
		}
		out = append(out, prop{name: k, v: n})
	}
	slices.SortFunc(out, func(a, b prop) int { return strings.Compare(a.name, b.name) })
	return out
}

// graph is a checked graph with its elements sorted by id.
type graph struct {
	nodes []*diplograph.GraphNode
	edges []*diplograph.GraphEdge
}

// prepare checks g and sorts its elements.
func prepare(g *diplograph.Graph) (*graph, error) {
	if g == nil {
		g = &diplograph.Graph{}
	}
	p := &graph{
		nodes: make([]*diplograph.GraphNode, len(g.Nodes)),
		edges: make([]*diplograph.GraphEdge, len(g.Edges)),
	}
	ids := make(map[string]string, len(g.Nodes)+len(g.Edges))
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.ID == "" {
			return nil, invalid("node %d has an empty id", i)
		}
		if what, dup := ids[n.ID]; dup {
			return nil, invalid("id %q is used by two %ss", n.ID, what)
		}
		ids[n.ID] = "node"
		p.nodes[i] = n
	}
	for i := range g.Edges {
		e := &g.Edges[i]
		if e.ID == "" {
			return nil, invalid("edge %d has an empty id", i)
		}
		if what, dup := ids[e.ID]; dup {
			if what == "node" {
				return nil, invalid("id %q is used by a node and an edge", e.ID)
			}
			return nil, invalid("id %q is used by two edges", e.ID)
		}
		ids[e.ID] = "edge"
		for _, end := range []string{e.Source, e.Target} {
			if ids[end] != "node" {
				return nil, invalid("edge %q joins %q, which is not a node of the graph", e.ID, end)
			}
		}
		p.edges[i] = e
	}
	slices.SortFunc(p.nodes, func(a, b *diplograph.GraphNode) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(p.edges, func(a, b *diplograph.GraphEdge) int { return strings.Compare(a.ID, b.ID) })
	return p, nil
}

func invalid(format string, args ...any) error {
	return diplograph.Errorf("export", diplograph.Invalid, format, args...)
}

// xmlType is the declared type of an attribute in GEXF or GraphML.
type xmlType int

const (
	tBool   xmlType = iota
	tInt            // every value an integer that fits in 32 bits
	tLong           // every value an integer
	tDouble         // every value a number
	tString
)

// keyDecl declares one attribute of an element class.
type keyDecl struct {
	name string
	typ  xmlType
}

// declare infers one type per property name over lists of properties, and
// returns the declarations sorted by name.
func declare(lists [][]prop) []keyDecl {
	types := map[string]xmlType{}
	for _, ps := range lists {
		for _, p := range ps {
			t := typeOf(p.v)
			old, seen := types[p.name]
			if seen {
				t = unify(old, t)
			}
			types[p.name] = t
		}
	}
	out := make([]keyDecl, 0, len(types))
	for name, t := range types {
		out = append(out, keyDecl{name, t})
	}
	slices.SortFunc(out, func(a, b keyDecl) int { return strings.Compare(a.name, b.name) })
	return out
}

func typeOf(v value) xmlType {
	switch v.kind {
	case kBool:
		return tBool
	case kInt:
		if v.i >= math.MinInt32 && v.i <= math.MaxInt32 {
			return tInt
		}
		return tLong
	case kFloat:
		return tDouble
	}
	return tString
}

func unify(a, b xmlType) xmlType {
	if a == b {
		return a
	}
	num := func(t xmlType) bool { return t == tInt || t == tLong || t == tDouble }
	if num(a) && num(b) {
		return max(a, b) // tInt < tLong < tDouble
	}
	return tString
}

// text is the lexical form of v for an attribute declared with type t.
func text(v value, t xmlType) string {
	switch v.kind {
	case kBool:
		return strconv.FormatBool(v.b)
	case kInt:
		return strconv.FormatInt(v.i, 10)
	case kFloat:
		if t != tDouble && v.f == math.Trunc(v.f) && math.Abs(v.f) < 1e15 {
			return strconv.FormatInt(int64(v.f), 10)
		}
		return strconv.FormatFloat(v.f, 'g', -1, 64)
	case kString:
		return v.s
	}
	b, err := marshal(v.j)
	if err != nil {
		return fmt.Sprint(v.j)
	}
	return string(b)
}

// marshal encodes v as JSON without HTML escaping and without a newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// writer wraps an io.Writer with buffering and sticky errors.
type writer struct {
	bw      *bufio.Writer
	err     error
	scratch []byte
}

func newWriter(w io.Writer) *writer { return &writer{bw: bufio.NewWriterSize(w, 32<<10)} }

func (w *writer) str(s string) {
	if w.err == nil {
		_, w.err = w.bw.WriteString(s)
	}
}

func (w *writer) bytes(b []byte) {
	if w.err == nil {
		_, w.err = w.bw.Write(b)
	}
}

// json writes v as JSON, with fast paths for the common scalar types.
func (w *writer) json(v any) {
	if w.err != nil {
		return
	}
	switch x := v.(type) {
	case string:
		w.jsonString(x)
		return
	case bool:
		w.str(strconv.FormatBool(x))
		return
	case int64:
		w.str(strconv.FormatInt(x, 10))
		return
	case nil:
		w.str("null")
		return
	case []any:
		w.str("[")
		for i, e := range x {
			if i > 0 {
				w.str(",")
			}
			w.json(e)
		}
		w.str("]")
		return
	}
	b, err := marshal(v)
	if err != nil {
		w.err = err
		return
	}
	w.bytes(b)
}

// jsonString writes s as a JSON string (invalid UTF-8 becomes U+FFFD, as
// encoding/json does).
func (w *writer) jsonString(s string) {
	const hex = "0123456789abcdef"
	buf := w.scratch[:0]
	buf = append(buf, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			buf = append(buf, '\\', byte(r))
		case r == '\n':
			buf = append(buf, '\\', 'n')
		case r == '\r':
			buf = append(buf, '\\', 'r')
		case r == '\t':
			buf = append(buf, '\\', 't')
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			buf = append(buf, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	buf = append(buf, '"')
	w.bytes(buf)
	w.scratch = buf[:0]
}

// flush flushes the buffer and returns the first error, wrapped.
func (w *writer) flush() error {
	if w.err == nil {
		w.err = w.bw.Flush()
	}
	if w.err != nil {
		return diplograph.E("export", w.err)
	}
	return nil
}
