package neo4jtest_test

import (
	"context"
	"os"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph/neo4j/neo4jtest"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Main(m)) }

// TestCypherRoundTrip writes a small graph, reads it back through Cypher and
// checks that Reset empties it: it proves the whole chain (launcher or
// external server, driver, database name) works.
func TestCypherRoundTrip(t *testing.T) {
	env := neo4jtest.Require(t)
	env.Reset(t)
	ctx := context.Background()
	_, err := driver.ExecuteQuery(ctx, env.Driver, `
		UNWIND $rows AS r
		MERGE (a:Entity:State {id: r.from})
		MERGE (b:Entity:State {id: r.to})
		MERGE (a)-[:TEST_LINK {key: r.from + '|' + r.to}]->(b)`,
		map[string]any{"rows": []any{
			map[string]any{"from": "state:MA", "to": "state:FR"},
			map[string]any{"from": "state:MA", "to": "state:ES"},
			map[string]any{"from": "state:FR", "to": "state:ES"},
		}},
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database))
	if err != nil {
		t.Fatal(err)
	}
	if n := env.Count(t, "MATCH (n:State) RETURN count(n)", nil); n != 3 {
		t.Errorf("states = %d, want 3", n)
	}
	res, err := driver.ExecuteQuery(ctx, env.Driver,
		"MATCH (:State {id: $id})-[r:TEST_LINK]->(b) RETURN b.id AS id ORDER BY id", map[string]any{"id": "state:MA"},
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Records {
		id, _ := r.Get("id")
		got = append(got, id.(string))
	}
	if len(got) != 2 || got[0] != "state:ES" || got[1] != "state:FR" {
		t.Errorf("neighbours of state:MA = %v, want [state:ES state:FR]", got)
	}
	env.Reset(t)
	if n := env.Count(t, "MATCH (n) RETURN count(n)", nil); n != 0 {
		t.Errorf("after Reset: %d nodes, want 0", n)
	}
	if n := env.Count(t, "MATCH ()-[r]->() RETURN count(r)", nil); n != 0 {
		t.Errorf("after Reset: %d relationships, want 0", n)
	}
}

// TestDropSchema creates a constraint and an index and checks DropSchema
// removes them.
func TestDropSchema(t *testing.T) {
	env := neo4jtest.Require(t)
	ctx := context.Background()
	for _, q := range []string{
		"CREATE CONSTRAINT neo4jtest_probe_id IF NOT EXISTS FOR (n:Neo4jtestProbe) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX neo4jtest_probe_name IF NOT EXISTS FOR (n:Neo4jtestProbe) ON (n.name)",
	} {
		if _, err := driver.ExecuteQuery(ctx, env.Driver, q, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database)); err != nil {
			t.Fatal(err)
		}
	}
	if n := env.Count(t, "SHOW CONSTRAINTS YIELD name WHERE name = 'neo4jtest_probe_id' RETURN count(*)", nil); n != 1 {
		t.Fatalf("constraint not created (%d)", n)
	}
	env.DropSchema(t)
	if n := env.Count(t, "SHOW CONSTRAINTS YIELD name RETURN count(*)", nil); n != 0 {
		t.Errorf("%d constraints left", n)
	}
	if n := env.Count(t, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN count(*)", nil); n != 0 {
		t.Errorf("%d indexes left", n)
	}
}
