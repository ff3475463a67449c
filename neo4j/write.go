package neo4j

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"diplograph"
)

var _ diplograph.Writer = (*Store)(nil)

// Property names the writer manages itself: input props with these names are
// dropped (entity props) or kept only on the claim (relation props).
var (
	reservedEntityProps = []string{"id", "name", "searchText", "aliases", "names"}
	reservedClaimProps  = []string{"id", "key", "type", "from", "to", "communique", "quote", "quotes",
		"start", "starts", "end", "ends", "confidence", "propKeys", "sources", "firstSeen", "lastSeen"}
)

// RelKey returns the identity key of a fact relationship:
// "TYPE|from|to", plus "|role" for HOLDS_OFFICE and PARTICIPATED_IN (role
// may be empty).
func RelKey(r diplograph.Relation) string {
	k := r.Type + "|" + r.From + "|" + r.To
	if r.Type == diplograph.RelHoldsOffice || r.Type == diplograph.RelParticipatedIn {
		role := ""
		if v, ok := r.Props["role"]; ok && v != nil {
			role = fmt.Sprint(v)
		}
		k += "|" + role
	}
	return k
}

// ClaimID returns the id of the claim of a communiqué for a fact: "<docId>|<key>".
func ClaimID(docID, key string) string { return docID + "|" + key }

// SearchText returns the folded, lower-case words of the given names, space
// joined, without duplicates: the searchText of an entity.
func SearchText(names ...string) string { return strings.Join(searchWords(names...), " ") }

