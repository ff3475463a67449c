package neo4j

import (
	"context"
	"strings"
	"testing"
	"time"

	"diplograph"
	"diplograph/neo4j/neo4jtest"
)

func TestSearchQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tokaïev", "(tokaiev^4 OR tokaiev*^2 OR tokaiev~1)"},
		{"Tleuberdiyev", "(tleuberdiyev^4 OR tleuberdiyev*^2 OR tleuberdiyev~2)"},
		{"un", "(un^4 OR un*^2)"},
		{"Nasser  BOURITA", "(nasser^4 OR nasser*^2 OR nasser~1) AND (bourita^4 OR bourita*^2 OR bourita~1)"},
		// Lucene syntax never reaches the index.
		{`a:b OR "x" (y) *`, "(a^4 OR a*^2) AND (b^4 OR b*^2) AND (or^4 OR or*^2) AND (x^4 OR x*^2) AND (y^4 OR y*^2)"},
		{"  -- ", ""},
	} {
		if got := searchQuery(c.in); got != c.want {
			t.Errorf("searchQuery(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDateEnd(t *testing.T) {
	for in, want := range map[string]string{"2021": "2021-12-31", "2021-04": "2021-04-31", "2021-04-05": "2021-04-05"} {
		if got := diplograph.DateEnd(in); got != want {
			t.Errorf("DateEnd(%q) = %q, want %q", in, got, want)
		}
	}
	// A claim of April 2021 holds asOf any day of April, not asOf March.
	if !("2021-04" <= diplograph.DateEnd("2021-04-01")) || "2021-04" <= diplograph.DateEnd("2021-03") {
		t.Error("partial dates do not compare as documented")
	}
}

// readerDocs are two communiqués asserting the same support at different
// dates and languages, plus an office.
func readerDocs() []*diplograph.Communique {
	conf := 0.8
	mk := func(id, date, lang, quote string) *diplograph.Communique {
		return &diplograph.Communique{Hash: id, Document: &diplograph.Document{
			Doc: diplograph.DocMeta{ID: id, Date: date, Lang: lang},
			Entities: []diplograph.Entity{
				{ID: "state:AA", Type: "State", Name: "Aland", Props: map[string]any{"iso2": "AA"}},
				{ID: "state:BB", Type: "State", Name: "Bétaland", Props: map[string]any{"iso2": "BB"}},
				{ID: "position:BB:territorial-integrity", Type: "Position", Name: "Territorial integrity of Bétaland", Props: map[string]any{"topic": "territorial_integrity"}},
				{ID: "person:zoe-aland", Type: "Person", Name: "Zoé Åland"},
			},
			Relations: []diplograph.Relation{
				{Type: "SUPPORTS", From: "state:AA", To: "position:BB:territorial-integrity", Props: map[string]any{"stance": "support"},
					Evidence: []diplograph.Evidence{{Quote: quote}}, Confidence: &conf},
				{Type: "CONCERNS", From: "position:BB:territorial-integrity", To: "state:BB"},
				{Type: "HOLDS_OFFICE", From: "person:zoe-aland", To: "state:AA", Props: map[string]any{"role": "foreign_minister"}},
			},
		}}
	}
	return []*diplograph.Communique{
		mk("r-1", "2019-05", "fr", "Aland soutient Bétaland."),
		mk("r-2", "2022-02-03", "en", "Aland backs Betaland."),
	}
}

func readerStore(t *testing.T) *Store {
	env := neo4jtest.Require(t)
	env.Reset(t)
	st := NewStore(env.Driver, Config{Database: env.Database})
	ctx := context.Background()
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	for _, c := range readerDocs() {
		if _, err := st.Write(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

func TestReader(t *testing.T) {
	st := readerStore(t)
	ctx, counter := WithQueryCounter(context.Background())
	before := st.QueryCount()
	key := "SUPPORTS|state:AA|position:BB:territorial-integrity"

	// Facts: parents batched, filters, time, language, totals.
	q := diplograph.FactQuery{Pattern: diplograph.SupportReceivedBy, Parents: []string{"state:BB", "state:AA"},
		Page: diplograph.Page{First: 10, WithTotal: true}}
	res, err := st.Facts(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	bb := res["state:BB"]
	if len(bb.Facts) != 1 || bb.Total != 1 || bb.Facts[0].Key != key || res["state:AA"].Total != 0 {
		t.Fatalf("support received: %+v", res)
	}
	f := bb.Facts[0]
	if f.FirstSeen != "2019-05" || f.LastSeen != "2022-02-03" || strings.Join(f.Sources, ",") != "r-1,r-2" ||
		f.From.ID != "state:AA" || f.From.Label != "State" || f.To.Label != "Position" || f.Props["stance"] != "support" {
		t.Errorf("fact: %+v", f)
	}
	for _, c := range []struct {
		tf   diplograph.TimeFilter
		want int
	}{
		{diplograph.TimeFilter{AsOf: "2019-04"}, 0},
		{diplograph.TimeFilter{AsOf: "2019-05-01"}, 1},
		{diplograph.TimeFilter{From: "2020", To: "2021"}, 0},
		{diplograph.TimeFilter{From: "2022"}, 1},
		{diplograph.TimeFilter{Lang: "es"}, 0},
		{diplograph.TimeFilter{Lang: "en"}, 1},
		{diplograph.TimeFilter{AsOf: "2020", Lang: "en"}, 0}, // the English claim is of 2022
	} {
		q := diplograph.FactQuery{Pattern: diplograph.SupportsBy, Parents: []string{"state:AA"}, Filter: diplograph.FactFilter{TimeFilter: c.tf}, Page: diplograph.Page{First: 10}}
		res, err := st.Facts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res["state:AA"].Facts); got != c.want {
			t.Errorf("%+v: %d facts, want %d", c.tf, got, c.want)
		}
	}
	// Root pattern with filters; keyset page.
	res, err = st.Facts(ctx, diplograph.FactQuery{Pattern: diplograph.AllOffices, Filter: diplograph.FactFilter{Role: "foreign_minister", ToID: "state:AA"}, Page: diplograph.Page{First: 1}})
	if err != nil || len(res[""].Facts) != 1 || res[""].HasNext || res[""].Total != -1 {
		t.Fatalf("offices: %+v %v", res, err)
	}
	res, err = st.Facts(ctx, diplograph.FactQuery{Pattern: diplograph.AllOffices, Page: diplograph.Page{First: 1, After: []any{res[""].Facts[0].Key}}})
	if err != nil || len(res[""].Facts) != 0 {
		t.Fatalf("after the last office: %+v %v", res, err)
	}

	// Claims: oldest first, filtered.
	cl, err := st.Claims(ctx, map[string][]string{key: nil}, diplograph.TimeFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(cl[key]) != 2 || cl[key][0].Communique.ID != "r-1" || cl[key][1].Quote == nil || *cl[key][1].Quote != "Aland backs Betaland." {
		t.Fatalf("claims: %+v", cl)
	}
	cl, _ = st.Claims(ctx, map[string][]string{key: nil}, diplograph.TimeFilter{Lang: "fr"})
	if len(cl[key]) != 1 || cl[key][0].Date != "2019-05" {
		t.Errorf("claims in French: %+v", cl)
	}

	// Search, accent-insensitive both ways.
	for _, text := range []string{"betaland", "Bétaland", "zoe", "ÅLAND zoé"} {
		sp, err := st.Search(ctx, diplograph.SearchQuery{Text: text, Page: diplograph.Page{First: 5, WithTotal: true}})
		if err != nil || len(sp.Hits) == 0 || sp.Total < len(sp.Hits) {
			t.Errorf("search %q: %+v %v", text, sp, err)
		}
	}

	// Graph answers.
	g, err := st.Neighborhood(ctx, diplograph.NeighborhoodQuery{ID: "state:BB", Depth: 2, Limit: 100})
	if err != nil || len(g.Nodes) != 3 || len(g.Edges) != 2 {
		t.Errorf("neighborhood: %+v %v", g, err)
	}
	if _, err := st.Neighborhood(ctx, diplograph.NeighborhoodQuery{ID: "state:ZZ", Depth: 1, Limit: 10}); diplograph.KindOf(err) != diplograph.NotFound {
		t.Errorf("neighborhood of an unknown id: %v", err)
	}
	g, err = st.Path(ctx, diplograph.PathQuery{From: "person:zoe-aland", To: "state:BB", MaxHops: 4})
	if err != nil || len(g.Edges) != 3 || g.Nodes[0].ID != "person:zoe-aland" {
		t.Errorf("path: %+v %v", g, err)
	}
	g, err = st.Path(ctx, diplograph.PathQuery{From: "person:zoe-aland", To: "state:BB", MaxHops: 2})
	if err != nil || len(g.Nodes) != 0 {
		t.Errorf("path beyond maxHops: %+v %v", g, err)
	}
	sg, err := st.SupportGraph(ctx, diplograph.SupportGraphQuery{Filter: diplograph.FactFilter{Subject: "state:BB", TimeFilter: diplograph.TimeFilter{AsOf: "2020"}}, Limit: 10})
	if err != nil || len(sg.Edges) != 2 || sg.Edges[1].Properties["firstSeen"] != "2019-05" {
		t.Errorf("support graph: %+v %v", sg, err)
	}

	if d := st.QueryCount() - before; d != counter.Count() || d < 10 {
		t.Errorf("store counted %d queries, context %d", d, counter.Count())
	}

	// A query past its deadline is a Timeout.
	tctx, cancel := context.WithTimeout(ctx, time.Nanosecond)
	defer cancel()
	time.Sleep(time.Millisecond)
	if _, err := st.Nodes(tctx, []string{"state:AA"}, false); diplograph.KindOf(err) != diplograph.Timeout {
		t.Errorf("expired context: %v", err)
	}
}
