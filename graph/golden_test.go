package graph_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of graph/testdata/golden")

// goldenCase is an analyst query whose response (and Cypher query count) is
// compared with testdata/golden/<name>.json.
type goldenCase struct {
	name  string
	query string
	vars  map[string]any
}

var goldenCases = []goldenCase{
	{"kz_supports_ma_territorial_integrity", `{
  state(iso2: "KZ") {
    id name
    supports(topic: TERRITORIAL_INTEGRITY) {
      totalCount
      edges { node {
        id stance firstSeen lastSeen confidence sources
        position { id name topic concerns { subject { ... on State { id name } } } }
        evidence { quote quotes start end date confidence communique { id date lang title source } }
      } }
    }
  }
}`, nil},
	{"tleuberdi_offices", `{
  person(id: "person:mukhtar-tleuberdi") {
    id name
    offices {
      totalCount
      edges { node { id role title firstSeen lastSeen sources holder { __typename ... on State { id name } } } }
    }
  }
}`, nil},
	{"kz_embassy_in_rabat", `{
  state(iso2: "KZ") {
    missionsSent(kind: EMBASSY) {
      edges { node {
        id sources
        mission { __typename id name city resident status
          locatedIn { place { __typename ... on State { id } ... on City { id name } } } }
      } }
    }
  }
  ma: state(iso2: "MA") { missionsHosted { edges { node { sender { id } mission { id status } } } } }
}`, nil},
	{"morocco_joins_iofs", `{
  state(iso2: "MA") {
    memberships(organisation: "org:iofs") {
      edges { node {
        id status date firstSeen sources
        organisation { id name acronym
          headquarters { place { ... on State { id name } } }
          parent { parent { id acronym } } }
      } }
    }
  }
  organisation(id: "org:iofs") { members(status: JOINED) { totalCount edges { node { state { id } } } } }
}`, nil},
	{"phone_call_participants", `{
  events(kind: PHONE_CALL) {
    edges { node { id name ... on Event { kind status date
      participants { edges { node { role participant { __typename ... on Person { id name } ... on State { id name } } } } }
    } } }
  }
}`, nil},
	{"autonomy_plan_asof", `query($before: Date!, $month: Date!, $year: Date!, $after: Date!) {
  before: supporters(topic: AUTONOMY_PLAN, asOf: $before) { totalCount edges { node { supporter { ... on State { id } } } } }
  sameMonth: supporters(topic: AUTONOMY_PLAN, asOf: $month) { totalCount edges { node { supporter { ... on State { id } } firstSeen } } }
  year2022: supporters(topic: AUTONOMY_PLAN, asOf: $year) { totalCount edges { node { supporter { ... on State { id } } } } }
  after: supporters(topic: AUTONOMY_PLAN, asOf: $after) { totalCount edges { node { supporter { ... on State { id } } firstSeen } } }
  kzBefore: state(iso2: "KZ") { supports(asOf: "2021-03") { totalCount } }
  kzAfter: state(iso2: "KZ") { supports(asOf: "2021-04-30") { totalCount edges { node { evidence(asOf: "2021-04-30") { communique { id } } } } } }
  kzFrom2022: state(iso2: "KZ") { supports(from: "2022") { edges { node { evidence(from: "2022") { communique { id } date } } } } }
}`, map[string]any{"before": "2020-01-16", "month": "2020-01", "year": "2022", "after": "2023-03-15"}},
	{"search_accents", `{
  plain: search(text: "tokaiev") { totalCount edges { node { id name } } }
  accented: search(text: "Tokaïev") { totalCount edges { node { id name } } }
  variant: search(text: "tokayev", types: [PERSON]) { totalCount edges { node { id name } } }
  otherName: search(text: "naciones unidas") { edges { node { id name ... on Organisation { acronym names } } } }
  acronym: search(text: "IOFS") { edges { node { id } } }
  states: search(text: "guinee", types: [STATE]) { totalCount edges { node { id name } } }
}`, nil},
	{"support_graph_ma_2020", `{
  supportGraph(subject: "state:MA", asOf: "2020") {
    nodes { id type label properties }
    edges { id type source target properties }
  }
}`, nil},
	{"neighborhood_iofs", `{
  neighborhood(id: "org:iofs", depth: 1) { nodes { id type label } edges { id type source target } }
}`, nil},
	{"path_senegal_iofs", `{
  path(from: "state:SN", to: "org:iofs", maxHops: 5) { nodes { id type } edges { id type source target } }
}`, nil},
	{"filters", `{
  spanishSources: supporters(lang: "es") { edges { node { supporter { ... on State { id } } position { id } } } }
  heads: offices(role: HEAD_OF_STATE) { totalCount edges { node { person { id } holder { ... on State { id } } } } }
  kzOffices: offices(holder: "state:KZ", role: FOREIGN_MINISTER) { edges { node { person { id } title } } }
  moroccoEvents: events(participant: "state:MA") { edges { node { id ... on Event { kind status } } } }
  members: memberships(status: MEMBER) { edges { node { state { id } organisation { acronym } } } }
  consulates: missions(host: "state:MA", kind: CONSULATE) { edges { node { sender { id } mission { id city } } } }
  missionsMA: missions(host: "state:MA") { totalCount }
  frenchIn2021: communiques(lang: "fr", from: "2021", to: "2021") { edges { node { id date lang } } }
  cities: entities(types: [CITY]) { edges { node { id name } } }
  stances: supporters(stance: OPPOSE) { totalCount }
  gabon: state(id: "state:GA") { supports { edges { node { position { id } } } } supportsIn2021: supports(from: "2021") { totalCount } }
  senegal: state(iso2: "sn") { mentionedIn { edges { node { id title lang } } } }
  byIds: nodes(ids: ["state:MA", "state:nope", "fx-2020-gabon"]) { __typename id ... on Communique { date entities(types: [STATE]) { totalCount edges { node { id } } } } }
}`, nil},
	{"errors", `{
  unknown: node(id: "state:XX") { id }
  unknownPerson: person(id: "state:MA") { id }
  badCursor: supporters(after: "not-a-cursor") { totalCount }
  tooMany: supporters(first: 100000) { totalCount }
  badDate: supporters(asOf: "2021-13") { totalCount }
  emptySearch: search(text: "  ") { totalCount }
  badDepth: neighborhood(id: "state:MA", depth: 9) { nodes { id } }
  noPath: path(from: "state:MA", to: "person:nobody") { nodes { id } }
}`, nil},
}

