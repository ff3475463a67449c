package extract

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"diplograph/loader"
	"diplograph/loader/gazetteer"
	"diplograph/loader/internal/plover"
)

// ploverExtractFloor is the number of records measured to get all their
// state actors recognised by the extractor (62 of 66: the gazetteer's names
// plus the states of the persons it finds, known office holders among them;
// the misses name the state through an unnamed capital, a misspelt or
// untitled leader, or a group), minus a margin.
const ploverExtractFloor = 60

// TestPLOVERExtract is the peer test with the whole extractor: a state actor
// of a PLOVER CONSULT, AGREE, SUPPORT or COOPERATE record is recognised when
// the gazetteer names it in the sentence or a person the extractor finds
// there holds an office of it ("President Abdelaziz Bouteflika").
func TestPLOVERExtract(t *testing.T) {
	path := filepath.Join(sharedDir(t), "peers", "plover-gsr", "PLOVER_GSR_CAMEO.json")
	recs, err := plover.Load(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PLOVER gold records missing: %v", err)
		}
		t.Skipf("PLOVER gold records not found (%v): put the shared folder beside the repository", err)
	}
	g := gazetteer.Default()
	x := New(Options{})
	types := plover.CooperationTypes
	withStates, allFound := 0, 0
	for _, r := range recs {
		if !types[r.Event] {
			continue
		}
		want := map[string]bool{}
		for _, code := range r.Codes() {
			if len(code) != 3 {
				continue
			}
			if s, ok := g.StateByISO3(code); ok {
				want[s.ISO2] = true
			}
		}
		if len(want) == 0 {
			continue
		}
		withStates++
		have := map[string]bool{}
		for _, m := range g.Find(r.Text) {
			switch m.Kind {
			case gazetteer.State, gazetteer.Capital, gazetteer.Demonym, gazetteer.City:
				have[m.Key] = true
			}
		}
		c, err := x.Extract(context.Background(), loader.TextInput{ID: r.ID, Data: []byte(r.Text), Lang: "en"})
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		for _, rel := range c.Relations {
			if rel.Type == "HOLDS_OFFICE" && strings.HasPrefix(rel.To, "state:") {
				have[strings.ToUpper(strings.TrimPrefix(rel.To, "state:"))] = true
			}
		}
		ok := true
		for iso := range want {
			if !have[iso] {
				ok = false
				t.Logf("%s: %s not found in %q", r.ID, iso, r.Text)
			}
		}
		if ok {
			allFound++
		}
	}
	t.Logf("PLOVER with the extractor: %d of %d records with all state actors recognised", allFound, withStates)
	if allFound < ploverExtractFloor {
		t.Errorf("%d records with all state actors recognised, floor %d", allFound, ploverExtractFloor)
	}
}
