package graph

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"diplograph"
	"diplograph/graph/model"
)

const op = "graphql"

func badInput(format string, args ...any) error {
	return diplograph.Errorf(op, diplograph.Invalid, format, args...)
}

// Cursors are opaque: base64url of the JSON array of the sort key of an item
// ([key] for facts, [id] for nodes, [score, id] for search hits).

func encodeCursor(vals ...any) string {
	b, _ := json.Marshal(vals)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor decodes a cursor whose sort key has the given shape ("s" for
// a string, "f" for a number).
func decodeCursor(c string, shape string) ([]any, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, badInput("malformed cursor %q", c)
	}
	var vals []any
	if err := json.Unmarshal(b, &vals); err != nil || len(vals) != len(shape) {
		return nil, badInput("malformed cursor %q", c)
	}
	for i, k := range shape {
		switch k {
		case 's':
			if _, ok := vals[i].(string); !ok {
				return nil, badInput("malformed cursor %q", c)
			}
		case 'f':
			if _, ok := vals[i].(float64); !ok {
				return nil, badInput("malformed cursor %q", c)
			}
		}
	}
	return vals, nil
}

// page validates first/after and tells whether totalCount is selected.
func page(ctx context.Context, first *int, after *string, shape string) (diplograph.Page, error) {
	p := diplograph.Page{First: DefaultFirst}
	if first != nil {
		if *first < 0 {
			return p, badInput("first must not be negative (got %d)", *first)
		}
		if *first > MaxFirst {
			return p, badInput("first must be at most %d (got %d)", MaxFirst, *first)
		}
		p.First = *first
	}
	if after != nil && *after != "" {
		vals, err := decodeCursor(*after, shape)
		if err != nil {
			return p, err
		}
		p.After = vals
	}
	p.WithTotal = selected(ctx, "totalCount")
	return p, nil
}

// selected reports whether the current field's selection holds name.
func selected(ctx context.Context, name string) bool {
	if graphql.GetFieldContext(ctx) == nil {
		return false
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

func str[T ~string](p *T) string {
	if p == nil {
		return ""
	}
	return string(*p)
}

func timeFilter(asOf, from, to *model.Date, lang *string) (diplograph.TimeFilter, error) {
	f := diplograph.TimeFilter{AsOf: str(asOf), From: str(from), To: str(to), Lang: strings.ToLower(str(lang))}
	if f.From != "" && f.To != "" && f.From > diplograph.DateEnd(f.To) {
		return f, badInput("from (%s) is after to (%s)", f.From, f.To)
	}
	return f, nil
}

func labels(types []model.EntityType) []string {
	var out []string
	for _, t := range types {
		out = append(out, string(t))
	}
	return out
}

func pageInfo(hasNext bool, cursors []string) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: hasNext}
	if len(cursors) > 0 {
		pi.StartCursor = &cursors[0]
		pi.EndCursor = &cursors[len(cursors)-1]
	}
	return pi
}

// withTimeout bounds one store call by the query timeout.
func (r *Resolver) withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, r.opts.QueryTimeout)
}

// facts returns the page of facts reachable through pattern from parent
// ("" for root patterns), batching sibling parents into one query.
func (r *Resolver) facts(ctx context.Context, pattern diplograph.FactPattern, parent string, f diplograph.FactFilter, first *int, after *string) (diplograph.FactPage, error) {
	pg, err := page(ctx, first, after, "s")
	if err != nil {
		return diplograph.FactPage{}, err
	}
	return r.factPage(ctx, pattern, parent, f, pg)
}