func TestGolden(t *testing.T) {
	f := getFixture(t)
	seed := seedText(t)
	for _, c := range goldenCases {
		t.Run(c.name, func(t *testing.T) {
			resp, n := f.exec(t, c.query, c.vars)
			var data any
			if len(resp.Data) > 0 {
				if err := json.Unmarshal(resp.Data, &data); err != nil {
					t.Fatal(err)
				}
			}
			data = redactSeed(t, data, seed)
			got := map[string]any{"data": data, "cypherQueries": n}
			if len(resp.Errors) > 0 {
				errs := make([]any, len(resp.Errors))
				for i, e := range resp.Errors {
					errs[i] = map[string]any{"path": e.Path, "code": e.Extensions["code"], "message": e.Message}
				}
				sortByPath(errs)
				got["errors"] = errs
			}
			b, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			b = append(b, '\n')
			path := filepath.Join("testdata", "golden", c.name+".json")
			if *update {
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./graph -run TestGolden -update)", err)
			}
			if !bytes.Equal(b, want) {
				t.Errorf("response differs from %s (go test ./graph -run TestGolden -update to accept):\n%s", path, diff(string(want), string(b)))
			}
		})
	}
}

// seedText reads the seed communiqué from ../shared.
func seedText(t testing.TB) string {
	b, err := os.ReadFile(filepath.Join(sharedDir(t), "seed", "communique.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// redactSeed replaces, in evidence objects, quotes taken from the shared
// seed communiqué (which must not be copied into the repository) by a marker,
// after checking that they are the exact bytes of the seed at [start, end).
func redactSeed(t testing.TB, v any, seed string) any {
	switch x := v.(type) {
	case map[string]any:
		if q, ok := x["quote"].(string); ok && len(q) > 0 && strings.Contains(seed, q) {
			if s, ok := x["start"].(float64); ok {
				e, _ := x["end"].(float64)
				if int(e) > len(seed) || seed[int(s):int(e)] != q {
					t.Errorf("seed quote %q is not the seed's bytes [%v,%v)", q, s, e)
				}
				x["start"], x["end"] = "<checked>", "<checked>"
			}
			x["quote"] = "<quote of shared/seed/communique.txt>"
			if qs, ok := x["quotes"].([]any); ok {
				for i := range qs {
					qs[i] = "<quote of shared/seed/communique.txt>"
				}
			}
		}
		for k, e := range x {
			x[k] = redactSeed(t, e, seed)
		}
	case []any:
		for i, e := range x {
			x[i] = redactSeed(t, e, seed)
		}
	case string:
		if shared := sharedDir(t); strings.HasPrefix(x, shared) {
			return "<shared>" + strings.TrimPrefix(x, shared)
		}
	}
	return v
}

func sortByPath(errs []any) {
	key := func(e any) string { return fmt.Sprint(e.(map[string]any)["path"]) }
	for i := 1; i < len(errs); i++ {
		for j := i; j > 0 && key(errs[j]) < key(errs[j-1]); j-- {
			errs[j], errs[j-1] = errs[j-1], errs[j]
		}
	}
}

// diff returns the first differing lines of a and b, with context.
func diff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}
