package graph

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
)

// Per-request batch loading. Resolvers of the same field (same path without
// list indices, same arguments) on sibling objects ask the loader for their
// parent's id; the loader gathers the ids and runs one query for all of them
// (UNWIND $ids), so that a nesting level costs one Cypher query whatever the
// number of parents. A batch is dispatched as soon as every sibling of the
// enclosing list has asked (known from gqlgen's field contexts), or after
// BatchWait when that number cannot be known (lists nested in lists).

// maxBatch bounds the number of ids of one query.
const maxBatch = 1000

type fetchFunc func(ctx context.Context, ids []string) (map[string]any, error)

type entry struct {
	done chan struct{}
	val  any
	err  error
}

type pending struct {
	ids      []string
	entries  []*entry
	expected int
	timer    *time.Timer
	fetch    fetchFunc
}

type loaders struct {
	wait    time.Duration
	mu      sync.Mutex
	cache   map[string]*entry
	pending map[string]*pending
}

type loadersKey struct{}

func newLoaders(wait time.Duration) *loaders {
	return &loaders{wait: wait, cache: map[string]*entry{}, pending: map[string]*pending{}}
}

func withLoaders(ctx context.Context, l *loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return nil
}

// load returns the value fetch gives for id, batching with the other loads of
// the same key.
func (l *loaders) load(ctx context.Context, key, id string, expected int, fetch fetchFunc) (any, error) {
	ck := key + "\x00" + id
	l.mu.Lock()
	if e, ok := l.cache[ck]; ok {
		l.mu.Unlock()
		<-e.done
		return e.val, e.err
	}
	e := &entry{done: make(chan struct{})}
	l.cache[ck] = e
	p := l.pending[key]
	if p == nil {
		p = &pending{fetch: fetch}
		l.pending[key] = p
		p.timer = time.AfterFunc(l.wait, func() { l.dispatch(ctx, key, p) })
	}
	p.ids = append(p.ids, id)
	p.entries = append(p.entries, e)
	p.expected = max(p.expected, expected)
	full := (p.expected > 0 && len(p.ids) >= p.expected) || len(p.ids) >= maxBatch
	if full {
		delete(l.pending, key)
		p.timer.Stop()
	}
	l.mu.Unlock()
	if full {
		l.run(ctx, p)
	}
	<-e.done
	return e.val, e.err
}

func (l *loaders) dispatch(ctx context.Context, key string, p *pending) {
	l.mu.Lock()
	if l.pending[key] != p {
		l.mu.Unlock()
		return
	}
	delete(l.pending, key)
	l.mu.Unlock()
	l.run(ctx, p)
}

func (l *loaders) run(ctx context.Context, p *pending) {
	res, err := p.fetch(context.WithoutCancel(ctx), p.ids)
	for i, e := range p.entries {
		if err != nil {
			e.err = err
		} else {
			e.val = res[p.ids[i]]
		}
		close(e.done)
	}
}

// siblings returns how many objects of the nearest enclosing list will ask
// for the current field: 1 when there is no enclosing list, 0 when unknown
// (lists nested in lists).
func siblings(ctx context.Context) int {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return 0
	}
	n := 1
	lists := 0
	for c := fc.Parent; c != nil; c = c.Parent {
		if c.Index == nil {
			continue
		}
		lists++
		if lists > 1 {
			return 0
		}
		if c.Parent == nil {
			return 0
		}
		v := reflect.ValueOf(c.Parent.Result)
		for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
			v = v.Elem()
		}
		if v.Kind() != reflect.Slice {
			return 0
		}
		n = v.Len()
	}
	return n
}

// fieldKey identifies the current field for batching: its path without list
// indices (so that siblings share it).
func fieldKey(ctx context.Context) string {
	var parts []string
	for c := graphql.GetFieldContext(ctx); c != nil; c = c.Parent {
		if c.Index == nil && c.Field.Field != nil {
			parts = append(parts, c.Field.Alias)
		}
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		b.WriteByte('/')
	}
	return b.String()
}
