package neo4j

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"diplograph"
)

// The reader: read queries of the GraphQL layer (diplograph.Reader). Every
// query runs in a managed read transaction (ExecuteRead) with a timeout, takes
// user input only as parameters, and builds its Cypher text from fixed
// fragments chosen by code (labels and relationship types come from the
// vocabularies of the root package, never from the request).

// DefaultReadTimeout bounds a read query when the context has no deadline.
const DefaultReadTimeout = 30 * time.Second

var _ diplograph.Reader = (*Store)(nil)

// read runs one read query and returns its records.
func (s *Store) read(ctx context.Context, op, cypher string, params map[string]any) ([]*driver.Record, error) {
	s.countQuery(ctx)
	timeout := DefaultReadTimeout
	if dl, ok := ctx.Deadline(); ok {
		timeout = time.Until(dl)
		if timeout <= 0 {
			return nil, diplograph.E(op, diplograph.Timeout, context.DeadlineExceeded)
		}
	} else {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	sess := s.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	start := time.Now()
	out, err := sess.ExecuteRead(ctx, func(tx driver.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	}, driver.WithTxTimeout(timeout))
	if err != nil {
		kind := classify(err)
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			kind = diplograph.Timeout
		}
		if kind != diplograph.Timeout {
			slog.Error("neo4j read failed", "op", op, "err", err, "cypher", cypher)
		} else {
			slog.Warn("neo4j read timed out", "op", op, "after", time.Since(start))
		}
		return nil, diplograph.E(op, kind, err)
	}
	slog.Debug("neo4j read", "op", op, "ms", time.Since(start).Milliseconds())
	return out.([]*driver.Record), nil
}

// Cypher fragments returning a node or a fact as a map decoded by
// decodeNode and decodeFact.
func nodeMap(v string) string {
	return fmt.Sprintf("{id: %[1]s.id, labels: labels(%[1]s), props: %[1]s {.*, searchText: null, text: null}}", v)
}

// entityMap is nodeMap for any expression (entities have no text).
func entityMap(v string) string {
	return fmt.Sprintf("{id: %[1]s.id, labels: labels(%[1]s), props: properties(%[1]s)}", v)
}

func factMap(r, a, b string) string {
	return fmt.Sprintf("{type: type(%s), props: properties(%[1]s), from: %s, to: %s}", r, entityMap(a), entityMap(b))
}

// primaryLabels lists the labels that name a node's type, most specific first.
var primaryLabels = []string{
	diplograph.TypeEmbassy, diplograph.TypeConsulate, diplograph.TypeState, diplograph.TypePerson,
	diplograph.TypeOrganisation, diplograph.TypePosition, diplograph.TypeEvent, diplograph.TypeCity,
	LabelCommunique,
}

func decodeNode(v any) diplograph.NodeRecord {
	m, _ := v.(map[string]any)
	var n diplograph.NodeRecord
	n.ID, _ = m["id"].(string)
	labels, _ := m["labels"].([]any)
	for _, p := range primaryLabels {
		for _, l := range labels {
			if l == p && n.Label == "" {
				n.Label = p
			}
		}
	}
	props, _ := m["props"].(map[string]any)
	n.Props = make(map[string]any, len(props))
	for k, v := range props {
		if v == nil || k == "searchText" {
			continue
		}
		n.Props[k] = plain(v)
	}
	return n
}

// plain converts driver temporal values to strings (RFC 3339 for datetimes).
func plain(v any) any {
	switch t := v.(type) {
	case time.Time:
		return t.UTC().Format(time.RFC3339Nano)
	case dbtype.Date:
		return t.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return t.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.Duration:
		return t.String()
	case []any:
		out := make([]any, len(t))
		for i, x := range t {
			out[i] = plain(x)
		}
		return out
	}
	return v
}

// factMeta are relationship properties decoded into FactRecord fields
// rather than left in Props.
var factMeta = map[string]bool{"key": true, "sources": true, "firstSeen": true, "lastSeen": true, "confidence": true}

