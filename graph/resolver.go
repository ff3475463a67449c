package graph

import (
	"diplograph"
)

// Resolver is the root of the resolvers. It holds the store (through the
// diplograph.Reader interface) and the options; per-request state (batch
// loaders) lives in the request context.
type Resolver struct {
	store diplograph.Reader
	opts  Options
}