func (r *Resolver) factPage(ctx context.Context, pattern diplograph.FactPattern, parent string, f diplograph.FactFilter, pg diplograph.Page) (diplograph.FactPage, error) {
	q := diplograph.FactQuery{Pattern: pattern, Filter: f, Page: pg}
	l := r.loaders(ctx)
	// When the selection asks for the facts' evidence, fetch it in the same
	// query and hand it to the evidence resolvers through the loader cache.
	evKey, evFilter := evidencePrefetch(ctx)
	key := fmt.Sprintf("facts|%s|%+v|%s", fieldKey(ctx), q, evKey)
	q.Claims = evFilter
	prime := func(res map[string]diplograph.FactPage) {
		if evFilter == nil {
			return
		}
		for _, p := range res {
			for _, f := range p.Facts {
				l.prime(evKey, f.Key, f.Claims)
			}
		}
	}
	if parent == "" {
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.Facts(ctx, q)
		prime(res)
		return res[""], err
	}
	v, err := l.load(ctx, key, parent, siblings(ctx), func(ctx context.Context, ids []string) (map[string]any, error) {
		q.Parents = ids
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.Facts(ctx, q)
		if err != nil {
			return nil, err
		}
		prime(res)
		out := make(map[string]any, len(res))
		for k, v := range res {
			out[k] = v
		}
		return out, nil
	})
	if err != nil {
		return diplograph.FactPage{}, err
	}
	p, _ := v.(diplograph.FactPage)
	return p, nil
}

// factTypes are the GraphQL types of facts, for fragment matching.
var factTypes = []string{"Fact", "Office", "Participation", "Support", "Membership", "MissionLink",
	"Location", "Headship", "Headquarters", "Affiliation", "Concern"}

// evidencePrefetch looks in the current connection field's selection for
// edges { node { evidence(...) } } and returns the loader key the evidence
// resolvers will use and their time filter; nil when evidence is not asked
// for (or its arguments are invalid: the resolver will report them).
func evidencePrefetch(ctx context.Context) (string, *diplograph.TimeFilter) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		return "", nil
	}
	oc := graphql.GetOperationContext(ctx)
	for _, edges := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(oc, edges.Selections, nil) {
			if node.Name != "node" {
				continue
			}
			for _, ev := range graphql.CollectFields(oc, node.Selections, factTypes) {
				if ev.Name != "evidence" {
					continue
				}
				args := ev.ArgumentMap(oc.Variables)
				var d [3]*model.Date
				for i, name := range []string{"asOf", "from", "to"} {
					if v, ok := args[name]; ok && v != nil {
						d[i] = new(model.Date)
						if err := d[i].UnmarshalGQL(v); err != nil {
							return "", nil
						}
					}
				}
				var lang *string
				if v, ok := args["lang"].(string); ok {
					lang = &v
				}
				tf, err := timeFilter(d[0], d[1], d[2], lang)
				if err != nil {
					return "", nil
				}
				path := fieldKey(ctx) + edges.Alias + "/" + node.Alias + "/" + ev.Alias + "/"
				return fmt.Sprintf("claims|%s|%+v", path, tf), &tf
			}
		}
	}
	return "", nil
}

// factList returns all facts (up to MaxFirst) through pattern from parent.
func (r *Resolver) factList(ctx context.Context, pattern diplograph.FactPattern, parent string, f diplograph.FactFilter) ([]diplograph.FactRecord, error) {
	p, err := r.factPage(ctx, pattern, parent, f, diplograph.Page{First: MaxFirst})
	return p.Facts, err
}

// nodePage returns a page of nodes through pattern from parent ("" for root
// patterns), batching sibling parents.
func (r *Resolver) nodePage(ctx context.Context, pattern diplograph.NodePattern, parent string, types []string, f diplograph.FactFilter, first *int, after *string) (diplograph.NodePage, error) {
	pg, err := page(ctx, first, after, "s")
	if err != nil {
		return diplograph.NodePage{}, err
	}
	q := diplograph.NodeQuery{Pattern: pattern, Types: types, Filter: f, Page: pg}
	if parent == "" {
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.ListNodes(ctx, q)
		return res[""], err
	}
	key := fmt.Sprintf("nodes|%s|%+v", fieldKey(ctx), q)
	v, err := r.loaders(ctx).load(ctx, key, parent, siblings(ctx), func(ctx context.Context, ids []string) (map[string]any, error) {
		q.Parents = ids
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.ListNodes(ctx, q)
		if err != nil {
			return nil, err
		}
		out := make(map[string]any, len(res))
		for k, v := range res {
			out[k] = v
		}
		return out, nil
	})
	if err != nil {
		return diplograph.NodePage{}, err
	}
	p, _ := v.(diplograph.NodePage)
	return p, nil
}