func decodeFact(v any) diplograph.FactRecord {
	m, _ := v.(map[string]any)
	var f diplograph.FactRecord
	f.Type, _ = m["type"].(string)
	f.From = decodeNode(m["from"])
	f.To = decodeNode(m["to"])
	props, _ := m["props"].(map[string]any)
	f.Key, _ = props["key"].(string)
	f.FirstSeen, _ = props["firstSeen"].(string)
	f.LastSeen, _ = props["lastSeen"].(string)
	f.Confidence = floatp(props["confidence"])
	for _, s := range asList(props["sources"]) {
		if str, ok := s.(string); ok {
			f.Sources = append(f.Sources, str)
		}
	}
	sort.Strings(f.Sources)
	f.Props = map[string]any{}
	for k, v := range props {
		if v != nil && !factMeta[k] {
			f.Props[k] = plain(v)
		}
	}
	return f
}

func asList(v any) []any {
	switch l := v.(type) {
	case []any:
		return l
	case nil:
		return nil
	}
	return []any{v}
}

func floatp(v any) *float64 {
	switch x := v.(type) {
	case float64:
		return &x
	case int64:
		f := float64(x)
		return &f
	}
	return nil
}

func intp(v any) *int {
	switch x := v.(type) {
	case int64:
		i := int(x)
		return &i
	case float64:
		i := int(x)
		return &i
	}
	return nil
}

func toInt(v any) int {
	if p := intp(v); p != nil {
		return *p
	}
	return 0
}

// labelExpr returns a label expression "A|B" of known entity labels, or
// "Entity" when types is empty. Unknown labels are an Invalid error.
func labelExpr(types []string) (string, error) {
	if len(types) == 0 {
		return LabelEntity, nil
	}
	var out []string
	for _, t := range types {
		if diplograph.EntityPrefix(t) == "" {
			return "", diplograph.Errorf("neo4j.read", diplograph.Invalid, "unknown entity type %q", t)
		}
		out = append(out, t)
	}
	return strings.Join(out, "|"), nil
}

// relExpr returns a relationship type expression "A|B" of known fact types
// (all of them when rels is empty).
func relExpr(rels []string) (string, error) {
	if len(rels) == 0 {
		return strings.Join(relTypes(), "|"), nil
	}
	for _, r := range rels {
		if _, ok := diplograph.RelationTypes[r]; !ok {
			return "", diplograph.Errorf("neo4j.read", diplograph.Invalid, "unknown relation type %q", r)
		}
	}
	return strings.Join(rels, "|"), nil
}

