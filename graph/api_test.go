package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"diplograph/graph"
	"diplograph/neo4j"
	"diplograph/neo4j/neo4jtest"
)

type pageResp struct {
	Supporters struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Cursor string `json:"cursor"`
			Node   struct {
				ID string `json:"id"`
			} `json:"node"`
		} `json:"edges"`
		PageInfo struct {
			HasNextPage bool    `json:"hasNextPage"`
			EndCursor   *string `json:"endCursor"`
		} `json:"pageInfo"`
	} `json:"supporters"`
}

const pageQuery = `query($first: Int, $after: String) {
  supporters(topic: TERRITORIAL_INTEGRITY, subject: "state:MA", first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }
  }
}`

// TestPagination walks the supporters of Morocco's territorial integrity 5 at
// a time and checks the pages against the whole list: same order, no
// duplicate, no gap, stable cursors, hasNextPage false only at the end.
func TestPagination(t *testing.T) {
	f := getFixture(t)
	var all pageResp
	f.data(t, pageQuery, map[string]any{"first": 500}, &all)
	n := len(all.Supporters.Edges)
	if n < 12 || all.Supporters.TotalCount != n {
		t.Fatalf("want ≥ 12 supporters and totalCount = edges, got %d edges, totalCount %d", n, all.Supporters.TotalCount)
	}
	var got []string
	var after any
	pages := 0
	for {
		var p pageResp
		f.data(t, pageQuery, map[string]any{"first": 5, "after": after}, &p)
		pages++
		for _, e := range p.Supporters.Edges {
			got = append(got, e.Node.ID)
		}
		// Asking again for the same page gives the same cursors.
		var again pageResp
		f.data(t, pageQuery, map[string]any{"first": 5, "after": after}, &again)
		if len(again.Supporters.Edges) != len(p.Supporters.Edges) || (len(p.Supporters.Edges) > 0 && again.Supporters.Edges[0].Cursor != p.Supporters.Edges[0].Cursor) {
			t.Fatalf("page %d is not stable", pages)
		}
		if !p.Supporters.PageInfo.HasNextPage {
			if len(got) != n {
				t.Fatalf("hasNextPage false after %d of %d items", len(got), n)
			}
			break
		}
		if len(p.Supporters.Edges) != 5 || p.Supporters.PageInfo.EndCursor == nil {
			t.Fatalf("page %d: %d edges, endCursor %v", pages, len(p.Supporters.Edges), p.Supporters.PageInfo.EndCursor)
		}
		if *p.Supporters.PageInfo.EndCursor != p.Supporters.Edges[4].Cursor {
			t.Fatalf("endCursor is not the last edge's cursor")
		}
		after = *p.Supporters.PageInfo.EndCursor
		if pages > 10 {
			t.Fatal("pagination does not end")
		}
	}
	if want := (n + 4) / 5; pages != want {
		t.Errorf("%d pages, want %d", pages, want)
	}
	for i, e := range all.Supporters.Edges {
		if got[i] != e.Node.ID {
			t.Fatalf("item %d: paged %s, whole list %s", i, got[i], e.Node.ID)
		}
	}
}

// TestQueryCounts asserts the number of Cypher queries of representative
// nested requests: one per root field and one per nesting level of
// relationship fields, whatever the number of parents (a connection's
// evidence comes in the connection's own query).
func TestQueryCounts(t *testing.T) {
	f := getFixture(t)
	cases := []struct {
		name  string
		query string
		want  int64
	}{
		{"state with supporters, their officials and evidence at two levels", `{
  state(iso2: "MA") {
    supportReceived(first: 50) { edges { node {
      evidence { quote communique { id title } }
      supporter { ... on State { name officials { edges { node { role person { name } evidence { quote } } } } } }
    } } }
  }
}`, 3}, // state; supportReceived with its evidence; officials (batched over ≥ 14 supporters) with their evidence
		{"list of supporters with positions and subjects", `{
  supporters(topic: TERRITORIAL_INTEGRITY) { totalCount edges { node { stance supporter { ... on State { id } } position { concerns { subject { ... on State { id } } } } } } }
}`, 2}, // supporters (+ total in the same query), concerns of the positions
		{"support graph with evidence and typed nodes", `{
  supportGraph(topic: TERRITORIAL_INTEGRITY) { nodes { id entity { ... on State { iso2 } } } edges { id evidence { date } } }
}`, 3},
		{"evidence with different filters at the same level", `{
  state(iso2: "KZ") { officials { edges { node { all: evidence { date } en: evidence(lang: "en") { quote } } } } }
}`, 3}, // state; officials with the first evidence; the second evidence (loader)
		{"neighborhood depth 2", `{ neighborhood(id: "state:KZ", depth: 2) { nodes { id } edges { id } } }`, 1},
		{"search with mentions", `{ search(text: "guinea") { edges { node { id mentionedIn { edges { node { id lang } } } } } } }`, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := f.store.QueryCount()
			n := f.data(t, c.query, nil, nil)
			if n != c.want {
				t.Errorf("%d Cypher queries, want %d", n, c.want)
			}
			if d := f.store.QueryCount() - before; d != n {
				t.Errorf("store counted %d queries, request counter %d", d, n)
			}
		})
	}
}

