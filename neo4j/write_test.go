package neo4j

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph"
	"diplograph/loader"
	"diplograph/neo4j/local"
	"diplograph/neo4j/neo4jtest"
)

// newStore returns a store on the test database with an empty graph and the
// schema in place.
func newStore(t *testing.T) (*Store, *neo4jtest.Env) {
	t.Helper()
	env := neo4jtest.Require(t)
	env.Reset(t)
	s := NewStore(env.Driver, Config{Database: env.Database})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	return s, env
}

// repoFile returns <repo root>/rel.
func repoFile(t testing.TB, rel string) string {
	t.Helper()
	root, err := local.FindRepoRoot()
	if err != nil {
		t.Fatalf("repo root: %v", err)
	}
	return filepath.Join(root, rel)
}

// sharedFile returns <repo root>/../shared/rel, skipping the test when it is
// absent outside CI (failing it in CI).
func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	p := repoFile(t, filepath.Join("..", "shared", rel))
	if _, err := os.Stat(p); err != nil {
		if neo4jtest.InCI() {
			t.Fatalf("%s: %v (CI=true: the shared folder must sit beside the checkout)", p, err)
		}
		t.Skipf("%s absent: %v", p, err)
	}
	return p
}

// readFacts reads communiqués with the loader, failing on any bad item.
func readFacts(t testing.TB, paths ...string) []*diplograph.Communique {
	t.Helper()
	var out []*diplograph.Communique
	err := loader.Read(context.Background(), paths, nil, loader.Options{}, func(it loader.Item) error {
		if it.Err != nil {
			t.Fatalf("read: %v", it.Err)
		}
		out = append(out, it.Communique)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// query runs a read query and returns its records.
func query(t testing.TB, env *neo4jtest.Env, cypher string, params map[string]any) []*driver.Record {
	t.Helper()
	res, err := driver.ExecuteQuery(context.Background(), env.Driver, cypher, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(env.Database))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	return res.Records
}

// propString renders properties as sorted "k=v" pairs, leaving out skip.
func propString(props map[string]any, skip ...string) string {
	keys := slices.Sorted(maps.Keys(props))
	var b strings.Builder
	for _, k := range keys {
		if slices.Contains(skip, k) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%v", k, props[k])
	}
	return b.String()
}

// snapshot renders the whole graph as sorted lines: one per node (labels,
// properties) and one per relationship (type, end ids, properties).
// loadedAt is left out unless withLoadedAt.
func snapshot(t testing.TB, env *neo4jtest.Env, withLoadedAt bool) []string {
	t.Helper()
	skip := []string{"loadedAt"}
	if withLoadedAt {
		skip = nil
	}
	var out []string
	for _, r := range query(t, env, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p", nil) {
		l, _ := r.Get("l")
		p, _ := r.Get("p")
		labels := []string{}
		for _, x := range l.([]any) {
			labels = append(labels, x.(string))
		}
		sort.Strings(labels)
		out = append(out, fmt.Sprintf("(%s %s)", strings.Join(labels, ":"), propString(p.(map[string]any), skip...)))
	}
	for _, r := range query(t, env, "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p", nil) {
		ty, _ := r.Get("t")
		a, _ := r.Get("a")
		b, _ := r.Get("b")
		p, _ := r.Get("p")
		out = append(out, fmt.Sprintf("[%v %v->%v %s]", ty, a, b, propString(p.(map[string]any))))
	}
	sort.Strings(out)
	return out
}

func diffLines(got, want []string) string {
	var b strings.Builder
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "  + %s\n", g)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "  - %s\n", w)
		}
	}
	if b.Len() == 0 && len(got) != len(want) {
		fmt.Fprintf(&b, "  (duplicates: %d lines, want %d)\n", len(got), len(want))
	}
	return b.String()
}

func mustWrite(t testing.TB, s *Store, c *diplograph.Communique, want diplograph.WriteStatus) diplograph.WriteResult {
	t.Helper()
	res, err := s.Write(context.Background(), c)
	if err != nil {
		t.Fatalf("Write %s: %v", c.Doc.ID, err)
	}
	if res.Status != want {
		t.Fatalf("Write %s: status %v, want %v", c.Doc.ID, res.Status, want)
	}
	return res
}

