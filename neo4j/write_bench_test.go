package neo4j

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph"
	"diplograph/neo4j/neo4jtest"
)

// benchSize reads a positive integer from the environment, else def.
func benchSize(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// BenchmarkLoad loads N synthetic communiqués of about R relations each
// (DIPLOGRAPH_BENCH_DOCS, default 2000; DIPLOGRAPH_BENCH_RELS, default 20)
// into an empty graph three ways and reports documents/s and relations/s of
// each, and how much faster the batched writers are than the naive one:
//
//   - many:  WriteMany, UNWIND batches with small communiqués grouped into
//     one transaction (what `diplograph load` uses);
//   - write: Write, UNWIND batches, one transaction per communiqué;
//   - naive: one transaction per communiqué, one statement per entity and
//     per relation (naiveWrite below).
//
// Run: NEO4J_URI=… go test ./neo4j -run '^$' -bench Load -benchtime 1x
func BenchmarkLoad(b *testing.B) {
	env := neo4jtest.Require(b)
	nDocs := benchSize("DIPLOGRAPH_BENCH_DOCS", 2000)
	nRels := benchSize("DIPLOGRAPH_BENCH_RELS", 20)
	docs := synthDocs(nDocs, nRels, "bench", 7)
	rels := 0
	for _, d := range docs {
		rels += len(d.Relations)
	}
	ctx := context.Background()
	s := NewStore(env.Driver, Config{Database: env.Database, BatchSize: benchSize("DIPLOGRAPH_BENCH_BATCH", DefaultBatchSize)})
	if err := s.EnsureSchema(ctx); err != nil {
		b.Fatal(err)
	}
	b.Logf("%d documents, %d relations, batch size %d", nDocs, rels, s.BatchSize())
	ways := []struct {
		name string
		load func() error
	}{
		{"many", func() error {
			br, err := s.WriteMany(ctx, docs)
			if err != nil {
				return err
			}
			for _, e := range br.Errs {
				if e != nil {
					return e
				}
			}
			return nil
		}},
		{"write", func() error {
			for _, d := range docs {
				if _, err := s.Write(ctx, d); err != nil {
					return err
				}
			}
			return nil
		}},
		{"naive", func() error {
			for _, d := range docs {
				if err := naiveWrite(ctx, s, d); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	elapsed := make([]time.Duration, len(ways))
	var counts []int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for w, way := range ways {
			b.StopTimer()
			env.Reset(b)
			b.StartTimer()
			start := time.Now()
			if err := way.load(); err != nil {
				b.Fatalf("%s: %v", way.name, err)
			}
			elapsed[w] += time.Since(start)
			b.StopTimer()
			// The three ways write the same graph.
			n := []int64{env.Count(b, "MATCH (n) RETURN count(n)", nil), env.Count(b, "MATCH ()-[r]->() RETURN count(r)", nil)}
			if counts == nil {
				counts = n
			} else if n[0] != counts[0] || n[1] != counts[1] {
				b.Errorf("%s wrote %d nodes and %d relationships; %s wrote %d and %d", way.name, n[0], n[1], ways[0].name, counts[0], counts[1])
			}
			b.StartTimer()
		}
	}
	b.StopTimer()
	for w, way := range ways {
		sec := elapsed[w].Seconds() / float64(b.N)
		b.ReportMetric(float64(nDocs)/sec, way.name+"-docs/s")
		b.ReportMetric(float64(rels)/sec, way.name+"-rels/s")
		b.Logf("%-5s %8.2fs  %8.1f docs/s  %9.1f rels/s", way.name, sec, float64(nDocs)/sec, float64(rels)/sec)
	}
	naive := elapsed[len(ways)-1].Seconds()
	b.ReportMetric(naive/elapsed[0].Seconds(), "many-speedup")
	b.ReportMetric(naive/elapsed[1].Seconds(), "write-speedup")
	b.Logf("graph: %d nodes, %d relationships; batched (WriteMany) %.1f× faster than naive, Write %.1f×",
		counts[0], counts[1], naive/elapsed[0].Seconds(), naive/elapsed[1].Seconds())
}

// naiveWrite is the baseline of the benchmark: the same facts as Write into
// an empty graph (no replacement), one transaction per communiqué but one
// statement per entity and per relation, with the relationship properties
// updated incrementally by each statement.
func naiveWrite(ctx context.Context, s *Store, c *diplograph.Communique) error {
	p, err := prepare(c)
	if err != nil {
		return err
	}
	sess := s.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.db, AccessMode: driver.AccessModeWrite})
	defer sess.Close(ctx)
	_, err = sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		r := &txRunner{ctx: ctx, tx: tx}
		recs, err := r.run(`MERGE (c:Communique {id: $id}) SET c._lock = true REMOVE c._lock RETURN c.hash AS hash`, map[string]any{"id": p.id})
		if err != nil {
			return nil, err
		}
		if h, _ := recs[0].Get("hash"); h == p.hash {
			return nil, nil
		}
		if _, err := r.run(`MATCH (c:Communique {id: $id}) SET c = $props SET c.loadedAt = datetime()`, map[string]any{"id": p.id, "props": p.props}); err != nil {
			return nil, err
		}
		for _, t := range diplograph.EntityTypes {
			extra := ":Entity"
			if t.Type == diplograph.TypeEmbassy || t.Type == diplograph.TypeConsulate {
				extra = ":Entity:Mission"
			}
			for _, row := range p.ents[t.Type] {
				e := row.(map[string]any)
				if _, err := r.run(`MERGE (n:`+t.Type+` {id: $row.id})
SET n`+extra+`, n += $row.props, n.name = $row.name, n.aliases = $row.aliases, n.names = $row.names,
    n.searchText = reduce(s = '', w IN $row.words | s + CASE WHEN s = '' THEN '' ELSE ' ' END + w)
WITH n MATCH (c:Communique {id: $row.doc}) CREATE (c)-[:MENTIONS]->(n)`, map[string]any{"row": e}); err != nil {
					return nil, err
				}
			}
		}
		for _, typ := range relTypes() {
			for _, row := range p.rels[typ] {
				if _, err := r.run(`MATCH (a:Entity {id: $row.from}) MATCH (b:Entity {id: $row.to}) MATCH (c:Communique {id: $row.doc})
MERGE (a)-[r:`+typ+` {key: $row.key}]->(b)
SET r += $props,
    r.sources = CASE WHEN $row.doc IN coalesce(r.sources, []) THEN r.sources ELSE coalesce(r.sources, []) + $row.doc END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $row.claim.date < r.firstSeen THEN $row.claim.date ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $row.claim.date > r.lastSeen THEN $row.claim.date ELSE r.lastSeen END,
    r.confidence = CASE WHEN r.confidence IS NULL OR $row.claim.confidence > r.confidence THEN $row.claim.confidence ELSE r.confidence END
CREATE (cl:Claim) SET cl = $row.claim
CREATE (cl)-[:ASSERTED_IN]->(c), (cl)-[:SUBJECT]->(a), (cl)-[:OBJECT]->(b)`,
					map[string]any{"row": row, "props": factProps(row)}); err != nil {
					return nil, err
				}
			}
		}
		return nil, nil
	})
	return err
}

// factProps returns the FORMAT props of a relation row's claim.
func factProps(row any) map[string]any {
	cl := row.(map[string]any)["claim"].(map[string]any)
	out := map[string]any{}
	for _, k := range cl["propKeys"].([]any) {
		out[k.(string)] = cl[k.(string)]
	}
	return out
}
