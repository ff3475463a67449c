package neo4j

import (
	"fmt"
	"strings"
	"testing"

	"diplograph"
)

// Tests of the writer that need no database.

func TestRelKey(t *testing.T) {
	cases := []struct {
		r    diplograph.Relation
		want string
	}{
		{diplograph.Relation{Type: "HOLDS_OFFICE", From: "person:a", To: "state:MA", Props: map[string]any{"role": "minister"}}, "HOLDS_OFFICE|person:a|state:MA|minister"},
		{diplograph.Relation{Type: "HOLDS_OFFICE", From: "person:a", To: "state:MA"}, "HOLDS_OFFICE|person:a|state:MA|"},
		{diplograph.Relation{Type: "PARTICIPATED_IN", From: "state:MA", To: "event:d:1", Props: map[string]any{"role": "host"}}, "PARTICIPATED_IN|state:MA|event:d:1|host"},
		{diplograph.Relation{Type: "SUPPORTS", From: "state:KZ", To: "position:MA:x", Props: map[string]any{"stance": "support", "role": "ignored"}}, "SUPPORTS|state:KZ|position:MA:x"},
	}
	for _, c := range cases {
		if got := RelKey(c.r); got != c.want {
			t.Errorf("RelKey(%+v) = %q, want %q", c.r, got, c.want)
		}
	}
}

func TestFoldAndSearchText(t *testing.T) {
	if got := Fold("Kassym-Jomart Tokaïev ÉMIRATS Ñandú"); got != "kassym-jomart tokaiev emirats nandu" {
		t.Errorf("Fold: %q", got)
	}
	if got := SearchText("Organisation de la Coopération Islamique", "OCI", "organisation of islamic cooperation", ""); got != "organisation de la cooperation islamique oci of islamic" {
		t.Errorf("SearchText: %q", got)
	}
}

func TestRelPropsFromClaims(t *testing.T) {
	claim := func(doc, date string, conf any, props ...any) any {
		var ps []any
		for i := 0; i < len(props); i += 2 {
			ps = append(ps, []any{props[i], props[i+1]})
		}
		var d any
		if date != "" {
			d = date
		}
		return []any{doc, d, conf, ps}
	}
	got := relProps("K", []any{
		claim("b", "2021-04-02", 0.5, "title", "b-title", "role", "minister"),
		claim("a", "2021", nil, "title", "a-title"),
		claim("c", "2021-04-02", nil, "title", "c-title"), // same date as b: the greater id wins
		claim("d", "", 0.9, "title", "d-title"),           // no date: never the latest when others have one
	})
	if s := propString(got); s != "confidence=0.9 firstSeen=2021 key=K lastSeen=2021-04-02 sources=[a b c d] title=c-title" {
		t.Errorf("relProps: %s", s)
	}
	got = relProps("K", []any{claim("x", "", nil, "status", "member")})
	if s := propString(got); s != "key=K sources=[x] status=member" {
		t.Errorf("relProps without dates: %s", s)
	}
}

