package diplograph

import (
	"errors"
	"fmt"
	"strings"
)

// Kind classifies an error so that presenters (the CLI, the GraphQL error
// presenter) can react to it without inspecting messages.
type Kind int

// The kinds of error. The zero value is Other.
const (
	Other       Kind = iota // unclassified
	Invalid                 // bad input: malformed file, unknown vocabulary, bad argument
	NotFound                // a requested id does not exist
	Timeout                 // an operation ran past its deadline
	Unavailable             // a dependency (Neo4j) cannot be reached
	Internal                // a bug or an unexpected failure of a dependency
)

func (k Kind) String() string {
	switch k {
	case Invalid:
		return "invalid"
	case NotFound:
		return "not found"
	case Timeout:
		return "timeout"
	case Unavailable:
		return "unavailable"
	case Internal:
		return "internal"
	}
	return "other"
}

// Error is the error type of the project, in the style of upspin: it records
// the operation that failed, the kind of failure, where (file and line, when the
// failure concerns an input) and the underlying error.
type Error struct {
	Op   string // operation, e.g. "load", "extract", "neo4j.write"
	Kind Kind
	Path string // input file, "-" for stdin; empty when not about a file
	Line int    // 1-based line in Path (JSON Lines input), 0 when unknown
	Err  error
}

// E builds an *Error from its arguments, by type: a string is the Op, a Kind the
// kind, an error the cause. Path and Line are set on the returned value directly.
func E(args ...any) *Error {
	e := &Error{}
	for _, a := range args {
		switch v := a.(type) {
		case string:
			e.Op = v
		case Kind:
			e.Kind = v
		case *Error:
			cp := *v
			e.Err = &cp
		case error:
			e.Err = v
		}
	}
	return e
}

// Errorf is a shorthand for E(op, kind, fmt.Errorf(format, args...)).
func Errorf(op string, kind Kind, format string, args ...any) *Error {
	return &Error{Op: op, Kind: kind, Err: fmt.Errorf(format, args...)}
}

// WithPlace returns a copy of e that names the file and line.
func (e *Error) WithPlace(path string, line int) *Error {
	cp := *e
	cp.Path, cp.Line = path, line
	return &cp
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		if e.Line > 0 {
			fmt.Fprintf(&b, ":%d", e.Line)
		}
		b.WriteString(": ")
	}
	if e.Op != "" {
		b.WriteString(e.Op)
		b.WriteString(": ")
	}
	if e.Kind != Other && !innerHasKind(e.Err, e.Kind) {
		b.WriteString(e.Kind.String())
		if e.Err != nil {
			b.WriteString(": ")
		}
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return strings.TrimSuffix(b.String(), ": ")
}

func innerHasKind(err error, k Kind) bool {
	var inner *Error
	return errors.As(err, &inner) && inner.Kind == k
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// KindOf returns the kind of the outermost classified *Error in err's chain,
// Other when there is none.
func KindOf(err error) Kind {
	for err != nil {
		var e *Error
		if !errors.As(err, &e) {
			return Other
		}
		if e.Kind != Other {
			return e.Kind
		}
		err = e.Err
	}
	return Other
}
