package neo4j

import (
	"context"
	"sync"
	"sync/atomic"
)

// Query instrumentation: every read query the store runs is counted on the
// store (Store.QueryCount) and on the QueryCounter carried by the context, if
// any, so that tests and request logs can see how many Cypher queries a
// GraphQL request cost.

// QueryCounter counts the Cypher queries run with a context. It is safe for
// concurrent use.
type QueryCounter struct{ n atomic.Int64 }

// Count returns the number of queries counted so far.
func (c *QueryCounter) Count() int64 {
	if c == nil {
		return 0
	}
	return c.n.Load()
}

type counterKey struct{}

// WithQueryCounter returns a context carrying a new QueryCounter, and the counter.
func WithQueryCounter(ctx context.Context) (context.Context, *QueryCounter) {
	c := &QueryCounter{}
	return context.WithValue(ctx, counterKey{}, c), c
}

// QueryCounterFrom returns the counter carried by ctx, nil if none.
func QueryCounterFrom(ctx context.Context) *QueryCounter {
	c, _ := ctx.Value(counterKey{}).(*QueryCounter)
	return c
}

// storeCounts holds the per-store totals (keyed by *Store), so that the
// counter needs no field in Store.
var storeCounts sync.Map

func (s *Store) counter() *atomic.Int64 {
	if v, ok := storeCounts.Load(s); ok {
		return v.(*atomic.Int64)
	}
	v, _ := storeCounts.LoadOrStore(s, new(atomic.Int64))
	return v.(*atomic.Int64)
}

// QueryCount returns the number of read queries the store has run.
func (s *Store) QueryCount() int64 { return s.counter().Load() }

// countQuery records one query on the store and on the context's counter.
func (s *Store) countQuery(ctx context.Context) {
	s.counter().Add(1)
	if c := QueryCounterFrom(ctx); c != nil {
		c.n.Add(1)
	}
}
