package diplograph

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

// seedLike is a small valid document in the interchange format.
const seedLike = `{"doc":{"id":"t1","date":"2021-04","lang":"fr"},
 "entities":[{"id":"state:MA","type":"State","name":"Morocco","props":{"iso2":"MA"}},
  {"id":"state:KZ","type":"State","name":"Kazakhstan","props":{"iso2":"KZ"}},
  {"id":"person:a-b","type":"Person","name":"A B","props":{"aliases":["B"]}},
  {"id":"position:MA:territorial-integrity","type":"Position","name":"TI","props":{"topic":"territorial_integrity"}},
  {"id":"event:t1:1","type":"Event","name":"call","props":{"kind":"phone_call","status":"held","date":"2021-04"}}],
 "relations":[{"type":"HOLDS_OFFICE","from":"person:a-b","to":"state:MA","props":{"role":"foreign_minister"},"evidence":[{"quote":"x","start":0,"end":1}],"confidence":0.9},
  {"type":"SUPPORTS","from":"state:KZ","to":"position:MA:territorial-integrity","props":{"stance":"support"}},
  {"type":"CONCERNS","from":"position:MA:territorial-integrity","to":"state:MA"},
  {"type":"PARTICIPATED_IN","from":"person:a-b","to":"event:t1:1"}]}`

func parse(t *testing.T, s string) *Document {
	t.Helper()
	var d Document
	if err := json.Unmarshal([]byte(s), &d); err != nil {
		t.Fatal(err)
	}
	return &d
}

func TestValidateAcceptsValidDocument(t *testing.T) {
	if err := parse(t, seedLike).Validate(10); err != nil {
		t.Fatalf("valid document rejected: %v", err)
	}
}

func TestValidateRejects(t *testing.T) {
	cases := []struct {
		name, from, to, want string
		textLen              int
	}{
		{"empty id", `"id":"t1"`, `"id":" "`, "doc.id is empty", 0},
		{"bad date", `"date":"2021-04"`, `"date":"April 2021"`, "doc.date", 0},
		{"unknown entity type", `"type":"Person"`, `"type":"Human"`, `unknown entity type "Human"`, 0},
		{"id prefix", `"id":"person:a-b","type"`, `"id":"pers:a-b","type"`, "must start with", 0},
		{"unknown relation type", `"type":"CONCERNS"`, `"type":"LIKES"`, `unknown relation type "LIKES"`, 0},
		{"undefined endpoint", `"to":"state:MA","props":{"role"`, `"to":"state:FR","props":{"role"`, `"state:FR" is not an entity of the document`, 0},
		{"wrong endpoint types", `"from":"state:KZ","to":"position`, `"from":"event:t1:1","to":"position`, "SUPPORTS cannot go from a Event", 0},
		{"role vocabulary", `"role":"foreign_minister"`, `"role":"chancellor"`, "role chancellor is not one of", 0},
		{"stance vocabulary", `"stance":"support"`, `"stance":"likes"`, "stance likes", 0},
		{"topic vocabulary", `"topic":"territorial_integrity"`, `"topic":"borders"`, "topic borders", 0},
		{"event kind", `"kind":"phone_call"`, `"kind":"tweet"`, "kind tweet", 0},
		{"confidence range", `"confidence":0.9`, `"confidence":1.5`, "confidence 1.5 outside", 0},
		{"offsets outside input", `"start":0,"end":1`, `"start":0,"end":99`, "outside the input", 10},
		{"nested property", `"props":{"aliases":["B"]}`, `"props":{"aliases":{"x":1}}`, "unsupported value", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(seedLike, c.from) {
				t.Fatalf("fixture lacks %q", c.from)
			}
			err := parse(t, strings.Replace(seedLike, c.from, c.to, 1)).Validate(c.textLen)
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not say %q", err, c.want)
			}
			if KindOf(err) != Invalid {
				t.Errorf("kind %v, want invalid", KindOf(err))
			}
		})
	}
}

func TestErrorFormatAndKind(t *testing.T) {
	base := Errorf("validate", Invalid, "relation 2: bad")
	e := E("load", base).WithPlace("in/a.jsonl", 3)
	if got, want := e.Error(), "in/a.jsonl:3: load: validate: invalid: relation 2: bad"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if KindOf(e) != Invalid {
		t.Errorf("kind of a wrapped invalid error: %v", KindOf(e))
	}
	if KindOf(errors.New("plain")) != Other {
		t.Error("plain error should be Other")
	}
	nf := E("graph.node", NotFound, errors.New(`no node "state:XX"`))
	if got := nf.Error(); got != `graph.node: not found: no node "state:XX"` {
		t.Errorf("got %q", got)
	}
	var target *Error
	if !errors.As(e, &target) || target.Path != "in/a.jsonl" {
		t.Error("errors.As should find the placed error")
	}
}