func TestEnsureSchemaTwice(t *testing.T) {
	env := neo4jtest.Require(t)
	env.Reset(t)
	env.DropSchema(t)
	s := NewStore(env.Driver, Config{Database: env.Database})
	ctx := context.Background()
	for i := 0; i < 2; i++ {
		if err := s.EnsureSchema(ctx); err != nil {
			t.Fatalf("EnsureSchema #%d: %v", i+1, err)
		}
	}
	var constraints []string
	for _, r := range query(t, env, "SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name, type, entityType, labelsOrTypes, properties", nil) {
		name, _ := r.Get("name")
		ty, _ := r.Get("type")
		lt, _ := r.Get("labelsOrTypes")
		pr, _ := r.Get("properties")
		constraints = append(constraints, fmt.Sprintf("%v %v %v %v", name, ty, lt, pr))
	}
	want := []string{
		"entity_id UNIQUENESS [Entity] [id]", "state_id UNIQUENESS [State] [id]", "person_id UNIQUENESS [Person] [id]",
		"organisation_id UNIQUENESS [Organisation] [id]", "embassy_id UNIQUENESS [Embassy] [id]",
		"consulate_id UNIQUENESS [Consulate] [id]", "position_id UNIQUENESS [Position] [id]", "event_id UNIQUENESS [Event] [id]",
		"city_id UNIQUENESS [City] [id]", "communique_id UNIQUENESS [Communique] [id]", "claim_id UNIQUENESS [Claim] [id]",
	}
	for _, typ := range relTypes() {
		want = append(want, fmt.Sprintf("%s_key RELATIONSHIP_UNIQUENESS [%s] [key]", strings.ToLower(typ), typ))
	}
	if d := diffLines(constraints, want); d != "" {
		t.Errorf("constraints differ:\n%s", d)
	}
	recs := query(t, env, "SHOW INDEXES YIELD name, type, state, labelsOrTypes, properties, options WHERE name = 'entity_search' RETURN type, state, labelsOrTypes, properties, options", nil)
	if len(recs) != 1 {
		t.Fatalf("full-text index entity_search: %d found", len(recs))
	}
	ty, _ := recs[0].Get("type")
	st, _ := recs[0].Get("state")
	lt, _ := recs[0].Get("labelsOrTypes")
	pr, _ := recs[0].Get("properties")
	op, _ := recs[0].Get("options")
	analyzer := op.(map[string]any)["indexConfig"].(map[string]any)["fulltext.analyzer"]
	if got := fmt.Sprintf("%v %v %v %v %v", ty, st, lt, pr, analyzer); got != "FULLTEXT ONLINE [State Person Organisation Embassy Consulate Position Event City] [name searchText] standard-folding" {
		t.Errorf("entity_search: %s", got)
	}
	for _, ix := range []string{"event_date", "event_kind", "position_topic", "communique_date", "claim_date", "claim_key"} {
		if n := env.Count(t, "SHOW INDEXES YIELD name, type, state WHERE name = $n AND type = 'RANGE' AND state = 'ONLINE' RETURN count(*)", map[string]any{"n": ix}); n != 1 {
			t.Errorf("range index %s: %d online", ix, n)
		}
	}
}

func TestOpenUnavailable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, err := Open(ctx, Config{URI: "bolt://127.0.0.1:1"})
	if err == nil || diplograph.KindOf(err) != diplograph.Unavailable {
		t.Fatalf("Open on a closed port: %v (kind %v), want kind unavailable", err, diplograph.KindOf(err))
	}
	if _, err := Open(ctx, Config{}); diplograph.KindOf(err) != diplograph.Invalid {
		t.Errorf("Open without URI: %v", err)
	}
}

// The seed's expected graph, written out by hand from FORMAT.md and the
// graph model of the brief.
var seedEntities = map[string]string{
	"state:MA":                          "Entity:State iso2=MA name=Morocco searchText=morocco",
	"state:KZ":                          "Entity:State iso2=KZ name=Kazakhstan searchText=kazakhstan",
	"person:nasser-bourita":             "Entity:Person name=Nasser Bourita searchText=nasser bourita",
	"person:mukhtar-tleuberdi":          "Entity:Person name=Mukhtar Tleuberdi searchText=mukhtar tleuberdi",
	"person:mohammed-vi":                "Entity:Person name=Mohammed VI searchText=mohammed vi",
	"person:kassym-jomart-tokaiev":      "Entity:Person name=Kassym Jomart Tokaïev searchText=kassym jomart tokaiev",
	"org:iofs":                          "Entity:Organisation acronym=IOFS name=Islamic Organization for Food Security searchText=islamic organization for food security iofs",
	"org:oic":                           "Entity:Organisation acronym=OIC name=Organisation of Islamic Cooperation searchText=organisation of islamic cooperation oic",
	"embassy:KZ-MA":                     "Embassy:Entity:Mission city=Rabat name=Embassy of Kazakhstan in Morocco resident=true searchText=embassy of kazakhstan in morocco status=announced",
	"position:MA:territorial-integrity": "Entity:Position name=Territorial integrity of Morocco searchText=territorial integrity of morocco topic=territorial_integrity",
	"event:seed:1":                      "Entity:Event date=2021-04 kind=phone_call name=Phone call Bourita–Tleuberdi searchText=phone call bourita–tleuberdi status=held",
	"event:seed:2":                      "Entity:Event kind=consultations name=Political consultations searchText=political consultations status=planned",
	"event:seed:3":                      "Entity:Event kind=visit name=Working visit of Tleuberdi to Morocco searchText=working visit of tleuberdi to morocco status=planned",
}

// seedRelations: key → the relationship's other properties (key and sources
// [seed] are checked for all).
var seedRelations = map[string]string{
	"HOLDS_OFFICE|person:nasser-bourita|state:MA|foreign_minister":         "confidence=0.95 firstSeen=2021-04 lastSeen=2021-04 role=foreign_minister",
	"HOLDS_OFFICE|person:mukhtar-tleuberdi|state:KZ|deputy_prime_minister": "firstSeen=2021-04 lastSeen=2021-04 role=deputy_prime_minister",
	"HOLDS_OFFICE|person:mukhtar-tleuberdi|state:KZ|foreign_minister":      "firstSeen=2021-04 lastSeen=2021-04 role=foreign_minister",
	"HOLDS_OFFICE|person:mohammed-vi|state:MA|head_of_state":               "firstSeen=2021-04 lastSeen=2021-04 role=head_of_state",
	"HOLDS_OFFICE|person:kassym-jomart-tokaiev|state:KZ|head_of_state":     "firstSeen=2021-04 lastSeen=2021-04 role=head_of_state",
	"PARTICIPATED_IN|person:nasser-bourita|event:seed:1|":                  "firstSeen=2021-04 lastSeen=2021-04",
	"PARTICIPATED_IN|person:mukhtar-tleuberdi|event:seed:1|":               "firstSeen=2021-04 lastSeen=2021-04",
	"PARTICIPATED_IN|state:MA|event:seed:2|":                               "firstSeen=2021-04 lastSeen=2021-04",
	"PARTICIPATED_IN|state:KZ|event:seed:2|":                               "firstSeen=2021-04 lastSeen=2021-04",
	"PARTICIPATED_IN|person:mukhtar-tleuberdi|event:seed:3|":               "firstSeen=2021-04 lastSeen=2021-04",
	"PARTICIPATED_IN|state:MA|event:seed:3|":                               "firstSeen=2021-04 lastSeen=2021-04",
	"SUPPORTS|state:KZ|position:MA:territorial-integrity":                  "firstSeen=2021-04 lastSeen=2021-04 stance=support",
	"CONCERNS|position:MA:territorial-integrity|state:MA":                  "firstSeen=2021-04 lastSeen=2021-04",
	"MEMBER_OF|state:MA|org:iofs":                                          "date=2021-03 firstSeen=2021-03 lastSeen=2021-03 status=joined",
	"HAS_MISSION|state:KZ|embassy:KZ-MA":                                   "firstSeen=2021-04 lastSeen=2021-04",
	"LOCATED_IN|embassy:KZ-MA|state:MA":                                    "firstSeen=2021-04 lastSeen=2021-04",
	"HEADQUARTERED_IN|org:iofs|state:KZ":                                   "firstSeen=2021-04 lastSeen=2021-04",
	"PART_OF|org:iofs|org:oic":                                             "firstSeen=2021-04 lastSeen=2021-04",
}