func TestPrepareMergesDuplicateRelations(t *testing.T) {
	c1, c2 := 0.4, 0.8
	doc := &diplograph.Document{
		Doc: diplograph.DocMeta{ID: "d", Date: "2022-01"},
		Entities: []diplograph.Entity{
			{ID: "state:MA", Type: "State", Name: "Maroc", Props: map[string]any{"iso2": "MA"}},
			{ID: "person:x", Type: "Person", Name: "X Y", Props: map[string]any{"aliases": []any{"Mr Y"}, "searchText": "dropped", "born": 1970.0}},
			{ID: "state:MA", Type: "State", Name: "Morocco", Props: map[string]any{"iso2": "MA"}},
			{ID: "event:d:1", Type: "Event", Name: "Visit", Props: map[string]any{"kind": "visit", "date": "2022-01-15"}},
		},
		Relations: []diplograph.Relation{
			{Type: "HOLDS_OFFICE", From: "person:x", To: "state:MA", Props: map[string]any{"role": "minister", "title": "first"},
				Evidence: []diplograph.Evidence{{Quote: "q1", Start: 1, End: 3}}, Confidence: &c1},
			{Type: "PARTICIPATED_IN", From: "person:x", To: "event:d:1"},
			{Type: "HOLDS_OFFICE", From: "person:x", To: "state:MA", Props: map[string]any{"role": "minister", "title": "second", "from": "dropped"},
				Evidence: []diplograph.Evidence{{Quote: "q2", Start: 5, End: 7}, {Quote: "q1", Start: 1, End: 3}}, Confidence: &c2},
		},
	}
	p, err := prepare(&diplograph.Communique{Document: doc, Hash: "h"})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(p.rels["HOLDS_OFFICE"]); n != 1 {
		t.Fatalf("%d HOLDS_OFFICE rows, want 1", n)
	}
	cl := p.rels["HOLDS_OFFICE"][0].(map[string]any)["claim"].(map[string]any)
	want := "communique=d confidence=0.8 date=2022-01 end=3 ends=[3 7] from=person:x id=d|HOLDS_OFFICE|person:x|state:MA|minister " +
		"key=HOLDS_OFFICE|person:x|state:MA|minister propKeys=[role title] quote=q1 quotes=[q1 q2] role=minister start=1 starts=[1 5] " +
		"title=second to=state:MA type=HOLDS_OFFICE"
	if got := propString(cl); got != want {
		t.Errorf("claim:\n  got  %s\n  want %s", got, want)
	}
	// The claim of a relation to an event takes the event's date.
	cl = p.rels["PARTICIPATED_IN"][0].(map[string]any)["claim"].(map[string]any)
	if cl["date"] != "2022-01-15" || cl["quote"] != nil {
		t.Errorf("PARTICIPATED_IN claim %v", cl)
	}
	// Entities: one row per id, the later definition wins; reserved props dropped.
	if n := len(p.ents["State"]); n != 1 || p.ents["State"][0].(map[string]any)["name"] != "Morocco" {
		t.Errorf("State rows %v", p.ents["State"])
	}
	person := p.ents["Person"][0].(map[string]any)
	if got := fmt.Sprint(person["props"], person["aliases"], person["words"]); got != "map[born:1970] [Mr Y] [x y mr]" {
		t.Errorf("person row %s", got)
	}
	if p.nrows != 5 || p.props["hash"] != "h" || p.props["date"] != "2022-01" {
		t.Errorf("nrows %d, props %v", p.nrows, p.props)
	}

	// An invalid document is refused before any statement.
	bad := *doc
	bad.Relations = append([]diplograph.Relation(nil), doc.Relations...)
	bad.Relations[1].To = "event:nope"
	if _, err := prepare(&diplograph.Communique{Document: &bad}); err == nil || !strings.Contains(err.Error(), `to "event:nope" is not an entity of the document`) ||
		diplograph.KindOf(err) != diplograph.Invalid {
		t.Errorf("prepare(invalid): %v", err)
	}
}

func TestMergeEntityRowsInOrder(t *testing.T) {
	row := func(id, name string, props map[string]any, aliases, words []any) any {
		var a any
		if aliases != nil {
			a = aliases
		}
		return map[string]any{"id": id, "name": name, "props": props, "aliases": a, "names": nil, "words": words}
	}
	rows := mergeEntityRows([]any{
		row("person:b", "B", map[string]any{}, nil, []any{"b"}),
		row("person:a", "A one", map[string]any{"x": 1.0}, []any{"A1"}, []any{"a", "one"}),
		row("person:a", "A two", map[string]any{"y": 2.0}, []any{"A2", "A1"}, []any{"a", "two"}),
	})
	got := fmt.Sprint(rows)
	want := "[map[aliases:[A1 A2] id:person:a name:A two names:<nil> props:map[x:1 y:2] words:[a one two]] " +
		"map[aliases:<nil> id:person:b name:B names:<nil> props:map[] words:[b]]]"
	if got != want {
		t.Errorf("merged rows:\n  got  %s\n  want %s", got, want)
	}
}

func TestSchemaStatements(t *testing.T) {
	st := SchemaStatements()
	joined := strings.Join(st, "\n")
	for _, w := range []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT holds_office_key IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.key IS UNIQUE",
		"CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:State|Person|Organisation|Embassy|Consulate|Position|Event|City) ON EACH [n.name, n.searchText]",
		"`fulltext.analyzer`: 'standard-folding'",
		"CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
	} {
		if !strings.Contains(joined, w) {
			t.Errorf("schema lacks %q", w)
		}
	}
	for _, s := range st {
		if !strings.Contains(s, "IF NOT EXISTS") {
			t.Errorf("not idempotent: %s", s)
		}
	}
}