func searchWords(names ...string) []string {
	var words []string
	for _, n := range names {
		for _, w := range strings.Fields(Fold(n)) {
			if !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
	}
	return words
}

// Fold lower-cases s and removes its accents ("Tokaïev" → "tokaiev").
func Fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// prepared is a communiqué turned into statement rows.
type prepared struct {
	id, hash string
	props    map[string]any    // the Communique node's properties
	ents     map[string][]any  // entity label → rows
	rels     map[string][]any  // relationship type → rows
	keys     map[string]string // relationship key → type
	entIDs   map[string]bool   // ids of the entities the document defines
	nrows    int               // number of rows, to size groups
}

// prepare validates c and turns it into rows.
func prepare(c *diplograph.Communique) (*prepared, error) {
	const op = "neo4j.write"
	if c == nil || c.Document == nil {
		return nil, diplograph.Errorf(op, diplograph.Invalid, "no document")
	}
	textLen := len(c.Text)
	if err := c.Validate(textLen); err != nil {
		return nil, err
	}
	d := c.Document
	hash := c.Hash
	if hash == "" {
		b, err := json.Marshal(d)
		if err != nil {
			return nil, diplograph.E(op, diplograph.Invalid, err)
		}
		sum := sha256.Sum256(b)
		hash = hex.EncodeToString(sum[:])
	}
	p := &prepared{
		id: d.Doc.ID, hash: hash,
		ents: map[string][]any{}, rels: map[string][]any{}, keys: map[string]string{}, entIDs: map[string]bool{},
	}
	p.props = map[string]any{"id": d.Doc.ID, "hash": hash}
	for k, v := range map[string]string{"source": d.Doc.Source, "date": d.Doc.Date, "lang": d.Doc.Lang, "title": d.Doc.Title, "text": c.Text} {
		if v != "" {
			p.props[k] = v
		}
	}

	// Entities: one row per id (a later definition in the document wins).
	types := map[string]string{}
	eventDate := map[string]string{}
	var order []string
	byID := map[string]diplograph.Entity{}
	for _, e := range d.Entities {
		if _, seen := byID[e.ID]; !seen {
			order = append(order, e.ID)
		}
		byID[e.ID] = e
		types[e.ID] = e.Type
		if e.Type == diplograph.TypeEvent {
			if s, ok := e.Props["date"].(string); ok && s != "" {
				eventDate[e.ID] = s
			}
		}
	}
	sort.Strings(order) // a fixed lock order across writers
	for _, id := range order {
		e := byID[id]
		props := map[string]any{}
		for k, v := range e.Props {
			if v == nil || slices.Contains(reservedEntityProps, k) {
				continue
			}
			props[k] = propValue(v)
		}
		aliases := stringList(e.Props["aliases"])
		names := stringList(e.Props["names"])
		acronym, _ := e.Props["acronym"].(string)
		all := append([]string{e.Name}, aliases...)
		all = append(all, acronym)
		all = append(all, names...)
		row := map[string]any{
			"doc": p.id, "id": e.ID, "name": e.Name, "props": props,
			"aliases": listOrNil(aliases), "names": listOrNil(names), "words": toAny(searchWords(all...)),
		}
		p.ents[e.Type] = append(p.ents[e.Type], row)
		p.entIDs[e.ID] = true
		p.nrows++
	}

	// Relations: one claim per key (duplicates in the document are merged).
	type claim struct {
		rel      diplograph.Relation
		props    map[string]any
		evidence []diplograph.Evidence
		conf     *float64
	}
	claims := map[string]*claim{}
	var keys []string
	for _, r := range d.Relations {
		k := RelKey(r)
		cl, ok := claims[k]
		if !ok {
			cl = &claim{rel: r, props: map[string]any{}}
			claims[k] = cl
			keys = append(keys, k)
		}
		for pk, v := range r.Props {
			if v != nil {
				cl.props[pk] = v
			}
		}
		for _, ev := range r.Evidence {
			if !slices.Contains(cl.evidence, ev) {
				cl.evidence = append(cl.evidence, ev)
			}
		}
		if r.Confidence != nil && (cl.conf == nil || *r.Confidence > *cl.conf) {
			v := *r.Confidence
			cl.conf = &v
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		cl := claims[k]
		r := cl.rel
		m := map[string]any{
			"id": ClaimID(p.id, k), "key": k, "type": r.Type, "from": r.From, "to": r.To, "communique": p.id,
		}
		var propKeys []string
		for pk, v := range cl.props {
			if slices.Contains(reservedClaimProps, pk) {
				continue
			}
			m[pk] = propValue(v)
			propKeys = append(propKeys, pk)
		}
		sort.Strings(propKeys)
		m["propKeys"] = toAny(propKeys)
		date := ""
		if s, ok := cl.props["date"].(string); ok && s != "" {
			date = s
		} else if s := eventDate[r.To]; s != "" && types[r.To] == diplograph.TypeEvent {
			date = s
		} else {
			date = d.Doc.Date
		}
		if date != "" {
			m["date"] = date
		}
		if cl.conf != nil {
			m["confidence"] = *cl.conf
		}
		if len(cl.evidence) > 0 {
			quotes, starts, ends := make([]any, len(cl.evidence)), make([]any, len(cl.evidence)), make([]any, len(cl.evidence))
			for i, ev := range cl.evidence {
				quotes[i], starts[i], ends[i] = ev.Quote, int64(ev.Start), int64(ev.End)
			}
			m["quote"], m["start"], m["end"] = quotes[0], starts[0], ends[0]
			m["quotes"], m["starts"], m["ends"] = quotes, starts, ends
		}
		p.rels[r.Type] = append(p.rels[r.Type], map[string]any{"doc": p.id, "key": k, "from": r.From, "to": r.To, "claim": m})
		p.keys[k] = r.Type
		p.nrows++
	}
	return p, nil
}

// propValue converts a JSON value to one Neo4j stores: lists must hold one
// type, so mixed lists become lists of strings.
func propValue(v any) any {
	switch x := v.(type) {
	case []any:
		if len(x) == 0 {
			return []any{}
		}
		same := true
		for _, it := range x[1:] {
			if fmt.Sprintf("%T", it) != fmt.Sprintf("%T", x[0]) {
				same = false
			}
		}
		if same {
			return x
		}
		out := make([]any, len(x))
		for i, it := range x {
			out[i] = fmt.Sprint(it)
		}
		return out
	case []string:
		return toAny(x)
	case int:
		return int64(x)
	}
	return v
}

func stringList(v any) []string {
	switch x := v.(type) {
	case string:
		if x != "" {
			return []string{x}
		}
	case []string:
		return x
	case []any:
		var out []string
		for _, it := range x {
			if s, ok := it.(string); ok && s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func listOrNil(s []string) any {
	if len(s) == 0 {
		return nil
	}
	return toAny(s)
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// Statements. Labels and types are never parameters: each comes from the
// whitelists of the diplograph package (EntityTypes, RelationTypes).

const lockQuery = `UNWIND $ids AS id
MERGE (c:Communique {id: id})
SET c._lock = true
REMOVE c._lock
RETURN c.id AS id, c.hash AS hash`

const dropClaimsQuery = `UNWIND $ids AS id
MATCH (:Communique {id: id})<-[:ASSERTED_IN]-(cl:Claim)
WITH cl, cl.key AS key, cl.type AS type
DETACH DELETE cl
RETURN DISTINCT key, type`

const dropMentionsQuery = `UNWIND $ids AS id
MATCH (:Communique {id: id})-[m:MENTIONS]->(e)
WITH m, e.id AS eid
DELETE m
RETURN DISTINCT eid`

const communiqueQuery = `UNWIND $docs AS d
MATCH (c:Communique {id: d.id})
SET c = d.props
SET c.loadedAt = datetime()`

func entityQuery(label string) string {
	extra := ":Entity"
	if label == diplograph.TypeEmbassy || label == diplograph.TypeConsulate {
		extra = ":Entity:Mission"
	}
	return `UNWIND $rows AS row
MERGE (n:` + label + ` {id: row.id})
SET n` + extra + `, n += row.props, n.name = row.name
SET n.aliases = CASE WHEN row.aliases IS NULL THEN n.aliases
      ELSE reduce(acc = coalesce(n.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END) END,
    n.names = CASE WHEN row.names IS NULL THEN n.names
      ELSE reduce(acc = coalesce(n.names, []), x IN row.names | CASE WHEN x IN acc THEN acc ELSE acc + x END) END
WITH n, row, reduce(acc = [w IN split(coalesce(n.searchText, ''), ' ') WHERE w <> ''], w IN row.words |
      CASE WHEN w IN acc THEN acc ELSE acc + w END) AS words
SET n.searchText = reduce(s = '', w IN words | s + CASE WHEN s = '' THEN '' ELSE ' ' END + w)`
}

const mentionsQuery = `UNWIND $rows AS row
MATCH (c:Communique {id: row.doc})
MATCH (n:Entity {id: row.id})
CREATE (c)-[:MENTIONS]->(n)`

// mergeEntityRows merges the rows of the same entity, in order, into one
// row per id (sorted by id): the last name and props win, the aliases,
// names and search words are united, as writing them one after the other
// would do.
func mergeEntityRows(rows []any) []any {
	byID := map[string]map[string]any{}
	var ids []string
	for _, r := range rows {
		row := r.(map[string]any)
		id := row["id"].(string)
		m, ok := byID[id]
		if !ok {
			m = map[string]any{"id": id, "props": map[string]any{}}
			byID[id] = m
			ids = append(ids, id)
		}
		m["name"] = row["name"]
		maps.Copy(m["props"].(map[string]any), row["props"].(map[string]any))
		for _, k := range []string{"aliases", "names", "words"} {
			if l, ok := row[k].([]any); ok {
				cur, _ := m[k].([]any)
				for _, x := range l {
					if !slices.Contains(cur, x) {
						cur = append(cur, x)
					}
				}
				m[k] = cur
			} else if _, ok := m[k]; !ok {
				m[k] = nil
			}
		}
	}
	sort.Strings(ids)
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
	}
	return out
}

func relationQuery(typ string) string {
	return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[:` + typ + ` {key: row.key}]->(b)
WITH a, b, row
MATCH (c:Communique {id: row.doc})
CREATE (cl:Claim)
SET cl = row.claim
CREATE (cl)-[:ASSERTED_IN]->(c), (cl)-[:SUBJECT]->(a), (cl)-[:OBJECT]->(b)`
}

const claimsQuery = `UNWIND $keys AS k
MATCH (cl:Claim {key: k})
RETURN k AS key, collect([cl.communique, cl.date, cl.confidence,
  [p IN coalesce(cl.propKeys, []) | [p, cl[p]]]]) AS claims`

func relPropsQuery(typ string) string {
	return `UNWIND $rows AS row
MATCH ()-[r:` + typ + ` {key: row.key}]->()
SET r = row.props`
}

func relDeleteQuery(typ string) string {
	return `UNWIND $keys AS k
MATCH ()-[r:` + typ + ` {key: k}]->()
DELETE r`
}

const orphansQuery = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-() }
DETACH DELETE e`

// counts sums the counters of the statements of a transaction.
type counts struct{ nodesCreated, nodesDeleted, relsCreated, relsDeleted int }

func (c *counts) add(o counts) {
	c.nodesCreated += o.nodesCreated
	c.nodesDeleted += o.nodesDeleted
	c.relsCreated += o.relsCreated
	c.relsDeleted += o.relsDeleted
}

// txRunner runs the statements of one transaction attempt.
type txRunner struct {
	ctx context.Context
	tx  driver.ManagedTransaction
	n   counts
}

func (r *txRunner) run(q string, params map[string]any) ([]*driver.Record, error) {
	res, err := r.tx.Run(r.ctx, q, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(r.ctx)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(r.ctx)
	if err != nil {
		return nil, err
	}
	c := sum.Counters()
	r.n.nodesCreated += c.NodesCreated()
	r.n.nodesDeleted += c.NodesDeleted()
	r.n.relsCreated += c.RelationshipsCreated()
	r.n.relsDeleted += c.RelationshipsDeleted()
	return recs, nil
}

// runChunks runs q once per chunk of at most size rows, as parameter name.
func (r *txRunner) runChunks(q, name string, rows []any, size int) error {
	for len(rows) > 0 {
		n := min(size, len(rows))
		if _, err := r.run(q, map[string]any{name: rows[:n]}); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// Write writes one communiqué in one managed write transaction: all of it or,
// on failure, nothing. Writing the same id and hash again changes nothing
// (Unchanged); a new hash replaces what the earlier version asserted
// (Replaced).
func (s *Store) Write(ctx context.Context, c *diplograph.Communique) (diplograph.WriteResult, error) {
	start := time.Now()
	p, err := prepare(c)
	if err != nil {
		return diplograph.WriteResult{}, err
	}
	statuses, n, err := s.writeGroup(ctx, []*prepared{p})
	if err != nil {
		return diplograph.WriteResult{}, err
	}
	return diplograph.WriteResult{
		Status: statuses[0], NodesCreated: n.nodesCreated, NodesDeleted: n.nodesDeleted,
		RelationshipsCreated: n.relsCreated, RelationshipsDeleted: n.relsDeleted,
		Duration: time.Since(start),
	}, nil
}

// BatchResult reports WriteMany.
type BatchResult struct {
	// Results and Errs are per communiqué, in the order given. The counts of
	// a Result are those of its own transaction; they are zero when the
	// communiqué was written together with others (see the totals).
	Results []diplograph.WriteResult
	Errs    []error
	// Totals over all the transactions.
	NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted int
}

// WriteMany writes several communiqués, grouping small ones into one
// transaction of about BatchSize rows for throughput. When a group fails, its
// communiqués are retried one transaction each, so that each is still
// all-or-nothing and one bad communiqué does not fail the others. The error
// is only for ctx being done.
func (s *Store) WriteMany(ctx context.Context, cs []*diplograph.Communique) (BatchResult, error) {
	res := BatchResult{Results: make([]diplograph.WriteResult, len(cs)), Errs: make([]error, len(cs))}
	var group []*prepared
	var idx []int
	rows := 0
	seen := map[string]bool{}
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		defer func() { group, idx, rows, seen = nil, nil, 0, map[string]bool{} }()
		start := time.Now()
		statuses, n, err := s.writeGroup(ctx, group)
		if err == nil {
			for j, i := range idx {
				res.Results[i] = diplograph.WriteResult{Status: statuses[j], Duration: time.Since(start)}
				if len(group) == 1 {
					res.Results[i].NodesCreated, res.Results[i].NodesDeleted = n.nodesCreated, n.nodesDeleted
					res.Results[i].RelationshipsCreated, res.Results[i].RelationshipsDeleted = n.relsCreated, n.relsDeleted
				}
			}
			res.add(n)
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if len(group) == 1 {
			res.Errs[idx[0]] = err
			return nil
		}
		for j, i := range idx {
			start := time.Now()
			statuses, n, err := s.writeGroup(ctx, group[j:j+1])
			if err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				res.Errs[i] = err
				continue
			}
			res.Results[i] = diplograph.WriteResult{Status: statuses[0], NodesCreated: n.nodesCreated, NodesDeleted: n.nodesDeleted,
				RelationshipsCreated: n.relsCreated, RelationshipsDeleted: n.relsDeleted, Duration: time.Since(start)}
			res.add(n)
		}
		return nil
	}
	for i, c := range cs {
		p, err := prepare(c)
		if err != nil {
			res.Errs[i] = err
			continue
		}
		if seen[p.id] || (len(group) > 0 && rows+p.nrows > s.batchSize) {
			if err := flush(); err != nil {
				return res, err
			}
		}
		group, idx = append(group, p), append(idx, i)
		rows += p.nrows
		seen[p.id] = true
	}
	if err := flush(); err != nil {
		return res, err
	}
	return res, nil
}

func (r *BatchResult) add(n counts) {
	r.NodesCreated += n.nodesCreated
	r.NodesDeleted += n.nodesDeleted
	r.RelationshipsCreated += n.relsCreated
	r.RelationshipsDeleted += n.relsDeleted
}

// writeGroup writes communiqués with distinct ids in one transaction.
func (s *Store) writeGroup(ctx context.Context, group []*prepared) ([]diplograph.WriteStatus, counts, error) {
	const op = "neo4j.write"
	sess := s.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeWrite})
	defer sess.Close(context.Background())
	type outcome struct {
		statuses []diplograph.WriteStatus
		n        counts
	}
	out, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		r := &txRunner{ctx: ctx, tx: tx}
		statuses, err := s.writeTx(r, group)
		if err != nil {
			return nil, err
		}
		return outcome{statuses, r.n}, nil
	})
	if err != nil {
		e := diplograph.E(op, classify(err), err)
		if len(group) == 1 {
			e = diplograph.E(op, classify(err), fmt.Errorf("communiqué %q: %w", group[0].id, err))
		}
		return nil, counts{}, e
	}
	o := out.(outcome)
	return o.statuses, o.n, nil
}

// stage calls the test hook, if any, at a stage of a transaction.
func (s *Store) stage(name string, group []*prepared) error {
	if s.hook == nil {
		return nil
	}
	ids := make([]string, len(group))
	for i, p := range group {
		ids[i] = p.id
	}
	return s.hook(name, ids)
}

// writeTx runs the statements of a group inside transaction attempt r.
func (s *Store) writeTx(r *txRunner, group []*prepared) ([]diplograph.WriteStatus, error) {
	// 1. Lock the Communique nodes (in id order) and read their hashes.
	byID := map[string]int{}
	ids := make([]string, len(group))
	for i, p := range group {
		byID[p.id] = i
		ids[i] = p.id
	}
	slices.Sort(ids)
	recs, err := r.run(lockQuery, map[string]any{"ids": toAny(ids)})
	if err != nil {
		return nil, err
	}
	statuses := make([]diplograph.WriteStatus, len(group))
	var todo []*prepared
	var replaced []any
	for _, rec := range recs {
		id, _ := rec.Get("id")
		hash, _ := rec.Get("hash")
		i := byID[id.(string)]
		switch h, _ := hash.(string); {
		case h == "":
			statuses[i] = diplograph.Loaded
			todo = append(todo, group[i])
		case h == group[i].hash:
			statuses[i] = diplograph.Unchanged
		default:
			statuses[i] = diplograph.Replaced
			todo = append(todo, group[i])
			replaced = append(replaced, group[i].id)
		}
	}
	if len(todo) == 0 {
		return statuses, nil
	}
	if err := s.stage("locked", todo); err != nil {
		return nil, err
	}

	// 2. Replaced communiqués: drop their claims and mentions, remember
	// what they touched.
	touched := map[string]string{} // key → type
	var oldEntities []any
	if len(replaced) > 0 {
		recs, err := r.run(dropClaimsQuery, map[string]any{"ids": replaced})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			k, _ := rec.Get("key")
			t, _ := rec.Get("type")
			ks, _ := k.(string)
			ts, _ := t.(string)
			if _, ok := diplograph.RelationTypes[ts]; ok && ks != "" {
				touched[ks] = ts
			}
		}
		recs, err = r.run(dropMentionsQuery, map[string]any{"ids": replaced})
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			id, _ := rec.Get("eid")
			oldEntities = append(oldEntities, id)
		}
		if err := s.stage("dropped", todo); err != nil {
			return nil, err
		}
	}

	// 3. The Communique nodes' properties.
	docs := make([]any, len(todo))
	for i, p := range todo {
		docs[i] = map[string]any{"id": p.id, "props": p.props}
	}
	if _, err := r.run(communiqueQuery, map[string]any{"docs": docs}); err != nil {
		return nil, err
	}

	// 4. Entities, one statement per label, one row per entity (the
	// definitions of the group merged in order), then the MENTIONS.
	var mentions []any
	for _, t := range diplograph.EntityTypes {
		var rows []any
		for _, p := range todo {
			for _, row := range p.ents[t.Type] {
				rows = append(rows, row)
				mentions = append(mentions, map[string]any{"doc": p.id, "id": row.(map[string]any)["id"]})
			}
		}
		if len(rows) == 0 {
			continue
		}
		rows = mergeEntityRows(rows)
		if err := r.runChunks(entityQuery(t.Type), "rows", rows, s.batchSize); err != nil {
			return nil, err
		}
	}
	sortRows(mentions, "id")
	if err := r.runChunks(mentionsQuery, "rows", mentions, s.batchSize); err != nil {
		return nil, err
	}
	if err := s.stage("entities", todo); err != nil {
		return nil, err
	}

	// 5. Fact relationships and claims, one statement per type.
	for _, typ := range relTypes() {
		var rows []any
		for _, p := range todo {
			rows = append(rows, p.rels[typ]...)
			for k, t := range p.keys {
				if t == typ {
					touched[k] = t
				}
			}
		}
		if len(rows) == 0 {
			continue
		}
		sortRows(rows, "key")
		if err := r.runChunks(relationQuery(typ), "rows", rows, s.batchSize); err != nil {
			return nil, err
		}
	}
	if err := s.stage("relations", todo); err != nil {
		return nil, err
	}

	// 6. Recompute sources, firstSeen, lastSeen, confidence and props of
	// every touched relationship from its claims; delete those left without.
	if err := s.refreshRelationships(r, touched); err != nil {
		return nil, err
	}

	// 7. Entities no communiqué mentions any more.
	if len(oldEntities) > 0 {
		if err := r.runChunks(orphansQuery, "ids", oldEntities, s.batchSize); err != nil {
			return nil, err
		}
	}
	if err := s.stage("done", todo); err != nil {
		return nil, err
	}
	return statuses, nil
}

// sortRows sorts statement rows by a string field (a fixed lock order).
func sortRows(rows []any, field string) {
	sort.SliceStable(rows, func(i, j int) bool {
		return rows[i].(map[string]any)[field].(string) < rows[j].(map[string]any)[field].(string)
	})
}

// refreshRelationships sets the properties of the relationships with the
// given keys from their claims.
func (s *Store) refreshRelationships(r *txRunner, touched map[string]string) error {
	if len(touched) == 0 {
		return nil
	}
	keys := make([]string, 0, len(touched))
	for k := range touched {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	props := map[string]map[string]any{}
	for rest := keys; len(rest) > 0; {
		n := min(s.batchSize, len(rest))
		recs, err := r.run(claimsQuery, map[string]any{"keys": toAny(rest[:n])})
		if err != nil {
			return err
		}
		rest = rest[n:]
		for _, rec := range recs {
			k, _ := rec.Get("key")
			cls, _ := rec.Get("claims")
			ks := k.(string)
			props[ks] = relProps(ks, cls.([]any))
		}
	}
	for _, typ := range relTypes() {
		var set, del []any
		for _, k := range keys {
			if touched[k] != typ {
				continue
			}
			if p, ok := props[k]; ok {
				set = append(set, map[string]any{"key": k, "props": p})
			} else {
				del = append(del, k)
			}
		}
		if len(set) > 0 {
			if err := r.runChunks(relPropsQuery(typ), "rows", set, s.batchSize); err != nil {
				return err
			}
		}
		if len(del) > 0 {
			if err := r.runChunks(relDeleteQuery(typ), "keys", del, s.batchSize); err != nil {
				return err
			}
		}
	}
	return nil
}

// relProps computes a fact relationship's properties from its claims, each
// [communique, date, confidence, [[prop, value]…]]: the props of the most
// recent claim (by date, then communiqué id), the sorted sources, the first
// and last dates and the highest confidence.
func relProps(key string, claims []any) map[string]any {
	out := map[string]any{"key": key}
	var sources []string
	var first, last, bestDate, bestDoc string
	var conf *float64
	var best []any
	for i, c := range claims {
		f := c.([]any)
		doc, _ := f[0].(string)
		date, _ := f[1].(string)
		if !slices.Contains(sources, doc) {
			sources = append(sources, doc)
		}
		if date != "" {
			if first == "" || date < first {
				first = date
			}
			if date > last {
				last = date
			}
		}
		if v, ok := f[2].(float64); ok && (conf == nil || v > *conf) {
			conf = &v
		}
		if i == 0 || date > bestDate || (date == bestDate && doc > bestDoc) {
			bestDate, bestDoc = date, doc
			best, _ = f[3].([]any)
		}
	}
	for _, kv := range best {
		pair, _ := kv.([]any)
		if len(pair) == 2 {
			if k, ok := pair[0].(string); ok && pair[1] != nil {
				out[k] = pair[1]
			}
		}
	}
	sort.Strings(sources)
	out["sources"] = toAny(sources)
	if first != "" {
		out["firstSeen"], out["lastSeen"] = first, last
	}
	if conf != nil {
		out["confidence"] = *conf
	}
	return out
}