func TestWriteSeedExactGraph(t *testing.T) {
	s, env := newStore(t)
	path := sharedFile(t, "eval/example-seed.jsonl")
	docs := readFacts(t, path)
	if len(docs) != 1 {
		t.Fatalf("%d documents in the seed example", len(docs))
	}
	res := mustWrite(t, s, docs[0], diplograph.Loaded)
	// 13 entities + 1 communiqué + 18 claims; 13 MENTIONS + 18 facts + 3×18 claim links.
	if res.NodesCreated != 32 || res.RelationshipsCreated != 85 || res.NodesDeleted != 0 || res.RelationshipsDeleted != 0 {
		t.Errorf("counts %+v, want 32 nodes and 85 relationships created", res)
	}

	// Entities: exact ids, labels and properties.
	got := map[string]string{}
	for _, r := range query(t, env, "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS l, properties(n) AS p", nil) {
		id, _ := r.Get("id")
		l, _ := r.Get("l")
		p, _ := r.Get("p")
		var labels []string
		for _, x := range l.([]any) {
			labels = append(labels, x.(string))
		}
		sort.Strings(labels)
		got[id.(string)] = strings.Join(labels, ":") + " " + propString(p.(map[string]any), "id")
	}
	if !maps.Equal(got, seedEntities) {
		for id, w := range seedEntities {
			if got[id] != w {
				t.Errorf("entity %s:\n  got  %q\n  want %q", id, got[id], w)
			}
		}
		for id := range got {
			if _, ok := seedEntities[id]; !ok {
				t.Errorf("unexpected entity %s: %s", id, got[id])
			}
		}
	}

	// The Communique node.
	recs := query(t, env, "MATCH (c:Communique) RETURN c {.*, loadedAt: null} AS c, c.loadedAt AS at, count{ (c)-[:MENTIONS]->(:Entity) } AS mentions", nil)
	if len(recs) != 1 {
		t.Fatalf("%d Communique nodes", len(recs))
	}
	c, _ := recs[0].Get("c")
	if got, want := propString(c.(map[string]any), "loadedAt"), "date=2021-04 hash="+docs[0].Hash+" id=seed lang=fr"; got != want {
		t.Errorf("communique %s, want %s", got, want)
	}
	if at, _ := recs[0].Get("at"); fmt.Sprintf("%T", at) != "time.Time" || time.Since(at.(time.Time)) > time.Hour {
		t.Errorf("loadedAt %v (%T), want a recent datetime", at, at)
	}
	if m, _ := recs[0].Get("mentions"); m != int64(13) {
		t.Errorf("MENTIONS %v, want 13", m)
	}

	// Fact relationships: exact type, ends, key and properties.
	recs = query(t, env, "MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p", nil)
	if len(recs) != len(seedRelations) {
		t.Errorf("%d fact relationships, want %d", len(recs), len(seedRelations))
	}
	for _, r := range recs {
		ty, _ := r.Get("t")
		a, _ := r.Get("a")
		b, _ := r.Get("b")
		pv, _ := r.Get("p")
		p := pv.(map[string]any)
		key, _ := p["key"].(string)
		want, ok := seedRelations[key]
		if !ok {
			t.Errorf("unexpected relationship %v %v->%v %v", ty, a, b, p)
			continue
		}
		if !strings.HasPrefix(key, fmt.Sprintf("%v|%v|%v", ty, a, b)) {
			t.Errorf("relationship %v %v->%v has key %s", ty, a, b, key)
		}
		if got := propString(p, "key", "sources"); got != want {
			t.Errorf("%s:\n  got  %s\n  want %s", key, got, want)
		}
		if fmt.Sprint(p["sources"]) != "[seed]" {
			t.Errorf("%s: sources %v", key, p["sources"])
		}
	}

	// Claims: one per fact, linked to the communiqué and to both ends.
	recs = query(t, env, `MATCH (cl:Claim)-[:ASSERTED_IN]->(c:Communique), (cl)-[:SUBJECT]->(a:Entity), (cl)-[:OBJECT]->(b:Entity)
		RETURN cl.id AS id, cl.key AS key, c.id AS doc, a.id AS a, b.id AS b, cl.type AS t, cl.date AS date, cl.quote AS quote`, nil)
	if len(recs) != len(seedRelations) {
		t.Errorf("%d linked claims, want %d", len(recs), len(seedRelations))
	}
	for _, r := range recs {
		m := r.AsMap()
		key := m["key"].(string)
		if _, ok := seedRelations[key]; !ok || m["id"] != "seed|"+key || m["doc"] != "seed" ||
			!strings.HasPrefix(key, fmt.Sprintf("%v|%v|%v", m["t"], m["a"], m["b"])) {
			t.Errorf("claim %v", m)
		}
		if key != "HOLDS_OFFICE|person:nasser-bourita|state:MA|foreign_minister" && m["quote"] != nil {
			t.Errorf("claim %s: quote %v, want none (no evidence in the input)", key, m["quote"])
		}
		wantDate := "2021-04"
		if strings.HasPrefix(key, "MEMBER_OF") {
			wantDate = "2021-03"
		}
		if m["date"] != wantDate {
			t.Errorf("claim %s: date %v, want %s", key, m["date"], wantDate)
		}
	}
	if n := env.Count(t, "MATCH (cl:Claim) RETURN count(cl)", nil); n != int64(len(seedRelations)) {
		t.Errorf("%d claims", n)
	}

	// Evidence of the first HOLDS_OFFICE.
	ev := docs[0].Relations[0].Evidence[0]
	recs = query(t, env, "MATCH (cl:Claim {id: $id}) RETURN cl {.*} AS cl", map[string]any{"id": "seed|HOLDS_OFFICE|person:nasser-bourita|state:MA|foreign_minister"})
	if len(recs) != 1 {
		t.Fatal("no claim for Bourita's office")
	}
	clv, _ := recs[0].Get("cl")
	cl := clv.(map[string]any)
	if cl["quote"] != ev.Quote || !strings.Contains(ev.Quote, "Nasser Bourita") || cl["start"] != int64(0) || cl["end"] != int64(0) ||
		fmt.Sprint(cl["quotes"]) != fmt.Sprint([]any{ev.Quote}) || cl["confidence"] != 0.95 || cl["role"] != "foreign_minister" ||
		fmt.Sprint(cl["propKeys"]) != "[role]" || cl["communique"] != "seed" || cl["type"] != "HOLDS_OFFICE" {
		t.Errorf("claim %v", cl)
	}
}

