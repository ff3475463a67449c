package graph_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"diplograph/graph"
	"diplograph/neo4j/neo4jtest"
)

var seedFix *fixture

// getSeedFixture loads, on an empty graph, the seed communiqué's text and our
// development communiqués (testdata/dev/*.txt) through the real extractor,
// loader and writer. It invalidates the golden fixture (getFixture reloads it).
func getSeedFixture(t *testing.T) *fixture {
	t.Helper()
	env := neo4jtest.Require(t)
	shared := sharedDir(t)
	fixMu.Lock()
	defer fixMu.Unlock()
	if loaded == "seed" {
		return seedFix
	}
	loaded = ""
	env.Reset(t)
	st := openStore(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := st.EnsureSchema(ctx); err != nil {
		t.Fatalf("schema: %v", err)
	}
	paths := []string{filepath.Join(shared, "seed", "communique.txt")}
	if dev, _ := filepath.Glob(filepath.Join("..", "testdata", "dev", "*.txt")); len(dev) > 0 {
		paths = append(paths, dev...)
	}
	if err := loadSkip(ctx, st, func(err error) { t.Logf("skipping a development communiqué: %v", err) }, paths...); err != nil {
		t.Fatalf("loading the seed communiqué: %v", err)
	}
	seedFix = &fixture{store: st, srv: newServer(st, graph.Options{BatchWait: 50 * time.Millisecond})}
	loaded = "seed"
	return seedFix
}

// TestSeedSupportQuote checks, on the seed communiqué loaded through the
// extractor, that Kazakhstan's support for Morocco's territorial integrity
// comes with a quote that is the exact bytes of the communiqué at its offsets.
func TestSeedSupportQuote(t *testing.T) {
	f := getSeedFixture(t)
	seed := seedText(t)
	var out struct {
		State struct {
			Supports struct {
				Edges []struct {
					Node struct {
						Evidence []struct {
							Quote      *string `json:"quote"`
							Start, End *int
							Communique struct{ ID string } `json:"communique"`
						} `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"supports"`
		} `json:"state"`
	}
	f.data(t, `{ state(iso2: "KZ") { supports(subject: "state:MA", topic: TERRITORIAL_INTEGRITY) { edges { node { evidence { quote start end communique { id } } } } } } }`, nil, &out)
	found := false
	for _, e := range out.State.Supports.Edges {
		for _, ev := range e.Node.Evidence {
			if ev.Communique.ID != "communique" || ev.Quote == nil {
				continue
			}
			found = true
			if ev.Start == nil || ev.End == nil || *ev.End > len(seed) || seed[*ev.Start:*ev.End] != *ev.Quote {
				t.Errorf("quote %q is not the seed's bytes at its offsets", *ev.Quote)
			}
			if !strings.Contains(strings.ToLower(*ev.Quote), "territoriale") {
				t.Errorf("quote %q does not speak of territorial integrity", *ev.Quote)
			}
		}
	}
	if !found {
		t.Fatal("no quoted evidence from the seed communiqué for Kazakhstan's support")
	}
}

// TestSeedAnalystQueries asks the analyst questions of the seed over its
// extracted facts (structural checks: the extractor may phrase things
// differently over time).
func TestSeedAnalystQueries(t *testing.T) {
	f := getSeedFixture(t)
	var out struct {
		Person struct {
			Offices struct {
				Edges []struct {
					Node struct {
						Role   string
						Holder struct{ ID string }
					}
				}
			}
		}
		KZ struct {
			MissionsSent struct {
				Edges []struct {
					Node struct {
						Mission struct {
							ID, Status string
							City       *string
						}
					}
				}
			}
		}
		MA struct {
			Memberships struct {
				Edges []struct {
					Node struct {
						Status       string
						Organisation struct{ ID string }
					}
				}
			}
		}
		Events struct {
			Edges []struct {
				Node struct {
					Participants struct {
						Edges []struct {
							Node struct {
								Participant struct{ ID string }
							}
						}
					}
				}
			}
		}
	}
	n := f.data(t, `{
  person(id: "person:mukhtar-tleuberdi") { offices(holder: "state:KZ") { edges { node { role holder { ... on State { id } } } } } }
  KZ: state(iso2: "KZ") { missionsSent(kind: EMBASSY) { edges { node { mission { id status city } } } } }
  MA: state(iso2: "MA") { memberships(organisation: "org:iofs") { edges { node { status organisation { id } } } } }
  events(kind: PHONE_CALL, participant: "person:nasser-bourita") { edges { node { ... on Event { participants { edges { node { participant { ... on Person { id } } } } } } } } }
}`, nil, &out)
	roles := map[string]bool{}
	for _, e := range out.Person.Offices.Edges {
		roles[e.Node.Role] = true
	}
	if !roles["FOREIGN_MINISTER"] || !roles["DEPUTY_PRIME_MINISTER"] {
		t.Errorf("Tleuberdi's offices: %+v", out.Person.Offices.Edges)
	}
	if len(out.KZ.MissionsSent.Edges) != 1 || out.KZ.MissionsSent.Edges[0].Node.Mission.ID != "embassy:KZ-MA" || out.KZ.MissionsSent.Edges[0].Node.Mission.Status != "ANNOUNCED" {
		t.Errorf("Kazakh embassy: %+v", out.KZ.MissionsSent.Edges)
	}
	if len(out.MA.Memberships.Edges) != 1 || out.MA.Memberships.Edges[0].Node.Status != "JOINED" {
		t.Errorf("Morocco in IOFS: %+v", out.MA.Memberships.Edges)
	}
	found := false
	for _, e := range out.Events.Edges {
		ids := map[string]bool{}
		for _, p := range e.Node.Participants.Edges {
			ids[p.Node.Participant.ID] = true
		}
		found = found || (ids["person:nasser-bourita"] && ids["person:mukhtar-tleuberdi"])
	}
	if !found {
		t.Errorf("no phone call with both Bourita and Tleuberdi: %+v", out.Events.Edges)
	}
	if n != 8 {
		t.Errorf("%d Cypher queries, want 8 (4 root fields, 4 nested fields)", n)
	}
}

// TestEvidenceOffsets checks, over every communiqué loaded from text, that
// each quote served by the API is the exact bytes of its communiqué's text
// at its offsets (provenance is faithful end to end).
func TestEvidenceOffsets(t *testing.T) {
	f := getSeedFixture(t)
	var docs struct {
		Communiques struct {
			Edges []struct {
				Node struct {
					ID   string
					Text *string
				}
			}
		}
	}
	f.data(t, `{ communiques(first: 500) { edges { node { id text } } } }`, nil, &docs)
	texts := map[string]string{}
	for _, e := range docs.Communiques.Edges {
		if e.Node.Text != nil {
			texts[e.Node.ID] = *e.Node.Text
		}
	}
	if len(texts) == 0 {
		t.Fatal("no communiqué text served")
	}
	var facts struct {
		Participations, Offices struct {
			Edges []struct {
				Node struct {
					Evidence []struct {
						Quote      *string
						Start, End *int
						Communique struct{ ID string }
					}
				}
			}
		}
	}
	f.data(t, `{
  participations(first: 500) { edges { node { evidence { quote start end communique { id } } } } }
  offices(first: 500) { edges { node { evidence { quote start end communique { id } } } } }
}`, nil, &facts)
	checked := 0
	for _, conn := range [][]struct {
		Node struct {
			Evidence []struct {
				Quote      *string
				Start, End *int
				Communique struct{ ID string }
			}
		}
	}{facts.Participations.Edges, facts.Offices.Edges} {
		for _, e := range conn {
			for _, ev := range e.Node.Evidence {
				text, ok := texts[ev.Communique.ID]
				if !ok || ev.Quote == nil || ev.Start == nil || ev.End == nil || *ev.End == 0 {
					continue
				}
				checked++
				if *ev.End > len(text) || text[*ev.Start:*ev.End] != *ev.Quote {
					t.Errorf("%s: quote %q is not the text at [%d,%d)", ev.Communique.ID, *ev.Quote, *ev.Start, *ev.End)
				}
			}
		}
	}
	if checked < 10 {
		t.Errorf("only %d quotes checked", checked)
	}
}
