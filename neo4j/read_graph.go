package neo4j

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"

	"diplograph"
)

// searchQuery turns user text into a Lucene query: its folded words, each
// matched exactly (boosted), as a prefix, or within a small edit distance (so
// that "tokayev" finds "Tokaïev"), all words required. Only letters and digits
// reach Lucene, so its syntax cannot be injected.
func searchQuery(text string) string {
	words := strings.FieldsFunc(Fold(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var parts []string
	for _, w := range words {
		switch n := len([]rune(w)); {
		case n >= 8:
			parts = append(parts, fmt.Sprintf("(%[1]s^4 OR %[1]s*^2 OR %[1]s~2)", w))
		case n >= 4:
			parts = append(parts, fmt.Sprintf("(%[1]s^4 OR %[1]s*^2 OR %[1]s~1)", w))
		default:
			parts = append(parts, fmt.Sprintf("(%[1]s^4 OR %[1]s*^2)", w))
		}
	}
	return strings.Join(parts, " AND ")
}

// Search runs a full-text search over entity names (index entity_search),
// best first; Page.After = [score, id].
func (s *Store) Search(ctx context.Context, q diplograph.SearchQuery) (diplograph.SearchPage, error) {
	const op = "neo4j.search"
	lq := searchQuery(q.Text)
	if lq == "" {
		return diplograph.SearchPage{}, diplograph.Errorf(op, diplograph.Invalid, "search text has no words")
	}
	p := map[string]any{"index": FullTextIndex, "q": lq, "limit": q.Page.First + 1}
	var conds []string
	if len(q.Types) > 0 {
		if _, err := labelExpr(q.Types); err != nil {
			return diplograph.SearchPage{}, err
		}
		p["labels"] = q.Types
		conds = append(conds, "any(l IN labels(node) WHERE l IN $labels)")
	}
	pageConds := conds
	if len(q.Page.After) == 2 {
		p["afterScore"], p["afterId"] = q.Page.After[0], q.Page.After[1]
		pageConds = append(append([]string{}, conds...), "(score < $afterScore OR (score = $afterScore AND node.id > $afterId))")
	}
	total := "-1 AS total"
	if q.Page.WithTotal {
		total = fmt.Sprintf(`COUNT { CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score %s RETURN node } AS total`, where(conds))
	}
	cypher := fmt.Sprintf(`CALL () {
  CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
  %s
  WITH node, score ORDER BY score DESC, node.id LIMIT $limit
  RETURN collect({node: %s, score: score}) AS hits
}
RETURN hits, %s`, where(pageConds), nodeMap("node"), total)
	recs, err := s.read(ctx, op, cypher, p)
	if err != nil {
		return diplograph.SearchPage{}, err
	}
	var page diplograph.SearchPage
	if len(recs) == 0 {
		return page, nil
	}
	hits, _ := recs[0].Get("hits")
	tv, _ := recs[0].Get("total")
	page.Total = toInt(tv)
	for _, h := range asList(hits) {
		m, _ := h.(map[string]any)
		sc := floatp(m["score"])
		hit := diplograph.SearchHit{Node: decodeNode(m["node"])}
		if sc != nil {
			hit.Score = *sc
		}
		page.Hits = append(page.Hits, hit)
	}
	if len(page.Hits) > q.Page.First {
		page.Hits, page.HasNext = page.Hits[:q.Page.First], true
	}
	return page, nil
}

// graphBuilder accumulates nodes and edges, each once, in insertion order.
type graphBuilder struct {
	g     diplograph.Graph
	nodes map[string]bool
	edges map[string]bool
}

func newGraphBuilder() *graphBuilder {
	return &graphBuilder{g: diplograph.Graph{Nodes: []diplograph.GraphNode{}, Edges: []diplograph.GraphEdge{}},
		nodes: map[string]bool{}, edges: map[string]bool{}}
}

// GraphNodeOf converts a node record to a graph node: label = name,
// properties = stored properties but the id and the name.
func GraphNodeOf(n diplograph.NodeRecord) diplograph.GraphNode {
	props := maps.Clone(n.Props)
	delete(props, "id")
	label := n.Str("name")
	if label == "" {
		label = n.ID
	}
	return diplograph.GraphNode{ID: n.ID, Type: n.Label, Label: label, Properties: props}
}

// GraphEdgeOf converts a fact to a graph edge: id = relationship key;
// properties = the fact's properties plus firstSeen, lastSeen, confidence and
// sources.
func GraphEdgeOf(f diplograph.FactRecord) diplograph.GraphEdge {
	props := maps.Clone(f.Props)
	if props == nil {
		props = map[string]any{}
	}
	if f.FirstSeen != "" {
		props["firstSeen"] = f.FirstSeen
	}
	if f.LastSeen != "" {
		props["lastSeen"] = f.LastSeen
	}
	if f.Confidence != nil {
		props["confidence"] = *f.Confidence
	}
	src := make([]any, len(f.Sources))
	for i, s := range f.Sources {
		src[i] = s
	}
	props["sources"] = src
	return diplograph.GraphEdge{ID: f.Key, Type: f.Type, Source: f.From.ID, Target: f.To.ID, Properties: props}
}

// sorted returns the graph with nodes and edges sorted by id (stable answers).
func (gb *graphBuilder) sorted() *diplograph.Graph {
	slices.SortFunc(gb.g.Nodes, func(a, b diplograph.GraphNode) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(gb.g.Edges, func(a, b diplograph.GraphEdge) int { return strings.Compare(a.ID, b.ID) })
	return &gb.g
}

func (gb *graphBuilder) node(n diplograph.NodeRecord) {
	if n.ID == "" || gb.nodes[n.ID] {
		return
	}
	gb.nodes[n.ID] = true
	gb.g.Nodes = append(gb.g.Nodes, GraphNodeOf(n))
}

func (gb *graphBuilder) fact(f diplograph.FactRecord) {
	if f.Key == "" || gb.edges[f.Key] {
		return
	}
	gb.node(f.From)
	gb.node(f.To)
	gb.edges[f.Key] = true
	gb.g.Edges = append(gb.g.Edges, GraphEdgeOf(f))
}

// SupportGraph returns supporters → positions (SUPPORTS) → subjects (CONCERNS).
func (s *Store) SupportGraph(ctx context.Context, q diplograph.SupportGraphQuery) (*diplograph.Graph, error) {
	const op = "neo4j.supportgraph"
	fp := factPatterns[diplograph.AllSupports]
	p := map[string]any{"limit": q.Limit}
	conds := filterConds(fp, q.Filter, p)
	cypher := fmt.Sprintf(`MATCH %s
WITH DISTINCT a, r, b
%s
WITH a, r, b ORDER BY r.key LIMIT $limit
WITH collect(%s) AS supports, collect(DISTINCT b) AS positions
CALL (positions) {
  UNWIND positions AS pos
  MATCH (pos)-[c:CONCERNS]->(s:Entity)
  RETURN collect(%s) AS concerns
}
RETURN supports, concerns`, fp.matchText(q.Filter), where(conds), factMap("r", "a", "b"), factMap("c", "pos", "s"))
	recs, err := s.read(ctx, op, cypher, p)
	if err != nil {
		return nil, err
	}
	gb := newGraphBuilder()
	for _, r := range recs {
		sup, _ := r.Get("supports")
		con, _ := r.Get("concerns")
		for _, x := range asList(sup) {
			gb.fact(decodeFact(x))
		}
		for _, x := range asList(con) {
			gb.fact(decodeFact(x))
		}
	}
	return gb.sorted(), nil
}

// Neighborhood returns the nodes within q.Depth facts of q.ID and the facts
// between them, breadth first, at most q.Limit nodes.
func (s *Store) Neighborhood(ctx context.Context, q diplograph.NeighborhoodQuery) (*diplograph.Graph, error) {
	const op = "neo4j.neighborhood"
	rels, err := relExpr(q.Relations)
	if err != nil {
		return nil, err
	}
	if _, err := labelExpr(q.Types); err != nil {
		return nil, err
	}
	p := map[string]any{"id": q.ID, "limit": q.Limit, "labels": q.Types, "cap": q.Limit * 20}
	var conds []string
	if q.AsOf != "" {
		p["asOfEnd"] = diplograph.DateEnd(q.AsOf)
		conds = append(conds, "r.firstSeen <= $asOfEnd")
	}
	if len(q.Types) > 0 {
		conds = append(conds, "any(l IN labels(m) WHERE l IN $labels)")
	}
	var b strings.Builder
	b.WriteString("MATCH (n0:Entity {id: $id})\nWITH [n0] AS seen, [n0] AS frontier, [] AS rels\n")
	for i := 0; i < q.Depth; i++ {
		fmt.Fprintf(&b, `CALL (seen, frontier) {
  UNWIND frontier AS x
  MATCH (x)-[r:%s]-(m:Entity)
  %s
  WITH r, m ORDER BY m.id, r.key LIMIT $cap
  RETURN collect(DISTINCT r) AS rs, collect(DISTINCT m) AS ms
}
WITH seen, rels + rs AS rels, [m IN ms WHERE NOT m IN seen] AS fresh
WITH seen + fresh[..($limit - size(seen))] AS seen, rels, fresh[..($limit - size(seen))] AS frontier
`, rels, where(conds))
	}
	fmt.Fprintf(&b, `RETURN [n IN seen | %s] AS nodes,
  [r IN rels WHERE startNode(r) IN seen AND endNode(r) IN seen | %s] AS facts`,
		nodeMap("n"), factMap("r", "startNode(r)", "endNode(r)"))
	recs, err := s.read(ctx, op, b.String(), p)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, diplograph.Errorf(op, diplograph.NotFound, "no node %q", q.ID)
	}
	gb := newGraphBuilder()
	nodes, _ := recs[0].Get("nodes")
	facts, _ := recs[0].Get("facts")
	for _, n := range asList(nodes) {
		gb.node(decodeNode(n))
	}
	for _, f := range asList(facts) {
		gb.fact(decodeFact(f))
	}
	return gb.sorted(), nil
}

// Path returns a shortest path of at most q.MaxHops facts between two nodes;
// among several, the first by the ids of its nodes (so answers are stable).
func (s *Store) Path(ctx context.Context, q diplograph.PathQuery) (*diplograph.Graph, error) {
	const op = "neo4j.path"
	rels, err := relExpr(q.Relations)
	if err != nil {
		return nil, err
	}
	p := map[string]any{"from": q.From, "to": q.To}
	cond := ""
	if q.AsOf != "" {
		p["asOfEnd"] = diplograph.DateEnd(q.AsOf)
		cond = "WHERE all(r IN relationships(p) WHERE r.firstSeen <= $asOfEnd)"
	}
	cypher := fmt.Sprintf(`OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = allShortestPaths((a)-[:%s*1..%d]-(b))
  %s
  WITH p LIMIT 10000
  WITH p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | r.key] LIMIT 1
  RETURN p
}
RETURN a IS NOT NULL AS hasFrom, b IS NOT NULL AS hasTo, %s AS from,
  [n IN coalesce(nodes(p), []) | %s] AS nodes,
  [r IN coalesce(relationships(p), []) | %s] AS facts`,
		rels, q.MaxHops, cond, nodeMap("a"), nodeMap("n"), factMap("r", "startNode(r)", "endNode(r)"))
	recs, err := s.read(ctx, op, cypher, p)
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, diplograph.Errorf(op, diplograph.Internal, "path query returned nothing")
	}
	r := recs[0]
	hf, _ := r.Get("hasFrom")
	ht, _ := r.Get("hasTo")
	if hf != true {
		return nil, diplograph.Errorf(op, diplograph.NotFound, "no node %q", q.From)
	}
	if ht != true {
		return nil, diplograph.Errorf(op, diplograph.NotFound, "no node %q", q.To)
	}
	gb := newGraphBuilder()
	nodes, _ := r.Get("nodes")
	facts, _ := r.Get("facts")
	for _, n := range asList(nodes) {
		gb.node(decodeNode(n))
	}
	for _, f := range asList(facts) {
		gb.fact(decodeFact(f))
	}
	if len(gb.g.Nodes) == 0 && q.From == q.To {
		from, _ := r.Get("from")
		gb.node(decodeNode(from))
	}
	return &gb.g, nil
}