func TestWriteTwiceChangesNothing(t *testing.T) {
	s, env := newStore(t)
	docs := readFacts(t, sharedFile(t, "eval/example-seed.jsonl"), repoFile(t, "testdata/facts/good.jsonl"))
	for _, d := range docs {
		mustWrite(t, s, d, diplograph.Loaded)
	}
	before := snapshot(t, env, true)
	// Again, from freshly decoded documents.
	for _, d := range readFacts(t, sharedFile(t, "eval/example-seed.jsonl"), repoFile(t, "testdata/facts/good.jsonl")) {
		res := mustWrite(t, s, d, diplograph.Unchanged)
		if res.NodesCreated+res.NodesDeleted+res.RelationshipsCreated+res.RelationshipsDeleted != 0 {
			t.Errorf("%s: unchanged write counts %+v", d.Doc.ID, res)
		}
	}
	after := snapshot(t, env, true) // loadedAt included: not even it changes
	if d := diffLines(after, before); d != "" {
		t.Errorf("graph changed on reload:\n%s", d)
	}
	// WriteMany as well.
	br, err := s.WriteMany(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range br.Results {
		if br.Errs[i] != nil || r.Status != diplograph.Unchanged {
			t.Errorf("WriteMany %s: %v %v", docs[i].Doc.ID, r.Status, br.Errs[i])
		}
	}
	if d := diffLines(snapshot(t, env, true), before); d != "" || br.NodesCreated+br.RelationshipsCreated != 0 {
		t.Errorf("graph changed on WriteMany reload (%+v):\n%s", br, d)
	}
}

// goodDocs returns the two communiqués of testdata/facts/good.jsonl:
// fixture-ma-cl (2024-02-12) and fixture-ma-pe (2024-05), which both assert
// that Nasser Bourita is Morocco's foreign minister.
func goodDocs(t testing.TB) (macl, mape *diplograph.Communique) {
	docs := readFacts(t, repoFile(t, "testdata/facts/good.jsonl"))
	return docs[0], docs[1]
}

const bouritaKey = "HOLDS_OFFICE|person:nasser-bourita|state:MA|foreign_minister"

func relByKey(t testing.TB, env *neo4jtest.Env, key string) (map[string]any, int) {
	t.Helper()
	recs := query(t, env, "MATCH ()-[r {key: $k}]->() RETURN properties(r) AS p", map[string]any{"k": key})
	if len(recs) == 0 {
		return nil, 0
	}
	p, _ := recs[0].Get("p")
	return p.(map[string]any), len(recs)
}

func TestTwoCommuniquesSameFact(t *testing.T) {
	s, env := newStore(t)
	macl, mape := goodDocs(t)
	mustWrite(t, s, mape, diplograph.Loaded)
	mustWrite(t, s, macl, diplograph.Loaded)
	p, n := relByKey(t, env, bouritaKey)
	if n != 1 {
		t.Fatalf("%d relationships %s, want 1", n, bouritaKey)
	}
	// Props of the most recent claim (fixture-ma-pe, 2024-05), highest confidence.
	want := "confidence=0.95 firstSeen=2024-02-12 key=" + bouritaKey +
		" lastSeen=2024-05 role=foreign_minister sources=[fixture-ma-cl fixture-ma-pe] title=ministre des Affaires étrangères"
	if got := propString(p); got != want {
		t.Errorf("relationship:\n  got  %s\n  want %s", got, want)
	}
	if n := env.Count(t, "MATCH (cl:Claim {key: $k})-[:ASSERTED_IN]->(c:Communique) RETURN count(DISTINCT c)", map[string]any{"k": bouritaKey}); n != 2 {
		t.Errorf("%d claims of the shared fact, want 2", n)
	}
	for _, id := range []string{"state:MA", "person:nasser-bourita"} {
		if n := env.Count(t, "MATCH (e:Entity {id: $id}) RETURN count(e)", map[string]any{"id": id}); n != 1 {
			t.Errorf("%d nodes %s", n, id)
		}
		if n := env.Count(t, "MATCH (:Communique)-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m)", map[string]any{"id": id}); n != 2 {
			t.Errorf("%d MENTIONS of %s, want 2", n, id)
		}
	}
	// The SUPPORTS claim has two evidence quotes: parallel lists.
	recs := query(t, env, "MATCH (cl:Claim {id: 'fixture-ma-cl|SUPPORTS|state:CL|position:MA:autonomy-plan'}) RETURN cl.quotes AS q, cl.starts AS s, cl.ends AS e, cl.quote AS q0, cl.start AS s0", nil)
	if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[[Chile considers the autonomy plan a serious basis Chile reiterated its backing] [80 140] [130 168] Chile considers the autonomy plan a serious basis 80]" {
		t.Errorf("SUPPORTS claim evidence %v", recs)
	}
	// Valdés's alias went into the node and its searchText, folded.
	recs = query(t, env, "MATCH (p:Person {id: 'person:ana-valdes'}) RETURN p.aliases AS a, p.searchText AS s", nil)
	if len(recs) != 1 || fmt.Sprint(recs[0].Values) != "[[A. Valdés] ana valdes a.]" {
		t.Errorf("person:ana-valdes %v", recs[0].Values)
	}
	// Full-text search finds entities without accents.
	recs = query(t, env, "CALL db.index.fulltext.queryNodes('entity_search', 'valdes') YIELD node RETURN node.id AS id", nil)
	if len(recs) == 0 || recs[0].Values[0] != "person:ana-valdes" {
		t.Errorf("full-text search for valdes: %v", recs)
	}
}