func (r *Resolver) loaders(ctx context.Context) *loaders {
	if l := loadersFrom(ctx); l != nil {
		return l
	}
	return newLoaders(r.opts.BatchWait)
}

// node loads one node by id (batched); nil when unknown.
func (r *Resolver) node(ctx context.Context, id string, withText bool) (*diplograph.NodeRecord, error) {
	key := fmt.Sprintf("node|%s|%v", fieldKey(ctx), withText)
	v, err := r.loaders(ctx).load(ctx, key, id, siblings(ctx), func(ctx context.Context, ids []string) (map[string]any, error) {
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.Nodes(ctx, ids, withText)
		if err != nil {
			return nil, err
		}
		out := make(map[string]any, len(res))
		for k, v := range res {
			out[k] = v
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	n, ok := v.(diplograph.NodeRecord)
	if !ok {
		return nil, nil
	}
	return &n, nil
}

// getNode fetches one node for a root field: NOT_FOUND when unknown or not
// of the wanted label ("" = any).
func (r *Resolver) getNode(ctx context.Context, id, label string) (diplograph.NodeRecord, error) {
	ctx, cancel := r.withTimeout(ctx)
	defer cancel()
	res, err := r.store.Nodes(ctx, []string{id}, false)
	if err != nil {
		return diplograph.NodeRecord{}, err
	}
	n, ok := res[id]
	if !ok || (label != "" && n.Label != label) {
		what := "node"
		if label != "" {
			what = strings.ToLower(label)
		}
		return n, diplograph.Errorf(op, diplograph.NotFound, "no %s with id %q", what, id)
	}
	return n, nil
}

// evidence returns the claims of a fact as Evidence, batched per level.
func (r *Resolver) evidence(ctx context.Context, factKey string, asOf, from, to *model.Date, lang *string) ([]*model.Evidence, error) {
	tf, err := timeFilter(asOf, from, to, lang)
	if err != nil {
		return nil, err
	}
	key := fmt.Sprintf("claims|%s|%+v", fieldKey(ctx), tf)
	v, err := r.loaders(ctx).load(ctx, key, factKey, siblings(ctx), func(ctx context.Context, ids []string) (map[string]any, error) {
		facts := make(map[string][]string, len(ids))
		for _, id := range ids {
			facts[id] = nil
		}
		ctx, cancel := r.withTimeout(ctx)
		defer cancel()
		res, err := r.store.Claims(ctx, facts, tf)
		if err != nil {
			return nil, err
		}
		out := make(map[string]any, len(res))
		for k, v := range res {
			out[k] = v
		}
		return out, nil
	})
	if err != nil {
		return nil, err
	}
	claims, _ := v.([]diplograph.ClaimRecord)
	out := make([]*model.Evidence, 0, len(claims))
	for _, c := range claims {
		quotes := c.Quotes
		if quotes == nil {
			quotes = []string{}
		}
		out = append(out, &model.Evidence{
			Communique: &model.Communique{Rec: c.Communique},
			Quote:      c.Quote, Quotes: quotes, Start: c.Start, End: c.End,
			Confidence: c.Confidence, Date: model.DateP(c.Date),
		})
	}
	return out, nil
}

// factEdges converts a page of facts to connection edges of type E whose
// nodes are the fact type T.
func factEdges[T model.Fact, E any](facts []diplograph.FactRecord, mk func(cursor string, node T) E) ([]E, []string) {
	edges := make([]E, 0, len(facts))
	var cursors []string
	for _, f := range facts {
		n, ok := model.FactOf(f).(T)
		if !ok {
			continue
		}
		c := encodeCursor(f.Key)
		cursors = append(cursors, c)
		edges = append(edges, mk(c, n))
	}
	return edges, cursors
}

// factNodes converts facts to their fact type T.
func factNodes[T model.Fact](facts []diplograph.FactRecord) []T {
	out := make([]T, 0, len(facts))
	for _, f := range facts {
		if n, ok := model.FactOf(f).(T); ok {
			out = append(out, n)
		}
	}
	return out
}

func officeConn(p diplograph.FactPage) *model.OfficeConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Office) *model.OfficeEdge { return &model.OfficeEdge{Cursor: c, Node: n} })
	return &model.OfficeConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func participationConn(p diplograph.FactPage) *model.ParticipationConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Participation) *model.ParticipationEdge {
		return &model.ParticipationEdge{Cursor: c, Node: n}
	})
	return &model.ParticipationConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func supportConn(p diplograph.FactPage) *model.SupportConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Support) *model.SupportEdge { return &model.SupportEdge{Cursor: c, Node: n} })
	return &model.SupportConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func membershipConn(p diplograph.FactPage) *model.MembershipConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Membership) *model.MembershipEdge {
		return &model.MembershipEdge{Cursor: c, Node: n}
	})
	return &model.MembershipConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func missionLinkConn(p diplograph.FactPage) *model.MissionLinkConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.MissionLink) *model.MissionLinkEdge {
		return &model.MissionLinkEdge{Cursor: c, Node: n}
	})
	return &model.MissionLinkConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func headshipConn(p diplograph.FactPage) *model.HeadshipConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Headship) *model.HeadshipEdge { return &model.HeadshipEdge{Cursor: c, Node: n} })
	return &model.HeadshipConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func affiliationConn(p diplograph.FactPage) *model.AffiliationConnection {
	edges, cs := factEdges(p.Facts, func(c string, n *model.Affiliation) *model.AffiliationEdge {
		return &model.AffiliationEdge{Cursor: c, Node: n}
	})
	return &model.AffiliationConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func entityConn(p diplograph.NodePage) *model.EntityConnection {
	edges := make([]*model.EntityEdge, 0, len(p.Nodes))
	var cs []string
	for _, n := range p.Nodes {
		e := model.EntityOf(n)
		if e == nil {
			continue
		}
		c := encodeCursor(n.ID)
		cs = append(cs, c)
		edges = append(edges, &model.EntityEdge{Cursor: c, Node: e})
	}
	return &model.EntityConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

func communiqueConn(p diplograph.NodePage) *model.CommuniqueConnection {
	edges := make([]*model.CommuniqueEdge, 0, len(p.Nodes))
	var cs []string
	for _, n := range p.Nodes {
		c := encodeCursor(n.ID)
		cs = append(cs, c)
		edges = append(edges, &model.CommuniqueEdge{Cursor: c, Node: &model.Communique{Rec: n}})
	}
	return &model.CommuniqueConnection{Edges: edges, PageInfo: pageInfo(p.HasNext, cs), TotalCount: p.Total}
}

// mentionedIn resolves Entity.mentionedIn for any entity.
func (r *Resolver) mentionedIn(ctx context.Context, id string, lang *string, from, to *model.Date, first *int, after *string) (*model.CommuniqueConnection, error) {
	tf, err := timeFilter(nil, from, to, lang)
	if err != nil {
		return nil, err
	}
	p, err := r.nodePage(ctx, diplograph.MentionedIn, id, nil, diplograph.FactFilter{TimeFilter: tf}, first, after)
	if err != nil {
		return nil, err
	}
	return communiqueConn(p), nil
}

// intArg validates an optional bounded integer argument.
func intArg(name string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, badInput("%s must be between %d and %d (got %d)", name, lo, hi, *v)
	}
	return *v, nil
}
