package graph_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"diplograph"
	"diplograph/graph"
	"diplograph/loader"
	"diplograph/neo4j"
	"diplograph/neo4j/neo4jtest"
)

// The API benchmark: a synthetic graph of -synth.docs communiqués (default
// 10,000; env DIPLOGRAPH_BENCH_DOCS) generated as facts JSON Lines, read by
// the real loader and written by the real writer, then three representative
// queries at 1 and 32 concurrent clients, reporting p50/p99 latency,
// throughput and Cypher queries per request.
//
//	go test ./graph -run '^$' -bench API -benchtime 200x
var synthDocs = flag.Int("synth.docs", envInt("DIPLOGRAPH_BENCH_DOCS", 10000), "communiqués of the synthetic benchmark graph")

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err == nil && n > 0 {
		return n
	}
	return def
}

const synthStates = 80

var synthTopics = []string{"territorial_integrity", "autonomy_plan", "sovereignty"}

// synthDoc returns synthetic communiqué i (deterministic): two states, their
// foreign ministers, a call or a meeting, a stance of the first on a
// position about the second, sometimes a membership and an embassy.
func synthDoc(rng *rand.Rand, i int) diplograph.Document {
	a := rng.Intn(synthStates)
	b := (a + 1 + rng.Intn(synthStates-1)) % synthStates
	sa, sb := fmt.Sprintf("state:%c%c", 'A'+a/26, 'A'+a%26), fmt.Sprintf("state:%c%c", 'A'+b/26, 'A'+b%26)
	pa, pb := fmt.Sprintf("person:minister-%d-%d", a, rng.Intn(3)), fmt.Sprintf("person:minister-%d-%d", b, rng.Intn(3))
	topic := synthTopics[rng.Intn(len(synthTopics))]
	pos := fmt.Sprintf("position:%s:%s", sb[6:], topic)
	id := fmt.Sprintf("syn-%05d", i)
	date := fmt.Sprintf("%d-%02d-%02d", 2015+rng.Intn(10), 1+rng.Intn(12), 1+rng.Intn(28))
	lang := []string{"fr", "en", "es"}[rng.Intn(3)]
	ev := "event:" + id + ":1"
	kind := []string{"phone_call", "meeting", "visit"}[rng.Intn(3)]
	q := func(s string) []diplograph.Evidence { return []diplograph.Evidence{{Quote: s}} }
	conf := 0.5 + rng.Float64()/2
	d := diplograph.Document{
		Doc: diplograph.DocMeta{ID: id, Date: date, Lang: lang, Title: "Synthetic communiqué " + id, Source: "synthetic"},
		Entities: []diplograph.Entity{
			{ID: sa, Type: "State", Name: "State " + sa[6:], Props: map[string]any{"iso2": sa[6:]}},
			{ID: sb, Type: "State", Name: "State " + sb[6:], Props: map[string]any{"iso2": sb[6:]}},
			{ID: pa, Type: "Person", Name: "Minister " + pa[16:]},
			{ID: pb, Type: "Person", Name: "Minister " + pb[16:]},
			{ID: pos, Type: "Position", Name: topic + " of " + sb[6:], Props: map[string]any{"topic": topic}},
			{ID: ev, Type: "Event", Name: kind + " " + id, Props: map[string]any{"kind": kind, "status": "held", "date": date}},
		},
		Relations: []diplograph.Relation{
			{Type: "HOLDS_OFFICE", From: pa, To: sa, Props: map[string]any{"role": "foreign_minister"}, Evidence: q("the minister of " + sa), Confidence: &conf},
			{Type: "HOLDS_OFFICE", From: pb, To: sb, Props: map[string]any{"role": "foreign_minister"}, Evidence: q("the minister of " + sb), Confidence: &conf},
			{Type: "PARTICIPATED_IN", From: pa, To: ev, Evidence: q(pa + " took part"), Confidence: &conf},
			{Type: "PARTICIPATED_IN", From: pb, To: ev, Evidence: q(pb + " took part"), Confidence: &conf},
			{Type: "PARTICIPATED_IN", From: sa, To: ev, Evidence: q(sa + " took part"), Confidence: &conf},
			{Type: "PARTICIPATED_IN", From: sb, To: ev, Evidence: q(sb + " took part"), Confidence: &conf},
			{Type: "SUPPORTS", From: sa, To: pos, Props: map[string]any{"stance": []string{"support", "support", "recognize", "oppose"}[rng.Intn(4)]},
				Evidence: q(sa + " stated its position on " + pos + " in " + id), Confidence: &conf},
			{Type: "CONCERNS", From: pos, To: sb, Evidence: q(pos + " concerns " + sb)},
		},
	}
	if rng.Intn(4) == 0 {
		org := fmt.Sprintf("org:org%d", rng.Intn(10))
		d.Entities = append(d.Entities, diplograph.Entity{ID: org, Type: "Organisation", Name: "Organisation " + org[4:], Props: map[string]any{"acronym": org[4:]}})
		d.Relations = append(d.Relations, diplograph.Relation{Type: "MEMBER_OF", From: sa, To: org, Props: map[string]any{"status": "member"}, Evidence: q(sa + " is a member of " + org)})
	}
	if rng.Intn(8) == 0 {
		emb := "embassy:" + sa[6:] + "-" + sb[6:]
		d.Entities = append(d.Entities, diplograph.Entity{ID: emb, Type: "Embassy", Name: "Embassy of " + sa[6:] + " in " + sb[6:], Props: map[string]any{"status": "opened", "resident": true}})
		d.Relations = append(d.Relations,
			diplograph.Relation{Type: "HAS_MISSION", From: sa, To: emb, Evidence: q(sa + " opened an embassy")},
			diplograph.Relation{Type: "LOCATED_IN", From: emb, To: sb, Evidence: q("the embassy in " + sb)})
	}
	return d
}