func TestReplaceChangedVersion(t *testing.T) {
	s, env := newStore(t)
	macl, mape := goodDocs(t)
	mustWrite(t, s, macl, diplograph.Loaded)
	mustWrite(t, s, mape, diplograph.Loaded)

	// A new version of fixture-ma-cl: Valdés, the autonomy plan and the
	// phone call are gone, Bourita's office is no longer asserted by it, and
	// it now says that Chile is an AU observer... of sorts.
	v2 := &diplograph.Communique{Hash: "v2", Document: &diplograph.Document{
		Doc: diplograph.DocMeta{ID: "fixture-ma-cl", Date: "2024-03", Lang: "en", Title: "Corrected version"},
		Entities: []diplograph.Entity{
			{ID: "state:MA", Type: "State", Name: "Morocco", Props: map[string]any{"iso2": "MA"}},
			{ID: "state:CL", Type: "State", Name: "Chile", Props: map[string]any{"iso2": "CL"}},
			{ID: "person:nasser-bourita", Type: "Person", Name: "Nasser Bourita"},
			{ID: "org:au", Type: "Organisation", Name: "African Union", Props: map[string]any{"acronym": "AU"}},
		},
		Relations: []diplograph.Relation{
			{Type: "MEMBER_OF", From: "state:MA", To: "org:au", Props: map[string]any{"status": "member"},
				Evidence: []diplograph.Evidence{{Quote: "Morocco, a member of the AU", Start: 3, End: 30}}},
		},
	}}
	res := mustWrite(t, s, v2, diplograph.Replaced)
	if res.NodesDeleted == 0 || res.RelationshipsDeleted == 0 {
		t.Errorf("replace counts %+v: expected deletions", res)
	}

	// Facts only the old version supported are gone, with the entities no
	// communiqué mentions any more.
	for _, key := range []string{"SUPPORTS|state:CL|position:MA:autonomy-plan", "CONCERNS|position:MA:autonomy-plan|state:MA",
		"HOLDS_OFFICE|person:ana-valdes|state:CL|foreign_minister", "PARTICIPATED_IN|person:nasser-bourita|event:fixture-ma-cl:1|caller"} {
		if _, n := relByKey(t, env, key); n != 0 {
			t.Errorf("%s still there", key)
		}
		if n := env.Count(t, "MATCH (cl:Claim {key: $k}) RETURN count(cl)", map[string]any{"k": key}); n != 0 {
			t.Errorf("%d claims of %s left", n, key)
		}
	}
	for _, id := range []string{"person:ana-valdes", "position:MA:autonomy-plan", "event:fixture-ma-cl:1"} {
		if n := env.Count(t, "MATCH (e {id: $id}) RETURN count(e)", map[string]any{"id": id}); n != 0 {
			t.Errorf("entity %s still there", id)
		}
	}
	// Facts another communiqué supports stay, recomputed from what is left.
	p, n := relByKey(t, env, bouritaKey)
	want := "confidence=0.95 firstSeen=2024-05 key=" + bouritaKey + " lastSeen=2024-05 role=foreign_minister sources=[fixture-ma-pe] title=ministre des Affaires étrangères"
	if n != 1 || propString(p) != want {
		t.Errorf("%s:\n  got  %s\n  want %s", bouritaKey, propString(p), want)
	}
	// The fact both versions of the two communiqués assert now lists both.
	p, _ = relByKey(t, env, "MEMBER_OF|state:MA|org:au")
	if got := propString(p); got != "firstSeen=2024-03 key=MEMBER_OF|state:MA|org:au lastSeen=2024-05 sources=[fixture-ma-cl fixture-ma-pe] status=member" {
		t.Errorf("MEMBER_OF: %s", got)
	}
	// state:CL is still mentioned by the new version.
	if n := env.Count(t, "MATCH (:Communique {id: 'fixture-ma-cl'})-[:MENTIONS]->(e) RETURN count(e)", nil); n != 4 {
		t.Errorf("new version mentions %d entities, want 4", n)
	}
	recs := query(t, env, "MATCH (c:Communique {id: 'fixture-ma-cl'}) RETURN c.title AS t, c.hash AS h, c.date AS d", nil)
	if fmt.Sprint(recs[0].Values) != "[Corrected version v2 2024-03]" {
		t.Errorf("communique %v", recs[0].Values)
	}
	if n := env.Count(t, "MATCH (cl:Claim)-[:ASSERTED_IN]->(:Communique {id: 'fixture-ma-cl'}) RETURN count(cl)", nil); n != 1 {
		t.Errorf("%d claims of the new version, want 1", n)
	}

	// The new version replaced in turn by the original: same graph as
	// loading the two originals.
	mustWrite(t, s, macl, diplograph.Replaced)
	got := snapshot(t, env, false)
	env.Reset(t)
	mustWrite(t, s, macl, diplograph.Loaded)
	mustWrite(t, s, mape, diplograph.Loaded)
	if d := diffLines(got, snapshot(t, env, false)); d != "" {
		t.Errorf("replace back and forth differs from a fresh load:\n%s", d)
	}
}

