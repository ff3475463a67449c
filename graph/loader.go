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
	calls   map[string]int
}

type loadersKey struct{}

func newLoaders(wait time.Duration) *loaders {
	return &loaders{wait: wait, cache: map[string]*entry{}, pending: map[string]*pending{}, calls: map[string]int{}}
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
// the same key. expected is the number of loads of key the request will make
// (0 when unknown): the batch is dispatched when that many have arrived, or
// after a fallback delay; with an unknown count, after the batch wait.
func (l *loaders) load(ctx context.Context, key, id string, expected int, fetch fetchFunc) (any, error) {
	ck := key + "\x00" + id
	l.mu.Lock()
	l.calls[key]++
	complete := expected > 0 && l.calls[key] >= expected
	if e, ok := l.cache[ck]; ok {
		var p *pending
		if complete {
			p = l.take(key)
		}
		l.mu.Unlock()
		if p != nil {
			l.run(ctx, p)
		}
		<-e.done
		return e.val, e.err
	}
	e := &entry{done: make(chan struct{})}
	l.cache[ck] = e
	p := l.pending[key]
	if p == nil {
		p = &pending{fetch: fetch}
		l.pending[key] = p
		wait := l.wait
		if expected > 0 {
			wait = max(20*l.wait, 200*time.Millisecond)
		}
		p.timer = time.AfterFunc(wait, func() { l.dispatch(ctx, key, p) })
	}
	p.ids = append(p.ids, id)
	p.entries = append(p.entries, e)
	var run *pending
	if complete || len(p.ids) >= maxBatch {
		run = l.take(key)
	}
	l.mu.Unlock()
	if run != nil {
		l.run(ctx, run)
	}
	<-e.done
	return e.val, e.err
}

// prime stores val as the value of id under key, unless already present
// (values fetched ahead of time by a parent's query).
func (l *loaders) prime(key, id string, val any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	ck := key + "\x00" + id
	if _, ok := l.cache[ck]; ok {
		return
	}
	e := &entry{done: make(chan struct{}), val: val}
	close(e.done)
	l.cache[ck] = e
}

// take removes and returns the pending batch of key (l.mu held).
func (l *loaders) take(key string) *pending {
	p := l.pending[key]
	if p != nil {
		delete(l.pending, key)
		p.timer.Stop()
	}
	return p
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

// siblings returns how many times the current field will be resolved in
// this request: 1 when there is no enclosing list, the length of the
// enclosing list when every element reaches the field through non-null
// fields of concrete types, 0 when it cannot tell (lists nested in lists,
// unions and interfaces, nullable fields on the way).
func siblings(ctx context.Context) int {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return 0
	}
	child := fc
	unsure := false
	for c := fc.Parent; c != nil; child, c = c, c.Parent {
		if c.Index != nil {
			if unsure {
				return 0
			}
			list := c.Parent
			if list == nil || list.Field.Field == nil || list.Field.Definition == nil {
				return 0
			}
			elem := list.Field.Definition.Type.Elem
			if elem == nil || !elem.NonNull || elem.Name() != child.Object {
				return 0
			}
			for a := list.Parent; a != nil; a = a.Parent {
				if a.Index != nil {
					return 0 // a list of lists
				}
			}
			v := reflect.ValueOf(list.Result)
			for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
				v = v.Elem()
			}
			if v.Kind() != reflect.Slice {
				return 0
			}
			return v.Len()
		}
		if c.Field.Field == nil || c.Field.Definition == nil {
			unsure = true
		} else if t := c.Field.Definition.Type; !t.NonNull || t.Elem != nil || t.Name() != child.Object {
			unsure = true
		}
	}
	return 1 // no enclosing list: resolved at most once
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