// TestErrorCodes checks codes of failures that are not bad input: an
// internal store error (unknown database) is INTERNAL without Neo4j details,
// and a query over its time budget is TIMEOUT.
func TestErrorCodes(t *testing.T) {
	env := neo4jtest.Require(t)
	getFixture(t)
	bad := &fixture{srv: newServer(neo4j.NewStore(env.Driver, neo4j.Config{Database: "nosuchdb"}), graph.Options{})}
	resp, _ := bad.exec(t, `{ node(id: "state:MA") { id } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != graph.CodeInternal {
		t.Fatalf("unknown database: want one INTERNAL error, got %+v", resp.Errors)
	}
	if m := resp.Errors[0].Message; strings.Contains(m, "Neo") || strings.Contains(m, "MATCH") || strings.Contains(m, "nosuchdb") {
		t.Errorf("error message leaks internals: %q", m)
	}
	slow := &fixture{srv: newServer(neo4j.NewStore(env.Driver, neo4j.Config{Database: env.Database}), graph.Options{QueryTimeout: time.Nanosecond})}
	resp, _ = slow.exec(t, `{ neighborhood(id: "state:MA", depth: 3) { nodes { id } } }`, nil)
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != graph.CodeTimeout {
		t.Fatalf("timeout: want one TIMEOUT error, got %+v", resp.Errors)
	}
}

// TestComplexity checks the weights given to connections by first.
func TestComplexity(t *testing.T) {
	ctx := context.Background()
	c, ok := graph.Complexity(ctx, "State", "officials", 3, map[string]any{"first": int64(100)})
	if !ok || c != 301 {
		t.Errorf("officials(first: 100) with child 3: %d %v, want 301", c, ok)
	}
	c, ok = graph.Complexity(ctx, "Query", "supporters", 2, map[string]any{"first": json.Number("10")})
	if !ok || c != 21 {
		t.Errorf("supporters(first: 10) with child 2: %d, want 21", c)
	}
	c, _ = graph.Complexity(ctx, "Query", "supporters", 2, map[string]any{"first": nil})
	if c != 1+graph.DefaultFirst*2 {
		t.Errorf("default first: %d", c)
	}
	if _, ok := graph.Complexity(ctx, "State", "name", 0, nil); ok {
		t.Error("plain fields should use the default complexity")
	}
}

// TestSearchPagination pages through search hits one at a time (keyset on
// score and id) and compares with the whole list.
func TestSearchPagination(t *testing.T) {
	f := getFixture(t)
	type hits struct {
		Search struct {
			TotalCount int
			Edges      []struct {
				Cursor string
				Score  float64
				Node   struct{ ID string }
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	const q = `query($first: Int, $after: String) { search(text: "guinea", first: $first, after: $after) { totalCount edges { cursor score node { id } } pageInfo { hasNextPage endCursor } } }`
	var all hits
	f.data(t, q, map[string]any{"first": 50}, &all)
	if len(all.Search.Edges) < 3 || all.Search.TotalCount != len(all.Search.Edges) {
		t.Fatalf("search guinea: %+v", all.Search)
	}
	var after any
	for i, want := range all.Search.Edges {
		var p hits
		f.data(t, q, map[string]any{"first": 1, "after": after}, &p)
		if len(p.Search.Edges) != 1 || p.Search.Edges[0].Node.ID != want.Node.ID || p.Search.Edges[0].Cursor != want.Cursor {
			t.Fatalf("page %d: %+v, want %s", i, p.Search.Edges, want.Node.ID)
		}
		if p.Search.PageInfo.HasNextPage != (i < len(all.Search.Edges)-1) {
			t.Fatalf("page %d: hasNextPage %v", i, p.Search.PageInfo.HasNextPage)
		}
		after = *p.Search.PageInfo.EndCursor
	}
	resp, _ := f.exec(t, q, map[string]any{"after": "WyJ4Il0"}) // ["x"]: not a search cursor
	if len(resp.Errors) != 1 || resp.Errors[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Errorf("cursor of another list: %+v", resp.Errors)
	}
}