func TestBadFileAmongGood(t *testing.T) {
	s, env := newStore(t)
	paths := []string{repoFile(t, "testdata/facts/good.jsonl"), repoFile(t, "testdata/facts/bad.jsonl"), repoFile(t, "testdata/facts/empty.jsonl"),
		repoFile(t, "testdata/facts/latin1.jsonl")}
	var errs []string
	var loaded []string
	err := loader.Read(context.Background(), paths, nil, loader.Options{}, func(it loader.Item) error {
		if it.Err != nil {
			errs = append(errs, it.Err.Error())
			return nil
		}
		if _, err := s.Write(context.Background(), it.Communique); err != nil {
			t.Errorf("write %s: %v", it.Communique.Doc.ID, err)
		}
		loaded = append(loaded, it.Communique.Doc.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(loaded) != "[fixture-ma-cl fixture-ma-pe fixture-bad-ok-1 fixture-bad-ok-2]" {
		t.Errorf("loaded %v", loaded)
	}
	wantErrs := []string{"bad.jsonl:2: ", "bad.jsonl:3: ", "bad.jsonl:4: ", "bad.jsonl:5: ", "empty.jsonl: load: invalid: empty file", "latin1.jsonl:1: decode: invalid: not valid UTF-8"}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %q", errs)
	}
	for i, w := range wantErrs {
		if !strings.Contains(errs[i], w) {
			t.Errorf("error %d: %q, want it to contain %q", i, errs[i], w)
		}
	}
	recs := query(t, env, "MATCH (c:Communique) RETURN c.id AS id ORDER BY id", nil)
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.Values[0].(string))
	}
	if fmt.Sprint(ids) != "[fixture-bad-ok-1 fixture-bad-ok-2 fixture-ma-cl fixture-ma-pe]" {
		t.Errorf("communiqués in the graph: %v", ids)
	}
	if n := env.Count(t, "MATCH (n) WHERE n.id IN ['river:nile', 'position:x', 'fixture-bad-ref', 'person:x'] OR n.id STARTS WITH 'fixture-bad-ref' RETURN count(n)", nil); n != 0 {
		t.Errorf("%d nodes of bad lines in the graph", n)
	}
}

// failingAt returns a hook that fails the transactions writing id at stage.
func failingAt(stage, id string) func(string, []string) error {
	return func(st string, ids []string) error {
		if st == stage && slices.Contains(ids, id) {
			return errors.New("injected failure at " + st)
		}
		return nil
	}
}

