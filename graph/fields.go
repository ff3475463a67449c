package graph

import (
	"context"
	"strings"

	"diplograph"
	"diplograph/graph/model"
)

// factConnection resolves a fact connection field: validates paging and
// time arguments, loads the page (batched) and builds the connection.
func factConnection[C any](ctx context.Context, r *Resolver, pattern diplograph.FactPattern, parent string, f diplograph.FactFilter,
	first *int, after *string, mk func(diplograph.FactPage) *C) (*C, error) {
	p, err := r.facts(ctx, pattern, parent, f, first, after)
	if err != nil {
		return nil, err
	}
	return mk(p), nil
}

// listFacts resolves an unpaginated fact list field (at most MaxFirst).
func listFacts[T model.Fact](ctx context.Context, r *Resolver, pattern diplograph.FactPattern, parent string, asOf *model.Date) ([]T, error) {
	tf, err := timeFilter(asOf, nil, nil, nil)
	if err != nil {
		return nil, err
	}
	facts, err := r.factList(ctx, pattern, parent, diplograph.FactFilter{TimeFilter: tf})
	if err != nil {
		return nil, err
	}
	return factNodes[T](facts), nil
}

// filter builds a fact filter with validated time arguments.
func filter(f diplograph.FactFilter, asOf, from, to *model.Date, lang *string) (diplograph.FactFilter, error) {
	tf, err := timeFilter(asOf, from, to, lang)
	f.TimeFilter = tf
	return f, err
}

func missionLabel(k *model.MissionKind) string {
	if k == nil {
		return ""
	}
	return k.Label()
}

func entityAs[T model.Entity](rec diplograph.NodeRecord) T {
	t, _ := model.EntityOf(rec).(T)
	return t
}

// getEntity resolves a typed root getter (state, person…): NOT_FOUND when the
// id is unknown or of another type.
func getEntity[T model.Entity](ctx context.Context, r *Resolver, id, label string) (T, error) {
	var zero T
	rec, err := r.getNode(ctx, id, label)
	if err != nil {
		return zero, err
	}
	return entityAs[T](rec), nil
}

func relTypesOf(rels []model.RelationType) []string {
	var out []string
	for _, r := range rels {
		out = append(out, string(r))
	}
	return out
}

// nodesByID resolves Query.nodes: one query, null for unknown ids.
func (r *Resolver) nodesByID(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > MaxFirst {
		return nil, badInput("at most %d ids (got %d)", MaxFirst, len(ids))
	}
	ctx, cancel := r.withTimeout(ctx)
	defer cancel()
	res, err := r.store.Nodes(ctx, ids, false)
	if err != nil {
		return nil, err
	}
	out := make([]model.Node, len(ids))
	for i, id := range ids {
		if rec, ok := res[id]; ok {
			out[i] = model.NodeOf(rec)
		}
	}
	return out, nil
}

// search resolves Query.search.
func (r *Resolver) search(ctx context.Context, text string, types []model.EntityType, first *int, after *string) (*model.SearchConnection, error) {
	if strings.TrimSpace(text) == "" {
		return nil, badInput("search text is empty")
	}
	if len([]rune(text)) > 200 {
		return nil, badInput("search text is longer than 200 characters")
	}
	pg, err := page(ctx, first, after, "fs")
	if err != nil {
		return nil, err
	}
	ctx, cancel := r.withTimeout(ctx)
	defer cancel()
	res, err := r.store.Search(ctx, diplograph.SearchQuery{Text: text, Types: labels(types), Page: pg})
	if err != nil {
		return nil, err
	}
	edges := make([]*model.SearchEdge, 0, len(res.Hits))
	var cs []string
	for _, h := range res.Hits {
		e := model.EntityOf(h.Node)
		if e == nil {
			continue
		}
		c := encodeCursor(h.Score, h.Node.ID)
		cs = append(cs, c)
		edges = append(edges, &model.SearchEdge{Cursor: c, Score: h.Score, Node: e})
	}
	return &model.SearchConnection{Edges: edges, PageInfo: pageInfo(res.HasNext, cs), TotalCount: res.Total}, nil
}