var (
	benchOnce  sync.Once
	benchStore *neo4j.Store
	benchErr   error
)

// benchGraph builds (or reuses, when the database already holds exactly
// this synthetic graph) the benchmark graph.
func benchGraph(b *testing.B) *neo4j.Store {
	env := neo4jtest.Require(b)
	benchOnce.Do(func() {
		ctx := context.Background()
		st := neo4j.NewStore(env.Driver, neo4j.Config{Database: env.Database})
		benchStore = st
		if benchErr = st.EnsureSchema(ctx); benchErr != nil {
			return
		}
		n := *synthDocs
		res, err := driver.ExecuteQuery(ctx, env.Driver,
			"MATCH (c:Communique) RETURN count(c) AS all, count(CASE WHEN c.id STARTS WITH 'syn-' THEN 1 END) AS syn",
			nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(env.Database))
		if err == nil && len(res.Records) == 1 {
			all, _ := res.Records[0].Get("all")
			syn, _ := res.Records[0].Get("syn")
			if all == int64(n) && syn == int64(n) {
				b.Logf("reusing the synthetic graph of %d communiqués", n)
				return
			}
		}
		fixMu.Lock()
		loaded = "" // the test fixtures are gone
		env.Reset(b)
		fixMu.Unlock()
		dir := b.TempDir()
		path := filepath.Join(dir, "synthetic.jsonl")
		fh, err := os.Create(path)
		if err != nil {
			benchErr = err
			return
		}
		w := bufio.NewWriter(fh)
		rng := rand.New(rand.NewSource(1))
		for i := 0; i < n; i++ {
			line, _ := json.Marshal(synthDoc(rng, i))
			w.Write(line)
			w.WriteByte('\n')
		}
		w.Flush()
		fh.Close()
		start := time.Now()
		var batch []*diplograph.Communique
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			r, err := st.WriteMany(ctx, batch)
			if err != nil {
				return err
			}
			for _, e := range r.Errs {
				if e != nil {
					return e
				}
			}
			batch = batch[:0]
			return nil
		}
		benchErr = loader.Read(ctx, []string{path}, nil, loader.Options{}, func(it loader.Item) error {
			if it.Err != nil {
				return it.Err
			}
			batch = append(batch, it.Communique)
			if len(batch) == 200 {
				return flush()
			}
			return nil
		})
		if benchErr == nil {
			benchErr = flush()
		}
		b.Logf("loaded %d synthetic communiqués in %v", n, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatalf("building the benchmark graph: %v", benchErr)
	}
	return benchStore
}

var benchQueries = []struct {
	name  string
	query string
	vars  func(rng *rand.Rand) map[string]any
}{
	{"state_supporters_evidence", `query($id: ID!) {
  state(id: $id) { name supportReceived(first: 20) { totalCount edges { cursor node {
    stance firstSeen lastSeen supporter { ... on State { id name } } position { id topic }
    evidence { quote date communique { id date lang } } } } } }
}`, func(rng *rand.Rand) map[string]any {
		i := rng.Intn(synthStates)
		return map[string]any{"id": fmt.Sprintf("state:%c%c", 'A'+i/26, 'A'+i%26)}
	}},
	{"neighborhood_depth2", `query($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) { nodes { id type label } edges { id type source target } }
}`, func(rng *rand.Rand) map[string]any {
		i := rng.Intn(synthStates)
		return map[string]any{"id": fmt.Sprintf("state:%c%c", 'A'+i/26, 'A'+i%26)}
	}},
	{"support_graph_topic", `query($topic: Topic!) {
  supportGraph(topic: $topic, stance: RECOGNIZE, limit: 500) { nodes { id type label } edges { id type source target properties } }
}`, func(rng *rand.Rand) map[string]any {
		return map[string]any{"topic": []string{"TERRITORIAL_INTEGRITY", "AUTONOMY_PLAN", "SOVEREIGNTY"}[rng.Intn(3)]}
	}},
}

// BenchmarkAPI runs each query b.N times at 1 and 32 concurrent clients over
// the synthetic graph, through the GraphQL handler.
func BenchmarkAPI(b *testing.B) {
	st := benchGraph(b)
	f := &fixture{store: st, srv: newServer(st, graph.Options{})}
	for _, q := range benchQueries {
		for _, clients := range []int{1, 32} {
			b.Run(fmt.Sprintf("%s/clients=%d", q.name, clients), func(b *testing.B) {
				// Warm up (query plans, page cache).
				rng := rand.New(rand.NewSource(2))
				for i := 0; i < 5; i++ {
					f.data(b, q.query, q.vars(rng), nil)
				}
				lat := make([]time.Duration, b.N)
				var next, queries atomic.Int64
				var wg sync.WaitGroup
				b.ResetTimer()
				start := time.Now()
				for c := 0; c < clients; c++ {
					wg.Add(1)
					go func(c int) {
						defer wg.Done()
						rng := rand.New(rand.NewSource(int64(c)))
						for {
							i := next.Add(1) - 1
							if i >= int64(b.N) {
								return
							}
							t0 := time.Now()
							resp, n := f.exec(b, q.query, q.vars(rng))
							lat[i] = time.Since(t0)
							if len(resp.Errors) > 0 {
								b.Errorf("%s: %+v", q.name, resp.Errors)
								return
							}
							queries.Add(n)
						}
					}(c)
				}
				wg.Wait()
				elapsed := time.Since(start)
				b.StopTimer()
				slices.Sort(lat)
				pct := func(p float64) float64 {
					return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
				}
				b.ReportMetric(pct(0.50), "p50-ms")
				b.ReportMetric(pct(0.99), "p99-ms")
				b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
				b.ReportMetric(float64(queries.Load())/float64(b.N), "cypher/req")
			})
		}
	}
}