func TestFailureLeavesNothing(t *testing.T) {
	s, env := newStore(t)
	macl, mape := goodDocs(t)
	for _, stage := range []string{"locked", "entities", "relations", "done"} {
		s.hook = failingAt(stage, "fixture-ma-cl")
		if _, err := s.Write(context.Background(), macl); err == nil || !strings.Contains(err.Error(), "injected failure") {
			t.Fatalf("stage %s: err %v", stage, err)
		}
		if n := env.Count(t, "MATCH (n) RETURN count(n)", nil); n != 0 {
			t.Fatalf("failure at stage %s left %d nodes", stage, n)
		}
	}

	// A failing replacement leaves the earlier version intact.
	s.hook = nil
	mustWrite(t, s, macl, diplograph.Loaded)
	mustWrite(t, s, mape, diplograph.Loaded)
	before := snapshot(t, env, true)
	v2 := *macl
	doc := *macl.Document
	doc.Relations = doc.Relations[:1]
	v2.Document, v2.Hash = &doc, "other"
	for _, stage := range []string{"dropped", "relations", "done"} {
		s.hook = failingAt(stage, "fixture-ma-cl")
		if _, err := s.Write(context.Background(), &v2); err == nil {
			t.Fatalf("stage %s: no error", stage)
		}
		if d := diffLines(snapshot(t, env, true), before); d != "" {
			t.Fatalf("failed replacement at %s changed the graph:\n%s", stage, d)
		}
	}

	// A failure at the database level (a relationship key taken by a
	// relationship between other nodes: the uniqueness constraint fails
	// after the entities were merged) leaves nothing of the communiqué.
	s.hook = nil
	if _, err := driver.ExecuteQuery(context.Background(), env.Driver,
		"CREATE (:Entity:State {id: 'state:XA'}), (:Entity:Organisation {id: 'org:xb'})", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database)); err != nil {
		t.Fatal(err)
	}
	if _, err := driver.ExecuteQuery(context.Background(), env.Driver,
		"MATCH (a {id: 'state:XA'}), (b {id: 'org:xb'}) CREATE (a)-[:MEMBER_OF {key: 'MEMBER_OF|state:ZZ|org:zz'}]->(b)", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database)); err != nil {
		t.Fatal(err)
	}
	before = snapshot(t, env, true)
	bad := &diplograph.Communique{Hash: "h", Document: &diplograph.Document{
		Doc: diplograph.DocMeta{ID: "fixture-db-failure", Date: "2024"},
		Entities: []diplograph.Entity{
			{ID: "state:ZZ", Type: "State", Name: "Zedland", Props: map[string]any{"iso2": "ZZ"}},
			{ID: "org:zz", Type: "Organisation", Name: "Zed Org"},
			{ID: "person:zed", Type: "Person", Name: "Zed"},
		},
		Relations: []diplograph.Relation{
			{Type: "HEADS", From: "person:zed", To: "org:zz"},
			{Type: "MEMBER_OF", From: "state:ZZ", To: "org:zz"},
		},
	}}
	_, err := s.Write(context.Background(), bad)
	if err == nil {
		t.Fatal("no error writing a relationship whose key is taken")
	}
	t.Logf("database-level failure: %v", err)
	if d := diffLines(snapshot(t, env, true), before); d != "" {
		t.Errorf("a failed communiqué changed the graph:\n%s", d)
	}

	// WriteMany: the group fails, its communiqués are retried one by one:
	// only the failing one is missing.
	env.Reset(t)
	s.hook = failingAt("relations", "fixture-ma-pe")
	br, err := s.WriteMany(context.Background(), []*diplograph.Communique{macl, mape})
	if err != nil {
		t.Fatal(err)
	}
	if br.Errs[0] != nil || br.Results[0].Status != diplograph.Loaded || br.Errs[1] == nil {
		t.Errorf("WriteMany: %+v", br)
	}
	if n := env.Count(t, "MATCH (c:Communique) RETURN count(c)", nil); n != 1 {
		t.Errorf("%d communiqués after a partly failed WriteMany, want 1", n)
	}
	s.hook = nil
}

// synthDocs makes n synthetic communiqués of about rels relations each, over
// a shared pool of states, persons and organisations (so that documents
// overlap), with the relations of FORMAT.md. seed varies the content.
func synthDocs(n, rels int, prefix string, seed int) []*diplograph.Communique {
	const nStates, nPersons, nOrgs = 60, 300, 30
	state := func(i int) diplograph.Entity {
		iso := fmt.Sprintf("%c%c", 'A'+i/26%26, 'A'+i%26)
		return diplograph.Entity{ID: "state:" + iso, Type: "State", Name: "State " + iso, Props: map[string]any{"iso2": iso}}
	}
	person := func(i int) diplograph.Entity {
		return diplograph.Entity{ID: fmt.Sprintf("person:p-%d", i), Type: "Person", Name: fmt.Sprintf("Pérson %d", i)}
	}
	org := func(i int) diplograph.Entity {
		return diplograph.Entity{ID: fmt.Sprintf("org:o%d", i), Type: "Organisation", Name: fmt.Sprintf("Organisation %d", i), Props: map[string]any{"acronym": fmt.Sprintf("O%d", i)}}
	}
	roles := diplograph.Roles
	docs := make([]*diplograph.Communique, n)
	for d := 0; d < n; d++ {
		x := d*7919 + seed
		id := fmt.Sprintf("%s-%d", prefix, d)
		ents := map[string]diplograph.Entity{}
		add := func(e diplograph.Entity) string { ents[e.ID] = e; return e.ID }
		var rs []diplograph.Relation
		date := fmt.Sprintf("20%02d-%02d-%02d", 10+x%15, 1+x%12, 1+x%28)
		a, b := add(state(x%nStates)), add(state((x/3+1)%nStates))
		if a == b {
			b = add(state((x + 1) % nStates))
		}
		ev := add(diplograph.Entity{ID: "event:" + id + ":1", Type: "Event", Name: "Meeting " + id,
			Props: map[string]any{"kind": "meeting", "status": "held", "date": date}})
		pos := add(diplograph.Entity{ID: "position:" + a[6:] + ":territorial-integrity", Type: "Position", Name: "Integrity " + a[6:], Props: map[string]any{"topic": "territorial_integrity"}})
		conf := 0.5 + float64(x%50)/100
		rs = append(rs,
			diplograph.Relation{Type: "SUPPORTS", From: b, To: pos, Props: map[string]any{"stance": "support"}, Confidence: &conf,
				Evidence: []diplograph.Evidence{{Quote: "supports the integrity", Start: 10, End: 32}}},
			diplograph.Relation{Type: "CONCERNS", From: pos, To: a},
			diplograph.Relation{Type: "PARTICIPATED_IN", From: a, To: ev, Props: map[string]any{"role": "host"}},
			diplograph.Relation{Type: "PARTICIPATED_IN", From: b, To: ev, Props: map[string]any{"role": "guest"}},
		)
		for i := 0; len(rs) < rels; i++ {
			p := add(person((x + i*13) % nPersons))
			o := add(org((x + i) % nOrgs))
			s := []string{a, b}[i%2]
			switch i % 4 {
			case 0:
				rs = append(rs, diplograph.Relation{Type: "HOLDS_OFFICE", From: p, To: s,
					Props:    map[string]any{"role": roles[(x+i)%len(roles)], "title": "Title " + fmt.Sprint(i)},
					Evidence: []diplograph.Evidence{{Quote: "the minister " + fmt.Sprint(i), Start: i, End: i + 12}}})
			case 1:
				rs = append(rs, diplograph.Relation{Type: "PARTICIPATED_IN", From: p, To: ev})
			case 2:
				rs = append(rs, diplograph.Relation{Type: "MEMBER_OF", From: s, To: o, Props: map[string]any{"status": "member"}})
			case 3:
				rs = append(rs, diplograph.Relation{Type: "HEADS", From: p, To: o})
			}
		}
		var el []diplograph.Entity
		for _, k := range slices.Sorted(maps.Keys(ents)) {
			el = append(el, ents[k])
		}
		docs[d] = &diplograph.Communique{Hash: fmt.Sprintf("%s-%d", id, seed), Document: &diplograph.Document{
			Doc:      diplograph.DocMeta{ID: id, Date: date, Lang: "en", Title: "Synthetic " + id},
			Entities: el, Relations: rs}}
	}
	return docs
}