// Nodes returns the nodes (entities or communiqués) with the given ids.
func (s *Store) Nodes(ctx context.Context, ids []string, withText bool) (map[string]diplograph.NodeRecord, error) {
	out := make(map[string]diplograph.NodeRecord, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	proj := nodeMap("n")
	if withText {
		proj = "{id: n.id, labels: labels(n), props: n {.*, searchText: null}}"
	}
	cypher := `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (c:Communique {id: id})
WITH coalesce(e, c) AS n WHERE n IS NOT NULL
RETURN ` + proj + ` AS node`
	recs, err := s.read(ctx, "neo4j.nodes", cypher, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		v, _ := r.Get("node")
		n := decodeNode(v)
		out[n.ID] = n
	}
	return out, nil
}

// claimCond returns the condition on claim c (ASSERTED_IN communiqué d) of a
// time filter, adding its parameters (names prefixed by pfx) to p; "" when
// the filter is empty.
func claimCond(f diplograph.TimeFilter, p map[string]any, pfx string) string {
	var conds []string
	if f.AsOf != "" {
		p[pfx+"asOfEnd"] = diplograph.DateEnd(f.AsOf)
		conds = append(conds, "c.date <= $"+pfx+"asOfEnd")
	}
	if f.From != "" {
		p[pfx+"fromStart"] = f.From
		conds = append(conds, "(CASE size(c.date) WHEN 4 THEN c.date + '-12-31' WHEN 7 THEN c.date + '-31' ELSE c.date END) >= $"+pfx+"fromStart")
	}
	if f.To != "" {
		p[pfx+"toEnd"] = diplograph.DateEnd(f.To)
		conds = append(conds, "c.date <= $"+pfx+"toEnd")
	}
	if f.Lang != "" {
		p[pfx+"lang"] = f.Lang
		conds = append(conds, "d.lang = $"+pfx+"lang")
	}
	return strings.Join(conds, " AND ")
}

// claimsOf returns a Cypher expression of the claims of fact r (oldest first)
// passing a time filter, as a list decoded by decodeClaims; used inside a
// CALL (r) subquery.
func claimsOf(f diplograph.TimeFilter, p map[string]any) string {
	w := ""
	if c := claimCond(f, p, "cl_"); c != "" {
		w = "WHERE " + c
	}
	return `CALL (r) {
    MATCH (c:Claim {key: r.key})-[:ASSERTED_IN]->(d:Communique)
    ` + w + `
    WITH c, d ORDER BY c.date, d.id
    RETURN collect({c: properties(c), d: ` + nodeMap("d") + `}) AS claims
  }`
}

// decodeClaims decodes the claims of the fact key.
func decodeClaims(key string, v any) []diplograph.ClaimRecord {
	out := []diplograph.ClaimRecord{}
	for _, x := range asList(v) {
		m, _ := x.(map[string]any)
		c, _ := m["c"].(map[string]any)
		rec := diplograph.ClaimRecord{Key: key, Communique: decodeNode(m["d"])}
		rec.ID, _ = c["id"].(string)
		if q, ok := c["quote"].(string); ok {
			rec.Quote = &q
		}
		for _, q := range asList(c["quotes"]) {
			if s, ok := q.(string); ok {
				rec.Quotes = append(rec.Quotes, s)
			}
		}
		if len(rec.Quotes) == 0 && rec.Quote != nil {
			rec.Quotes = []string{*rec.Quote}
		}
		rec.Start, rec.End = intp(c["start"]), intp(c["end"])
		rec.Confidence = floatp(c["confidence"])
		rec.Date, _ = c["date"].(string)
		out = append(out, rec)
	}
	return out
}

// timeCond returns the condition on fact r of a time filter: asOf on
// r.firstSeen, the other constraints through its claims.
func timeCond(f diplograph.TimeFilter, p map[string]any) []string {
	var conds []string
	if f.AsOf != "" {
		p["asOfEnd"] = diplograph.DateEnd(f.AsOf)
		conds = append(conds, "r.firstSeen <= $asOfEnd")
	}
	if f.From != "" || f.To != "" || f.Lang != "" {
		conds = append(conds, "EXISTS { MATCH (c:Claim {key: r.key})-[:ASSERTED_IN]->(d:Communique) WHERE "+claimCond(f, p, "")+" }")
	}
	return conds
}

// Claims returns the claims of the given facts, oldest first.
func (s *Store) Claims(ctx context.Context, facts map[string][]string, f diplograph.TimeFilter) (map[string][]diplograph.ClaimRecord, error) {
	out := map[string][]diplograph.ClaimRecord{}
	if len(facts) == 0 {
		return out, nil
	}
	keys := make([]string, 0, len(facts))
	for k := range facts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	p := map[string]any{"keys": keys}
	where := ""
	if c := claimCond(f, p, ""); c != "" {
		where = "WHERE " + c
	}
	cypher := `UNWIND $keys AS key
MATCH (c:Claim {key: key})-[:ASSERTED_IN]->(d:Communique)
` + where + `
WITH key, c, d ORDER BY c.date, d.id
RETURN key, collect({c: properties(c), d: ` + nodeMap("d") + `}) AS claims`
	recs, err := s.read(ctx, "neo4j.claims", cypher, p)
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		kv, _ := r.Get("key")
		key, _ := kv.(string)
		cl, _ := r.Get("claims")
		out[key] = append(out[key], decodeClaims(key, cl)...)
	}
	return out, nil
}