// checkNoDuplicates fails when two nodes share an id or two relationships a key.
func checkNoDuplicates(t *testing.T, env *neo4jtest.Env) {
	t.Helper()
	if n := env.Count(t, "MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d node ids used more than once", n)
	}
	if n := env.Count(t, "MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH type(r) AS t, r.key AS k, count(*) AS c WHERE c > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d relationship keys used more than once", n)
	}
	if n := env.Count(t, "MATCH (c:Communique)-[m:MENTIONS]->(e) WITH c, e, count(m) AS n WHERE n > 1 RETURN count(*)", nil); n != 0 {
		t.Errorf("%d duplicate MENTIONS", n)
	}
	if n := env.Count(t, "MATCH (c:Claim) WHERE NOT EXISTS { (c)-[:ASSERTED_IN]->(:Communique) } RETURN count(c)", nil); n != 0 {
		t.Errorf("%d claims without communiqué", n)
	}
}

func TestConcurrentWriters(t *testing.T) {
	s, env := newStore(t)
	docs := synthDocs(60, 12, "conc", 1)
	// Two writers with their own drivers, on overlapping inputs (docs 0-39
	// and 20-59) in different orders, one with Write, one with WriteMany.
	d2, err := local.NewDriver(env.URI, env.Username, env.Password)
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close(context.Background())
	s2 := NewStore(d2, Config{Database: env.Database, BatchSize: 50})
	var wg sync.WaitGroup
	statuses := make([][]diplograph.WriteStatus, 2)
	errs := make([]error, 2)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 39; i >= 0; i-- {
			r, err := s.Write(context.Background(), docs[i])
			if err != nil {
				errs[0] = err
				return
			}
			statuses[0] = append(statuses[0], r.Status)
		}
	}()
	go func() {
		defer wg.Done()
		br, err := s2.WriteMany(context.Background(), docs[20:])
		if err != nil {
			errs[1] = err
			return
		}
		for i, e := range br.Errs {
			if e != nil {
				errs[1] = fmt.Errorf("%s: %w", docs[20+i].Doc.ID, e)
				return
			}
			statuses[1] = append(statuses[1], br.Results[i].Status)
		}
	}()
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	var loaded, unchanged int
	for _, st := range append(statuses[0], statuses[1]...) {
		switch st {
		case diplograph.Loaded:
			loaded++
		case diplograph.Unchanged:
			unchanged++
		}
	}
	if loaded != 60 || unchanged != 20 {
		t.Errorf("%d loaded, %d unchanged; want 60 and 20", loaded, unchanged)
	}
	checkNoDuplicates(t, env)
	got := snapshot(t, env, false)
	env.Reset(t)
	if _, err := s.WriteMany(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if d := diffLines(got, snapshot(t, env, false)); d != "" {
		t.Errorf("concurrent load differs from a sequential one:\n%s", d)
	}
}

func TestWriteManyGroupsEqualSingleWrites(t *testing.T) {
	s, env := newStore(t)
	docs := synthDocs(40, 15, "grp", 2)
	for _, d := range docs {
		mustWrite(t, s, d, diplograph.Loaded)
	}
	single := snapshot(t, env, false)
	env.Reset(t)
	s3 := NewStore(env.Driver, Config{Database: env.Database, BatchSize: 100})
	br, err := s3.WriteMany(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range br.Errs {
		if e != nil || br.Results[i].Status != diplograph.Loaded {
			t.Fatalf("%s: %v %v", docs[i].Doc.ID, br.Results[i].Status, e)
		}
	}
	if d := diffLines(snapshot(t, env, false), single); d != "" {
		t.Errorf("WriteMany differs from single writes:\n%s", d)
	}
	nodes := env.Count(t, "MATCH (n) RETURN count(n)", nil)
	rels := env.Count(t, "MATCH ()-[r]->() RETURN count(r)", nil)
	if int64(br.NodesCreated) != nodes || int64(br.RelationshipsCreated) != rels {
		t.Errorf("WriteMany counted %d nodes and %d relationships created; the graph has %d and %d", br.NodesCreated, br.RelationshipsCreated, nodes, rels)
	}
	// A changed version of every document, grouped: all Replaced, same graph
	// as single writes of the new versions.
	v2 := synthDocs(40, 15, "grp", 3)
	br, err = s3.WriteMany(context.Background(), v2)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range br.Errs {
		if e != nil || br.Results[i].Status != diplograph.Replaced {
			t.Fatalf("%s: %v %v", v2[i].Doc.ID, br.Results[i].Status, e)
		}
	}
	checkNoDuplicates(t, env)
	grouped := snapshot(t, env, false)
	env.Reset(t)
	for _, d := range v2 {
		mustWrite(t, s, d, diplograph.Loaded)
	}
	if d := diffLines(grouped, snapshot(t, env, false)); d != "" {
		t.Errorf("grouped replacement differs from a fresh load:\n%s", d)
	}
}
